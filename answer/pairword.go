package answer

import "github.com/hoidap/hoidap/lexicon"

// pairSides says which words of a pair of words written side by side are
// content words as the articles write them: a question word typed
// without diacritics that folds to a filler ("dang", as "đang") is
// another word where the articles write it, beside the same neighbour,
// with other marks ("dang bo" as "Đảng bộ", "tap the" as "tập thể").
type pairSides uint8

const (
	// pairFirst marks a pair whose first word is written as a content
	// word.
	pairFirst pairSides = 1 << iota
	// pairSecond marks a pair whose second word is written as a content
	// word.
	pairSecond
	// pairFirstMarked and pairSecondMarked mark a pair whose first, or
	// second, word is written with diacritics: typed without them, it is
	// that word, no shorthand ("hong" of "hồng phiến").
	pairFirstMarked
	pairSecondMarked
)

// contentSides returns the sides of the pair of lower-case words a, b, as
// a sentence writes them, that are no filler, and those written with
// diacritics.
func contentSides(a, b string) pairSides {
	var s pairSides
	if !fillers.set.Has(a, lexicon.Exact) {
		s |= pairFirst
	}
	if !fillers.set.Has(b, lexicon.Exact) {
		s |= pairSecond
	}
	if lexicon.HasDiacritics(a) {
		s |= pairFirstMarked
	}
	if lexicon.HasDiacritics(b) {
		s |= pairSecondMarked
	}
	return s
}

// restoreFilled reads the words of q typed without diacritics, in a
// question typed without them, that fold to a function word (a filler, a
// stopword or a word that ends a count's focus: "dang" as "đang") but that
// the articles write beside the question's next or previous word as a
// content word ("dang bo" is "Đảng bộ", "co so dang" "cơ sở Đảng", "tap
// the" "tập thể"): such a word is marked restored, to be read as written,
// no function word. pairs is the document's contentPairs; nil reads none.
func (q *question) restoreFilled(pairs map[string]pairSides) {
	if q.marked || len(pairs) == 0 {
		return
	}
	for i := range q.words {
		w := q.words[i]
		if w.num || !foldsToFunctionWord(w.fold) {
			continue
		}
		before := i > 0 && !q.words[i-1].num && pairs[q.words[i-1].fold+" "+w.fold]&pairSecond != 0
		after := i+1 < len(q.words) && !q.words[i+1].num && pairs[w.fold+" "+q.words[i+1].fold]&pairFirst != 0
		q.words[i].restored = before || after
	}
}

// foldsToFunctionWord reports whether the folded word f folds to a word that
// carries no content in a question: a filler, a stopword or a word that
// ends a count's focus.
func foldsToFunctionWord(f string) bool {
	return fillers.set.Has(f, lexicon.Folded) || focusStops.set.Has(f, lexicon.Folded) || stopwordsVi.Has(f, lexicon.Folded)
}
