package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// objectEnds end the object a verb governs: a recipient's "cho", a
// purpose, the next clause, a time or a place (object_ends).
var objectEnds = lexicon.MustSet("object_ends")

// objectStops are the marks between two words of a sentence that end the
// object a verb governs: a clause, a quote, a bracket.
const objectStops = ",;.:!?()\"“”"

// maxVerbWords is the most syllables of the verb a what-question asks the
// object of ("trao tặng", "đe dọa").
const maxVerbWords = 2

// objectLeads stand between a verb and its object and are no part of it:
// "mua ngay chiếc xe máy", "bị cướp mất túi xách" (object_leads).
var objectLeads = lexicon.MustSet("object_leads")

// maxObjectLeads is how many of objectLeads objectAfter passes between a
// verb and its object.
const maxObjectLeads = 1

// maxObjectWords is the most words of an object cut after its verb.
const maxObjectWords = 8

// verbObjectSentences bounds the sentences verbObject reads: the best of
// those in scope that hold a word of the question.
const verbObjectSentences = 60

// verbObjectBase is the confidence of an object cut after the question's
// verb whose sentence writes another word of the question; verbObjectCover
// adds to it by the share of the question's words the sentence holds.
const (
	verbObjectBase  = 0.35
	verbObjectCover = 0.45
)

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
	for k >= 0 && (genericNouns.has(q.words[k]) || classifiers.has(q.words[k]) || q.words[k].isFiller() && stopwordsVi.Has(q.words[k].text, lexicon.Exact)) {
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

// verbObject answers a what-question whose "gì" stands in the object slot
// of a verb ("đối tượng mua gì" — "mua chiếc xe máy", "bị cướp gì" —
// "bị cướp túi xách") from the sentences in scope that write that verb, or
// one of its synonyms, and another word of the question (its doer or the
// nouns around the verb): the noun phrase right after the verb, to the
// clause's end, a recipient ("tặng … cho X"), a purpose, a time or a
// place (objectEnds). Of such sentences the one holding most of the
// question's words gives it.
func (d *document) verbObject(q question, content []word, sc *scope) candidate {
	forms := askedVerb(q, content)
	if len(forms) == 0 {
		return candidate{}
	}
	bs := d.bestSentences(q, content, sc, verbObjectSentences)
	forms = compoundForms(forms, bs)
	var out candidate
	for _, b := range bs {
		for _, at := range verbsIn(b.s, forms) {
			if !argumentsAgree(q, forms, content, b.s, at[0]) {
				continue
			}
			ans := objectAfter(b.s, at[1])
			if repeatsQuestion(content, b.s, at[1]) {
				// "tổ chức lễ khai giảng …" for "sau lễ khai giảng … tổ
				// chức gì": the object repeats the question's own words.
				continue
			}
			if ans == "" || repeats(q, analysis.Tokens(ans)) >= wholeRepeat {
				continue
			}
			score := verbObjectBase + verbObjectCover*b.o.coverage()
			if score > out.score {
				out = candidate{answer: ans, kind: KindPassage, score: score, refs: []ref{{b.s.p.ID, b.s.index}}}
			}
			break
		}
	}
	return out
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

// argumentsAgree reports whether sentence s, whose verb stands at word
// at, writes a word of the question other than its verb: the doer or the
// nouns the question writes around the verb, in any of its clauses ("giá
// bán cao, nhận tiền xong tôi mua ngay …"). A question with no other word
// agrees.
func argumentsAgree(q question, forms []verbForm, content []word, s *sent, at int) bool {
	verb := map[string]bool{}
	for _, f := range forms {
		for _, w := range f.words {
			verb[w.fold] = true
		}
		for _, t := range f.fold {
			verb[t] = true
		}
	}
	from, to := 0, len(s.fold)
	others := 0
	for _, w := range content {
		if verb[w.fold] || w.isFiller() {
			continue
		}
		others++
		for k := from; k < to; k++ {
			if k != at && w.writtenAt(s, k) {
				return true
			}
		}
	}
	return others == 0
}

// objectAfter returns the noun phrase s writes from word from on: up to
// maxObjectWords words, past an adverb (objectLeads), to a mark that ends
// a clause or a word that ends an object (objectEnds); "" when none, or
// when it opens with a function word other than a classifier ("chiếc").
func objectAfter(s *sent, from int) string {
	// "mua ngay chiếc xe máy": an adverb between the verb and its object.
	for n := 0; n < maxObjectLeads && from+1 < len(s.lower) && objectLeads.Has(s.lower[from], lexicon.Exact) && spaced(s, from+1); n++ {
		from++
	}
	if from >= len(s.lower) || objectEnds.Has(s.lower[from], lexicon.Exact) ||
		stopwordsVi.Has(s.lower[from], lexicon.Exact) && !classifierNouns.Has(s.lower[from], lexicon.Exact) {
		return ""
	}
	to := from + 1
	for to < len(s.lower) && to-from < maxObjectWords {
		if strings.ContainsAny(s.text[s.ends[to-1]:s.starts[to]], objectStops) || objectEnds.Has(s.lower[to], lexicon.Exact) {
			break
		}
		to++
	}
	return trimPunct(spanOf(s, from, to))
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
		for _, a := range starts {
			if a == at[1] {
				return true
			}
		}
	}
	return false
}

// offered reports whether one of the candidates already gives the answer,
// whole or within its own, word for word (folded).
func offered(cands []candidate, answer string) bool {
	a := spacedWords(answer)
	if a == " " {
		return false
	}
	for _, c := range cands {
		if strings.Contains(spacedWords(c.answer), a) {
			return true
		}
	}
	return false
}

// spacedWords returns the words of t, folded, one space apart, with a
// space before and after: one phrase is within another at word
// boundaries when its spaced words are within the other's.
func spacedWords(t string) string {
	return " " + strings.Join(strings.FieldsFunc(analysis.Fold(t), isMark), " ") + " "
}

// isMark reports whether r separates words: a space or punctuation.
func isMark(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// repeatsQuestion reports whether s writes, from word at on, two words of
// the question in a row: an object that opens with a phrase the question
// already writes ("lễ khai giảng") is not the one it asks.
func repeatsQuestion(content []word, s *sent, at int) bool {
	for k := at; k < at+2; k++ {
		if k >= len(s.fold) || !slices.ContainsFunc(content, func(w word) bool { return w.writtenAt(s, k) }) {
			return false
		}
	}
	return true
}
