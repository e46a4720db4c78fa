package logreg

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// separable returns examples where the label is x0 > x1, with a noise
// feature.
func separable() ([][]float64, []bool) {
	var xs [][]float64
	var ys []bool
	for i := 0; i < 200; i++ {
		a := float64(i%17) / 17
		b := float64(i%11) / 11
		noise := float64(i%3) / 3
		xs = append(xs, []float64{a, b, noise})
		ys = append(ys, a > b)
	}
	return xs, ys
}

func TestFitLearnsTheSigns(t *testing.T) {
	xs, ys := separable()
	m, err := Fit([]string{"a", "b", "noise"}, xs, ys, Options{L2: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if m.Weights[0] <= 0 || m.Weights[1] >= 0 {
		t.Errorf("weights = %v, want a > 0 and b < 0", m.Weights)
	}
	if math.Abs(m.Weights[2]) > math.Abs(m.Weights[0])/4 {
		t.Errorf("noise weight %v is not small against %v", m.Weights[2], m.Weights[0])
	}
	right := 0
	for i, x := range xs {
		if (m.Predict(x) >= 0.5) == ys[i] {
			right++
		}
	}
	if right < 180 {
		t.Errorf("%d of 200 right on its own training data", right)
	}
}

func TestFitIsDeterministic(t *testing.T) {
	xs, ys := separable()
	a, err := Fit([]string{"a", "b", "noise"}, xs, ys, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Fit([]string{"a", "b", "noise"}, xs, ys, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	var wa, wb bytes.Buffer
	if err := a.Write(&wa); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(&wb); err != nil {
		t.Fatal(err)
	}
	if wa.String() != wb.String() {
		t.Errorf("two fits differ:\n%s\n%s", wa.String(), wb.String())
	}
}

func TestFitErrors(t *testing.T) {
	tests := []struct {
		name string
		xs   [][]float64
		ys   []bool
		want string
	}{
		{"no examples", nil, nil, "no examples"},
		{"labels and examples differ", [][]float64{{1}}, []bool{true, false}, "1 examples, 2 labels"},
		{"short vector", [][]float64{{1}, {}}, []bool{true, false}, "example 1 has 0 features"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Fit([]string{"x"}, tt.xs, tt.ys, DefaultOptions)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestWriteRead(t *testing.T) {
	m := &Model{Names: []string{"gen:quantity", "type_agrees"}, Weights: []float64{1.23456, -0.5}, Bias: -2.00004, Threshold: 0.41}
	m.Round(4)
	var buf bytes.Buffer
	if err := m.Write(&buf, "fitted on 3 sets"); err != nil {
		t.Fatal(err)
	}
	want := "# fitted on 3 sets\nbias -2\nthreshold 0.41\ngen:quantity 1.2346\ntype_agrees  -0.5\n"
	if buf.String() != want {
		t.Errorf("Write:\n%s\nwant:\n%s", buf.String(), want)
	}
	got, err := Read(strings.NewReader(buf.String()), []string{"type_agrees", "gen:quantity"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Weights[0] != -0.5 || got.Weights[1] != 1.2346 || got.Bias != -2 || got.Threshold != 0.41 {
		t.Errorf("Read = %+v", got)
	}
}

func TestReadErrors(t *testing.T) {
	names := []string{"a", "b"}
	tests := []struct {
		name, text, want string
	}{
		{"missing weight", "bias 0\nthreshold 0.5\na 1\n", "no weight for b"},
		{"unknown feature", "bias 0\nthreshold 0.5\na 1\nb 1\nc 2\n", `unknown feature "c"`},
		{"twice", "bias 0\nthreshold 0.5\na 1\na 2\nb 1\n", "a given twice"},
		{"bad number", "bias 0\nthreshold x\na 1\nb 1\n", `bad number "x"`},
		{"not a number", "bias NaN\nthreshold 0\na 1\nb 1\n", `bad number "NaN"`},
		{"three fields", "bias 0 1\n", `want "name weight"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.text), names)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestPredictIsStableAtTheExtremes(t *testing.T) {
	m := &Model{Names: []string{"x"}, Weights: []float64{1}}
	for _, z := range []float64{-1000, -30, 0, 30, 1000} {
		p := m.Predict([]float64{z})
		if math.IsNaN(p) || p < 0 || p > 1 {
			t.Errorf("Predict(%v) = %v", z, p)
		}
	}
}
