package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// nameRuns are the names of the people the articles name, each as its
// folded syllables: the names of their person facts ("huynh ngoc nu phuong
// hong") and the capitalised words the articles write after a word that
// puts a name after it, written in lower case ("ông Ba Be" gives "ba
// be"; "Bà Rịa" gives nothing). A question that refers to one of them by
// a run of its syllables ("ba phuong hong", "ong ba be") names that
// person, however it is typed.
type nameRuns [][]string

// minBareNameRun is the fewest syllables of a name a question must type
// side by side to name the person without a word that puts a name after
// it ("nguyen thi hong lam"): one syllable alone is too often a common
// word ("hong", "lam").
const minBareNameRun = 2

// personNameRuns returns the names of the people the articles name, as
// nameRuns, each once.
func (d *document) personNameRuns() nameRuns {
	var out nameRuns
	seen := map[string]bool{}
	add := func(parts []string) {
		key := strings.Join(parts, " ")
		if len(parts) == 0 || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, parts)
	}
	for _, f := range d.facts {
		if f.Type == corpus.FactPerson {
			add(strings.Fields(analysis.Fold(f.Name)))
		}
	}
	for _, s := range d.sents {
		for k := 1; k < len(s.fold); k++ {
			// A person is written "ông Lợi", "bị cáo Vượng" inside a
			// sentence; "Bà Rịa", "Bắc Giang" are places, their first
			// word capitalised too.
			if n := refLen(s.fold, k); n == 0 || isCapital(s, k-n) {
				continue
			}
			// The name ends where a mark parts its words: "SN" of "ông
			// Dương Phước Hải (SN 1989)" is no syllable of it.
			var parts []string
			for j := k; j < len(s.fold) && isCapital(s, j) && (j == k || strings.TrimSpace(s.sep(j)) == ""); j++ {
				parts = append(parts, s.fold[j])
			}
			add(parts)
		}
	}
	return out
}

// refersAt returns the words of a question, lower case as typed (raw),
// that name a person of runs: after a word that puts a name after it
// ("ông", "bà", "anh", "chị", "đồng chí"; typed with or without
// diacritics), the longest run of words that are syllables of one name, in
// its order, that ends the name ("ba phuong hong", "ong ba be", "anh
// hung"); anywhere, a run of at least minBareNameRun such words ("nguyen
// thi hong lam"). Such words are a name: no phone shorthand ("hong" is no
// "không") nor a number ("ba" of "ông Ba Be" is no three). One syllable
// that ends a question opened by a yes-no word ("co hong", "co phai anh
// hong") ends the question ("có … không").
func (runs nameRuns) refersAt(raw []string) map[int]bool {
	if len(runs) == 0 {
		return nil
	}
	folded := foldEach(raw)
	var out map[int]bool // made at the first name: most questions hold none
	for i := 0; i < len(raw); {
		n := runs.longestAt(folded, i, refBefore(folded, i))
		if n == 1 && i+n == len(folded) && yesNoQuestionLeads.HasAny(folded[:i], lexicon.Exact) {
			// "co hong", "co phai anh hong" end a yes-no question ("có
			// … không"): the last word is its end, no name.
			n = 0
		}
		if n == 0 {
			i++
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for k := i; k < i+n; k++ {
			out[k] = true
		}
		i += n
	}
	return out
}

// foldEach returns the words ws folded (analysis.Fold), one for one.
func foldEach(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = analysis.Fold(w)
	}
	return out
}

// longestAt returns the length of the longest run of words from i that
// are consecutive syllables of one of runs and name the person: at least
// minBareNameRun of them, or, after a word that puts a name after it
// (afterRef), the last syllables of the name, as people are called ("ông
// Hợp", not the "Văn" of "Nguyễn Văn Hợp"). It returns 0 when there is
// none.
func (runs nameRuns) longestAt(folded []string, i int, afterRef bool) int {
	best := 0
	for _, parts := range runs {
		for start := range parts {
			n := 0
			for i+n < len(folded) && start+n < len(parts) && folded[i+n] == parts[start+n] {
				n++
			}
			given := afterRef && n > 0 && start+n == len(parts)
			if n >= minBareNameRun || given {
				best = max(best, n)
			}
		}
	}
	return best
}

// honorifics are words of address before a person's name ("ông",
// "chị"; honorifics), matched as typed: "tượng" is no "tướng".
var honorifics = lexicon.MustSet("honorifics")

// refBefore reports whether the one or two words before word i put a name
// after them ("ông", "đồng chí", "bị cáo").
func refBefore(folded []string, i int) bool { return refLen(folded, i) > 0 }

// refLen returns how many of the folded words right before word i put a
// person's name after them ("ông" of "ông Hợp": 1; "bị cáo" of "bị cáo
// Vượng": 2), the longest first; 0 when none do.
func refLen(folded []string, i int) int {
	return phraseBefore(personRefs, folded, i, lexicon.Exact)
}

// phraseBefore returns how many words of the longest phrase of set that
// ends right before word i of ws, compared in mode m, 0 when none does.
func phraseBefore(set *lexicon.Set, ws []string, i int, m lexicon.Mode) int {
	for n := min(set.MaxWords(), i); n >= 1; n-- {
		if set.HasPhrase(ws[i-n:i], m) {
			return n
		}
	}
	return 0
}
