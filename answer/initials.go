package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// News writing shortens a noun phrase to its syllables' initials in
// capitals once the phrase is known: "HC vàng" for "huy chương vàng",
// "15 ĐV" for "đảng viên", "HS" for "học sinh". A question then names
// the phrase whole while the article writes its initials.

// minNounInitials and maxNounInitials bound the letters of initials read
// as a noun's: one letter is too often a name's initial, and past four
// letters an abbreviation names an organisation ("UBND") more than it
// shortens a counted noun.
const (
	minNounInitials = 2
	maxNounInitials = 4
)

// writtenInitials returns the folded initials a word writes, as written:
// in capitals ("HC", "ĐV", "HCV"; analysis.IsCode) and nounInitials of its
// folded form; "" for any other word, a unit of measure in lower case or
// mixed ("km", "cm", "kV") among them.
func writtenInitials(text, fold string) string {
	if !analysis.IsCode(text) {
		return ""
	}
	return nounInitials(fold)
}

// nounInitials returns fold, a folded word, when it can be initials: two
// to four letters and no vowel (consonantsOnly); "" for any other word.
func nounInitials(fold string) string {
	if n := len(fold); n < minNounInitials || n > maxNounInitials || !consonantsOnly(fold) {
		return ""
	}
	return fold
}

// consonantsOnly reports whether the folded word f is made of the letters
// a to z and holds no vowel, as no Vietnamese syllable does: a code.
func consonantsOnly(f string) bool {
	return isLetters(f) && !strings.ContainsAny(f, vowelLetters)
}

// initialsCover marks in covered the words of ws that ini, initials as
// nounInitials gives them, writes: "hc" covers "huy chương" of "huy chương
// vàng", "hcv" all three.
func initialsCover(ws []word, ini string, covered []bool) {
	text := foldsOf(ws)
	for i := range ws {
		n := wordMatchAt(ini, text, i)
		for j := i; j < i+n; j++ {
			covered[j] = true
		}
	}
}

// unitAbbreviates reports whether the unit of an answer, whose tokens
// are toks, opens with the initials of the counted noun head and the words
// after it in the question's focus, written in capitals: "87 HC vàng" of
// "huy chương vàng", "15 ĐV" of "đảng viên".
func unitAbbreviates(toks []analysis.Token, head word, focus []word) bool {
	ini := ""
	for i, t := range toks {
		if t.Number {
			if i+1 < len(toks) {
				ini = writtenInitials(toks[i+1].Text, toks[i+1].Folded)
			}
			break
		}
	}
	if ini == "" {
		return false
	}
	for i, w := range focus {
		if w.fold == head.fold {
			covered := make([]bool, len(focus))
			initialsCover(focus[i:], ini, covered[i:])
			return covered[i]
		}
	}
	return false
}

// minPhraseInitials is the fewest letters of a code read as the initials
// of a phrase the articles write (initialsPhrase): two letters spell too
// many phrases by chance, but few names.
const minPhraseInitials = 3

// minNameInitials is the fewest letters of a code read as the initials of
// a name the articles write, each word capitalised: "HP" of "Hải Phòng".
const minNameInitials = 2

// maxPhraseInitials is the most: a longer code names a body or a brand.
const maxPhraseInitials = 5

// initialsPhrase returns the phrase the articles write most often whose
// syllables' initials spell code, a folded code of letters but no vowel
// that the question types and the articles do not ("khtn" of "khoa học tự
// nhiên", "ptnt" of "phát triển nông thôn"), in lower case: its words
// stand side by side with nothing but a space between them; of several
// written equally often, the first written. A code of fewer letters
// (minNameInitials) spells only names, their words capitalised ("hp" of
// "Hải Phòng"). ok is false when none is written, or code is no such
// code.
func (d *document) initialsPhrase(code string) (string, bool) {
	n := len(code)
	if n < minNameInitials || n > maxPhraseInitials || !consonantsOnly(code) {
		return "", false
	}
	nameOnly := n < minPhraseInitials
	count := map[string]int{}
	best, bestN := "", 0
	for _, s := range d.sents {
		for i := 0; i+n <= len(s.fold); i++ {
			if !spelledFrom(s, i, code) || nameOnly && !s.capitalised(i, i+n) {
				continue
			}
			phrase := strings.Join(s.lower[i:i+n], " ")
			count[phrase]++
			if count[phrase] > bestN {
				best, bestN = phrase, count[phrase]
			}
		}
	}
	return best, bestN > 0
}

// spelledFrom reports whether the words of s from word i on, one per
// letter of code, open with its letters in turn, written side by side
// with a space between them: no number, no punctuation.
func spelledFrom(s *sent, i int, code string) bool {
	for k := 0; k < len(code); k++ {
		j := i + k
		f := s.fold[j]
		if f == "" || f[0] != code[k] || !isLetters(f) || k > 0 && !spaced(s, j) {
			return false
		}
	}
	return true
}

// vowelLetters are the letters of a folded word that can be vowels: a
// code holds none, since every Vietnamese syllable holds one.
const vowelLetters = "aeiouy"

// isLetters reports whether the folded word f is made of letters a to z.
func isLetters(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] < 'a' || f[i] > 'z' {
			return false
		}
	}
	return f != ""
}
