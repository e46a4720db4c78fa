package index

import (
	"sync"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// maxFuzzyCached is how many words' neighbours a fuzzyCache keeps for one
// snapshot; past it, it starts again empty.
const maxFuzzyCached = 1 << 14

// A fuzzyKey names a fuzzy search of a term in a field: the terms within
// fuzziness edits of term that start with prefix.
type fuzzyKey struct {
	field     string
	term      string
	fuzziness int
	prefix    string
}

// A fuzzyTerm is a term of a field's dictionary close to a fuzzy search's
// term, and its edit distance from it.
type fuzzyTerm struct {
	term     string
	distance uint8
}

// A fuzzyCache keeps the terms close to the words of fuzzy searches, as
// bleve's fuzzy searcher finds them in one index snapshot: the terms of
// every segment's dictionary, those of deleted passages included, so they
// change with the snapshot (a batch added or deleted, segments merged).
// Finding them builds a Levenshtein automaton and runs it over every
// segment's dictionary; the cache does it once a word and snapshot.
// Its methods are safe for concurrent use; the zero value is empty.
type fuzzyCache struct {
	mu sync.Mutex
	// snapshot is the index snapshot terms were found in. Held only to be
	// compared, it keeps the snapshot's memory until the next search
	// of another snapshot.
	snapshot bleveindex.IndexReader
	terms    map[fuzzyKey][]fuzzyTerm
}

// candidates returns the terms of snapshot r close to k, in the order of
// bleve's fuzzy searcher (the terms' order), or false when r cannot find
// them with a Levenshtein automaton.
func (c *fuzzyCache) candidates(r bleveindex.IndexReader, k fuzzyKey) ([]fuzzyTerm, bool, error) {
	fr, ok := r.(bleveindex.IndexReaderFuzzy)
	if !ok {
		return nil, false, nil
	}
	c.mu.Lock()
	terms, ok := c.terms[k]
	if c.snapshot != r {
		ok = false
	}
	c.mu.Unlock()
	if ok {
		return terms, true, nil
	}

	terms, err := fuzzyTerms(fr, k)
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshot != r || len(c.terms) >= maxFuzzyCached {
		c.snapshot = r
		c.terms = map[fuzzyKey][]fuzzyTerm{}
	}
	c.terms[k] = terms
	return terms, true, nil
}

// fuzzyTerms returns the terms of r close to k, as bleve's
// findFuzzyCandidateTerms finds them for a search without synonyms.
func fuzzyTerms(r bleveindex.IndexReaderFuzzy, k fuzzyKey) (terms []fuzzyTerm, err error) {
	dict, _, err := r.FieldDictFuzzyAutomaton(k.field, k.term, k.fuzziness, k.prefix)
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := dict.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return terms, nil
		}
		terms = append(terms, fuzzyTerm{term: e.Term, distance: e.EditDistance})
	}
}
