package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The five tone marks, in the order the tables below use: grave (huyền),
// acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng).
var toned = map[rune][5]rune{
	'a': {'à', 'á', 'ả', 'ã', 'ạ'},
	'e': {'è', 'é', 'ẻ', 'ẽ', 'ẹ'},
	'o': {'ò', 'ó', 'ỏ', 'õ', 'ọ'},
	'u': {'ù', 'ú', 'ủ', 'ũ', 'ụ'},
	'y': {'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'},
}

// toneOf maps a toned a, e or y to its base and tone number.
var toneOf = func() map[rune]struct {
	base rune
	tone int
} {
	m := map[rune]struct {
		base rune
		tone int
	}{}
	for base, forms := range toned {
		if base == 'o' || base == 'u' {
			continue
		}
		for i, r := range forms {
			m[r] = struct {
				base rune
				tone int
			}{base, i}
		}
	}
	return m
}()

// NormalizeTones puts the tone mark of the open syllables oa, oe and uy on
// their first vowel, so the new placement (hoà, khoẻ, uỷ, thuý) and the old
// one (hòa, khỏe, ủy, thúy) read alike. The old placement is kept because it
// is what most Vietnamese newspapers print. "qu" is a consonant: "quý" and
// "quả" are left alone, and a closed syllable ("hoàn", "thuyền") already
// has one placement. Case is kept.
func NormalizeTones(s string) string {
	if !strings.ContainsAny(s, "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ") {
		return s
	}
	// Most text already has one placement: s is copied only from the
	// first word that moves.
	var b strings.Builder
	copied := 0 // s[:copied] is in b
	for k := 0; k < len(s); {
		i := strings.IndexFunc(s[k:], unicode.IsLetter)
		if i < 0 {
			break
		}
		k += i
		// A word runs on over combining marks, so a mark after the last
		// vowel keeps the word out of retone.
		j := strings.IndexFunc(s[k:], endsWord)
		if j < 0 {
			j = len(s) - k
		}
		w := s[k : k+j]
		if r := retone(w); r != w {
			if copied == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[copied:k])
			b.WriteString(r)
			copied = k + j
		}
		k += j
	}
	if copied == 0 {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

// endsWord reports whether r ends a word for NormalizeTones: neither a
// letter nor a combining mark.
func endsWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
}

// retone moves the tone of one syllable w when it ends in a toned oa, oe or
// uy.
func retone(w string) string {
	last, n := utf8.DecodeLastRuneInString(w)
	lowLast := unicode.ToLower(last)
	t, ok := toneOf[lowLast]
	if !ok || len(w) == n {
		return w
	}
	prev, m := utf8.DecodeLastRuneInString(w[:len(w)-n])
	lowPrev := unicode.ToLower(prev)
	switch {
	case lowPrev == 'o' && (t.base == 'a' || t.base == 'e'):
	case lowPrev == 'u' && t.base == 'y':
	default:
		return w
	}
	head := w[:len(w)-n-m]
	if lh := strings.ToLower(head); strings.HasSuffix(lh, "q") || strings.HasSuffix(lh, "g") && lowPrev == 'u' {
		// qu-, and gu- before y, are consonants.
		return w
	}
	moved := toned[lowPrev][t.tone]
	if unicode.IsUpper(prev) {
		moved = unicode.ToUpper(moved)
	}
	base := t.base
	if unicode.IsUpper(last) {
		base = unicode.ToUpper(base)
	}
	return head + string(moved) + string(base)
}
