package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// A Token is one syllable, word or number of a canonical text.
type Token struct {
	// Text is the token as written in the canonical text.
	Text string
	// Folded is Text in lower case without diacritics.
	Folded string
	// Start and End are byte offsets of Text in the canonical text.
	Start, End int
	// Number is true when the token is made of digits, with ".", "," or
	// "/" only between digits ("2.430", "19/9", "2019").
	Number bool
}

// gluedUnits are the symbols of units written glued to a number: "mm" of
// "300mm", "ha" of "69ha".
var gluedUnits = lexicon.MustSet("glued_units")

// Tokens splits canonical text into tokens: runs of letters and marks
// (with the digits after a letter, and a superscript power after a unit's
// symbol: "m³"), and runs of digits joined by ".", ",", "/" between
// digits. Everything else
// separates tokens. Offsets refer to text, which should already be
// Canonical.
func Tokens(text string) []Token {
	toks := make([]Token, 0, len(text)/bytesPerToken+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '.' || r2 == ',' || r2 == '/') && j+1 < len(text) && isASCIIDigit(text[j+1]) {
					j++
					continue
				}
				break
			}
			// A number glued to letters ("5k", "3h") stays one token.
			if j < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					k := j
					for k < len(text) {
						r3, n3 := utf8.DecodeRuneInString(text[k:])
						if !inWord(r3) && !(lexicon.IsSuperscriptDigit(r3) && unitSymbol(text[j:k])) {
							break
						}
						k += n3
					}
					if gluedUnits.Has(text[j:k], lexicon.Exact) {
						// "300mm", "69ha": a number and its unit's symbol,
						// read as "300 mm".
						toks = append(toks, Token{Text: text[i:j], Folded: text[i:j], Start: i, End: j, Number: true}, Token{Text: text[j:k], Start: j, End: k})
						i = k
						continue
					}
					toks = append(toks, Token{Text: text[i:k], Start: i, End: k}) // folded below
					i = k
					continue
				}
			}
			toks = append(toks, Token{Text: text[i:j], Folded: text[i:j], Start: i, End: j, Number: true})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !inWord(r2) && !(lexicon.IsSuperscriptDigit(r2) && unitSymbol(text[i:j])) {
					break
				}
				j += n2
			}
			toks = append(toks, Token{Text: text[i:j], Start: i, End: j}) // folded below
			i = j
		default:
			i += n
		}
	}
	if len(toks) == 0 {
		return nil
	}
	foldTokens(toks)
	return toks
}

// HasToken reports whether text holds a token, that is, whether Tokens(text)
// is not empty, without making the tokens: a token starts at every letter
// or digit, and only there.
func HasToken(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// foldTokens sets Folded, Fold(Text), for the tokens of toks that are not
// numbers: a word Fold leaves as it is keeps its Text, and the others are
// folded into one string, sliced, so that a text's words cost one
// allocation rather than one each.
func foldTokens(toks []Token) {
	n := 0
	for i := range toks {
		t := &toks[i]
		if t.Number {
			continue
		}
		if lexicon.FoldsToItself(t.Text) {
			t.Folded = t.Text
			continue
		}
		n += len(t.Text)
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	// ends[i] is where the fold of the i-th token folded ends in b.
	var endsBuf [64]int
	ends := endsBuf[:0]
	for _, t := range toks {
		if !t.Number && t.Folded == "" {
			lexicon.FoldTo(&b, t.Text)
			ends = append(ends, b.Len())
		}
	}
	folded := b.String()
	from, k := 0, 0
	for i := range toks {
		t := &toks[i]
		if !t.Number && t.Folded == "" {
			t.Folded = folded[from:ends[k]]
			from = ends[k]
			k++
		}
	}
}

// bytesPerToken is about the fewest bytes a token of running text takes,
// with the space after it: Tokens makes room for len(text)/bytesPerToken+1
// tokens at once rather than growing its slice token by token.
const bytesPerToken = 4

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// inWord reports whether r goes on a word: a letter, a combining mark or a
// digit.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r)
}

// maxUnitSymbol is the most letters of a unit's symbol a superscript
// power follows ("m²", "km²"): after a longer word it marks a note
// ("Hà Nội¹"), not a power.
const maxUnitSymbol = 3

// unitSymbol reports whether w may be a unit's symbol a superscript power
// follows: a few ASCII letters in lower case.
func unitSymbol(w string) bool {
	if len(w) == 0 || len(w) > maxUnitSymbol {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// IsCode reports whether word is written in capitals with at least two
// letters, as abbreviations are ("UBND", "GD&ĐT", "TP").
func IsCode(word string) bool {
	letters := 0
	for _, r := range word {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
