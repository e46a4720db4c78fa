package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// kindName answers a which-question whose answer is a name of the kind its
// focus noun says ("Cục … thuộc bộ nào", "Thuận học trường nào", "tòa nào
// xử vụ án") from any sentence of the articles in scope, not only the few
// the passage generator reads: news writing names a body, a school or a
// newspaper once, with its kind noun before the name ("Sở Công Thương",
// "báo Tuổi Trẻ"), often in a sentence other than the ones that best hold
// the question's words. Of the sentences that write such a name, the one
// holding most of the question's words gives it; a name the question
// itself writes ("Điểm trường Đồng Tậu … trường nào") is never the answer.
// Its confidence is kindNameBase plus kindNameCover times that share.
func (d *document) kindName(q question, content []word, sc *scope) candidate {
	kind := namedKindOf(nounOf(q))
	if kind == "" || len(content) == 0 || !(q.wh == whWhat || q.wh == whWho && q.org) {
		return candidate{}
	}
	// "TAND tỉnh Hải Phòng" names a "tòa" by its abbreviation.
	kinds := append(append([]string{kind}, synonyms(kind)...), kindAbbreviations[kind]...)
	var out candidate
	for _, b := range d.bestSentences(q, content, sc, kindNameSentences) {
		ans := ownItemsDropped(q, kind, nounOpened(b.s, kindNameIn(b, kinds), kind, nounOf(q)))
		if ans != "" && !writtenAsAsked(nounOf(q), ans) {
			continue
		}
		ans = gradeAppended(b.s, ans)
		if ans == "" || repeats(q, analysis.Tokens(ans)) >= wholeRepeat {
			continue
		}
		score := kindNameBase + kindNameCover*b.o.coverage()
		if score > out.score {
			out = candidate{answer: ans, kind: KindPassage, score: score, refs: []ref{{b.s.p.ID, b.s.index}}}
		}
	}
	return out
}

// nounOpened returns the name ans, found in s after its kind noun (kind,
// one word folded), with the word s writes before it when that word is
// capitalised and is the word the question's noun writes before the
// kind: "Đại hội XIV" for "đại hội nào", found as a "hội". A name is
// never cut inside the compound that opens it.
func nounOpened(s *sent, ans, kind string, noun []word) string {
	if ans == "" || len(noun) < 2 || noun[len(noun)-1].fold != kind {
		return ans
	}
	i := strings.Index(s.text, ans)
	if i <= 0 {
		return ans
	}
	before := strings.TrimRight(s.text[:i], " ")
	if len(before) != i-1 {
		return ans // not one space before the name
	}
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	if prev == "" || !startsUpper(prev) || analysis.Fold(prev) != noun[len(noun)-2].fold {
		return ans
	}
	return prev + " " + ans
}

// namedKindOf returns the folded kind noun a question's focus noun ends
// in, of two words or one ("toa an" of "tòa án", "bo" of "thuộc bộ",
// "so" of "giám đốc sở"), when it is a kind news writing names
// (namedKindNouns), or "".
func namedKindOf(noun []word) string {
	for n := min(len(noun), maxNamedKindWords); n > 0; n-- {
		k := phraseOf(noun[len(noun)-n:])
		if namedKindNouns.Has(k, lexicon.Exact) {
			return k
		}
	}
	return ""
}

// maxNamedKindWords is the most words a noun of namedKindNouns has.
const maxNamedKindWords = 2

// kindAbbreviations gives, by folded kind noun, the folded abbreviations
// news writing names a body of that kind by ("tòa": "tand"; role
// kind_abbreviations_folded).
var kindAbbreviations = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range lexicon.MustPairs("kind_abbreviations_folded") {
		m[p.Key] = append(m[p.Key], p.Value)
	}
	return m
}()

// namedKindNouns are the kinds of bodies and things written with their
// noun before a capitalised name: "bộ", "sở", "trường", "báo".
var namedKindNouns = lexicon.MustSet("named_kind_nouns_folded")

// kindNameIn returns the first name of one of the kinds (folded nouns,
// "bo", "truong") that the sentence of b writes after its kind noun, or "".
func kindNameIn(b scored, kinds []string) string {
	for _, k := range kinds {
		if ans := entityIn(b.s, sharedWords(k), b.o); ans != "" {
			return ans
		}
	}
	return ""
}

// kindNameSentences bounds the sentences kindName reads: every sentence
// in scope that holds a word of the question, in practice.
const kindNameSentences = 200

// kindNameBase is the confidence of a name of the kind asked whose
// sentence holds none of the question's other words.
const kindNameBase = 0.3

// kindNameCover is what the share of the question's words its sentence
// holds adds to a name's confidence.
const kindNameCover = 0.5

// writtenAsAsked reports whether the name ans opens with the question's
// kind noun as the question typed it, when it typed it with diacritics:
// "trường" asked is not "trưởng" of "Bộ trưởng GD".
func writtenAsAsked(noun []word, ans string) bool {
	first, _, _ := strings.Cut(strings.ToLower(ans), " ")
	last := noun[len(noun)-1]
	for _, w := range noun {
		if w.fold == analysis.Fold(first) {
			last = w
			break
		}
	}
	return !last.marked || analysis.Fold(first) != last.fold || first == last.text
}

// ownItemsDropped returns the names of a list ans ("trường Đồng Tậu, Mầm
// non Lương Thiện"; "Báo Tuổi trẻ, Sở VH-TT …") without the items the
// question itself names and the items that open with a noun of another
// kind of namedKindNouns: the question's own mention is never its
// answer, and a list of bodies of several kinds is not one of the kind.
func ownItemsDropped(q question, kind, ans string) string {
	items := strings.Split(ans, itemSeparator)
	var kept []string
	for i, it := range items {
		first, _, _ := strings.Cut(analysis.Fold(it), " ")
		if i > 0 && first != kind && namedKindNouns.Has(first, lexicon.Exact) {
			continue
		}
		if repeats(q, analysis.Tokens(it)) >= wholeRepeat {
			continue
		}
		kept = append(kept, it)
	}
	return strings.Join(kept, itemSeparator)
}

// itemSeparator parts the items of a list of names.
const itemSeparator = ", "

// gradeAppended returns ans with the grade that closes it in s when it
// ends in a word leading one (gradeLeads): "Huân chương Độc lập hạng" of
// "… hạng Ba" is "Huân chương Độc lập hạng Ba".
func gradeAppended(s *sent, ans string) string {
	i := strings.LastIndexByte(ans, ' ')
	if ans == "" || !gradeLeads.Has(analysis.Fold(ans[i+1:]), lexicon.Exact) {
		return ans
	}
	at := strings.Index(s.text, ans)
	if at < 0 {
		return ans
	}
	rest := strings.TrimLeft(s.text[at+len(ans):], " ")
	next, _, _ := strings.Cut(rest, " ")
	if next = trimPunct(strings.TrimRight(next, ".;:)")); next == "" {
		return ans
	}
	return ans + " " + next
}

// gradeLeads lead the grade closing a name of an award: "hạng".
var gradeLeads = lexicon.MustSet("grade_leads_folded")
