package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// The source of a report. News writing names where what it reports comes
// from in a few fixed frames: an opener before the source ("Theo Trung tâm
// dự báo khí tượng thủy văn quốc gia, …", "Tin từ Sở Công thương cho
// biết", "Theo báo cáo của Bộ Xây dựng") or a reporting verb after it, the
// source opening its part of the sentence ("Ngày 4/8, Văn phòng thường
// trực Ban Chỉ đạo quốc gia … cho biết"). A who-question asks for that
// source when it asks who gave the information ("cơ quan nào cung cấp
// thông tin", "ai thông báo số liệu thiệt hại"): the article seldom
// repeats the question's verb, and the frame is the evidence a reader
// uses instead.

var (
	// sourceQuestionWords ask for the source of what is reported.
	sourceQuestionWords = lexicon.MustSet("source_question_words").Words()
	// sourceOpeners stand before the source a sentence names.
	sourceOpeners = lexicon.MustSet("source_openers")
	// reportVerbs follow the source a sentence names.
	reportVerbs = lexicon.MustSet("report_verbs")
	// reportNouns name what a source reports, before an agent marker and
	// the source: "Số liệu sơ bộ của Tổng cục Hải quan".
	reportNouns = lexicon.MustSet("report_nouns")
)

// maxReportNounLead is how many words describing a report noun may stand
// between it and its agent marker: "báo cáo mới nhất của".
const maxReportNounLead = 2

// maxSourceGap is how many words a source's name (with its apposition:
// "Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai")
// may run before its reporting verb.
const maxSourceGap = 24

// maxSourceVerbLead is how many words of a verb may stand between a
// who-question's word and the word that names the information it asks
// the source of: "cơ quan nào đưa ra dự báo", "ai cung cấp số liệu".
const maxSourceVerbLead = 2

// asksSource reports whether q is a who-question that asks for the source
// of what the article reports: the words after its question word (past
// fillers and up to maxSourceVerbLead words of a verb) name the
// information ("cơ quan nào thông báo số liệu", "ai cho biết"), or the
// question opens with them ("Số liệu do cơ quan nào công bố?", "Thông tin
// dự báo của cơ quan nào?"). A source word capitalised inside the question
// is part of a name ("Ai trình bày Báo cáo chính trị?", "Cục trưởng Cục
// Thống kê … là ai?"), and one further on belongs to another verb ("ai
// yêu cầu kiểm tra tổng hợp lại số liệu").
func asksSource(q question) bool {
	if q.wh != whWho || q.whAt < 0 || q.whEnd > len(q.words) {
		return false
	}
	if q.whAt > 0 {
		return sourceWordAt(q.words, 0)
	}
	i := q.whEnd
	for i < len(q.words) && q.words[i].isFiller() {
		i++
	}
	for k := i; k < len(q.words) && k-i <= maxSourceVerbLead; k++ {
		if !q.words[k].cap && sourceWordAt(q.words, k) {
			return true
		}
	}
	return false
}

// sourceWordAt reports whether a phrase of sourceQuestionWords starts at
// word i of ws.
func sourceWordAt(ws []word, i int) bool {
	for _, p := range sourceQuestionWordsList.items {
		if p.startsIn(ws[i:]) {
			return true
		}
	}
	return false
}

// sourceAt reports whether the name at position at of s is the source a
// frame of s names: an opener ends right before it, past a title or a
// person marker only ("Theo ông …", "Tin từ Sở …"); or it opens its part
// of the sentence, past a title or a person marker only, and a reporting
// verb follows within maxSourceGap words.
func sourceAt(s *sent, at int) bool {
	if at < 0 || at >= len(s.lower) || phraseStartsAt(s, reportNouns, at) {
		return false // the report itself ("Báo cáo nhanh của …") is not its source
	}
	for e := at; e >= 0 && at-e <= maxAgentTitle; e-- {
		if (phraseEndsAt(s, sourceOpeners, e) || reportAgentEndsAt(s, e)) && opensName(s, e, at) {
			return true
		}
	}
	start := at
	for start > 0 && !strings.Contains(s.text[s.ends[start-1]:s.starts[start]], ",") {
		start--
	}
	if !opensName(s, start, at) {
		return false
	}
	for v := at + 1; v < len(s.lower) && v-at <= maxSourceGap; v++ {
		if phraseStartsAt(s, reportVerbs, v) {
			return true
		}
	}
	return false
}

// reportAgentEndsAt reports whether an agent marker ends right before
// word e of s, a report noun written at most maxReportNounLead words
// before it: "Số liệu sơ bộ của", "báo cáo mới nhất của".
func reportAgentEndsAt(s *sent, e int) bool {
	m := e - 1
	if m < 1 || !agentMarkers.Has(s.lower[m], lexicon.Exact) {
		return false
	}
	for end := m; end >= 1 && m-end <= maxReportNounLead; end-- {
		if phraseEndsAt(s, reportNouns, end) {
			return true
		}
	}
	return false
}

// phraseEndsAt reports whether a phrase of set ends right before word e
// of s, read as written in lower case, whatever stands between its words
// (s.matchBack wants spaces only).
func phraseEndsAt(s *sent, set *lexicon.Set, e int) bool {
	for n := 1; n <= set.MaxWords() && n <= e; n++ {
		if set.HasPhrase(s.lower[e-n:e], lexicon.Exact) {
			return true
		}
	}
	return false
}

// phraseStartsAt reports whether a phrase of set starts at word v of s,
// read as written in lower case, whatever stands between its words
// (s.match wants spaces only).
func phraseStartsAt(s *sent, set *lexicon.Set, v int) bool {
	return phraseStartsWithin(s, set, v, len(s.lower))
}

// phraseStartsWithin is phraseStartsAt for a phrase that ends by word end
// (a clause's end).
func phraseStartsWithin(s *sent, set *lexicon.Set, v, end int) bool {
	if v >= end || !set.StartsPhrase(s.lower[v], lexicon.Exact) {
		return false
	}
	for n := 1; n <= set.MaxWords() && v+n <= end; n++ {
		if set.HasPhrase(s.lower[v:v+n], lexicon.Exact) {
			return true
		}
	}
	return false
}

// sourceIn returns the name of the first body that s gives as the source
// of its report, or "".
func sourceIn(s *sent) string {
	for _, b := range bodiesIn(s, noStop) {
		if sourceAt(s, b[0]) {
			return s.text[s.starts[b[0]]:s.ends[b[1]-1]]
		}
	}
	return ""
}

// sourceNamed reports, for a question that asks for the source of a
// report, whether the answer is the source a frame of its sentence names;
// known is false for other questions, or when the answer is not found in
// the sentence.
func sourceNamed(q question, s *sent, answer []analysis.Token) (named, known bool) {
	if !asksSource(q) {
		return false, false
	}
	at := answerAt(s, answer)
	if at < 0 {
		return false, false
	}
	return sourceAt(s, at), true
}

// sourceActWords returns the words by which a question that asks for a
// source says the act of informing and what was reported, which a frame
// of the sentence says in its own words: the verb after the question
// word ("Số liệu do cơ quan nào công bố?"), the verb before the
// information named ("cơ quan nào cung cấp số liệu"), and the words of
// information themselves ("số liệu", "thông báo", "dự báo").
func sourceActWords(q question) []string {
	if !asksSource(q) {
		return nil
	}
	var out []string
	for k := range q.words {
		if q.inWh(k) {
			continue
		}
		for _, p := range sourceQuestionWordsList.items {
			if p.startsIn(q.words[k:]) {
				out = append(out, p.parts...)
			}
		}
	}
	if q.whAt > 0 {
		for _, w := range q.words[q.whEnd:] {
			if !w.isFiller() {
				out = append(out, w.fold)
			}
		}
		return out
	}
	i := q.whEnd
	for i < len(q.words) && q.words[i].isFiller() {
		i++
	}
	for k := i; k < len(q.words) && k-i <= maxSourceVerbLead && !sourceWordAt(q.words, k); k++ {
		out = append(out, q.words[k].fold)
	}
	return out
}
