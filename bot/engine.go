package bot

import (
	"context"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
)

// Engine is what the bot needs from the articles it serves.
// *library.Library satisfies it: each question is answered from one
// article. Its methods must be safe for concurrent use, and Suggestions
// must return the same list for the same article on every replica, for
// button ids to resolve everywhere.
type Engine interface {
	// Pick chooses the article r.Question is answered from: r.Article
	// when set, else the one the question names, the previous turn's,
	// r.Current or the only one; otherwise none, and the articles to
	// choose from.
	Pick(ctx context.Context, r library.Request) library.Pick
	// AskPicked answers r from the article p picked, or with an answer of
	// kind answer.KindChoose listing p's choices.
	AskPicked(ctx context.Context, r library.Request, p library.Pick) answer.Answer
	// Articles lists the articles, newest first.
	Articles() []library.Meta
	// Meta returns the listing of the article with the given id.
	Meta(id string) (library.Meta, bool)
	// Passage returns the passage with the given id ("000_x/p3").
	Passage(ctx context.Context, id string) (corpus.Passage, bool)
	// Suggestions returns up to n questions article answers.
	Suggestions(ctx context.Context, article string, n int) []string
	// Summary summarises article; ok is false for an unknown article.
	Summary(ctx context.Context, article string) (answer.Summary, bool)
	// Route ranks the articles a question may be about.
	Route(ctx context.Context, question string) library.Route
}

var _ Engine = (*library.Library)(nil)
