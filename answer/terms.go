package answer

import (
	"github.com/hoidap/hoidap/index"
)

// SearchQuery returns the index query that looks for question's articles:
// its content words, with the abbreviations everyone writes expanded
// ("UBND"), without the words that ask (bao nhiêu, ai, khi nào) and
// without function words. It reads the question alone, not any article,
// so one query serves a search over every article; Limit and Articles are
// left for the caller. A question with no content words gives a query
// without words.
func SearchQuery(question string) index.Query {
	text, problem := canonicalQuestion(question)
	if problem != questionOK {
		return index.Query{}
	}
	// A document without articles: no article's words keep an abbreviation
	// or a stopword.
	bare := &document{langs: map[string]bool{"vi": true, "en": true}}
	var q index.Query
	for _, part := range splitCompound(text) {
		pq := bare.expandAbbreviations(bare.parse(part))
		q.Language = pq.lang
		for _, w := range bare.content(pq) {
			q.Words = append(q.Words, w.text)
			q.Exact = q.Exact || w.marked
		}
	}
	return q
}
