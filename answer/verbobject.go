package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// maxVerbWords is the most syllables of the verb a what-question asks the
// object of ("trao tặng", "đe dọa").
const maxVerbWords = 2

// actionVerbs ask what was done, not an object: "làm gì" (action_verbs).
var actionVerbs = spelling{lexicon.MustSet("action_verbs")}

// verbForm is one way an article may write the verb a question asks the
// object of: the question's own words (matched as typed, writtenAt) or a
// synonym's folded syllables.
type verbForm struct {
	words []word
	fold  []string
}

// askedVerb returns the forms of the verb a what-question asks the object
// of: the one or two content words it writes right before its "gì" ("đối
// tượng mua gì", "Tổng Bí thư trao tặng gì cho …", "dùng những gì để …"),
// past a generic noun ("thể hiện điều gì") or a plural marker, longest
// first, with their synonyms (the lexicon's groups). nil when the question
// word is or follows a copula ("là gì", "là dự án gì"), a number, a
// function word or a verb of action ("làm gì"), or opens the question.
func askedVerb(q question, content []word) []verbForm {
	if q.wh != whWhat || q.whAt <= 0 || q.whEnd > len(q.words) || !nounWhatWords.Has(q.words[q.whEnd-1].fold, lexicon.Exact) {
		return nil
	}
	for _, w := range q.words[q.whAt:q.whEnd] {
		if copulas.Has(w.fold, lexicon.Folded) {
			return nil // "phát triển văn hóa là gì"
		}
	}
	k := q.whAt - 1
	for k >= 0 && (genericNouns.has(q.words[k]) || classifiers.has(q.words[k]) || pluralMarkers.Has(q.words[k].text, lexicon.Exact)) {
		k--
	}
	if k < 0 || !verbWord(q.words[k], q.words) || actionVerbs.has(q.words[k]) {
		return nil
	}
	from := k
	for from > 0 && k-from+1 < maxVerbWords && verbWord(q.words[from-1], content) {
		from--
	}
	if from > 0 && copulas.Has(q.words[from-1].fold, lexicon.Folded) {
		return nil // "là dự án gì" asks which of a noun, no verb's object
	}
	var out []verbForm
	for i := from; i <= k; i++ {
		ws := q.words[i : k+1]
		out = append(out, verbForm{words: ws})
		for _, syn := range synonyms(phraseOf(ws)) {
			out = append(out, verbForm{fold: strings.Fields(syn)})
		}
	}
	return out
}

// size is how many words of a sentence the form spans.
func (f verbForm) size() int {
	if f.words != nil {
		return len(f.words)
	}
	return len(f.fold)
}

// writtenAt reports whether s writes the form from its word i on.
func (f verbForm) writtenAt(s *sent, i int) bool {
	if i+f.size() > len(s.fold) {
		return false
	}
	if f.words != nil {
		return writtenFrom(f.words, s, i)
	}
	for j, t := range f.fold {
		if s.fold[i+j] != t {
			return false
		}
	}
	return true
}

// compoundForms keeps, of a question's verb forms, those the sentences
// read may hold as the verb: when they write the question's two words
// together ("chủ đề"), not as a name and its verb ("ông Lợi mua"), these
// are one word, and its last syllable alone ("đề" of "đề nghị") is no form
// of it.
func compoundForms(forms []verbForm, bs []scored) []verbForm {
	if len(forms) == 0 || forms[0].words == nil || len(forms[0].words) < maxVerbWords {
		return forms
	}
	for _, b := range bs {
		for i := range b.s.fold {
			if forms[0].writtenAt(b.s, i) && !isCapital(b.s, i) {
				var out []verbForm
				for _, f := range forms {
					if f.size() >= maxVerbWords || f.words == nil {
						out = append(out, f)
					}
				}
				return out
			}
		}
	}
	return forms
}

// verbWord reports whether w may be (a syllable of) the verb a question
// asks the object of: one of words (the question's content words; for the
// syllable right before "gì", any of its words: "hiện" of "thể hiện" is
// read as a filler elsewhere), no number, copula nor function word.
func verbWord(w word, content []word) bool {
	return inContent(content, w) && !w.num && !copulas.Has(w.fold, lexicon.Folded) && !stopwordsVi.Has(w.text, lexicon.Exact)
}

// verbsIn returns where s writes one of the verb forms, as [first word,
// word after it], in order; a word capitalised inside the sentence is part
// of a name, not the verb.
func verbsIn(s *sent, forms []verbForm) [][2]int {
	var out [][2]int
	for i := range s.fold {
		for _, f := range forms {
			n := f.size()
			if f.writtenAt(s, i) && (n == 1 || spaced(s, i+n-1)) && !isCapital(s, i+n-1) {
				out = append(out, [2]int{i, i + n})
				break
			}
		}
	}
	return out
}

// objectOfVerb reports whether sentence s writes the answer right after
// the verb the what-question asks the object of (askedVerb), or one of its
// synonyms.
func objectOfVerb(q question, s *sent, answer []analysis.Token, content []word) bool {
	forms := askedVerb(q, content)
	if len(forms) == 0 || s == nil {
		return false
	}
	starts := answerStarts(s, answer)
	for _, at := range verbsIn(s, compoundForms(forms, []scored{{s: s}})) {
		if slices.Contains(starts, at[1]) {
			return true
		}
	}
	return false
}
