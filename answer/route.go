package answer

import (
	"context"
	"sort"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// A candidate is one possible answer to one question.
type candidate struct {
	answer string
	kind   Kind
	score  float64 // the confidence, in [0, 1]
	refs   []ref   // the sentences it rests on, best first
}

// answer finds the best answer to one simple question: from the facts
// first, then from the best sentence of the best passages.
func (e *Engine) answer(ctx context.Context, q question) candidate {
	content := q.content()
	if len(content) == 0 && q.wh == whNone {
		return candidate{}
	}
	scope := e.scope(ctx, q, content)
	var best candidate
	consider := func(c candidate) {
		if c.answer != "" && c.score > best.score {
			best = c
		}
	}
	consider(e.abbreviation(q, content))
	consider(e.personTitles(q, content, scope))
	byTitle, veto := e.personByTitle(q, content, scope)
	if veto {
		// A title nobody in the articles holds: no near miss.
		return candidate{}
	}
	consider(byTitle)
	consider(e.award(q, content, scope))
	consider(e.quantity(q, content, scope))
	consider(e.identifier(q, content, scope))
	consider(e.event(q, content))
	consider(e.namedList(q, content, scope))
	consider(e.yesNo(q, content, scope))
	if best.score < 0.8 {
		consider(e.passage(q, content, scope))
	}
	return best
}

// scope returns the sentences worth reading for q: those of the passages
// the index finds, best first, with every title and lead.
func (e *Engine) scope(ctx context.Context, q question, content []word) map[string]bool {
	words := make([]string, 0, len(content))
	exact := false
	for _, w := range content {
		words = append(words, w.text)
		exact = exact || w.marked
	}
	hits, err := e.idx.Search(ctx, index.Query{Words: words, Exact: exact, Language: q.lang, Limit: 30})
	out := map[string]bool{}
	if err == nil {
		for _, h := range hits {
			out[h.ID] = true
		}
	}
	for _, a := range e.articles {
		for _, p := range a.Passages {
			if p.Kind == corpus.KindTitle || p.Kind == corpus.KindLead {
				out[p.ID] = true
			}
		}
	}
	return out
}

// bestSentences returns the sentences in scope that best match words,
// best first, at most n.
func (e *Engine) bestSentences(words []word, scope map[string]bool, lang string, n int) []scored {
	var out []scored
	for _, s := range e.sents {
		if !scope[s.p.ID] {
			continue
		}
		o := e.overlapOf(words, s, lang)
		if o.got == 0 {
			continue
		}
		out = append(out, scored{s, o})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].o.score() > out[j].o.score() })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// A scored is a sentence with its overlap with a question.
type scored struct {
	s *sent
	o overlap
}

// factSent returns the prepared sentence a fact was read from.
func (e *Engine) factSent(f corpus.Fact) *sent {
	return e.sentOf[ref{f.Passage, f.Sentence}]
}
