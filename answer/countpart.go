package answer

import "github.com/hoidap/hoidap/analysis"

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
