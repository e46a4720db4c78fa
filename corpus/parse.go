package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// Errors Parse reports for a malformed file; they are wrapped with the
// article's ID.
var (
	// ErrEmpty: the file holds nothing but white space.
	ErrEmpty = errors.New("empty article")
	// ErrInvalidUTF8: the file is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	// ErrNoDateLine: the first line is not "date YYYY-MM ...".
	ErrNoDateLine = errors.New(`first line is not "date YYYY-MM ..."`)
)

// dateLine matches the start of the first line: "date 2024-09 ", or with a
// day, "date 2025-08-17 ".
var dateLine = regexp.MustCompile(`(?i)^date[ \t]+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ \t]+|$)`)

// sourceMark matches the source code that ends the title: "(QNO) - ". The
// code is 2 to 10 upper-case letters or digits, or up to three capitalised
// words ("(VTC News) - ", "(Baonghean.vn) - ").
var sourceMark = regexp.MustCompile(`\(([\p{Lu}0-9]{2,10}|\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]*){0,2})\)[ \t]*[-–—][ \t]*`)

// bareSource matches a source code written without parentheses before the
// lead: "ĐNO - Tối 16/8". Only upper-case letters, 2 to 6 of them; the
// lead after it must start with a capital or a digit (checked by the
// caller).
var bareSource = regexp.MustCompile(`(?:^|[ \t])(\p{Lu}{2,6})[ \t]*[-–—][ \t]+`)

// dayMonth matches a day and month, "19/9", perhaps with a year, "19/9/2024".
var dayMonth = regexp.MustCompile(`(?:^|[^\p{L}\p{N}/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:[^\p{N}/]|$)`)

// dayMonthDash matches a day and month written with a dash or a period
// after a word of the time of day or "ngày": "Sáng 5-1", "ngày 4-10-2024",
// "Chiều 6.9". Without such a word "5-1" may be a score or a range and
// "5.8" a number, so they are not read as dates.
var dayMonthDash = lexicon.MustRegexp(`(?i){{dash_date_cues}}[ \t]+\(?(\d{1,2})[-.](\d{1,2})(?:[-.](\d{4}))?(?:[^\p{N}.-]|[.-][^\p{N}]|[.-]?$)`)

// caption matches a photo credit at the end of a paragraph: "Ảnh: M.L",
// "(Ảnh: M.L)", "Ảnh minh họa: TTXVN".
var caption = lexicon.MustRegexp(`(?:^|[\s\p{P}])(\(?){{credit_labels}}(?:[ \t]+{{illustration_words}})?[ \t]*:[ \t]*([^()]*?)[ \t]*(\)?)[ \t.]*$`)

// maxCredit is the longest credit, in characters, a caption may carry.
const maxCredit = 60

// Parse reads one article in hoidap's raw format, as crawlers store it. id
// is the file name without ".txt".
//
// The text is first made canonical (analysis.Canonical) and its line ends
// normalised. After leading white space, the first line must start with
// "date YYYY-MM" or "date YYYY-MM-DD"; the rest of the first paragraph is
// the header, "<section> <title> (<SOURCE>) - <lead>", any part of which
// may be missing (see splitHeader and splitSection). When the header holds
// no lead (the title alone on the first line), the next paragraph that is
// not a caption is the lead, after its own source code if it has one.
//
// The other paragraphs, separated by blank lines, follow; lines within a
// paragraph are joined with a space and runs of white space squeezed to one
// space. A paragraph (or a line of one) that ends in "Ảnh: <credit>" or
// "(Ảnh: <credit>)" (or "Ảnh minh họa: <credit>"), or starts with "Trong
// ảnh:", is a caption, its credit kept in Passage.Credit and its text,
// trimmed, without it; a paragraph that is nothing but a credit keeps its
// whole text. A credit is at most 60 characters and holds no ". ". A bare
// "Ảnh minh họa" does not make a caption. A last paragraph that is a
// byline ("VÂN ANH", "Theo KHÁNH HOAN (TNO)") is the Author, not a passage.
//
// The date's year and month come from the date line, and its day when it
// has one; the first "d/m" (or "d/m/yyyy", or "d-m" and "d.m" after a word
// of the time of day) in the first sentence of the lead wins over the date
// line's day and month (and year, when written).
func Parse(id string, data []byte) (*Article, error) {
	a, err := parse(id, data)
	if err != nil {
		return nil, fmt.Errorf("parse article %s: %w", id, err)
	}
	return a, nil
}

// Hash returns the hex sha256 of an article file's bytes, the hash an
// article's version is known by (Article.Hash).
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func parse(id string, data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, ErrInvalidUTF8
	}
	text := analysis.Canonical(string(data))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	paras := paragraphs(dropChromeLine(text))
	if len(paras) == 0 {
		// Lines without a letter or a digit ("|") only: no date line.
		return nil, ErrNoDateLine
	}
	m := dateLine.FindStringSubmatchIndex(paras[0])
	if m == nil {
		return nil, ErrNoDateLine
	}
	year, _ := strconv.Atoi(paras[0][m[2]:m[3]])
	month, _ := strconv.Atoi(paras[0][m[4]:m[5]])
	if month < 1 || month > 12 {
		return nil, fmt.Errorf("%w: month %d", ErrNoDateLine, month)
	}
	a := &Article{ID: id, Date: Date{Year: year, Month: month}, DateLine: strings.TrimSpace(paras[0][m[2]:m[1]]), Hash: Hash(data)}
	if m[6] >= 0 {
		day, _ := strconv.Atoi(paras[0][m[6]:m[7]])
		if day < 1 || day > 31 {
			return nil, fmt.Errorf("%w: day %d", ErrNoDateLine, day)
		}
		a.Date.Day = day
	}

	header, rest, section, place, leading := headerStart(paras[0][m[1]:], paras[1:])
	a.Section, a.Title, a.Source, a.Lead = splitHeader(header)
	if a.Lead == "" {
		rest = a.readBylineOverStamp(rest)
	}
	a.Posted, a.PostedAt = postedStampOf(beforeLead(header, a.Lead), rest, a.Date)
	if a.Section == "" {
		a.Section = section
	}
	a.Dateline = place
	rest = a.readLastLines(rest)
	if a.Lead == "" && a.Source == "" {
		// A title alone, then perhaps a subtitle and a byline, then the
		// lead after the paper's source code: "(GLO)- Sáng 19-10, …".
		if i, author, source, lead := sourcedLeadAt(rest); i > 0 {
			a.Source, a.Lead = source, lead
			skip := i
			if author == "" {
				if by, ok := byline(rest[i-1]); ok {
					author = by
					skip--
				}
			}
			if a.Author == "" {
				a.Author = author
			}
			rest = append(rest[:skip:skip], rest[i+1:]...)
		}
	}
	if a.Lead == "" {
		// The header held no lead: the title alone on the first line, or a
		// source code with nothing after it. The next paragraph that is not
		// a caption is the lead, after its own source code if it has one.
		for i, p := range rest {
			if _, _, ok := splitCaption(p); ok || isStamp(p) {
				if by, ok := stampByline(p); ok && a.Author == "" {
					// "Gia Bách 05/09/2025 12:11 GMT+7" under the title.
					a.Author = by
				}
				continue
			}
			lead := p
			if a.Source == "" {
				if _, _, src, l := splitHeader(p); src != "" && l != "" && strings.HasPrefix(strings.TrimLeft(p, "("), src) {
					a.Source, lead = src, l
				} else if by, src, l, ok := openingSource(p); ok {
					a.Source, lead = src, l
					if a.Author == "" {
						a.Author = by
					}
				}
			}
			a.Lead = lead
			rest = append(rest[:i:i], rest[i+1:]...)
			if i < len(rest) && a.Author == "" {
				// "Huyền Hương" alone after the sapo, before the story.
				if by, ok := headBylineOf(rest[i]); ok {
					a.Author = by
					rest = append(rest[:i:i], rest[i+1:]...)
				}
			}
			break
		}
	}

	if len(rest) == 0 && a.Author == "" {
		// A page crawled onto one line: the byline is glued to the end
		// of the lead, which holds the whole story.
		if text, author, ok := gluedByline(a.Lead); ok {
			a.Lead, a.Author = text, author
		}
	}
	if place, lead, ok := ungluePlace(a.Lead); ok && a.Dateline == "" {
		a.Dateline, a.Lead = place, lead
	}

	var paragraphs, captions []Passage
	for _, p := range append(leading, rest...) {
		if text, credit, ok := splitCaption(p); ok {
			captions = append(captions, Passage{Kind: KindCaption, Text: text, Credit: credit})
		} else {
			paragraphs = append(paragraphs, Passage{Kind: KindParagraph, Text: p})
		}
	}
	var all []Passage
	if a.Title != "" {
		all = append(all, titlePassage(a.Title))
		a.Title = all[0].Text
	}
	if a.Lead != "" {
		all = append(all, Passage{Kind: KindLead, Text: a.Lead})
	}
	all = append(all, paragraphs...)
	all = append(all, captions...)
	count := make(map[Kind]int)
	texts := make([]string, len(all))
	for i := range all {
		p := &all[i]
		count[p.Kind]++
		p.ID = id + "/" + string(p.Kind) + strconv.Itoa(count[p.Kind])
		p.Article = id
		p.Sentences = SplitSentences(p.Text)
		texts[i] = p.Text
	}
	a.Passages = all
	a.Language = analysis.DetectLanguage(strings.Join(texts, "\n"))

	dayText := a.Lead
	if dayText == "" && len(paragraphs) > 0 {
		dayText = paragraphs[0].Text
	}
	if s := SplitSentences(dayText); len(s) > 0 {
		dayText = dayText[s[0].Start:s[0].End]
	}
	a.Date = readDay(dayText, a.Date)
	if a.Date.Day != 0 && a.Date.Written == "" {
		// The date line gave the day: written as the lead or the first
		// paragraph first writes that same day ("Sáng 19-10"), if it does.
		near := a.Lead
		if len(paragraphs) > 0 {
			near += "\n" + paragraphs[0].Text
		}
		a.Date.Written = sameDayWritten(near, a.Date)
		if a.Date.Written == "" {
			a.Date.Written = syntheticWritten(a.Date)
		}
	}
	return a, nil
}

// postedStamp is a posting stamp in a header: "08/08/2025 18:13" or
// "29/09/2025, 11:40", the day with its year, then the hour and minutes.
var postedStamp = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/(\d{4}),?[ \t]+(\d{1,2}:\d{2})(?:[^\d:]|$)`)

// maxStampParas is how many paragraphs after the header may hold the
// posting stamp on its own ("Thứ Tư, ngày 19/08/2020 16:14 PM (GMT+7)"
// under the title).
const maxStampParas = 1

// beforeLead returns the part of header before its lead: the lead of a
// header glued to the date line is the story, and a stamp in it is a time
// the story speaks of.
func beforeLead(header, lead string) string {
	if lead == "" {
		return header
	}
	if i := strings.LastIndex(header, lead); i >= 0 {
		return header[:i]
	}
	return header
}

// postedStampOf returns the day the article was posted and its time of
// day: the date line's day (posted), and the time of the first posting
// stamp of that day, in the header h (without its lead) or in one of the
// first maxStampParas paragraphs after it that only stamps the posting
// (isStamp). A date line
// that gives the month alone takes its day from a stamp of that month and
// year ("date 2025-06 … 17/06/2025 10:37"); a stamp of another day is a
// date the text speaks of. The time is "" when no stamp is found.
func postedStampOf(h string, paras []string, posted Date) (Date, string) {
	texts := []string{h}
	for i, p := range paras {
		if i == maxStampParas {
			break
		}
		if isStamp(p) {
			texts = append(texts, p)
		}
	}
	for _, t := range texts {
		for _, m := range postedStamp.FindAllStringSubmatch(t, -1) {
			day, _ := strconv.Atoi(m[1])
			month, _ := strconv.Atoi(m[2])
			year, _ := strconv.Atoi(m[3])
			if month != posted.Month || year != posted.Year || posted.Day != 0 && day != posted.Day || day < 1 || day > 31 {
				continue
			}
			posted.Day = day
			posted.Written = m[1] + "/" + m[2] // "09/06", as the stamp writes it
			return posted, m[4]
		}
	}
	return posted, ""
}

// maxStampWords is the most words of a paragraph that only stamps the
// posting: "Thứ Tư, ngày 19/08/2020 16:14 PM (GMT+7)".
const maxStampWords = 8

// isStamp reports whether paragraph p only stamps the article's posting,
// a day with its year and a time, in a few words: no lead.
func isStamp(p string) bool {
	return len(strings.Fields(p)) <= maxStampWords && postedStamp.MatchString(p)
}

// paragraphs splits text at blank lines; each paragraph's lines are joined
// with a space and its white space squeezed. Empty paragraphs are dropped.
// A line that is a photo caption on its own ("Hiện trường. Ảnh: M.L",
// "Trong ảnh: …") is a paragraph of its own even without blank lines
// around it: crawled pages put captions in the middle of the text.
//
// A file with no blank line at all but several lines, as some crawlers
// write them, has a paragraph on each line. A paragraph with no letter
// and no digit ("|") is a crawler's leftover and is dropped.
func paragraphs(text string) []string {
	perLine := !blankLine.MatchString(strings.TrimSpace(text))
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			flush()
			continue
		}
		if strings.IndexFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		if perLine && len(paras) > 0 && wrapped(paras[len(paras)-1], line) {
			// "… làm 1 người chết, 4" over "người bị thương.": a
			// sentence the page broke inside, not a paragraph.
			paras[len(paras)-1] += " " + line
			continue
		}
		if _, _, ok := splitCaption(line); ok && len(paras) > 0 || perLine {
			flush()
			paras = append(paras, line)
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return paras
}

// wrapped reports whether line goes on with the sentence prev leaves
// open, a page having broken it at a line's width: prev ends in no mark
// that ends a sentence or a part of one, and line opens with a letter in
// lower case, or with a digit after a word in lower case ("tại tổ" over
// "3, xã Hải Thịnh"). A title or a byline over a stamp ("Chu Minh Khôi"
// over "29/09/2025, 11:40") ends in a capitalised word.
func wrapped(prev, line string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(wrapStops, last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	switch {
	case unicode.IsLower(first):
		return true
	case unicode.IsDigit(first):
		words := strings.Fields(prev)
		lastWord, _ := utf8.DecodeRuneInString(words[len(words)-1])
		return unicode.IsLower(lastWord)
	}
	return false
}

// wrapStops are the marks that end a sentence, a part of one or a quote:
// a line ending in one is no sentence broken at the line's width.
const wrapStops = ".!?…:;\"”)]"

// blankLine matches a line of white space only between two lines.
var blankLine = regexp.MustCompile(`\n[ \t\x{00A0}]*\n`)

// splitHeader splits the first paragraph after the date into section,
// title, source and lead. The source is the first parenthesised code
// followed by a dash ("(QNO) - ", "(GLO)- "), or else a bare upper-case
// code before a dash and a capitalised lead ("ĐNO - Tối 16/8"). Without
// either, a header that opens with the event's day is the lead, with no
// title; otherwise the title ends at the first " - " followed by a capital
// or a digit, and a header that is a long sentence is the lead.
func splitHeader(h string) (section, title, source, lead string) {
	for _, m := range sourceMark.FindAllStringSubmatchIndex(h, -1) {
		if !containsLetter(h[m[2]:m[3]]) {
			continue // "(2024) - " is not a source
		}
		section, title = splitSection(strings.TrimSpace(h[:m[0]]), true)
		return section, title, h[m[2]:m[3]], strings.TrimSpace(h[m[1]:])
	}
	for _, m := range bareSource.FindAllStringSubmatchIndex(h, -1) {
		next, _ := utf8.DecodeRuneInString(h[m[1]:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) {
			continue
		}
		section, title = splitSection(strings.TrimSpace(h[:m[0]]), true)
		return section, title, h[m[2]:m[3]], strings.TrimSpace(h[m[1]:])
	}
	if opensWithDay(h) {
		return "", "", "", h
	}
	section, title = splitSection(h, false)
	if k := repeatedOpening(title); k > 0 {
		return section, strings.TrimSpace(title[:k]), "", strings.TrimSpace(title[k:])
	}
	// No source: the title ends at the first " - " followed by a capital,
	// after at least one word of title; "2025 - 2030" is a range.
	for i := 0; ; {
		k := strings.Index(title[i:], " - ")
		if k < 0 {
			break
		}
		k += i
		next, _ := utf8.DecodeRuneInString(title[k+3:])
		prev, _ := utf8.DecodeLastRuneInString(title[:k])
		if k > 0 && (unicode.IsUpper(next) || unicode.IsDigit(next) && !unicode.IsDigit(prev)) && !nameTitleDash(title[:k], title[k+3:]) && !openQuote(title[:k]) {
			if dashInSentence(h, title[:k], title[k+3:]) {
				return "", "", "", h
			}
			return section, strings.TrimSpace(title[:k]), "", strings.TrimSpace(title[k+3:])
		}
		i = k + 3
	}
	if isSentence(h) || len(strings.Fields(h)) > maxHeadlineWords {
		return "", "", "", h
	}
	return section, title, "", ""
}

// nameTitleDash reports whether a " - " between before and after parts a
// person's name from the title after it ("Nguyễn Thị Thu Hường - Trưởng
// Ban Tuyên giáo Tỉnh ủy"), as a lead's list of guests writes it: no
// title and lead separator. before ends with a name — a surname and
// capitalised syllables, at most maxNameSyllables — and after opens with
// a title head, past a vice marker ("Phó").
func nameTitleDash(before, after string) bool {
	return endsWithName(before) && opensWithTitle(after)
}

// endsWithName reports whether t ends with a person's name: a run of at
// least two capitalised syllables, at most maxNameSyllables, whose first
// is a surname.
func endsWithName(t string) bool {
	w := strings.Fields(t)
	for n := 2; n <= maxNameSyllables && n <= len(w); n++ {
		r, _ := utf8.DecodeRuneInString(w[len(w)-n+1])
		if !unicode.IsUpper(r) {
			return false
		}
		first := w[len(w)-n]
		if f, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(f) && surnames.Has(strings.ToLower(first), lexicon.Exact) {
			return true
		}
	}
	return false
}

// opensWithTitle reports whether t opens with a title head, past a vice
// marker: "Trưởng Ban Tuyên giáo", "Phó Giám đốc Sở".
func opensWithTitle(t string) bool {
	w := strings.Fields(strings.ToLower(t))
	if len(w) > 0 && viceMarkers.Has(w[0], lexicon.Exact) {
		w = w[1:]
	}
	for n := min(titleHeads.MaxWords(), len(w)); n >= 1; n-- {
		if titleHeads.Has(strings.Join(w[:n], " "), lexicon.Exact) {
			return true
		}
	}
	return false
}

// minLeadWords is the fewest words of a sentence that makes a header
// without a source its lead rather than a title: headlines are short and
// end without a period.
const minLeadWords = 12

// opensWithDay reports whether a header opens with the event's day
// ("Sáng 24/9, …", "Ngày 25/8, …"): then it is the lead, not a title.
func opensWithDay(h string) bool {
	words := strings.Fields(h)
	opening := strings.Join(words[:min(len(words), 4)], " ")
	return len(words) >= minLeadWords/2 && readDay(opening, Date{}).Day != 0
}

// isSentence reports whether a header is a long sentence ending in a
// period: a lead, where a headline is short and ends without one.
func isSentence(h string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(h, isClosing))
	return len(strings.Fields(h)) >= minLeadWords && isTerminator(last)
}

// splitSection splits a header into section and title. A header that
// starts with a known section name ("Thời sự", "Quốc phòng - An ninh") has
// it as its section. Otherwise, when shaped (the header ended at a source
// code, as the seed's does), the section is the first word and its
// following lower-case words, continued across "-" followed by a
// capitalised word, and the title must start with a capital or a quote;
// when it does not, or nothing is left for a title, or the header is not
// shaped, the section is empty.
func splitSection(h string, shaped bool) (section, title string) {
	words := strings.Fields(h)
	if len(words) == 0 || !startsUpper(words[0]) {
		return "", h
	}
	known, i := false, 1
	for n := min(len(words)-1, sections.MaxWords()+2); n > 0; n-- {
		if sections.Has(analysis.Lower(strings.Join(words[:n], " ")), lexicon.Exact) {
			known, i = true, n
			break
		}
	}
	for {
		for !known && i < len(words) && startsLower(words[i]) {
			i++
		}
		if i+1 < len(words) && isDash(words[i]) && startsUpper(words[i+1]) {
			i += 2
			known = false
			continue
		}
		break
	}
	if i >= len(words) || !known && !shaped {
		return "", h
	}
	r, _ := utf8.DecodeRuneInString(words[i])
	if !known && !unicode.IsUpper(r) && !isOpening(r) {
		return "", h
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

// splitCaption reports whether paragraph p is a photo caption and returns
// its text, without the credit, and the credit. A paragraph that is only a
// credit keeps its whole text.
func splitCaption(p string) (text, credit string, ok bool) {
	if rest, ok := cutCaptionMark(p); ok {
		return rest, "", true
	}
	m := caption.FindStringSubmatchIndex(p)
	if m == nil {
		return capsCredit(p)
	}
	open, close := m[3] > m[2], m[7] > m[6]
	credit = strings.TrimRight(strings.TrimSpace(p[m[4]:m[5]]), ".")
	if credit == "" || open != close || utf8.RuneCountInString(credit) > maxCredit ||
		breaksSentence(credit) {
		return "", "", false
	}
	text = strings.TrimRightFunc(p[:m[2]], func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '|'
	})
	if text == "" {
		text = p
	}
	return text, credit, true
}

// breaksSentence reports whether s holds ". " that ends a sentence: any
// but one after a name's initial in a name whose every word starts with a
// capital ("B. Minh", "T. Hà"). A credit holds no sentence's end.
func breaksSentence(s string) bool {
	if !strings.Contains(s, ". ") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return true
		}
	}
	for i := strings.Index(s, ". "); i >= 0; {
		if !afterInitial(s, i) {
			return true
		}
		k := strings.Index(s[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// afterInitial reports whether the period at byte i of s ends an initial:
// one capital letter, alone or after another initial's period ("B.",
// "N.T."), at the start of s or after a space.
func afterInitial(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if n == 0 || !unicode.IsUpper(r) {
		return false
	}
	before := s[:i-n]
	return before == "" || strings.HasSuffix(before, " ") || strings.HasSuffix(before, ".")
}

// minCapsCredit is the fewest words of a credit written in capitals with
// no "Ảnh:" before it (capsCredit): one word in capitals ending a
// paragraph is as often an abbreviation ("… với các đại biểu TTXVN").
const minCapsCredit = 2

// capsCredit reads a caption whose photo credit is written in capitals
// after its text with no "Ảnh:" and no punctuation between ("Đại tá …
// phát lệnh ra quân NAM LONG", "Hiện trường vụ tai nạn TRẦN DUY KHÁNH"):
// the paragraph ends with minCapsCredit or more words of letters only, all
// in capitals, and the text before holds lower-case letters. A word with
// a period or a digit ("TP.HCM", "2024") is no part of a name.
func capsCredit(p string) (text, credit string, ok bool) {
	words := strings.Fields(p)
	k := 0
	for k < len(words) && capsName(words[len(words)-1-k]) {
		k++
	}
	if k < minCapsCredit || k == len(words) {
		return "", "", false
	}
	text = strings.Join(words[:len(words)-k], " ")
	credit = strings.Join(words[len(words)-k:], " ")
	if k > minCapsCredit && creditLabels.Has(words[len(words)-k], lexicon.Exact) {
		// "… buổi lễ. ẢNH VÕ TÙNG": the label is no part of the name.
		credit = strings.Join(words[len(words)-k+1:], " ")
	}
	if strings.IndexFunc(text, unicode.IsLower) < 0 || utf8.RuneCountInString(credit) > maxCredit {
		return "", "", false
	}
	return text, credit, true
}

// capsName reports whether w is a word of a name written in capitals:
// letters only, none in lower case.
func capsName(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// readLastLines reads the byline at the end of paragraphs into a.Author
// and returns the paragraphs without it: the last paragraphs, in any
// order, that are a byline (byline) or labelled ones (labelledByline:
// "Tác giả: Thanh Thảo", "Nguồn tin: Báo Người lao động"; a writer's
// label wins over a source's), else a byline glued to the last sentence
// (gluedByline: "… cấp cứu trong đêm. Hoàng Sơn").
func (a *Article) readLastLines(rest []string) []string {
	source := ""
	for len(rest) > 0 {
		last := rest[len(rest)-1]
		if value, writer, ok := labelledByline(last); ok {
			if writer && a.Author == "" {
				a.Author = value
			} else if !writer && source == "" {
				source = value
			}
		} else if author, ok := byline(last); ok && a.Author == "" {
			a.Author = author
		} else {
			break
		}
		rest = rest[:len(rest)-1]
	}
	if n := len(rest); n > 0 && a.Author == "" {
		if text, author, ok := gluedByline(rest[n-1]); ok {
			a.Author = author
			rest = append(rest[:n-1:n-1], text)
		}
	}
	if a.Author == "" {
		a.Author = source
	}
	return rest
}

// bylineLabels put the writer's name after them ("Tác giả:", "Tin,
// ảnh:"); bylineSourceLabels the source's ("Nguồn tin:").
var (
	bylineLabels       = lexicon.MustSet("byline_labels")
	bylineSourceLabels = lexicon.MustSet("byline_source_labels")
)

// labelledByline reports whether paragraph p is a label of bylineLabels
// or bylineSourceLabels, a colon and a name that starts with a capital
// ("Tác giả: Thanh Thảo", "Tin, ảnh: Lan Hương (Công an tỉnh)"), and
// returns the name and whether it names the writer (not the source).
func labelledByline(p string) (value string, writer, ok bool) {
	label, value, found := strings.Cut(p, ":")
	value = strings.TrimRight(strings.TrimSpace(value), ".")
	words := strings.Fields(value)
	if !found || len(words) == 0 || len(words) > maxByline || !startsUpper(value) || strings.ContainsAny(value, "!?:;\"“”") {
		return "", false, false
	}
	label = analysis.Lower(strings.TrimSpace(label))
	switch {
	case bylineLabels.Has(label, lexicon.Exact):
		return value, true, true
	case bylineSourceLabels.Has(label, lexicon.Exact):
		return value, false, true
	}
	return "", false, false
}

// gluedByline reports whether paragraph p ends with a byline glued to its
// last sentence, after the sentence's period and a space: a byline
// (byline) in capitals, or a name in mixed case that opens with a surname
// ("Hoàng Sơn", not "Xem Thêm"), after no abbreviation's period ("tại TP.
// Đà Nẵng"), in a paragraph of at least minGluedText characters before
// it. It returns the paragraph without the byline, and the byline.
func gluedByline(p string) (text, author string, ok bool) {
	i := strings.LastIndex(p, ". ")
	if i < 0 || utf8.RuneCountInString(p[:i]) < minGluedText {
		return "", "", false
	}
	tail := strings.TrimSpace(p[i+2:])
	words := strings.Fields(tail)
	if len(words) < 2 || strings.ContainsAny(tail, ".,") {
		return "", "", false
	}
	if before := strings.Fields(p[:i]); len(before) > 0 && adminAbbreviations.Has(before[len(before)-1], lexicon.Exact) {
		return "", "", false // "… tại TP. Đà Nẵng": the period is the abbreviation's
	}
	if _, isByline := byline(tail); !isByline {
		return "", "", false
	}
	// A name in capitals, or one that opens with a surname ("Hoàng Sơn"),
	// not a closing phrase in title case ("Xem Thêm").
	if !capsName(words[0]) && !(isNameByline(words) && surnames.Has(analysis.Lower(words[0]), lexicon.Exact)) {
		return "", "", false
	}
	return p[:i+1], tail, true
}

// minGluedText is the fewest characters a paragraph writes before a
// byline glued to its end: a short paragraph ending in a name ("Khách mời.
// Nguyễn Văn A") is more likely a list than a last line.
const minGluedText = 60

// maxByline is the longest byline, in words.
const maxByline = 10

// byline reports whether paragraph p, the last of an article, is its byline,
// and returns the author as written. A byline is short and written in
// capitals ("VÂN ANH", "T.NGUYỄN - TL - V.HÀ", "Theo KHÁNH HOAN (TNO)"),
// or is "Theo" and a capitalised name of a source ("Theo Báo Quảng Nam").
// It ends without a sentence's punctuation.
func byline(p string) (string, bool) {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > maxByline || strings.ContainsAny(p, "!?:;,\"“”") {
		return "", false
	}
	rest := words
	if bylinePrefixes.Has(analysis.Lower(words[0]), lexicon.Exact) {
		rest = words[1:]
	}
	if len(rest) == 0 {
		return "", false
	}
	letters := false
	for _, w := range rest {
		w = strings.Trim(w, "().-–—")
		if w == "" || isDash(w) {
			continue
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return "", false
		}
		if !containsLetter(w) {
			continue
		}
		letters = true
		lower := strings.IndexFunc(w, unicode.IsLower) >= 0
		if lower && (len(rest) == len(words) && !isNameByline(words) || !startsUpper(w)) {
			return "", false // mixed case is a byline only after "Theo", or as a name
		}
	}
	if !letters {
		return "", false
	}
	return strings.TrimRight(p, "."), true
}

// maxNameByline is the most words of a byline written as a name in mixed
// case, without "Theo": "Thái Thanh", "Đình Huy".
const maxNameByline = 4

// isNameByline reports whether the words are a person's name written as a
// byline in mixed case: two to maxNameByline words, each a capital and
// letters only ("Thái Thanh"), with no sentence's punctuation.
//
// A bracketed code in capitals after the name, the writer's standing
// ("Thu Hà (CTV)"), is part of the byline; so is a single word of an
// initial and a capitalised syllable ("M.Phương").
func isNameByline(words []string) bool {
	if n := len(words); n > 1 && strings.HasPrefix(words[n-1], "(") && strings.HasSuffix(words[n-1], ")") && capsName(strings.Trim(words[n-1], "()")) {
		words = words[:n-1]
	}
	if len(words) == 1 {
		return initialName.MatchString(words[0])
	}
	if len(words) < 2 || len(words) > maxNameByline {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// headBylineOf reports whether paragraph p, standing between an article's
// title or sapo and its story, is the writer's name alone ("Huyền Hương",
// "MINH LÝ"): a byline (byline) in capitals, or a name in mixed case
// (isNameByline) that is no place ("Hà Nội", a dateline). Writers sign
// with given names as often as with a surname. It returns the name as
// written.
func headBylineOf(p string) (string, bool) {
	words := strings.Fields(p)
	if len(words) == 0 || isPlace(p) {
		return "", false
	}
	if capsName(words[0]) {
		return byline(p)
	}
	if len(words) > 1 && nameInitial.MatchString(words[0]) {
		// "H. Bằng": an initial and the name's other words.
		words = append([]string{strings.TrimSuffix(words[0], ".")}, words[1:]...)
	}
	if !isNameByline(words) {
		return "", false
	}
	return strings.Join(strings.Fields(p), " "), true
}

// readBylineOverStamp reads, of the paragraphs after a header with no lead, a
// name alone right above a posting stamp ("Chu Minh Khôi" over
// "29/09/2025, 11:40") as the Author, when it has none, and returns the
// paragraphs without it. Captions and stamps before it are passed over.
func (a *Article) readBylineOverStamp(rest []string) []string {
	if a.Author != "" {
		return rest
	}
	for i, p := range rest {
		if _, _, ok := splitCaption(p); ok || isStamp(p) {
			continue
		}
		if i+1 >= len(rest) || !isStamp(rest[i+1]) {
			return rest
		}
		by, ok := headBylineOf(p)
		if !ok {
			return rest
		}
		a.Author = by
		return append(rest[:i:i], rest[i+1:]...)
	}
	return rest
}

// nameInitial is a given name's initial before the rest of a byline: "H."
// of "H. Bằng".
var nameInitial = regexp.MustCompile(`^\p{Lu}\.$`)

// stampByline reads the writer's name a posting stamp opens with (isStamp):
// "Gia Bách Gia Bách 05/09/2025 12:11 GMT+7", the name written twice by
// some sites, once kept; ok is false when the words before the stamp's
// date are no name (headBylineOf).
func stampByline(p string) (string, bool) {
	if !isStamp(p) {
		return "", false
	}
	m := postedStamp.FindStringIndex(p)
	words := strings.Fields(p[:m[0]])
	if n := len(words); n >= 4 && n%2 == 0 && slices.Equal(words[:n/2], words[n/2:]) {
		words = words[:n/2]
	}
	if len(words) == 0 {
		return "", false
	}
	return headBylineOf(strings.Join(words, " "))
}

// titlePassage returns the title's passage. A page whose title is a
// photo's caption writes the photo's credit at its end, "… (Ảnh: X)": the
// credit is kept as the passage's, the title is the text before it. Only a
// credit marked "Ảnh:" counts; a title may end in capitals of its own.
func titlePassage(title string) Passage {
	if caption.MatchString(title) {
		if text, credit, ok := splitCaption(title); ok && credit != "" && text != title {
			return Passage{Kind: KindTitle, Text: text, Credit: credit}
		}
	}
	return Passage{Kind: KindTitle, Text: title}
}

// initialName is a name written as a byline in one word, initials with
// periods and a capitalised syllable: "M.Phương", "T.T.Hà".
var initialName = regexp.MustCompile(`^(?:\p{Lu}\.){1,3}\p{Lu}\p{Ll}+$`)

// captionMark starts a caption that carries no credit: "Trong ảnh: …".
var captionMark = lexicon.MustRegexp(`^{{caption_leads}}[ \t]*:[ \t]*`)

// cutCaptionMark reports whether p starts with a caption mark and returns
// the caption's text after it (p itself when nothing follows the mark).
func cutCaptionMark(p string) (string, bool) {
	m := captionMark.FindStringIndex(p)
	if m == nil {
		return "", false
	}
	if rest := strings.TrimSpace(p[m[1]:]); rest != "" {
		return rest, true
	}
	return p, true
}

// englishDate matches "On October 5" or "October 5," in an English lead.
var englishDate = lexicon.MustRegexp(`\b({{english_months}})\s+(\d{1,2})\b`)

// readDay sets d's day from the first "d/m" in s (or "d-m" after a word of
// the time of day: "Sáng 5-1"), if any, or from an English "October 5".
func readDay(s string, d Date) Date {
	if m := englishDate.FindStringSubmatch(s); m != nil && !dayMonth.MatchString(s) {
		month := int(monthOf(m[1]))
		day, _ := strconv.Atoi(m[2])
		if day >= 1 && day <= 31 {
			d.Day, d.Month = day, month
			d.Written = m[1] + " " + m[2]
		}
		return d
	}
	slash := dayMonth.FindAllStringSubmatchIndex(s, -1)
	if m := dayMonthDash.FindStringSubmatchIndex(s); m != nil && (len(slash) == 0 || m[0] < slash[0][0]) {
		slash = [][]int{m}
	}
	slash = datesOfClauses(s, slash)
	for _, m := range slash {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		month, _ := strconv.Atoi(s[m[4]:m[5]])
		if day < 1 || day > 31 || month < 1 || month > 12 {
			continue
		}
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if !dayAgrees(s, m[2], d, month, year) {
			continue
		}
		d.Day, d.Month = day, month
		d.Written = s[m[2]:m[5]]
		if year != 0 {
			d.Year = year
		}
		return d
	}
	return d
}

// dateLeadWords may stand right before a date that dates a clause
// (role date_lead_words).
var (
	dateLeadWords = lexicon.MustSet("date_lead_words")
	// weekdays are the days of the week a date may follow in a clause.
	weekdays = lexicon.MustSet("weekdays")
)

// datesOfClauses returns the dates matched in s (day, month, year
// submatch indexes) less those written right after a word that is no
// word of a date's lead (dateLeadWords), when any other is left: such a
// date dates the name before it ("nhân dịp Quốc khánh 2/9, sáng 31/8, UBND
// xã … tổ chức hội nghị": 31/8 is the day of the event, 2/9 of the
// holiday).
func datesOfClauses(s string, dates [][]int) [][]int {
	var kept [][]int
	for _, m := range dates {
		if !datesName(s, m[2]) {
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return dates
	}
	return kept
}

// datesName reports whether the date whose day starts at byte at of s
// follows a word, only spaces between, that is no word of a date's lead:
// it dates the name that word ends.
func datesName(s string, at int) bool {
	before := s[:at]
	trimmed := strings.TrimRight(before, " \t")
	if len(trimmed) == len(before) {
		return false // no space right before: a bracket, a dash, the start
	}
	fields := strings.Fields(trimmed)
	if len(fields) == 0 {
		return false
	}
	w := fields[len(fields)-1]
	if !containsLetter(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	if len(fields) >= 2 && weekdays.HasPhrase([]string{strings.ToLower(fields[len(fields)-2]), strings.ToLower(w)}, lexicon.Folded) {
		return false // "sáng Chủ nhật 31/8": the day of the clause
	}
	return !dateLeadWords.Has(strings.ToLower(w), lexicon.Folded)
}

// maxReportYears is the most years the day a lead reports may lie from
// the date line's year: a report of 30/12/2025 posted in 2026-01.
const maxReportYears = 1

// dayAgrees reports whether the day written from s[at], of month and
// year (0 when not written), may be the day of the report dated d by its
// date line: not one of a year far from the date line's ("kỷ niệm 67 năm
// Ngày truyền thống (3/3/1959 – 3/3/2026)" in an article of 2026-03),
// nor one in brackets that contradicts the date line's month or year or
// ends or opens a span there (an anniversary's, not the report's).
func dayAgrees(s string, at int, d Date, month, year int) bool {
	if year != 0 && d.Year != 0 && (year-d.Year > maxReportYears || d.Year-year > maxReportYears) {
		return false
	}
	open := strings.LastIndex(s[:at], "(")
	if open < 0 || strings.Contains(s[open:at], ")") {
		return true // not in brackets
	}
	if month != d.Month || year != 0 && year != d.Year {
		return false
	}
	inside := s[open+1:]
	if c := strings.Index(inside, ")"); c >= 0 {
		inside = inside[:c]
	}
	return !strings.ContainsAny(inside, spanDashes) && !strings.Contains(inside, spacedHyphen)
}

// spanDashes, and a hyphen between spaces, part the ends of a span of
// days or years in brackets: "(3/3/1959 – 3/3/2026)", "(1959 - 2026)".
const (
	spanDashes   = "–—"
	spacedHyphen = " - "
)

func containsLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// monthOf returns the month an English month name names.
func monthOf(name string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if m.String() == name {
			return m
		}
	}
	return 0
}
