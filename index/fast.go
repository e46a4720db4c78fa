package index

import (
	"cmp"
	"container/heap"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// A search without Query.Articles ranks passages by bleve's scores for the
// disjunction of the query's clauses, computed another way.
//
// Bleve merges the clauses' posting lists document at a time, through a
// heap ordered by document: over tens of thousands of passages, a question
// of common words spends most of its time in that heap. searchTermAtATime
// reads each clause's matches to the end instead, one clause after
// another, adding each match's score into an array indexed by document
// number; then it applies the disjunction's coordination factor (the share
// of the clauses a passage matches) and keeps the best. A term clause is
// read from its postings and scored as bleve's BM25 term scorer does
// (termClause). A disjunction of a few clauses — a word's folded form, its
// exact form (a match query's terms) and its neighbours one edit away (a
// fuzzy query's terms, found once a snapshot: fuzzyCache) — is read the
// same way, one clause after another, and scored as bleve's disjunction
// scores it (disjunctionClause), sums in bleve's order; a phrase (a match
// query of all its terms) is read as the conjunction of its terms, scored
// as bleve's conjunction scores it (conjunctionClause); any other clause
// is bleve's own searcher. All get the query norm bleve's
// disjunction gives its clauses, so a passage's score is bleve's, up to
// the order of the top disjunction's floating-point sum;
// TestSearchFastScores holds them equal.

// checkEvery is how many matches a fast search reads between two checks
// of its context.
const checkEvery = 1 << 14

// searchTermAtATime returns the n best passages for the disjunction of
// clauses (a passage must match at least one), in no order, with their
// scores. Equal scores are kept by document number, lowest first.
func (ix *Index) searchTermAtATime(ctx context.Context, clauses []query.Query, n int) ([]Hit, error) {
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	// Bleve's searchers read the scoring model from the context, which
	// bleve's SearchInContext sets from the mapping: BM25 (newMapping).
	sctx := context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return bleveindex.BM25Scoring }))
	cs := make([]clause, 0, len(clauses))
	defer func() {
		for _, c := range cs {
			c.close()
		}
	}()
	b := clauseBuilder{ctx: sctx, r: r, m: ix.idx.Mapping(), fuzzy: &ix.fuzzy, postings: &ix.postings, analysed: &ix.analysed, doc: new(bleveindex.TermFieldDoc),
		fields: make([]fieldStats, 0, searchedFields)}
	for _, q := range clauses {
		c, err := b.newClause(q)
		if err != nil {
			return nil, fmt.Errorf("index: searching: %w", err)
		}
		cs = append(cs, c)
	}
	// The query norm of bleve's disjunction.
	sum := 0.0
	for _, c := range cs {
		sum += c.weight()
	}
	norm := 1 / math.Sqrt(sum)
	for _, c := range cs {
		c.setQueryNorm(norm)
	}

	acc := accumulators.Get().(*accumulator)
	defer func() {
		acc.reset()
		accumulators.Put(acc)
	}()
	for _, c := range cs {
		if err := c.read(ctx, acc); err != nil {
			return nil, fmt.Errorf("index: searching: %w", err)
		}
	}
	best := acc.best(n, len(cs))
	hits := make([]Hit, len(best))
	for i, x := range best {
		ext, err := ix.postings.externalID(r, x.doc)
		if err != nil {
			return nil, fmt.Errorf("index: searching: %w", err)
		}
		hits[i] = Hit{ID: ext, Score: x.score}
	}
	return hits, nil
}

// A clause is one clause of a fast search's disjunction.
type clause interface {
	// count is how many passages the clause matches at most, as bleve's
	// searcher of the clause counts them (its Count).
	count() uint64
	// weight is the clause's sum of squared weights, for the query norm.
	weight() float64
	// setQueryNorm sets the query norm.
	setQueryNorm(norm float64)
	// read adds the score of every passage the clause matches to acc.
	read(ctx context.Context, acc *accumulator) error
	close()
}

// A clauseBuilder makes the clauses of one fast search, on one index
// snapshot.
type clauseBuilder struct {
	ctx   context.Context // with bleve's scoring model
	r     bleveindex.IndexReader
	m     mapping.IndexMapping
	fuzzy *fuzzyCache
	// postings keeps the short postings lists of the snapshot.
	postings *postingsCache
	// analysed keeps the terms of match queries' texts.
	analysed *analysedCache
	// doc is the posting every termClause of the search reads into, one
	// after another: the clauses are read in turn, never at once.
	doc *bleveindex.TermFieldDoc
	// fields holds the BM25 statistics of the fields the search's terms
	// were looked up in, read from the snapshot once a field, not once a
	// term.
	fields []fieldStats
	// The slabs the search's clauses, and the clause lists of its
	// disjunctions and conjunctions, are cut from: a few allocations a
	// search instead of one or two a clause.
	terms  slab[termClause]
	disjs  slab[disjunctionClause]
	conjs  slab[conjunctionClause]
	groups []clause
}

// fieldStats are the BM25 statistics of one field of a snapshot, as
// bleve's bm25ScoreMetrics reads them.
type fieldStats struct {
	field  string
	docs   uint64  // passages in the snapshot
	card   int     // the field's cardinality
	avgLen float64 // average field length, in terms
}

// searchedFields is how many fields a search's terms are looked up in,
// at most: exact, fold, bigram and en.
const searchedFields = 4

// stats returns the BM25 statistics of field, read once a search.
func (b *clauseBuilder) stats(br bleveindex.BM25Reader, field string) (fieldStats, error) {
	for _, s := range b.fields {
		if s.field == field {
			return s, nil
		}
	}
	docs, err := b.r.DocCount()
	if err != nil {
		return fieldStats{}, fmt.Errorf("passage count: %w", err)
	}
	card, err := br.FieldCardinality(field)
	if err != nil {
		return fieldStats{}, fmt.Errorf("cardinality of field %s: %w", field, err)
	}
	s := fieldStats{field: field, docs: docs, card: card}
	if docs != 0 && card != 0 {
		s.avgLen = math.Ceil(float64(card) / float64(docs))
	}
	b.fields = append(b.fields, s)
	return s, nil
}

// slabSize is how many clauses of a kind, and how many clauses of groups,
// a clauseBuilder allocates at once.
const slabSize = 16

// A slab hands out pointers to zero values of T, allocated slabSize at
// a time. A used slab stays alive through the pointers cut from it.
type slab[T any] struct{ free []T }

// next returns a pointer to a new zero T.
func (s *slab[T]) next() *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// stackGroup is the length of the buffer a group's clauses are gathered
// in, on the stack, before group copies them: bleve's
// searcher.DisjunctionHeapTakeover, the most a group of this package
// holds.
const stackGroup = 10

// group returns a copy of cs cut from the builder's slab, clipped, so
// that cs itself may live on its caller's stack.
func (b *clauseBuilder) group(cs []clause) []clause {
	if len(cs) > cap(b.groups)-len(b.groups) {
		b.groups = make([]clause, 0, max(slabSize, len(cs)))
	}
	n := len(b.groups)
	b.groups = append(b.groups, cs...)
	return b.groups[n:len(b.groups):len(b.groups)]
}

// disjunction returns the disjunction of cs, at most stackGroup of them,
// cut from the builder's slabs.
func (b *clauseBuilder) disjunction(cs []clause) clause {
	c := b.disjs.next()
	c.clauseGroup = groupOf(b.group(cs))
	return c
}

// conjunction returns the conjunction of cs, at most stackGroup of them,
// cut from the builder's slabs.
func (b *clauseBuilder) conjunction(cs []clause) clause {
	c := b.conjs.next()
	c.clauseGroup = groupOf(b.group(cs))
	return c
}

// newClause returns the clause of q: a termClause for a term query; for a
// disjunction of at most searcher.DisjunctionHeapTakeover clauses (of a
// match query's terms, of a fuzzy query's words one edit away), a
// disjunctionClause of its own clauses; for a match query of all its
// terms (a phrase), a conjunctionClause of them; bleve's searcher for any
// other.
//
// Bleve's disjunctions of more clauses sum their clauses' scores in the
// order of a heap, not reproduced here: bleve's searcher reads them. The
// queries this package builds never ask for automatic fuzziness, which
// the match and fuzzy queries' exported fields do not show.
func (b *clauseBuilder) newClause(q query.Query) (clause, error) {
	switch q := q.(type) {
	case *query.TermQuery:
		c, err := b.newTermClause(q.FieldVal, q.Term, q.BoostVal.Value())
		if c != nil || err != nil {
			return c, err
		}
	case *query.DisjunctionQuery:
		if q.Min <= 1 && len(q.Disjuncts) > 0 && len(q.Disjuncts) <= searcher.DisjunctionHeapTakeover {
			return b.newDisjunction(q.Disjuncts)
		}
	case *query.MatchQuery:
		switch {
		case q.Fuzziness != 0:
		case q.Operator == query.MatchQueryOperatorOr:
			return b.newMatchClause(q)
		case q.Operator == query.MatchQueryOperatorAnd:
			return b.newPhraseClause(q)
		}
	case *query.FuzzyQuery:
		if q.Fuzziness > 0 && q.Fuzziness <= searcher.MaxFuzziness {
			return b.newFuzzyClause(q)
		}
	}
	return b.newSearcherClause(q)
}

// newSearcherClause returns bleve's searcher of q as a clause.
func (b *clauseBuilder) newSearcherClause(q query.Query) (clause, error) {
	s, err := q.Searcher(b.ctx, b.r, b.m, search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	return &searcherClause{s: s, sc: &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(searcherPoolSize, 0), IndexReader: b.r}}, nil
}

// searcherPoolSize is the size of the document match pool of a clause
// read through bleve's searcher.
const searcherPoolSize = 8

// newDisjunction returns the disjunction of queries qs, as bleve's
// DisjunctionQuery of them searches it.
func (b *clauseBuilder) newDisjunction(qs []query.Query) (clause, error) {
	var buf [stackGroup]clause
	cs := buf[:0]
	for _, q := range qs {
		c, err := b.newClause(q)
		if err != nil {
			closeAll(cs)
			return nil, err
		}
		cs = append(cs, c)
	}
	return b.disjunction(cs), nil
}

// newMatchClause returns the clause of a match query whose terms may
// match in any passage: as bleve's MatchQuery, the disjunction of its
// analysed terms, each with the query's boost; a clause matching nothing
// when the analyser makes no term.
func (b *clauseBuilder) newMatchClause(q *query.MatchQuery) (clause, error) {
	return b.newAnalysedClause(q, false)
}

// newPhraseClause returns the clause of a match query whose terms must all
// match (a synonym phrase, as its bigrams): as bleve's MatchQuery, the
// conjunction of its analysed terms, each with the query's boost; a clause
// matching nothing when the analyser makes no term. Bleve orders a
// conjunction's searchers with sort.Sort, which is stable (an insertion
// sort) only for a few: a phrase of more terms is bleve's own searcher.
func (b *clauseBuilder) newPhraseClause(q *query.MatchQuery) (clause, error) {
	return b.newAnalysedClause(q, true)
}

// newAnalysedClause returns the disjunction, or with all the conjunction,
// of the term clauses of match query q's analysed terms, each with the
// query's boost: noneClause when the analyser makes no term, bleve's
// searcher when it makes more than searcher.DisjunctionHeapTakeover or the
// analyser is unknown.
func (b *clauseBuilder) newAnalysedClause(q *query.MatchQuery, all bool) (clause, error) {
	field := q.FieldVal
	if field == "" {
		field = b.m.DefaultSearchField()
	}
	name := q.Analyzer
	if name == "" {
		name = b.m.AnalyzerNameForPath(field)
	}
	a := b.m.AnalyzerNamed(name)
	if a == nil {
		return b.newSearcherClause(q) // bleve's error
	}
	terms := b.analysed.analyse(a, name, q.Match)
	if len(terms) == 0 {
		return noneClause{}, nil
	}
	if len(terms) > searcher.DisjunctionHeapTakeover {
		return b.newSearcherClause(q)
	}
	boost := q.BoostVal.Value()
	var buf [stackGroup]clause
	cs := buf[:0]
	for _, term := range terms {
		c, err := b.termClause(field, term, boost)
		if err != nil {
			closeAll(cs)
			return nil, err
		}
		cs = append(cs, c)
	}
	if all {
		return b.conjunction(cs), nil
	}
	return b.disjunction(cs), nil
}

// newFuzzyClause returns the clause of a fuzzy query, as bleve's
// NewFuzzySearcher searches it: its term when no other term of the field
// is close enough, otherwise the disjunction of the terms within its
// fuzziness that start with its prefix, each boosted by the query's boost
// over one more than its edit distance.
func (b *clauseBuilder) newFuzzyClause(q *query.FuzzyQuery) (clause, error) {
	field := q.FieldVal
	if field == "" {
		field = b.m.DefaultSearchField()
	}
	// As bleve: the prefix is cut at the first rune boundary at or after
	// q.Prefix bytes.
	prefix := q.Term
	for i := range q.Term {
		if i >= q.Prefix {
			prefix = q.Term[:i]
			break
		}
	}
	terms, ok, err := b.fuzzy.candidates(b.r, fuzzyKey{field: field, term: q.Term, fuzziness: q.Fuzziness, prefix: prefix})
	if err != nil {
		return nil, err
	}
	boost := q.BoostVal.Value()
	switch {
	case !ok, len(terms) > searcher.DisjunctionHeapTakeover:
		return b.newSearcherClause(q)
	case len(terms) == 0, len(terms) == 1 && terms[0].term == q.Term:
		return b.termClause(field, q.Term, boost)
	}
	var buf [stackGroup]clause
	cs := buf[:0]
	for _, t := range terms {
		// As bleve's makeBatchSearchersBoosted.
		c, err := b.termClause(field, t.term, boost*(1/float64(t.distance+1)))
		if err != nil {
			closeAll(cs)
			return nil, err
		}
		cs = append(cs, c)
	}
	return b.disjunction(cs), nil
}

// termClause returns the clause of a term query: a termClause or, when
// the field is empty, bleve's searcher.
func (b *clauseBuilder) termClause(field, term string, boost float64) (clause, error) {
	c, err := b.newTermClause(field, term, boost)
	if c != nil || err != nil {
		return c, err
	}
	t := query.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return b.newSearcherClause(t)
}

// closeAll closes clauses.
func closeAll(cs []clause) {
	for _, c := range cs {
		c.close()
	}
}

// A termClause reads a term's postings and scores them as bleve's BM25
// TermQueryScorer does: from the postingsCache's list of the term, or,
// for a list too long to keep, from bleve's reader.
type termClause struct {
	list   *postingsList              // the term's postings; nil when tfr reads them
	tfr    bleveindex.TermFieldReader // nil when list holds them
	doc    *bleveindex.TermFieldDoc   // read into, shared by the search's clauses
	boost  float64
	idf    float64
	avgLen float64 // average field length, in terms
	qw     float64 // the query weight: boost × idf × query norm
}

// newTermClause returns the clause of term in field, with boost, or nil
// when the field is empty or not named (bleve then scores by TF-IDF: its
// own searcher does).
func (b *clauseBuilder) newTermClause(field, term string, boost float64) (*termClause, error) {
	br, ok := b.r.(bleveindex.BM25Reader)
	if !ok || field == "" {
		return nil, nil
	}
	// As bleve's bm25ScoreMetrics.
	st, err := b.stats(br, field)
	if err != nil {
		return nil, err
	}
	if st.docs == 0 || st.card == 0 {
		return nil, nil
	}
	c := b.terms.next()
	*c = termClause{doc: b.doc, boost: boost, avgLen: st.avgLen, qw: 1}
	if err := b.openPostings(c, field, term); err != nil {
		return nil, err
	}
	// As bleve's TermQueryScorer.computeIDF for BM25.
	df := c.count()
	c.idf = math.Log(1 + (float64(st.docs)-float64(df)+0.5)/(float64(df)+0.5))
	return c, nil
}

// openPostings sets c to read the postings of term in field: the cached
// list, or a list read now and kept when it is short enough, or bleve's
// reader of a long one.
func (b *clauseBuilder) openPostings(c *termClause, field, term string) error {
	k := postingsKey{field: field, term: term}
	if c.list = b.postings.get(b.r, k); c.list != nil {
		return nil
	}
	tfr, err := b.r.TermFieldReader(b.ctx, []byte(term), field, true, true, false)
	if err != nil {
		return err
	}
	n := tfr.Count()
	if n > maxCachedList {
		c.tfr = tfr
		return nil
	}
	ps, err := readPostings(b.ctx, tfr)
	if cerr := tfr.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	c.list = &postingsList{count: n, postings: ps}
	b.postings.put(b.r, k, c.list)
	return nil
}

func (c *termClause) count() uint64 {
	if c.list != nil {
		return c.list.count
	}
	return c.tfr.Count()
}

func (c *termClause) weight() float64 {
	w := c.boost * c.idf
	return w * w
}

func (c *termClause) setQueryNorm(norm float64) { c.qw = c.boost * c.idf * norm }

func (c *termClause) read(ctx context.Context, acc *accumulator) error {
	if c.list != nil {
		for i, p := range c.list.postings {
			acc.add(p.doc, c.score(p.freq, p.norm))
			if (i+1)%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for i := 1; ; i++ {
		m, err := c.tfr.Next(c.doc.Reset())
		if err != nil {
			return err
		}
		if m == nil {
			return nil
		}
		doc, err := docNumber(m.ID)
		if err != nil {
			return err
		}
		acc.add(doc, c.score(m.Freq, m.Norm))
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
}

// score is bleve's BM25 score of a passage where the term occurs freq
// times in a field of norm 1/√length, operation for operation as
// TermQueryScorer.Score computes it.
func (c *termClause) score(freq uint64, norm float64) float64 {
	tf := math.Sqrt(float64(freq))
	fieldLength := 1 / (norm * norm)
	s := c.idf * (tf * search.BM25_k1) /
		(tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/c.avgLen)))
	if c.qw != 1 {
		s *= c.qw
	}
	return s
}

func (c *termClause) close() {
	if c.tfr != nil {
		c.tfr.Close()
	}
}

// A clauseGroup is the clauses a disjunction or a conjunction combines,
// by count, fewest first, as bleve's slice searchers order them. Its
// count, weight and query norm are those of bleve's searchers of both
// kinds: the sums of its clauses'.
type clauseGroup struct {
	clauses []clause
}

// groupOf returns the clauses cs in bleve's order, at most
// searcher.DisjunctionHeapTakeover of them.
func groupOf(cs []clause) clauseGroup {
	// Bleve's sort.Sort of so few searchers is an insertion sort: stable.
	slices.SortStableFunc(cs, func(x, y clause) int { return cmp.Compare(x.count(), y.count()) })
	return clauseGroup{clauses: cs}
}

func (g *clauseGroup) count() uint64 {
	var n uint64
	for _, x := range g.clauses {
		n += x.count()
	}
	return n
}

func (g *clauseGroup) weight() float64 {
	var w float64
	for _, x := range g.clauses {
		w += x.weight()
	}
	return w
}

func (g *clauseGroup) setQueryNorm(norm float64) {
	for _, x := range g.clauses {
		x.setQueryNorm(norm)
	}
}

func (g *clauseGroup) close() { closeAll(g.clauses) }

// readAll reads every clause of g into a pooled accumulator, one after
// another, so that each passage's scores are summed in the clauses'
// order, from 0, as bleve's scorers sum them, and calls each with it.
func (g *clauseGroup) readAll(ctx context.Context, each func(sub *accumulator)) error {
	sub := accumulators.Get().(*accumulator)
	defer func() {
		sub.reset()
		accumulators.Put(sub)
	}()
	for _, x := range g.clauses {
		if err := x.read(ctx, sub); err != nil {
			return err
		}
	}
	each(sub)
	return nil
}

// A disjunctionClause matches the passages any of its clauses matches,
// scored as bleve's DisjunctionSliceSearcher scores them: the sum of the
// scores of the clauses a passage matches, in the searcher's order of its
// clauses, times the share of its clauses the passage matches.
type disjunctionClause struct{ clauseGroup }

func (c *disjunctionClause) read(ctx context.Context, acc *accumulator) error {
	return c.readAll(ctx, func(sub *accumulator) {
		for _, d := range sub.touched {
			// As bleve's DisjunctionQueryScorer, operation for operation.
			coord := float64(sub.matched[d]) / float64(len(c.clauses))
			acc.add(uint64(d), sub.score[d]*coord)
		}
	})
}

// A conjunctionClause matches the passages all its clauses match, scored
// as bleve's ConjunctionSearcher scores them: the sum of its clauses'
// scores, in the searcher's order of its clauses.
type conjunctionClause struct{ clauseGroup }

func (c *conjunctionClause) read(ctx context.Context, acc *accumulator) error {
	return c.readAll(ctx, func(sub *accumulator) {
		for _, d := range sub.touched {
			if int(sub.matched[d]) == len(c.clauses) {
				acc.add(uint64(d), sub.score[d])
			}
		}
	})
}

// A noneClause matches nothing, as bleve's MatchNoneSearcher.
type noneClause struct{}

func (noneClause) count() uint64                            { return 0 }
func (noneClause) weight() float64                          { return 0 }
func (noneClause) setQueryNorm(float64)                     {}
func (noneClause) read(context.Context, *accumulator) error { return nil }
func (noneClause) close()                                   {}

// A searcherClause is a clause read through bleve's searcher.
type searcherClause struct {
	s  search.Searcher
	sc *search.SearchContext
}

func (c *searcherClause) count() uint64             { return c.s.Count() }
func (c *searcherClause) weight() float64           { return c.s.Weight() }
func (c *searcherClause) setQueryNorm(norm float64) { c.s.SetQueryNorm(norm) }
func (c *searcherClause) close()                    { c.s.Close() }

func (c *searcherClause) read(ctx context.Context, acc *accumulator) error {
	for i := 1; ; i++ {
		d, err := c.s.Next(c.sc)
		if err != nil {
			return err
		}
		if d == nil {
			return nil
		}
		doc, err := docNumber(d.IndexInternalID)
		if err != nil {
			return err
		}
		acc.add(doc, d.Score)
		c.sc.DocumentMatchPool.Put(d)
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
}

// docNumber returns the document number of a scorch internal ID.
func docNumber(id bleveindex.IndexInternalID) (uint64, error) {
	if len(id) != 8 {
		return 0, fmt.Errorf("internal ID of %d bytes, want 8", len(id))
	}
	n := binary.BigEndian.Uint64(id)
	if n > math.MaxUint32 {
		return 0, fmt.Errorf("document number %d out of range", n)
	}
	return n, nil
}

// An accumulator sums a fast search's scores by document number. Scorch
// numbers the documents of an index snapshot from 0, segment after
// segment, and its internal IDs are those numbers in 8 big-endian bytes.
type accumulator struct {
	score   []float64
	matched []uint32 // clauses matched
	touched []uint32 // the documents matched, in no order
}

// accumulators keeps accumulators for reuse: each is as long as the index
// has documents.
var accumulators = sync.Pool{New: func() any { return new(accumulator) }}

// add adds a clause's score for document doc.
func (a *accumulator) add(doc uint64, score float64) {
	if doc >= uint64(len(a.score)) {
		size := max(2*len(a.score), int(doc)+1, 1024)
		a.score = append(a.score, make([]float64, size-len(a.score))...)
		a.matched = append(a.matched, make([]uint32, size-len(a.matched))...)
	}
	if a.matched[doc] == 0 {
		a.touched = append(a.touched, uint32(doc))
	}
	a.score[doc] += score
	a.matched[doc]++
}

// reset clears the documents touched.
func (a *accumulator) reset() {
	for _, d := range a.touched {
		a.score[d], a.matched[d] = 0, 0
	}
	a.touched = a.touched[:0]
}

// A scored is a document number and its score.
type scored struct {
	doc   uint64
	score float64
}

// better reports whether x ranks above y: a higher score, or the same and
// a lower document number.
func better(x, y scored) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	return x.doc < y.doc
}

// best returns the n best documents touched, in no order, each scored as
// bleve's disjunction of clauses clauses scores it: the sum of its clauses'
// scores times the share of the clauses it matches.
func (a *accumulator) best(n, clauses int) []scored {
	h := make(worstFirst, 0, n)
	for _, d := range a.touched {
		// As bleve's DisjunctionQueryScorer, operation for operation.
		coord := float64(a.matched[d]) / float64(clauses)
		x := scored{doc: uint64(d), score: a.score[d] * coord}
		switch {
		case len(h) < n:
			// heap.Push, without boxing x in an interface value.
			h = append(h, x)
			heap.Fix(&h, len(h)-1)
		case better(x, h[0]):
			h[0] = x
			heap.Fix(&h, 0)
		}
	}
	return h
}

// worstFirst is a heap of documents, the worst on top.
type worstFirst []scored

func (h worstFirst) Len() int           { return len(h) }
func (h worstFirst) Less(i, j int) bool { return better(h[j], h[i]) }
func (h worstFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *worstFirst) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *worstFirst) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
