package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// timeOfReport reports, for a when-question, whether the answer is the
// date of a report rather than of the event asked about. News writing
// opens a sentence, or a part of it past a detail opener, with the time
// of the clause that follows, and a lead often dates the report: "Tối
// 16/12, Đại tá …, Phó Giám đốc Công an tỉnh, cho biết … vụ cướp tài sản
// xảy ra …". What follows the verb of reporting ("cho biết", "thông tin",
// role report_verbs) is what the source says, whose own time is written
// elsewhere ("ngày 13/12, … cướp túi xách"). The fronted time is the
// report's when the clause after it reports before it writes any content
// word of the question, and the question asks no report ("công an thông
// tin vụ việc ngày nào" asks the report's date). known is false when the
// answer is not a time fronted in s.
func timeOfReport(q question, s *sent, answer []analysis.Token, content []word) (reported, known bool) {
	if q.wh != whWhen || s == nil || reportVerbsList.in(q.words) {
		return false, false
	}
	for _, at := range answerStarts(s, answer) {
		if !timeFronted(s, at) {
			continue
		}
		known = true
		if reportsFirst(s, at+len(answer), content) {
			return true, true
		}
	}
	return false, known
}

// timeFronted reports whether the time starting at word at of s opens its
// sentence or a part of it, past the time prepositions before it ("vào
// sáng 29-9, …"), or follows the dateline of the paper, set off by a
// dash ("HNN.VN - Ngày 12/12, …").
func timeFronted(s *sent, at int) bool {
	k := at
	for k > 0 && !partBreak(s, k) && timePrepositions.Has(s.lower[k-1], lexicon.Exact) {
		k--
	}
	return k == 0 || partBreak(s, k) && !asideCloses(s, k) || strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], datelineDashes)
}

// datelineDashes set a paper's dateline off from the sentence it opens:
// "HNN.VN - Ngày 12/12, …", "(NLĐO) – Sáng 5.8, …".
const datelineDashes = "-–—"

// reportsFirst reads the clause after a fronted time, from word k of s
// (the first after the time) to a semicolon or the sentence's end, past
// the asides in brackets ("tiệm vàng B.N. (thị trấn Hiệp Phước, huyện …)"),
// and reports whether a verb of reporting stands there before any content
// word of the question (no number).
func reportsFirst(s *sent, k int, content []word) bool {
	return clauseFirst(s, k, content) == clauseReports
}

// What the clause after a fronted time writes first (clauseFirst).
const (
	clauseNeither = iota // neither a verb of reporting nor a word asked
	clauseReports        // a verb of reporting
	clauseAsked          // a content word of the question
)

// clauseFirst reads the clause after a fronted time as reportsFirst does
// and returns what it writes first: a verb of reporting, a content word
// of the question (no number), or neither.
func clauseFirst(s *sent, k int, content []word) int {
	aside := 0 // depth of the brackets k is in
	for ; k < len(s.lower); k++ {
		if k > 0 {
			gap := s.text[s.ends[k-1]:s.starts[k]]
			if strings.Contains(gap, ";") {
				break
			}
			aside += strings.Count(gap, "(") - strings.Count(gap, ")")
		}
		if aside > 0 {
			continue // an aside about the words before it
		}
		if phraseStartsAt(s, reportVerbs, k) {
			return clauseReports
		}
		for _, w := range content {
			if !w.num && w.writtenAt(s, k) {
				return clauseAsked
			}
		}
	}
	return clauseNeither
}

// timeOfClause reports, for a when-question, whether the answer is a time
// its sentence fronts (timeFronted) whose clause writes a content word of
// the question before any verb of reporting: news writing fronts the time
// of what the clause after it tells, so the time is that of what the
// question asks ("Ngày 8-8, Đảng bộ phường Chợ Lớn … tổ chức Đại hội" for
// "Đại hội … diễn ra ngày nào"; "Chiều 12-4, … trao huy hiệu" for "lễ
// trao huy hiệu diễn ra khi nào"). A question that asks a report has its
// verb of reporting among its content words, met as one.
func timeOfClause(q question, s *sent, answer []analysis.Token, content []word) bool {
	if q.wh != whWhen || s == nil {
		return false
	}
	for _, at := range answerStarts(s, answer) {
		if timeFronted(s, at) && clauseFirst(s, at+len(answer), content) == clauseAsked {
			return true
		}
	}
	return false
}

// timeOfAskedReport reports, for a when-question that asks when something
// was reported (a verb of reporting among its words, report_verbs:
// "thông tin được công bố khi nào", "công an thông tin vụ việc ngày
// nào"), whether the answer is a time its sentence fronts (timeFronted)
// whose clause, to a semicolon, writes a verb of reporting: the report's
// date, whichever verb of reporting the article writes ("Tối 2.11, Bộ
// Chỉ huy … cho biết" for "được công bố khi nào"). known is false when
// the question asks no report or the answer is no fronted time.
func timeOfAskedReport(q question, s *sent, answer []analysis.Token) (reported, known bool) {
	if q.wh != whWhen || s == nil || !reportVerbsList.in(q.words) {
		return false, false
	}
	for _, at := range answerStarts(s, answer) {
		if !timeFronted(s, at) {
			continue
		}
		known = true
		if clauseReportsAt(s, at+len(answer)) {
			return true, true
		}
	}
	return false, known
}

// clauseReportsAt reports whether the clause of s from word k on, to a
// semicolon or the sentence's end, writes a verb of reporting.
func clauseReportsAt(s *sent, k int) bool {
	for ; k < len(s.lower); k++ {
		if k > 0 && strings.Contains(s.text[s.ends[k-1]:s.starts[k]], ";") {
			return false
		}
		if phraseStartsAt(s, reportVerbs, k) {
			return true
		}
	}
	return false
}
