package analysis

import (
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// numberSuffixes maps the multipliers glued to numbers in chat ("5k",
// "2tr") to their value.
var numberSuffixes = func() map[string]float64 {
	m := map[string]float64{}
	for k, v := range lexicon.MustMap("number_suffixes") {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic("analysis: number_suffixes: " + err.Error())
		}
		m[k] = f
	}
	return m
}()

// ParseNumber reads a number as Vietnamese writes it: "." groups thousands
// and "," marks decimals, so "2.430" is 2430, "1.234.567" 1234567 and "1,5"
// 1.5. A "." not followed by groups of exactly three digits is read as a
// decimal point ("1.5"). A chat multiplier may follow: "5k" is 5000, "2tr"
// two million, "1tỷ" a billion. Dates ("19/9") and anything else are not
// numbers: ok is false.
func ParseNumber(s string) (float64, bool) {
	mult := 1.0
	if i := strings.IndexFunc(s, func(r rune) bool { return !('0' <= r && r <= '9' || r == '.' || r == ',') }); i >= 0 {
		m, ok := numberSuffixes[Fold(s[i:])]
		if !ok || i == 0 {
			return 0, false
		}
		s, mult = s[:i], m
	}
	if s == "" || !isASCIIDigit(s[0]) || !isASCIIDigit(s[len(s)-1]) {
		return 0, false
	}
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if hasFrac && strings.ContainsAny(frac, ".,") {
		return 0, false
	}
	groups := strings.Split(intPart, ".")
	switch {
	case len(groups) == 1:
	case thousandGroups(groups):
		intPart = strings.Join(groups, "")
	case len(groups) == 2 && !hasFrac:
		// "1.5": a decimal point.
		intPart, frac, hasFrac = groups[0], groups[1], true
	default:
		return 0, false
	}
	num := intPart
	if hasFrac {
		num += "." + frac
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	return f * mult, true
}

// GroupsThousands reports whether num, digits only and dots, writes its
// thousands grouped by dots: "1.435", "12.000", "2.430.000" — a figure, as
// no code or decimal ("1.5") is.
func GroupsThousands(num string) bool {
	groups := strings.Split(num, ".")
	if len(groups) < 2 {
		return false
	}
	for _, g := range groups {
		if g == "" || strings.Trim(g, "0123456789") != "" {
			return false
		}
	}
	return thousandGroups(groups)
}

// thousandGroups reports whether groups, the parts of a number split at
// ".", are a group of 1 to 3 digits followed by groups of exactly 3.
func thousandGroups(groups []string) bool {
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// Qualifiers holds, folded, the words and phrases that qualify a number in
// Vietnamese ("hơn 2.430", "gần 100", "hàng trăm"); a number's qualifier
// belongs in an answer with it.
var Qualifiers = lexicon.MustSet("number_qualifiers").Words()

var qualifierSet = setOf(Qualifiers...)

// IsQualifier reports whether foldedPhrase, folded syllables separated by
// single spaces, is one of the Qualifiers of a number.
func IsQualifier(foldedPhrase string) bool {
	return qualifierSet[foldedPhrase]
}

// ParseDayMonth reads a date written day/month ("19/9", "12/11") or
// day/month/year ("19/9/2024"; the year is checked but not returned), with
// "/" or "-" between the parts. The day must exist in the month (29/2 is
// allowed without a year, and with a year only in a leap year).
func ParseDayMonth(s string) (day, month int, ok bool) {
	sep := "/"
	if !strings.Contains(s, sep) {
		sep = "-"
	}
	parts := strings.Split(s, sep)
	if len(parts) != 2 && len(parts) != 3 {
		return 0, 0, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if p == "" || len(p) > 4 || i < 2 && len(p) > 2 {
			return 0, 0, false
		}
		for j := 0; j < len(p); j++ {
			if !isASCIIDigit(p[j]) {
				return 0, 0, false
			}
		}
		nums[i], _ = strconv.Atoi(p)
	}
	day, month = nums[0], nums[1]
	if month < 1 || month > 12 || day < 1 {
		return 0, 0, false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if len(nums) == 3 {
		year := nums[2]
		if len(parts[2]) != 2 && len(parts[2]) != 4 {
			return 0, 0, false
		}
		if len(parts[2]) == 2 {
			year += 2000
		}
		if month == 2 && !(year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
			days = 28
		}
	}
	if day > days {
		return 0, 0, false
	}
	return day, month, true
}
