package library

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

var (
	allOnce sync.Once
	allLib  *Library
	allErr  error
)

// allArticles returns a library over every test article at once: the
// seed, ours and the blind rounds' and the training articles, as one
// newsroom would load them.
func allArticles(t testing.TB) *Library {
	t.Helper()
	allOnce.Do(func() {
		articles, err := corpus.Default()
		if err != nil {
			allErr = err
			return
		}
		seen := map[string]bool{articles[0].ID: true}
		for _, pattern := range []string{"train/*/*.txt", "blind*/*/*.txt", "articles/vi/*.txt"} {
			files, err := fs.Glob(os.DirFS("../testdata"), pattern)
			if err != nil {
				allErr = err
				return
			}
			for _, f := range files {
				b, err := os.ReadFile(filepath.Join("../testdata", f))
				if err != nil {
					allErr = err
					return
				}
				a, err := corpus.Parse(strings.TrimSuffix(filepath.Base(f), ".txt"), b)
				if err != nil {
					allErr = err
					return
				}
				if !seen[a.ID] {
					seen[a.ID] = true
					articles = append(articles, a)
				}
			}
		}
		allLib, allErr = Open(context.Background(), articles)
	})
	if allErr != nil {
		t.Fatal(allErr)
	}
	return allLib
}

// TestRouteSets asks the blind sets of testdata/route with every test
// article loaded at once. Questions that name their event must be routed
// to it and answered from it; questions that name none must not be
// answered from another article. The minimums are the figures measured
// when the gates were set, less a little; see the README.
func TestRouteSets(t *testing.T) {
	if testing.Short() {
		t.Skip("asks every routed set over every test article")
	}
	l := allArticles(t)
	if n := len(l.Articles()); n < 25 {
		t.Fatalf("%d articles loaded, want at least 25", n)
	}
	ctx := context.Background()
	tests := []struct {
		file string
		// minRouted is the least share, in percent, routed to the
		// article the question names; minStrict and maxWrong gate the
		// answers.
		minRouted, minStrict, maxWrong float64
	}{
		{"named.jsonl", 77, 33, 9},
		{"named-heldout.jsonl", 79, 39, 11},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			cases, err := eval.ReadCasesFile(filepath.Join("../testdata/route", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			routed, misrouted := 0, 0
			rep := eval.Run(cases, func(q string) eval.Result {
				a := l.Ask(ctx, Request{Question: q})
				return eval.Result{Kind: string(a.Kind), Answer: a.Answer, Reply: a.Reply}
			})
			for _, c := range cases {
				r := l.Route(ctx, c.Q)
				if r.Article == c.Article {
					routed++
				} else if r.Article != "" {
					misrouted++
					t.Logf("%q routed to %s, not %s", c.Q, r.Article, c.Article)
				}
			}
			share := 100 * float64(routed) / float64(len(cases))
			t.Logf("%s: routed %.1f%%, strict %.1f%%, wrong %.1f%% of %d", tt.file, share, rep.Strict(), rep.Wrong(), len(cases))
			if 100*misrouted > maxMisrouted*len(cases) {
				t.Errorf("%d of %d routed to another article, want ≤ %d%%", misrouted, len(cases), maxMisrouted)
			}
			if share < tt.minRouted {
				t.Errorf("routed %.1f%%, want ≥ %v%%", share, tt.minRouted)
			}
			if rep.Strict() < tt.minStrict {
				t.Errorf("strict %.1f%%, want ≥ %v%%", rep.Strict(), tt.minStrict)
			}
			if rep.Wrong() > tt.maxWrong {
				t.Errorf("wrong %.1f%%, want ≤ %v%%", rep.Wrong(), tt.maxWrong)
			}
		})
	}
}

// maxMisrouted is the most questions, in percent, a routed set may send to
// an article other than the one they name.
const maxMisrouted = 3

// TestSeedAmongMany asks the seed's sets with every test article loaded:
// unscoped, at most 5% get a wrong answer (a choose answer is not wrong);
// scoped to the seed, they score as the seed alone does.
func TestSeedAmongMany(t *testing.T) {
	if testing.Short() {
		t.Skip("asks the seed's sets over every test article")
	}
	l := allArticles(t)
	ctx := context.Background()
	as, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	alone, err := answer.New(ctx, as)
	if err != nil {
		t.Fatal(err)
	}
	defer alone.Close()
	seed := as[0].ID
	for _, file := range []string{"dev-seed.jsonl", "seed-fresh.jsonl"} {
		t.Run(file, func(t *testing.T) {
			cases, err := eval.ReadCasesFile(filepath.Join("../testdata", file))
			if err != nil {
				t.Fatal(err)
			}
			ask := func(r Request) func(string) eval.Result {
				return func(q string) eval.Result {
					r.Question = q
					a := l.Ask(ctx, r)
					return eval.Result{Kind: string(a.Kind), Answer: a.Answer, Reply: a.Reply}
				}
			}
			unscoped := eval.Run(cases, ask(Request{}))
			scoped := eval.Run(cases, ask(Request{Article: seed}))
			single := eval.Run(cases, func(q string) eval.Result {
				a := alone.Ask(ctx, q, nil)
				return eval.Result{Kind: string(a.Kind), Answer: a.Answer, Reply: a.Reply}
			})
			t.Logf("%s: unscoped strict %.1f%% wrong %.1f%%; scoped strict %.1f%% wrong %.1f%%; alone strict %.1f%% wrong %.1f%%",
				file, unscoped.Strict(), unscoped.Wrong(), scoped.Strict(), scoped.Wrong(), single.Strict(), single.Wrong())
			if unscoped.Wrong() > 5 {
				t.Errorf("unscoped: wrong %.1f%%, want ≤ 5%%", unscoped.Wrong())
			}
			if d := single.Strict() - scoped.Strict(); d > 3 {
				t.Errorf("scoped: strict %.1f%%, %.1f points below the seed alone", scoped.Strict(), d)
			}
		})
	}
}

// TestGenericQuestionsChoose asks questions that name no event with every
// test article loaded: most get a choose answer, and few an answer from
// some article.
func TestGenericQuestionsChoose(t *testing.T) {
	if testing.Short() {
		t.Skip("asks over every test article")
	}
	l := allArticles(t)
	cases, err := eval.ReadCasesFile("../testdata/route/generic.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	chose, answered := 0, 0
	for _, c := range cases {
		a := l.Ask(context.Background(), Request{Question: c.Q})
		switch a.Kind {
		case answer.KindChoose:
			chose++
		case answer.KindNone:
		default:
			answered++
		}
	}
	t.Logf("generic: %d of %d choose, %d answered", chose, len(cases), answered)
	if 100*chose < 75*len(cases) || 100*answered > 15*len(cases) {
		t.Errorf("%d of %d choose and %d answered; want ≥ 75%% choose, ≤ 15%% answered", chose, len(cases), answered)
	}
}
