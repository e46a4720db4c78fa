package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
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

// dateLine matches the start of the first line: "date 2024-09 ".
var dateLine = regexp.MustCompile(`(?i)^date[ \t]+(\d{4})-(\d{1,2})(?:[ \t]+|$)`)

// sourceMark matches the source code that ends the title: "(QNO) - ". The
// code is 2 to 10 upper-case letters or digits.
var sourceMark = regexp.MustCompile(`\(([\p{Lu}0-9]{2,10})\)[ \t]*[-–—][ \t]*`)

// dayMonth matches a day and month, "19/9", perhaps with a year, "19/9/2024".
var dayMonth = regexp.MustCompile(`(?:^|[^\p{L}\p{N}/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:[^\p{N}/]|$)`)

// caption matches a photo credit at the end of a paragraph: "Ảnh: M.L",
// "(Ảnh: M.L)", "Ảnh minh họa: TTXVN".
var caption = regexp.MustCompile(`(?:^|[\s\p{P}])(\(?)(?:Ảnh|ẢNH|Photo|PHOTO)(?:[ \t]+minh[ \t]+(?:họa|hoạ))?[ \t]*:[ \t]*([^()]*?)[ \t]*(\)?)[ \t.]*$`)

// maxCredit is the longest credit, in characters, a caption may carry.
const maxCredit = 60

// Parse reads one article in hoidap's raw format. id is the file name
// without ".txt".
//
// The text is first made canonical (analysis.Canonical) and its line ends
// normalised. After leading white space, the first line must be
// "date YYYY-MM <section> <title> (<SOURCE>) - <lead>". The section is the
// first word and the lower-case words after it, continued across " - "
// followed by a capitalised word ("Quốc phòng - An ninh"); the title starts
// at the next word. When the words after the section do not start with a
// capital, a digit or a quote, the section is left empty and all of it is
// the title. The source is the first parenthesised code of 2 to 10
// upper-case letters or digits followed by " - "; the lead is the rest of
// the first paragraph. When no such code exists, the title ends at the
// first " - " followed by a capitalised word and the lead is what follows;
// without that either, the whole header is the title and the lead is empty.
// When the code is followed by nothing, the next paragraph that is not a
// photo caption is the lead.
//
// The other paragraphs, separated by blank lines, follow; lines within a
// paragraph are joined with a space and runs of white space squeezed to one
// space. A paragraph that ends in "Ảnh: <credit>" or "(Ảnh: <credit>)" (or
// "Ảnh minh họa: <credit>") is a caption, its credit kept in Passage.Credit
// and its text, trimmed, without it; a paragraph that is nothing but a
// credit keeps its whole text. A credit is at most 60 characters and holds
// no ". ". A bare "Ảnh minh họa" does not make a caption.
//
// The date's year and month come from the date line; the day is the first
// "d/m" (or "d/m/yyyy") in the first sentence of the lead, which then also
// gives the month (and the year, when written).
func Parse(id string, data []byte) (*Article, error) {
	a, err := parse(id, data)
	if err != nil {
		return nil, fmt.Errorf("parse article %s: %w", id, err)
	}
	return a, nil
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
	paras := paragraphs(text)
	m := dateLine.FindStringSubmatchIndex(paras[0])
	if m == nil {
		return nil, ErrNoDateLine
	}
	year, _ := strconv.Atoi(paras[0][m[2]:m[3]])
	month, _ := strconv.Atoi(paras[0][m[4]:m[5]])
	if month < 1 || month > 12 {
		return nil, fmt.Errorf("%w: month %d", ErrNoDateLine, month)
	}

	a := &Article{ID: id, Date: Date{Year: year, Month: month}}
	var source bool
	a.Section, a.Title, a.Source, a.Lead, source = splitHeader(paras[0][m[1]:])
	rest := paras[1:]
	if source && a.Lead == "" {
		for i, p := range rest {
			if _, _, ok := splitCaption(p); !ok {
				a.Lead = p
				rest = append(rest[:i:i], rest[i+1:]...)
				break
			}
		}
	}

	var paragraphs, captions []Passage
	for _, p := range rest {
		if text, credit, ok := splitCaption(p); ok {
			captions = append(captions, Passage{Kind: KindCaption, Text: text, Credit: credit})
		} else {
			paragraphs = append(paragraphs, Passage{Kind: KindParagraph, Text: p})
		}
	}
	var all []Passage
	if a.Title != "" {
		all = append(all, Passage{Kind: KindTitle, Text: a.Title})
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
	return a, nil
}

// paragraphs splits text at blank lines; each paragraph's lines are joined
// with a space and its white space squeezed. Empty paragraphs are dropped.
func paragraphs(text string) []string {
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
		cur = append(cur, line)
	}
	flush()
	return paras
}

// splitHeader splits the first paragraph after the date into section,
// title, source and lead. hasSource reports whether a source code was found.
func splitHeader(h string) (section, title, source, lead string, hasSource bool) {
	for _, m := range sourceMark.FindAllStringSubmatchIndex(h, -1) {
		if !containsLetter(h[m[2]:m[3]]) {
			continue // "(2024) - " is not a source
		}
		section, title = splitSection(strings.TrimSpace(h[:m[0]]))
		return section, title, h[m[2]:m[3]], strings.TrimSpace(h[m[1]:]), true
	}
	section, title = splitSection(h)
	// No source: the title ends at the first " - " followed by a capital,
	// after at least one word of title.
	for i := 0; ; {
		k := strings.Index(title[i:], " - ")
		if k < 0 {
			break
		}
		k += i
		next, _ := utf8.DecodeRuneInString(title[k+3:])
		if k > 0 && (unicode.IsUpper(next) || unicode.IsDigit(next)) {
			return section, strings.TrimSpace(title[:k]), "", strings.TrimSpace(title[k+3:]), false
		}
		i = k + 3
	}
	return section, title, "", "", false
}

// splitSection splits a header into section and title: the section is the
// first word and its following lower-case words, continued across "-"
// followed by a capitalised word. The section is empty when that leaves no
// title or the title would not start with a capital, digit or quote.
func splitSection(h string) (section, title string) {
	words := strings.Fields(h)
	if len(words) == 0 || !startsUpper(words[0]) {
		return "", h
	}
	i := 1
	for {
		for i < len(words) && startsLower(words[i]) {
			i++
		}
		if i+1 < len(words) && isDash(words[i]) && startsUpper(words[i+1]) {
			i += 2
			continue
		}
		break
	}
	if i >= len(words) {
		return "", h
	}
	r, _ := utf8.DecodeRuneInString(words[i])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpening(r) {
		return "", h
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

// splitCaption reports whether paragraph p is a photo caption and returns
// its text, without the credit, and the credit. A paragraph that is only a
// credit keeps its whole text.
func splitCaption(p string) (text, credit string, ok bool) {
	m := caption.FindStringSubmatchIndex(p)
	if m == nil {
		return "", "", false
	}
	open, close := m[3] > m[2], m[7] > m[6]
	credit = strings.TrimRight(strings.TrimSpace(p[m[4]:m[5]]), ".")
	if credit == "" || open != close || utf8.RuneCountInString(credit) > maxCredit ||
		strings.Contains(credit, ". ") {
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

// englishDate matches "On October 5" or "October 5," in an English lead.
var englishDate = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b`)

// readDay sets d's day from the first "d/m" in s, if any, or from an
// English "October 5".
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
	for _, m := range dayMonth.FindAllStringSubmatchIndex(s, -1) {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		month, _ := strconv.Atoi(s[m[4]:m[5]])
		if day < 1 || day > 31 || month < 1 || month > 12 {
			continue
		}
		d.Day, d.Month = day, month
		d.Written = s[m[2]:m[5]]
		if m[6] >= 0 {
			d.Year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		return d
	}
	return d
}

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
