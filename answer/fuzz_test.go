package answer

import (
	"context"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/hoidap/hoidap/corpus"
)

// FuzzAsk asks the seed engine arbitrary questions; the committed corpus in
// testdata/fuzz/FuzzAsk holds real questions, NFD and teencode spellings,
// garbage, emoji and a long input.
func FuzzAsk(f *testing.F) {
	for _, q := range []string{"ai được tặng Bằng khen?", "bao nhiêu mô hình?", "", "\xff"} {
		f.Add(q)
	}
	as, err := corpus.Default()
	if err != nil {
		f.Fatal(err)
	}
	e, err := New(context.Background(), as)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = e.Close() })
	kinds := []Kind{KindFact, KindPassage, KindNone}
	f.Fuzz(func(t *testing.T, q string) {
		a := e.Ask(context.Background(), q, nil)
		if !slices.Contains(kinds, a.Kind) {
			t.Errorf("kind = %q", a.Kind)
		}
		if n := utf8.RuneCountInString(a.Answer); n > MaxAnswer {
			t.Errorf("answer has %d characters", n)
		}
		if a.Sources == nil {
			t.Error("sources = nil")
		}
		if a.Confidence < 0 || a.Confidence > 1 {
			t.Errorf("confidence = %v", a.Confidence)
		}
		for _, s := range []string{a.Question, a.Answer, a.Reply} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in %q", s)
			}
		}
		for _, s := range a.Sources {
			if !utf8.ValidString(s.Text) {
				t.Errorf("invalid UTF-8 in source %q", s.Text)
			}
		}
		if a.Kind == KindNone && len(a.Sources) != 0 {
			t.Errorf("none answer with %d sources", len(a.Sources))
		}
	})
}
