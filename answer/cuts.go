package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A span of function words alone ("về việc", "của các") answers nothing:
// a generator that cuts one from its sentence — after the question's
// words, before a name — proposes no answer (onlyFunctionWords).

// onlyFunctionWords reports whether every word of c's answer is a function
// word ("về việc"): such a span answers nothing.
func onlyFunctionWords(c candidate) bool {
	if len(c.toks) == 0 {
		return false
	}
	for _, t := range c.toks {
		if t.Number || !analysis.IsWrittenStopword(t.Text) && !auxiliaries.Has(strings.ToLower(t.Text), lexicon.Exact) {
			return false
		}
	}
	return true
}
