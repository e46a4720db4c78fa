package answer

import "github.com/hoidap/hoidap/lexicon"

// This file holds the feature that reads the period a number is said of: a
// news report of statistics writes one figure per period ("Trong tháng 6,
// khách quốc tế đạt hơn 1,2 triệu lượt, tăng 28,1%. Tính chung 6 tháng đầu
// năm, … đạt hơn 8,8 triệu lượt, tăng 58,4%"), and the question that names
// a period asks for the figure of that period.

// periodComparisons, written right before a period, make it the base of a
// comparison ("so với tháng 5", "cao hơn tháng 7"), not the period a
// figure is of.
var periodComparisons = lexicon.MustSet("period_comparison_words")

// periodWritten returns the period of unit whose number is word k of a
// text of lower-case words lower and folded words fold: a point of the
// calendar ("tháng 6", "năm 2023", "ngày 2/9"), its number in digits after
// the unit, or a length ("6 tháng", "ba ngày"), its number in digits or
// words before it. ok is false when there is none, or when a comparison
// opens it ("so với tháng 5").
func periodWritten(lower, fold []string, k int, unit string) (p period, ok bool) {
	start := k
	switch n := leadingNumber(lower[k]); {
	case n != "" && k > 0 && fold[k-1] == unit:
		p, start = period{n, unit, true}, k-1
	case k+1 < len(fold) && fold[k+1] == unit:
		if n == "" {
			n = spelledDigits[lower[k]]
		}
		if n == "" {
			return period{}, false
		}
		p = period{n, unit, false}
	default:
		return period{}, false
	}
	if start > 0 && periodComparisons.Has(fold[start-1], lexicon.Folded) {
		return period{}, false
	}
	return p, true
}

// askedPeriods returns the periods question q names, but for the bases of
// its comparisons ("tăng bao nhiêu % so với tháng 5").
func askedPeriods(q question) []period {
	lower := make([]string, len(q.words))
	fold := make([]string, len(q.words))
	for i, w := range q.words {
		lower[i], fold[i] = w.text, w.fold
	}
	var out []period
	for k := range q.words {
		for _, unit := range []string{prevWord(fold, k), nextWord(fold, k)} {
			if unit == "" || !durationUnits.Has(unit, lexicon.Folded) {
				continue
			}
			if p, ok := periodWritten(lower, fold, k, unit); ok {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// prevWord and nextWord return the word before and after word k of
// words, or "".
func prevWord(words []string, k int) string {
	if k > 0 {
		return words[k-1]
	}
	return ""
}

func nextWord(words []string, k int) string {
	if k+1 < len(words) {
		return words[k+1]
	}
	return ""
}

// periodOf returns the period of unit the number of s at word at is said
// of: one written after it in its own phrase — up to the next number, in
// its part of the sentence ("2 đồng chí nhận Huy hiệu 40 năm", "đạt 2,6
// triệu lượt trong 6 tháng") —, else the nearest one before it in its
// part, else the nearest one before it in the sentence: a time fronted
// before a comma governs the clauses after it ("Tính chung 6 tháng, …, đạt
// 2,6 triệu lượt"). A period in a parenthesis is an aside about the words
// before it ("10 tháng (từ tháng 10 đến tháng 7)"), not of a number
// outside it.
func periodOf(s *sent, at int, unit string) (period, bool) {
	sc := s.wordScopes()
	aside := func(k int) bool { return sc[k].group > 0 && sc[at].group == 0 }
	for k := at + 1; k < len(s.lower) && sc.same(k, at); k++ {
		if p, ok := periodWritten(s.lower, s.fold, k, unit); ok {
			return p, true
		}
		if numberLike(s, k) {
			break
		}
	}
	for k := at - 1; k >= 0 && sc.same(k, at); k-- {
		if p, ok := periodWritten(s.lower, s.fold, k, unit); ok && !aside(k) {
			return p, true
		}
	}
	for k := at - 1; k >= 0; k-- {
		if p, ok := periodWritten(s.lower, s.fold, k, unit); ok && !aside(k) {
			return p, true
		}
	}
	return period{}, false
}

// periodBound reports whether the number of s at word at is said of a
// period the question names ("tháng 6", "6 tháng", "năm 2023", "3 ngày
// lễ"), one of asked (askedPeriods), as the question writes it: the same
// number, a point of the calendar or a length alike. known is false when
// the question names no period or s says none of its units about the
// number; the number is of another period when known and not agrees
// ("tháng 6" asked, "6 tháng" or "tháng 7" written).
func periodBound(asked []period, s *sent, at int) (agrees, known bool) {
	for _, p := range asked {
		got, ok := periodOf(s, at, p.unit)
		if !ok {
			continue
		}
		known = true
		agrees = agrees || got == p
	}
	return agrees, known
}
