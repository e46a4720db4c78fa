package answer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// detailOpeners open the paragraph that details the event a lead reports
// ("Theo đó, …", "Cụ thể, …").
var detailOpeners = lexicon.MustSet("detail_openers").Words()

// happenVerbs ask when an event happened ("xảy ra").
var happenVerbs = lexicon.MustSet("happen_verbs").Words()

// causativeVerbs write a cause before its effect ("…, gây tai nạn").
var causativeVerbs = lexicon.MustSet("causative_verbs")

// happenedCover is how much of the question's words others, less its
// verbs of happening ("xảy ra"), the lead sentence s holds: a question
// that asks when the event happened names it by its other words. It is 0
// when others holds no such verb, or nothing else. A noun that points back
// at the event ("vụ", event_reference_nouns) is left out when other words
// remain to name it.
func (d *document) happenedCover(q question, others []word, s *sent) float64 {
	happened := without(others, happenVerbs...)
	if len(happened) == 0 || len(happened) == len(others) {
		return 0
	}
	if bare := without(happened, eventReferenceNouns...); len(bare) > 0 {
		// "vụ cướp xảy ra": "vụ" points back at the event, which
		// "cướp" names.
		happened = bare
	}
	return d.overlapOf(q, happened, s).coverage()
}

// incidentCover is how much of the question's words others, less its
// verbs of happening and the nouns that point back at an incident ("vụ"
// of "vụ cướp"), the paragraph holding at holds in its best sentence:
// the paragraph that dates an incident ("Trước đó, khoảng 9 giờ 45
// phút, ngày 6/5, …") names it in its own words ("… nảy sinh ý định đi
// cướp tiệm vàng"), which a lead telling the award for it may not. It is
// 0 when nothing names the incident but those words.
func (d *document) incidentCover(q question, others []word, at ref) float64 {
	named := without(without(others, happenVerbs...), eventReferenceNouns...)
	if len(named) == 0 {
		return 0
	}
	p, ok := d.passages[at.passage]
	if !ok {
		return 0
	}
	best := 0.0
	for i := range p.Sentences {
		if s := d.sentOf[ref{at.passage, i}]; s != nil {
			best = max(best, d.overlapOf(q, named, s).coverage())
		}
	}
	return best
}

// detailDayReach is how many words may stand between a detail opener and
// the time it gives ("Theo đó, hồi 12h08 ngày 08/3": "hồi").
const detailDayReach = 3

// detailCauseMinWords is the fewest words a cause written before a
// causative verb holds: "Tai nạn khiến …" names no cause.
const detailCauseMinWords = 3

// detailCauseScore is the generator's base confidence in a cause read
// before a causative verb whose effect is the question's event.
const detailCauseScore = 0.5

// detailDay returns the day the paragraph after the lead that reports f
// gives the event when it opens with a detail opener and a day ("Theo đó,
// tối 5.1, …"), and the sentence that writes it. News leads often date
// the report ("Ngày 6.1, Công an … cho biết …") or no day at all ("vừa
// bước đầu xác định …"), and the detail paragraph dates the event; else
// the earlier day of the incident a reporting lead points back at
// (earlierDay), unless the lead itself tells what the question's words
// asked name (leadTellsAsked).
func (d *document) detailDay(f corpus.Fact, q question, asked []word) (string, ref, bool) {
	a := d.leadArticle(f)
	if a == nil {
		return "", ref{}, false
	}
	if at, ok := firstBodySentence(a); ok {
		if t, at, ok := d.openedDay(at, q); ok {
			return t, at, true
		}
	}
	lead := d.factSent(f)
	if lead != nil && leadTellsAsked(lead, asked) {
		return "", ref{}, false
	}
	// A question naming no award asks, of a lead that gives one, the
	// deed it rewards, as an incident's.
	return d.earlierDay(f, q, asksIncident(asked) || !namesAward(asked))
}

// namesAward reports whether words ws name an award or its giving: a verb
// of giving (give_verbs: "tặng", "tuyên dương") or a kind of award
// (award_kinds: "giấy khen").
func namesAward(ws []word) bool {
	return giveWordsList.in(ws) || awardKindsList.in(ws)
}

// awardReasonStarts begin the reason for an award: "vì", "đã có thành
// tích".
var awardReasonStarts = lexicon.MustSet("reason_starts")

// awardVerbs give an award or a commendation ("trao tặng", "khen
// thưởng"): a lead that tells one points back at the deed it rewards.
var awardVerbs = lexicon.MustSet("award_verbs")

// asksIncident reports whether a when-question's words asked ask when an
// incident happened: a verb of happening ("xảy ra", happen_verbs), or a
// noun that points back at an incident opening them ("vụ bắt giữ").
func asksIncident(asked []word) bool {
	if len(without(asked, happenVerbs...)) < len(asked) {
		return true
	}
	return len(asked) > 1 && len(without(asked[:1], eventReferenceNouns...)) == 0
}

// rewardDay returns the day s fronts when the clause after it gives an
// award or a commendation (award_verbs): the deed it rewards came before,
// as a report's incident does ("Chiều 14/10, Tỉnh Đoàn trao tặng Bằng
// khen cho hai thanh niên dũng cảm cứu người").
func rewardDay(s *sent) (analysis.TimeSpan, bool) {
	if len(s.times) == 0 || !datesDay(s.times[0]) {
		return analysis.TimeSpan{}, false
	}
	at := wordsBefore(s, s.times[0].Start)
	if !timeFronted(s, at) {
		return analysis.TimeSpan{}, false
	}
	for k := at; k < len(s.lower); k++ {
		if phraseStartsAt(s, awardVerbs, k) {
			return s.times[0], true
		}
	}
	return analysis.TimeSpan{}, false
}

// leadTellsAsked reports whether the lead s tells, in its own clause,
// what a when-question asks: every word of asked that may name an act —
// not a number, a capitalised name, a verb of happening or a noun that
// points back at an incident — is written after the time s fronts and
// before any noun that points back at an incident (event_reference_nouns).
// "Sáng 24/2, UBND xã … tổ chức tuyên dương hai bố con … trong vụ lật
// thuyền xảy ra ngày 19/2" dates the commendation "tuyên dương … vào ngày
// nào" asks, not the capsizing an earlier paragraph dates; "Ngày 9/2, Đại
// tá … cho biết đã trao giấy khen …" dates the award. A question that asks
// when something happened ("xảy ra", happen_verbs), or names it by a noun
// that points back at an incident ("vụ bắt giữ"), asks the incident.
func leadTellsAsked(s *sent, asked []word) bool {
	if len(s.times) == 0 || asksIncident(asked) {
		// "vụ bắt giữ diễn ra ngày nào" names the act as an incident,
		// as "xảy ra" asks one: the day the detail paragraphs give.
		return false
	}
	acts := make([]word, 0, len(asked))
	for _, w := range without(asked, eventReferenceNouns...) {
		if !w.num && !w.cap && !w.caps {
			acts = append(acts, w)
		}
	}
	if len(acts) == 0 {
		return false
	}
	from := wordsBefore(s, s.times[0].Start)
	if !timeFronted(s, from) {
		return false
	}
	to := len(s.lower)
	awarded := false
	// A question that names no award asks of the deed an award lead
	// rewards, written after its verb ("… khen thưởng … những người dân
	// đã tham gia vây bắt tội phạm cướp giật" for "cướp tiệm vàng ngày
	// nào"): the lead's day is the award's.
	deed := !namesAward(asked)
	for k := from; k < to; k++ {
		if phraseStartsAt(s, awardVerbs, k) {
			if deed {
				to = k
				break
			}
			awarded = true
		}
		if incidentNounAt(s, k) || awarded && s.match(awardReasonStarts, k, to) > 0 {
			// The reason for an award the lead gives tells the deed it
			// rewards, done before ("… tuyên dương, khen thưởng hai em
			// … vì đã có hành động đẹp khi nhặt được của rơi"): the
			// lead's day is the award's.
			to = k
		}
	}
	for _, w := range acts {
		found := false
		for k := from; k < to && !found; k++ {
			found = w.writtenAt(s, k)
		}
		if !found {
			return false
		}
	}
	return true
}

// openedDay returns the day the sentence at gives when it opens with a
// detail opener and the day follows within detailDayReach words.
func (d *document) openedDay(at ref, q question) (string, ref, bool) {
	s := d.sentOf[at]
	if s == nil {
		return "", ref{}, false
	}
	n := openerLength(s)
	if n == 0 {
		return "", ref{}, false
	}
	for _, t := range s.times {
		if !q.asksFor(t.Kind) || !datesDay(t) {
			continue
		}
		if wordsBefore(s, t.Start)-n > detailDayReach {
			return "", ref{}, false
		}
		return t.Text, at, true
	}
	return "", ref{}, false
}

// earlierDayReach is how many words may stand before the day a paragraph
// after a reporting lead fronts: "Theo thông tin ban đầu, ngày 13/12",
// "Trước đó, vào khoảng 22 giờ 30 phút ngày 3-7".
const earlierDayReach = 5

// earlierDayWindow is the most days before the lead's date the day of the
// event it reports may be: news reports an incident within weeks.
const earlierDayWindow = 62

// earlierDay returns the day of the event a lead reports when the lead
// dates only its report: "Ngày 1/1, Công an TP Dĩ An điều tra nguyên nhân
// vụ tai nạn …" then "Khoảng 23h30 ngày 31/12, anh H. …"; "Ngày 4-7, Công
// an … điều tra … vụ tai nạn" then "Trước đó, vào khoảng 22 giờ 30 phút
// ngày 3-7, …". The lead reports when the clause after its fronted day
// writes a verb of reporting (report_verbs) or a noun that points back at
// an incident (event_reference_nouns, "vụ tai nạn"); the event's day is
// then the first day fronted in the first body paragraphs
// (detailParagraphs, within earlierDayReach words of its sentence's
// start) that is the lead's day or earlier, by at most earlierDayWindow
// days — a later one dates what followed. A lead that writes no time
// leaves the report's day to the first body paragraph. For a question
// about an incident (incident, asksIncident), a lead that gives an award
// points back at the deed it rewards as a report does (rewardDay).
func (d *document) earlierDay(f corpus.Fact, q question, incident bool) (string, ref, bool) {
	a := d.leadArticle(f)
	lead := d.factSent(f)
	if a == nil || lead == nil {
		return "", ref{}, false
	}
	first, ok := reportDay(lead)
	if !ok && incident {
		// A question about an incident of a lead that rewards a deed:
		// the deed's day, before the award's.
		first, ok = rewardDay(lead)
	}
	if ok && incident {
		// The lead may tell the incident's day itself, after its own:
		// "Chiều 14/1, Công an quận … khen thưởng …, xảy ra tại vụ cháy
		// ở …, hôm 12/1".
		if b := toldBack(lead, first, q); b.Start != first.Start {
			return strings.TrimSpace(b.Text), ref{f.Passage, f.Sentence}, true
		}
	}
	var reported ref // the body sentence that dates the report, if the lead does not
	if !ok {
		if len(lead.times) > 0 {
			return "", ref{}, false
		}
		// A lead that writes no time at all sums the story up ("Lợi
		// dụng việc mua bán …, nhóm đối tượng … cướp 1,5 tỷ đồng"): the
		// first body paragraph may date the report ("Tối 16/12, Đại tá
		// …, cho biết …").
		reported, _ = firstBodySentence(a)
		s := d.sentOf[reported]
		if s == nil {
			return "", ref{}, false
		}
		if first, ok = reportDay(s); !ok {
			return "", ref{}, false
		}
	}
	for at, s := range d.bodySentences(a, earlierDayParagraphs) {
		if at == reported {
			continue
		}
		t, ok := frontedDay(s)
		if !ok {
			t, ok = sameDayClock(s, first)
		}
		if !ok && incident {
			t, ok = happenedDay(s)
		}
		if !ok || !q.asksFor(t.Kind) {
			continue
		}
		if back, ok := daysBefore(first.Text, t.Text); ok && back <= earlierDayWindow {
			if incident {
				t = toldBack(s, t, q)
			}
			return strings.TrimSpace(t.Text), at, true
		}
	}
	if !incident {
		return "", ref{}, false
	}
	// Paragraphs on the award or the report may come first: the incident
	// is then told where a backstory opener ("Trước đó,") fronts its day.
	for at, s := range d.bodySentences(a, len(a.Passages)) {
		if at == reported || openingLength(s, backstoryOpeners) == 0 {
			continue
		}
		if t, ok := frontedDay(s); ok && q.asksFor(t.Kind) {
			if back, ok := daysBefore(first.Text, t.Text); ok && back <= earlierDayWindow {
				return strings.TrimSpace(toldBack(s, t, q).Text), at, true
			}
		}
	}
	return "", ref{}, false
}

// courtVerbs are the verbs of a court ("xét xử", "tuyên án").
var courtVerbs = lexicon.MustSet("court_verbs")

// backstoryOpeners open the paragraph telling the incident a report or an
// award refers back to ("Trước đó, …", "Theo cáo trạng, …").
var backstoryOpeners = lexicon.MustSet("backstory_openers").Words()

// sameDayWords, after a clock time, date it on the day the lead gives
// ("Khoảng 12h cùng ngày").
var sameDayWords = lexicon.MustSet("same_day_words")

// sameDayClock returns the clock time that opens s, within
// earlierDayReach words of its start, when a word of sameDayWords follows
// it within clockDayGap words ("Khoảng 12h cùng ngày, 6 bệnh nhân …"),
// dated on day, the day the lead writes (a day/month): "12h ngày 19/10".
// News dates an incident on the day of its report by pointing back at
// that day.
func sameDayClock(s *sent, day analysis.TimeSpan) (analysis.TimeSpan, bool) {
	dm := dayMonth.FindString(day.Text)
	if len(s.times) == 0 || dm == "" {
		return analysis.TimeSpan{}, false
	}
	t := s.times[0]
	if t.Kind != analysis.TimeClock || wordsBefore(s, t.Start) > earlierDayReach {
		return analysis.TimeSpan{}, false
	}
	after := wordsBefore(s, t.End)
	for k := after; k <= after+clockDayGap; k++ {
		if phraseStartsAt(s, sameDayWords, k) {
			return analysis.TimeSpan{Kind: analysis.TimeClock, Start: t.Start, End: t.End, Text: fmt.Sprintf(msgClockOnDay, strings.TrimSpace(t.Text), dm)}, true
		}
	}
	return analysis.TimeSpan{}, false
}

// leadNarrates reports whether the lead sentence s fronts a day that
// dates the event itself: no report of it follows (reportDay), nor an
// award for a deed (rewardDay). "Khoảng 0h30 ngày 17/11, một trận lốc
// xoáy đã quét qua …" narrates; "Ngày 8-9, Phòng CSGT … cho biết … vụ tai
// nạn" reports.
func leadNarrates(s *sent) bool {
	if _, ok := frontedDay(s); !ok {
		return false
	}
	if _, ok := reportDay(s); ok {
		return false
	}
	_, ok := rewardDay(s)
	return !ok
}

// reportDay returns the day s fronts when the clause after it reports an
// incident (reportsIncident): the date of a report.
func reportDay(s *sent) (analysis.TimeSpan, bool) {
	if len(s.times) == 0 || !datesDay(s.times[0]) {
		return analysis.TimeSpan{}, false
	}
	at := wordsBefore(s, s.times[0].Start)
	if !timeFronted(s, at) || !reportsIncident(s, at) {
		return analysis.TimeSpan{}, false
	}
	return s.times[0], true
}

// earlierDayParagraphs is how many body paragraphs after a reporting lead
// earlierDay reads: one on the victim may come before the one on the
// incident ("Danh tính nạn nhân …", then "Thông tin ban đầu, khoảng 23
// giờ khuya 10.11, …").
const earlierDayParagraphs = 3

// clockDayGap is how many words may stand between a clock time and the
// day after it that are read as one time: "23 giờ khuya 10.11".
const clockDayGap = 1

// frontedDay returns the time that opens s, within earlierDayReach words
// of its start, when it dates a day: a date, a clock time with its date,
// or a clock time and the day written right after it ("khoảng 23 giờ
// khuya 10.11" — read as one time, of the day's kind).
func frontedDay(s *sent) (analysis.TimeSpan, bool) {
	if len(s.times) == 0 || wordsBefore(s, s.times[0].Start) > earlierDayReach {
		return analysis.TimeSpan{}, false
	}
	t := s.times[0]
	if datesDay(t) {
		return t, true
	}
	if t.Kind != analysis.TimeClock || len(s.times) < 2 {
		return analysis.TimeSpan{}, false
	}
	next := s.times[1]
	if next.Kind != analysis.TimeDate || wordsBefore(s, next.Start)-wordsBefore(s, t.End) > clockDayGap {
		return analysis.TimeSpan{}, false
	}
	return analysis.TimeSpan{Kind: analysis.TimeClock, Start: t.Start, End: next.End, Text: s.text[t.Start:next.End]}, true
}

// happenedDay returns the day-dating time written right after a verb of
// happening (happen_verbs), past the words that lead a time ("vụ tai nạn
// xảy ra khoảng 19 giờ 10 tối 7-9"): the incident's own day, however far
// into its sentence.
func happenedDay(s *sent) (analysis.TimeSpan, bool) {
	for _, t := range s.times {
		if !datesDay(t) {
			continue
		}
		k := clauseOpening(s, s.wordAt(t.Start))
		for _, v := range happenVerbsList.items {
			if n := len(v.folded); k >= n && foldsAt(s, k-n, v.folded) {
				return t, true
			}
		}
	}
	return analysis.TimeSpan{}, false
}

// reportsIncident reports whether the clause of s after word at (a
// fronted time) writes a verb of reporting or a noun that points back at
// an incident: the time dates a report of an earlier event.
func reportsIncident(s *sent, at int) bool {
	for k := at; k < len(s.lower); k++ {
		if phraseStartsAt(s, reportVerbs, k) {
			return true
		}
		if phraseStartsAt(s, courtVerbs, k) && !s.capitalised(k, k+1) {
			// A trial, as a report, tells of an earlier deed: "Ngày
			// 15-12, TAND TP Cần Thơ mở phiên tòa sơ thẩm xét xử …";
			// "Tuyên" of "Luyện Văn Tuyên" is a name.
			return true
		}
		if incidentNounAt(s, k) {
			return true
		}
	}
	return false
}

// incidentNounAt reports whether a noun that points back at an incident
// (event_reference_nouns, "vụ tai nạn") starts at word k of s as a common
// noun: not a capitalised word inside the sentence ("Vụ Pháp chế", a
// department) nor one a capitalised word other than the sentence's first
// stands before, which ends a name ("Ban Thường vụ Tỉnh Đoàn").
func incidentNounAt(s *sent, k int) bool {
	if !phraseStartsAt(s, eventReferenceNounSet, k) {
		return false
	}
	if k > 0 && s.capitalised(k, k+1) {
		return false
	}
	return k < 2 || !s.capitalised(k-1, k)
}

// dayOrdinalMonth is the number of days a month counts for daysBefore:
// every month as long as the longest, so that days order within a year.
const dayOrdinalMonth = 31

// toldBack returns the earliest day s writes after its fronted day t
// and before it in time, within earlierDayWindow days, that opens a part
// of s or follows a time preposition: a backstory that dates its report
// tells the incident's own day after it ("Trước đó, vào ngày 23-9, bà T.
// đến Công an trình báo về việc vào chiều 21-9, bà N. bị … cướp giật").
// A day right after a name dates that name ("Quyết định số 2360/QĐ-CTN
// ngày 9/12/2025"). t when s writes none.
func toldBack(s *sent, t analysis.TimeSpan, q question) analysis.TimeSpan {
	best, bestBack := t, 0
	for _, u := range s.times {
		if u.Start <= t.Start || !datesDay(u) || !q.asksFor(u.Kind) {
			continue
		}
		if k := s.wordAt(u.Start); k > 0 && !timeLead(s.lower[k-1]) && !partBreak(s, k) {
			continue
		}
		if back, ok := daysBefore(t.Text, u.Text); ok && back > bestBack && back <= earlierDayWindow {
			best, bestBack = u, back
		}
	}
	return best
}

// daysBefore returns how many days the date written in earlier (its
// first day/month) stands before the one in later, read within a year or
// across the turn of one ("31/12" before "1/1"): 0 for the same day.
// ok is false when either writes no day/month.
func daysBefore(later, earlier string) (int, bool) {
	l := dayMonth.FindStringSubmatch(later)
	e := dayMonth.FindStringSubmatch(earlier)
	if l == nil || e == nil {
		return 0, false
	}
	ld, _ := strconv.Atoi(l[1])
	lm, _ := strconv.Atoi(l[2])
	ed, _ := strconv.Atoi(e[1])
	em, _ := strconv.Atoi(e[2])
	if lm < 1 || lm > 12 || em < 1 || em > 12 {
		return 0, false
	}
	year := 12 * dayOrdinalMonth
	back := (lm*dayOrdinalMonth + ld) - (em*dayOrdinalMonth + ed)
	return (back%year + year) % year, true
}

// openerLength is the number of words of the detail opener s starts
// with, followed by a comma, or 0.
func openerLength(s *sent) int {
	return openingLength(s, detailOpeners)
}

// openingLength returns how many words of s one of openers takes when s
// opens with it and a comma follows; 0 when none does.
func openingLength(s *sent, openers []string) int {
	for _, o := range openers {
		parts := strings.Fields(o)
		n := len(parts)
		if n >= len(s.lower) || strings.Join(s.lower[:n], " ") != o {
			continue
		}
		if strings.Contains(s.text[s.ends[n-1]:s.starts[n]], ",") {
			return n
		}
	}
	return 0
}

// datesDay reports whether t names a day: a date, or a clock time with
// one ("12h08 ngày 08/3").
func datesDay(t analysis.TimeSpan) bool {
	switch t.Kind {
	case analysis.TimeDate:
		return true
	case analysis.TimeClock:
		return strings.ContainsAny(t.Text, "/.-")
	}
	return false
}

// wordsBefore is the number of words of s that start before byte offset at.
func wordsBefore(s *sent, at int) int {
	n := 0
	for n < len(s.starts) && s.starts[n] < at {
		n++
	}
	return n
}

// detailCause returns the cause of the event the lead that reports f
// tells, read from the lead or the paragraphs that detail it
// (detailParagraphs) where a causative verb is followed by the question's
// words ("tài xế N. … đi không đúng làn đường, gây tai nạn giao thông"
// for "nguyên nhân vụ tai nạn"): the words before the verb, back to the
// comma that opens their part of the sentence.
func (d *document) detailCause(f corpus.Fact, content []word, _ string) (string, ref, bool) {
	lead, ok := d.passages[f.Passage]
	if !ok || lead.Kind != corpus.KindLead || len(content) == 0 {
		return "", ref{}, false
	}
	a := d.byID[lead.Article]
	if a == nil {
		return "", ref{}, false
	}
	asked := foldSet(content)
	read := 0
	for _, p := range a.Passages {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindParagraph {
			continue
		}
		for i := range p.Sentences {
			s := d.sentOf[ref{p.ID, i}]
			if s == nil {
				continue
			}
			if c, ok := causeBeforeVerb(s, asked); ok {
				return c, ref{p.ID, i}, true
			}
		}
		if p.Kind == corpus.KindParagraph {
			if read++; read == detailParagraphs {
				break
			}
		}
	}
	return "", ref{}, false
}

// causeBeforeVerb returns the cause s writes before a causative verb
// whose effect opens with a word asked (folded), back to the comma before
// it, when it holds at least detailCauseMinWords words, not all asked.
func causeBeforeVerb(s *sent, asked map[string]bool) (string, bool) {
	for i := 1; i+1 < len(s.lower); i++ {
		if !causativeVerbs.Has(s.lower[i], lexicon.Exact) || !asked[s.fold[i+1]] {
			continue
		}
		// Back from the word before the verb ("…, gây"): to the comma
		// before it.
		j := i - 1
		for j > 0 && !strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ",;:") {
			j--
		}
		if i-j < detailCauseMinWords {
			continue
		}
		own := 0
		for k := j; k < i; k++ {
			if !asked[s.fold[k]] {
				own++
			}
		}
		if own < detailCauseMinWords {
			continue
		}
		return upperFirst(trimPunct(s.text[s.starts[j]:s.ends[i-1]])), true
	}
	return "", false
}

// leadAnd cites the lead's sentence that reports an event, then at, the
// sentence that details it, unless at is the lead's sentence.
func leadAnd(lead, at ref) []ref {
	if at == lead {
		return []ref{lead}
	}
	return []ref{lead, at}
}
