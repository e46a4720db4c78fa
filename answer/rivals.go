package answer

// This file holds what one candidate of a question says of another: a
// rival that binds to the question what this one leaves unbound.

import "github.com/hoidap/hoidap/analysis"

// rivalBinds reports whether another candidate of the question answers
// with a number bound to what c's number misses: the change the question
// asks or does not ask (c's number is a change where none is asked, or a
// level where a change is — "đường biển tăng bao nhiêu": "164.900 lượt
// người" beside "tăng gần 200%" —, and the rival's is not, a word of the
// question written right before it), or the names the question gives
// (c's number stands apart from them, the rival's, smaller, beside them:
// the total of a breakdown where one part is asked — "Trà Vinh thiệt hại
// bao nhiêu ha": "8.876,34 ha" beside "328 ha … (Trà Vinh)"). The
// features of all must be set (features).
func rivalBinds(c candidate, all []candidate) bool {
	if c.gen == genSum || c.features == nil {
		return false
	}
	changeMissed := c.features.get(fChangeMismatch) > 0
	namesMissed := c.features.get(fNamesApart) > 0 && c.features.get(fNamesBeside) == 0
	if !changeMissed && !namesMissed {
		return false
	}
	value, valued := firstValue(c.toks)
	for _, o := range all {
		if o.gen == genSum || o.features == nil || o.features.get(fTypeAgrees) == 0 || o.answer == c.answer {
			continue
		}
		if changeMissed && o.features.get(fChangeMismatch) == 0 && o.features.get(fVerbBefore) > 0 {
			return true
		}
		if namesMissed && valued && o.features.get(fNamesBeside) > 0 {
			if v, ok := firstValue(o.toks); ok && v < value {
				return true
			}
		}
	}
	return false
}

// firstValue is the value of the first number of an answer, when it is
// one ParseNumber reads. toks are the answer's tokens.
func firstValue(toks []analysis.Token) (float64, bool) {
	for _, t := range toks {
		if t.Number {
			return analysis.ParseNumber(t.Text)
		}
	}
	return 0, false
}
