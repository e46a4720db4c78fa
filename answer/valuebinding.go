package answer

import (
	"sort"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// valueNounsList are the nouns that name what an amount of money is the
// value of ("vốn đầu tư", "kinh phí", "lợi nhuận"), the longest first,
// so that a phrase is read whole before a word of it.
var valueNounsList = func() phraseList {
	ws := lexicon.MustSet("value_nouns").Words()
	sort.SliceStable(ws, func(i, j int) bool {
		return len(strings.Fields(ws[i])) > len(strings.Fields(ws[j]))
	})
	return phrasesOf(ws)
}()

// valueReach is how many words before an amount the value noun bound to
// it may stand, in its clause: "doanh thu hoạt động quý 3 đạt hơn 276 tỷ
// đồng".
const valueReach = 10

// askedValues returns the value nouns a question writes, each as its
// folded words joined by spaces ("von dau tu" and "von" of "vốn đầu tư"),
// or nil.
func askedValues(q question) map[string]bool {
	var asked map[string]bool
	for _, pw := range valueNounsList.items {
		if pw.at(q.words) < 0 {
			continue
		}
		if asked == nil {
			asked = map[string]bool{}
		}
		asked[strings.Join(pw.folded, " ")] = true
	}
	return asked
}

// valueBinding reads the value noun an amount of money at position at of
// s is bound to: the nearest one before it in its clause, at most
// valueReach words away ("tổng kinh phí gần 880 triệu đồng"), or else
// the one written right after its money units ("hơn 276 tỷ đồng doanh
// thu"), as the article writes it. bound is true when that noun is a
// value noun the question asks (asked, from askedValues) or ends with one
// ("tổng vốn" for "vốn", sharesValue);
// other when it is another value ("lợi nhuận 275 tỷ đồng" for "doanh thu
// bao nhiêu"). known is false when the question names no value or the
// amount has no value noun.
func valueBinding(asked map[string]bool, s *sent, at int) (bound, other, known bool) {
	if len(asked) == 0 || at < 0 || at >= len(s.lower) {
		return false, false, false
	}
	from, to := s.clauseOf(at)
	from = max(from, at-valueReach)
	for end := at; end > from; end-- {
		if pw, ok := valueEndingAt(s, from, end); ok {
			return sharesValue(asked, pw), !sharesValue(asked, pw), true
		}
	}
	after := at + 1
	for after < to && after-at <= maxMoneyUnitWords && moneyUnits.Has(s.fold[after], lexicon.Exact) {
		after++
	}
	if after == at+1 {
		return false, false, false // no money unit follows the number
	}
	for _, pw := range valueNounsList.items {
		if after+len(pw.parts) <= to && pw.writtenAt(s.lower, after) {
			return sharesValue(asked, pw), !sharesValue(asked, pw), true
		}
	}
	return false, false, false
}

// maxMoneyUnitWords is how many words an amount's money units run to
// ("tỷ đồng", "triệu USD").
const maxMoneyUnitWords = 3

// valueEndingAt returns the longest value noun s writes ending right
// before word end and starting at from or later.
func valueEndingAt(s *sent, from, end int) (phraseWords, bool) {
	for _, pw := range valueNounsList.items {
		start := end - len(pw.parts)
		if start >= from && pw.writtenAt(s.lower, start) {
			return pw, true
		}
	}
	return phraseWords{}, false
}

// sharesValue reports whether the value noun pw is one the question asks
// or ends with one, whole words ("tổng vốn" with "vốn"); a word shared
// alone binds nothing ("tiền phạt" is no "tiền thưởng", "tổng mức đầu tư"
// no "tổng vốn").
func sharesValue(asked map[string]bool, pw phraseWords) bool {
	key := " " + strings.Join(pw.folded, " ")
	for a := range asked {
		if strings.HasSuffix(key, " "+a) {
			return true
		}
	}
	return false
}
