package answer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

// TestRealText measures the engine on real crawled articles: the question
// files and recipes of testdata/real/<batch> are committed, the articles'
// text is not (third-party text stays in the git-ignored
// testdata/real/text; each recipe says where to find it and its sha256).
// It skips where the text is absent and gates nothing: it reports the
// figure that counts, per batch, with -v, and the batch's refusal curve
// (refusalCurve), which compares two versions of the engine at equal
// thresholds.
func TestRealText(t *testing.T) {
	textDir := filepath.Join("..", "testdata", "real", "text")
	if _, err := os.Stat(textDir); errors.Is(err, fs.ErrNotExist) {
		t.Skip("no real article text in testdata/real/text (see testdata/real/README.md)")
	}
	batches, err := realBatches(filepath.Join("..", "testdata", "real"))
	if err != nil {
		t.Fatal(err)
	}
	for _, batch := range batches {
		files, err := filepath.Glob(filepath.Join("..", "testdata", "real", batch, "*.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		var all []eval.Outcome
		var curve refusalCurve
		var misses missMap
		missing := 0
		for _, f := range files {
			id := strings.TrimSuffix(filepath.Base(f), ".jsonl")
			data, err := os.ReadFile(filepath.Join(textDir, id+".txt"))
			if err != nil {
				missing++
				continue
			}
			a, err := corpus.Parse(id, data)
			if err != nil {
				t.Errorf("%s: %v", id, err)
				continue
			}
			cases, err := eval.ReadCasesFile(f)
			if err != nil {
				t.Fatal(err)
			}
			e := newTestEngine(t, []*corpus.Article{a})
			ctx := context.Background()
			var answers []Answer
			r := eval.Run(cases, func(q string) eval.Result {
				a := e.Ask(ctx, q, nil)
				answers = append(answers, a)
				return resultOf(a)
			})
			all = append(all, r.Outcomes...)
			curve.add(ctx, e, r.Outcomes, answers)
			misses.add(ctx, e, r.Outcomes)
		}
		if len(all) == 0 {
			continue
		}
		r := eval.Report{Outcomes: all}
		t.Logf("%s: %d articles (%d without text), %d questions: strict %.1f%%, wrong %.1f%%",
			batch, len(files)-missing, missing, len(all), r.Strict(), r.Wrong())
		t.Logf("%s: refused below %s", batch, curve)
		t.Logf("%s: misses: %s", batch, misses)
	}
}

// realBatches lists the batches of dir, the folders that hold a
// recipe.tsv, in the order they were collected: "tune1", "tune2",
// "heldout", "heldout2", … "heldout10", … (a name's trailing number read
// as a number), so that a new batch is measured as soon as it is there.
func realBatches(dir string) ([]string, error) {
	recipes, err := filepath.Glob(filepath.Join(dir, "*", "recipe.tsv"))
	if err != nil {
		return nil, fmt.Errorf("listing the real batches: %w", err)
	}
	var names []string
	for _, r := range recipes {
		names = append(names, filepath.Base(filepath.Dir(r)))
	}
	slices.SortFunc(names, compareBatches)
	return names, nil
}

// compareBatches orders batch names by their stem, "tune" before the
// others, then by their trailing number, none counting as 1.
func compareBatches(a, b string) int {
	sa, na := batchParts(a)
	sb, nb := batchParts(b)
	return cmp.Or(cmp.Compare(stemRank(sa), stemRank(sb)), strings.Compare(sa, sb), cmp.Compare(na, nb))
}

// stemRank puts the tuning batches first.
func stemRank(stem string) int {
	if stem == "tune" {
		return 0
	}
	return 1
}

// batchParts splits a batch name into its stem and trailing number
// ("heldout12": "heldout", 12; "heldout": "heldout", 1).
func batchParts(name string) (string, int) {
	i := len(name)
	for i > 0 && name[i-1] >= '0' && name[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(name[i:])
	if err != nil {
		n = 1
	}
	return name[:i], n
}

// curveThresholds are the refusal thresholds at which TestRealText
// compares two versions of the engine: the same for both, whatever
// threshold each one's training chose.
var curveThresholds = [...]float64{0.70, 0.75, 0.80, 0.85, 0.90}

// A refusalCurve counts, at each of curveThresholds, the questions
// answered right and wrong had the engine refused below that threshold:
// an answer under it counts as a refusal, and a refusal whose most
// probable candidate clears it counts as that candidate's answer.
type refusalCurve struct {
	right, wrong [len(curveThresholds)]int
}

// add counts at each threshold the outcomes of e's answers (answers[i]
// is the engine's answer to outcomes[i]'s case), asking e for the
// candidates of the refused ones.
func (c *refusalCurve) add(ctx context.Context, e *Engine, outcomes []eval.Outcome, answers []Answer) {
	for j, o := range outcomes {
		k, a := o.Case, answers[j]
		var top *Candidate
		if a.Kind == KindNone {
			if cands := e.Candidates(ctx, k.Q); len(cands) > 0 {
				top = &cands[0]
			}
		}
		for i, t := range curveThresholds {
			r := atThreshold(a, top, t)
			if ok, _ := eval.Score(k, r); ok {
				c.right[i]++
			}
			if eval.Wrong(k, r) {
				c.wrong[i]++
			}
		}
	}
}

// atThreshold is the result the engine would give with answer a (and,
// when a is a refusal, its most probable candidate top) had it refused
// below threshold t.
func atThreshold(a Answer, top *Candidate, t float64) eval.Result {
	switch {
	case (a.Kind == KindFact || a.Kind == KindPassage) && a.Confidence < t:
		return eval.Result{Kind: string(KindNone)}
	case a.Kind == KindNone && top != nil && top.Probability >= t && top.Answer != "":
		return eval.Result{Kind: string(KindFact), Answer: top.Answer, Reply: top.Answer}
	}
	return resultOf(a)
}

// String writes the curve as "0.70: 12 right, 3 wrong; 0.75: …".
func (c refusalCurve) String() string {
	var b strings.Builder
	for i, t := range curveThresholds {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%.2f: %d right, %d wrong", t, c.right[i], c.wrong[i])
	}
	return b.String()
}

// A miss is where a question not answered right went astray: whether a
// right candidate was made and how it ranked.
type miss int

const (
	missNone               miss = iota // answered right
	missRefusedFirstRight              // refused, the first candidate right
	missRefusedRightLower              // refused, a right candidate ranked lower
	missRefusedNoneRight               // refused, candidates but none right
	missRefusedNoCandidate             // refused, no candidate
	missWrongRightMade                 // answered wrongly, a right candidate made
	missWrongNoneRight                 // answered wrongly, no right candidate
	missKinds
)

// missNames say each kind of miss in missMap's report.
var missNames = [missKinds]string{
	"", "refused with the first candidate right", "refused with a right one lower",
	"refused among wrong ones", "refused without a candidate",
	"wrong with a right one made", "wrong with none right",
}

// missOf classifies outcome o given the engine's candidates for its
// question, most probable first.
func missOf(o eval.Outcome, cands []Candidate) miss {
	if o.Strict {
		return missNone
	}
	anyRight := false
	for _, c := range cands {
		anyRight = anyRight || candidateRight(o.Case, c)
	}
	switch {
	case o.Wrong && anyRight:
		return missWrongRightMade
	case o.Wrong:
		return missWrongNoneRight
	case len(cands) == 0:
		return missRefusedNoCandidate
	case candidateRight(o.Case, cands[0]):
		return missRefusedFirstRight
	case anyRight:
		return missRefusedRightLower
	}
	return missRefusedNoneRight
}

// candidateRight reports whether candidate c, given as the answer, is
// right on case k.
func candidateRight(k eval.Case, c Candidate) bool {
	ok, _ := eval.Score(k, eval.Result{Kind: string(KindFact), Answer: c.Answer, Reply: c.Answer})
	return ok
}

// A missMap counts a batch's misses by kind: where the engine's answers
// fall short, a refusal with the right answer ranked first (the scorer's)
// or no right candidate at all (the generators').
type missMap [missKinds]int

// add counts the misses of outcomes, asking e for the candidates of the
// questions not answered right.
func (m *missMap) add(ctx context.Context, e *Engine, outcomes []eval.Outcome) {
	for _, o := range outcomes {
		var cands []Candidate
		if !o.Strict {
			cands = e.Candidates(ctx, o.Case.Q)
		}
		m[missOf(o, cands)]++
	}
}

// String writes the counts of the kinds of miss: "refused with the first
// candidate right 12, …".
func (m missMap) String() string {
	var parts []string
	for k := missRefusedFirstRight; k < missKinds; k++ {
		parts = append(parts, fmt.Sprintf("%s %d", missNames[k], m[k]))
	}
	return strings.Join(parts, ", ")
}

func TestMissOf(t *testing.T) {
	k := eval.Case{Q: "bao nhiêu cá nhân", Must: [][]string{{"6"}}}
	right := Candidate{Answer: "6 cá nhân"}
	other := Candidate{Answer: "3 tập thể"}
	tests := []struct {
		name          string
		strict, wrong bool
		cands         []Candidate
		want          miss
	}{
		{"answered right", true, false, []Candidate{right}, missNone},
		{"refused, first right", false, false, []Candidate{right, other}, missRefusedFirstRight},
		{"refused, right lower", false, false, []Candidate{other, right}, missRefusedRightLower},
		{"refused among wrong ones", false, false, []Candidate{other}, missRefusedNoneRight},
		{"refused without a candidate", false, false, nil, missRefusedNoCandidate},
		{"wrong, a right one made", false, true, []Candidate{other, right}, missWrongRightMade},
		{"wrong, none right", false, true, []Candidate{other}, missWrongNoneRight},
	}
	for _, tt := range tests {
		o := eval.Outcome{Case: k, Strict: tt.strict, Wrong: tt.wrong}
		if got := missOf(o, tt.cands); got != tt.want {
			t.Errorf("%s: missOf = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestRealBatchesOrder(t *testing.T) {
	dir := t.TempDir()
	for _, b := range []string{"heldout10", "heldout", "tune2", "heldout2", "tune1", "notes"} {
		if err := os.MkdirAll(filepath.Join(dir, b), 0o755); err != nil {
			t.Fatal(err)
		}
		if b == "notes" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, b, "recipe.tsv"), []byte("id\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := realBatches(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"tune1", "tune2", "heldout", "heldout2", "heldout10"}
	if !slices.Equal(got, want) {
		t.Errorf("realBatches = %v, want %v", got, want)
	}
}

func TestAtThreshold(t *testing.T) {
	answered := Answer{Kind: KindFact, Answer: "16 người", Reply: "16 người.", Confidence: 0.82}
	refused := Answer{Kind: KindNone, Answer: "Bài viết không nói về điều này."}
	top := &Candidate{Answer: "9 tập thể", Probability: 0.77}
	tests := []struct {
		name string
		a    Answer
		top  *Candidate
		t    float64
		want eval.Result
	}{
		{"an answer above the threshold stands", answered, nil, 0.80, eval.Result{Kind: "fact", Answer: "16 người", Reply: "16 người."}},
		{"an answer below it is refused", answered, nil, 0.85, eval.Result{Kind: "none"}},
		{"a refusal whose best candidate clears it answers", refused, top, 0.75, eval.Result{Kind: "fact", Answer: "9 tập thể", Reply: "9 tập thể"}},
		{"a refusal whose best candidate does not stays", refused, top, 0.80, eval.Result{Kind: "none", Answer: refused.Answer}},
		{"a refusal without candidates stays", refused, nil, 0.70, eval.Result{Kind: "none", Answer: refused.Answer}},
	}
	for _, tt := range tests {
		if got := atThreshold(tt.a, tt.top, tt.t); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
