package answer

// This file holds the features that read a number as a part of a whole: a
// breakdown of news statistics writes each part in a part of its own —
// "(trong KCN 292 dự án …; ngoài KCN 173 dự án …)", "(Lai Châu 2, Sơn La
// 1)", "bằng đường hàng không …; bằng đường biển …" — and a part answers
// only a question that names what sets it apart.

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

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

// countListHead returns the words [from, to) of s that head the list of
// counts the part of word at continues: a part that opens with a number
// after a comma continues a list of counts begun in the part before,
// when that part's last number counts another noun, and shares the
// words written before the list's first number: "Chủ tịch UBND tỉnh tặng
// Bằng khen 3 tập thể, 6 cá nhân" gives the 6 to the Chủ tịch as it
// gives the 3, but "tập thể" counts the 3 alone. from == to when the
// part continues no list.
func countListHead(s *sent, sc scopes, at int) (from, to int) {
	start := func(k int) int {
		for k > 0 && sc.inPart(k-1, k) {
			k--
		}
		return k
	}
	own := start(at)
	p := own
	for p > 0 && numberLike(s, p) && sc[p-1].group == sc[p].group {
		gap := s.gap(p)
		if !strings.Contains(gap, ",") || strings.ContainsAny(gap, ";:()") {
			break
		}
		prev := start(p - 1)
		last := -1 // the previous part's last number
		for k := prev; k < p; k++ {
			if sc[k].group == sc[p].group && numberLike(s, k) {
				last = k
			}
		}
		if last < 0 || unitWord(s, last) == unitWord(s, p) {
			// No count before, or one of the same noun: "bắt 150 đối
			// tượng, 80 đối tượng đã bị khởi tố" counts a share of the
			// first, not another kind beside it.
			break
		}
		p = prev
	}
	if p == own {
		return own, own
	}
	to = p
	for to < own && !(sc[to].group == sc[at].group && numberLike(s, to)) {
		to++
	}
	return p, to
}

// inHead reports whether word k stands in the words [from, to) that head
// the list of counts of word at (countListHead), in at's parenthesis or
// outside any.
func (sc scopes) inHead(k, at, from, to int) bool {
	return k >= from && k < to && sc[k].group == sc[at].group
}

// heldIn returns which of the words s writes in the part of word at, or in
// the head of the list of counts its part continues (countListHead), by
// their index in words.
func heldIn(s *sent, sc scopes, at int, words []word) map[int]bool {
	held := map[int]bool{}
	from, to := countListHead(s, sc, at)
	for k := range s.lower {
		if !sc.inPart(k, at) && !sc.inHead(k, at, from, to) {
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
		return analysis.Fold(u) // "5tr"
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
