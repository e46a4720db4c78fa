package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// maxAgentWords is the most words an agent span may hold: a title, an
// office or a body written as the doer of a verb ("Chủ tịch nước",
// "Cơ quan An ninh điều tra Công an tỉnh").
const maxAgentWords = 9

// agentIn returns the span s writes right before the verb a who-question
// asks the doer of ("Ai tặng Huy chương …?", "Huân chương do ai trao
// tặng?", "Cơ quan nào khởi tố vụ án?"), empty when none: an office, a
// body or a titled person standing as the doer, when no name follows the
// title ("Chủ tịch nước tặng Huân chương …", "do Chủ tịch nước trao
// tặng", "được Chủ tịch nước tặng"). The span opens after an agent or
// passive marker, at the sentence's start, or after its first comma (a
// fronted phrase: "Theo Quyết định số 999, Chủ tịch nước tặng …"); it
// opens with a title or the head of a body's name and is one phrase, with
// no punctuation, auxiliary or function word inside. A title the article
// gives a person it names stands for that person: none.
func (d *document) agentIn(q question, s *sent) string {
	i := agentVerbAt(q)
	if i < 0 {
		return ""
	}
	for _, v := range questionVerbIn(q, s, i) {
		from, to := agentSpan(s, v)
		if from < 0 {
			continue
		}
		ans := trimPunct(spanOf(s, from, to))
		if d.titleOfNamed(s, ans) {
			return ""
		}
		return ans
	}
	return ""
}

// agentVerbAt returns the position in q.words of the verb whose doer q
// asks for, -1 when it asks none: the first content word after a question
// word that opens the question ("ai tặng", "cơ quan nào khởi tố") or
// follows an agent or passive marker ("do ai trao tặng", "được ai tặng").
// A passive marker after the question word asks who received ("ai được
// tặng"): no doer.
func agentVerbAt(q question) int {
	if q.wh != whWho || q.whAt < 0 || q.whEnd > len(q.words) {
		return -1
	}
	if q.whAt > 0 {
		prev := q.words[q.whAt-1].fold
		if !agentMarkers.Has(prev, lexicon.Folded) && !passiveMarkers.Has(prev, lexicon.Folded) {
			return -1
		}
	}
	for i := q.whEnd; i < len(q.words); i++ {
		w := q.words[i]
		if passiveMarkers.Has(w.fold, lexicon.Folded) || w.num {
			return -1
		}
		if !w.isFiller() {
			return i
		}
	}
	return -1
}

// agentSpan returns the words [from, to) of s written as the doer of the
// verb at position v (agent), from -1 when none: only auxiliaries stand
// between them and the verb, and they run back, one phrase, to an agent or
// passive marker, the sentence's start or its first comma.
func agentSpan(s *sent, v int) (from, to int) {
	to = v
	for to > 0 && v-to < maxDoerGap && auxiliaries.Has(s.lower[to-1], lexicon.Exact) && !isPassiveMarker(s, to-1) && spaced(s, to) {
		to--
	}
	if to == 0 || !spaced(s, to) {
		return -1, 0
	}
	from = to - 1
	for {
		if to-from > maxAgentWords {
			return -1, 0
		}
		if from == 0 {
			break
		}
		if isPassiveMarker(s, from-1) || agentMarkers.Has(s.lower[from-1], lexicon.Exact) {
			if !spaced(s, from) {
				return -1, 0
			}
			break
		}
		if !spaced(s, from) {
			if sepBefore(s, from) != ", " || commaBefore(s, from-1) {
				return -1, 0
			}
			break
		}
		from--
	}
	if !titleAt(s, from) && organisationHeadAt(s, from) == 0 {
		return -1, 0
	}
	for k := from + 1; k < to; k++ {
		if !isCapital(s, k) && (auxiliaries.Has(s.lower[k], lexicon.Exact) || analysis.IsWrittenStopword(s.lower[k])) {
			// "Công an tỉnh đã khẩn trương vào": a verb phrase, not a
			// name, stands between the doer and the verb.
			return -1, 0
		}
	}
	return from, to
}

// commaBefore reports whether a comma stands between words of s before
// word k (inclusive of the gap before it).
func commaBefore(s *sent, k int) bool {
	for m := 1; m <= k; m++ {
		if sepBefore(s, m) == ", " {
			return true
		}
	}
	return false
}

// titleOfNamed reports whether span names a person the article of s
// names, or is or holds a title it gives one: a title standing for that
// person, not an office acting by itself.
func (d *document) titleOfNamed(s *sent, span string) bool {
	folded := analysis.Fold(span)
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || f.Name == "" {
			continue
		}
		if strings.Contains(folded, analysis.Fold(f.Name)) {
			// "Chủ tịch UBND tỉnh Lê Văn Dũng tặng": the people reader
			// gives the person with the title.
			return true
		}
		for _, title := range f.Titles {
			if ft := analysis.Fold(title); ft != "" && (strings.Contains(folded, ft) || strings.Contains(ft, folded)) {
				return true
			}
		}
	}
	return false
}
