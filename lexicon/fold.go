package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case with every diacritic removed and đ made d:
// "Bằng khen" becomes "bang khen". Folded text is what diacritic-insensitive
// matching compares. Combining marks (Unicode Mn) are dropped, so the
// result is the same for NFC and NFD input.
func Fold(s string) string {
	if FoldsToItself(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	FoldTo(&b, s)
	return b.String()
}

// FoldRune returns Fold(string(r)), without allocating for the letters
// of the two blocks whose folds are precomputed (latinFold), where every
// Vietnamese letter with a mark lies.
func FoldRune(r rune) string {
	if f, ok := tableFold(r); ok {
		return f
	}
	return Fold(string(r))
}

// tableFold returns the fold of r from the tables of latinFold, and
// whether they hold r.
func tableFold(r rune) (string, bool) {
	switch {
	case latinFold[0] <= r && r < latinFold[0]+rune(len(latinFolds)):
		return latinFolds[r-latinFold[0]], true
	case latinFold[1] <= r && r < latinFold[1]+rune(len(extFolds)):
		return extFolds[r-latinFold[1]], true
	}
	return "", false
}

// FoldsToItself reports whether Fold(s) is s: s is ASCII without
// capitals. Most words of a folded text are, and need no folding.
func FoldsToItself(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// FoldTo writes Fold(s) to b: folding many strings into one builder
// allocates once for all of them. Fold folds rune by rune, so the folds
// of two strings written one after the other are the fold of the two
// joined.
func FoldTo(b *strings.Builder, s string) {
	var buf [maxRuneFold]byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// An ASCII byte is its own rune: written as it is folded.
			b.WriteByte(asciiLower(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.Write(appendFoldRune(buf[:0], r))
		i += n
	}
}

// appendFold appends Fold(s) to b and returns it, for a caller that folds
// into a buffer of its own.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, asciiLower(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = appendFoldRune(b, r)
		i += n
	}
	return b
}

// asciiLower returns the ASCII byte c in lower case, as unicode.ToLower
// would, without its call.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// maxRuneFold is room enough on the stack for the fold of one rune.
const maxRuneFold = 8

// appendFoldRune appends the fold of r to b and returns it.
func appendFoldRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(b, asciiLower(byte(r)))
	}
	if f, ok := tableFold(r); ok {
		return append(b, f...)
	}
	return append(b, foldRune(r)...)
}

// latinFold holds the first runes of the two blocks whose folds are
// precomputed: Latin-1 Supplement to Latin Extended-B (U+00C0-U+024F) and
// Latin Extended Additional (U+1E00-U+1EFF), where every Vietnamese letter
// with a mark lies.
var latinFold = [2]rune{0x00C0, 0x1E00}

var (
	latinFolds = foldTable(0x00C0, 0x0250)
	extFolds   = foldTable(0x1E00, 0x1F00)
)

// latinMarked and extMarked tell, for the runes of the two blocks of
// latinFold, whether each is a letter with a mark (hasMark), so that
// HasDiacritics reads them without folding anything. Filled at init.
var (
	latinMarked = markTable(0x00C0, latinFolds)
	extMarked   = markTable(0x1E00, extFolds)
)

// markTable returns, for each rune of the block from which folds covers,
// whether it is a letter with a mark (hasMark).
func markTable(from rune, folds []string) []bool {
	t := make([]bool, len(folds))
	for i := range folds {
		t[i] = hasMark(from + rune(i))
	}
	return t
}

// marked is hasMark, read from the tables for the runes they hold.
func marked(r rune) bool {
	switch {
	case latinFold[0] <= r && r < latinFold[0]+rune(len(latinMarked)):
		return latinMarked[r-latinFold[0]]
	case latinFold[1] <= r && r < latinFold[1]+rune(len(extMarked)):
		return extMarked[r-latinFold[1]]
	}
	return hasMark(r)
}

// hasMark reports whether r, no ASCII and no combining mark, is a letter
// Fold changes more than in case.
func hasMark(r rune) bool {
	return unicode.IsLetter(r) && Fold(string(r)) != string(unicode.ToLower(r))
}

func foldTable(from, to rune) []string {
	t := make([]string, to-from)
	for r := from; r < to; r++ {
		t[r-from] = foldRune(r)
	}
	return t
}

// foldRune folds one rune: its decomposition without combining marks, in
// lower case, with đ made d.
func foldRune(r rune) string {
	if r == 'đ' || r == 'Đ' {
		return "d"
	}
	if IsSuperscriptDigit(r) {
		return norm.NFKD.String(string(r)) // "³" is "3"
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// HasDiacritics reports whether s holds a letter with a mark (including đ),
// precomposed or as a combining mark, that is, whether Fold changes more
// than its case. Letters of other scripts ("Ω") have no diacritics.
func HasDiacritics(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			return true
		}
		if marked(r) {
			return true
		}
	}
	return false
}

// Superscript digits: one, two and three of Latin-1, zero and four to
// nine in the block of superscripts and subscripts.
const (
	superOne, superTwo, superThree  = '\u00b9', '\u00b2', '\u00b3'
	superZero, superFour, superNine = '\u2070', '\u2074', '\u2079'
)

// IsSuperscriptDigit reports whether r is a superscript digit, the power
// written after a unit ("m²", "m³"). Fold folds it to its digit, as a
// reader types it ("m3").
func IsSuperscriptDigit(r rune) bool {
	return r == superOne || r == superTwo || r == superThree || r == superZero || superFour <= r && r <= superNine
}
