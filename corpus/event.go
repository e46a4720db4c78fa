package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// event reads the event an article reports from its lead (or, without a
// lead, its first paragraph): what, when, where, organisers, partners and
// period. A venue is given only when the text names one ("tại …"); the
// organiser's locality is given apart.
func event(a *Article, sents []sentence) (Fact, bool) {
	var lead []sentence
	for i := range sents {
		if sents[i].p.Kind == KindLead {
			lead = append(lead, sents[i])
		}
	}
	if len(lead) == 0 {
		for i := range sents {
			if sents[i].p.Kind == KindParagraph {
				lead = append(lead, sents[i])
				break
			}
		}
	}
	if len(lead) == 0 {
		return Fact{}, false
	}
	s := &lead[0]
	f := Fact{Type: FactEvent, Passage: s.p.ID, Sentence: s.index, Event: Event{When: a.Date.String()}}
	start := s.skipAdverbial(0, len(s.toks))
	end := len(s.toks)
	// "<organiser> (phối hợp (với) <partners>) tổ chức <what>"
	for i := start; i < end; i++ {
		n := s.match(eventVerbs, i)
		if n == 0 || s.upper(i) {
			continue
		}
		subj := trimClause(s.span(start, i))
		if containsCooperateVerb(subj) {
			for j := start; j < i; j++ {
				if j+1 < i && cooperateVerbs.HasPhrase([]string{s.word(j), s.word(j + 1)}, lexicon.Exact) {
					f.Organisers = []string{trimClause(s.span(start, j))}
					p := j + 2
					if p < i && partnerMarkers.Has(s.word(p), lexicon.Exact) {
						p++
					}
					f.Partners = splitList(trimClause(s.span(p, i)))
					break
				}
			}
		} else if subj != "" && s.upper(start) {
			f.Organisers = s.organisersBefore(start, i)
		}
		w := i + n
		we := w
		for we < end && !(strings.Contains(s.sep(we), ",") && we+1 < end && eventWhatEnds.Has(s.word(we), lexicon.Exact)) && !(venuePrepositions.Has(s.word(we), lexicon.Exact) && s.spaced(we) && we > w+1) {
			we++
		}
		f.What = trimClause(s.span(w, we))
		break
	}
	if f.What == "" {
		// "<what> do <organiser> tổ chức" or a lead without a verb we know.
		for i := start; i < end; i++ {
			if organiserMarkers.Has(s.word(i), lexicon.Exact) && s.spaced(i) && i+1 < end && s.upper(i+1) {
				f.What = trimClause(s.span(start, i))
				j := i + 1
				for j < end && s.match(eventVerbs, j) == 0 && !strings.ContainsAny(s.sep(j), ",;") {
					j++
				}
				f.Organisers = splitList(trimClause(s.span(i+1, j)))
				break
			}
		}
	}
	if f.What == "" {
		f.What = trimClause(s.span(start, min(end, start+25)))
	}
	// A venue: "tại <Place>" in the lead or the first paragraphs.
	for _, ls := range lead {
		if v := ls.venue(); v != "" {
			f.Where = v
			break
		}
	}
	if f.Where == "" {
		for i := range sents {
			if sents[i].p.Kind == KindParagraph && strings.HasPrefix(sents[i].p.ID, a.ID+"/p") && sents[i].p.ID <= a.ID+"/p2" {
				if v := sents[i].venue(); v != "" && mentionsEvent(&sents[i]) {
					f.Where = v
					break
				}
			}
		}
	}
	for _, o := range f.Organisers {
		if l := locality(o); l != "" {
			f.Locality = l
			break
		}
	}
	// The event's period is stated up front ("giai đoạn 2019 - 2024"); a
	// period further on belongs to something else.
	for _, ls := range sents {
		if ls.p.Kind != KindTitle && ls.p.Kind != KindLead && ls.p.ID != a.ID+"/p1" {
			continue
		}
		if p, ok := period(ls.text[ls.start:ls.end]); ok {
			f.Period = p
			break
		}
	}
	f.Text = trimClause(s.span(start, end))
	return f, true
}

// reportVerbs say that somebody reports: a subject that holds one
// reports what another did ("Sở Y tế cho biết, … ca phẫu thuật do bác sĩ
// … thực hiện").
var reportVerbs = lexicon.MustSet("report_verbs")

// organisersBefore reads the organisers of an event from the subject of
// its verb, tokens [start, i): after a fronted phrase closed by a comma
// ("Những năm gần đây, Bảo tàng tỉnh …"), before the tense words that end
// it ("… đã tổ chức"); none when the subject reports another's deed (a
// verb of reporting in lower case, a comma after it).
func (s *sentence) organisersBefore(start, i int) []string {
	b, seg := start, start
	for m := start + 1; m < i; m++ {
		if !strings.Contains(s.sep(m), ",") {
			continue
		}
		if s.upper(m) && s.fronted(seg, m) {
			b = m
		}
		seg = m
	}
	for m := b; m < i; m++ {
		if n := s.match(reportVerbs, m); n > 0 && !s.upper(m) && s.commaBetween(m+n, i) {
			// "Sở Y tế cho biết, … do bác sĩ … thực hiện"; "Cục Công
			// nghệ thông tin tổ chức" names a body.
			return nil
		}
	}
	e := s.withoutAux(b, i)
	if e <= b {
		return nil
	}
	return splitList(trimClause(s.span(b, e)))
}

// commaBetween reports whether a comma stands before a token of [from,
// to].
func (s *sentence) commaBetween(from, to int) bool {
	for k := from; k <= to && k <= len(s.toks); k++ {
		if strings.Contains(s.sep(k), ",") {
			return true
		}
	}
	return false
}

// fronted reports whether the part of a sentence before a comma, tokens
// [b, e), is a phrase fronted before its subject, no organiser of a list:
// it holds a number ("ngày 10/12/2025", "sáng 31/8"), opens in lower case
// or with an adverbial ("Những năm gần đây", "Nhằm tăng cường …").
func (s *sentence) fronted(b, e int) bool {
	if !s.upper(b) || s.skipOneAdverbial(b, e+1) > b {
		return true
	}
	for k := b; k < e; k++ {
		if s.toks[k].Number {
			return true
		}
	}
	return false
}

// venueNouns start a venue written in lower case ("tại công viên Thanh
// Bình"); venueStops end a venue where the sentence goes on ("… khi").
var (
	venueNouns = lexicon.MustSet("venue_nouns")
	venueStops = lexicon.MustSet("venue_stops")
)

// venue reads "tại Hội trường …", "tại công viên Thanh Bình" or "tại TP.
// Kon Tum" from a sentence. An event is no venue: "các đại biểu tại Đại
// hội" says who was there, not where.
func (s *sentence) venue() string {
	for i := 0; i+1 < len(s.toks); i++ {
		if !venuePrepositions.Has(s.word(i), lexicon.Exact) || !s.spaced(i+1) || !s.upper(i+1) && s.matchPlace(i+1) == 0 && s.match(venueNouns, i+1) == 0 {
			continue
		}
		j := i + 1
		for j < len(s.toks) && (j == i+1 || !strings.ContainsAny(s.sep(j), ",;()")) && !(s.titleStop(j) > 0 && !s.upper(j) && !s.placeOfName(i+1, j)) && !(j > i+1 && s.match(venueStops, j) > 0 && !s.upper(j)) {
			j++
		}
		if n := s.match(eventNouns, i+1); n > 0 && (n >= minEventNounWords || i+1+n >= j) {
			continue
		}
		v := trimClause(s.span(i+1, j))
		if homeCountries.Has(v, lexicon.Exact) {
			// "các tổ chức quốc tế tại Việt Nam": the country the news
			// is written in sets no event's venue.
			continue
		}
		// Close a parenthesis left open: "Nhà Văn hóa (TP. Kon Tum)".
		if j < len(s.toks) && strings.Contains(s.sep(j), "(") {
			if k := strings.IndexByte(s.text[s.toks[j].Start:s.end], ')'); k >= 0 {
				v = trimClause(s.text[s.toks[i+1].Start : s.toks[j].Start+k+1])
			}
		}
		return v
	}
	return ""
}

// placeOfName reports whether word j of s is a venue preposition ("tại")
// that goes on the name written in [from, j): it opens with a capital,
// and a capitalised word follows the preposition — "TAND Cấp cao tại Đà
// Nẵng" is one body, the place it sits in part of its name.
func (s *sentence) placeOfName(from, j int) bool {
	if j <= from || j+1 >= len(s.toks) || !venuePrepositions.Has(s.word(j), lexicon.Exact) || !s.spaced(j+1) || !s.upper(j+1) {
		return false
	}
	return s.upper(from)
}

// homeCountries are the country the news is written in: too broad a
// place to be an event's venue.
var homeCountries = lexicon.MustSet("home_countries")

// minEventNounWords is the fewest words of an event noun that start no
// venue whatever follows ("Đại hội đại biểu …"); a shorter one ("lễ") does
// not when it is the whole venue.
const minEventNounWords = 2

func (s *sentence) matchPlace(i int) int { return s.match(placeWords, i) }

// mentionsEvent reports whether s names an event by one of its nouns.
func mentionsEvent(s *sentence) bool {
	for i := range s.toks {
		if s.match(eventNouns, i) > 0 {
			return true
		}
	}
	return false
}

// localityExceptions are place words that do not start the place of an
// organisation's name, folded.
var localityExceptions = lexicon.MustSet("locality_exceptions_folded")

// eventWhatEnds, after a comma, end what an event is.
var eventWhatEnds = lexicon.MustSet("event_what_ends")

var (
	// venuePrepositions put an event's venue after it: "tại".
	venuePrepositions = lexicon.MustSet("venue_prepositions")
	// organiserMarkers put an event's organiser after it: "do".
	organiserMarkers = lexicon.MustSet("organiser_markers")
	// cooperateVerbs put a co-organiser after the organiser: "phối hợp".
	cooperateVerbs = lexicon.MustSet("cooperate_verbs")
)

// containsCooperateVerb reports whether t holds a cooperate verb after a
// space: "Sở Y tế phối hợp".
func containsCooperateVerb(t string) bool {
	for _, v := range cooperateVerbs.Words() {
		if strings.Contains(t, " "+v) {
			return true
		}
	}
	return false
}

// spacedJoinerAt returns the list joiner between spaces that t starts
// with (" và "), or "".
func spacedJoinerAt(t string) string {
	for _, w := range listJoiners.Words() {
		if sep := " " + w + " "; strings.HasPrefix(t, sep) {
			return sep
		}
	}
	return ""
}

// locality reads the place of an organisation: "Công an tỉnh Quảng Nam"
// → "tỉnh Quảng Nam".
func locality(org string) string {
	toks := analysis.Tokens(org)
	for i, t := range toks {
		// The place word and the name are one phrase: "tỉnh Quảng Nam",
		// not "Chủ tịch nước, Chính phủ".
		if i+1 < len(toks) && org[t.End:toks[i+1].Start] == " " && placeWords.Has(strings.ToLower(t.Text), lexicon.Exact) && !localityExceptions.Has(t.Folded, lexicon.Exact) {
			r := []rune(toks[i+1].Text)
			if len(r) > 0 && r[0] >= 'A' && (r[0] < 'a' || r[0] > 'z') && string(r[0]) == strings.ToUpper(string(r[0])) {
				return org[t.Start:]
			}
		}
	}
	return ""
}

// splitList splits "Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh" at
// commas and "và" that start another body; "Sở Văn hóa, Thể thao và Du
// lịch" stays whole.
func splitList(t string) []string {
	var out []string
	start := 0
	for i := 0; i < len(t); i++ {
		sep := ""
		switch {
		case strings.HasPrefix(t[i:], ", "):
			sep = ", "
		case spacedJoinerAt(t[i:]) != "":
			sep = spacedJoinerAt(t[i:])
		default:
			continue
		}
		rest := t[i+len(sep):]
		if startsBody(rest) {
			if p := strings.TrimSpace(t[start:i]); p != "" {
				out = append(out, p)
			}
			start = i + len(sep)
		}
		i += len(sep) - 1
	}
	if p := strings.TrimSpace(t[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

// startsBody reports whether t starts with the name of a body ("Hội …",
// "Sở …", "Công an …", "UBND …").
func startsBody(t string) bool {
	words := strings.Fields(strings.ToLower(t))
	for n := min(organisationHeads.MaxWords(), len(words)); n >= 1; n-- {
		if organisationHeads.Has(strings.Join(words[:n], " "), lexicon.Exact) {
			return true
		}
	}
	return false
}
