package analysis

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// Lower returns s in lower case.
func Lower(s string) string { return strings.ToLower(s) }

// Fold returns s in lower case with every diacritic removed and đ made d:
// "Bằng khen" becomes "bang khen". Folded text is what diacritic-insensitive
// matching compares. Combining marks (Unicode Mn) are dropped, so the
// result is the same for NFC and NFD input. It is lexicon.Fold, the fold the
// word lists match with.
func Fold(s string) string { return lexicon.Fold(s) }

// HasDiacritics reports whether s holds a letter with a mark (including đ),
// precomposed or as a combining mark, that is, whether Fold changes more
// than its case. Letters of other scripts ("Ω") have no diacritics.
func HasDiacritics(s string) bool { return lexicon.HasDiacritics(s) }
