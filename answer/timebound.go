package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// frontedTimeBound reports, for a when-question, how the clause after a
// time its sentence fronts relates to the question. News writing opens a
// sentence, or a part of it past a detail opener ("Theo đó, tối 5.1, …"),
// with the time of the clause that follows: "Ngày 12/12, tại Phủ Chủ
// tịch, Phó Chủ tịch nước … gặp mặt, tuyên dương …". The time is bound
// when a content word of the question stands in that clause (to a
// semicolon) before any verb of reporting ("cho biết", "thông tin"), or
// when the question itself asks when something was reported and the
// clause reports ("công an thông tin vụ việc ngày nào" — "Ngày 25/8, Công
// an tỉnh … cho biết …"). It is the report's date when the clause reports
// and the question asks no report: what follows the verb of reporting is
// what the source says, whose own time is written elsewhere ("Tối 16/12,
// … cho biết … vụ cướp … xảy ra" is not when the robbery happened).
// known is false when the answer is not a time fronted in s.
func frontedTimeBound(q question, s *sent, answer []analysis.Token, content []word) (bound, reported, known bool) {
	if q.wh != whWhen || s == nil {
		return false, false, false
	}
	asksReport := reportVerbsList.in(q.words)
	for _, at := range answerStarts(s, answer) {
		if !timeFronted(s, at) {
			continue
		}
		known = true
		b, r := clauseAfterTime(s, at+len(answer), content, asksReport)
		if b {
			return true, false, true
		}
		reported = reported || r
	}
	return false, reported, known
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
	return k == 0 || partBreak(s, k) || strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], datelineDashes)
}

// datelineDashes set a paper's dateline off from the sentence it opens:
// "HNN.VN - Ngày 12/12, …", "(NLĐO) – Sáng 5.8, …".
const datelineDashes = "-–—"

// clauseAfterTime reads the clause after a fronted time, from word k of s
// (the first after the time) to a semicolon or the sentence's end, past
// the asides in brackets ("tiệm vàng B.N. (thị trấn Hiệp Phước, huyện …)"):
// bound when a content word of the question (no number) stands there
// before a verb of reporting, or when the question asks a report and the
// clause reports; reported when the clause reports first and the question
// asks no report.
func clauseAfterTime(s *sent, k int, content []word, asksReport bool) (bound, reported bool) {
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
			return asksReport, !asksReport
		}
		for _, w := range content {
			if !w.num && w.writtenAt(s, k) {
				return true, false
			}
		}
	}
	return false, false
}
