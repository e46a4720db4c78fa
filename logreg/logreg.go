// Package logreg provides logistic regression over named features: a model
// that reads and writes itself as a short human-readable text, and a
// deterministic fit by iteratively reweighted least squares with an L2
// penalty.
package logreg

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// A Model maps a vector of named features to a probability.
type Model struct {
	// Names are the features, in the order of the vectors the model reads.
	Names []string
	// Weights holds one weight per name.
	Weights []float64
	// Bias is added to the weighted sum.
	Bias float64
	// Threshold is the probability below which a prediction is refused;
	// it is chosen when the model is fitted and kept with it.
	Threshold float64
}

// Predict returns the probability the model gives the feature vector x,
// which must have one value per name.
func (m *Model) Predict(x []float64) float64 {
	return sigmoid(m.Logit(x))
}

// Logit returns the weighted sum of x plus the bias.
func (m *Model) Logit(x []float64) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		if i < len(x) {
			z += w * x[i]
		}
	}
	return z
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// Options tune Fit.
type Options struct {
	// L2 is the penalty on the squared weights (not the bias).
	L2 float64
	// Iterations bounds the Newton steps; Fit stops earlier once the
	// weights change by less than Tolerance.
	Iterations int
	Tolerance  float64
}

// DefaultOptions are the options Fit uses for zero values.
var DefaultOptions = Options{L2: 1, Iterations: 50, Tolerance: 1e-9}

// ErrNoData is returned by Fit without examples.
var ErrNoData = errors.New("logreg: no examples")

// Fit fits a model to the examples xs (one vector per example, each with
// one value per name) and their labels ys. It is deterministic: the same
// examples in the same order give the same model.
func Fit(names []string, xs [][]float64, ys []bool, opt Options) (*Model, error) {
	if len(xs) == 0 {
		return nil, ErrNoData
	}
	if len(xs) != len(ys) {
		return nil, fmt.Errorf("logreg: %d examples, %d labels", len(xs), len(ys))
	}
	if opt.Iterations == 0 {
		opt.Iterations = DefaultOptions.Iterations
	}
	if opt.Tolerance == 0 {
		opt.Tolerance = DefaultOptions.Tolerance
	}
	d := len(names)
	for i, x := range xs {
		if len(x) != d {
			return nil, fmt.Errorf("logreg: example %d has %d features, want %d", i, len(x), d)
		}
	}
	// beta[0] is the bias, beta[1:] the weights.
	n := d + 1
	beta := make([]float64, n)
	for it := 0; it < opt.Iterations; it++ {
		grad := make([]float64, n)
		hess := make([][]float64, n)
		for i := range hess {
			hess[i] = make([]float64, n)
		}
		for k, x := range xs {
			z := beta[0]
			for j, v := range x {
				z += beta[j+1] * v
			}
			p := sigmoid(z)
			y := 0.0
			if ys[k] {
				y = 1
			}
			r := y - p
			w := p * (1 - p)
			grad[0] += r
			hess[0][0] += w
			for j, v := range x {
				if v == 0 {
					continue
				}
				grad[j+1] += r * v
				hess[0][j+1] += w * v
				for l := j; l < d; l++ {
					if x[l] != 0 {
						hess[j+1][l+1] += w * v * x[l]
					}
				}
			}
		}
		for j := 1; j < n; j++ {
			grad[j] -= opt.L2 * beta[j]
			hess[j][j] += opt.L2
			for l := 0; l < j; l++ {
				hess[j][l] = hess[l][j]
			}
		}
		for l := 1; l < n; l++ {
			hess[l][0] = hess[0][l]
		}
		hess[0][0] += 1e-9
		step, err := solve(hess, grad)
		if err != nil {
			return nil, fmt.Errorf("logreg: newton step %d: %w", it, err)
		}
		change := 0.0
		for j := range beta {
			beta[j] += step[j]
			change = max(change, math.Abs(step[j]))
		}
		if change < opt.Tolerance {
			break
		}
	}
	m := &Model{Names: append([]string(nil), names...), Bias: beta[0], Weights: beta[1:]}
	return m, nil
}

// solve solves a·x = b for a symmetric positive definite a by Gaussian
// elimination with partial pivoting; a and b are overwritten.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, errors.New("singular system")
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			if f == 0 {
				continue
			}
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, nil
}

// Round rounds every weight, the bias and the threshold to the given
// number of decimals, so that the written model reads back the same.
func (m *Model) Round(decimals int) {
	p := math.Pow(10, float64(decimals))
	r := func(v float64) float64 {
		v = math.Round(v*p) / p
		if v == 0 {
			return 0 // no "-0"
		}
		return v
	}
	for i := range m.Weights {
		m.Weights[i] = r(m.Weights[i])
	}
	m.Bias = r(m.Bias)
	m.Threshold = r(m.Threshold)
}

// Write writes the model as text: comment lines starting with "#", then
// "bias", "threshold" and one "name weight" line per feature, in order.
// The header lines, if any, are written first as comments.
func (m *Model) Write(w io.Writer, header ...string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "bias %s\n", format(m.Bias))
	fmt.Fprintf(bw, "threshold %s\n", format(m.Threshold))
	width := 0
	for _, n := range m.Names {
		width = max(width, len(n))
	}
	for i, n := range m.Names {
		fmt.Fprintf(bw, "%-*s %s\n", width, n, format(m.Weights[i]))
	}
	return bw.Flush()
}

func format(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Read reads a model written by Write. Every name in want must have a
// weight, and no other name may; the model's names are in want's order.
func Read(r io.Reader, want []string) (*Model, error) {
	m := &Model{Names: append([]string(nil), want...), Weights: make([]float64, len(want))}
	index := make(map[string]int, len(want))
	for i, n := range want {
		index[n] = i
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Fields(t)
		if len(f) != 2 {
			return nil, fmt.Errorf("logreg: line %d: want \"name weight\", got %q", line, t)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("logreg: line %d: bad number %q", line, f[1])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("logreg: line %d: %s given twice", line, f[0])
		}
		seen[f[0]] = true
		switch f[0] {
		case "bias":
			m.Bias = v
		case "threshold":
			m.Threshold = v
		default:
			i, ok := index[f[0]]
			if !ok {
				return nil, fmt.Errorf("logreg: line %d: unknown feature %q", line, f[0])
			}
			m.Weights[i] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("logreg: %w", err)
	}
	var missing []string
	for _, n := range append([]string{"bias", "threshold"}, want...) {
		if !seen[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("logreg: no weight for %s", strings.Join(missing, ", "))
	}
	return m, nil
}
