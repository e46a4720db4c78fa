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
		}
		if len(all) == 0 {
			continue
		}
		r := eval.Report{Outcomes: all}
		t.Logf("%s: %d articles (%d without text), %d questions: strict %.1f%%, wrong %.1f%%",
			batch, len(files)-missing, missing, len(all), r.Strict(), r.Wrong())
		t.Logf("%s: refused below %s", batch, curve)
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
