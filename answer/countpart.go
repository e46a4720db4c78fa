package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// A count question may ask for the counts of several things at once:
// "Giấy khen được tặng cho bao nhiêu tập thể, cá nhân?", "bắt giữ bao
// nhiêu vụ và đối tượng?". News writes such counts side by side ("9 tập
// thể, 15 cá nhân", "33 vụ, 380 đối tượng"), and an answer cut to the
// first of them ("9 tập thể") answers half the question.

// countedNounReach is how many words after a number may name what it
// counts ("15 cá nhân", "380 đối tượng vi phạm").
const countedNounReach = 3

// countPartLeftOut reports whether the answer toks to count question q
// leaves out a count its sentence s gives of something else the question
// asks: the answer counts some of the words of what the question counts
// (q.focus), and s writes a number right before one of the others.
// "910 điểm" for "bao nhiêu điểm mô hình" leaves nothing out when s counts
// no "mô hình" apart, nor when it counts "điểm mô hình" as one noun ("55
// mô hình với 910 điểm; trong đó … 215 điểm mô hình": countsAsOne).
func countPartLeftOut(q question, s *sent, toks []analysis.Token) bool {
	if q.wh != whCount || len(q.focus) < 2 {
		return false
	}
	counted := map[string]bool{}
	for i, t := range toks {
		if !t.Number {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+countedNounReach && !toks[j].Number; j++ {
			counted[toks[j].Folded] = true
		}
	}
	if len(counted) == 0 {
		return false
	}
	missing := map[string]bool{}
	for _, w := range q.focus {
		if !counted[w.fold] && !w.isFiller() {
			missing[w.fold] = true
		}
	}
	if len(missing) == 0 || len(missing) == len(q.focus) || countsAsOne(q.focus, s) {
		return false
	}
	for k := 0; k+1 < len(s.fold); k++ {
		if startsWithDigit(s.lower, k) && missing[s.fold[k+1]] {
			return true
		}
	}
	return false
}

// countsAsOne reports whether s writes the words of focus, fillers aside,
// side by side right after a number, nothing but spaces between them: what
// it counts as one noun ("215 điểm mô hình"), not several things ("24 tập
// thể, cá nhân").
func countsAsOne(focus []word, s *sent) bool {
	var ws []string
	for _, w := range focus {
		if !w.isFiller() {
			ws = append(ws, w.fold)
		}
	}
	if len(ws) < 2 {
		return false
	}
	for k := 0; k+len(ws) < len(s.fold); k++ {
		if !startsWithDigit(s.lower, k) {
			continue
		}
		one := true
		for i, f := range ws {
			one = one && s.fold[k+1+i] == f && (i == 0 || spaced(s, k+1+i))
		}
		if one {
			return true
		}
	}
	return false
}

// wholeMeasureReach is how many words after the whole of a breakdown its
// unit may run before the part marker: "422.000 lượt khách, trong đó".
const wholeMeasureReach = 4

// inheritedUnit returns the unit of the count at word at of s as a part
// of a breakdown reads it: the parts after a part marker count what the
// whole before it counts, and news writes the whole's measure once
// ("hơn 422.000 lượt khách, trong đó 341.000 khách nội địa và 81.000
// khách quốc tế": the parts count "lượt khách" too). When the part's unit
// opens with a word of the whole's unit, the whole's words before it are
// put before the part's ("lượt khách quốc tế"); else, or for no part,
// unit is returned as it is.
func inheritedUnit(s *sent, at int, unit []word) []word {
	if len(unit) == 0 {
		return unit
	}
	marker := -1
	for k := at - 1; k > 0 && marker < 0; k-- {
		if strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], ";:") {
			return unit // another clause
		}
		for _, m := range partMarkersFolded {
			if ws := strings.Fields(m); k+len(ws) <= at && slices.Equal(s.fold[k:k+len(ws)], ws) {
				marker = k
				break
			}
		}
	}
	if marker < 0 {
		return unit
	}
	whole := -1
	for k := marker - 1; k >= 0 && k >= marker-1-wholeMeasureReach; k-- {
		if isNumberWord(s.lower[k]) {
			whole = k
			break
		}
	}
	if whole < 0 {
		return unit
	}
	for j := whole + 1; j < marker; j++ {
		if s.fold[j] != unit[0].fold {
			continue
		}
		if j == whole+1 {
			return unit // the part names the whole's measure itself
		}
		out := make([]word, 0, j-whole-1+len(unit))
		for k := whole + 1; k < j; k++ {
			out = append(out, word{text: s.lower[k], fold: s.fold[k]})
		}
		return append(out, unit...)
	}
	return unit
}

// partUnitReach is how many words after a part's figure its unit may run:
// "81.000 khách quốc tế".
const partUnitReach = 4

// wholeOfPartAsked reports whether the number at word at of s is the
// whole of a breakdown written after it ("hơn 422.000 lượt khách, trong
// đó 341.000 khách nội địa và 81.000 khách quốc tế") and a part's unit
// writes one of words, the question's, that the whole's does not: "Khách
// nội địa bao nhiêu lượt" asks the part, not the whole.
func wholeOfPartAsked(words []word, s *sent, at int) bool {
	marker, end := -1, 0
	for k := at + 1; k < len(s.fold) && k <= at+1+wholeMeasureReach && marker < 0; k++ {
		if isNumberWord(s.lower[k]) {
			return false
		}
		for _, m := range partMarkersFolded {
			if ws := strings.Fields(m); k+len(ws) <= len(s.fold) && slices.Equal(s.fold[k:k+len(ws)], ws) {
				marker, end = k, k+len(ws)
				break
			}
		}
	}
	if marker < 0 {
		return false
	}
	held := func(from, to int) map[int]bool {
		out := map[int]bool{}
		for k := from; k < to; k++ {
			for i, w := range words {
				if w.writtenAt(s, k) {
					out[i] = true
				}
			}
		}
		return out
	}
	whole := held(at+1, marker)
	for j := end; j < len(s.fold); j++ {
		if strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ";:") {
			break
		}
		if !isNumberWord(s.lower[j]) {
			continue
		}
		to := j + 1
		for to < len(s.fold) && to <= j+partUnitReach && !isNumberWord(s.lower[to]) && !strings.ContainsAny(s.text[s.ends[to-1]:s.starts[to]], ",;:") {
			to++
		}
		for i := range held(j+1, to) {
			if !whole[i] {
				return true
			}
		}
	}
	return false
}
