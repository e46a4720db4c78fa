package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A when-question may ask about another dated thing than the event the
// article reports: a day it commemorates, a holiday, a founding, a past
// edition, the year works were published. News writing dates such a
// thing where it names it: in brackets ("Ngày truyền thống Công an Nhân
// dân (19/8/1945-19/8/2025)"), or right after it ("Quốc khánh 2-9", "tác
// phẩm xuất bản năm 2024", "so với cùng kỳ năm 2021", "Giá cà phê hôm nay
// 1/11"). datedThing answers such a question with that date, and the
// event's own date does not answer it (event).

// A dated is a date written beside the thing a question names.
type dated struct {
	c candidate
	// day is the date's day and month ("19/8"), "" for a year alone: the
	// event's date is the same date when it has the same day.
	day string
}

// thingWords is how many content words before its question words name
// the thing a when-question asks about ("… xuất bản năm nào": "xuất
// bản"); the date must follow them in the text.
const thingWords = 2

// maxThingRun is the most words before a date that may name the dated
// thing: a name, not a clause.
const maxThingRun = 10

// maxThingGap is the most function words between the thing and its date
// ("khánh thành vào sáng 19-8").
const maxThingGap = 1

// minDatedCover is the least share of the question's content words the
// sentence must hold.
const minDatedCover = 0.75

// datedScore and datedScoreCover make the generator's confidence: the
// base, and what the question's coverage of the sentence adds.
const (
	datedScore      = 0.6
	datedScoreCover = 0.35
)

// anniversaryCues, before "<N> năm", say that what follows is N years old
// ("kỷ niệm 95 năm thành lập", "qua 15 năm thực hiện").
var anniversaryCues = lexicon.MustSet("anniversary_cues")

// maxCueGap is the most words between an anniversary cue and the number.
const maxCueGap = 2

// dashDate is a day and month written with a dash after a name: "Quốc
// khánh 2-9", "Tết Dương lịch 1-1" (analysis.Times reads a dashed date
// only after a word of time, as "5-1" may be a score).
var dashDate = regexp.MustCompile(`^(\d{1,2})-(\d{1,2})$`)

// datedThing returns the date a when-question asks for when the question
// names another dated thing than the article's event, or nothing.
func (d *document) datedThing(q question, content []word, sc *scope) dated {
	if q.wh != whWhen || q.when == whenClock || q.when == whenPartOfDay || q.when == whenLength || rangeToList.in(q.words) {
		// A time of day, a length, or the end of a span ("nghỉ học
		// đến ngày nào"): a sentence answers it.
		return dated{}
	}
	thing := askedThing(q, content)
	if len(thing) == 0 {
		return dated{}
	}
	head := askedNameHead(q, content)
	nouns := questionEventNouns(q)
	var best dated
	for _, s := range d.sents {
		if !sc.reads(s) {
			continue
		}
		cover := d.overlapOf(q, content, s).coverage()
		if cover < minDatedCover {
			continue
		}
		got := d.datedIn(q, content, s, thing, head, nouns)
		if got.c.answer == "" {
			got = d.anniversaryIn(q, s, thing, nouns)
		}
		if got.c.answer == "" {
			continue
		}
		got.c.score = datedScore + datedScoreCover*cover
		if got.c.score > best.c.score {
			best = got
		}
	}
	return best
}

// askedThing returns the last thingWords content words the question says
// before its question words ("Quốc khánh là ngày nào": "quốc khánh"), or,
// when it starts with them, after them ("Năm nào Hội thành lập").
func askedThing(q question, content []word) []word {
	if q.whAt < 0 {
		return nil
	}
	in := foldSet(content)
	var before, after []word
	for i, w := range q.words {
		if !in[w.fold] {
			continue
		}
		switch {
		case i < q.whAt:
			before = append(before, w)
		case i >= q.whEnd:
			after = append(after, w)
		}
	}
	ws := before
	if len(ws) == 0 {
		ws = after
	}
	return ws[max(0, len(ws)-thingWords):]
}

// askedNameHead returns the first thingWords content words the question says
// before its question words, the head of the thing it names ("Ngày
// truyền thống BĐBP An Giang là ngày nào": "truyền thống"), or nil when
// they are the words askedThing returns.
func askedNameHead(q question, content []word) []word {
	if q.whAt < 0 {
		return nil
	}
	in := foldSet(content)
	var before []word
	for _, w := range q.words[:q.whAt] {
		if in[w.fold] {
			before = append(before, w)
		}
	}
	if len(before) <= thingWords {
		return nil
	}
	return before[:thingWords]
}

// questionEventNouns returns the event nouns the question says ("lễ kỷ
// niệm", "đại hội"), folded, longest first where two overlap.
func questionEventNouns(q question) []string {
	var out []string
	for i, n := range eventNouns {
		if eventNounsList.items[i].at(q.words) >= 0 {
			out = append(out, analysis.Fold(n))
		}
	}
	return out
}

// datedIn returns the date of s written right after the thing: "… Ngày
// truyền thống Công an Nhân dân (19/8/1945-19/8/2025)", "… xuất bản năm
// 2024". Of two, the one whose words before it hold more of the question
// ("… tựu trường ngày 22/8, còn toàn bộ học sinh chính thức tựu trường
// vào ngày 29/8").
//
// A date in brackets dates the whole name before it, so the thing (or the
// head of the name the question gives, head) may stand anywhere in that
// name: "kỷ niệm ngày Giải phóng miền Nam thống nhất đất nước
// (30/4/1975-30/4/2021)" for "ngày giải phóng miền Nam". The article's
// posting stamp in its header ("… Bộ đội Biên phòng 03/03/2026 15:30")
// dates the article, not the name before it.
func (d *document) datedIn(q question, content []word, s *sent, thing, head []word, nouns []string) dated {
	var best dated
	bestCover := -1.0
	for _, t := range d.datesOf(s) {
		if !q.asksFor(t.Kind) || postingStamp(s, t) {
			continue
		}
		k := s.wordAt(t.Start)
		if k <= 0 || s.starts[k] != t.Start {
			continue // the date starts the sentence, or inside a word
		}
		from, ok := s.runBefore(k, t.Start)
		if !ok || joinsClause(s, k) {
			// "… xuất viện và ngày 30/9 trở lại đi học": a date after a
			// conjunction dates the clause it opens.
			continue
		}
		at, ok := s.endsWith(thing, from, k)
		if !ok && strings.ContainsRune(s.text[s.ends[k-1]:t.Start], '(') {
			at, ok = s.holdsAt(thing, from, k)
			if !ok && len(head) > 0 {
				at, ok = s.holdsAt(head, from, k)
			}
		}
		if !ok || d.namesEventOutside(s, nouns, at, k) {
			continue
		}
		ans, day := datedAnswer(q, t)
		if ans == "" {
			continue
		}
		if cover := d.overlapIn(q, content, s, from, k).coverage(); cover > bestCover {
			best, bestCover = dated{c: candidate{answer: ans, kind: KindFact, refs: []ref{{s.p.ID, s.index}}}, day: day}, cover
		}
	}
	return best
}

// anniversaryIn returns the year the thing started when s says how many
// years ago, with a cue ("Lễ kỷ niệm 95 năm thành lập" in 2025: 1930) or
// before a name ("15 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc" in
// 2020: 2005). Only a year is asked for so ("năm nào", "khi nào").
func (d *document) anniversaryIn(q question, s *sent, thing []word, nouns []string) dated {
	if q.when != whenYear && q.when != whenAny || s.art.Date.Year == 0 {
		return dated{}
	}
	for k := 1; k+1 < len(s.lower); k++ {
		if !countedYears(s, k) || !anniversaryCue(s, k-1) && !isCapital(s, k+1) {
			continue
		}
		n, err := strconv.Atoi(s.lower[k-1])
		if err != nil || n <= 0 || n >= s.art.Date.Year {
			continue
		}
		to := s.runAfter(k + 1)
		if !s.holds(thing, k+1, to) || d.namesEventOutside(s, nouns, k+1, to) {
			continue
		}
		year := s.art.Date.Year
		return dated{c: candidate{answer: fmt.Sprintf(msgYearsSince, year-n, n, year), kind: KindFact, refs: []ref{{s.p.ID, s.index}}, computed: true}}
	}
	return dated{}
}

// runAfter returns where the run of words from word k ends: at
// punctuation, a function word that ends a name ("và") or maxThingRun
// words.
func (s *sent) runAfter(k int) int {
	to := k + 1
	for to < len(s.lower) && to-k < maxThingRun && strings.TrimFunc(s.text[s.ends[to-1]:s.starts[to]], isQuote) == "" && !danglingWords.Has(s.lower[to], lexicon.Exact) {
		to++
	}
	return to
}

// holds reports whether the words [from, to) of s hold the thing's words
// side by side.
func (s *sent) holds(thing []word, from, to int) bool {
	_, ok := s.holdsAt(thing, from, to)
	return ok
}

// holdsAt returns where the words [from, to) of s first hold the thing's
// words side by side, and whether they do.
func (s *sent) holdsAt(thing []word, from, to int) (int, bool) {
	for k := from; k+len(thing) <= to; k++ {
		if s.wordsAre(thing, k) {
			return k, true
		}
	}
	return 0, false
}

// postingStamp reports whether the date t of s is the article's posting
// stamp: the day it was posted, followed by the time of day its header
// gives ("03/03/2026 15:30").
func postingStamp(s *sent, t analysis.TimeSpan) bool {
	at := s.art.PostedAt
	if at == "" || t.End > len(s.text) {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(s.text[t.End:]), at) || strings.HasSuffix(strings.TrimSpace(t.Text), at)
}

// countedYears reports whether the word at k is "năm" after a number of
// years: "95 năm".
func countedYears(s *sent, k int) bool {
	return yearWords.Has(s.lower[k], lexicon.Exact) && k > 0 && isDigits(s.lower[k-1]) && s.text[s.ends[k-1]:s.starts[k]] == " "
}

// yearWords name the year ("năm").
var yearWords = lexicon.MustSet("year_words")

// anniversaryCue reports whether an anniversary cue ends within maxCueGap
// words before the number at k ("kỷ niệm 95", "qua 15").
func anniversaryCue(s *sent, k int) bool {
	for from := max(0, k-maxCueGap-anniversaryCues.MaxWords()); from < k; from++ {
		for n := anniversaryCues.MaxWords(); n >= 1; n-- {
			if from+n <= k && from+n >= k-maxCueGap && anniversaryCues.Has(strings.Join(s.lower[from:from+n], " "), lexicon.Exact) {
				return true
			}
		}
	}
	return false
}

// datesOf returns the time expressions of s with the dates written with a
// dash after a name whose first or second word is capitalised ("Quốc
// khánh 2-9").
func (d *document) datesOf(s *sent) []analysis.TimeSpan {
	out := append([]analysis.TimeSpan(nil), s.times...)
	for k := 1; k+1 < len(s.lower); k++ {
		// "2-9" is two words, "2" and "9", with a dash between.
		if s.text[s.ends[k-1]:s.starts[k]] != " " || !isCapital(s, k-1) && !isCapital(s, k-2) || s.text[s.ends[k]:s.starts[k+1]] != "-" {
			continue
		}
		t := s.text[s.starts[k]:s.ends[k+1]]
		if !dashDate.MatchString(t) || !validDayMonth(t) || s.inTime(s.starts[k]) {
			continue
		}
		if k+2 < len(s.lower) && strings.TrimSpace(s.text[s.ends[k+1]:s.starts[k+2]]) == "" && isDigits(s.lower[k+2]) {
			continue // "2-9 2025" is no date of this kind
		}
		out = append(out, analysis.TimeSpan{Kind: analysis.TimeDate, Start: s.starts[k], End: s.ends[k+1], Text: t})
	}
	return out
}

// validDayMonth reports whether "d-m" is a day of a month.
func validDayMonth(t string) bool {
	m := dashDate.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return d >= 1 && d <= 31 && mo >= 1 && mo <= 12
}

// inTime reports whether the byte offset at is inside a time expression
// of s.
func (s *sent) inTime(at int) bool {
	for _, t := range s.times {
		if at >= t.Start && at < t.End {
			return true
		}
	}
	return false
}

// wordAt returns the index of the word of s that starts at or after the
// byte offset at, or -1.
func (s *sent) wordAt(at int) int {
	for k, st := range s.starts {
		if st >= at {
			return k
		}
	}
	return -1
}

// runBefore returns where the run of words before word d starts: back to
// punctuation, a number or a count of years ("80 năm Ngày truyền thống
// …": the run starts after "năm", the count is the anniversary's) or
// maxThingRun words. Between the run and the date there
// may be an opening bracket or a quote, nothing else; ok is false when
// the date does not follow the run so (it opens the sentence or a
// clause).
func (s *sent) runBefore(d, start int) (from int, ok bool) {
	if sep := s.text[s.ends[d-1]:start]; strings.TrimFunc(sep, isBracketOrQuote) != "" {
		return 0, false
	}
	from = d - 1
	for from > 0 && d-from < maxThingRun && strings.TrimFunc(s.text[s.ends[from-1]:s.starts[from]], isQuote) == "" && !isDigits(s.lower[from-1]) && !countedYears(s, from-1) {
		from--
	}
	return from, true
}

// isBracketOrQuote reports whether r may stand between a name and its
// date: a space, an opening bracket or a quote.
func isBracketOrQuote(r rune) bool { return unicode.IsSpace(r) || r == '(' || isQuote(r) }

// isQuote reports whether r is a space or a quote mark.
func isQuote(r rune) bool {
	return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || r == '\''
}

// endsWith reports whether the words [from, d) of s end with the thing's
// words, side by side, at most maxThingGap function words before d, and
// returns where the thing starts.
func (s *sent) endsWith(thing []word, from, d int) (int, bool) {
	for gap := 0; gap <= maxThingGap; gap++ {
		end := d - gap
		start := end - len(thing)
		if start < from {
			break
		}
		if gap > 0 && !nameBreak(s, s.lower[end]) {
			break
		}
		if s.wordsAre(thing, start) {
			return start, true
		}
	}
	return 0, false
}

// wordsAre reports whether the words of s from k are ws, folded.
func (s *sent) wordsAre(ws []word, k int) bool {
	if k < 0 || k+len(ws) > len(s.fold) {
		return false
	}
	for i, w := range ws {
		if s.fold[k+i] != w.key(s.art.Language) {
			return false
		}
	}
	return true
}

// namesEventOutside reports whether the question names the event of the
// article of s by its own noun (the first event noun of its lead: "lễ"
// of "Lễ kỷ niệm 80 năm …") and the words [from, to) of s, where the
// dated thing stands, do not hold it: then the question asks about the
// event ("Lễ kỷ niệm Ngày truyền thống diễn ra ngày nào"), not the thing.
func (d *document) namesEventOutside(s *sent, nouns []string, from, to int) bool {
	head := d.eventHead(s.art.ID)
	if head == "" {
		return false
	}
	for _, n := range nouns {
		if n != head {
			continue
		}
		if s.hasPhrase(n, from, to) < 0 {
			return true
		}
	}
	return false
}

// eventHead returns the first event noun of the event an article reports,
// folded: "le" for "trọng thể Lễ kỷ niệm …", "" without one.
func (d *document) eventHead(article string) string {
	for _, i := range d.factsOf[article] {
		f := d.facts[i]
		if f.Type != corpus.FactEvent {
			continue
		}
		ws := sharedWords(f.What)
		for k := range ws {
			for i, n := range eventNouns {
				if eventNounsList.items[i].startsIn(ws[k:]) {
					return analysis.Fold(n)
				}
			}
		}
	}
	return ""
}

// datedAnswer says the date t as the answer to q: its first date
// when it spans two ("19/8/1945-19/8/2025" is the thing's and the
// anniversary's), the year first when a year is asked ("Năm 1945
// (19/8/1945)"). day is its day and month, "" for a year alone.
func datedAnswer(q question, t analysis.TimeSpan) (ans, day string) {
	text := t.Text
	if m := yearSpan.FindStringSubmatch(text); m != nil {
		text = m[1]
	}
	if m := dayMonth.FindStringSubmatch(text); m != nil {
		day = m[1] + "/" + m[2]
		if q.when == whenYear {
			if m[3] == "" {
				return "", "" // no year written
			}
			return fmt.Sprintf(msgYearOf, m[3], text), day
		}
	}
	return upperFirst(text) + ".", day
}

// sameDate reports whether the event's date when says the date d: the
// same day and month, or, for a year alone, the same year.
func sameDate(d dated, when string) bool {
	if d.day != "" {
		m := dayMonth.FindStringSubmatch(when)
		if m == nil || m[1]+"/"+m[2] != d.day {
			return false
		}
		// "19/12/1946" is not the day of 19/12/2025.
		y := dayMonth.FindStringSubmatch(d.c.answer)
		return y == nil || y[3] == "" || m[3] == "" || y[3] == m[3]
	}
	return yearGiven(d.c.answer) == yearOf(when)
}

// yearGiven returns the first year an answer writes in four digits
// (isYear), the year it gives ("1930" of "Năm 1930 (95 năm tính đến năm
// 2025)"), or "" when it writes none.
func yearGiven(answer string) string {
	from := -1
	for i := 0; i <= len(answer); i++ {
		if i < len(answer) && answer[i] >= '0' && answer[i] <= '9' {
			if from < 0 {
				from = i
			}
			continue
		}
		if from >= 0 && isYear(answer[from:i]) {
			return answer[from:i]
		}
		from = -1
	}
	return ""
}

// yearSpan is a span of years whose first year is the thing's: "1945-2025".
var yearSpan = regexp.MustCompile(`^(\d{4})\s*[-–]\s*\d{4}$`)

// dayMonth reads the day, month and year of a date: "19/8/1945", "2-9".
var dayMonth = regexp.MustCompile(`(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?`)
