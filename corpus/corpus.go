// Package corpus reads news articles in hoidap's raw format into passages
// and sentences, and extracts the typed facts they state.
package corpus

import (
	"strconv"
	"strings"
	"time"
)

// An Article is one news article read from a raw file.
type Article struct {
	// ID is the file name without ".txt".
	ID string `json:"id"`
	// Date is the event's date: the day from the lead ("Sáng nay 19/9"), the
	// month and year from the date line. Day is 0 when the lead names none.
	Date Date `json:"date"`
	// Posted is the day the article was posted, as its date line gives it
	// (the day 0 when the date line has none): not the event's date. Its
	// Written is the day as a header stamp writes it ("09/06"), empty when
	// only the date line gives the day.
	Posted Date `json:"posted"`
	// DateLine is the date as the first line writes it ("2025-09-30",
	// "2020-08").
	DateLine string `json:"date_line"`
	// PostedAt is the time of day the article was posted ("18:13"), when
	// its header stamps one beside the date line's day ("08/08/2025
	// 18:13"); empty otherwise.
	PostedAt string `json:"posted_at,omitempty"`
	// Section is the newspaper section ("Quốc phòng - An ninh"), empty when
	// it could not be told from the title.
	Section string `json:"section"`
	// Title is the headline.
	Title string `json:"title"`
	// Source is the newspaper's code ("QNO"), empty when none was found.
	Source string `json:"source"`
	// Lead is the lead paragraph after "(SOURCE) - ".
	Lead string `json:"lead"`
	// Dateline is the place a dateline puts before the lead ("Quảng Nam",
	// glued to the lead's first word by the crawler, or alone before it),
	// empty when there is none.
	Dateline string `json:"dateline,omitempty"`
	// Author is the byline of the last line ("VÂN ANH", "Theo KHÁNH HOAN
	// (TNO)"), empty when there is none. It is never a passage.
	Author string `json:"author,omitempty"`
	// Language is "vi" or "en", detected from the text.
	Language string `json:"language"`
	// Passages are the title, lead, paragraphs and captions, in order.
	Passages []Passage `json:"passages"`
	// Hash is the Hash of the bytes the article was parsed from: what a
	// curated answer checks to tell that its article changed since.
	Hash string `json:"-"`
}

// A Date is a calendar date whose day may be unknown (0).
type Date struct {
	Year  int `json:"year"`
	Month int `json:"month"`
	Day   int `json:"day,omitempty"`
	// Written is the day as the article writes it ("19/9"), empty when the
	// article gives none.
	Written string `json:"written,omitempty"`
}

// String formats d as the article would, with the year added: "19/9/2024",
// "5-1-2026" or "6.9.2025" when the article writes dashes or periods, "October 5, 2024" in English,
// or "9/2024" without a day.
func (d Date) String() string {
	if d.Year == 0 {
		return ""
	}
	if d.Day == 0 {
		return strconv.Itoa(d.Month) + "/" + strconv.Itoa(d.Year)
	}
	if d.Written != "" && strings.ContainsAny(d.Written, "abcdefghijklmnopqrstuvwxyz") {
		return d.Written + ", " + strconv.Itoa(d.Year) // "October 5, 2024"
	}
	if k := strings.IndexAny(d.Written, "-."); k >= 0 {
		return d.Written + d.Written[k:k+1] + strconv.Itoa(d.Year) // "5-1-2026", "6.9.2025"
	}
	if d.Written != "" {
		return d.Written + "/" + strconv.Itoa(d.Year)
	}
	return strconv.Itoa(d.Day) + "/" + strconv.Itoa(d.Month) + "/" + strconv.Itoa(d.Year)
}

// Time returns d as a time.Time in UTC (day 1 when the day is unknown).
func (d Date) Time() time.Time {
	day := d.Day
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC)
}

// Kind is the kind of a passage.
type Kind string

// The kinds of passage.
const (
	KindTitle     Kind = "title"
	KindLead      Kind = "lead"
	KindParagraph Kind = "p"
	KindCaption   Kind = "caption"
)

// A Passage is a title, lead, paragraph or photo caption.
type Passage struct {
	// ID is "<article>/<kind><n>", numbered from 1 per kind: "000_x/p3".
	ID string `json:"id"`
	// Article is the article's ID.
	Article string `json:"article"`
	Kind    Kind   `json:"kind"`
	// Text is the passage's canonical (NFC) text; for a caption, without
	// its "Ảnh: credit".
	Text string `json:"text"`
	// Credit is a caption's photo credit ("M.L").
	Credit string `json:"credit,omitempty"`
	// Sentences are byte spans of Text, in order.
	Sentences []Span `json:"sentences"`
}

// A Span is a byte range [Start, End) of a passage's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence returns the text of sentence i.
func (p Passage) Sentence(i int) string {
	s := p.Sentences[i]
	return p.Text[s.Start:s.End]
}

// headlineWords is how many words of the lead stand for a missing title.
const headlineWords = 12

// Headline is the article's title, or when the file gave none the first
// words of its lead, cut at a word with "…": what a listing shows.
func (a *Article) Headline() string {
	if a.Title != "" {
		return a.Title
	}
	lead := a.Lead
	if i := strings.Index(lead, ". "); i > 0 {
		lead = lead[:i]
	}
	words := strings.Fields(lead)
	if len(words) <= headlineWords {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:headlineWords], " ") + "…"
}
