package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A generator names the stage that proposed a candidate: one reads a kind
// of fact, passage reads sentences.
type generator string

// The generators, in the order the engine runs them.
const (
	genAbbreviation  generator = "abbreviation"
	genCredit        generator = "credit"
	genPersonTitles  generator = "person_titles"
	genPersonByTitle generator = "person_by_title"
	genPersonNote    generator = "person_note"
	genAward         generator = "award"
	genQuantity      generator = "quantity"
	genSum           generator = "sum"
	genIdentifier    generator = "identifier"
	genEvent         generator = "event"
	genDated         generator = "dated"
	genNamed         generator = "named"
	genYesNo         generator = "yesno"
	genPlace         generator = "place"
	genPlaceOfKind   generator = "place_of_kind"
	genSuperlative   generator = "superlative"
	genOpponent      generator = "opponent"
	genPeriod        generator = "period"
	genPassage       generator = "passage"
)

var generators = []generator{
	genAbbreviation, genCredit, genPersonTitles, genPersonByTitle, genPersonNote, genAward,
	genQuantity, genSum, genIdentifier, genEvent, genDated, genNamed, genYesNo, genPlace, genPlaceOfKind, genSuperlative, genOpponent, genPeriod, genPassage,
}

// The named features of a candidate. Each is in [0, 1]; the learned
// scorer (weights.txt) gives each a weight.
const (
	// fGenerator is the generator's own confidence, as its rules judge.
	fGenerator = "generator_score"
	// fTypeAgrees: the answer holds a token of the type asked (a number for
	// a count, a capitalised name for a who, a date for a when, …).
	fTypeAgrees = "type_agrees"
	// fTypeUnchecked: the question asks for no type that can be checked
	// (what, why, how, a keyword).
	fTypeUnchecked = "type_unchecked"
	// fSentenceCover: the weighted share of the question's content words
	// found in the source sentence.
	fSentenceCover = "sentence_cover"
	// fPassageCover: the same over the whole source passage.
	fPassageCover = "passage_cover"
	// fArticleMissing: the weighted share of the question's content words
	// found nowhere in the source article.
	fArticleMissing = "article_missing"
	// fNameMissing: a number or a capitalised name the question gives is
	// nowhere in the source article.
	fNameMissing = "name_missing"
	// fNamesApart: the question names something (a capitalised word the
	// source sentence also capitalises) and the answer's number stands in
	// another part of the sentence, between commas or semicolons: "Đắk
	// Nông có bao nhiêu nhà bị ngập" answered by the count of the next
	// province in the list.
	fNamesApart = "names_apart"
	// fNamesBeside: the question's names stand in the same part of the
	// sentence as the answer's number.
	fNamesBeside = "names_beside"
	// fRoleMismatch: a who-question asks who received ("ai được tặng …")
	// and the answer stands before the question's verb in its sentence,
	// where the giver is written, or asks who did it ("ai tặng …") and the
	// answer stands after the verb.
	fRoleMismatch = "role_mismatch"
	// fRoleAgrees: the answer stands on the side of the verb the question
	// asks for.
	fRoleAgrees = "role_agrees"
	// fFactStrong: the candidate is read from a sentence while a fact of
	// the articles answers with confidence: facts know what their numbers
	// count and who gave what to whom, so a sentence's answer is then the
	// weaker one.
	fFactStrong = "fact_stronger"
	// fFunctionWords: the share of the answer's words that are stopwords:
	// "kể đến như" names nothing.
	fFunctionWords = "answer_function_words"
	// fDefinitionAsked: the question asks what something means ("… là
	// gì", "viết tắt của gì").
	fDefinitionAsked = "definition_asked"
	// fSumAsked: the question asks for a total and the candidate is no
	// sum: a single count may be one of the parts.
	fSumAsked = "sum_asked_single"
	// fRepeats: the share of the answer's words that the question already
	// holds.
	fRepeats = "answer_repeats_question"
	// fLength: the answer's length in words, over 40, at most 1.
	fLength = "answer_length"
	// fNamesAsker: a who-question that names its doer and asks another
	// ("Tổng Bí thư bày tỏ lòng biết ơn tới ai?", "Thảo mừng sinh nhật
	// ai?") is answered with the one it names (askerIn).
	fNamesAsker = "answer_names_asker"
	// fWholeSentence: the answer is its whole source sentence.
	fWholeSentence = "answer_is_sentence"
	// fRank: 1/(1+r) for the rank r of the source passage among those the
	// index found; 0 when it was not found.
	fRank = "retrieval_rank"
	// fFocus: the share of a count's asked noun that is in the answer.
	fFocus = "focus_in_answer"
	// fBest: the generator's confidence is the highest of the question's
	// candidates.
	fBest = "generator_best"
	// fMargin: how far the generator's confidence is above the next best
	// candidate's (negative below the best), halved into [-0.5, 0.5].
	fMargin = "generator_margin"
	// fAgree: other candidates hold this one's number or name.
	fAgree = "others_agree"
	// fMarked: the question was typed with diacritics.
	fMarked = "question_marked"
	// fLeadOrTitle: the source is the title or the lead.
	fLeadOrTitle = "source_lead_or_title"
	// fNoSource: the candidate cites no sentence.
	fNoSource = "no_source"
	// fVerbBefore: a word of the question — its verb ("tăng", "vinh
	// danh") or the name of a part ("Đà Nẵng tăng 22,2%") — is among the
	// words that govern the answer's number, written right before it
	// (governor): of the many numbers of a sentence, the one the question
	// asks about.
	fVerbBefore = "verb_before"
	// fChangeMismatch: the answer's number is a change ("tăng 1 HCB") and
	// the question asks for no change, or the question asks by how much
	// something changed and the number is none.
	fChangeMismatch = "change_mismatch"
	// fCountedOther: the question counts a noun ("bao nhiêu dự án",
	// "bao nhiêu người") and the answer's number counts another thing
	// ("627.000 tỷ đồng", "46 bàn").
	fCountedOther = "counted_other"
	// fPerNamed: the answer's number is a rate per something written
	// after a slash ("40.000 đồng/trẻ em") and the question names it.
	fPerNamed = "per_named"
	// fPerOther: the answer's rate is per something the question does not
	// name, while another rate of its sentence is per what it names
	// ("200.000 đồng/người lớn" for "vé cho trẻ em bao nhiêu tiền").
	fPerOther = "per_other"
	// fTimeOfVerb: a when-question's word says what the answer's time is
	// the time of, written right before it ("bão đổ bộ hôm nào" — "đổ bộ
	// vào đêm 26/10"), not the time of the report ("Sáng 28/10, Ban Chỉ
	// huy … cho biết").
	fTimeOfVerb = "time_of_verb"
	// fClauseFallback: the candidate is the clause of a sentence that
	// holds the question's words, kept when no part of it could be cut as
	// the answer asked for (clauseAround).
	fClauseFallback = "clause_fallback"
	// fWithoutEvent: the candidate answers the question read without the
	// words that name its event (withoutEvent), for a question routed to
	// the article by them.
	fWithoutEvent = "without_event"
	// fObjectOf: a what- or list-question's content word governs the
	// answer in its sentence, written right before it past object links
	// (governedByQuestion): "đoạt huy chương gì" — "đoạt Huy chương Bạc
	// …", "ghi dòng chữ gì" — "với dòng chữ “…”".
	fObjectOf = "object_of_question"
	// fHeadLeads: the answer opens with the noun the question writes
	// right before its question word and says more ("theo mô hình gì" —
	// "mô hình tổ chức mới"): it names which one (headLeads).
	fHeadLeads = "head_leads"
	// fNumberForWhich: a what- or which-question names the kind of thing
	// it asks for ("đội nam nào", "bệnh viện nào") and the answer opens
	// with a number: an amount or a count, no thing of that kind ("150
	// triệu đồng" for "đội nam nào giải Nhất").
	fNumberForWhich = "number_for_which"
	// fSideAgrees: the question asks for the start or the end of a period
	// ("bắt đầu từ ngày nào", "kéo dài đến ngày nào") and the answer is
	// that end of a period its sentence writes ("từ ngày 8/11 đến ngày
	// 12/11": 8/11 for the start).
	fSideAgrees = "side_agrees"
	// fSideMissed: the question asks for the start or the end of a period
	// and the answer is no such end: the day an event is reported ("Ngày
	// 13.12, … ra quân"), not the day its period ends.
	fSideMissed = "side_missed"
	// fPlaceBound: a where-question's answer is a place its sentence opens
	// with a locative ("tại", "ở", "trên") that the question's own verb
	// governs ("tổ chức tại …" for "tổ chức ở đâu") (placeBound).
	fPlaceBound = "place_bound"
	// fPlaceUnbound: the answer is opened by a locative that no verb of the
	// question governs ("Về Quốc hội …", about, for "tổ chức ở đâu").
	fPlaceUnbound = "place_unbound"
	// fCauseBound: a why-question's answer is a cause or a purpose its
	// sentence opens with "do", "vì", "để", "nhằm", and the question's words
	// govern it ("Ông S. chết do …" for "vì sao ông S. chết") (causeBound).
	fCauseBound = "cause_bound"
	// fCauseUnbound: the answer is opened by a word of cause that no word of
	// the question governs, or by one that opens a name ("Kỷ niệm chương
	// Vì sự nghiệp …").
	fCauseUnbound = "cause_unbound"
	// fListWhole: the question asks for several things ("những bệnh gì",
	// "gồm những ai") and the answer is a list of several items as its
	// sentence writes it (listWritten).
	fListWhole = "list_whole"
	// fSourceNamed: a who-question asks for the source of what is
	// reported ("cơ quan nào cung cấp thông tin") and the answer is the
	// source a frame of its sentence names: "Theo Trung tâm dự báo …",
	// "Văn phòng … cho biết" (sourceNamed).
	fSourceNamed = "source_named"
	// fSourceOther: the question asks for the source of a report and the
	// answer is no source its sentence names.
	fSourceOther = "source_other"
)

// featureNames lists every feature, in the order of a feature vector:
// the ones above, then one per generator ("gen:award") and one per kind
// of question ("wh:count").
var featureNames = func() []string {
	names := []string{
		fGenerator, fBest, fMargin, fTypeAgrees, fTypeUnchecked, fSentenceCover, fPassageCover,
		fArticleMissing, fNameMissing, fNamesApart, fNamesBeside, fSumAsked, fRoleMismatch, fRoleAgrees, fFactStrong, fFunctionWords, fDefinitionAsked, fRepeats, fLength, fWholeSentence, fRank, fNamesAsker,
		fFocus, fAgree, fMarked, fLeadOrTitle, fNoSource, fWithoutEvent, fClauseFallback, fVerbBefore, fChangeMismatch, fCountedOther, fPerNamed, fPerOther, fTimeOfVerb, fObjectOf, fHeadLeads, fNumberForWhich,
		fSideAgrees, fSideMissed, fPlaceBound, fPlaceUnbound, fCauseBound, fCauseUnbound,
		fListWhole, fSourceNamed, fSourceOther,
	}
	for _, g := range generators {
		names = append(names, "gen:"+string(g))
	}
	for _, w := range whNames {
		names = append(names, "wh:"+w)
	}
	return names
}()

var featureIndex = func() map[string]int {
	m := make(map[string]int, len(featureNames))
	for i, n := range featureNames {
		m[n] = i
	}
	return m
}()

// WithoutEvent is the name of the feature that marks a candidate answering
// a question read without the words that name its event (AskNamed).
const WithoutEvent = fWithoutEvent

// FeatureNames returns the names of the candidates' features, in the
// order of Candidate.Features.
func FeatureNames() []string { return append([]string(nil), featureNames...) }

// A features is a feature vector being filled in by name.
type features []float64

func (f features) set(name string, v float64) { f[featureIndex[name]] = v }

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// strongFact is the generator confidence at which a fact's answer counts as
// strong for fFactStrong.
const strongFact = 0.8

// maxLengthWords is the answer length, in words, at which fLength is 1.
const maxLengthWords = 40

// sharedFeatures holds what the features of one question's candidates
// share, computed once for them all.
type sharedFeatures struct {
	// covers keeps the passage cover of each passage seen.
	covers map[string]float64
	// yearless holds the candidates' answers for agreement
	// (yearlessAnswers).
	yearless []string
	// missing keeps what missingFrom says of each article seen.
	missing map[string]articleMissing
}

// articleMissing is what missingFrom says of an article: the weighted
// share of the question's content it lacks, and whether a name or a
// number is among it.
type articleMissing struct {
	share float64
	named bool
}

// features computes the feature vector of candidate c of question q,
// among all the candidates of that question, with what they share.
func (e *Engine) features(q question, content []word, sc *scope, c candidate, all []candidate, shared *sharedFeatures) features {
	f := make(features, len(featureNames))
	f.set(fGenerator, min(1, max(0, c.score)))
	best, next := bestOthers(c, all)
	f.set(fBest, boolValue(c.score >= best))
	f.set(fMargin, max(-1, min(1, c.score-next))/2)
	f.set("gen:"+string(c.gen), 1)
	f.set("wh:"+q.wh.String(), 1)
	f.set(fMarked, boolValue(q.marked))
	f.set(fClauseFallback, boolValue(c.clause))

	toks := analysis.Tokens(c.answer)
	agrees, checked := typeAgrees(q, c.answer, toks)
	f.set(fTypeAgrees, boolValue(agrees))
	f.set(fTypeUnchecked, boolValue(!checked))
	f.set(fLength, min(1, float64(len(toks))/maxLengthWords))
	f.set(fRepeats, repeats(q, toks))
	f.set(fNamesAsker, boolValue(namesAsker(q, c.answer)))
	f.set(fFunctionWords, functionShare(toks))
	f.set(fDefinitionAsked, boolValue(hasAny(q.words, definitionCues...)))
	f.set(fAgree, agreement(c, all, shared.yearless))
	if q.wh == whCount || q.wh == whNumber {
		f.set(fFocus, focusShare(q, toks))
	}
	if c.kind == KindPassage {
		for _, o := range all {
			if o.kind == KindFact && o.score >= strongFact {
				f.set(fFactStrong, 1)
			}
		}
	}
	f.set(fSumAsked, boolValue(q.wh == whCount && c.gen != genSum && hasAny(q.words, sumCues...)))

	var s *sent
	if len(c.refs) > 0 {
		s = e.sentOf[c.refs[0]]
	}
	if s == nil {
		f.set(fNoSource, 1)
		return f
	}
	f.set(fWholeSentence, boolValue(strings.TrimRight(c.answer, ". ") == strings.TrimRight(s.text, ". ")))
	f.set(fLeadOrTitle, boolValue(s.p.Kind == corpus.KindLead || s.p.Kind == corpus.KindTitle))
	for i, id := range sc.passages {
		if id == s.p.ID {
			f.set(fRank, 1/float64(1+i))
			break
		}
	}
	reframed := false
	if named, _ := sourceNamed(q, s, c.answer); named {
		// The frame that names the source ("… cho biết", "Theo …") says
		// the question's act of informing in its own words: those words
		// count as found.
		if rest := without(content, sourceActWords(q)...); len(rest) > 0 && len(rest) < len(content) {
			content, reframed = rest, true
		}
	}
	if len(content) == 0 {
		return f
	}
	f.set(fSentenceCover, e.sentenceCover(content, s, q.lang))
	cover, ok := shared.covers[s.p.ID]
	if reframed {
		ok, cover = false, 0
	}
	if !ok {
		for _, o := range e.sentsOf[s.p.ID] {
			cover = max(cover, e.overlapOf(content, o, q.lang).coverage())
		}
		if !reframed {
			shared.covers[s.p.ID] = cover
		}
	}
	f.set(fPassageCover, cover)
	m, ok := shared.missing[s.art.ID]
	if reframed {
		m.share, m.named = e.missingFrom(content, s.art, q.lang)
	} else if !ok {
		m.share, m.named = e.missingFrom(content, s.art, q.lang)
		shared.missing[s.art.ID] = m
	}
	f.set(fArticleMissing, m.share)
	f.set(fNameMissing, boolValue(m.named))
	if q.wh == whWho {
		if agrees, known := roleOf(q, s, c.answer); known {
			f.set(fRoleAgrees, boolValue(agrees))
			f.set(fRoleMismatch, boolValue(!agrees))
		}
	}
	if named, known := sourceNamed(q, s, c.answer); known {
		f.set(fSourceNamed, boolValue(named))
		f.set(fSourceOther, boolValue(!named))
	}
	if asksThing(q) {
		f.set(fObjectOf, boolValue(e.objectOfQuestion(q, s, c.answer, content)))
		head := askedHead(q, content)
		f.set(fHeadLeads, boolValue(headLeads(q, head, c.answer, s)))
		f.set(fNumberForWhich, boolValue(len(head) > 0 && opensWithNumber(c.answer)))
	}
	if agrees, asked := sideOf(q, s, c.answer); asked {
		f.set(fSideAgrees, boolValue(agrees))
		f.set(fSideMissed, boolValue(!agrees))
	}
	if bound, known := placeBound(q, s, c.answer, content); known {
		f.set(fPlaceBound, boolValue(bound))
		f.set(fPlaceUnbound, boolValue(!bound))
	}
	if bound, known := causeBound(q, s, c.answer, content); known {
		f.set(fCauseBound, boolValue(bound))
		f.set(fCauseUnbound, boolValue(!bound))
	}
	if asksList(q) {
		f.set(fListWhole, boolValue(listWritten(s, c.answer)))
	}
	numAt := numberIn(s, c) // where s writes the answer's number, or -1
	if other, known := countedOther(q, c.answer, s, numAt); known {
		f.set(fCountedOther, boolValue(other))
	}
	if at := numAt; at >= 0 && (q.wh == whCount || q.wh == whNumber) {
		beside, apart := namesAround(q, content, s, at)
		f.set(fNamesBeside, boolValue(beside))
		f.set(fNamesApart, boolValue(apart))
		f.set(fVerbBefore, boolValue(bindsQuestion(s, at, content)))
		f.set(fChangeMismatch, boolValue(isChange(s, at) != asksChange(q)))
	}
	if q.wh == whWhen {
		for _, at := range answerStarts(s, c.answer) {
			if timeOfVerb(s, at, content) {
				f.set(fTimeOfVerb, 1)
			}
		}
	}
	if at := numAt; at >= 0 {
		if named, known := perNamed(s, at, content); known {
			f.set(fPerNamed, boolValue(named))
			f.set(fPerOther, boolValue(!named && anyPerNamed(s, content)))
		}
	}
	return f
}

// bestOthers returns the highest generator confidence among all the
// candidates, and the highest among those other than c.
func bestOthers(c candidate, all []candidate) (best, other float64) {
	for _, o := range all {
		best = max(best, o.score)
		if o.gen != c.gen || o.answer != c.answer {
			other = max(other, o.score)
		}
	}
	return best, other
}

// missingFrom returns the weighted share of content words found nowhere
// in article a, and whether a number or a capitalised name the question
// gives is among those missing.
func (e *Engine) missingFrom(content []word, a *corpus.Article, lang string) (float64, bool) {
	vocab := e.vocab[a.ID]
	total, gone := 0.0, 0.0
	named := false
	for i, w := range content {
		k := w.key(lang)
		wt := e.weight(k)
		total += wt
		if vocab[k] || synonymIn(vocab, w.fold) {
			continue
		}
		gone += wt
		named = named || w.num || w.caps || w.cap && i > 0
	}
	if total == 0 {
		return 0, false
	}
	return gone / total, named
}

// synonymIn reports whether vocab, an article's words, holds every word
// of a synonym of the folded word f ("tặng" for "trao"): the article
// says it in other words.
func synonymIn(vocab map[string]bool, f string) bool {
	for _, alt := range synonyms(f) {
		all := true
		for _, w := range strings.Fields(alt) {
			all = all && vocab[w]
		}
		if all {
			return true
		}
	}
	return false
}

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
func roleOf(q question, s *sent, answer string) (agrees, known bool) {
	if q.whAt < 0 || q.whEnd > len(q.words) {
		return false, false
	}
	at := answerAt(s, answer)
	if at < 0 {
		return false, false
	}
	if q.whAt > 0 {
		return agentRole(q, s, at)
	}
	passive := false
	i := q.whEnd
	for i < len(q.words) && (q.words[i].isFiller() || passiveMarkers.Has(q.words[i].fold, lexicon.Folded)) {
		passive = passive || passiveMarkers.Has(q.words[i].fold, lexicon.Folded)
		i++
	}
	if i >= len(q.words) {
		return false, false
	}
	verb := questionVerbIn(q, s, i)
	if len(verb) == 0 {
		return false, false
	}
	return doerOf(s, at, verb) != passive, true
}

// questionVerbIn returns the positions in s of word i of q, written as
// the question writes it: "trao" typed among words with diacritics is not
// the "trào" of "phong trào". A question typed without diacritics (its
// teencode read out, "dc" as "được", does not count) matches folded. A
// verb made a noun ("việc chỉ định") is not the verb.
func questionVerbIn(q question, s *sent, i int) []int {
	w := q.words[i]
	if s.english {
		return s.pos[w.key(q.lang)]
	}
	typed := w.marked || analysis.HasDiacritics(q.text)
	var out []int
	for _, k := range s.pos[w.key(q.lang)] {
		if k > 0 && nominalizers.Has(s.lower[k-1], lexicon.Exact) {
			continue // "về việc chỉ định": a noun, whose doer is not the subject
		}
		if k < len(s.fold) && w.fold == s.fold[k] && (!typed || w.text == s.lower[k]) {
			out = append(out, k)
		}
	}
	return out
}

// answerAt returns the position in s of the answer's first two words, or
// -1.
func answerAt(s *sent, answer string) int {
	toks := analysis.Tokens(answer)
	if len(toks) == 0 {
		return -1
	}
	for k := range s.fold {
		if s.lower[k] == analysis.Lower(toks[0].Text) && (len(toks) < 2 || k+1 < len(s.lower) && s.lower[k+1] == analysis.Lower(toks[1].Text)) {
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
// verb written at one of the positions verb (the first after them, else
// the first): they stand before it with no passive marker between ("Chủ
// tịch … tặng", "được Chủ tịch … tặng"), not after it ("tặng … 3 tập
// thể") nor before a marker ("3 tập thể được … tặng"). A verb that opens
// the sentence has its doer after it (frontedDoer): "Phát biểu khai mạc,
// ông Hầu A Lềnh nhấn mạnh …", "Tham dự có ông Lê Hoàng Hải"; so has a
// verb an agent marker puts after it (agentOf): "đề nghị của Sở …".
func doerOf(s *sent, at int, verb []int) bool {
	v := verb[0]
	for _, p := range verb {
		if p > at {
			v = p
			break
		}
	}
	if at >= v {
		return frontedDoer(s, at, verb[0]) || agentOf(s, at, verb)
	}
	for k := at + 1; k < v; k++ {
		if isPassiveMarker(s, k) {
			return false
		}
	}
	return true
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

// numberAt returns the position in s of the first number of answer, or -1.
func numberAt(s *sent, answer string) int {
	for _, t := range analysis.Tokens(answer) {
		if !t.Number {
			continue
		}
		k := numKey(t.Text)
		if ps := s.pos[k]; len(ps) > 0 {
			return ps[0]
		}
		return -1
	}
	return -1
}

// namesAround reports whether the question's names — content words the
// sentence writes with a capital, not at its start — stand in the same
// part of sentence s as the word at (scopes.same), and whether some stand
// only in other parts.
func namesAround(q question, content []word, s *sent, at int) (beside, apart bool) {
	scopes := scopesOf(s)
	for _, w := range content {
		if w.num {
			continue
		}
		ps := s.pos[w.key(q.lang)]
		var named []int
		for _, p := range ps {
			if p > 0 && isCapital(s, p) {
				named = append(named, p)
			}
		}
		if len(named) == 0 {
			continue
		}
		here := false
		for _, p := range named {
			here = here || scopes.same(p, at)
		}
		if here {
			beside = true
		} else {
			apart = true
		}
	}
	return beside, apart
}

// A wordScope labels a word of a sentence with the part it stands in:
// parts are parted by commas, semicolons and colons; a parenthesis is an
// aside with parts of its own, about the words right before it.
type wordScope struct {
	part  int // the part outside any parenthesis
	group int // the parenthesis the word stands in, from 1; 0 outside
	sub   int // the part inside that parenthesis
	head  int // outside: the stretch between parentheses it stands in
}

// scopes are the wordScopes of a sentence's words.
type scopes []wordScope

// scopesOf labels the words of s.
func scopesOf(s *sent) scopes {
	out := make(scopes, len(s.starts))
	var cur wordScope
	groups := 0
	for k := range s.starts {
		if k > 0 {
			sep := s.text[s.ends[k-1]:s.starts[k]]
			for _, r := range sep {
				switch {
				case r == '(':
					groups++
					cur.group, cur.sub = groups, 0
				case r == ')':
					cur.group = 0
					cur.head++
				case r == ',' || r == ';' || r == ':':
					if cur.group > 0 {
						cur.sub++
					} else {
						cur.part++
						cur.head++
					}
				}
			}
		}
		out[k] = cur
	}
	return out
}

// same reports whether a name at word name stands in the part of the
// number at word num: the same part outside parentheses, the same part of
// one parenthesis, or, for a number in a parenthesis, the words right
// before it that it is about ("Tẩn Vần Phấu (44 tuổi)"). A name in a
// parenthesis names a part of a breakdown ("39 đối tượng (21 … tại Nhà
// hàng Nonstop, 18 … tại vũ trường Victory)"), not the whole before it.
func (sc scopes) same(name, num int) bool {
	x, y := sc[name], sc[num]
	switch {
	case x.group == 0 && y.group == 0:
		return x.part == y.part
	case x.group > 0 && y.group > 0:
		return x.group == y.group && x.sub == y.sub
	case x.group > 0:
		return false
	}
	k := num
	for k >= 0 && sc[k].group > 0 {
		k--
	}
	return k >= 0 && sc[k].head == x.head
}

// definitionCues are the words of a question that asks what something
// means.
var definitionCues = lexicon.MustSet("definition_cues").Words()

// functionShare is the share of the tokens that are stopwords. It reads
// them folded (analysis.IsStopword), as a user's words are read, not as
// written: "kể đến như" names nothing either way, and the scorer measured
// better with the folded reading than with the written one.
func functionShare(toks []analysis.Token) float64 {
	if len(toks) == 0 {
		return 0
	}
	n := 0
	for _, t := range toks {
		if analysis.IsStopword(analysis.Lower(t.Text)) {
			n++
		}
	}
	return float64(n) / float64(len(toks))
}

// repeats is the share of the answer's words the question holds.
func repeats(q question, toks []analysis.Token) float64 {
	if len(toks) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range q.words {
		in[w.fold] = true
	}
	n := 0
	for _, t := range toks {
		if in[t.Folded] {
			n++
		}
	}
	return float64(n) / float64(len(toks))
}

// namesAsker reports whether the answer to a who-question whose question
// word follows the words it asks about ("Tổng Bí thư bày tỏ lòng biết ơn
// tới ai?") only names who the question names before it: every person or
// body of the answer ("Tô Lâm (Tổng Bí thư); …") is given there by the
// title of its note ("Tổng Bí thư"), by its last name word ("Thảo" for
// "Hoàng Thị Thảo") or word for word ("đội Liên quân nữ").
func namesAsker(q question, answer string) bool {
	if q.wh != whWho || q.whAt < 1 || answer == "" || introducesAsked(q) {
		return false // "Nguyễn Văn A là ai?", "… gồm những ai?"
	}
	before := q.words[:q.whAt]
	for _, part := range strings.Split(answer, "; ") {
		name, note, _ := strings.Cut(strings.TrimRight(part, ". "), " (")
		note = strings.TrimSuffix(note, ")")
		nw, tw := foldWords(name), foldWords(note)
		switch {
		case len(tw) > 1 && findPhrase(before, textOf(tw)) >= 0:
		case len(nw) > 1 && endsInName(name) && findPhrase(before, nw[len(nw)-1].text) >= 0:
		case len(nw) > 0 && len(without(nw, phraseOf(before))) == 0:
		default:
			return false
		}
	}
	return true
}

// introducesAsked reports whether the words right before q's question word
// say what the words before them are or hold ("là", "gồm", "gồm có"): the
// question asks who they are, not who else.
func introducesAsked(q question) bool {
	for n := 1; n <= enumIntros.MaxWords() && n <= q.whAt; n++ {
		if enumIntros.HasPhrase(foldsOf(q.words[q.whAt-n:q.whAt]), lexicon.Folded) {
			return true
		}
	}
	return false
}

// endsInName reports whether name ends in two capitalised words: a
// person's name ("Hoàng Thị Thảo", "Đại tá Võ Trọng Hải").
func endsInName(name string) bool {
	toks := analysis.Tokens(name)
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks[len(toks)-2:] {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// focusShare is the share of the content words of the noun a count asks
// for ("tập thể" of "bao nhiêu tập thể") that the answer holds, as typed
// when typed with diacritics, folded otherwise; 1 when the count names no
// noun.
func focusShare(q question, toks []analysis.Token) float64 {
	folded, written := map[string]bool{}, map[string]bool{}
	for _, t := range toks {
		folded[t.Folded] = true
		written[strings.ToLower(t.Text)] = true
	}
	n, got := 0, 0
	for _, w := range q.focus {
		if w.num || w.isFiller() {
			continue
		}
		n++
		// A word typed with its diacritics is that word: "cần sa" is no
		// "cân".
		if w.marked && written[w.text] || !w.marked && folded[w.fold] {
			got++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(got) / float64(n)
}

// typeAgrees reports whether the answer holds a token of the type q asks
// for, and whether q asks for a type that can be checked at all.
func typeAgrees(q question, answer string, toks []analysis.Token) (agrees, checked bool) {
	switch q.wh {
	case whCount, whNumber:
		switch {
		case percentAsked(q.focus) || hasAny(q.words, "%") || hasAny(q.words, percentNames.Words()...):
			return strings.Contains(answer, "%") || containsText(analysis.Fold(answer), percentNames.FoldedWords()), true
		case q.asksMoney():
			// By how much an amount changed may be a share: "doanh thu
			// tăng 22,2%".
			return isMoney(foldWords(answer)) || asksChange(q) && strings.Contains(answer, "%"), true
		}
		for _, t := range toks {
			if t.Number || numberWords.has(t.Folded) {
				return true, true
			}
			if q.wh == whNumber && isLabelWord(t.Text) {
				return true, true // "lần thứ nhất", "mức độ I"
			}
		}
		return false, true
	case whWhen:
		if q.when == whenPartOfDay {
			return holdsPartOfDay(answer), true
		}
		for _, t := range analysis.Times(answer) {
			if q.asksFor(t.Kind) {
				return true, true
			}
		}
		return false, true
	case whWho:
		return capitalisedAfterFirst(toks) > 0 || namesGroup(answer), true
	case whWhere:
		return capitalisedAfterFirst(toks) > 0 || placeNouns.hasAny(toks), true
	case whYesNo:
		r, _ := utf8.DecodeRuneInString(answer)
		return len(toks) > 0 && unicode.IsUpper(r) && yesNoWords.has(toks[0].Folded), true
	}
	return false, false
}

// capitalisedAfterFirst counts the tokens after the first that start with
// a capital: names of people, bodies and places.
func capitalisedAfterFirst(toks []analysis.Token) int {
	n := 0
	for _, t := range toks[min(1, len(toks)):] {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// agreement is the share, at most 1, of two other candidates that hold
// this candidate's first number, or its first capitalised word pair.
//
// yearless holds the answer of each of all as yearlessAnswers writes it.
func agreement(c candidate, all []candidate, yearless []string) float64 {
	key := answerKey(c.answer)
	if key == "" {
		return 0
	}
	n := 0
	for i, o := range all {
		if o.gen == c.gen || o.answer == "" {
			continue
		}
		if strings.Contains(yearless[i], " "+key+" ") {
			n++
		}
	}
	return min(1, float64(n)/2)
}

// answerKey is the first number of an answer (a date without its year:
// "19/9/2024" is "19/9"), or else its first pair of capitalised words
// after the first word, folded.
func answerKey(answer string) string {
	toks := analysis.Tokens(answer)
	for _, t := range toks {
		if t.Number {
			return withoutYear(analysis.Fold(t.Text))
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		a, _ := utf8.DecodeRuneInString(toks[i].Text)
		b, _ := utf8.DecodeRuneInString(toks[i+1].Text)
		if unicode.IsUpper(a) && unicode.IsUpper(b) {
			return toks[i].Folded + " " + toks[i+1].Folded
		}
	}
	return ""
}

// withoutYear drops the year of a date written with slashes: "19/9/2024"
// is "19/9".
func withoutYear(n string) string {
	if strings.Count(n, "/") == 2 {
		return n[:strings.LastIndexByte(n, '/')]
	}
	return n
}

// yearlessAnswers returns the answer of each candidate without its years
// (withoutYears), between spaces, for agreement.
func yearlessAnswers(cands []candidate) []string {
	out := make([]string, len(cands))
	for i, c := range cands {
		if c.answer != "" {
			out[i] = " " + withoutYears(c.answer) + " "
		}
	}
	return out
}

// withoutYears folds an answer and drops the years of its dates, word by
// word, for comparing answers.
func withoutYears(answer string) string {
	var out []string
	for _, t := range analysis.Tokens(answer) {
		out = append(out, withoutYear(t.Folded))
	}
	return strings.Join(out, " ")
}

// A foldedSet is a set of folded words.
type foldedSet map[string]bool

func foldedSetOf(words ...string) foldedSet {
	s := foldedSet{}
	for _, w := range words {
		s[analysis.Fold(w)] = true
	}
	return s
}

func (s foldedSet) has(f string) bool { return s[f] }

func (s foldedSet) hasAny(toks []analysis.Token) bool {
	for _, t := range toks {
		if s[t.Folded] {
			return true
		}
	}
	return false
}

// The words the type checks look for.
var (
	numberWords = foldedSetOf(lexicon.MustSet("number_words").Words()...)
	placeNouns  = foldedSetOf(lexicon.MustSet("place_nouns").Words()...)
	yesNoWords  = foldedSetOf(lexicon.MustSet("yes_no_words").Words()...)
)

// sentenceCover is the coverage of content in s (overlap.coverage). A
// sentence that goes on with the one before it (continues) does not
// repeat its words: those it lacks count when that one holds them ("Đội
// CSGT … xử lý 437 trường hợp vi phạm …. Trong đó, có 173 trường hợp vi
// phạm nồng độ cồn." for "CSGT xử lý bao nhiêu trường hợp vi phạm nồng độ
// cồn?"). A person the question names and the sentence names by a title
// only counts as named (namedByTitle).
func (e *Engine) sentenceCover(content []word, s *sent, lang string) float64 {
	o := e.overlapOf(content, s, lang)
	if o.total == 0 {
		return 0
	}
	found := map[string]bool{}
	for i, w := range content {
		if i < len(o.matched) && o.matched[i] {
			found[w.key(lang)] = true
		}
	}
	var lacking []word
	for _, w := range content {
		if !found[w.key(lang)] {
			lacking = append(lacking, w)
		}
	}
	if len(lacking) == 0 {
		return o.coverage()
	}
	got := o.got + e.namedByTitle(lacking, s, lang)
	if continues(s) {
		for _, before := range e.sentsOf[s.p.ID] {
			if before.index == s.index-1 {
				got += e.overlapOf(lacking, before, lang).got
				break
			}
		}
	}
	return min(1, got/o.total)
}

// titleCorefQuality is how much a word of a person's name counts when the
// sentence writes the person's title instead of the name: as much as a
// synonym.
const titleCorefQuality = 0.85

// namedByTitle returns the weight of the words of lacking that name a
// person of s's article whom s writes by one of their titles only:
// "Nguyễn Hữu Hợp tặng bao nhiêu cá nhân" and "Giám đốc Công an tỉnh tặng
// Giấy khen 9 tập thể, 15 cá nhân", the article having written "Đại tá
// Nguyễn Hữu Hợp - Giám đốc Công an tỉnh" before.
func (e *Engine) namedByTitle(lacking []word, s *sent, lang string) float64 {
	counted := map[string]bool{}
	got := 0.0
	for _, i := range e.factsOf[s.art.ID] {
		f := e.facts[i]
		if f.Type != corpus.FactPerson || len(f.Titles) == 0 {
			continue
		}
		titled := false
		for _, t := range e.prep[i].titlePhrases {
			if t != "" && s.hasPhrase(t, 0, len(s.fold)) >= 0 {
				titled = true
				break
			}
		}
		if !titled {
			continue
		}
		name := e.prep[i].nameFolds
		for _, w := range lacking {
			if k := w.key(lang); name[w.fold] && !counted[k] {
				counted[k] = true
				got += e.weight(k) * titleCorefQuality
			}
		}
	}
	return got
}

// continues reports whether s opens with a part marker ("Trong đó, …")
// after another sentence of its passage: it goes on with that one.
func continues(s *sent) bool {
	if s.index == 0 || len(s.fold) == 0 {
		return false
	}
	for n := 1; n <= min(len(s.fold), partMarkerSet.MaxWords()); n++ {
		if partMarkerSet.HasPhrase(s.fold[:n], lexicon.Folded) {
			return true
		}
	}
	return false
}

// containsText reports whether t holds any of subs.
func containsText(t string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(t, sub) {
			return true
		}
	}
	return false
}
