package answer

// This file holds the features that read a number as a part of a whole: a
// breakdown of news statistics writes each part in a part of its own —
// "(trong KCN 292 dự án …; ngoài KCN 173 dự án …)", "(Lai Châu 2, Sơn La
// 1)", "bằng đường hàng không …; bằng đường biển …" — and a part answers
// only a question that names what sets it apart.

import "github.com/hoidap/hoidap/analysis"

// partWords returns the question's words a part answer may be told by:
// every word outside its question phrase that is no number and no filler,
// function words among them ("ngoài" of "ngoài KCN có bao nhiêu dự án"
// sets one part apart from "trong KCN").
func partWords(q question) []word {
	var out []word
	for i, w := range q.words {
		if q.inWh(i) || w.num || w.isFiller() {
			continue
		}
		out = append(out, w)
	}
	return out
}

// inPart reports whether word k of s stands in the part of word at: the
// same part of one parenthesis, or the same part outside any.
func (sc scopes) inPart(k, at int) bool {
	x, y := sc[k], sc[at]
	if x.group != y.group {
		return false
	}
	if y.group > 0 {
		return x.sub == y.sub
	}
	return x.part == y.part
}

// sibling reports whether word j of s stands in another part of the list
// the part of word at belongs to: another part of the same parenthesis,
// or another part outside any.
func (sc scopes) sibling(j, at int) bool {
	return sc[j].group == sc[at].group && !sc.inPart(j, at)
}

// heldIn returns which of the words s writes in the part of word at, by
// their index in words.
func heldIn(s *sent, sc scopes, at int, words []word) map[int]bool {
	held := map[int]bool{}
	for k := range s.lower {
		if !sc.inPart(k, at) {
			continue
		}
		for i, w := range words {
			if w.writtenAt(s, k) {
				held[i] = true
			}
		}
	}
	return held
}

// unitWord is the word written right after the number at word at of s in
// its part, past a scale (number_scales: "7,4 triệu lượt khách" counts
// lượt, as "164.900 lượt người" does), or "" when its part ends there
// ("Lai Châu 2, Sơn La 1").
func unitWord(s *sent, at int) string {
	if u := unitGlued(s.lower[at]); u != "" {
		return analysis.Fold(u) // "298ha"
	}
	k := at + 1
	for k < len(s.lower) && !partBreak(s, k) {
		if _, scale := numberScales[s.lower[k]]; !scale {
			return s.fold[k]
		}
		k++
	}
	return ""
}

// partOther reports whether another part of the list the number at word
// at of s stands in holds a number of the same unit and every question
// word (words, the question's partWords) this number's part holds and
// more: "trong KCN 292 dự án" for
// "ngoài KCN có bao nhiêu dự án", beside "ngoài KCN 173 dự án". known is
// false when the number stands in no list of parts holding another
// number of its unit.
func partOther(words []word, s *sent, at int) (other, known bool) {
	if s == nil || at < 0 || at >= len(s.lower) {
		return false, false
	}
	sc := s.wordScopes()
	// The words this number's part holds, read at the first other part
	// of its unit: most numbers stand in no list of parts.
	var mine map[int]bool
	unit := unitWord(s, at)
	for j := range s.lower {
		if j == at || !sc.sibling(j, at) || !numberLike(s, j) || unitWord(s, j) != unit {
			continue
		}
		known = true
		if mine == nil {
			mine = heldIn(s, sc, at, words)
		}
		theirs := heldIn(s, sc, j, words)
		if len(theirs) > len(mine) && subset(mine, theirs) {
			return true, true
		}
	}
	return false, known
}

// subset reports whether every key of a is a key of b.
func subset(a, b map[int]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
