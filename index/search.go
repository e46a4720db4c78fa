package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/hoidap/hoidap/analysis"
)

// DefaultLimit is the number of hits Search returns when Query.Limit is 0.
const DefaultLimit = 10

// MaxLimit caps Query.Limit.
const MaxLimit = 1000

// Boosts of the clauses of a Vietnamese query, relative to a folded match.
const (
	boostFold    = 1.0
	boostExact   = 1.5 // the word as typed, diacritics included (Query.Exact)
	boostFuzzy   = 0.3 // a folded word one edit away: a typo
	boostBigram  = 1.5 // two adjacent words as a unit: "bang_khen"
	boostSynonym = 0.6 // a synonym of one or more adjacent words
	boostEn      = 1.0 // an English stem
	boostEnFold  = 0.3 // an English question's word on the folded field
)

// minFuzzyLetters is the length, in letters of the folded word, from which a
// word is also searched one edit away. Shorter Vietnamese syllables have too
// many real neighbours ("dung" is one edit from "dong", "tung", "dung").
const minFuzzyLetters = 5

// A Query is what to search for.
type Query struct {
	// Words are the question's content words, lower-case canonical, with
	// diacritics as the user typed them. Search drops nothing: stopwords
	// should already be removed. A word may hold several syllables
	// ("bằng khen"); each counts as a word.
	Words []string
	// Exact is true when the user typed diacritics: passages with a word's
	// exact form then rank above those with only its folded form ("dũng"
	// above "dùng" and "dung").
	Exact bool
	// Language is the question's language, "vi" (the default) or "en".
	Language string
	// Articles, when not empty, restricts the search to these articles.
	Articles []string
	// Limit is the most hits to return: DefaultLimit when 0, at most
	// MaxLimit.
	Limit int
	// Fast searches whole folded words and their pairs only (no exact
	// forms, no words one letter away), and lets equal scores at the
	// limit come in any order: for a search that only ranks whole
	// articles over many passages (routing a question to its article),
	// several times faster and little worse.
	Fast bool
}

// A Hit is a passage found, best first.
type Hit struct {
	// ID is the passage's Doc.ID.
	ID string
	// Score is the passage's BM25-based score; higher is better. Scores
	// compare only within one search.
	Score float64
}

// Search returns the passages that best match q, best first, ties broken by
// ID. A query without words returns no hits and no error.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("index: searching: %w", err)
	}
	if q.Limit < 0 {
		return nil, fmt.Errorf("index: negative limit %d", q.Limit)
	}
	limit := q.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)

	var clauses []query.Query
	switch q.Language {
	case "", "vi":
		clauses = ix.queries.viQuery(q.Words, q.Exact && !q.Fast, !q.Fast)
	case "en":
		clauses = enQuery(ix.en, q.Words)
	default:
		return nil, fmt.Errorf("index: unknown query language %q", q.Language)
	}
	if len(clauses) == 0 {
		return nil, nil
	}
	if len(q.Articles) == 0 {
		// Without Articles the search is run term at a time, with bleve's
		// scores: faster than bleve's own search, which sets up a
		// searcher and a collector for every term. A search that is not
		// Fast reads searchSlack hits beyond the limit, as searchBleve
		// does, for ordered to order equal scores by ID.
		n := limit
		if !q.Fast {
			n += searchSlack
		}
		hits, err := ix.searchTermAtATime(ctx, clauses, n)
		if err != nil {
			return nil, err
		}
		return ordered(hits, limit), nil
	}
	return ix.searchBleve(ctx, clauses, q.Articles, limit, !q.Fast)
}

// searchBleve returns the limit best passages for the disjunction of
// clauses (at least one must match), of articles when not empty, with
// bleve's search; byID makes it order equal scores at the limit by ID.
func (ix *Index) searchBleve(ctx context.Context, clauses []query.Query, articles []string, limit int, byID bool) ([]Hit, error) {
	bq := query.NewBooleanQuery(nil, clauses, nil)
	bq.SetMinShould(1)
	if len(articles) > 0 {
		filter := query.NewDisjunctionQuery(nil)
		for _, a := range articles {
			t := query.NewTermQuery(a)
			t.SetField(fieldArticle)
			filter.AddQuery(t)
		}
		bq.AddFilter(filter)
	}

	// Ask for more than the limit: near the cut, scores that differ only
	// in their last bits are ordered below by ID, not by chance.
	req := bleve.NewSearchRequestOptions(bq, limit+searchSlack, 0, false)
	if byID {
		// Ordering by ID reads the ID of every passage found.
		req.SortBy([]string{"-_score", "_id"})
	}
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: searching: %w", err)
	}
	hits := make([]Hit, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = Hit{ID: h.ID, Score: h.Score}
	}
	return ordered(hits, limit), nil
}

// ordered rounds the scores of hits, orders them best first, ties by ID,
// and keeps the first limit.
func ordered(hits []Hit, limit int) []Hit {
	for i := range hits {
		hits[i].Score = math.Round(hits[i].Score/scorePrecision) * scorePrecision
	}
	// Scores summed in another order (segments merge in the background)
	// differ in their last bits: rounded, equal scores are ordered by ID,
	// so the same question gets the same passages in the same order.
	// Stable, as sort.SliceStable, but without its reflection.
	slices.SortStableFunc(hits, func(x, y Hit) int {
		switch {
		case x.Score > y.Score:
			return -1
		case x.Score < y.Score:
			return 1
		}
		return strings.Compare(x.ID, y.ID)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// searchSlack is how many hits beyond the limit a search asks bleve for.
const searchSlack = 10

// scorePrecision is the precision hits' scores are rounded to.
const scorePrecision = 1e-6

// A word is one syllable, word or number of a query.
type word struct {
	exact  string // lower case, diacritics kept
	folded string
	number bool // holds a digit
}

// queryWords splits the query's words into syllables.
func queryWords(words []string) []word {
	var out []word
	for _, w := range words {
		for _, t := range analysis.Tokens(analysis.Canonical(w)) {
			out = append(out, word{
				exact:  analysis.Lower(t.Text),
				folded: t.Folded,
				number: strings.ContainsFunc(t.Text, unicode.IsDigit),
			})
		}
	}
	return out
}

// viQuery builds the clauses of the query for Vietnamese words, at least
// one of which must match: for each word, a disjunction of its folded form,
// its exact form (when exact) and, for a long word, its folded neighbours
// one edit away (when typos); for each pair of adjacent words, their
// bigram; for each run of adjacent words, the synonyms of the run. It
// returns nil when there are no words.
func viQuery(words []string, exact, typos bool) []query.Query {
	ws := queryWords(words)
	if len(ws) == 0 {
		return nil
	}
	var clauses []query.Query
	seen := map[string]bool{}
	once := func(key string) bool {
		if seen[key] {
			return false
		}
		seen[key] = true
		return true
	}

	for _, w := range ws {
		seen["f "+w.folded] = true
		if !once("w " + w.exact) {
			continue
		}
		var d []query.Query
		d = append(d, foldQuery(w.folded, boostFold))
		if exact {
			d = append(d, match(fieldExact, analyzerExact, w.exact, boostExact))
		}
		if typos && !w.number && utf8.RuneCountInString(w.folded) >= minFuzzyLetters {
			f := query.NewFuzzyQuery(w.folded)
			f.SetField(fieldFold)
			f.SetFuzziness(1)
			f.SetBoost(boostFuzzy)
			d = append(d, f)
		}
		if len(d) == 1 {
			clauses = append(clauses, d[0])
		} else {
			clauses = append(clauses, query.NewDisjunctionQuery(d))
		}
	}

	for i := 1; i < len(ws); i++ {
		b := ws[i-1].folded + bigramSep + ws[i].folded
		if once("b " + b) {
			clauses = append(clauses, term(fieldBigram, b, boostBigram))
		}
	}

	for n := 1; n <= analysis.MaxSynonymWords; n++ {
		for i := 0; i+n <= len(ws); i++ {
			parts := make([]string, n)
			for j := range parts {
				parts[j] = ws[i+j].folded
			}
			for _, alt := range analysis.Synonyms(strings.Join(parts, " ")) {
				if q := phraseQuery(alt, boostSynonym); q != nil && once(synonymKey(alt)) {
					clauses = append(clauses, q)
				}
			}
		}
	}
	return clauses
}

// synonymKey is the key under which viQuery records a synonym: the key of
// the word clause ("f x") or bigram clause ("b x_y") that already matches
// the same, so that a synonym which is also a query word or pair of words
// is not counted twice.
func synonymKey(alt string) string {
	f := strings.Fields(alt)
	switch len(f) {
	case 1:
		return "f " + f[0]
	case 2:
		return "b " + f[0] + bigramSep + f[1]
	}
	return "s " + alt
}

// phraseQuery matches a folded phrase: a one-syllable phrase on the fold
// field, a longer one as all its bigrams. It returns nil for a phrase
// without syllables.
func phraseQuery(phrase string, boost float64) query.Query {
	toks := analysis.Tokens(phrase)
	switch len(toks) {
	case 0:
		return nil
	case 1:
		return foldQuery(toks[0].Folded, boost)
	}
	m := match(fieldBigram, analyzerBigram, phrase, boost)
	m.SetOperator(query.MatchQueryOperatorAnd)
	return m
}

// enQuery builds the clauses of the query for English words, at least one
// of which must match: each word's stems, made by the en analyzer, on the
// en field, and, weaker, its folded form on the fold field (for Vietnamese
// names typed without marks in an English question). Stopwords are
// dropped. It returns nil when no word is left.
func enQuery(en bleveanalysis.Analyzer, words []string) []query.Query {
	var clauses []query.Query
	seen := map[string]bool{}
	for _, w := range queryWords(words) {
		if seen[w.exact] {
			continue
		}
		seen[w.exact] = true
		var d []query.Query
		for _, tok := range en.Analyze([]byte(w.exact)) {
			d = append(d, term(fieldEn, string(tok.Term), boostEn))
		}
		if len(d) == 0 {
			continue
		}
		d = append(d, term(fieldFold, w.folded, boostEnFold))
		clauses = append(clauses, query.NewDisjunctionQuery(d))
	}
	return clauses
}

// foldQuery matches a folded syllable on the fold field: a term query
// when the fold analyzer makes it one term, itself (bleve would search a
// disjunction of that one term, which scores the same, more slowly); a
// match query otherwise.
func foldQuery(folded string, boost float64) query.Query {
	if toks := analysis.Tokens(folded); len(toks) == 1 && toks[0].Folded == folded {
		return term(fieldFold, folded, boost)
	}
	return match(fieldFold, analyzerFold, folded, boost)
}

// match returns a match query on field, analysed with analyzer.
func match(field, analyzer, text string, boost float64) *query.MatchQuery {
	m := query.NewMatchQuery(text)
	m.SetField(field)
	m.Analyzer = analyzer
	m.SetBoost(boost)
	return m
}

// term returns a term query on field.
func term(field, text string, boost float64) *query.TermQuery {
	t := query.NewTermQuery(text)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}
