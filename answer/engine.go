package answer

import (
	"context"

	"github.com/hoidap/hoidap/corpus"
)

// An Engine answers questions about a fixed set of articles. It is safe for
// concurrent use.
type Engine struct {
	articles []*corpus.Article
	passages map[string]corpus.Passage
	facts    []corpus.Fact
}

// New builds an engine over articles: it extracts their facts and indexes
// their passages.
func New(ctx context.Context, articles []*corpus.Article) (*Engine, error) {
	e := &Engine{articles: articles, passages: map[string]corpus.Passage{}}
	for _, a := range articles {
		for _, p := range a.Passages {
			e.passages[p.ID] = p
		}
	}
	return e, nil
}

// Articles returns the loaded articles, in load order.
func (e *Engine) Articles() []*corpus.Article { return e.articles }

// Passage returns the passage with the given ID.
func (e *Engine) Passage(id string) (corpus.Passage, bool) {
	p, ok := e.passages[id]
	return p, ok
}

// Facts returns every extracted fact.
func (e *Engine) Facts() []corpus.Fact { return e.facts }

// Ask answers question, in the light of the previous turn when prev is not
// nil.
func (e *Engine) Ask(ctx context.Context, question string, prev *Turn) Answer {
	return Answer{Question: question, Kind: KindNone, Sources: []Source{}}
}

// Suggestions returns up to n questions the articles answer, the same list
// every time for the same articles.
func (e *Engine) Suggestions(n int) []string { return nil }

// A Summary is what an article reports, built from its facts: for /tomtat
// and announcements.
type Summary struct {
	Article *corpus.Article
	// What the event is, when (a date as written with the year), where (a
	// venue, or the organiser's locality), and who organised it.
	What, When, Where string
	Organisers        []string
	// People are "Rank Name - Title" lines of the people named.
	People []string
	// Numbers are key quantities as written ("55 mô hình", "hơn 2.430
	// thông tin có giá trị").
	Numbers []string
	// Awards are "Giver tặng Award N tập thể, M cá nhân" lines.
	Awards []string
}

// Summary summarises article i (0-based) of Articles.
func (e *Engine) Summary(i int) Summary { return Summary{Article: e.articles[i]} }
