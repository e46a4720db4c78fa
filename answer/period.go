package answer

import (
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A timeSide is the end of a period a when-question asks for: "Hội thao
// bắt đầu từ ngày nào?" asks its start, "đợt cao điểm kéo dài đến ngày
// nào?" its end, "mưa từ mấy giờ đến mấy giờ?" both.
type timeSide int

// The ends of a period a question may ask for.
const (
	sideNone timeSide = iota
	// sideStart is the first end: "bắt đầu", "khởi công", "từ khi nào".
	sideStart
	// sideEnd is the last end: "kết thúc", "đến ngày nào", "hạn chót".
	sideEnd
	// sideBoth is the whole period: "từ ngày nào đến ngày nào".
	sideBoth
)

// periodStartCues and periodEndCues are the words of a when-question that
// ask for the start or the end of a period.
var (
	periodStartCues = periodStartSet.Words()
	periodEndCues   = lexicon.MustSet("period_end_cues").Words()
	// periodStartSet is the set of periodStartCues, to read a sentence
	// that opens with one.
	periodStartSet = lexicon.MustSet("period_start_cues")
	// rangeEndFillers stand between a range's last word and its end:
	// "đến hết ngày 29.2.2024".
	rangeEndFillers = lexicon.MustSet("range_end_fillers")
	// periodWholeCues ask for a whole period: "trong khoảng thời gian
	// nào".
	periodWholeCues = lexicon.MustSet("period_whole_cues").Words()
)

// askedSide returns the end of a period q asks for: the start when it
// says so ("bắt đầu", "khai mạc") or puts a range's first word right before
// its question word ("từ khi nào"), the end likewise ("kết thúc", "kéo dài
// đến ngày nào"), both when it asks for both or for a whole period
// ("trong khoảng thời gian nào", periodWholeCues). Only a when-question for a
// point in time asks one ("kéo dài bao lâu" asks a length).
func (q question) askedSide() timeSide {
	if q.wh != whWhen || q.when == whenLength || q.when == whenPartOfDay {
		return sideNone
	}
	if periodWholeCuesList.in(q.words) {
		return sideBoth
	}
	start, end := periodStartCuesList.in(q.words), periodEndCuesList.in(q.words)
	for i := 0; i+1 < len(q.words); i++ {
		if !q.whenPhraseAt(i + 1) {
			continue
		}
		w := q.words[i].text
		start = start || rangeFrom.Has(w, lexicon.AsTyped)
		end = end || rangeTo.Has(w, lexicon.AsTyped)
	}
	switch {
	case start && end:
		return sideBoth
	case start:
		return sideStart
	case end:
		return sideEnd
	}
	return sideNone
}

// whenPhraseAt reports whether a phrase that asks when starts at word i
// ("ngày nào", "khi nào", "mấy giờ").
func (q question) whenPhraseAt(i int) bool {
	for _, p := range whPhrases {
		if p.wh == whWhen && q.hasPhraseAt(p.phrase, i) > 0 {
			return true
		}
	}
	return false
}

// A timePart is an end of a period a sentence gives, or the whole period:
// "8/11" (start) and "12/11" (end) of "từ ngày 8/11 đến ngày 12/11", "6/8"
// (end) of "tính đến 6/8", "từ 19h ngày 4/8 đến 15h ngày 5/8" (both).
type timePart struct {
	side timeSide
	text string
	kind analysis.TimeKind
}

// maxRangeGap is the most bytes between the end of a period's start and
// the start of its end: the range word and perhaps the word for a day
// between them, "19h ngày 4/8 đến 15h ngày 5/8", "từ 8/11 tới ngày 12/11".
const maxRangeGap = 16

// periodDashes join the two ends of a period written without range
// words: "(19/8/2005-19/8/2025)", "(3/3/1989 – 3/3/2026)".
const periodDashes = "-–—"

// dashedPeriod reports whether times a and b of sentence s are the two
// ends of one period written with only a dash between them
// ("Ngày hội … (19/8/2005-19/8/2025)", the anniversary's bracket): a is
// its start, b its end.
func dashedPeriod(s *sent, a, b analysis.TimeSpan) bool {
	if a.End > b.Start || b.Start > len(s.text) {
		return false
	}
	gap := strings.TrimSpace(s.text[a.End:b.Start])
	return utf8.RuneCountInString(gap) == 1 && strings.ContainsAny(gap, periodDashes)
}

// dashedParts returns the ends of the periods sentence s writes with only
// a dash between them (dashedPeriod): "19/8/2005" (start) and "19/8/2025"
// (end) of "Ngày hội … (19/8/2005-19/8/2025)". Such a bracket dates the
// name right before it, not the sentence's event, so they are evidence
// for an answer another generator reads there (sideOf), not answers the
// period generator gives on their own.
func dashedParts(s *sent) []timePart {
	var out []timePart
	for i := 1; i < len(s.times); i++ {
		a, b := s.times[i-1], s.times[i]
		if dashedPeriod(s, a, b) {
			out = append(out,
				timePart{sideStart, a.Text, a.Kind},
				timePart{sideEnd, b.Text, b.Kind},
				timePart{sideBoth, s.text[a.Start:b.End], analysis.TimeRange})
		}
	}
	return out
}

// periodParts returns the ends of periods sentence s gives: both ends of
// a span of days (analysis.RangeEnds), a time a range's first word opens
// ("từ tháng 1/2023") or its last word closes ("kéo dài đến 14/2", "tính
// đến 6/8"), and a start and an end written one after the other as one
// whole period.
func periodParts(s *sent) []timePart {
	var out []timePart
	var open *analysis.TimeSpan // the start just read, its text from "từ"
	openAt := 0
	for i, t := range s.times {
		if from, to, ok := analysis.RangeEnds(t); ok {
			out = append(out,
				timePart{sideStart, from, analysis.TimeDate},
				timePart{sideEnd, to, analysis.TimeDate},
				timePart{sideBoth, t.Text, analysis.TimeRange})
			open = nil
			continue
		}
		text, at := t.Text, t.Start
		lead := ""
		if f := strings.Fields(text); len(f) > 1 {
			if w := strings.ToLower(f[0]); rangeFrom.Has(w, lexicon.Exact) || rangeTo.Has(w, lexicon.Exact) {
				lead, text = w, strings.TrimSpace(text[len(f[0]):])
			}
		}
		if lead == "" {
			if k := wordBefore(s, t.Start); k >= 0 {
				if k > 0 && rangeEndFillers.Has(s.lower[k], lexicon.Exact) && rangeTo.Has(s.lower[k-1], lexicon.Exact) {
					k-- // "đến hết ngày 29.2.2024"
				}
				lead, at = s.lower[k], s.starts[k]
			}
		}
		switch {
		case rangeFrom.Has(lead, lexicon.Exact):
			out = append(out, timePart{sideStart, text, t.Kind})
			open, openAt = &s.times[i], at
		case rangeTo.Has(lead, lexicon.Exact):
			out = append(out, timePart{sideEnd, text, t.Kind})
			if open != nil && t.Start-open.End <= maxRangeGap {
				out = append(out, timePart{sideBoth, s.text[openAt:t.End], open.Kind})
			}
			open = nil
		default:
			open = nil
		}
	}
	return out
}

// wordBefore returns the index of the last word of s that ends at or
// before byte at, or -1.
func wordBefore(s *sent, at int) int {
	k := -1
	for i, e := range s.ends {
		if e > at {
			break
		}
		k = i
	}
	return k
}

// periodSentences is how many of the best sentences period reads.
const periodSentences = 10

// periodScore is the confidence of period's answer at full cover: the
// end of a period read from a sentence, as sure as a passage's answer.
const periodScore = 0.9

// period answers a question for the start or the end of a period ("Hội
// thao bắt đầu từ ngày nào?") by the matching end of a period written in
// the best matching sentence that gives one ("Hội thao diễn ra từ ngày
// 8/11 đến ngày 12/11": 8/11), not by the day the article reports its
// event.
func (d *document) period(q question, content []word, sc *scope) candidate {
	side := q.side
	if side == sideNone || len(content) == 0 {
		return candidate{}
	}
	// The day written beside the word that starts or ends it ("Chiều 23/1,
	// Đại hội bế mạc") answers when its sentence matches better than any
	// that writes a period ("diễn ra từ 19-25/1"): passage reads it.
	cueScore := -1.0
	for _, b := range d.bestSentences(q, content, sc, periodSentences) {
		for _, s := range []*sent{b.s, d.periodAfter(b.s)} {
			if s == nil {
				continue
			}
			for _, p := range periodParts(s) {
				if p.side != side || !q.asksFor(p.kind) || q.when == whenDay && p.kind == analysis.TimeClock && !dayMonth.MatchString(p.text) {
					// "từ ngày nào đến ngày nào" is not answered by
					// hours alone ("từ 9h đến 21h hằng ngày").
					continue
				}
				if cueScore > b.o.score() {
					return candidate{}
				}
				return candidate{
					answer: p.text,
					kind:   KindPassage,
					score:  periodScore * b.o.coverage(),
					refs:   []ref{{s.p.ID, s.index}},
				}
			}
		}
		if cueScore < 0 && cueWritten(q, b.s) && hasTimeAsked(q, b.s) {
			cueScore = b.o.score()
		}
	}
	return candidate{}
}

// askedCueEnd returns the word of s right after the first word that
// starts or ends a period ("khai mạc", "kết thúc") that q asks of, on the
// side it asks; -1 when s writes none or q asks neither side.
func askedCueEnd(q question, s *sent) int {
	var cues []string
	switch q.side {
	case sideStart:
		cues = periodStartCues
	case sideEnd:
		cues = periodEndCues
	}
	if at, n := cueIn(q, s, cues); at >= 0 {
		return at + n
	}
	return -1
}

// cueIn returns where s writes the first of cues that q writes too, and
// its number of words; -1 when s writes none of them.
func cueIn(q question, s *sent, cues []string) (at, n int) {
	for _, c := range cues {
		if !hasAny(q.words, c) {
			continue
		}
		if at := s.hasPhrase(analysis.Fold(c), 0, len(s.fold)); at >= 0 {
			return at, len(strings.Fields(c))
		}
	}
	return -1, 0
}

// cueWritten reports whether sentence s writes a word of q that asks for
// the start or the end of a period ("bế mạc", "khởi công"): then a day
// beside it is that start or end itself.
func cueWritten(q question, s *sent) bool {
	for _, cues := range [][]string{periodStartCues, periodEndCues} {
		if at, _ := cueIn(q, s, cues); at >= 0 {
			return true
		}
	}
	return false
}

// hasTimeAsked reports whether s writes a time of the kind q asks for.
func hasTimeAsked(q question, s *sent) bool {
	for _, t := range s.times {
		if q.asksFor(t.Kind) {
			return true
		}
	}
	return false
}

// sideOf reports, for a question that asks for an end of a period,
// whether answer gives that end of a period its sentence s writes
// (periodParts, dashedParts), or s writes the question's word for that
// start or end (cueWritten: "Chiều 23/1, Đại hội bế mạc"). asked is false
// when the question asks for none.
func sideOf(q question, s *sent, answer string) (agrees, asked bool) {
	side := q.side
	if side == sideNone {
		return false, false
	}
	if cueWritten(q, s) {
		return true, true
	}
	for _, p := range append(periodParts(s), dashedParts(s)...) {
		if (p.side == side || side != sideBoth && p.side == sideBoth) && strings.Contains(answer, p.text) {
			return true, true
		}
	}
	return false, true
}

// sameAnswer reports whether two answers say the same, but for case and
// the words around a time: "ngày 25/5" and "Ngày 25/5.".
func sameAnswer(a, b string) bool {
	return a != "" && analysis.Fold(strings.Trim(a, ". ")) == analysis.Fold(strings.Trim(b, ". "))
}

// periodAfter returns the sentence after s in its passage when it opens
// with the start of a period and names nothing of its own before it
// ("… phát lệnh ra quân thực hiện cao điểm. Bắt đầu từ 8 giờ ngày
// 15.12.2023 đến ngày 29.2.2024, công an …"): the period of what s
// names. nil otherwise.
func (d *document) periodAfter(s *sent) *sent {
	ss := d.sentsOf[s.p.ID]
	if s.index+1 >= len(ss) {
		return nil
	}
	next := ss[s.index+1]
	if len(next.lower) == 0 || !(phraseStartsAt(next, periodStartSet, 0) || rangeFrom.Has(next.lower[0], lexicon.Exact)) {
		return nil
	}
	return next
}
