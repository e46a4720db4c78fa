package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A span read from a sentence is a clean constituent: both its ends stand
// on word boundaries of the sentence, a noun phrase ends where a word opens
// the next phrase, and a list is taken whole. The helpers here find those
// ends; the readers of passage.go use them.

// phraseClosers may end a noun phrase as its last word ("mô hình tổ chức
// mới,", "dự án này"): elsewhere they open the next phrase.
var phraseClosers = lexicon.MustSet("phrase_closers")

// opensPhrase reports whether word i of s, as the article writes it, opens
// a new phrase rather than going on with the one before: a function word
// ("của", "để", "mà") or an auxiliary ("đã", "được").
func opensPhrase(s *sent, i int) bool {
	return functionWord(s, s.lower[i]) || auxiliaries.Has(s.lower[i], lexicon.Exact)
}

// spaced reports whether word i of s follows the word before it after a
// single space: no comma, stop or bracket stands between them.
func spaced(s *sent, i int) bool {
	return i > 0 && i < len(s.starts) && sepBefore(s, i) == " "
}

// gluedUnit is a sign written glued to the number before it, part of the
// word: "5%".
const gluedUnit = "%"

// sepBefore returns what stands between word i-1 and word i of s, less a
// sign glued to word i-1 ("5%, " parts "5%" from what follows by ", ").
func sepBefore(s *sent, i int) string {
	return strings.TrimPrefix(s.text[s.ends[i-1]:s.starts[i]], gluedUnit)
}

// wordEnd returns the byte offset where word i of s ends, a sign glued to
// it included: a span never ends between "5" and "%".
func wordEnd(s *sent, i int) int {
	if strings.HasPrefix(s.text[s.ends[i]:], gluedUnit) {
		return s.ends[i] + len(gluedUnit)
	}
	return s.ends[i]
}

// spanOf returns the words [from, to) of s as written, with the bracket
// that closes a note they open: "Sở Lao động - Thương binh và Xã hội
// (LĐ-TB&XH)".
func spanOf(s *sent, from, to int) string {
	if to <= from {
		return ""
	}
	t := s.text[s.starts[from]:wordEnd(s, to-1)]
	if strings.Count(t, noteOpen) > strings.Count(t, noteClose) && strings.HasPrefix(s.text[wordEnd(s, to-1):], noteClose) {
		t += noteClose
	}
	return t
}

// phraseEnd returns the end (exclusive) of the phrase that starts at word
// from of s: it runs over words one space apart, at most maxWords of them,
// and stops before a word that opens a new phrase. A phrase closer stays
// when the phrase ends after it: "mô hình tổ chức mới, được tổ chức …"
// ends after "mới", "thủ đoạn mới của tội phạm" too, but "Việt Nam mới có
// tấm HCV" before it.
func phraseEnd(s *sent, from, maxWords int) int {
	j := from
	for j < len(s.lower) && j-from < maxWords && (j == from || spaced(s, j) || commaCompound(s, j)) {
		if opensPhrase(s, j) {
			if j > from && phraseClosers.Has(s.lower[j], lexicon.Exact) && (j+1 >= len(s.lower) || !spaced(s, j+1) || opensPhrase(s, j+1)) {
				j++
			}
			break
		}
		j++
	}
	return j
}

// listSeparator parts the items of a list; listConjunctions join its last
// item ("và").
const listSeparator = ", "

var listConjunctions = lexicon.MustSet("list_conjunctions")

// maxListWords bounds a list taken whole, in words.
const maxListWords = 30

// maxItemWords bounds one item of a list, in words: a longer run after a
// comma is a clause, not an item.
const maxItemWords = 8

// listEnd returns the end (exclusive) of the list whose first item ends at
// end (exclusive) in s: the items that follow it, parted by commas or
// "và", each a phrase (phraseEnd), up to a clause boundary, a word that
// opens no phrase, or maxListWords words from start. "vũ khí, vật liệu nổ…"
// is one list; "đường huyết, mỡ máu để người dân …" ends before "để".
func listEnd(s *sent, start, end int) int {
	first := end
	for end < len(s.lower) && end-start < maxListWords {
		next, ok := nextItem(s, end)
		if !ok {
			return end
		}
		if opensPhrase(s, next) {
			return end
		}
		e := phraseEnd(s, next, maxItemWords)
		if e-next >= maxItemWords {
			// An item that runs on is a clause: the list ended before it.
			return end
		}
		if end == first && next == end && e < len(s.lower) && spaced(s, e) && auxiliaries.Has(s.lower[e], lexicon.Exact) {
			// A second item after a comma, with no "và" to close the
			// list, that an auxiliary follows is the subject of a new
			// clause: "mua bán đá quý, nhóm đối tượng đã …" lists one
			// thing ("giấy phép, nồng độ cồn và tốc độ đã được …" three).
			return end
		}
		end = e
	}
	return end
}

// nextItem returns where the next item of a list starts after an item
// that ends at end in s: after a comma, or after "và" between spaces; ok
// is false when neither follows.
func nextItem(s *sent, end int) (next int, ok bool) {
	switch {
	case sepBefore(s, end) == listSeparator:
		return end, true
	case spaced(s, end) && listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1):
		return end + 1, true
	}
	return end, false
}

// pluralReach is how many words before its question word a plural cue
// may stand and still make the thing asked plural: "những tang vật gì".
const pluralReach = 3

// asksList reports whether q asks for several things: "kể tên", "những …
// gì", "gồm những ai", "các … nào". The plural cue stands in the phrase
// of the question word ("kiểm tra những gì", "khám những bệnh gì"): one
// on another noun of the question ("các đại biểu ôn lại truyền thống
// gì") does not make the thing asked plural, nor does one in a question
// that asks for a number.
func asksList(q question) bool {
	if q.wh == whList {
		return true
	}
	if q.whAt < 0 || q.wh == whCount || q.wh == whNumber {
		return false
	}
	return pluralCuesList.in(q.words[max(0, q.whAt-pluralReach):q.whEnd])
}

// listItemSeparators part the items of a list an answer holds: "vũ khí,
// vật liệu nổ", "Lê Thị Hiền; Hà Thị Vui".
var listItemSeparators = []string{listSeparator, "; "}

// minListItems is how many items make a list.
const minListItems = 2

// listItems returns how many items answer holds: one more than the
// separators that part them. "và" is not counted: it joins verbs and
// clauses as often as the last item of a list ("tư vấn sức khỏe và nhận
// thuốc").
func listItems(answer string) int {
	n := 1
	for _, sep := range listItemSeparators {
		n += strings.Count(answer, sep)
	}
	return n
}

// listWritten reports whether answer is a list of several items as
// sentence s writes it: not items a generator joined.
func listWritten(s *sent, answer string) bool {
	return listItems(answer) >= minListItems && strings.Contains(s.text, answer)
}

// organisationHeads open the name of a body: "Cục", "Trung tâm", "Công an",
// "UBND". Matched in lower case as an article writes them.
var organisationHeads = lexicon.MustSet("organisation_heads")

// organisationHeadAt returns how many words of s from i are the head of a
// body's name, written with a capital ("Trung tâm", "Sở"), or 0.
func organisationHeadAt(s *sent, i int) int {
	if !isCapital(s, i) || !organisationHeads.StartsPhrase(s.lower[i], lexicon.Exact) {
		return 0
	}
	for n := min(organisationHeads.MaxWords(), len(s.lower)-i); n >= 1; n-- {
		if n > 1 && !spaced(s, i+n-1) {
			continue
		}
		if organisationHeads.HasPhrase(s.lower[i:i+n], lexicon.Exact) {
			return n
		}
	}
	return 0
}

// maxOrganisationWords bounds the name of a body, in words.
const maxOrganisationWords = 14

// properRun is how many capitalised words after a lower-case one make the
// proper part that ends a body's name ("Liên đoàn điền kinh Việt Nam").
const properRun = 2

// organisationEnd returns the end (exclusive) of the name of a body whose
// head stands at word at of s. Vietnamese writes only the first syllable
// of such a name with a capital ("Cục Quản lý chất lượng", "Trung tâm dự
// báo khí tượng thủy văn quốc gia"), so the name runs on over lower-case
// words, to a comma, a bracket or another boundary, a word that opens a
// new phrase ("của", "đã"), or stop (the question's verb, "công bố" of
// "Tổng cục Thống kê công bố"). "và" before a capital goes on with it
// ("Sở Giáo dục và Đào tạo"), unless a body's head follows it, and a body
// inside the name goes on with it ("Văn phòng thường trực Ban Chỉ đạo quốc
// gia"). Once the name has reached its proper
// part — a place after an administrative word ("Công an huyện Bình
// Chánh"), a number ("cơ sở 2"), or two capitalised words after lower-case
// ones ("… điền kinh Việt Nam") — only another place or number goes on
// with it: a lower-case word after it is the sentence's verb.
func organisationEnd(s *sent, at int, stop func(int) bool) int {
	head := organisationHeadAt(s, at)
	if head == 0 {
		return at
	}
	end := at + head
	// body is where the words after the latest head start; placed: the
	// proper part is reached; run: capitalised words in a row, counted
	// only after a lower-case word of the body other than "và".
	body, placed, run, counting := end, false, 0, false
	for end < len(s.lower) && end-at < maxOrganisationWords && !stop(end) {
		sep := sepBefore(s, end)
		if isApostrophe(sep) {
			end++ // "K’lơng": one name
			continue
		}
		if j := noteEnd(s, end); j > end {
			// "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Chi
			// nhánh Huế": the name's note, and a body after it.
			end, placed = j, true
			if j < len(s.lower) && strings.HasPrefix(sepBefore(s, j), noteClose+" ") && organisationHeadAt(s, j) > 0 {
				n := organisationHeadAt(s, j)
				end += n
				body, placed, run, counting = end, false, 0, false
			}
			continue
		}
		if sep != " " && sep != wordHyphen && !gluedAdmin(s, end) && !commaCompound(s, end) && !namePartDash(s, end) {
			break
		}
		w := s.lower[end]
		if n := organisationHeadAt(s, end); n > 0 {
			if listConjunctions.Has(s.lower[end-1], lexicon.Exact) {
				// "… cơ sở 2 và Bệnh viện Phụ sản …": the next body of a
				// list (organisationListEnd).
				return end - 1
			}
			// A body inside the name: "Văn phòng thường trực Ban Chỉ đạo".
			end += n
			body, placed, run, counting = end, false, 0, false
			continue
		}
		if isCapital(s, end) {
			if run == 0 && end > body {
				counting = !isCapital(s, end-1) && !listConjunctions.Has(s.lower[end-1], lexicon.Exact)
			}
			// "TAND TP Cần Thơ": a place's name after its administrative
			// word, in capitals too, is the proper part; so is a city or
			// province written right after a head in capitals ("TAND
			// TPHCM"), not any capital ("UBND Thành phố Hà Nội", "TAND Tối
			// cao").
			placed = placed || end > body && afterPlaceName(s, end) || end == body && end > at && analysis.IsCode(s.text[s.starts[end-1]:s.ends[end-1]]) && cityProvinces.Has(s.fold[end], lexicon.Exact)
			run++
			placed = placed || counting && run >= properRun
			end++
			continue
		}
		run = 0
		switch {
		case isNumberWord(w):
			placed = true
		case listConjunctions.Has(w, lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1) && isCapital(s, end+1):
			// "và" before a capital: the name goes on.
		case placeNameAt(s, end) > 0:
			// "huyện Bình Chánh", "thị trấn Phú Túc": a place goes on.
			end += placeNameAt(s, end)
			continue
		case nominalizers.Has(w, lexicon.Exact) && !isCapital(s, end-1), syllableOfCapital(s, end):
			// "Phòng Cảnh sát hình sự", "Phòng Cảnh sát Hình sự": the
			// second syllable of a word.
			if placed {
				return end
			}
		case placed || opensPhrase(s, end) || nameBreak(s, w) || end > body && verbAt(s, end) > 0:
			return end
		}
		end++
	}
	return end
}

// nameVerbs are verbs that follow the name of a body as its sentence's
// verb ("… tổ chức", "… cho biết", "… trao tặng"): a name ends before
// them, unless one comes right after the head ("Ban tổ chức").
var nameVerbs = []*lexicon.Set{
	lexicon.MustSet("question_verbs"), lexicon.MustSet("organise_verbs"),
	lexicon.MustSet("event_verbs"), lexicon.MustSet("give_verbs"),
	lexicon.MustSet("court_verbs"),
}

// verbAt returns how many words of s from i are one of nameVerbs, or 0.
func verbAt(s *sent, i int) int {
	for _, set := range nameVerbs {
		if i >= len(s.lower) || !set.StartsPhrase(s.lower[i], lexicon.Exact) {
			continue
		}
		for n := min(set.MaxWords(), len(s.lower)-i); n >= 1; n-- {
			if (n == 1 || spaced(s, i+n-1)) && set.HasPhrase(s.lower[i:i+n], lexicon.Exact) {
				return n
			}
		}
	}
	return 0
}

// commaCompounds are pairs of words written with a comma inside one name
// or phrase: "phòng, chống".
var commaCompounds = lexicon.MustSet("comma_compounds")

// commaCompound reports whether word i of s follows the word before it
// after a comma inside a pair written that way ("phòng, chống").
func commaCompound(s *sent, i int) bool {
	return i > 0 && i < len(s.lower) && sepBefore(s, i) == listSeparator &&
		commaCompounds.Has(s.lower[i-1]+listSeparator+s.lower[i], lexicon.Exact)
}

// nominalizers make a noun of what follows, and are the second syllable
// of words too ("hình sự").
var nominalizers = lexicon.MustSet("nominalizers")

// wordHyphen joins the parts of one word without spaces: "Sở VH-TT-DL".
const wordHyphen = "-"

// nameDash parts two halves of one body's name: "Sở Lao động - Thương
// binh và Xã hội", "Ban Thi đua - Khen thưởng".
const nameDash = " - "

// namePartDash reports whether word i of s goes on with a body's name
// after a dash: a capitalised word that opens no title ("- Giám đốc …"
// gives a person's title, not a part of the name).
func namePartDash(s *sent, i int) bool {
	return sepBefore(s, i) == nameDash && isCapital(s, i) && !titleAt(s, i) && !titleHeadSet.Has(s.lower[i], lexicon.Exact)
}

// noteOpen and noteClose bracket a note after a name: "(Vietcombank)".
const (
	noteOpen  = "("
	noteClose = ")"
)

// maxNoteWords bounds the note in brackets a body's name keeps.
const maxNoteWords = 4

// noteSeps are what may stand between the words of a note a name keeps:
// "(GD&ĐT)", "(LĐ-TB&XH)", "(Bộ GD&ĐT)".
var noteSeps = map[string]bool{" ": true, "-": true, "&": true, "/": true, ".": true}

// noteEnd returns the end (exclusive) of the note in brackets that opens
// before word i of s, when it holds at most maxNoteWords capitalised words
// and closes right after them: an abbreviation or a place written after a
// name ("Cục Quản lý chất lượng (Bộ GD&ĐT)", "Công an TP.Dĩ An (Bình
// Dương)"). Else i.
func noteEnd(s *sent, i int) int {
	if i >= len(s.lower) || !strings.HasSuffix(strings.TrimSpace(sepBefore(s, i)), noteOpen) || strings.TrimSpace(sepBefore(s, i)) != noteOpen {
		return i
	}
	j := i
	for j < len(s.lower) && j-i < maxNoteWords && isCapital(s, j) && (j == i || noteSeps[sepBefore(s, j)]) {
		j++
	}
	if j == i || !strings.HasPrefix(s.text[wordEnd(s, j-1):], noteClose) {
		return i
	}
	return j
}

// isApostrophe reports whether sep is an apostrophe inside a name ("K’Pa").
func isApostrophe(sep string) bool {
	return sep == "'" || sep == "’"
}

// noStop stops no name early.
func noStop(int) bool { return false }

// placedBodyEnd returns the end (exclusive) of the name of a body whose
// capitalised head stands at word k of s when that name reaches a proper
// part in capitals past its head ("Tòa án nhân dân thành phố Hà Nội",
// "TAND tỉnh Hải Phòng"); k when it does not: a head alone, or one that
// opens a sentence in lower-case words ("Tòa tuyên phạt"), names no body.
func placedBodyEnd(s *sent, k int) int {
	head := organisationHeadAt(s, k)
	if head == 0 {
		return k
	}
	end := organisationListEnd(s, organisationEnd(s, k, noStop))
	for i := k + head; i < end; i++ {
		if isCapital(s, i) {
			return end
		}
	}
	return k
}

// organisationHead returns where the name of a body starts when the noun
// a question asks about stands at k of s and the name's first capital at
// j: at k when the noun is itself the head ("Cục" of "cục nào": "Cục Quản
// lý chất lượng"), at j when the name opens with one ("đơn vị" … "Công an
// huyện Bình Chánh"); else -1.
func organisationHead(s *sent, k, j int) int {
	switch {
	case organisationHeadAt(s, k) > 0:
		return k
	case organisationHeadAt(s, j) > 0:
		return j
	}
	return -1
}

// organisationListEnd returns the end (exclusive) of the list of bodies
// whose first name ends at end in s: the names of bodies that follow it,
// parted by commas or "và" ("Trường Tiểu học Phạm Hồng Thái, Trường Mầm
// non 1/6").
func organisationListEnd(s *sent, end int) int {
	for end < len(s.lower) {
		next, ok := nextItem(s, end)
		if !ok {
			return end
		}
		if organisationHeadAt(s, next) == 0 {
			return end
		}
		end = organisationEnd(s, next, noStop)
	}
	return end
}

// placeNameAt returns how many words of s from i are a word written before
// a place's name ("huyện", "thị trấn") followed by a capitalised name, or
// 0.
func placeNameAt(s *sent, i int) int {
	for n := min(placeNames.MaxWords(), len(s.lower)-i-1); n >= 1; n-- {
		if spaced(s, i+n) && isCapital(s, i+n) && placeNames.HasPhrase(s.lower[i:i+n], lexicon.Exact) {
			return n
		}
	}
	return 0
}

// afterPlaceName reports whether word i of s follows a word written before
// a place's name: "Thanh" of "tỉnh Thanh Hóa".
func afterPlaceName(s *sent, i int) bool {
	return phraseEndsAt(s, placeNames, i)
}

// bodiesIn returns the names of bodies that s gives, as word ranges
// [from, to), in order; each ends before stop.
func bodiesIn(s *sent, stop func(int) bool) [][2]int {
	var out [][2]int
	for i := 0; i < len(s.lower); i++ {
		n := organisationHeadAt(s, i)
		if n == 0 || titleAt(s, i) {
			continue
		}
		end := organisationEnd(s, i, stop)
		if end-i >= minBodyWords {
			out = append(out, [2]int{i, end})
			i = end - 1
		}
	}
	return out
}

// minBodyWords is the fewest words of a body's name: a head alone ("Bộ")
// names none.
const minBodyWords = 2

// titleAt reports whether a person's title starts at word i of s: "Cục
// trưởng", not "Cục Quản lý".
func titleAt(s *sent, i int) bool {
	for n := min(titleHeadSet.MaxWords(), len(s.lower)-i); n >= 2; n-- {
		if spaced(s, i+n-1) && titleHeadSet.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
			return true
		}
	}
	return false
}

// bodyIn answers who did what the question asks about with the body the
// sentence names as doing it, a title before it included ("Giám đốc Công
// an tỉnh"). A question whose words go on after its question word
// ("Cơ quan nào công bố số liệu?", "Số liệu do cơ quan nào công bố?") asks
// for the subject of its verb: the body nearest before the verb, else the
// nearest after it ("đề nghị của Sở Giáo dục và Đào tạo"). A question that
// ends with its question word ("… thuộc đơn vị nào?", "… của cơ quan
// nào?") asks for what follows its last words: the first body after them.
// A body the question names itself is no answer. When s holds none of
// the words, a question that asks for a body (q.org) is answered from the
// matched words, another not at all.
func bodyIn(q question, content []word, s *sent, o overlap) string {
	object := true
	for _, w := range q.words[q.whEnd:] {
		if !w.isFiller() && !passiveMarkers.Has(w.fold, lexicon.Folded) {
			object = false
		}
	}
	anchor := -1
	if object {
		anchor = alignedEnd(s, q.words[:q.whAt], q.lang)
	} else {
		for _, w := range q.words[q.whEnd:] {
			if w.isFiller() || passiveMarkers.Has(w.fold, lexicon.Folded) || !inContent(content, w) {
				continue
			}
			anchor = o.posOfWord(content, w)
			if anchor >= 0 && s.fold[anchor] != w.key(q.lang) {
				// Found only as a typo or a synonym ("thông" for
				// "phòng"): not the verb.
				anchor = -1
			}
			break
		}
	}
	stop, found := func(i int) bool { return i == anchor }, true
	if anchor < 0 {
		if !q.org || o.first < 0 {
			return ""
		}
		// The verb is not there ("Theo Trung tâm dự báo …" for "cơ quan
		// nào đưa ra dự báo"): the body that holds or precedes the
		// matched words.
		anchor, object, stop, found = o.first, false, noStop, false
	}
	var bodies [][2]int
	for _, b := range bodiesIn(s, stop) {
		// A body the question names is no answer; nor, when a body is
		// asked for, one a person's title holds ("Phó Giám đốc Sở VH-TT-
		// DL"): the person acts.
		if !namedBy(q, s, b) && !(q.org && titleBefore(s, b[0]) >= 0) {
			bodies = append(bodies, b)
		}
	}
	part := partsOf(s)
	best := -1
	for i, b := range bodies {
		if found && !q.org && (part[b[0]] != part[anchor] || b[1] <= anchor && anchor-b[1] > maxAgentDistance) {
			// A person was asked for: a body in another part of the
			// sentence ("Công an TP.Dĩ An cho biết, … một người tử
			// vong"), or far before the verb, did not do it.
			continue
		}
		switch {
		case object:
			if best < 0 && b[0] > anchor {
				best = i
			}
		case b[0] <= anchor && (b[1] <= anchor || !found):
			best = i // the last before the verb, or holding the words
		case best < 0 && b[0] > anchor && agentAfter(s, anchor, titledFrom(s, b[0])):
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	if !object && best > 0 && comitativeBefore(s, bodies[best][0]) && !bodiesJoined(s, bodies[best-1][1], bodies[best][0]) && part[bodies[best-1][0]] == part[bodies[best][0]] {
		// "Chi cục … cho biết đã cùng Trung tâm … đến xác minh": the
		// body after "cùng" goes with the one before, which acts.
		best--
	}
	first, end := best, bodies[best][1]
	if object {
		// "Những nhà tài trợ … là ai?": every body of the list.
		end = organisationListEnd(s, end)
	} else {
		// Bodies that do it together: "Bộ Giáo dục và Đào tạo (GD&ĐT)
		// phối hợp với Văn phòng Chủ tịch nước tổ chức".
		for first > 0 && bodiesJoined(s, bodies[first-1][1], bodies[first][0]) {
			first--
		}
	}
	from := bodies[first][0]
	if !q.org {
		// A person was asked for: "Giám đốc Công an tỉnh".
		from = titledFrom(s, from)
	}
	return trimPunct(spanOf(s, from, end))
}

// comitativeMarkers put a companion after them: "cùng".
var comitativeMarkers = lexicon.MustSet("comitative_markers")

// comitativeBefore reports whether a word of comitativeMarkers stands
// right before word at of s.
func comitativeBefore(s *sent, at int) bool {
	return at > 0 && spaced(s, at) && comitativeMarkers.Has(s.lower[at-1], lexicon.Exact)
}

// agentMarkers put the one who acts after the verb: "đề nghị của Sở …",
// "do Bộ Y tế ban hành".
var agentMarkers = lexicon.MustSet("agent_markers")

// maxAgentDistance is how many words may stand between a body and the
// verb it does: "UBND tỉnh đã có các quyết định công nhận".
const maxAgentDistance = 6

// maxAgentGap is how many words may stand between a verb and the marker
// that puts its agent after it ("đề nghị của": one).
const maxAgentGap = 2

// agentAfter reports whether the body whose name (with its title) starts
// at word at of s is the agent of the verb at word verb: a marker stands
// right before it, close after the verb.
func agentAfter(s *sent, verb, at int) bool {
	m := at - 1
	return m > verb && m-verb <= maxAgentGap && spaced(s, at) && agentMarkers.Has(s.lower[m], lexicon.Exact)
}

// inContent reports whether w is one of the question's content words.
func inContent(content []word, w word) bool {
	for _, c := range content {
		if c.fold == w.fold {
			return true
		}
	}
	return false
}

// alignedEnd returns where in s the last of ws ends when the content words
// of ws are read in their order: each at its first place at or after the
// one before ("Đoàn Đặc nhiệm … thuộc" finds the "thuộc" after "Đoàn Đặc
// nhiệm", not an earlier one); -1 when s holds none.
func alignedEnd(s *sent, ws []word, lang string) int {
	at := -1
	for _, w := range ws {
		if w.isFiller() || analysis.IsStopword(w.text) {
			continue
		}
		ps := s.pos[w.key(lang)]
		next := -1
		for _, p := range ps {
			if p > at {
				next = p
				break
			}
		}
		if next < 0 && len(ps) > 0 && at < 0 {
			next = ps[0]
		}
		if next >= 0 {
			at = next
		}
	}
	return at
}

// namedBy reports whether the question itself names body b of s: it
// writes the body's first words, its head and the word after it, side by
// side ("lãnh đạo Bộ Công an" of "… báo cáo lãnh đạo Bộ Công an"). A
// question that shares other words with it ("phòng, chống ma túy" of "Cục
// phòng, chống ma túy") does not name it.
func namedBy(q question, s *sent, b [2]int) bool {
	n := min(b[1]-b[0], organisationHeadAt(s, b[0])+1)
	ws := make([]word, 0, len(q.words))
	for _, w := range q.words {
		ws = append(ws, word{text: w.fold, fold: w.fold})
	}
	return findPhrase(ws, strings.Join(s.fold[b[0]:b[0]+n], " ")) >= 0
}

// titledFrom returns where the body whose name starts at word at of s
// starts with the titles written before it: "Giám đốc và Phó Giám đốc
// Công an tỉnh" answers who acted, not the body alone.
func titledFrom(s *sent, at int) int {
	from := at
	for {
		k := titleBefore(s, from)
		if k < 0 {
			k = roleBefore(s, from)
		}
		if k < 0 {
			return from
		}
		from = k
		if from >= 2 && spaced(s, from) && listConjunctions.Has(s.lower[from-1], lexicon.Exact) && titleBefore(s, from-1) >= 0 {
			from--
		}
	}
}

// bodyRoles name people by their place in a body: "lãnh đạo", "đại
// diện".
var bodyRoles = lexicon.MustSet("body_roles")

// roleBefore returns where a word of bodyRoles that ends right before word
// at of s starts ("Đại diện lãnh đạo" before "UBND phường"), or -1.
func roleBefore(s *sent, at int) int {
	for n := min(bodyRoles.MaxWords(), at); n >= 1; n-- {
		k := at - n
		ok := spaced(s, at)
		for m := k + 1; m < at; m++ {
			ok = ok && spaced(s, m)
		}
		if ok && bodyRoles.Has(strings.Join(s.lower[k:at], " "), lexicon.Exact) {
			return k
		}
	}
	return -1
}

// titleBefore returns where a title that ends right before word at of s
// starts ("Phó Giám đốc" before "Công an tỉnh"), or -1.
func titleBefore(s *sent, at int) int {
	for n := min(titleHeadSet.MaxWords()+1, at); n >= 1; n-- {
		k := at - n
		if !spaced(s, at) || !isCapital(s, k) {
			continue
		}
		ok := true
		for m := k + 1; m <= at && m < len(s.lower); m++ {
			ok = ok && (m == at || spaced(s, m))
		}
		if ok && titleHeadSet.Has(strings.Join(s.lower[k:at], " "), lexicon.Exact) {
			return k
		}
	}
	return -1
}

// bodyJoiners join two bodies that do one thing together: "phối hợp với",
// "và".
var bodyJoiners = lexicon.MustSet("body_joiners")

// bodiesJoined reports whether the words of s between end (the end of one
// body's name) and start (the next one's head) join them: a joiner, after
// a note in brackets if any ("(GD&ĐT) phối hợp với").
func bodiesJoined(s *sent, end, start int) bool {
	if end >= start || !spaced(s, start) {
		return false
	}
	between := strings.TrimSpace(strings.TrimPrefix(s.text[s.ends[end-1]:s.starts[start]], noteClose))
	if strings.HasPrefix(between, noteOpen) {
		close := strings.Index(between, noteClose)
		if close < 0 {
			return false
		}
		between = strings.TrimSpace(between[close+1:])
	}
	return bodyJoiners.Has(strings.ToLower(between), lexicon.Exact)
}

// maxClauseWords bounds the clause kept when no part of a sentence answers
// (clauseAround), in words.
const maxClauseWords = 25

// clauseFallbackFactor scales the confidence of such a clause: it holds
// the answer at best among other words.
const clauseFallbackFactor = 0.3

// clauseAround returns the short clause of s that holds the question's
// matched words, cut at clause boundaries: the parts of the sentence
// between commas (not those inside brackets), semicolons and colons that
// hold the matched words, and the parts beside them, after first, while
// the clause stays within maxClauseWords and inside its semicolons and
// colons. "HTX … Đoàn Kết, thị xã Buôn Hồ" for "HTX Đoàn Kết ở đâu?".
// "" when s holds none of the words, or they are spread too far apart.
func clauseAround(s *sent, o overlap) string {
	if o.first < 0 || o.last < o.first || o.last >= len(s.lower) {
		return ""
	}
	part := partsOf(s)
	from, to := o.first, o.last+1
	for from > 0 && part[from-1] == part[o.first] {
		from--
	}
	for to < len(s.lower) && part[to] == part[o.last] {
		to++
	}
	if to-from > maxClauseWords {
		return ""
	}
	for grown := true; grown; {
		grown = false
		if to < len(s.lower) && s.clause[to] == s.clause[to-1] {
			next := to
			for next < len(s.lower) && part[next] == part[to] {
				next++
			}
			if next-from <= maxClauseWords {
				to, grown = next, true
			}
		}
		if from > 0 && s.clause[from-1] == s.clause[from] {
			prev := from
			for prev > 0 && part[prev-1] == part[from-1] {
				prev--
			}
			if to-prev <= maxClauseWords {
				from, grown = prev, true
			}
		}
	}
	return trimPunct(strings.TrimRight(spanOf(s, from, to), ".…"))
}

// partsOf numbers, per word of s, the part of the sentence it is in:
// parts are parted by commas, semicolons and colons outside brackets.
func partsOf(s *sent) []int {
	parts := make([]int, len(s.lower))
	n, depth := 0, 0
	for i := range s.lower {
		if i > 0 {
			sep := s.text[s.ends[i-1]:s.starts[i]]
			for _, r := range sep {
				switch r {
				case '(':
					depth++
				case ')':
					depth = max(0, depth-1)
				case ',', ';', ':':
					if depth == 0 || r != ',' {
						n++
					}
				}
			}
		}
		parts[i] = n
	}
	return parts
}

// mayHold reports whether a clause kept when no answer could be cut from
// its sentence may hold the answer q asks for: a place asked for, a
// capitalised name or a place noun ("xã", "đường"); a time asked for, a
// time expression of any kind or a time of day ("sáng", "chiều"). A count
// or a number is never kept so: the quantities read from the text know
// what their numbers count.
func mayHold(q question, clause string) bool {
	toks := analysis.Tokens(clause)
	switch q.wh {
	case whWhere:
		return capitalisedAfterFirst(toks) > 0 || placeNouns.hasAny(toks)
	case whWhen:
		if len(analysis.Times(clause)) > 0 {
			return true
		}
		for _, t := range toks {
			if timesOfDay.Has(analysis.Lower(t.Text), lexicon.Exact) {
				return true
			}
		}
	}
	return false
}

// maxDoerGap is how many auxiliaries ("đã", "đang", "vừa") may stand
// between a body and the verb it does.
const maxDoerGap = 2

// doerBodyIn answers a who-question that asks who did its verb, the
// question word first (asksDoer: "Ai chỉ định Ban Chấp hành?", "Ai tổ
// chức hội đua bò?"), with the body its sentence writes right before that
// verb, only auxiliaries between and no passive marker ("Bộ Chính trị đã
// chỉ định Ban Chấp hành", "do Sở Văn hóa - Thể thao phối hợp Sở Du lịch
// TPHCM tổ chức"), the titles written before it included ("Bộ trưởng Bộ
// Công an đã quyết định"): the people the sentence names elsewhere did not
// do it, unless one of names, the people s names, stands before the body
// or in it: the title is then that person's. A body the question names
// itself is no answer. "" when no body stands there.
func doerBodyIn(q question, content []word, s *sent, o overlap, names []string) string {
	if !asksDoer(q) {
		return ""
	}
	anchor := -1
	for i := q.whEnd; i < len(q.words); i++ {
		w := q.words[i]
		if passiveMarkers.Has(w.fold, lexicon.Folded) {
			return "" // "Ai được tặng …" asks who received
		}
		if w.isFiller() || !inContent(content, w) {
			continue
		}
		anchor = o.posOfWord(content, w)
		if anchor >= 0 && s.fold[anchor] != w.key(q.lang) {
			anchor = -1 // a typo or a synonym is not the verb
		}
		// The verb opens with the question's words before this one that
		// the sentence writes right before it ("chỉ" of "chỉ định").
		for k := i - 1; anchor > 0 && k >= q.whEnd && s.fold[anchor-1] == q.words[k].fold; k-- {
			anchor--
		}
		break
	}
	if anchor <= 0 {
		return ""
	}
	bodies := bodiesIn(s, func(i int) bool { return i == anchor })
	for i := len(bodies) - 1; i >= 0; i-- {
		b := bodies[i]
		if b[1] > anchor {
			continue
		}
		k := b[1]
		for k < anchor && k-b[1] < maxDoerGap && auxiliaries.Has(s.lower[k], lexicon.Exact) && !passiveMarkers.Has(s.lower[k], lexicon.Folded) {
			k++
		}
		if k != anchor || strings.ContainsAny(s.text[s.ends[b[1]-1]:s.starts[anchor]], ",;:()") || namedBy(q, s, b) {
			return ""
		}
		first := i
		for first > 0 && bodiesJoined(s, bodies[first-1][1], bodies[first][0]) {
			first--
		}
		from := titledFrom(s, bodies[first][0])
		if namesBefore(s, s.ends[b[1]-1], names) {
			// "Đại tá Võ Trọng Hải - …, Giám đốc Công an Nghệ An trao",
			// "Chủ tịch UBND tỉnh Lê Văn Dũng tặng": the title is the
			// person's, who did it.
			return ""
		}
		return trimPunct(spanOf(s, from, b[1]))
	}
	return ""
}

// asksDoer reports whether q asks who did its verb, the who-word first
// ("ai", or a body's "cơ quan nào", "đơn vị nào"): the questions
// doerBodyIn answers.
func asksDoer(q question) bool {
	return q.wh == whWho && q.whAt == 0
}

// namesBefore reports whether one of names stands in s before offset at,
// no semicolon between.
func namesBefore(s *sent, at int, names []string) bool {
	for _, n := range names {
		k := strings.LastIndex(s.text[:at], n)
		if k >= 0 && !strings.Contains(s.text[k+len(n):at], ";") {
			return true
		}
	}
	return false
}
