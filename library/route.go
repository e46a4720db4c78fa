package library

import (
	"context"
	"sort"
	"strings"

	"github.com/hoidap/hoidap/answer"
)

// The routing rule: the question names an article when the article's
// routing score is at least routeFloor and at least routeRatio times the
// runner-up's. Both were chosen on testdata/route/named.jsonl (questions
// that name their event) against the seed's question sets (questions that
// do not), all articles loaded at once; see TestRouteSets.
const (
	routeFloor = 0.3
	routeRatio = 2.0
)

// routeHits is how many passages the routing search reads.
const routeHits = 50

// routeDecay weighs an article's passages found: the best counts whole,
// the next routeDecay times as much, the next routeDecay² and so on.
const routeDecay = 0.5

// An ArticleScore is an article with its routing score.
type ArticleScore struct {
	ID    string
	Score float64
}

// A Route is where a question leads.
type Route struct {
	// Article is the article the question names clearly better than any
	// other, empty when none stands out.
	Article string
	// Ranked are the articles whose passages match the question, by
	// routing score, best first.
	Ranked []ArticleScore
}

// Route finds the article question is about. An article's routing score
// sums the search scores of its passages found, the best whole and each
// next one routeDecay times the one before: a question naming an event
// finds it in the title or lead and again in the body.
func (l *Library) Route(ctx context.Context, question string) Route {
	q := answer.SearchQuery(question)
	if len(q.Words) == 0 {
		return Route{}
	}
	// Whole folded words and their pairs: an event is named with them,
	// and a search over every article is faster without the rest.
	q.Limit, q.Fast = routeHits, true
	hits, err := l.shelf.Index().Search(ctx, q)
	if err != nil {
		return Route{}
	}
	scores := map[string][]float64{} // by article, best first (hits are)
	for _, h := range hits {
		id := articleOf(h.ID)
		scores[id] = append(scores[id], h.Score)
	}
	var r Route
	for id, ss := range scores {
		total, w := 0.0, 1.0
		for _, x := range ss {
			total += w * x
			w *= routeDecay
		}
		r.Ranked = append(r.Ranked, ArticleScore{ID: id, Score: total})
	}
	sort.Slice(r.Ranked, func(i, j int) bool {
		if r.Ranked[i].Score != r.Ranked[j].Score {
			return r.Ranked[i].Score > r.Ranked[j].Score
		}
		return r.Ranked[i].ID < r.Ranked[j].ID
	})
	if len(r.Ranked) > 0 && standsOut(r.Ranked) {
		r.Article = r.Ranked[0].ID
	}
	return r
}

// standsOut reports whether the first of ranked stands out: above the floor,
// and well above the runner-up.
func standsOut(ranked []ArticleScore) bool {
	top := ranked[0].Score
	if top < routeFloor {
		return false
	}
	return len(ranked) == 1 || top >= routeRatio*ranked[1].Score
}

// articleOf returns the article ID of a passage ID ("000_x/p3" → "000_x").
func articleOf(passage string) string {
	if i := strings.LastIndexByte(passage, '/'); i >= 0 {
		return passage[:i]
	}
	return passage
}
