package index

import (
	bleveindex "github.com/blevesearch/bleve_index_api"
)

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
