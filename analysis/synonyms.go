package analysis

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// synonymGroups lists, folded, phrases that Vietnamese news reports and the
// questions about them use for one meaning. Groups are kept tight: a phrase
// belongs in a group only when it can replace every other member, and a
// single syllable only when its folded form is not also a common unrelated
// word: "lễ" (le: Lê), "giải" (giai: giai đoạn), "nói" (noi: nơi, nội) and
// "báo" (bao: bảo) are left out.
var synonymGroups = lexicon.MustGroups("synonyms")

// MaxSynonymWords is the length, in syllables, of the longest phrase
// Synonyms knows, so callers know how many words to try at once.
const MaxSynonymWords = 4

// synonymIndex maps each phrase to the groups it belongs to.
var synonymIndex = func() map[string][]int {
	m := make(map[string][]int)
	for g, group := range synonymGroups {
		for _, p := range group {
			m[p] = append(m[p], g)
		}
	}
	return m
}()

// Synonyms returns the other phrases of the groups phrase belongs to, folded
// ("bieu duong" gives "tuyen duong", "khen thuong", ...), or nil when it has
// none. phrase is folded, its syllables separated by single spaces; it is
// folded again and its spacing squeezed, so "Biểu  dương" works too.
func Synonyms(phrase string) []string {
	if !foldedAndSqueezed(phrase) {
		phrase = strings.Join(strings.Fields(Fold(phrase)), " ")
	}
	groups := synonymIndex[phrase]
	if len(groups) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{phrase: true}
	for _, g := range groups {
		for _, p := range synonymGroups[g] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// foldedAndSqueezed reports whether phrase is as Synonyms looks it up
// already, so that folding and squeezing it would give it back: lower-case
// ASCII (lexicon.FoldsToItself) whose words are separated by single spaces, with
// no other white space and none at either end. Most callers pass such
// phrases; Synonyms then makes nothing.
func foldedAndSqueezed(phrase string) bool {
	if !lexicon.FoldsToItself(phrase) || strings.HasPrefix(phrase, " ") || strings.HasSuffix(phrase, " ") || strings.Contains(phrase, "  ") {
		return false
	}
	return !strings.ContainsAny(phrase, "\t\n\v\f\r")
}
