package analysis

import (
	"strings"
	"unicode"
)

// onsets holds the initial consonants of Vietnamese syllables, folded.
var onsets = setOf(
	"", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
	"ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)

// openNuclei holds the folded vowel groups that may end a syllable, and
// closedNuclei those that may stand before a final consonant.
var (
	openNuclei = setOf(
		"a", "e", "i", "o", "u", "y",
		"ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oa", "oe", "oi", "ua",
		"ue", "ui", "uo", "uu", "uy",
		"oai", "oay", "oeo", "uoi", "uou", "ieu", "yeu", "uya", "uyu", "uay",
	)
	closedNuclei = setOf(
		"a", "e", "i", "o", "u", "y",
		"oa", "oe", "oo", "ua", "ue", "uo", "uy", "ie", "ye", "uye",
	)
	finals = setOf("c", "ch", "m", "n", "ng", "nh", "p", "t")
)

// isVowel reports whether c, a folded letter, is a vowel.
func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// splitSyllable cuts a folded syllable into onset, vowel nucleus and final
// consonant; ok is false when s is not shaped consonants + vowels +
// consonants.
func splitSyllable(s string) (onset, nucleus, final string, ok bool) {
	i := 0
	for i < len(s) && !isVowel(s[i]) {
		i++
	}
	onset = s[:i]
	// "qu" and "gi" hold a vowel letter: "quy" is qu+y, "gì" is g+i when
	// nothing else follows.
	if onset == "q" && strings.HasPrefix(s[i:], "u") {
		onset, i = "qu", i+1
	}
	if onset == "g" && strings.HasPrefix(s[i:], "i") && i+1 < len(s) && isVowel(s[i+1]) {
		onset, i = "gi", i+1
	}
	j := i
	for j < len(s) && isVowel(s[j]) {
		j++
	}
	nucleus, final = s[i:j], s[j:]
	for k := 0; k < len(final); k++ {
		if isVowel(final[k]) {
			return "", "", "", false
		}
	}
	return onset, nucleus, final, nucleus != ""
}

// ValidSyllable reports whether folded, a lower-case syllable without
// diacritics, has the shape of a Vietnamese syllable: an initial consonant
// cluster, a vowel nucleus, and an optional final c, ch, m, n, ng, nh, p or
// t, with the spelling rules that tie them (gh, ngh and k before e, i, y; c,
// g, ng not before them; ch and nh only after a, e, i, y). "khen", "nguyen",
// "quoc" are valid; "news", "free", "of" are not.
func ValidSyllable(folded string) bool {
	onset, nucleus, final, ok := splitSyllable(folded)
	if !ok || !onsets[onset] || final != "" && !finals[final] {
		return false
	}
	if final == "" && !openNuclei[nucleus] || final != "" && !closedNuclei[nucleus] {
		return false
	}
	front := strings.IndexByte("eiy", nucleus[0]) >= 0
	switch onset {
	case "gh", "ngh", "k":
		if !front {
			return false
		}
	case "c", "ng":
		if front {
			return false
		}
	case "g":
		if front && nucleus[0] != 'i' {
			return false // ghe, but gì
		}
	case "qu":
		if nucleus[0] == 'u' {
			return false
		}
	}
	switch {
	case nucleus == "oo" && final != "ng" && final != "c":
		return false // only xoong, boong, moóc
	case (nucleus == "ie" || nucleus == "ieu") && onset == "":
		return false // yê at the start: yên, yêu
	case (nucleus == "ye" || nucleus == "yeu") && onset != "" && onset != "qu":
		return false // iê after a consonant: tiên, hiểu; but quyên
	}
	last := nucleus[len(nucleus)-1]
	switch final {
	case "ch", "nh":
		return last == 'a' || last == 'e' || last == 'i' || last == 'y'
	case "c", "ng":
		return nucleus != "i" && nucleus != "y" && nucleus != "uy"
	}
	return true
}

// IsInitial reports whether word is the initial of a name as news writing
// abbreviates one: a capital letter ("P" of "P.V.N."), or a capital and
// the lower-case letters of one initial consonant ("Th" of "Đ.H.Th.", "Ngh"),
// which no syllable is without a vowel.
func IsInitial(word string) bool {
	r := []rune(word)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || !unicode.IsLetter(r[0]) {
		return false
	}
	if len(r) == 1 {
		return true
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	onset := Fold(word)
	return onsets[onset] && onset != ""
}
