package answer

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

// newTestEngine builds an engine over articles, closing it when t ends.
func newTestEngine(t testing.TB, articles []*corpus.Article) *Engine {
	t.Helper()
	e, err := New(context.Background(), articles)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := e.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return e
}

// seedEngine builds an engine over the embedded seed article.
func seedEngine(t testing.TB) *Engine {
	t.Helper()
	as, err := corpus.Default()
	if err != nil {
		t.Fatalf("corpus.Default: %v", err)
	}
	return newTestEngine(t, as)
}

// dirEngine builds an engine over the articles of a testdata folder.
func dirEngine(t testing.TB, dir string) *Engine {
	t.Helper()
	as, err := corpus.Load(filepath.Join("..", "testdata", dir))
	if err != nil {
		t.Fatalf("corpus.Load(%s): %v", dir, err)
	}
	return newTestEngine(t, as)
}

// askAll asks every case's question of e, on its own, and scores the
// answers as the eval README does.
func askAll(ctx context.Context, e *Engine, cases []eval.Case) eval.Report {
	return eval.Run(cases, func(q string) eval.Result {
		return resultOf(e.Ask(ctx, q, nil))
	})
}

// resultOf is answer a as the eval package scores it.
func resultOf(a Answer) eval.Result {
	return eval.Result{Kind: string(a.Kind), Answer: a.Answer, Reply: a.Reply}
}

func TestEvalQuestionSets(t *testing.T) {
	seed := seedEngine(t)
	tests := []struct {
		name   string
		cases  string // under ../testdata
		engine func(t *testing.T) *Engine
		// min is the least strict percentage; maxWrong the largest
		// percentage of wrong answers (answered, but mistaken or made up).
		// Both are the figures measured when they were set with 5 points
		// (min) and 2 points (maxWrong, after rounding up) to spare: a new
		// wrong answer in a set of 50 or fewer questions fails the test.
		// They were last set when the learned scorer replaced rules tuned
		// on these very sets: it refuses below the threshold chosen on
		// articles it had not seen, so they answer less and less wrongly
		// than under the rules (see README, "Question sets").
		min, maxWrong float64
	}{
		// dev-seed allows one wrong answer of 30 since the mechanisms round:
		// "bn điểm mô hình do hội viên xây dựng" weighs "910 điểm" and
		// "215 điểm mô hình" of one sentence within a hundredth of each
		// other, and each retraining may flip them (README, "Real text").
		{"dev-seed", "dev-seed.jsonl", func(*testing.T) *Engine { return seed }, 85, 4},
		// Phone-typed questions about the seed, written blind.
		{"seed-fresh", "seed-fresh.jsonl", func(*testing.T) *Engine { return seed }, 47, 7},
		{"seed-extra", "seed-extra.jsonl", func(*testing.T) *Engine { return seed }, 75, 2},
		{"vi", "articles/vi.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "articles/vi") }, 70, 9},
		{"en", "articles/en.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "articles/en") }, 53, 2},
		{"multi", "articles/vi.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "articles/multi") }, 65, 11},
		// Articles and questions written by people who had not read the
		// engine; the engine was then improved on them.
		{"blind-a", "blind/a.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind/a") }, 59, 14},
		{"blind-b", "blind/b.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind/b") }, 55, 2},
		{"blind-c", "blind/c.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind/c") }, 55, 6},
		{"blind2-d", "blind2/d.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind2/d") }, 45, 7},
		{"blind2-e", "blind2/e.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind2/e") }, 45, 7},
		{"blind2-f", "blind2/f.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind2/f") }, 40, 2},
		{"blind3-g", "blind3/g.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind3/g") }, 91, 2},
		{"blind3-h", "blind3/h.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind3/h") }, 85, 2},
		{"blind4-i", "blind4/i.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind4/i") }, 67, 2},
		{"blind4-j", "blind4/j.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind4/j") }, 71, 2},
		{"blind4-k", "blind4/k.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind4/k") }, 63, 2},
		{"blind5-l", "blind5/l.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind5/l") }, 79, 6},
		{"blind5-m", "blind5/m.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind5/m") }, 63, 6},
		{"blind6-n", "blind6/n.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind6/n") }, 75, 6},
		{"blind6-o", "blind6/o.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind6/o") }, 75, 2},
		{"blind7-p", "blind7/p.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind7/p") }, 79, 6},
		{"blind7-q", "blind7/q.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind7/q") }, 79, 2},
		{"blind7-r", "blind7/r.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind7/r") }, 63, 2},
		{"blind8-s", "blind8/s.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind8/s") }, 88, 2},
		{"blind8-t", "blind8/t.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind8/t") }, 68, 16},
		{"blind9-u", "blind9/u.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind9/u") }, 65, 2},
		{"blind9-v", "blind9/v.jsonl", func(t *testing.T) *Engine { return dirEngine(t, "blind9/v") }, 58, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := eval.ReadCasesFile(filepath.Join("..", "testdata", filepath.FromSlash(tt.cases)))
			if err != nil {
				t.Fatal(err)
			}
			if len(cases) == 0 {
				t.Fatalf("%s holds no cases", tt.cases)
			}
			e := tt.engine(t)
			ctx := context.Background()
			report := askAll(ctx, e, cases)
			t.Logf("%s: strict %.1f%%, lenient %.1f%%, wrong %.1f%% of %d",
				tt.cases, report.Strict(), report.Lenient(), report.Wrong(), len(cases))
			strict, wrong := report.Strict(), report.Wrong()
			if strict >= tt.min && wrong <= tt.maxWrong {
				return
			}
			var b strings.Builder
			if err := report.Write(&b); err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + b.String())
			if strict < tt.min {
				t.Errorf("%s: strict %.1f%%, want ≥ %.0f%%", tt.cases, strict, tt.min)
			}
			if wrong > tt.maxWrong {
				t.Errorf("%s: wrong %.1f%%, want ≤ %.0f%%", tt.cases, wrong, tt.maxWrong)
			}
		})
	}
}

// TestEvalTrainingArticles runs the question sets of the training articles
// (testdata/train), each against its own article, and checks their
// figures together: the scorer is fitted on them, so this gates what the
// engine does with the data it learned from.
func TestEvalTrainingArticles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "train", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no training sets: %v", err)
	}
	const min, maxWrong = 38.0, 8.0
	var all []eval.Outcome
	for _, f := range files {
		cases, err := eval.ReadCasesFile(f)
		if err != nil {
			t.Fatal(err)
		}
		e := dirEngine(t, filepath.Join("train", strings.TrimSuffix(filepath.Base(f), ".jsonl")))
		ctx := context.Background()
		r := askAll(ctx, e, cases)
		all = append(all, r.Outcomes...)
	}
	r := eval.Report{Outcomes: all}
	t.Logf("%d training articles, %d questions: strict %.1f%%, wrong %.1f%%", len(files), len(all), r.Strict(), r.Wrong())
	if r.Strict() < min {
		t.Errorf("strict %.1f%%, want ≥ %.0f%%", r.Strict(), min)
	}
	if r.Wrong() > maxWrong {
		t.Errorf("wrong %.1f%%, want ≤ %.0f%%", r.Wrong(), maxWrong)
	}
}

// TestDevSeedMatchesShared checks that testdata/dev-seed.jsonl is still a
// copy of the shared dev set, where that folder exists.
func TestDevSeedMatchesShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "dev-seed.jsonl"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no ../../shared/eval/dev-seed.jsonl")
	}
	if err != nil {
		t.Fatal(err)
	}
	local, err := os.ReadFile(filepath.Join("..", "testdata", "dev-seed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(local, shared) {
		t.Error("testdata/dev-seed.jsonl differs from ../../shared/eval/dev-seed.jsonl")
	}
}
