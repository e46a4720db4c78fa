package bot

import (
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
)

// fold returns s in lower case without diacritics ("Đã được" → "da duoc"),
// for comparing what people type however they type it: the analysis
// pipeline's folding, the one the engine matches with.
func fold(s string) string { return analysis.Fold(s) }

// words splits folded text into its words: runs of letters and digits.
// Emoji, punctuation and spaces separate words and are dropped.
func words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// particles are the words that do not change what a question asks.
var particles = map[string]bool{
	"được": true, "đã": true, "thì": true, "vậy": true, "nhé": true, "à": true, "ạ": true,
}

// A questionSet holds questions, to keep out another that asks the same:
// one that folds to the same words ("AI DUOC TANG BANG KHEN" and "ai được
// tặng Bằng khen?"), or differs only in particles ("Ai đã được tặng Bằng
// khen vậy?" and "ai tặng Bằng khen").
type questionSet struct{ folded, bare map[string]bool }

func newQuestionSet() *questionSet {
	return &questionSet{folded: map[string]bool{}, bare: map[string]bool{}}
}

// add adds q and reports whether it was new: it asks what no question of
// the set asks.
func (s *questionSet) add(q string) bool {
	folded, bare := questionKeys(q)
	if s.folded[folded] || s.bare[bare] {
		return false
	}
	s.folded[folded], s.bare[bare] = true, true
	return true
}

// questionKeys returns q's words folded, and q's words without particles,
// folded.
func questionKeys(q string) (folded, bare string) {
	ws := strings.FieldsFunc(analysis.Lower(analysis.Canonical(q)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var kept []string
	for _, w := range ws {
		if !particles[w] {
			kept = append(kept, w)
		}
	}
	return fold(strings.Join(ws, " ")), fold(strings.Join(kept, " "))
}
