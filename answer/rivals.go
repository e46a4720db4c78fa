package answer

// This file holds what one candidate of a question says of another: a
// rival that binds to the question what this one leaves unbound.

import "github.com/hoidap/hoidap/analysis"

// bindingRivals returns the positions in all of the other candidates of the
// question that answer with a number bound to what c's number misses: the
// change the question asks or does not ask (c's number is a change where
// none is asked, or a level where a change is — "đường biển tăng bao
// nhiêu": "164.900 lượt người" beside "tăng gần 200%" —, and the rival's is
// not, a word of the question written right before it), or the names the
// question gives (c's number stands apart from them, the rival's, smaller,
// beside them: the total of a breakdown where one part is asked — "Trà Vinh
// thiệt hại bao nhiêu ha": "8.876,34 ha" beside "328 ha … (Trà Vinh)"),
// where no total is asked (fSumAsked). The base of a period the question
// asks, worked out from a change (comparedBase), binds what the change
// itself leaves unbound: "cùng kỳ có bao nhiêu vụ" is answered by "4 + 3 =
// 7 vụ", not by "giảm 3 vụ". The features of all must be set
// (features).
func bindingRivals(c candidate, all []candidate) []int {
	if c.gen == genSum || c.features == nil {
		return nil
	}
	changeMissed := c.features.get(fChangeMismatch) > 0
	// A part is asked only where no total is: "tổng cộng bao nhiêu vụ …
	// cả đường bộ và đường thủy" is not answered by the part beside its
	// names.
	namesMissed := c.features.get(fNamesApart) > 0 && c.features.get(fNamesBeside) == 0 && c.features.get(fSumAsked) == 0
	if !changeMissed && !namesMissed {
		return nil
	}
	value, valued := firstValue(c.toks)
	var out []int
	for i, o := range all {
		if o.gen == genSum || o.features == nil || o.features.get(fTypeAgrees) == 0 || o.answer == c.answer {
			continue
		}
		if changeMissed && (o.gen == genBase || o.features.get(fChangeMismatch) == 0 && o.features.get(fVerbBefore) > 0) {
			out = append(out, i)
			continue
		}
		if namesMissed && valued && o.features.get(fNamesBeside) > 0 {
			if v, ok := firstValue(o.toks); ok && v < value {
				out = append(out, i)
			}
		}
	}
	return out
}

// markRivals sets fRivalBinds on each candidate another binds what it
// misses, and fBindsOverRival on that other one. The features of all
// must be set.
func markRivals(all []candidate) {
	missing := make([]bool, len(all))
	over := make([]bool, len(all))
	for i, c := range all {
		for _, j := range bindingRivals(c, all) {
			missing[i], over[j] = true, true
		}
	}
	for i := range all {
		all[i].features.set(fRivalBinds, boolValue(missing[i]))
		all[i].features.set(fBindsOverRival, boolValue(over[i]))
	}
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
