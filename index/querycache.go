package index

import (
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/search/query"
)

// maxQueries is how many Vietnamese queries a queryCache keeps the clauses
// of; past it, it starts again empty.
const maxQueries = 1 << 12

// A queryKey names the clauses viQuery builds: its words, joined by
// wordSep, and its two switches.
type queryKey struct {
	words        string
	exact, typos bool
}

// wordSep joins a query's words in a queryKey. A query with a word that
// holds it is not cached, so that two lists of words never share a key.
const wordSep = "\x00"

// A queryCache keeps the clauses viQuery built for the words of recent
// searches, which questions about one article ask again (about a fifth of
// a question's allocations went into building them): the clauses depend
// on the words and the synonym table alone, not on the index snapshot.
// Its methods are safe for concurrent use; the clauses it returns are
// shared and never changed (bleve's searchers and the fast search only
// read a query). The zero value is empty.
type queryCache struct {
	mu      sync.Mutex
	clauses map[queryKey][]query.Query
}

// viQuery returns viQuery(words, exact, typos), built once for the same
// words and switches. The slice is clipped, so that appending to it never
// writes into the one kept.
func (c *queryCache) viQuery(words []string, exact, typos bool) []query.Query {
	if slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, wordSep) }) {
		return viQuery(words, exact, typos)
	}
	k := queryKey{words: strings.Join(words, wordSep), exact: exact, typos: typos}
	c.mu.Lock()
	clauses, ok := c.clauses[k]
	c.mu.Unlock()
	if ok {
		return clauses
	}
	clauses = slices.Clip(viQuery(words, exact, typos))
	c.mu.Lock()
	if c.clauses == nil || len(c.clauses) >= maxQueries {
		c.clauses = map[queryKey][]query.Query{}
	}
	c.clauses[k] = clauses
	c.mu.Unlock()
	return clauses
}
