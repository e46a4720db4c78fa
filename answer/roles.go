package answer

// This file holds the features that read who does what in the answer's
// sentence: the question's verb, its doer, the voice, an agent.

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// passiveMarkers make the verb after them passive: "ai được tặng" asks
// who received; in a sentence, "được Chủ tịch tỉnh tặng" names the giver.
// A question's words are matched folded, a sentence's as typed
// (isPassiveMarker).
var passiveMarkers = lexicon.MustSet("passive_markers")

// roleOf reports whether the answer plays the part of the question's verb
// in sentence s that the question asks for: the one acted on for who
// received ("ai được tặng Bằng khen" — "tặng Bằng khen 3 tập thể", "3 tập
// thể được … tặng"), the doer for who did it ("ai tặng" — "Chủ tịch …
// tặng", "được Chủ tịch … tặng"). The sentence's voice counts as the
// question's does: a name before the verb is its doer unless a passive
// marker stands between them. A question word after an agent or passive
// marker asks for the doer too (agentRole: "Giấy khen do ai trao?", "…
// của ai?"). known is false when the verb or the answer is not found in
// the sentence.
func roleOf(q question, s *sent, answer []analysis.Token) (agrees, known bool) {
	if q.whAt < 0 || q.whEnd > len(q.words) {
		return false, false
	}
	at := answerAt(s, answer)
	if at < 0 {
		return false, false
	}
	if q.whAt > 0 {
		// After the verb and its doer the object is asked: objectRole.
		return agentRole(q, s, at)
	}
	return subjectRole(q, s, at, false)
}

// subjectRole is roleOf for the verb written after the question word: the
// one who does it is asked ("ai tặng …"), or, after a passive marker, the
// one it is done to ("ai được tặng …"). Following the words it asks about
// (inner: "giải nhì ai đoạt", read by objectRole only to leave it to the
// doer's features), a question word before a preposition asks the object
// of the verb before it ("Bà Hằng biểu dương ai tại hội nghị"): no subject
// is known then.
func subjectRole(q question, s *sent, at int, inner bool) (agrees, known bool) {
	passive := false
	i := q.whEnd
	for i < len(q.words) && (q.words[i].isFiller() || passiveMarkers.Has(q.words[i].fold, lexicon.Folded)) {
		if inner && headPrepositions.Has(q.words[i].text, lexicon.AsTyped) {
			return false, false
		}
		passive = passive || passiveMarkers.Has(q.words[i].fold, lexicon.Folded)
		i++
	}
	if i >= len(q.words) || inner && (q.words[i].num || headPrepositions.Has(q.words[i].text, lexicon.AsTyped)) {
		return false, false
	}
	verb := questionVerbIn(q, s, i)
	if len(verb) == 0 {
		return false, false
	}
	return doerOf(s, at, verb) != passive, true
}

// objectRole is roleOf for a question word after the verb it asks about
// and the one who does it: the verb's object is asked, the one it is done
// to or given to ("Bà Hằng biểu dương ai?" — "bà Hằng biểu dương nhân
// dân", "Huân chương trao cho ai?" — "trao Huân chương cho Đảng bộ"), so
// the verb's doer does not answer it; nor does a name the sentence writes
// before the verb with no passive marker between. The verb is the content
// word right before the question word, past fillers and object links
// ("cho", "những"); known is false when the sentence does not write it,
// or the question asks the doer of a verb after its question word
// (subjectRole) or after an agent or passive marker (agentRole). Its
// mismatch says the answer names the asker (fNamesAsker).
func objectRole(q question, s *sent, answer []analysis.Token) (agrees, known bool) {
	if !whoAfterNamed(q) || q.whEnd > len(q.words) || passiveMarkers.Has(q.words[q.whAt-1].fold, lexicon.Folded) {
		return false, false // "do ai trao": the doer is asked (agentRole)
	}
	at := answerAt(s, answer)
	if at < 0 {
		return false, false
	}
	if _, known := subjectRole(q, s, at, true); known {
		return false, false // "giải nhì ai đoạt": the doer of what follows
	}
	j := q.whAt - 1
	for j >= 0 && (q.words[j].isFiller() || objectLinks.Has(q.words[j].text, lexicon.AsTyped)) {
		j--
	}
	if j < 0 || q.words[j].num {
		return false, false
	}
	verb := questionVerbIn(q, s, j)
	if len(verb) == 0 {
		return false, false
	}
	return !doerOf(s, at, verb), true
}

// questionVerbIn returns the positions in s of word i of q, written as
// the question writes it: "trao" typed among words with diacritics is not
// the "trào" of "phong trào". A question typed without diacritics (its
// teencode read out, "dc" as "được", does not count) matches folded. A
// verb made a noun ("việc chỉ định") is not the verb, unless an agent
// marker puts its doer after it ("sự chủ trì của …", agentFollows). A verb
// that gives an award is any such verb the sentence writes (giveVerbsIn).
func questionVerbIn(q question, s *sent, i int) []int {
	w := q.words[i]
	if s.english {
		return s.pos[w.key(q.lang)]
	}
	typed := w.marked || analysis.HasDiacritics(q.text)
	writes := func(w word, k int) bool {
		return k < len(s.fold) && w.fold == s.fold[k] && (!typed || w.text == s.lower[k])
	}
	if give := giveVerbsIn(q, s, i); len(give) > 0 {
		// A verb that gives an award, asked, is any the sentence
		// writes, and only those: untyped, "trao" would fold onto
		// "phong trào".
		return give
	}
	var out []int
	for _, k := range s.pos[w.key(q.lang)] {
		if !writes(w, k) {
			continue
		}
		compound := i+1 < len(q.words) && !q.words[i+1].isFiller() && writes(q.words[i+1], k+1)
		if madeNoun(s, k, compound) {
			continue // "về việc chỉ định": a noun, whose doer is not the subject
		}
		out = append(out, k)
	}
	return out
}

// roleGiveVerbs are the verbs that give an award ("trao", "tặng", "khen
// thưởng"; role give_verbs_strong): the giver is written before each and
// the one given to after, so one asked stands for another its sentence
// writes ("ai được trao giấy khen" — "Giám đốc tặng Giấy khen 9 tập
// thể").
var roleGiveVerbs = lexicon.MustSet("give_verbs_strong")

// giveVerbsIn returns the positions in s of the verbs of roleGiveVerbs
// when word i of q starts one of them, as typed; nil otherwise. A verb
// made a noun ("việc trao") is left out, as in questionVerbIn.
func giveVerbsIn(q question, s *sent, i int) []int {
	asked := false
	words := make([]string, 0, roleGiveVerbs.MaxWords())
	for n := 1; n <= roleGiveVerbs.MaxWords() && i+n <= len(q.words) && !asked; n++ {
		words = append(words, q.words[i+n-1].text)
		asked = roleGiveVerbs.HasPhrase(words, lexicon.AsTyped)
	}
	if !asked {
		return nil
	}
	var out []int
	for k := range s.lower {
		n := phraseAt(s, roleGiveVerbs, k)
		if n == 0 || madeNoun(s, k, n > 1) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// madeNoun reports whether the verb at position k of s (its second
// syllable too when compound) is made a noun by the word before it ("về
// việc chỉ định"), with no agent marker after it to give its doer
// (agentFollows).
func madeNoun(s *sent, k int, compound bool) bool {
	return k > 0 && nominalizers.Has(s.lower[k-1], lexicon.Exact) && !agentFollows(s, k, compound)
}

// agentFollows reports whether an agent marker follows the verb at position
// k of s (its second syllable too when compound) within maxAgentGap: a
// verb made a noun still has its doer there, "dưới sự chủ trì của Chủ tịch
// Quốc hội …" (agentOf).
func agentFollows(s *sent, k int, compound bool) bool {
	end := k
	if compound {
		end++
	}
	for m := end + 1; m < len(s.lower) && m-end <= maxAgentGap; m++ {
		if agentMarkers.Has(s.lower[m], lexicon.Exact) {
			return true
		}
	}
	return false
}

// answerAt returns the position in s of the first two words of an answer,
// of tokens toks, or -1.
func answerAt(s *sent, toks []analysis.Token) int {
	if len(toks) == 0 {
		return -1
	}
	// The answer's first two words in lower case, made once, not per
	// word of s.
	first, second := analysis.Lower(toks[0].Text), ""
	if len(toks) >= 2 {
		second = analysis.Lower(toks[1].Text)
	}
	for k := range s.fold {
		if s.lower[k] == first && (len(toks) < 2 || k+1 < len(s.lower) && s.lower[k+1] == second) {
			return k
		}
	}
	return -1
}

// agentRole is roleOf for a question word after the words it asks about:
// after an agent or a passive marker it asks for the doer of the verb
// that follows it ("Giấy khen do ai trao?", "… được ai tặng?"); ending the
// question after an agent marker, for the one an agent marker of the
// sentence puts before the answer ("Quyết định 521 của ai?" — "Quyết định
// 521/QĐ-TTg của Thủ tướng Chính phủ"). Only agreement is known there: a
// name written otherwise may still be the one asked for.
func agentRole(q question, s *sent, at int) (agrees, known bool) {
	prev := q.words[q.whAt-1].fold
	marker := agentMarkers.Has(prev, lexicon.Folded)
	if !marker && !passiveMarkers.Has(prev, lexicon.Folded) {
		return false, false
	}
	i := q.whEnd
	for i < len(q.words) && q.words[i].isFiller() {
		i++
	}
	if i < len(q.words) {
		if verb := questionVerbIn(q, s, i); len(verb) > 0 {
			return doerOf(s, at, verb), true
		}
		return false, false // the doer of a verb the sentence does not write
	}
	if marker && agentBefore(s, at) {
		return true, true
	}
	return false, false
}

// maxAgentTitle is how many words of a title may stand between an agent
// marker and the name it puts there: "của Chủ tịch UBND tỉnh Lê Văn Dũng".
const maxAgentTitle = 8

// agentBefore reports whether an agent marker stands before the name at
// position at of s, with only its title between: "của Thủ tướng Chính
// phủ", "do Chủ tịch UBND tỉnh Lê Văn Dũng".
func agentBefore(s *sent, at int) bool {
	for m := at - 1; m >= 0 && at-m <= maxAgentTitle; m-- {
		if agentMarkers.Has(s.lower[m], lexicon.Exact) {
			return opensName(s, m+1, at)
		}
	}
	return false
}

// doerOf reports whether the words at position at of s are the doer of the
// verb written at one of the positions verb (the first after them in
// their clause, else the first): they stand before it with no passive marker between ("Chủ
// tịch … tặng", "được Chủ tịch … tặng"), not after it ("tặng … 3 tập
// thể") nor before a marker ("3 tập thể được … tặng"). A verb that opens
// the sentence has its doer after it (frontedDoer): "Phát biểu khai mạc,
// ông Hầu A Lềnh nhấn mạnh …", "Tham dự có ông Lê Hoàng Hải"; so has a
// verb an agent marker puts after it (agentOf): "đề nghị của Sở …".
func doerOf(s *sent, at int, verb []int) bool {
	v := verb[0]
	for _, p := range verb {
		if p > at {
			// The verb past a clause break (";", ":") is another
			// clause's: "Chủ tịch tỉnh tặng Bằng khen 3 tập thể; Giám
			// đốc tặng Giấy khen …" — the answer's verb is the one
			// before it, when there is one.
			if s.clause[p] == s.clause[at] || verb[0] > at {
				v = p
			}
			break
		}
	}
	if at >= v {
		return frontedDoer(s, at, verb[0]) || agentOf(s, at, verb) || partnerOf(s, at, verb)
	}
	for k := at + 1; k < v; k++ {
		if isPassiveMarker(s, k) {
			return false
		}
	}
	return true
}

// partnerMarkers join the one who acts with another to the verb: "phối
// hợp với Cục Cảnh sát …" (role partner_markers).
var partnerMarkers = lexicon.MustSet("partner_markers")

// partnerOf reports whether the name at position at of s is the partner a
// partner marker puts right after one of the verb's positions, with only
// its title between: "Công an tỉnh phối hợp với Cục Cảnh sát điều tra …"
// — the partner does the verb too.
func partnerOf(s *sent, at int, verb []int) bool {
	for _, v := range verb {
		for m := v + 1; m < at && m-v <= maxAgentGap; m++ {
			if partnerMarkers.Has(s.lower[m], lexicon.Exact) && opensName(s, m+1, at) {
				return true
			}
		}
	}
	return false
}

// isPassiveMarker reports whether word k of s is a passive marker, read as
// typed: "Bí thư" is no "bị".
func isPassiveMarker(s *sent, k int) bool {
	return passiveMarkers.Has(s.lower[k], lexicon.AsTyped)
}

// frontingWords present the doer of a verb that opens a sentence: "Tham
// dự có ông …", "Dự đại hội có các đồng chí …".
var frontingWords = lexicon.MustSet("fronting_words")

var (
	// personMarkers introduce a person's name: "ông", "bà", "đồng chí".
	personMarkers = lexicon.MustSet("person_markers")
)

// frontedDoer reports whether the words at position at of s are the doer
// of the verb at position v when the verb opens the sentence and the doer
// follows: the verb's phrase is parted from its doer by a comma, the doer
// opening the next part, after a title (capitalised words, and the units
// it names; a capitalised word's next syllable, "Chủ tịch") or a person
// marker only
// ("Phát biểu khai mạc, ông Hầu A Lềnh nhấn mạnh", "Phát biểu chỉ đạo, Phó
// Chủ tịch UBND tỉnh Lê Văn Dũng …"); or a fronting word stands between
// them with no comma before it ("Tham dự có ông Lê Hoàng Hải, …").
func frontedDoer(s *sent, at, v int) bool {
	if v != 0 || at <= v {
		return false
	}
	comma := -1 // the last word before the comma
	for k := v; k < at; k++ {
		if comma < 0 && k > v && frontingWords.Has(s.lower[k], lexicon.AsTyped) {
			return true
		}
		if isPassiveMarker(s, k) {
			return false
		}
		if strings.Contains(s.text[s.ends[k]:s.starts[k+1]], ",") {
			if comma >= 0 {
				return false // a second part: the name is no longer its opener
			}
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	return opensName(s, comma+1, at)
}

// opensName reports whether the words of s from position from up to the
// name at position at are a title or a person marker only: capitalised
// words and the next syllable of one ("Chủ tịch"), the units a title names
// in lower case ("tỉnh"), "ông", "đồng chí"; all of one phrase, no comma
// between them.
func opensName(s *sent, from, at int) bool {
	for k := from; k < at; k++ {
		if strings.Contains(s.text[s.ends[k]:s.starts[k+1]], ",") {
			return false // "của Bộ trưởng Bộ Công an, Đại tá Võ Trọng Hải"
		}
		switch {
		case isCapital(s, k) || k > from && isCapital(s, k-1):
		case personMarkers.Has(s.lower[k], lexicon.Exact) || adminUnits.Has(s.lower[k], lexicon.Exact):
		case k+1 < at && (personMarkers.Has(s.lower[k]+" "+s.lower[k+1], lexicon.Exact) || adminUnits.Has(s.lower[k]+" "+s.lower[k+1], lexicon.Exact)):
			k++
		default:
			return false
		}
	}
	return true
}

// agentOf reports whether the name at position at of s is the agent an
// agent marker puts after one of the verb's positions, with only its title
// between: "đề nghị của Sở Giáo dục", "do Chủ tịch UBND tỉnh Lê Văn Dũng
// ký".
func agentOf(s *sent, at int, verb []int) bool {
	for _, v := range verb {
		for m := v + 1; m < at && m-v <= maxAgentGap; m++ {
			if agentMarkers.Has(s.lower[m], lexicon.Exact) && opensName(s, m+1, at) {
				return true
			}
		}
	}
	return false
}
