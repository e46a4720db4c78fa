package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// siteChrome are the lines of a site's chrome a crawler keeps before an
// article's header ("Multimedia", "Theo dõi Báo … trên"); "*" in an entry
// stands for one to maxChromeGap words.
var siteChrome = lexicon.MustSet("site_chrome")

// provinces are Vietnam's provinces and cities of the first rank, folded,
// and countries the names of countries: a dateline's place.
var (
	provinces = lexicon.MustSet("provinces_folded")
	countries = lexicon.MustSet("countries")
)

// maxChromeGap is the most words a "*" of a site_chrome entry stands for:
// a paper's or a site's name, the rest of a menu.
const maxChromeGap = 6

// chromeTrim are the characters trimmed off both ends of a line before it
// is matched against site_chrome: menu bullets, bars and a label's colon.
const chromeTrim = "•·|›»:-–— \t"

// isChrome reports whether line, whole, is site chrome: one of the
// site_chrome entries, in lower case, its bullets and closing colon
// trimmed.
func isChrome(line string) bool {
	w := strings.Fields(analysis.Lower(strings.Trim(line, chromeTrim)))
	if len(w) == 0 {
		return false
	}
	for _, e := range siteChrome.Words() {
		if chromeMatch(strings.Fields(e), w) {
			return true
		}
	}
	return false
}

// chromeMatch reports whether the words w are the pattern p, whose "*"
// stands for one to maxChromeGap words.
func chromeMatch(p, w []string) bool {
	if len(p) == 0 {
		return len(w) == 0
	}
	if p[0] == "*" {
		for n := 1; n <= maxChromeGap && n <= len(w); n++ {
			if chromeMatch(p[1:], w[n:]) {
				return true
			}
		}
		return false
	}
	return len(w) > 0 && w[0] == p[0] && chromeMatch(p[1:], w[1:])
}

// dropChromeLine removes from text, whose first line starts with the date
// line, the rest of that line when it is site chrome ("date 2025-10-19
// Video Báo Ảnh Báo in …"): the header is then read from what follows.
func dropChromeLine(text string) string {
	first, rest, _ := strings.Cut(text, "\n")
	m := dateLine.FindStringIndex(first)
	if m == nil || !isChrome(first[m[1]:]) {
		return text
	}
	// One line break, not a blank line: a file without blank lines keeps
	// its paragraph on each line (paragraphs).
	return strings.TrimRight(first[:m[1]], " \t") + "\n" + rest
}

// maxHeaderSkips is the most paragraphs after the date line passed over
// before the header: a section's name, a dateline's place, a photo's
// caption, each alone in its paragraph.
const maxHeaderSkips = 3

// headerStart finds the header among the first paragraphs: header is the
// first paragraph's text after the date line, rest the paragraphs after
// it. A header that is empty, a known section's name alone ("Sức sống cơ
// sở"), a province or country alone (a dateline, "Hà Nội") or a photo
// caption ("… (Ảnh: Q.T)") is no header: the next paragraph is, the
// section and the place kept, the captions returned to be read as
// captions.
func headerStart(header string, rest []string) (h string, after []string, section, place string, captions []string) {
	h, after = strings.TrimSpace(header), rest
	for k := 0; k < maxHeaderSkips && len(after) > 0; k++ {
		switch {
		case h == "":
		case sections.Has(analysis.Lower(h), lexicon.Exact):
			section = h
		case isPlace(h):
			place = h
		default:
			if _, _, ok := splitCaption(h); !ok {
				return h, after, section, place, captions
			}
			captions = append(captions, h)
		}
		h, after = after[0], after[1:]
	}
	return h, after, section, place, captions
}

// isPlace reports whether s is the name of a province, a city of the first
// rank or a country, as a dateline writes it.
func isPlace(s string) bool {
	return countries.Has(s, lexicon.Exact) || startsUpper(s) && provinces.Has(lexicon.Fold(s), lexicon.Exact)
}

// maxPlaceWords is the most words of a dateline's place.
const maxPlaceWords = 4

// ungluePlace splits a dateline's place the crawler glued to the lead's
// first word ("Quảng NamSau khi …", "Thái LanViệt Nam đứng …"): the place
// ends where a lower-case letter meets a capital inside one word, and is
// a province, a city of the first rank or a country. ok is false when the
// lead opens with no such place.
func ungluePlace(lead string) (place, rest string, ok bool) {
	words := strings.Fields(lead)
	for n := 0; n < maxPlaceWords && n < len(words); n++ {
		w := words[n]
		if !startsUpper(w) {
			return "", lead, false
		}
		at := gluedAt(w)
		if at < 0 {
			continue
		}
		place = strings.Join(append(append([]string(nil), words[:n]...), w[:at]), " ")
		if !isPlace(place) {
			return "", lead, false
		}
		return place, strings.Join(append([]string{w[at:]}, words[n+1:]...), " "), true
	}
	return "", lead, false
}

// gluedAt returns the byte offset in w of the first capital right after a
// lower-case letter ("NamSau" → 3), -1 when there is none.
func gluedAt(w string) int {
	prev := rune(0)
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return i
		}
		prev = r
	}
	return -1
}

// leadSource matches a source code opening a paragraph before a dash and
// its lead, without brackets: "TPO - ", "HNN.VN - ". A code holds capitals
// and periods only, and starts with a capital.
var leadSource = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.]{1,9})[ \t]*[-–—][ \t]+`)

// bylinedSource matches a byline of a few words, then a source code and
// its lead as leadSource does: "H. Bằng TPO - ".
var bylinedSource = regexp.MustCompile(`^(\S+(?:[ \t]\S+){0,3})[ \t]+(\p{Lu}[\p{Lu}.]{1,9})[ \t]*[-–—][ \t]+`)

// openingSource returns the source code a paragraph opens with ("(GLO)- ",
// "TPO - ", "HNN.VN - ") and the lead after it; ok is false when it opens
// with none or nothing capitalised follows. A byline on its own line
// right before the code ("MINH LÝ" then "(GLO)- Sáng 19-10, …", "H. Bằng"
// then "TPO - Lợi dụng …", joined into one paragraph) is returned as
// author.
func openingSource(p string) (author, source, lead string, ok bool) {
	if m := sourceMark.FindStringSubmatchIndex(p); m != nil && containsLetter(p[m[2]:m[3]]) {
		pre := strings.TrimSpace(p[:m[0]])
		if pre != "" {
			if author, ok = byline(pre); !ok || !capsName(strings.Fields(pre)[0]) {
				return "", "", "", false
			}
		}
		source, lead = p[m[2]:m[3]], strings.TrimSpace(p[m[1]:])
	} else if m := leadSource.FindStringSubmatchIndex(p); m != nil {
		source, lead = strings.TrimRight(p[m[2]:m[3]], "."), strings.TrimSpace(p[m[1]:])
	} else if m := bylinedSource.FindStringSubmatchIndex(p); m != nil {
		// "H. Bằng" on its own line, then "TPO - Lợi dụng …", joined.
		if author, ok = headBylineOf(p[m[2]:m[3]]); !ok {
			return "", "", "", false
		}
		source, lead = strings.TrimRight(p[m[4]:m[5]], "."), strings.TrimSpace(p[m[1]:])
	}
	next, _ := utf8.DecodeRuneInString(lead)
	if source == "" || !unicode.IsUpper(next) && !unicode.IsDigit(next) {
		return "", "", "", false
	}
	return author, source, lead, true
}

// maxLeadAhead is the most paragraphs after a title-only header searched
// for the one that opens with the paper's source code, the lead: a
// subtitle and a byline stand between on some sites.
const maxLeadAhead = 3

// sourcedLeadAt returns the index in rest, among the first maxLeadAhead,
// of the paragraph that opens with a source code, with what
// openingSource reads of it; -1 when none does.
func sourcedLeadAt(rest []string) (i int, author, source, lead string) {
	for i := 0; i < maxLeadAhead && i < len(rest); i++ {
		if author, source, lead, ok := openingSource(rest[i]); ok {
			return i, author, source, lead
		}
	}
	return -1, "", "", ""
}

// maxHeadlineWords is the most words a headline holds: a header whose part
// before its first " - " is longer is a lead sentence, the dash inside it.
const maxHeadlineWords = 25

// dashInSentence reports whether the " - " between before and after lies
// inside the lead's sentence rather than parting a title from it: the
// part before is longer than any headline, or the header h is a long
// sentence and the dash joins two names ("cao tốc Vĩnh Hảo - Phan
// Thiết, đoạn qua …") or the part before already holds a clause after a
// comma ("ngày 10.12, tại Km 176 …"), as headlines do not.
func dashInSentence(h, before, after string) bool {
	if len(strings.Fields(before)) > maxHeadlineWords {
		return true
	}
	return isSentence(h) && (nameRange(before, after) || commaClause(before))
}

// nameRange reports whether a dash between before and after joins two
// capitalised names, a range of places: the word before it and the word
// after it are capitalised, and after the name a comma, a bracket or a
// lower-case word follows, never a day or a verb's subject.
func nameRange(before, after string) bool {
	b, a := strings.Fields(before), strings.Fields(after)
	if len(b) < 2 || len(a) < 2 || !startsUpper(b[len(b)-1]) || !startsUpper(b[len(b)-2]) {
		return false
	}
	i := 0
	for i < len(a) && startsUpper(a[i]) && !strings.ContainsAny(a[i], ",;(") {
		i++
	}
	if i < len(a) && strings.ContainsAny(a[i], ",;") && startsUpper(a[i]) {
		return true // "Hà Nội - Huế, đoạn qua …"
	}
	if i == 0 || i == len(a) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a[i])
	return r == '(' || unicode.IsLower(r)
}

// commaClause reports whether s holds a comma followed by a lower-case
// word: a clause of a sentence ("…, tại …").
func commaClause(s string) bool {
	for _, part := range strings.Split(s, ", ")[1:] {
		if startsLower(part) {
			return true
		}
	}
	return false
}

// openQuote reports whether s leaves a quotation or a bracket open: a
// dash after it stands inside a name ("chủ đề “Kết nối - Đón Xuân”").
func openQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, "(") > strings.Count(s, ")") ||
		strings.Count(s, `"`)%2 == 1
}

// sameDayWritten returns the first mention, in text, of day d ("19-10",
// "19/10", "19.10"), as written, "" when text writes it nowhere: the date
// line gives the day, the article writes it its own way.
func sameDayWritten(text string, d Date) string {
	for text != "" {
		got := readDay(text, Date{Year: d.Year, Month: d.Month})
		if got.Day == 0 {
			return ""
		}
		if got.Day == d.Day && got.Month == d.Month && got.Year == d.Year {
			return got.Written
		}
		k := strings.Index(text, got.Written)
		if k < 0 {
			return ""
		}
		text = text[k+len(got.Written):]
	}
	return ""
}

// syntheticWritten is the day written as the date line gives it, "19/10".
func syntheticWritten(d Date) string {
	return strconv.Itoa(d.Day) + "/" + strconv.Itoa(d.Month)
}

// minRepeatWords is the fewest words a lead repeats of the headline it is
// glued to for the repeat to mark where the lead starts.
const minRepeatWords = 4

// maxRepeatSkip is the most words at the headline's start (a section's
// name) before the words the lead repeats.
const maxRepeatSkip = 2

// repeatedOpening returns the byte offset in h where a lead glued to its
// headline with no separator starts, repeating minRepeatWords or more of
// the headline's first words ("Giá lúa hôm nay 24/8: Lúa giữ giá Giá lúa
// hôm nay 24/8 tại …"), 0 when there is none: the repeat opens with a
// capital, follows a word that closes no sentence, and stands within
// maxHeadlineWords words of the start.
func repeatedOpening(h string) int {
	words := strings.Fields(h)
	for skip := 0; skip <= maxRepeatSkip && skip+minRepeatWords <= len(words); skip++ {
		head := words[skip : skip+minRepeatWords]
		if !startsUpper(head[0]) {
			continue
		}
		for i := skip + minRepeatWords; i+minRepeatWords <= len(words) && i <= maxHeadlineWords; i++ {
			if !slices.Equal(words[i:i+minRepeatWords], head) {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(words[i-1])
			if isTerminator(last) {
				return 0 // a sentence of its own, not a glued lead
			}
			return wordOffset(h, i)
		}
	}
	return 0
}

// wordOffset returns the byte offset in s of its word number n (from 0),
// words parted by white space.
func wordOffset(s string, n int) int {
	in := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n == 0 {
				return i
			}
			n--
			in = true
		}
	}
	return len(s)
}
