package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A mention is a person found in one sentence.
type mention struct {
	name    string
	rank    string
	titles  []string
	s       *sentence
	from    int // first token of the name (after rank and title)
	to      int // token after the name
	caption bool
	// note is what the sentence writes beside the name (see PersonNote).
	note *PersonNote
}

// maxNameSyllables is the most syllables of a person's name: most have
// three or four, a few five ("Huỳnh Ngọc Nữ Phương Hồng").
const maxNameSyllables = 5

// maxNameRun is the longest run of capitalised words read as a name: the
// name and a capitalised marker or rank before it ("Bà", "Đại").
const maxNameRun = maxNameSyllables + 1

// findPeople finds the people a sentence names: "Name - Title",
// "Title Name", "Rank Name", "ông/bà/đồng chí Name".
func findPeople(s *sentence) []mention {
	var out []mention
	for i := 0; i < len(s.toks); i++ {
		if !s.titleCase(i) || i > 0 && s.sep(i) == abbreviationDot {
			// "T.Ư Đoàn": a capitalised word glued to the one before by a
			// dot goes on an abbreviation; no name starts there.
			continue
		}
		j := i + 1
		// A title after the name ends it: "Ông Nguyễn Văn Hùng Phó Chủ
		// tịch" (a title before it is read by titleBefore).
		for j < len(s.toks) && j-i < maxNameRun && s.titleCase(j) && (s.spaced(j) || isApostrophe(s.sep(j))) && (j-i < 2 || s.match(titleHeads, j) == 0) {
			j++
		}
		m, ok := s.person(i, j)
		if !ok {
			i = j - 1
			continue
		}
		out = append(out, m)
		i = m.to - 1
	}
	s.electedTitles(out)
	return s.notes(out)
}

// electedWords may stand between a name and the title it is given: "được
// bầu giữ chức", "tiếp tục được bầu làm", "được bổ nhiệm".
var electedWords = lexicon.MustSet("elected_words")

// viceMarkers make a title a deputy's: "Phó Chủ tịch"; alone, no title.
var viceMarkers = lexicon.MustSet("vice_markers")

// electedTitles gives the mentions the title a sentence gives them after
// their names: "bà Đinh Thị Thúy và ông Lê Tấn Phước được bầu giữ chức Phó
// Chủ tịch".
func (s *sentence) electedTitles(ms []mention) {
	for a := 0; a < len(ms); a++ {
		// The names joined by "và".
		b := a
		for b+1 < len(ms) {
			gap := ms[b].to
			if gap < len(s.toks) && listJoiners.Has(s.word(gap), lexicon.Exact) && ms[b+1].from-gap <= 3 {
				b++
				continue
			}
			break
		}
		k := ms[b].to
		n := 0
		for k < len(s.toks) && n < 6 && !s.upper(k) && s.spaced(k) && s.match(electedWords, k) > 0 {
			k += s.match(electedWords, k)
			n++
		}
		if n == 0 || k >= len(s.toks) || s.match(titleHeads, k) == 0 {
			a = b
			continue
		}
		if t := s.titleFrom(k); t != "" {
			// "… giữ chức Chủ tịch Hội Nông dân tỉnh; bà X giữ chức Phó
			// Chủ tịch": the body of a title given before.
			if isBareTitle(t) {
				for m := a - 1; m >= 0; m-- {
					if len(ms[m].titles) > 0 {
						if body := bodyOf(ms[m].titles[0]); body != "" {
							t += " " + body
						}
						break
					}
				}
			}
			for m := a; m <= b; m++ {
				if len(ms[m].titles) == 0 {
					// "giữ chức vụ Phó Bí thư Đảng ủy, Chủ tịch UBND
					// phường": two titles.
					ms[m].titles = append(ms[m].titles, splitTitles(t)...)
				}
			}
		}
		a = b
	}
}

// person decides whether the capitalised run toks[i:j] names a person and
// reads its rank and titles.
func (s *sentence) person(i, j int) (mention, bool) {
	m := mention{s: s, from: i, to: j}
	// A rank or title may be glued to the front of the run ("Đại" of
	// "Đại tá" is capitalised but the rank is two words).
	before := i
	if n := s.matchBefore(ranks, i); n > 0 && s.spaced(i) {
		before = i - n
		m.rank = s.span(i-n, i)
	} else if n := s.match(ranks, i); n > 0 {
		if n >= j-i {
			return m, false
		}
		m.rank = s.span(i, i+n)
		m.from = i + n
		before = i
	}
	marked := m.rank != ""
	// "Chị H'Nga Ksơr" at the start of a sentence: the marker is
	// capitalised and so inside the run.
	if n := s.match(personMarkers, m.from); n > 0 && m.from+n < m.to && m.rank == "" {
		m.from += n
		marked = true
		before = m.from
	}
	first := s.word(m.from)
	if n := s.matchBefore(personMarkers, before); n > 0 && s.spaced(before) {
		marked = true
		before -= n
	}
	// "Name - Title", or "Name, Title" when a job title follows the comma
	// ("Buôn Ma Thuột, Sở Văn hóa" names no person).
	dashTitle := ""
	if m.to < len(s.toks) && isDashSep(s.sep(m.to)) {
		var end int
		dashTitle, end = s.titleSpan(m.to)
		if s.titleHeldByNext(dashTitle, end) {
			// "…, Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức": the title of
			// the next person in a list.
			dashTitle = ""
		}
		if strings.TrimSpace(s.sep(m.to)) == "," && s.match(titleHeads, m.to) == 0 {
			dashTitle = ""
		}
		if strings.TrimSpace(s.sep(m.to)) == "," && !marked && s.opensClause(before, end) {
			// "Cùng với người báo tin giúp bắt được Triệu Quân Sự, Giám
			// đốc Công an tỉnh cũng đã tặng giấy khen": the title opens
			// the next clause as its subject.
			dashTitle = ""
		}
		if dashTitle == "" {
			dashTitle = s.formerTitle(m.to)
		}
		if dashTitle == "" {
			// "Trung úy Lê Thị Thu Hà, cán bộ Phòng Cảnh sát giao thông"
			dashTitle = s.roleTitle(m.to)
		}
	}
	if m.to < len(s.toks) && strings.TrimSpace(s.sep(m.to)) == "(" {
		// "Name (Title)": "ông Nguyễn Việt Oanh (Chủ tịch HĐND tỉnh)".
		dashTitle = s.bracketTitle(m.to)
	}
	// "Title Name"
	preTitle := ""
	if !marked || m.rank != "" {
		preTitle = s.titleBefore(before)
	}
	if preTitle == "" && marked && before > 0 && strings.TrimSpace(s.sep(before)) == "," {
		// "Phó Chủ tịch Liên đoàn điền kinh Việt Nam, ông Nguyễn Trung
		// Hinh chia sẻ": the title, a comma, then the person.
		preTitle = s.titleEndingAt(before)
	}
	// placed tells a name read out of a run after a place's name.
	placed := false
	// "Chủ tịch UBND huyện Đông Hải Bùi Minh Tuy": the place's name,
	// then the person's, in one capitalised run after a title; the place
	// is the title's.
	if preTitle != "" && before > 0 && s.spaced(before) && (s.matchBefore(placeWords, before) > 0 || m.to-m.from > maxPlacedName) {
		if k := s.nameAfterPlace(m.from, m.to); k > m.from {
			m.from, before, first = k, k, s.word(k)
			preTitle = s.titleBefore(k)
			placed = true
		}
	}
	if m.to-m.from < 1 || m.to-m.from > maxNameSyllables {
		return m, false
	}
	if m.to-m.from == maxNameSyllables && (!marked && preTitle == "" && dashTitle == "" || !surnames.Has(first, lexicon.Exact)) {
		// A name of five syllables ("Bà Huỳnh Ngọc Nữ Phương Hồng") is
		// rare: it opens with a surname, and a marker or a title says it
		// is one.
		return m, false
	}
	// A capitalised run after "tỉnh", "huyện" is a place, unless a title
	// leads to a full name ("Chủ tịch UBND tỉnh Lê Văn Dũng").
	// A place word that ends a title head is the title's: "Chủ tịch nước
	// Lương Cường".
	if before > 0 && s.spaced(before) {
		if n := s.matchBefore(placeWords, before); n > 0 && s.matchBefore(titleHeads, before) <= n && !(preTitle != "" && surnames.Has(first, lexicon.Exact) && m.to-m.from >= 3) {
			return m, false
		}
	}
	if !marked && preTitle == "" && s.afterHouseNumber(before) {
		// "trước nhà số 92C Trần Đại Nghĩa": an address's street.
		return m, false
	}
	if s.placeAcrossDash(before) {
		// "ngã tư đường Phạm Văn Đồng - Tôn Đức Thắng": the name joined
		// by a dash to a place's is the other street of the crossing.
		return m, false
	}
	// "Đoàn" heads a body and is a family name: after a title or a
	// marker, a full name of capitalised syllables is the person's ("Chủ
	// tịch UBND tỉnh Đoàn Anh Dũng"), a body's name has lower-case words
	// ("Bí thư Đoàn Thanh niên").
	if n := s.match(organisationHeads, m.from); n > 0 && !(n == 1 && (preTitle != "" || marked) && surnames.Has(first, lexicon.Exact) && m.to-m.from >= minPlacedName) {
		return m, false
	}
	if s.match(placeWords, m.from) > 0 && !marked && !((placed || dashTitle != "") && surnames.Has(first, lexicon.Exact) && m.to-m.from >= minPlacedName) {
		// "Buôn Ma Thuột", "Thôn 3", "Ban Quản lý Hồ Núi Cốc": a place;
		// but a full name whose family name is a place word is the
		// person's after a place's name and a title ("Chủ tịch … tỉnh An
		// Giang Hồ Văn Mừng") or before a title ("Hồ Hồng Nguyên - Bí
		// thư Tỉnh đoàn").
		return m, false
	}
	if span := s.span(m.from, m.to); !marked && isPlace(span) || countries.Has(span, lexicon.Exact) {
		// "Bí thư Tỉnh ủy Hà Tĩnh", "Giám đốc Công an Lâm Đồng": after a
		// title, the name of a province is the title's place, though
		// "Hà" and "Lâm" are family names; a country's is nobody's
		// name, whatever word is before it ("VĐV Việt Nam").
		return m, false
	}
	if s.titleGoesOn(m.from, m.to) {
		// "đồng chí Phó Thủ tướng thường trực": a title whose first
		// words are capitalised, not a name.
		return m, false
	}
	single := m.to-m.from == 1
	if single && !marked && utf8.RuneCountInString(first) == 1 {
		// "1 giải A (tác phẩm … - Báo Điện tử Vietnamplus)": a letter
		// alone is a grade or a code; a person's initial comes after a
		// word of address ("anh T.").
		return m, false
	}
	switch {
	case marked && !single:
	case marked && single && dashTitle != "":
	case dashTitle != "" && (surnames.Has(first, lexicon.Exact) || m.to-m.from >= 2):
	case preTitle != "" && surnames.Has(first, lexicon.Exact) && !single:
	case surnames.Has(first, lexicon.Exact) && m.to-m.from >= 3:
	default:
		return m, false
	}
	m.name = s.span(m.from, m.to)
	if preTitle != "" {
		m.titles = append(m.titles, splitTitles(preTitle)...)
	}
	if dashTitle != "" {
		m.titles = append(m.titles, splitTitles(dashTitle)...)
	}
	m.caption = s.p.Kind == KindCaption
	return m, true
}

// titleGoesOn reports whether a title head starts at token i, or right
// after a word of deputy there, and goes on past token j, where a run of
// capitalised words ends: "Phó Thủ" of "Phó Thủ tướng" is a title's
// start, no name.
func (s *sentence) titleGoesOn(i, j int) bool {
	for k := i; k < j && k <= i+1; k++ {
		if n := s.match(titleHeads, k); n > 0 && k+n > j {
			return true
		}
		if !viceMarkers.Has(s.word(k), lexicon.Exact) {
			break
		}
	}
	return false
}

// opensClause reports whether a title read after a comma, ending before
// token end, opens a clause rather than stands beside the name before
// the comma, the name's run starting at token before: a title stop that
// joins nothing follows the title (its verb: "…, Giám đốc Công an tỉnh
// cũng đã tặng"), and the name is the object of a fronted clause, one that
// opens with a clause opener and holds words between it and the name
// ("Cùng với người báo tin giúp bắt được Triệu Quân Sự"). The caller
// asks only of a name after no word of address nor rank: "do ông Nguyễn
// Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì" keeps its title, as a name
// that opens its sentence or its clause does ("Ông A, Chủ tịch UBND tỉnh
// cho biết", "khi Trần Văn Bình, Chủ tịch UBND xã đến kiểm tra").
func (s *sentence) opensClause(before, end int) bool {
	if end >= len(s.toks) || s.sep(end) != " " || before == 0 || !s.spaced(before) {
		return false
	}
	if s.titleStop(end) == 0 || titleStopJoiners.Has(s.word(end), lexicon.Exact) {
		return false // "…, Chủ tịch UBND tỉnh cùng các sở"
	}
	if s.upper(before-1) || s.matchBefore(personMarkers, before) > 0 || s.matchBefore(ranks, before) > 0 {
		return false
	}
	p := before
	for p > 0 && !strings.Contains(s.sep(p), ",") {
		p--
	}
	n := s.match(clauseOpeners, p)
	// A name right after the opener is its clause's subject: "khi Trần
	// Văn Bình, Chủ tịch UBND xã đến kiểm tra".
	return n > 0 && p+n < before
}

// minPlacedName is the fewest syllables of a name read out of a run that
// also holds a place's name or a body's: a full name ("Bùi Minh Tuy"),
// never a two-syllable one that may be the end of the place's.
const minPlacedName = 3

// maxPlacedName is the most syllables of a name read out of such a run.
const maxPlacedName = 4

// nameAfterPlace returns where a person's name starts inside the
// capitalised run toks[i:j] that follows a place word and a title: the
// place's name comes first, then a full name that opens with a family
// name ("huyện Đông Hải Bùi Minh Tuy", "thành phố Hồ Chí Minh Phan Văn
// Mãi"). A run that opens with a family name and is short enough to be a
// name is one ("tỉnh Lê Văn Dũng"). Names of three syllables are tried
// before names of four. It returns i when no name is found.
func (s *sentence) nameAfterPlace(i, j int) int {
	if surnames.Has(s.word(i), lexicon.Exact) && j-i <= maxPlacedName {
		return i
	}
	for n := minPlacedName; n <= maxPlacedName; n++ {
		if k := j - n; k > i && surnames.Has(s.word(k), lexicon.Exact) {
			return k
		}
	}
	return i
}

// formerTitle reads the titles a person held, each after a marker of a
// former one, from token i: "nguyên Ủy viên Bộ Chính trị, nguyên Thường
// trực Ban Bí thư" (the markers kept, the titles parted by commas).
func (s *sentence) formerTitle(i int) string {
	t, _ := s.formerTitleSpan(i)
	return t
}

// formerTitleSpan is formerTitle, with the token after the last title it
// read (i when it read none). The titles are rebuilt with one space after
// each marker and ", " between them, so where they end in the sentence is
// counted in tokens, never from the rebuilt text's length: the article may
// part them with two spaces, a no-break space, ";" or " - ".
func (s *sentence) formerTitleSpan(i int) (string, int) {
	var titles []string
	end := i
	for i < len(s.toks) {
		n := s.match(formerMarkers, i)
		if n == 0 || i+n >= len(s.toks) || !s.spaced(i+n) {
			break
		}
		t, after := s.titleSpan(i + n)
		if t == "" {
			break
		}
		titles = append(titles, s.span(i, i+n)+" "+t)
		i, end = after, after
		if i >= len(s.toks) || strings.TrimSpace(s.sep(i)) != "," {
			break
		}
	}
	return strings.Join(titles, ", "), end
}

// bracketTitle reads a title that fills the brackets opened before token
// i: "(Chủ tịch HĐND tỉnh)", "(nguyên Giám đốc Sở Y tế)"; a note that
// holds more, "(Giám đốc Sở, 52 tuổi)" aside, is no title. The bracket
// must close right after the title's last token.
func (s *sentence) bracketTitle(i int) string {
	t, end := s.titleSpan(i)
	if t == "" {
		t, end = s.formerTitleSpan(i)
	}
	if t == "" || end > len(s.toks) || !strings.HasPrefix(strings.TrimSpace(s.sep(end)), ")") {
		return ""
	}
	return t
}

// placeAcrossDash reports whether a dash stands right before token i and
// the capitalised run before it follows a place word: "đường Phạm Văn Đồng
// - Tôn Đức Thắng", "tuyến Kon Tum - Quảng Nam".
func (s *sentence) placeAcrossDash(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return false
	}
	if !isDash(strings.TrimSpace(s.sep(i))) {
		return false
	}
	k := i - 1
	for k > 0 && s.upper(k-1) && s.spaced(k) {
		k--
	}
	return s.upper(k) && s.spaced(k) && s.matchBefore(placeWords, k) > 0
}

func isDashSep(sep string) bool {
	sep = strings.TrimSpace(sep)
	return isDash(sep) || sep == ","
}

// titleFrom reads a title that starts at token i: up to ";", ")", the
// sentence's end, a verb, or a comma followed by a lower-case word.
func (s *sentence) titleFrom(i int) string {
	t, _ := s.titleSpan(i)
	return t
}

// titleSpan is titleFrom, with the token after the title's last one.
func (s *sentence) titleSpan(i int) (string, int) {
	// A title after a dash may open in lower case ("Đại tá Lê Hồng Phong
	// - tỉnh ủy viên, Phó Bí thư Đảng ủy").
	if i >= len(s.toks) || !s.upper(i) && !(i > 0 && isDashSep(s.sep(i)) && strings.TrimSpace(s.sep(i)) != "," && s.match(titleHeads, i) > 0) {
		return "", i
	}
	if n := s.match(titleHeads, i); n == 0 && s.match(organisationHeads, i) == 0 {
		return "", i
	}
	j := i
	for j < len(s.toks) {
		if j > i {
			sep := s.sep(j)
			if s.bracketedCode(j) {
				// "Phó chủ tịch (PCT) Liên đoàn điền kinh": the title's
				// abbreviation, and the title goes on.
				j += 2
				continue
			}
			if strings.ContainsAny(sep, ";()“”\"") || strings.Contains(sep, ":") || strings.Contains(sep, " - ") && !(s.bodyDash(j) && !s.personAt(j)) {
				// A dash inside a body's name goes on with it: "Sở Lao
				// động - Thương binh và Xã hội".
				break
			}
			if s.toks[j].Number && strings.ContainsAny(s.toks[j].Text, "/") {
				break // a date: "… phường Chợ Lớn 08/08/2025"
			}
			if k := s.nameInRun(j); k > j {
				// "Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức": the title
				// ends where the name of its holder starts.
				j = k
				break
			}
			if strings.Contains(sep, ",") && !s.upper(j) {
				break
			}
			if strings.Contains(sep, ",") && s.match(titleHeads, j) == 0 && s.match(organisationHeads, j) == 0 {
				break
			}
			if listJoiners.Has(s.word(j), lexicon.Exact) && s.personAt(j+1) {
				// "Phó trưởng Ban Dân vận Tỉnh ủy và Hồ Hồng Nguyên", "…
				// và Đại tá Trần Văn Chính": the next person, not the
				// title's body.
				break
			}
			if !s.upper(j) && s.titleStop(j) > 0 && !(listJoiners.Has(s.word(j), lexicon.Exact) && j+1 < len(s.toks) && s.upper(j+1)) {
				break
			}
		}
		j++
	}
	return trimClause(s.span(i, j)), j
}

// personAt reports whether token k opens a person: a rank, a word of
// address, or a family name opening a run of capitalised words ("Hồ Hồng
// Nguyên"; "Đào" of "Đào tạo" opens none).
func (s *sentence) personAt(k int) bool {
	if k >= len(s.toks) || !s.spaced(k) {
		return false
	}
	if s.match(ranks, k) > 0 || s.match(personMarkers, k) > 0 && s.match(titleHeads, k) == 0 {
		return true // "và Đại tá …", "và ông …"; "và Anh hùng …" goes on
	}
	if !s.titleCase(k) || !surnames.Has(s.word(k), lexicon.Exact) || k+1 >= len(s.toks) || !s.spaced(k+1) || !s.titleCase(k+1) || s.match(organisationHeads, k) > 0 {
		return false // "Đoàn Thanh niên" is a body
	}
	e := k + 1
	for e < len(s.toks) && s.spaced(e) && s.titleCase(e) {
		e++
	}
	return !isPlace(s.span(k, e)) // "Hà Nam" is a province
}

// nameInRun returns where a person's name starts inside the capitalised
// run that opens at token j, when the run is too long to be a name alone
// and so holds a place's name before it ("Đồng Nai Võ Tấn Đức"); j when
// it holds none or j opens no run.
func (s *sentence) nameInRun(j int) int {
	if !s.titleCase(j) || j > 0 && s.spaced(j) && s.upper(j-1) {
		return j
	}
	e := j + 1
	for e < len(s.toks) && s.titleCase(e) && s.spaced(e) {
		e++
	}
	if e-j <= maxPlacedName {
		return j
	}
	return s.nameAfterPlace(j, e)
}

// titleHeldByNext reports whether title t, as titleSpan read it with
// end the token after it, ends where a person's name starts: the title is
// that person's, not the one named before it.
func (s *sentence) titleHeldByNext(t string, end int) bool {
	return t != "" && end < len(s.toks) && end > 0 && s.spaced(end) && s.titleCase(end) && s.upper(end-1)
}

// bracketedCode reports whether token j is a code in brackets inside a
// phrase that goes on after it: "Phó chủ tịch (PCT) Liên đoàn".
func (s *sentence) bracketedCode(j int) bool {
	return strings.TrimSpace(s.sep(j)) == "(" && s.allCaps(j) && j+1 < len(s.toks) && s.sep(j+1) == ") " && s.upper(j+1)
}

// titleBefore reads a title that ends just before token j ("Chủ tịch UBND
// tỉnh" before "Lê Văn Dũng"): it must start with a title word and hold no
// punctuation.
func (s *sentence) titleBefore(j int) string {
	// "Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 Nguyễn Văn Gấu": the term the
	// title is held in stands between it and the name.
	if k := s.termBefore(j); k < j {
		if t := s.titleBefore(k); t != "" {
			return t + " " + s.span(k, j)
		}
	}
	if j > 0 && listJoiners.Has(s.word(j-1), lexicon.Exact) {
		// "Bà Thủy - Phó trưởng Ban Dân vận Tỉnh ủy và Hồ Hồng Nguyên":
		// the title before the joiner is the person's before it.
		return ""
	}
	best := -1
	for i := j - 1; i >= 0 && j-i <= maxTitleBefore; i-- {
		if !s.spaced(i+1) && !s.bodyDash(i+1) {
			break
		}
		if s.endsNameBefore(i) {
			// "Bộ trưởng Nguyễn Văn An và Thứ trưởng Lê Văn Bình": the
			// title before the joiner is the first person's.
			break
		}
		if !s.upper(i) && s.titleStop(i) > 0 && !(listJoiners.Has(s.word(i), lexicon.Exact) && i > 0 && !s.upper(i-1) && i+1 < len(s.toks) && s.upper(i+1)) {
			// "Quyết định của Bộ trưởng Bộ Công an đối với Trung úy Thái
			// Ngô Hiếu": a word no title holds ends what is read back;
			// "và" inside a body's name goes on ("Bộ Tài nguyên và Môi
			// trường"), not "và" after a name ("Tô Lâm và Thủ tướng").
			break
		}
		if s.upper(i) && s.match(titleHeads, i) > 0 && (i == 0 || !s.spaced(i) || s.match(titleHeads, i) > 0) {
			best = i
		}
		if !s.spaced(i) && !s.bodyDash(i) {
			break
		}
	}
	if best < 0 {
		return ""
	}
	// "Phó" alone is not a title.
	if viceMarkers.Has(s.span(best, j), lexicon.Folded) {
		return ""
	}
	best = s.titleOpening(best)
	// "nguyên Chủ tịch nước Nguyễn Minh Triết": a title held before keeps
	// its marker, as one read after the name does.
	if n := s.matchBefore(formerMarkers, best); n > 0 && s.spaced(best) {
		best -= n
	}
	// "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh
	// An Giang Hồ Văn Mừng": titles listed before the name, parted by
	// commas, are all the person's.
	if first := s.listedTitleBefore(best); first >= 0 {
		return s.span(first, best) + ", " + s.span(best, j)
	}
	return s.span(best, j)
}

// abbreviationDot glues the letters of an abbreviation: "T.Ư".
const abbreviationDot = "."

// maxTitleBefore is the most tokens titleBefore reads back from a name
// for the head of its title: "Chủ tịch Hội đồng Thi đua - Khen thưởng
// tỉnh An Giang" has eleven.
const maxTitleBefore = 14

// listedTitleBefore returns where the title opens that a comma parts from
// the title opening at token best, both before one name: "Chủ tịch UBND
// tỉnh" of "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng … Hồ Văn Mừng". The
// title is a title head and the words after it, in one clause, and ends
// in a word in lower case: a capitalised word before the comma ends a
// name ("Bộ trưởng Bộ Công an Lương Tam Quang, Chủ tịch UBND tỉnh …"),
// the person before's, and so is a title right after a name and a comma.
// -1 when none is.
func (s *sentence) listedTitleBefore(best int) int {
	if best <= 0 || strings.TrimSpace(s.sep(best)) != "," || s.upper(best-1) {
		return -1
	}
	for i := best - 1; i >= 0 && best-i <= maxTitleWords; i-- {
		if i+1 < best && !s.spaced(i+1) && !s.bodyDash(i+1) {
			return -1
		}
		if s.upper(i) && s.match(titleHeads, i) > 0 && (i == 0 || strings.ContainsAny(s.sep(i), ",:;(")) {
			if i > 0 && strings.Contains(s.sep(i), ",") && s.upper(i-1) {
				// "bà Lê Thị C, Phó Chủ tịch UBND tỉnh, Giám đốc … Trần
				// Văn D": the title after a name is that name's.
				return -1
			}
			return i
		}
	}
	return -1
}

// bodyDash reports whether a dash stands before token i inside the name
// of a body, joining its fields: "Hội đồng Thi đua - Khen thưởng", "Sở
// Lao động - Thương binh và Xã hội". The word before it is in lower case
// and the word after it capitalised, no title's head; after a person's
// name ("Võ Thị Ánh Xuân - Ủy viên …") the word before is capitalised
// too, and a second office ("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh") opens
// with a title's head.
func (s *sentence) bodyDash(i int) bool {
	return i > 0 && i < len(s.toks) && strings.TrimSpace(s.sep(i)) == "-" && !s.upper(i-1) && s.upper(i) && s.match(titleHeads, i) == 0
}

// maxTermTokens is the most tokens of the numbers of a term
// ("2020", "-", "2025").
const maxTermTokens = 3

// termBefore returns where a term that ends just before token j opens: a
// term word and the years or numeral after it ("nhiệm kỳ 2020-2025",
// "khóa 15"); j when none ends there.
func (s *sentence) termBefore(j int) int {
	k := j
	for k > 0 && j-k < maxTermTokens && s.toks[k-1].Number {
		k--
	}
	if k == j || !s.spaced(k) || !s.spaced(j) {
		return j
	}
	if n := s.matchBefore(titleTerms, k); n > 0 {
		return k - n
	}
	return j
}

// endsNameBefore reports whether token i is a list joiner ("và") right
// after a full name: a run of capitalised words that opens with a family
// name ("Nguyễn Văn An và").
func (s *sentence) endsNameBefore(i int) bool {
	if i < minPlacedName || s.upper(i) || !listJoiners.Has(s.word(i), lexicon.Exact) {
		return false
	}
	k := i - 1
	for k > 0 && i-k < maxNameSyllables && s.titleCase(k-1) && s.spaced(k) {
		k--
	}
	return i-k >= minPlacedName && s.titleCase(k) && surnames.Has(s.word(k), lexicon.Exact)
}

// titleOpening returns where the title whose head stands at token i
// opens: a head is often qualified by capitalised words before it that
// belong to the title ("Thường trực Ban Bí thư", not "Bí thư"). The title
// is read back over capitalised words, each perhaps followed by one
// lower-case syllable ("Thường trực"), while the words before them are
// a marker of a former title or a comma, semicolon or colon parts them
// from the words before (never the sentence's start: "Hôm nay Chủ tịch …"
// opens no title); otherwise the title opens at its head.
func (s *sentence) titleOpening(i int) int {
	k := i
	for n := 0; n < maxTitleQualifier && k > 0 && s.spaced(k); n++ {
		switch {
		case s.upper(k - 1):
			k--
		case k >= 2 && s.spaced(k-1) && s.upper(k-2) && s.titleStop(k-1) == 0:
			k -= 2
		default:
			n = maxTitleQualifier
		}
		if k < i && s.opensTitle(k) {
			return k
		}
	}
	return i
}

// maxTitleQualifier is the most words read back before a title's head
// for the words that qualify it.
const maxTitleQualifier = 4

// opensTitle reports whether a title may open at token k: a marker of a
// former title stands right before it, or a comma, semicolon or colon.
func (s *sentence) opensTitle(k int) bool {
	if k == 0 {
		return false
	}
	if s.spaced(k) {
		return s.matchBefore(formerMarkers, k) > 0
	}
	return strings.ContainsAny(s.sep(k), ",;:")
}

// titleEndingAt reads a title that ends at a comma before token j: a title
// head and the words after it, with no punctuation but a code in brackets,
// starting its clause ("…, Phó Chủ tịch Liên đoàn điền kinh Việt Nam, ông
// …").
func (s *sentence) titleEndingAt(j int) string {
	for i := j - 1; i >= 0 && j-i <= maxTitleWords; i-- {
		if i+1 < j && !s.spaced(i+1) && !s.bracketedCode(i+1) && !s.bracketedCode(i) {
			return ""
		}
		if s.upper(i) && s.match(titleHeads, i) > 0 && (i == 0 || strings.ContainsAny(s.sep(i), ",:;(")) {
			if t := s.titleFrom(i); t != "" && s.toks[i].Start+len(t) >= s.toks[j-1].End {
				return t
			}
			return ""
		}
	}
	return ""
}

// maxTitleWords is the most words of a title read back from its end.
const maxTitleWords = 12

// splitTitles splits "Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo 138" into its
// titles, keeping an organisation after a comma with the title before it
// ("Phó Cục trưởng Cục X, Bộ Công an").
func splitTitles(t string) []string {
	parts := strings.Split(t, ", ")
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		words := strings.Fields(strings.ToLower(p))
		if len(words) > 1 && formerMarkers.Has(words[0], lexicon.Exact) {
			words = words[1:] // "nguyên Chủ tịch UBND huyện"
		}
		isTitle := false
		for n := min(titleHeads.MaxWords(), len(words)); n >= 1; n-- {
			if titleHeads.Has(strings.Join(words[:n], " "), lexicon.Exact) {
				isTitle = true
				break
			}
		}
		if !isTitle && len(out) > 0 {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// people merges the mentions of all sentences into one fact per person.
func people(mentions [][]mention) []Fact {
	var out []Fact
	index := map[string]int{}
	for _, ms := range mentions {
		for _, m := range ms {
			key := analysis.Fold(m.name)
			k, ok := index[key]
			if !ok {
				k = len(out)
				index[key] = k
				out = append(out, Fact{
					Type:     FactPerson,
					Text:     trimClause(m.s.span(m.from, m.to)),
					Passage:  m.s.p.ID,
					Sentence: m.s.index,
					Person:   Person{Name: m.name},
				})
			}
			f := &out[k]
			if f.Rank == "" {
				f.Rank = m.rank
			}
			for _, t := range m.titles {
				addTitle(&f.Person, t)
			}
			addNote(&f.Person, m.note)
			if len(m.titles) > 0 && f.Text == m.name {
				f.Text = personText(f.Person)
			}
		}
	}
	for i := range out {
		out[i].Text = personText(out[i].Person)
	}
	return out
}

// addNote gives f the items of note it lacks; the first note read stays
// the one cited.
func addNote(f *Person, note *PersonNote) {
	switch {
	case note == nil:
	case f.Note == nil:
		n := *note
		f.Note = &n
	default:
		for _, p := range [][2]*string{{&f.Note.Born, &note.Born}, {&f.Note.Age, &note.Age}, {&f.Note.Residence, &note.Residence}, {&f.Note.HomeTown, &note.HomeTown}} {
			if *p[0] == "" {
				*p[0] = *p[1]
			}
		}
	}
}

// addTitle adds t to f's titles unless an equal or longer one is there.
func addTitle(f *Person, t string) {
	ft := titleKey(t)
	for i, old := range f.Titles {
		fo := titleKey(old)
		if strings.HasPrefix(fo, ft) {
			return
		}
		if strings.HasPrefix(ft, fo) {
			f.Titles[i] = t
			return
		}
	}
	f.Titles = append(f.Titles, t)
}

// titleKey is a title folded, without the codes in brackets it may hold:
// "Phó chủ tịch (PCT) Liên đoàn" is "Phó Chủ tịch Liên đoàn".
func titleKey(t string) string {
	for {
		i := strings.Index(t, " (")
		j := strings.Index(t, ")")
		if i < 0 || j < i {
			return analysis.Fold(t)
		}
		t = t[:i] + t[j+1:]
	}
}

// personText is "Đại tá Nguyễn Hữu Hợp - Giám đốc Công an tỉnh".
func personText(f Person) string {
	t := f.RankedName()
	if len(f.Titles) > 0 {
		t += " - " + strings.Join(f.Titles, ", ")
	}
	return t
}

// isApostrophe reports whether sep joins the parts of one name: "H'Nga".
func isApostrophe(sep string) bool { return sep == "'" || sep == "’" }

// isBareTitle reports whether t is a title head alone: "Phó Chủ tịch".
func isBareTitle(t string) bool {
	w := strings.Fields(strings.ToLower(t))
	if len(w) > 0 && viceMarkers.Has(w[0], lexicon.Exact) {
		w = w[1:]
	}
	return titleHeads.Has(strings.Join(w, " "), lexicon.Exact)
}

// bodyOf returns what follows the head of a title: "Hội Nông dân tỉnh"
// of "Chủ tịch Hội Nông dân tỉnh".
func bodyOf(t string) string {
	w := strings.Fields(t)
	start := 0
	if len(w) > 0 && viceMarkers.Has(strings.ToLower(w[0]), lexicon.Exact) {
		start = 1
	}
	for n := min(titleHeads.MaxWords(), len(w)-start); n >= 1; n-- {
		if titleHeads.Has(strings.ToLower(strings.Join(w[start:start+n], " ")), lexicon.Exact) {
			return strings.Join(w[start+n:], " ")
		}
	}
	return ""
}

// roles are lower-case words for a person's work, which with the body after
// them make a title: "cán bộ Phòng Cảnh sát giao thông".
var roles = lexicon.MustSet("person_roles")

// roleTitle reads "cán bộ Phòng Cảnh sát giao thông" at token i.
func (s *sentence) roleTitle(i int) string {
	n := s.match(roles, i)
	if n == 0 || i+n >= len(s.toks) || !s.spaced(i+n) || !s.upper(i+n) || s.match(organisationHeads, i+n) == 0 {
		return ""
	}
	end := s.nameEnd(i+n, len(s.toks))
	for end < len(s.toks) && s.spaced(end) && !s.upper(end) && s.titleStop(end) == 0 && s.match(unitStops, end) == 0 && end-i < 10 {
		end++
	}
	return trimClause(s.span(i, end))
}

// afterHouseNumber reports whether token i follows a house's number: a
// token holding a digit right before it, spaced, after a word of
// house_number_leads ("nhà số 92C").
func (s *sentence) afterHouseNumber(i int) bool {
	if i < 2 || !s.spaced(i) || !strings.ContainsAny(s.toks[i-1].Text, "0123456789") || !s.spaced(i-1) {
		return false
	}
	return s.matchBefore(houseNumberLeads, i-1) > 0
}
