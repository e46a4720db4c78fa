package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// A length of time written in steps is one value: "1 năm 9 tháng tù",
// "1 giờ 33 phút 49 giây". A span that keeps only one step of it ("1
// năm" for "bị phạt bao nhiêu năm tù", "49 giây" for "chạy hết bao
// lâu") answers with a value the article does not write. completeTimes
// carries such a span over every step of the length it stands in, as
// completeNames carries a span to the end of a name.

// timeSteps are the units of time, longest first (duration_steps): a
// count of one followed by a count of a shorter one is one length.
var timeSteps = lexicon.MustSet("duration_steps").Words()

// completeTimes carries the answer of each candidate that stops inside a
// length of time written in steps, or starts inside one, over the whole
// length. A value worked out, not written, is left alone, and so is a
// sum, whose answer writes its parts' arithmetic ("2 + 2 = 4 năm."), not
// a span.
func (d *document) completeTimes(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.computed || c.gen == genSum || len(c.refs) == 0 {
			continue
		}
		if s, ok := d.sentOf[c.refs[0]]; ok {
			c.answer = completeTime(s, c.answer)
		}
	}
}

// completeTime returns answer carried over the steps of the length of
// time in s its last words end inside, and, when answer is all one run
// of words of s, over the steps before its first words; answer itself
// when it stands in no such length.
func completeTime(s *sent, answer string) string {
	if !hasDigit(answer) {
		return answer // no count, no length of time: not worth a look
	}
	core := strings.TrimRight(answer, answerStops)
	from, to := tailIn(s, core)
	if to <= from {
		return answer
	}
	end := to
	for timeStepAfter(s, end-2) {
		end += 2
	}
	start := from
	whole := core == s.text[s.starts[from]:wordEnd(s, to-1)]
	for whole && start >= 2 && timeStepAfter(s, start-2) {
		start -= 2
	}
	if end == to && start == from {
		return answer
	}
	head := core[:len(core)-len(s.text[s.starts[from]:wordEnd(s, to-1)])]
	if start < from {
		head = ""
	}
	return head + s.text[s.starts[start]:wordEnd(s, end-1)] + answer[len(core):]
}

// timeStepAfter reports whether words i and i+1 of s are a count of a
// unit of time ("1 năm") that words i+2 and i+3 go on with a count of a
// shorter unit ("9 tháng"), written apart by single spaces.
func timeStepAfter(s *sent, i int) bool {
	if i < 0 || i+3 >= len(s.lower) || !isNumberWord(s.lower[i]) || !isNumberWord(s.lower[i+2]) {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if sepBefore(s, k) != " " {
			return false
		}
	}
	long, short := slices.Index(timeSteps, s.lower[i+1]), slices.Index(timeSteps, s.lower[i+3])
	return long >= 0 && short > long
}
