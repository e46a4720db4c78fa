package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// maxCauseReach is how many words before a word of cause or purpose
// ("do", "vì", "để", "nhằm") the question's words may stand for the cause
// to be theirs: "Ông S. chết do bị nước cuốn trôi", "tổ chức bữa tiệc để
// mừng sinh nhật em trai".
const maxCauseReach = 8

// causeAt returns how many words of s from i are a word of cause or
// purpose (reasonWords: "vì", "do", "nhằm", "góp phần"), or 0.
func causeAt(s *sent, i int) int {
	for _, r := range reasonWords {
		n := len(strings.Fields(r))
		if i+n <= len(s.lower) && strings.Join(s.lower[i:i+n], " ") == r {
			return n
		}
	}
	return 0
}

// causeBound reports, for a why-question, whether the answer is a cause
// or a purpose its sentence s opens with a word of cause ("do …", "vì …",
// "nhằm …", the answer right after one, or one inside the answer), and
// whether the question's
// words govern it there: one of its content words written at most
// maxCauseReach words before the cause word, within its sentence past
// commas ("Ông S. chết do bị nước cuốn trôi", "tổ chức bữa tiệc để mừng
// sinh nhật"), or after it when the cause is fronted ("Do không đảm bảo
// phòng cháy, quán bị đình chỉ"). A cause word capitalised inside a
// sentence opens a name, no cause ("Kỷ niệm chương Vì sự nghiệp bảo vệ an
// ninh Tổ quốc"): not bound. known is false when no cause word opens the
// answer in s nor stands in it.
func causeBound(q question, s *sent, answer []analysis.Token, content []word) (bound, known bool) {
	if q.wh != whWhy || s == nil {
		return false, false
	}
	var words []word
	for _, w := range content {
		if !w.num {
			words = append(words, w)
		}
	}
	written := func(k int) bool {
		for _, w := range words {
			if w.writtenAt(s, k) {
				return true
			}
		}
		return false
	}
	span := len(answer)
	for _, at := range answerStarts(s, answer) {
		// The cause words right before the answer and in it: "Cũng theo
		// Tổng cục Thống kê, do chính sách thị thực thuận lợi, … khách quốc
		// tế tăng cao".
		for c := max(0, at-maxCauseWords); c < min(len(s.lower), at+span); c++ {
			n := causeAt(s, c)
			if n == 0 || c+n < at {
				continue
			}
			known = true
			if c > 0 && isCapital(s, c) {
				continue // a name: "Kỷ niệm chương Vì sự nghiệp …"
			}
			if causeGoverned(s, c, n, written) {
				return true, true
			}
		}
	}
	return false, known
}

// causeGoverned reports whether a word of the question (written) stands
// at most maxCauseReach words before the cause word of n words at c,
// within its sentence past commas, or after it when the cause opens its
// part of the sentence, to a semicolon.
func causeGoverned(s *sent, c, n int, written func(int) bool) bool {
	if heldBefore(s, c, maxCauseReach, ";", written) {
		return true
	}
	if c > 0 && !partBreak(s, c) {
		return false
	}
	for k := c + n; k < len(s.lower); k++ {
		if strings.Contains(s.text[s.ends[k-1]:s.starts[k]], ";") {
			break
		}
		if written(k) {
			return true
		}
	}
	return false
}

// maxCauseWords is the most words a word of cause has ("góp phần").
const maxCauseWords = 2
