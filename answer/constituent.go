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
	return analysis.IsWrittenStopword(s.lower[i]) || auxiliaries.Has(s.lower[i], lexicon.Exact)
}

// spaced reports whether word i of s follows the word before it after a
// single space: no comma, stop or bracket stands between them.
func spaced(s *sent, i int) bool {
	return i > 0 && i < len(s.starts) && s.text[s.ends[i-1]:s.starts[i]] == " "
}

// phraseEnd returns the end (exclusive) of the phrase that starts at word
// from of s: it runs over words one space apart, at most maxWords of them,
// and stops before a word that opens a new phrase. A phrase closer stays
// when the phrase ends after it: "mô hình tổ chức mới, được tổ chức …"
// ends after "mới", "thủ đoạn mới của tội phạm" too, but "Việt Nam mới có
// tấm HCV" before it.
func phraseEnd(s *sent, from, maxWords int) int {
	j := from
	for j < len(s.lower) && j-from < maxWords && (j == from || spaced(s, j)) {
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
	for end < len(s.lower) && end-start < maxListWords {
		next := end
		switch {
		case s.text[s.ends[end-1]:s.starts[end]] == listSeparator:
		case spaced(s, end) && listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1):
			next = end + 1
		default:
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
		end = e
	}
	return end
}

// asksList reports whether q asks for several things: "kể tên", "những …
// gì", "các … nào".
func asksList(q question) bool {
	return q.wh == whList || hasAny(q.words, pluralCues...)
}

// organisationHeads open the name of a body: "Cục", "Trung tâm", "Công an",
// "UBND". Matched in lower case as an article writes them.
var organisationHeads = lexicon.MustSet("organisation_heads")

// organisationHeadAt returns how many words of s from i are the head of a
// body's name, written with a capital ("Trung tâm", "Sở"), or 0.
func organisationHeadAt(s *sent, i int) int {
	if !isCapital(s, i) {
		return 0
	}
	for n := min(organisationHeads.MaxWords(), len(s.lower)-i); n >= 1; n-- {
		if n > 1 && !spaced(s, i+n-1) {
			continue
		}
		if organisationHeads.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
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
		sep := s.text[s.ends[end-1]:s.starts[end]]
		if isApostrophe(sep) {
			end++ // "K’lơng": one name
			continue
		}
		if sep != " " && !gluedAdmin(s, end) {
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
				placed = placed || afterPlaceName(s, end)
			}
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
		case placed || opensPhrase(s, end) || nameBreak(w) || end > body && verbAt(s, end) > 0:
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
}

// verbAt returns how many words of s from i are one of nameVerbs, or 0.
func verbAt(s *sent, i int) int {
	for _, set := range nameVerbs {
		for n := min(set.MaxWords(), len(s.lower)-i); n >= 1; n-- {
			if (n == 1 || spaced(s, i+n-1)) && set.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
				return n
			}
		}
	}
	return 0
}

// placeNames are the words written before a place's name ("tỉnh",
// "huyện", "thị trấn").
var placeNames = lexicon.MustSet("place_words")

// isApostrophe reports whether sep is an apostrophe inside a name ("K’Pa").
func isApostrophe(sep string) bool {
	return sep == "'" || sep == "’"
}

// noStop stops no name early.
func noStop(int) bool { return false }

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
		next := end
		switch {
		case s.text[s.ends[end-1]:s.starts[end]] == listSeparator:
		case spaced(s, end) && listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1):
			next = end + 1
		default:
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
		if spaced(s, i+n) && isCapital(s, i+n) && placeNames.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
			return n
		}
	}
	return 0
}

// afterPlaceName reports whether word i of s follows a word written before
// a place's name: "Thanh" of "tỉnh Thanh Hóa".
func afterPlaceName(s *sent, i int) bool {
	for n := 1; n <= placeNames.MaxWords() && n <= i; n++ {
		if placeNames.Has(strings.Join(s.lower[i-n:i], " "), lexicon.Exact) {
			return true
		}
	}
	return false
}

// titleHeadSet holds the words that open a person's title ("Cục trưởng",
// "Giám đốc"): a body's head that opens one names no body.
var titleHeadSet = lexicon.MustSet("title_heads")

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
// sentence names as doing it ("Số liệu do cơ quan nào công bố?": "Tổng cục
// Thống kê"): the body nearest before the question's verb, else the
// nearest after it ("đề nghị của Sở Giáo dục và Đào tạo"). The verb is the
// first word after the question word that s holds; when s holds none, a
// question that asks for a body (q.org) is answered from the matched words,
// another not at all.
func bodyIn(q question, content []word, s *sent, o overlap) string {
	verb := -1
	for _, w := range q.words[q.whEnd:] {
		if w.isFiller() || passiveWords.has(w.fold) {
			continue
		}
		verb = o.posOfWord(content, w)
		break
	}
	if verb < 0 {
		if !q.org || o.first < 0 {
			return ""
		}
		verb = o.first
	}
	bodies := bodiesIn(s, func(i int) bool { return i == verb })
	best := -1
	for i, b := range bodies {
		switch {
		case b[1] <= verb:
			best = i // the last before the verb
		case best < 0 && b[0] > verb:
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	// Bodies that do it together: "Bộ Giáo dục và Đào tạo (GD&ĐT) phối
	// hợp với Văn phòng Chủ tịch nước tổ chức".
	first := best
	for first > 0 && bodiesJoined(s, bodies[first-1][1], bodies[first][0]) {
		first--
	}
	return trimPunct(s.text[s.starts[bodies[first][0]]:s.ends[bodies[best][1]-1]])
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
	between := strings.TrimSpace(s.text[s.ends[end-1]:s.starts[start]])
	if strings.HasPrefix(between, "(") {
		close := strings.Index(between, ")")
		if close < 0 {
			return false
		}
		between = strings.TrimSpace(between[close+1:])
	}
	return bodyJoiners.Has(strings.ToLower(between), lexicon.Exact)
}
