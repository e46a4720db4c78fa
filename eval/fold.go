package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nbsp is the no-break space, one of the digit-group separators Fold drops.
const nbsp = '\u00a0'

// Fold normalises s for comparison, as the eval README defines it: lower
// case, Unicode NFD, combining marks dropped, đ→d; a ".", space or no-break
// space is dropped between a group of 1 to 3 digits (not preceded by a digit)
// and exactly 3 digits (not followed by a digit), so "2.430" and "1.234.567"
// become "2430" and "1234567"; runs of white space become one space, and
// leading and trailing white space is removed.
func Fold(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	rs := make([]rune, 0, utf8.RuneCountInString(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.M, r):
			continue
		case r == 'đ':
			r = 'd'
		}
		rs = append(rs, r)
	}
	rs = dropDigitSeparators(rs)

	var b strings.Builder
	b.Grow(len(rs))
	space := false
	for _, r := range rs {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// dropDigitSeparators removes the thousands separators Fold drops. Every
// separator is judged on the text as it was before any was dropped, so each
// separator of "1.234.567" sits between a group of 1 to 3 digits and exactly
// 3 digits, and both go.
func dropDigitSeparators(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if isDigitSeparator(r) && groupBefore(rs, i) && threeAfter(rs, i) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func isDigitSeparator(r rune) bool { return r == '.' || r == ' ' || r == nbsp }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// groupBefore reports whether the digits right before rs[i] form a group of 1
// to 3 digits that is not preceded by another digit.
func groupBefore(rs []rune, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && isDigit(rs[j]); j-- {
		n++
	}
	return 1 <= n && n <= 3
}

// threeAfter reports whether exactly 3 digits follow rs[i], with no digit
// after them.
func threeAfter(rs []rune, i int) bool {
	n := 0
	for j := i + 1; j < len(rs) && isDigit(rs[j]); j++ {
		n++
	}
	return n == 3
}

// Found reports whether must occurs in text as whole words once both are
// folded: the letter or digit right before and right after the occurrence,
// if any, must not be a letter or digit. So "3 tap the" is not found in
// "33 tập thể", nor "lan thu v" in "lần thứ VI". An empty must is never found.
func Found(text, must string) bool {
	return foundFolded(Fold(text), Fold(must))
}

// foundFolded is [Found] on text and must that are already folded.
func foundFolded(t, m string) bool {
	if m == "" {
		return false
	}
	for off := 0; off <= len(t)-len(m); {
		i := strings.Index(t[off:], m)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(m)
		if !wordRuneBefore(t, start) && !wordRuneAfter(t, end) {
			return true
		}
		_, size := utf8.DecodeRuneInString(t[start:])
		off = start + size
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordRuneBefore reports whether the rune ending at byte i of s is a letter
// or digit.
func wordRuneBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// wordRuneAfter reports whether the rune starting at byte i of s is a letter
// or digit.
func wordRuneAfter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}
