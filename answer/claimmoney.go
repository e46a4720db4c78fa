package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// An amount is a sum of money read from a number and the words after it:
// "20 triệu", "18.720.000 đồng", "1,2 tỉ đồng", "19,95 tỷ USD". Amounts
// written with different scales compare by value: "20 triệu" is not
// "18.720.000 đồng", "338 triệu đồng" is not "1 tỷ đồng".
type amount struct {
	value float64
	// currency is the folded currency ("usd"); "" for the country's own
	// money, written "đồng", "VND" or not at all.
	currency string
}

// currencyWords are the words of a foreign currency written after an
// amount; homeCurrencies those naming the country's own money.
var (
	currencyWords  = lexicon.MustSet("currencies")
	homeCurrencies = lexicon.MustSet("home_currencies")
)

// foldedScales are the scale words (numberScales) folded, with their values:
// "trieu" is a million.
var foldedScales = func() map[string]float64 {
	out := map[string]float64{}
	for w, v := range numberScales {
		out[analysis.Fold(w)] = v
	}
	return out
}()

// isScaleFolded reports whether the folded word f is a scale word
// (foldedScales): "trieu".
func isScaleFolded(f string) bool {
	_, ok := foldedScales[f]
	return ok
}

// currencyOf returns the currency the word w names, compared in mode m:
// its folded form, "" for the country's own money; ok is false when w
// names none.
func currencyOf(w string, m lexicon.Mode) (string, bool) {
	switch {
	case homeCurrencies.Has(w, m):
		return "", true
	case currencyWords.Has(w, m):
		return analysis.Fold(w), true
	}
	return "", false
}

// claimAmount returns the amount a claim writes from its number at word i
// of ws, the claim ending at end: the number with a scale word and a
// currency after it ("1 tỷ đồng"), with a currency alone ("1.800 đồng"),
// or with a scale ending the claim ("thưởng 20 triệu đúng không"). A
// scale before a noun counts that noun ("20 triệu học sinh"): no amount.
func claimAmount(ws []word, i, end int) (amount, bool) {
	v, ok := analysis.ParseNumber(ws[i].text)
	if !ok {
		return amount{}, false
	}
	j := i + 1
	scaled := false
	if j < end {
		if x, ok := foldedScales[ws[j].fold]; ok {
			v *= x
			j++
			scaled = true
		}
	}
	if j < len(ws) {
		if c, ok := currencyOf(ws[j].fold, lexicon.Folded); ok {
			return amount{value: v, currency: c}, true
		}
	}
	if scaled && j >= end {
		return amount{value: v}, true
	}
	return amount{}, false
}

// amountAt returns the amount s writes from its number at word i: the
// number with a currency after it, or after its scale ("18.720.000 đồng",
// "14 tỉ đồng"), or with a scale ending its part of the sentence
// ("thưởng 30 triệu."). A number of a date or a time, or a scale before
// any other word ("20 triệu học sinh"), writes none.
func amountAt(s *sent, i int) (amount, bool) {
	if !isNumberWord(s.lower[i]) || s.inTime(s.starts[i]) {
		return amount{}, false
	}
	v, ok := analysis.ParseNumber(s.text[s.starts[i]:s.ends[i]])
	if !ok {
		return amount{}, false
	}
	j := i + 1
	scaled := false
	if j < len(s.lower) && strings.TrimSpace(s.sep(j)) == "" {
		if x, ok := numberScales[s.lower[j]]; ok {
			v *= x
			j++
			scaled = true
		}
	}
	if j < len(s.lower) && strings.TrimSpace(s.sep(j)) == "" {
		if c, ok := currencyOf(s.lower[j], lexicon.AsTyped); ok {
			return amount{value: v, currency: c}, true
		}
	}
	if scaled && (j >= len(s.lower) || strings.TrimSpace(s.sep(j)) != "") {
		return amount{value: v}, true
	}
	return amount{}, false
}

// amountWritten reports whether s writes the claim's amount a, by value.
func amountWritten(s *sent, a amount) bool {
	for i := range s.lower {
		if got, ok := amountAt(s, i); ok && got == a {
			return true
		}
	}
	return false
}

// otherAmount reports whether s writes an amount of a's currency other
// than a.
func otherAmount(s *sent, a amount) bool {
	for i := range s.lower {
		if got, ok := amountAt(s, i); ok && got.currency == a.currency && got.value != a.value {
			return true
		}
	}
	return false
}
