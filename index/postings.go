package index

import (
	"context"
	"encoding/binary"
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// A fast search's term clause reads a term's postings through bleve's
// TermFieldReader, whose setting up (a postings iterator and its bitmaps
// per segment) cost more than reading the few postings of a term of one
// article's index: over the seed, most of a question's index search and
// about a quarter of its allocations. A postingsCache keeps the postings
// of the short lists it has read, for one index snapshot, so a term asked
// again (questions about one article share their words) is read from a
// slice. Long lists (common syllables over many articles) are not kept:
// they cost their reading, not their setting up.

// Bounds of a postingsCache: the longest list it keeps, how many postings
// in all it keeps for one snapshot before it starts again empty, and how
// many passage IDs it keeps before it starts its IDs again empty.
const (
	maxCachedList     = 1 << 10
	maxCachedPostings = 1 << 18
	maxCachedIDs      = 1 << 16
)

// A postingsKey names a term of a field.
type postingsKey struct {
	field string
	term  string
}

// A posting is one passage a term occurs in, as a fast search reads it
// from bleve's TermFieldDoc.
type posting struct {
	doc  uint64  // the document number in the snapshot
	freq uint64  // times the term occurs
	norm float64 // 1/√ the field's length
}

// A postingsList is a term's postings in one snapshot, in the reader's
// order, and the count its reader gives (Count), which the scores read.
type postingsList struct {
	count    uint64
	postings []posting
}

// A postingsCache keeps the short postings lists fast searches read in one
// index snapshot, like fuzzyCache. Its methods are safe for concurrent use;
// the lists it returns are shared and never changed. The zero value is
// empty; a nil cache keeps nothing.
type postingsCache struct {
	mu sync.Mutex
	// snapshot is the index snapshot the lists were read in. Held only to
	// be compared, it keeps the snapshot's memory until the next search of
	// another snapshot.
	snapshot bleveindex.IndexReader
	lists    map[postingsKey]*postingsList
	size     int // postings kept
	// ids are the passages' IDs by document number, which scorch makes
	// anew on every look-up.
	ids map[uint64]string
}

// get returns the list of k read in snapshot r, or nil.
func (c *postingsCache) get(r bleveindex.IndexReader, k postingsKey) *postingsList {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshot != r {
		return nil
	}
	return c.lists[k]
}

// put keeps list l of k, read in snapshot r.
func (c *postingsCache) put(r bleveindex.IndexReader, k postingsKey, l *postingsList) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshot != r || c.size+len(l.postings) > maxCachedPostings {
		c.reset(r)
	}
	c.lists[k] = l
	c.size += len(l.postings)
}

// reset empties the cache for snapshot r. The caller holds c.mu.
func (c *postingsCache) reset(r bleveindex.IndexReader) {
	c.snapshot = r
	c.lists = map[postingsKey]*postingsList{}
	c.size = 0
	c.ids = map[uint64]string{}
}

// externalID returns the ID of the passage of document number doc in
// snapshot r, as r.ExternalID gives it, kept for the next search.
func (c *postingsCache) externalID(r bleveindex.IndexReader, doc uint64) (string, error) {
	if c != nil {
		c.mu.Lock()
		id, ok := c.ids[doc]
		if c.snapshot != r {
			ok = false
		}
		c.mu.Unlock()
		if ok {
			return id, nil
		}
	}
	var internal [8]byte
	binary.BigEndian.PutUint64(internal[:], doc)
	id, err := r.ExternalID(internal[:])
	if err != nil || c == nil {
		return id, err
	}
	c.keepID(r, doc, id)
	return id, nil
}

// keepID keeps id as the passage ID of document number doc in snapshot r.
// Past maxCachedIDs it starts its IDs again empty: an index of many
// articles, whose questions read many passages, would otherwise fill it
// for the whole life of a snapshot.
func (c *postingsCache) keepID(r bleveindex.IndexReader, doc uint64, id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshot != r {
		c.reset(r)
	}
	if c.ids == nil || len(c.ids) >= maxCachedIDs {
		c.ids = map[uint64]string{}
	}
	c.ids[doc] = id
}

// readPostings reads every posting of tfr, with its frequency and norm,
// checking ctx every checkEvery postings.
func readPostings(ctx context.Context, tfr bleveindex.TermFieldReader) ([]posting, error) {
	out := make([]posting, 0, tfr.Count())
	doc := new(bleveindex.TermFieldDoc)
	for i := 1; ; i++ {
		m, err := tfr.Next(doc.Reset())
		if err != nil {
			return nil, err
		}
		if m == nil {
			return out, nil
		}
		n, err := docNumber(m.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, posting{doc: n, freq: m.Freq, norm: m.Norm})
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
}

// maxAnalysed is how many texts an analysedCache keeps the terms of; past
// it, it starts again empty.
const maxAnalysed = 1 << 14

// An analysedKey names a text analysed by an analyzer.
type analysedKey struct {
	analyzer string
	text     string
}

// An analysedCache keeps the terms analyzers made of the texts of match
// queries (a word's exact form, a synonym phrase's bigrams), which
// questions about one article ask again: an analyzer's terms depend on the
// text alone, not on the index snapshot. Its methods are safe for
// concurrent use; the terms it returns are shared and never changed. The
// zero value is empty; a nil cache keeps nothing.
type analysedCache struct {
	mu    sync.Mutex
	terms map[analysedKey][]string
}

// analyse returns the terms a makes of text, a named analyzer.
func (c *analysedCache) analyse(a bleveanalysis.Analyzer, analyzer, text string) []string {
	k := analysedKey{analyzer: analyzer, text: text}
	if c != nil {
		c.mu.Lock()
		terms, ok := c.terms[k]
		c.mu.Unlock()
		if ok {
			return terms
		}
	}
	toks := a.Analyze([]byte(text))
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = string(t.Term)
	}
	if c != nil {
		c.mu.Lock()
		if c.terms == nil || len(c.terms) >= maxAnalysed {
			c.terms = map[analysedKey][]string{}
		}
		c.terms[k] = terms
		c.mu.Unlock()
	}
	return terms
}
