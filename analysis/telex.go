package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hoidap/hoidap/lexicon"
)

// telexTones maps the Telex tone keys to combining tone marks; "z" clears
// the tone.
var telexTones = map[byte]string{
	's': "\u0301", // sắc
	'f': "\u0300", // huyền
	'r': "\u0309", // hỏi
	'x': "\u0303", // ngã
	'j': "\u0323", // nặng
	'z': "",
}

// telexLookalikes are English words that happen to be valid Telex ("how"
// would give "hơ"); they are never converted.
var telexLookalikes = lexicon.MustSet("telex_lookalikes")

// Vowel groups with their marks, as they may end a syllable (markedOpen) or
// stand before a final consonant (markedClosed).
var (
	markedOpen = setOf(
		"a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
		"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe",
		"oi", "ôi", "ơi", "ua", "uê", "ui", "uơ", "ưa", "ưi", "ưu", "uy",
		"oai", "oay", "oeo", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu", "uây",
	)
	markedClosed = setOf(
		"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
		"oa", "oă", "oe", "oo", "uâ", "uê", "uô", "ươ", "uy", "iê", "yê", "uyê",
	)
)

// UnTelex undoes Telex typed with the Vietnamese keyboard off: "bawngf"
// becomes "bằng", "ddieemr" "điểm", "nhieeuf" "nhiều", "dd" "đ". Telex
// writes â ê ô as aa ee oo, ă ơ ư as aw ow uw (or w), đ as dd, and the tones
// as a trailing s f r x j (z clears). The word is converted only when it is
// not already a plausible Vietnamese syllable ("khen", "mo" stay) and the
// result is one, with a tone its final allows; English words ("of", "free",
// "news"), words in capitals ("MW", "UBND") and words with diacritics are
// left alone. ok reports whether the word was converted. The result is
// lower case but for a capital first letter, which is kept. Callers should apply it to Vietnamese text only:
// a few English words ("cats") are also valid Telex.
func UnTelex(word string) (string, bool) {
	if word == "" || len(word) > 12 {
		return word, false
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return word, false
		}
	}
	if len(word) >= 2 && strings.ToUpper(word) == word {
		// Capitals are an abbreviation or a unit ("MW", "UBND"), never
		// Telex.
		return word, false
	}
	lw := strings.ToLower(word)
	if lw == "dd" {
		return capitalizeLike(word, "đ"), true
	}
	if ValidSyllable(lw) || englishStopwords.Has(lw, lexicon.Exact) || telexLookalikes.Has(lw, lexicon.Exact) {
		return word, false
	}
	s, ok := unTelex(lw)
	if !ok {
		return word, false
	}
	return capitalizeLike(word, s), true
}

// unTelex converts lw, a lower-case ASCII word, and checks the result.
func unTelex(lw string) (string, bool) {
	var (
		out     []rune
		tone    = "none"
		changed bool
		i       int
	)
	if strings.HasPrefix(lw, "dd") {
		out, i, changed = append(out, 'đ'), 2, true
	}
	seenVowel := false
	for ; i < len(lw); i++ {
		c := lw[i]
		var last rune
		if len(out) > 0 {
			last = out[len(out)-1]
		}
		switch {
		case seenVowel && strings.IndexByte("sfrxjz", c) >= 0:
			if tone != "none" {
				return "", false
			}
			tone, changed = telexTones[c], true
		case c == 'w':
			if !applyW(&out, seenVowel) {
				return "", false
			}
			seenVowel, changed = true, true
		case (c == 'a' || c == 'e' || c == 'o') && last == rune(c):
			out[len(out)-1] = map[byte]rune{'a': 'â', 'e': 'ê', 'o': 'ô'}[c]
			changed = true
		case c == 'f' || c == 'j' || c == 'z':
			return "", false
		default:
			out = append(out, rune(c))
			if isVowel(c) {
				seenVowel = true
			}
		}
	}
	if !changed {
		return "", false
	}
	base := fixUO(string(out))
	onset, nucleus, final, ok := splitMarked(base)
	if !ok || !ValidSyllable(Fold(base)) {
		return "", false
	}
	if final == "" && !markedOpen[nucleus] || final != "" && !markedClosed[nucleus] {
		return "", false
	}
	stop := final == "p" || final == "t" || final == "c" || final == "ch"
	if stop && tone != "\u0301" && tone != "\u0323" {
		return "", false
	}
	if tone == "none" {
		tone = ""
	}
	// A bare vowel with a tone key is more likely English: "of", "is", "as".
	if onset == "" && final == "" && len(nucleus) == 1 && tone != "" {
		return "", false
	}
	return norm.NFC.String(onset + placeTone(nucleus, final != "", tone) + final), true
}

// applyW applies a Telex "w" to the letters typed so far: it marks the a, o
// or u just before it (ă ơ ư, and uo becomes ươ), stands for ư where no
// vowel came yet, and otherwise marks the vowel group of the syllable.
func applyW(out *[]rune, seenVowel bool) bool {
	o := *out
	if !seenVowel {
		*out = append(o, 'ư')
		return true
	}
	n := len(o)
	switch o[n-1] {
	case 'a':
		o[n-1] = 'ă'
		return true
	case 'o':
		o[n-1] = 'ơ'
		if n > 1 && o[n-2] == 'u' {
			o[n-2] = 'ư'
		}
		return true
	case 'u':
		o[n-1] = 'ư'
		return true
	}
	// A late w: mark the vowel group, uo first.
	s := string(o)
	if k := strings.Index(s, "uo"); k >= 0 {
		*out = []rune(s[:k] + "ươ" + s[k+2:])
		return true
	}
	for k := n - 1; k >= 0; k-- {
		switch o[k] {
		case 'a':
			o[k] = 'ă'
			return true
		case 'o':
			o[k] = 'ơ'
			return true
		case 'u':
			o[k] = 'ư'
			return true
		}
	}
	return false
}

// fixUO spells the ư-ơ pair as Vietnamese writes it: ươ before a final
// letter (người, được), uơ at the end (thuở).
func fixUO(s string) string {
	for _, p := range []string{"ưo", "uơ", "ươ"} {
		k := strings.Index(s, p)
		if k < 0 {
			continue
		}
		if k+len(p) < len(s) {
			return s[:k] + "ươ" + s[k+len(p):]
		}
		return s[:k] + "uơ"
	}
	return s
}

// splitMarked cuts a lower-case syllable with marks into onset, vowel group
// and final consonant, as splitSyllable does for folded ones.
func splitMarked(s string) (onset, nucleus, final string, ok bool) {
	fo, fn, ff, ok := splitSyllable(Fold(s))
	if !ok {
		return "", "", "", false
	}
	// Folding keeps one byte a letter, so the rune counts line up.
	r := []rune(s)
	a, b := utf8.RuneCountInString(fo), utf8.RuneCountInString(fo)+utf8.RuneCountInString(fn)
	if len(r) != utf8.RuneCountInString(fo+fn+ff) {
		return "", "", "", false
	}
	return string(r[:a]), string(r[a:b]), string(r[b:]), true
}

// placeTone puts the combining tone mark on the vowel of nucleus that
// carries it: the last vowel with a mark (ơ of ươ, ê of iê), else the last vowel before a
// final consonant, else the first of two vowels or the middle of three. The
// two-vowel rule is the old placement (hòa, thúy) Canonical also uses.
func placeTone(nucleus string, closed bool, tone string) string {
	if tone == "" {
		return nucleus
	}
	r := []rune(nucleus)
	at := -1
	for k, c := range r {
		if strings.ContainsRune("ăâêôơư", c) {
			at = k
		}
	}
	switch {
	case at >= 0:
	case closed:
		at = len(r) - 1
	case len(r) == 3:
		at = 1
	default:
		at = 0
	}
	return string(r[:at+1]) + tone + string(r[at+1:])
}

// capitalizeLike returns s with its first letter made upper case when the
// first letter of like is.
func capitalizeLike(like, s string) string {
	f, _ := utf8.DecodeRuneInString(like)
	if !unicode.IsUpper(f) {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
