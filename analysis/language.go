package analysis

import (
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/lexicon"
)

// viCommon holds frequent Vietnamese syllables, folded, that a text without
// diacritics still shows ("khong", "duoc", "nguoi").
var viCommon = lexicon.MustSet("common_vi")

// enCommon holds frequent English function words.
var enCommon = lexicon.MustSet("common_en")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// DetectLanguage reports whether text is Vietnamese ("vi") or English
// ("en"). It weighs the share of letters with Vietnamese marks (and đ)
// against the share of words that are common Vietnamese syllables or English
// function words. Empty or undecidable text is taken as Vietnamese.
func DetectLanguage(text string) string {
	var letters, marked int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r >= 0x80 && isVietnameseLetter(r) {
			marked++
		}
	}
	if letters == 0 {
		return "vi"
	}
	// One marked letter in twenty is far more than English ever shows.
	if marked*20 >= letters {
		return "vi"
	}
	var vi, en int
	for _, w := range strings.FieldsFunc(Fold(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if viCommon.Has(w, lexicon.Exact) {
			vi++
		}
		if enCommon.Has(w, lexicon.Exact) {
			en++
		}
	}
	if en > vi && marked == 0 || en > 2*vi {
		return "en"
	}
	return "vi"
}

// isVietnameseLetter reports whether r, a non-ASCII letter, is one of the
// marked letters of the Vietnamese alphabet.
func isVietnameseLetter(r rune) bool {
	r = unicode.ToLower(r)
	if r == 'đ' {
		return true
	}
	f := lexicon.FoldRune(r)
	return len(f) == 1 && strings.ContainsRune("aeiouy", rune(f[0]))
}
