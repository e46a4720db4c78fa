package analysis

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// A TimeKind is the kind of a time expression.
type TimeKind int

// The kinds of time expression, from the finest.
const (
	// TimeClock is a time of day: "6h30", "19 giờ 15", "23:00".
	TimeClock TimeKind = iota + 1
	// TimeDate is a day: "19/9", "Sáng 5-1", "ngày 10.12", "29 Tết".
	TimeDate
	// TimeRange is a span of days: "19-25/1", "1 - 4.8", "từ 17/9 đến
	// 19/9", "các ngày 20, 21 và 22/9".
	TimeRange
	// TimeMonth is a month: "tháng 8", "tháng 7/2022".
	TimeMonth
	// TimeQuarter is a quarter: "quý IV/2029".
	TimeQuarter
	// TimeYear is a year: "năm 2024", or a span of years "2025 - 2030".
	TimeYear
)

// A TimeSpan is a time expression found in a text.
type TimeSpan struct {
	Kind       TimeKind
	Start, End int // byte offsets in the text
	Text       string
}

// clockDay matches the date a clock time may end with ("19 giờ 15 ngày
// 26/12", "17h30 chiều 9.10").
var clockDay = regexp.MustCompile(`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?$`)

// HoldsDay reports whether t gives a day: any time but a clock time, or a
// clock time written with its date ("16 giờ ngày 6.9"), not a bare one
// ("17 giờ").
func (t TimeSpan) HoldsDay() bool {
	return t.Kind != TimeClock || clockDay.MatchString(t.Text)
}

// timeWord is a word of the time of day or of a day that may come before
// a date ("Sáng 5-1", "ngày 10.12", "chiều nay 21/1").
const timeWord = `{{date_cues}}(?:\s+{{date_cue_after}})?`

// The patterns of time expressions, each with its kind. Where two match
// at the same place, the longer wins. Every pattern but the quarter's
// needs a digit (digitFree says which do not): Times runs only those on a
// text without digits.
var timePatterns = []struct {
	kind TimeKind
	re   *regexp.Regexp
}{
	// A clock time, perhaps with the part of the day and the date after
	// it: "19 giờ 15 ngày 26/12", "6h30 sáng", "23:00", "15h15’".
	{TimeClock, lexicon.MustRegexp(`(?i)\b\d{1,2}\s*{{clock_marks}}\s*(?:\d{1,2}\s*(?:{{minute_marks}}|’|')?)?(?:\s*{{day_parts}})?(?:,?\s*(?:{{day_word}}\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)?|\b\d{1,2}:\d{2}\b`)},
	// A date with slashes anywhere; with dashes or periods after a time
	// word ("5.8" may be a number, "5-1" a score), or anywhere with its
	// year ("(19-8-1945 - 19-8-2025)").
	{TimeDate, lexicon.MustRegexp(`(?i)(?:` + timeWord + `\s+)?\b\d{1,2}/\d{1,2}(?:/\d{4})?\b|` + timeWord + `\s+\(?\d{1,2}[.-]\d{1,2}(?:[.-]\d{4})?\b|\b\d{1,2}-\d{1,2}-(?:19|20)\d{2}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b`)},
	// The days of Tết: "29 Tết", "mùng 3 Tết".
	{TimeDate, lexicon.MustRegexp(`(?i)(?:{{tet_day_words}}\s+)?\b\d{1,2}\s+{{tet_words}}\b`)},
	// A span of days in one month: "19-25/1", "1 - 4.8", "25-29/8".
	{TimeRange, regexp.MustCompile(`(?i)\b\d{1,2}\s*[-–]\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?\b`)},
	// Days of one month listed: "các ngày 20, 21 và 22/9", "ngày 8 và
	// 9/11", "ngày 29 và 30-1" (after "ngày", a dash parts the month too).
	{TimeRange, lexicon.MustRegexp(`(?i)\b{{day_word}}\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|{{day_list_and}})\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\b`)},
	// From one day to another of one month, the month written once: "từ
	// 12 đến 14/10", "từ ngày 20 tới ngày 22.9", "từ 12 đến 14-10".
	{TimeRange, lexicon.MustRegexp(`(?i){{range_from}}\s+(?:{{day_word}}\s+)?\d{1,2}\s*{{range_to}}\s*(?:{{day_word}}\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\b`)},
	// From one date to another.
	{TimeRange, lexicon.MustRegexp(`(?i){{range_from}}\s+(?:{{day_word}}\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*(?:{{range_to}}|-)\s*(?:(?:{{day_word}}\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|{{period_edge_words}}\s+{{month_word}}\s+\d{1,2}(?:/\d{4})?)`)},
	{TimeMonth, lexicon.MustRegexp(`(?i)(?:{{period_edge_words}}\s+)?{{month_word}}\s+\d{1,2}(?:/\d{4})?\b`)},
	{TimeQuarter, lexicon.MustRegexp(`(?i){{quarter_word}}\s+(?:[IV]+|\d)(?:/\d{4}|\s+{{year_word}}\s+\d{4})?\b`)},
	{TimeYear, lexicon.MustRegexp(`(?i)(?:{{year_word}}|{{period_words}})\s+\d{4}(?:\s*[-–]\s*\d{4})?\b|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b`)},
}

// Times returns the time expressions of text, in order, not overlapping:
// where two overlap, the one that starts first, or else the longer, wins.
// A date's day must be 1 to 31 and its month 1 to 12.
func Times(text string) []TimeSpan {
	var all []TimeSpan
	digits := strings.ContainsAny(text, "0123456789")
	for _, p := range timePatterns {
		if !digits && !digitFree(p.kind) {
			// Its pattern matches no text without a digit.
			continue
		}
		for _, m := range p.re.FindAllStringIndex(text, -1) {
			t := text[m[0]:m[1]]
			if p.kind == TimeDate && (!validDay(t) || endsInNumber(text, m[1])) || p.kind == TimeClock && (!validClock(t) || lengthOfTime(text, m[0], m[1])) || endsInWord(text, m[1]) {
				continue
			}
			all = append(all, TimeSpan{Kind: p.kind, Start: m[0], End: m[1], Text: t})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End > all[j].End
	})
	var out []TimeSpan
	end := -1
	for _, s := range all {
		if s.Start < end {
			continue
		}
		out = append(out, s)
		end = s.End
	}
	return out
}

// lengthOfTime reports whether the clock time text[start:end], a bare
// number of hours, is a length of time: "Gần 2 giờ sau, cảnh sát đã khống
// chế được lửa", "mất 3 giờ" — a word of clock_duration_leads right
// before it or of clock_duration_trails right after it.
func lengthOfTime(text string, start, end int) bool {
	t := strings.TrimRight(text[start:end], " ")
	if !bareHour.MatchString(t) {
		return false
	}
	end = start + len(t)
	before := strings.Fields(strings.ToLower(text[max(0, start-maxLeadBytes):start]))
	for n := min(len(before), clockDurationLeads.MaxWords()); n >= 1; n-- {
		if clockDurationLeads.HasPhrase(before[len(before)-n:], lexicon.Exact) {
			return true
		}
	}
	after := strings.Fields(strings.ToLower(text[end:min(len(text), end+maxLeadBytes)]))
	for n := min(len(after), clockDurationTrails.MaxWords()); n >= 1; n-- {
		if clockDurationTrails.HasPhrase(trimEdges(after[:n]), lexicon.Exact) {
			return true
		}
	}
	return false
}

// trimEdges returns words with the punctuation around the last one cut:
// "sau," is "sau".
func trimEdges(words []string) []string {
	out := append([]string(nil), words...)
	k := len(out) - 1
	out[k] = strings.TrimFunc(out[k], func(r rune) bool { return !unicode.IsLetter(r) })
	return out
}

// bareHour matches a clock time that writes an hour alone: "2 giờ", "3h".
var bareHour = lexicon.MustRegexp(`(?i)^\d{1,2}\s*{{clock_marks}}$`)

// maxLeadBytes bounds the text read either side of a clock time for the
// words that make it a length of time.
const maxLeadBytes = 24

var (
	clockDurationLeads  = lexicon.MustSet("clock_duration_leads")
	clockDurationTrails = lexicon.MustSet("clock_duration_trails")
)

// digitFree reports whether the pattern of time expressions of kind k
// can match a text without an ASCII digit: the quarter's alone ("quý
// IV"); every other pattern (timePatterns) writes a \d no match can
// skip.
func digitFree(k TimeKind) bool { return k == TimeQuarter }

// endsInWord reports whether a match that ends at byte end stops inside a
// word: its last letter and the next are both letters ("10 h" of "10
// huyện", "86 h" of "86 học sinh" are no clock times).
func endsInWord(text string, end int) bool {
	last, _ := utf8.DecodeLastRuneInString(text[:end])
	next, _ := utf8.DecodeRuneInString(text[end:])
	return unicode.IsLetter(last) && unicode.IsLetter(next)
}

// endsInNumber reports whether a date that ends at byte end stops where
// a slash or a dot and a digit go on: "Hôm 3-4" of "Hôm 3-4/12" is the
// start of a span of days, "3-4/12", not the day 3/4.
func endsInNumber(text string, end int) bool {
	rest := text[end:]
	return len(rest) >= 2 && (rest[0] == '/' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9'
}

// dayMonth finds the last day and month of a date.
var dayMonth = regexp.MustCompile(`(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{4})?\)?$`)

// clockHead finds the hour and the minutes after it of a clock time:
// "23" and "30" of "23 giờ 30", "06" and "25" of "06h25", "23:00".
var clockHead = lexicon.MustRegexp(`(?i)^(\d{1,2})\s*(?:{{clock_marks}}|:)\s*(\d{1,2})?`)

// The largest hour and minute of a clock time: "24h" closes a day.
const (
	maxClockHour   = 24
	maxClockMinute = 59
)

// validClock reports whether the clock time t writes an hour of a day
// and minutes of an hour: "50H" of a number plate "50H-230.74" is none.
func validClock(t string) bool {
	m := clockHead.FindStringSubmatch(t)
	if m == nil {
		return true
	}
	h, _ := strconv.Atoi(m[1])
	if h > maxClockHour {
		return false
	}
	if m[2] != "" {
		if mi, _ := strconv.Atoi(m[2]); mi > maxClockMinute {
			return false
		}
	}
	return true
}

func validDay(t string) bool {
	m := dayMonth.FindStringSubmatch(t)
	if m == nil {
		return true // "29 Tết"
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return d >= 1 && d <= 31 && mo >= 1 && mo <= 12
}

// The two ends of a span of days: "19-25/1" (the month written once), and
// "từ 12 đến 14/10" (the month written once too), "từ ngày 8/11 đến ngày
// 12/11", "từ 17/9 tới cuối tháng 9".
var (
	compactRange = regexp.MustCompile(`^(\d{1,2})\s*[-–]\s*(\d{1,2})([/.]\d{1,2}(?:[/.]\d{4})?)$`)
	dayList      = lexicon.MustRegexp(`(?i)^{{day_word}}\s+(\d{1,2})\b.*\b(\d{1,2})([/.-]\d{1,2}(?:[/.-]\d{4})?)$`)
	dayToDay     = lexicon.MustRegexp(`(?i)^{{range_from}}\s+(?:{{day_word}}\s+)?(\d{1,2})\s*{{range_to}}\s*(?:{{day_word}}\s+)?(\d{1,2})([/.-]\d{1,2}(?:[/.-]\d{4})?)$`)
	fromToRange  = lexicon.MustRegexp(`(?i)^{{range_from}}\s+(?:{{day_word}}\s+)?(\S+?)\s*(?:{{range_to}}|-)\s*(?:{{day_word}}\s+)?(.+)$`)
)

// RangeEnds returns the first and the last day of a span of days (a
// TimeRange): "19/1" and "25/1" of "19-25/1", "8/11" and "12/11" of "từ
// ngày 8/11 đến ngày 12/11". ok is false for any other expression.
func RangeEnds(t TimeSpan) (from, to string, ok bool) {
	if t.Kind != TimeRange {
		return "", "", false
	}
	if m := compactRange.FindStringSubmatch(t.Text); m != nil {
		return m[1] + m[3], m[2] + m[3], true
	}
	if m := dayList.FindStringSubmatch(t.Text); m != nil {
		return m[1] + m[3], m[2] + m[3], true
	}
	if m := dayToDay.FindStringSubmatch(t.Text); m != nil {
		return m[1] + m[3], m[2] + m[3], true
	}
	if m := fromToRange.FindStringSubmatch(t.Text); m != nil {
		return m[1], m[2], true
	}
	return "", "", false
}
