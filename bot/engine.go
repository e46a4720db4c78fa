package bot

import (
	"context"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// Engine is what the bot needs from the answer engine. *answer.Engine
// satisfies it. Its methods must be safe for concurrent use, and
// Suggestions must return the same list for the same articles on every
// replica, for button ids to resolve everywhere.
type Engine interface {
	// Ask answers question in the light of the previous turn (nil for none).
	Ask(ctx context.Context, question string, prev *answer.Turn) answer.Answer
	// Articles returns the loaded articles.
	Articles() []*corpus.Article
	// Passage returns the passage with the given id.
	Passage(id string) (corpus.Passage, bool)
	// Suggestions returns up to n questions the articles answer.
	Suggestions(n int) []string
	// Summary summarises article i of Articles.
	Summary(i int) answer.Summary
}

var _ Engine = (*answer.Engine)(nil)
