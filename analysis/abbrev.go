package analysis

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// abbreviations maps common Vietnamese administrative abbreviations, keyed
// by their folded form without "&", "-" and "." (HĐND is "hdnd", GD&ĐT
// "gddt"), to their long form in canonical text.
// Two-letter codes with several common meanings (TT, CT, TC) are left out.
var abbreviations = lexicon.MustMap("abbreviations")

// listConjunctions may be left out of an abbreviation's code: "và".
var listConjunctions = lexicon.MustSet("list_conjunctions")

// abbrevKey folds an abbreviation for lookup: lower case, Đ (and its
// look-alikes) made d, and
// "&", "-", "." and spaces dropped.
func abbrevKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '&', '-', '.', ' ':
			return -1
		}
		return r
	}, Fold(NormalizeD(s)))
}

// BuiltinAbbreviation returns the long form of a common Vietnamese
// administrative abbreviation ("UBND" gives "Ủy ban nhân dân"). The lookup
// ignores case, Đ/D and the "&", "-" and "." inside codes, so "HĐND",
// "HDND" and "hđnd" are one, as are "GD&ĐT" and "GDĐT". Long forms are
// canonical text with the old tone placement ("Ủy").
func BuiltinAbbreviation(short string) (long string, ok bool) {
	long, ok = abbreviations[abbrevKey(short)]
	return long, ok
}

// A Definition is an abbreviation a text defines by writing it in
// parentheses after its long form: "an ninh Tổ quốc (ANTQ)".
type Definition struct {
	// Short is the code as written between the parentheses.
	Short string
	// Long is the long form as written in the text.
	Long string
	// Start and End are the byte offsets of Long in the text.
	Start, End int
}

// FindDefinitions returns the abbreviations text defines, in order. A
// definition is a code of 2 to 10 upper-case letters or digits (Đ and an
// inner "&", "-" or "." allowed) in parentheses, right after the shortest
// run of words whose initials spell it, matched without case or diacritics
// ("Ủy ban nhân dân (UBND)", "Giáo dục và Đào tạo (GD&ĐT)"); a "và" in the
// run may be skipped. Words are taken within the sentence: commas and hyphens
// may separate them, other punctuation may not. "(QNO)" after words that do
// not spell it is no definition. Offsets refer to text, which should be
// Canonical.
func FindDefinitions(text string) []Definition {
	var defs []Definition
	var toks []Token // tokens of text, computed on first need
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			break
		}
		open := i + k
		i = open + 1
		end := strings.IndexByte(text[open+1:], ')')
		if end < 0 || end > 24 {
			continue
		}
		code := text[open+1 : open+1+end]
		units, ok := codeUnits(code)
		if !ok {
			continue
		}
		if toks == nil {
			toks = Tokens(text)
		}
		// The last token that ends before the parenthesis.
		last := sort.Search(len(toks), func(j int) bool { return toks[j].End > open }) - 1
		if last < 0 || !onlySpace(text[toks[last].End:open]) {
			continue
		}
		if first, ok := matchInitials(text, toks, last, units); ok {
			defs = append(defs, Definition{
				Short: code,
				Long:  text[toks[first].Start:toks[last].End],
				Start: toks[first].Start,
				End:   toks[last].End,
			})
		}
	}
	return defs
}

// codeUnits splits a code into what the words of its long form must start
// with: one folded letter a unit, a run of digits as one unit. ok is false
// when code is not 2 to 10 upper-case letters and digits, with "&", "-" or
// "." allowed inside ("GD&ĐT", "KT-XH", "TP.HCM").
func codeUnits(code string) (units []string, ok bool) {
	n := utf8.RuneCountInString(code)
	if n < 2 || n > 10 {
		return nil, false
	}
	letters := 0
	for i, r := range code {
		switch {
		case r == '&' || r == '-' || r == '.':
			if i == 0 || i == len(code)-1 {
				return nil, false
			}
		case unicode.IsUpper(r):
			units = append(units, Fold(string(r)))
			letters++
		case isASCIIDigit(byte(r)) && r < utf8.RuneSelf:
			if k := len(units) - 1; k >= 0 && isASCIIDigit(units[k][0]) && i > 0 && isASCIIDigit(code[i-1]) {
				units[k] += string(r)
			} else {
				units = append(units, string(r))
			}
		default:
			return nil, false
		}
	}
	return units, letters > 0 && len(units) >= 2
}

// maxSkips is how many "và" a long form may hold that its code leaves out.
const maxSkips = 2

// matchInitials looks for the shortest run of tokens ending at toks[last]
// whose initials spell units, matching from the end backwards, and returns
// its first token.
func matchInitials(text string, toks []Token, last int, units []string) (first int, ok bool) {
	// skips bounds the "và" left out, and with it the backtracking.
	var match func(j, u, skips int) (int, bool)
	match = func(j, u, skips int) (int, bool) {
		if j < 0 {
			return 0, false
		}
		t := toks[j]
		if j < last && !joinable(text[t.End:toks[j+1].Start]) {
			return 0, false
		}
		unit := units[u]
		var hit bool
		if t.Number {
			hit = t.Text == unit
		} else {
			hit = !isASCIIDigit(unit[0]) && strings.HasPrefix(t.Folded, unit)
		}
		if hit {
			if u == 0 {
				return j, true
			}
			if f, ok := match(j-1, u-1, skips); ok {
				return f, true
			}
		}
		// "và" may be left out of the code, but cannot begin the long form.
		if listConjunctions.Has(t.Folded, lexicon.Folded) && j < last && skips > 0 {
			return match(j-1, u, skips-1)
		}
		return 0, false
	}
	return match(last, len(units)-1, maxSkips)
}

// joinable reports whether sep, the text between two words, keeps them in
// one phrase: spaces, and at most one comma, hyphen or "&".
func joinable(sep string) bool {
	punct := 0
	for _, r := range sep {
		switch r {
		case ' ', '\u00A0':
		case ',', '-', '&', '–':
			punct++
		default:
			return false
		}
	}
	return punct <= 1
}

func onlySpace(s string) bool {
	return strings.TrimLeft(s, " \u00A0") == ""
}
