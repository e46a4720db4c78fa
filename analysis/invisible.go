package analysis

import (
	"strings"
	"unicode"
)

// RemoveInvisible drops zero-width characters, byte-order marks, soft hyphens
// and control characters other than new line, carriage return and tab.
func RemoveInvisible(s string) string {
	if strings.IndexFunc(s, isInvisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

func isInvisible(r rune) bool {
	switch r {
	case '\n', '\r', '\t':
		return false
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E':
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}
