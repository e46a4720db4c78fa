package analysis

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Lower returns s in lower case.
func Lower(s string) string { return strings.ToLower(s) }

// Fold returns s in lower case with every diacritic removed and đ made d:
// "Bằng khen" becomes "bang khen". Folded text is what diacritic-insensitive
// matching compares.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// HasDiacritics reports whether s holds a Vietnamese letter with a mark
// (including đ), that is, whether Fold changes more than its case.
func HasDiacritics(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
