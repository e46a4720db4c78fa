package library

import (
	"context"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// Passage returns the passage with the given ID ("000_x/p3"), from its
// article.
func (l *Library) Passage(ctx context.Context, id string) (corpus.Passage, bool) {
	var (
		p  corpus.Passage
		ok bool
	)
	err := l.Use(ctx, articleOf(id), func(e *answer.Engine) { p, ok = e.Passage(id) })
	return p, err == nil && ok
}

// Suggestions returns up to n questions article id answers, the same list
// every time for the same article; none for an unknown article.
func (l *Library) Suggestions(ctx context.Context, id string, n int) []string {
	var out []string
	_ = l.Use(ctx, id, func(e *answer.Engine) { out = e.Suggestions(n) })
	return out
}

// Summary summarises article id: what the event is, when, where, who and
// its key numbers. ok is false for an unknown article.
func (l *Library) Summary(ctx context.Context, id string) (s answer.Summary, ok bool) {
	err := l.Use(ctx, id, func(e *answer.Engine) { s = e.Summary(0) })
	return s, err == nil
}
