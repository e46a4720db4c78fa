package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A how-long question may ask for a length the article writes only as
// dates: "diễn ra trong mấy ngày" of "Giải diễn ra trong các ngày 20, 21
// và 22/9" (3 ngày), of "được tổ chức ngày 12-13/10" (2 ngày); "bao nhiêu
// năm" of "Quần thể danh thắng Tràng An được UNESCO ghi danh … (2014-2024)"
// (10 năm). duration works the length out from the span of days or the
// span of years its sentence writes and answers with the number, its noun
// and the span it comes from. Such a candidate is computed, not written:
// the feature fComputed says so.

// dayUnits are the nouns that count days, folded.
var dayUnits = lexicon.MustSet("day_units_folded")

// minDurationCover is the least share of the question's content words the
// span's sentence must hold.
const minDurationCover = 0.4

// durationScore, durationScoreCover and durationScoreThing make the
// generator's confidence: the base, what the question's coverage of the
// sentence adds, and what its coverage of the words naming a span of
// years adds.
const (
	durationScore      = 0.4
	durationScoreCover = 0.4
	durationScoreThing = 0.2
)

// maxSpanDays is the longest span of days read as a length: a longer one
// is a period, not an event's days.
const maxSpanDays = 62

// maxSpanYears is the longest span of years read as an age.
const maxSpanYears = 200

// bracketYears is a span of years in brackets after what it dates, perhaps
// with days: "(2014-2024)", "(19/8/1945-19/8/2025)".
var bracketYears = regexp.MustCompile(`\((?:\d{1,2}[/.]\d{1,2}[/.])?(\d{4})\s*[-–]\s*(?:\d{1,2}[/.]\d{1,2}[/.])?(\d{4})\)`)

// dayOfMonth reads a day written "d/m", "d.m", "d-m", perhaps with its
// year.
var dayOfMonth = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$`)

// listedDays are the days of a list of days of one month: "20", "21",
// "22" of "ngày 20, 21 và 22/9".
var listedDays = regexp.MustCompile(`\b\d{1,2}\b`)

// A durationAsked is what length a question asks for.
type durationAsked int

const (
	askedNoDuration durationAsked = iota
	askedDays                     // "mấy ngày", "bao lâu"
	askedYears                    // "bao nhiêu năm"
)

// durationOf returns the length q asks for: days when it counts days or
// asks how long ("bao lâu"), years when it counts years.
func durationOf(q question) durationAsked {
	if q.wh != whCount {
		return askedNoDuration
	}
	if q.when == whenLength {
		return askedDays
	}
	if _, ok := q.countedYearsAt(q.whEnd); ok {
		return askedYears
	}
	if q.counted != nil && dayUnits.Has(q.counted.fold, lexicon.Exact) {
		return askedDays
	}
	return askedNoDuration
}

// duration returns the length a how-long question asks for, worked out
// from the span of days or of years written in the sentence that best
// holds the question's words; nothing when no such sentence writes one.
func (d *document) duration(q question, content []word, sc *scope) candidate {
	asked := durationOf(q)
	if asked == askedNoDuration {
		return candidate{}
	}
	var best candidate
	for s, cover := range d.coveringIn(q, content, sc, minDurationCover) {
		// thingCover is how much of the question the words naming a span
		// of years hold (yearsOfSpans); a span of days names no thing.
		var ans string
		thingCover := 0.0
		if asked == askedDays {
			ans = daysOfSpans(s.times)
		} else {
			ans, thingCover = d.yearsOfSpans(q, content, s)
		}
		if ans == "" {
			continue
		}
		if score := durationScore + durationScoreCover*cover + durationScoreThing*thingCover; score > best.score {
			best = candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}, computed: true}
		}
	}
	return best
}

// daysOfSpans returns the length of the first span of days of times, as
// msgDaysOfSpan: "2 ngày (12-13/10)"; "" when none is read.
func daysOfSpans(times []analysis.TimeSpan) string {
	for _, t := range times {
		if n := spanDays(t); n > 0 {
			return fmt.Sprintf(msgDaysOfSpan, n, t.Text)
		}
	}
	return ""
}

// spanDays returns how many days a span of days covers: the days it
// lists ("ngày 20, 21 và 22/9": 3), or its first to its last day, both
// counted ("12-13/10": 2, "từ 30/9 đến 2/10": 3); 0 when t is no span of
// days or one longer than maxSpanDays.
func spanDays(t analysis.TimeSpan) int {
	from, to, ok := analysis.RangeEnds(t)
	if !ok {
		return 0
	}
	if dayList.MatchString(t.Text) {
		// Days listed need not follow each other: they are counted.
		// The month's number is no day of the list.
		return len(listedDays.FindAllString(t.Text, -1)) - 1
	}
	a, okA := dayDate(from)
	b, okB := dayDate(to)
	if !okA || !okB {
		return 0
	}
	if b.Before(a) && a.Year() == b.Year() && !yearWritten(from) {
		// "từ 28/12 đến 3/1": the end falls in the next year.
		b = b.AddDate(1, 0, 0)
	}
	n := int(b.Sub(a).Hours()/24) + 1
	if n < 1 || n > maxSpanDays {
		return 0
	}
	return n
}

// dayList is a list of days of one month ("ngày 20, 21 và 22/9", "ngày
// 12 và 13/10/2025"): days parted by commas or a joining word, the month
// after the last; a dash between two days makes a span ("1 - 4.8"), no
// list.
var dayList = regexp.MustCompile(`^\D*\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,\s*|\s+\pL+\s+)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?$`)

// spanYearNone is the year a day without one is read in: a leap year, so
// that 29/2 is a day.
const spanYearNone = 2000

// dayDate reads a day "d/m" or "d/m/yyyy" as a date; a day without its
// year is read in spanYearNone.
func dayDate(t string) (time.Time, bool) {
	m := dayOfMonth.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return time.Time{}, false
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year := spanYearNone
	if m[3] != "" {
		year, _ = strconv.Atoi(m[3])
	}
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
}

// yearWritten reports whether a day "d/m/yyyy" writes its year.
func yearWritten(t string) bool {
	m := dayOfMonth.FindStringSubmatch(strings.TrimSpace(t))
	return m != nil && m[3] != ""
}

// yearsOfSpans returns, for a sentence that writes no count of years, the
// length of the span of years in brackets of s
// whose thing — the words written right before it, "20 năm Ngày hội toàn
// dân bảo vệ An ninh Tổ quốc (19/8/2005-19/8/2025)" — holds most of the
// question's words, as msgYearsOfSpan ("20 năm (19/8/2005-19/8/2025)"),
// and that share; "" when s writes none.
func (d *document) yearsOfSpans(q question, content []word, s *sent) (string, float64) {
	for k := 1; k < len(s.lower); k++ {
		if countedYears(s, k) {
			// "Kỷ niệm 115 năm thành lập tỉnh, …, 20 năm chia tách
			// (01/01/2004 - 01/01/2024)": the sentence writes its counts
			// of years, the quantities answer.
			return "", 0
		}
	}
	ans, bestCover := "", -1.0
	for _, at := range bracketYears.FindAllStringSubmatchIndex(s.text, -1) {
		a, _ := strconv.Atoi(s.text[at[2]:at[3]])
		b, _ := strconv.Atoi(s.text[at[4]:at[5]])
		n := b - a
		if n <= 0 || n > maxSpanYears {
			continue
		}
		cover := 0.0
		if k := s.wordAt(at[0]); k > 0 {
			if from, ok := s.runBefore(k, at[0]); ok {
				cover = d.overlapIn(q, content, s, from, k).coverage()
			}
		}
		if cover > bestCover {
			ans, bestCover = fmt.Sprintf(msgYearsOfSpan, n, s.text[at[0]+1:at[1]-1]), cover
		}
	}
	return ans, max(0, bestCover)
}
