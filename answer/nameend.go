package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// Where a name ends. The generators cut their spans with rules of their
// own, and a span of a name often stops before the name's end: "Đại học
// Sân khấu" of "Đại học Sân khấu - Điện ảnh Hà Nội", "Phó Trưởng ban Kinh
// tế" of "… Kinh tế - Ngân sách", "số 03/2022" of "03/2022/NQ-HĐND". One
// rule of Vietnamese news writing says where such a name goes on
// (nameEnd), and completeNames carries every candidate that ends inside
// one to the name's end, on a word boundary of its sentence.

// enDash parts the halves of a name as a dash does: "Bà Rịa – Vũng Tàu".
const enDash = " – "

// nameDashes part two halves of one name: "Sở Lao động - Thương binh và
// Xã hội", "Ban Kinh tế – Ngân sách".
var nameDashes = map[string]bool{nameDash: true, enDash: true}

// codeSeps join the parts of a document's number: "03/2022/NQ-HĐND".
var codeSeps = map[string]bool{"/": true, wordHyphen: true}

// codeOpen is the separator after a number that opens a document's code:
// "03/2022" of "03/2022/NQ-HĐND".
const codeOpen = "/"

// departmentLinks join a department's name to the domain it works on:
// "Cục Cảnh sát điều tra tội phạm về ma túy".
var departmentLinks = lexicon.MustSet("department_links")

// departmentDomains are the domains a police or state department is named
// by after departmentLinks: "ma túy", "trật tự xã hội".
var departmentDomains = lexicon.MustSet("department_domains")

// unitBodyHeads name a body by the unit of place after them, besides
// organisationHeads: "Đảng bộ tỉnh", "Hội đồng nhân dân tỉnh".
var unitBodyHeads = lexicon.MustSet("unit_body_heads")

// maxDomainItemLower is how many lower-case words may follow the capital
// of one item of a list inside a name: "Thể thao", "Du lịch".
const maxDomainItemLower = 2

// maxBareHeadWords is how many words may follow a body's head that stands
// alone at a span's end before the unit of place that ends its name:
// "Báo và phát thanh, truyền hình tỉnh".
const maxBareHeadWords = 7

// nameEnd returns the end (exclusive) of the name that the words [from,
// to) of s end inside: to when the name ends there. A name goes on
//   - over "/" and "-" glued inside a document's number ("03/2022/NQ-HĐND");
//   - over a dash between capitalised parts, after a part written with its
//     first syllable capital ("Sân khấu - Điện ảnh Hà Nội", "Kinh tế -
//     Ngân sách"), not before a title ("Vi Mạnh Hùng - Ủy viên …");
//   - over "," and "và" between such parts, when the list closes with "và"
//     and every item is one ("Văn hóa, Thể thao và Du lịch", "Quy hoạch,
//     Hội chợ và Triển lãm tỉnh Quảng Ninh"): a list of bodies ("Sở Y tế,
//     Sở Tài chính và …") or of names ("Hà Nội, Đà Nẵng và …") is not;
//   - over "về" and the domain of a department whose head the name holds
//     ("Cục Cảnh sát điều tra tội phạm về ma túy");
//   - over a body's head and the unit of place after it ("Nghị quyết Đại
//     hội Đảng bộ tỉnh", "đại diện lãnh đạo Công an tỉnh Bình Phước");
//   - after a head left alone, over lower-case words to the unit of place
//     that ends its name ("Tổng Biên tập Báo và phát thanh, truyền hình
//     tỉnh");
//   - over the bare number that closes a body's name ("Bộ Tư lệnh Vùng
//     Cảnh sát biển 4 cho biết"), not one that counts ("Công an tỉnh 3
//     năm liền": bodyNumberEnd).
//
// It stops at a clause boundary, a bracket, a verb, and a lower-case word
// that none of these carries. people are the names of the people of the
// articles: a person named after a unit of place is no part of a body.
func nameEnd(s *sent, from, to int, people nameRuns) int {
	for to > from && to < len(s.lower) {
		next := nameGoesOn(s, from, to, people)
		if next <= to {
			break
		}
		to = next
	}
	return to
}

// nameSteps are the ways a name goes on past a span's end, tried in
// order; each returns the new end, or the span's end when it does not
// apply.
var nameSteps = []func(s *sent, from, to int, people nameRuns) int{codeEnd, dashPartEnd, domainListEnd, departmentEnd, unitBodyEnd, bareHeadEnd, bodyNumberEnd}

// nameGoesOn returns where the name that ends at to (exclusive) in the span
// [from, to) of s ends after one step of nameEnd, or to.
func nameGoesOn(s *sent, from, to int, people nameRuns) int {
	for _, step := range nameSteps {
		if e := step(s, from, to, people); e > to {
			return e
		}
	}
	return to
}

// isCodePart reports whether t may be a part of a document's code: it
// opens with a digit or a capital ("2022", "NQ", "HĐND").
func isCodePart(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || unicode.IsUpper(r)
}

// codeEnd returns the end of a document's number whose first part, a
// number, ends the span at to: its parts glued by "/" and "-"
// ("03/2022/NQ-HĐND"); else to.
func codeEnd(s *sent, _, to int, _ nameRuns) int {
	last := s.text[s.starts[to-1]:s.ends[to-1]]
	if sepBefore(s, to) != codeOpen || strings.IndexFunc(last, unicode.IsDigit) < 0 {
		return to
	}
	e := to
	for e < len(s.lower) && codeSeps[sepBefore(s, e)] && isCodePart(s.text[s.starts[e]:s.ends[e]]) {
		e++
	}
	return e
}

// domainWordEndsAt reports whether the words of s before to end with a
// word of two syllables written with only its first one capital, as the
// parts of a body's name are ("Sân khấu", "Kinh tế", "Quy hoạch").
func domainWordEndsAt(s *sent, to int) bool {
	return to >= 2 && !isCapital(s, to-1) && spaced(s, to-1) && isCapital(s, to-2)
}

// titleStops are verbs and words that end a title or a name ("trình
// bày", "phát biểu").
var titleStops = lexicon.MustSet("title_stops")

// maxPartLowerRun bounds the lower-case words that go on with a part of a
// name after its capital: "Quản lý đầu tư xây dựng".
const maxPartLowerRun = 5

// partStop reports whether word j of s ends the part of a name before it:
// a word that opens a phrase or breaks a name, a verb, a word that ends a
// title ("trình bày"), unless it lies inside a noun such as "việc làm".
func partStop(s *sent, j int) bool {
	if nameBreak(s, s.lower[j]) || opensPhrase(s, j) {
		return true
	}
	return (verbAt(s, j) > 0 || phraseAt(s, titleStops, j) > 0 || phraseAt(s, speechVerbs, j) > 0) && !inStopCompound(s, j)
}

// stopCompounds are nouns inside names that hold a verb or a title stop
// ("việc làm", "dự án"): a part of a name goes on over them.
var stopCompounds = lexicon.MustSet("stop_compounds")

// inStopCompound reports whether word j of s lies inside a noun of
// stopCompounds ("Dịch vụ việc làm", "Quản lý dự án").
func inStopCompound(s *sent, j int) bool {
	for from := max(0, j-stopCompounds.MaxWords()+1); from <= j; from++ {
		if n := phraseAt(s, stopCompounds, from); n > 0 && from+n > j {
			return true
		}
	}
	return false
}

// namePartEnd returns the end (exclusive) of the part of a name that opens
// with a capital at word k of s ("Điện ảnh Hà Nội", "Ngân sách", "Quản lý
// đầu tư xây dựng"): capitalised words and the lower-case words after
// them, to a boundary, a word that ends a part (partStop), a title or a
// body's head, or a lower-case word after the proper part (two
// capitalised words after a lower-case one, "… Hà Nội cũng"); a unit of
// place goes on with its name ("tỉnh Quảng Ninh"), not with a person's.
// Lower-case words that run on past maxPartLowerRun reach no end: k, as
// when no part opens there.
func namePartEnd(s *sent, k int, people nameRuns) int {
	if k >= len(s.lower) || !isCapital(s, k) || titleAt(s, k) || titleHeadSet.Has(s.lower[k], lexicon.Exact) || organisationHeadAt(s, k) > 0 {
		return k
	}
	j, run, lower, placed := k, 0, 0, false
	for j < len(s.lower) && (j == k || spaced(s, j)) {
		if isCapital(s, j) {
			if j > k && (titleAt(s, j) || organisationHeadAt(s, j) > 0 || people.openAt(s, j)) {
				break
			}
			run++
			placed = placed || run >= properRun && j-run >= k
			lower = 0
			j++
			continue
		}
		if n := unitNameAt(s, j, people); n > 0 {
			j += n
			break
		}
		if placed || partStop(s, j) {
			break
		}
		run = 0
		lower++
		if lower > maxPartLowerRun {
			return k
		}
		j++
	}
	return j
}

// dashPartEnd returns the end of the part of a name after a dash that
// follows the span at to, when the span ends with a part of a body's name
// ("Đại học Sân khấu - Điện ảnh Hà Nội"); else to.
func dashPartEnd(s *sent, _, to int, people nameRuns) int {
	if !nameDashes[sepBefore(s, to)] || !domainWordEndsAt(s, to) || organisationHeadAt(s, to-2) == 2 {
		return to
	}
	return namePartEnd(s, to, people)
}

// domainItemEnd returns the end (exclusive) of one item of a list inside a
// name that opens at word k of s: a capital and at most
// maxDomainItemLower lower-case words ("Thể thao", "Du lịch"); k when none
// opens there.
func domainItemEnd(s *sent, k int) int {
	if k >= len(s.lower) || !isCapital(s, k) || titleAt(s, k) || titleHeadSet.Has(s.lower[k], lexicon.Exact) {
		return k
	}
	j := k + 1
	for j < len(s.lower) && j-k <= maxDomainItemLower && spaced(s, j) && !isCapital(s, j) && !nameBreak(s, s.lower[j]) && !opensPhrase(s, j) && verbAt(s, j) == 0 && placeNameAt(s, j) == 0 {
		j++
	}
	if j == k+1 {
		return k // a capital alone: a name, not a part of one
	}
	return j
}

// domainListEnd returns the end of the list of parts of one name that the
// span's last part opens at to: items parted by commas and closed by "và"
// ("Sở Văn hóa, Thể thao và Du lịch"), the last one with its place
// ("Triển lãm tỉnh Quảng Ninh"); else to.
func domainListEnd(s *sent, _, to int, people nameRuns) int {
	if !domainWordEndsAt(s, to) || organisationHeadAt(s, to-2) == 2 {
		return to
	}
	end := to
	for end < len(s.lower) {
		switch {
		case sepBefore(s, end) == listSeparator:
			e := domainItemEnd(s, end)
			if e == end {
				return to
			}
			end = e
		case spaced(s, end) && listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1):
			e := domainItemEnd(s, end+1)
			if e == end+1 {
				return to
			}
			return namePartEnd(s, end+1, people)
		default:
			return to
		}
	}
	return to
}

// holdsHead reports whether the words [from, to) of s hold the head of a
// body's name.
func holdsHead(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if organisationHeadAt(s, k) > 0 {
			return true
		}
	}
	return false
}

// phraseAt returns how many words of s from i, one space apart, are a
// phrase of set, the longest first; 0 when none.
func phraseAt(s *sent, set *lexicon.Set, i int) int {
	if i >= len(s.lower) || !set.StartsPhrase(s.lower[i], lexicon.Exact) {
		return 0
	}
	for n := min(set.MaxWords(), len(s.lower)-i); n >= 1; n-- {
		if (n == 1 || spaced(s, i+n-1)) && set.HasPhrase(s.lower[i:i+n], lexicon.Exact) {
			return n
		}
	}
	return 0
}

// departmentEnd returns the end of the domain a department's name gives
// after "về" ("… tội phạm về ma túy", "… về tham nhũng, kinh tế"), when
// the span holds a body's head; else to.
func departmentEnd(s *sent, from, to int, _ nameRuns) int {
	if !spaced(s, to) || !departmentLinks.Has(s.lower[to], lexicon.Exact) || !holdsHead(s, from, to) {
		return to
	}
	end := to + 1
	if !spaced(s, end) {
		return to
	}
	n := phraseAt(s, departmentDomains, end)
	if n == 0 {
		return to
	}
	end += n
	for end < len(s.lower) {
		next, ok := nextItem(s, end)
		if !ok {
			break
		}
		m := phraseAt(s, departmentDomains, next)
		if m == 0 {
			break
		}
		end = next + m
	}
	return end
}

// unitWordsAt returns how many words of s from i, in lower case, are a
// main unit of place ("tỉnh", "thành phố"), or 0.
func unitWordsAt(s *sent, i int) int {
	if isCapital(s, i) {
		return 0
	}
	return mainUnitAt(s, i)
}

// unitNameAt returns how many words of s from i are a main unit of place
// (unitWordsAt) and, after it, its capitalised name unless a person's
// name stands there (people); 0 when no unit
// stands there, or one stands before a lower-case word that may go on
// with its phrase: only a boundary, a word that opens a phrase or a verb
// ("tỉnh tổ chức") may follow a unit without its name.
func unitNameAt(s *sent, i int, people nameRuns) int {
	n := unitWordsAt(s, i)
	if n == 0 {
		return 0
	}
	e := i + n
	if e < len(s.lower) && spaced(s, e) && isCapital(s, e) {
		if people.openAt(s, e) {
			// "Phó Chủ tịch UBND tỉnh Phan Đình Khải": the person
			// the title is written before.
			return n
		}
		return e + capitalRun(s, e) - i
	}
	if e >= len(s.lower) || !spaced(s, e) || opensPhrase(s, e) || nameBreak(s, s.lower[e]) || verbAt(s, e) > 0 {
		return n
	}
	return 0
}

// unitBodyEnd returns the end of a body named by its head and its unit of
// place right after the span ("Đảng bộ tỉnh", "Công an tỉnh Bình
// Phước"), when the span ends with a noun; else to. A count ("75 năm
// thành lập", "56 chi, đảng bộ trực thuộc") names no body: the body after
// it is what the count is of.
func unitBodyEnd(s *sent, from, to int, people nameRuns) int {
	if !spaced(s, to) || opensPhrase(s, to-1) || isDigits(s.lower[from]) {
		return to
	}
	n := organisationHeadAt(s, to)
	if n == 0 && isCapital(s, to) {
		n = phraseAt(s, unitBodyHeads, to)
	}
	if n == 0 || titleAt(s, to) {
		return to
	}
	u := unitNameAt(s, to+n, people)
	if u == 0 {
		return to
	}
	return to + n + u
}

// bareHeadEnd returns, when the span ends with a body's head left alone
// ("Tổng Biên tập Báo"), the end of its name written in lower case up to
// and with the unit of place that closes it ("… Báo và phát thanh,
// truyền hình tỉnh"); else to.
func bareHeadEnd(s *sent, from, to int, _ nameRuns) int {
	head := -1
	for k := max(from, to-organisationHeads.MaxWords()); k < to; k++ {
		if organisationHeadAt(s, k) == to-k {
			head = k
			break
		}
	}
	if head < 0 {
		return to
	}
	for j := to; j < len(s.lower) && j-to < maxBareHeadWords; j++ {
		sep := sepBefore(s, j)
		if sep != " " && sep != listSeparator || isCapital(s, j) {
			return to
		}
		if u := unitWordsAt(s, j); u > 0 && j > to {
			// The unit closes the name; a capitalised run after it may
			// be the person the title is written before.
			return j + u
		}
		if listConjunctions.Has(s.lower[j], lexicon.Exact) {
			continue
		}
		if nameBreak(s, s.lower[j]) || opensPhrase(s, j) || verbAt(s, j) > 0 {
			return to
		}
	}
	return to
}

// completeNames carries the answer of each candidate whose end stands
// inside a name of its sentence to the name's end (nameEnd): "Tại khu vực
// Cung Quy hoạch." becomes "Tại khu vực Cung Quy hoạch, Hội chợ và Triển
// lãm tỉnh Quảng Ninh.". A value worked out, not written, is left alone.
func (d *document) completeNames(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.computed || len(c.refs) == 0 {
			continue
		}
		s, ok := d.sentOf[c.refs[0]]
		if !ok {
			continue
		}
		c.answer = completeName(s, c.answer, d.names)
	}
}

// answerStops are what an answer may end with after its last word.
const answerStops = ". "

// completeName returns answer carried to the end of the name its last
// words stand inside in s, or answer. The last words are the longest run
// of whole words of s the answer ends with.
func completeName(s *sent, answer string, people nameRuns) string {
	core := strings.TrimRight(answer, answerStops)
	from, to := tailIn(s, core)
	if to <= from {
		return answer
	}
	end := nameEnd(s, from, to, people)
	if end <= to {
		return answer
	}
	return core + s.text[wordEnd(s, to-1):wordEnd(s, end-1)] + answer[len(core):]
}

// tailIn returns the words [from, to) of s, the most of them, whose text
// ends core on a word boundary of core; from == to when none does.
func tailIn(s *sent, core string) (from, to int) {
	best := 0
	for e := range s.lower {
		if !strings.HasSuffix(core, s.text[s.starts[e]:s.ends[e]]) {
			// No run of words ending in word e ends core.
			continue
		}
		text := s.text[:s.ends[e]]
		for b := 0; b <= e; b++ {
			w := text[s.starts[b]:]
			if e-b+1 <= best || !strings.HasSuffix(core, w) {
				continue
			}
			if rest := core[:len(core)-len(w)]; rest != "" {
				r, _ := utf8.DecodeLastRuneInString(rest)
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			from, to, best = b, e+1, e-b+1
			break
		}
	}
	return from, to
}

// openAt reports whether the name of one of the people of n, of at least
// minBareNameRun syllables, opens at word i of s.
func (n nameRuns) openAt(s *sent, i int) bool {
	for _, run := range n {
		if len(run) >= minBareNameRun && i+len(run) <= len(s.fold) && slices.Equal(s.fold[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// maxBodyNumberDigits is how many digits the number that closes a body's
// name may have: "Vùng Cảnh sát biển 4", "Hải đội 401".
const maxBodyNumberDigits = 3

// numberBreaks are the signs that may follow the number closing a body's
// name: the end of its clause or a bracket.
const numberBreaks = ",;:()"

// bodyNumberEnd returns the end of a body's name that a bare number
// closes ("Bộ Tư lệnh Vùng Cảnh sát biển 4"): the span [from, to) holds a
// body's head, and the number follows its last word after a space, and is
// followed by the sentence's end, a break, or a verb ("… 4 cho biết");
// a number followed by a noun counts it ("Công an tỉnh 3 năm liền") and
// one glued to another part is a date or a code ("15/3"). Else to.
func bodyNumberEnd(s *sent, from, to int, _ nameRuns) int {
	if !spaced(s, to) || !isDigits(s.lower[to]) || len(s.lower[to]) > maxBodyNumberDigits || isDigits(s.lower[to-1]) {
		return to
	}
	head := false
	for k := from; k < to && !head; k++ {
		head = organisationHeadAt(s, k) > 0
	}
	if !head {
		return to
	}
	if e := to + 1; e < len(s.lower) {
		sep := strings.TrimSpace(sepBefore(s, e))
		switch {
		case sep == "":
			if verbAt(s, e) == 0 && phraseAt(s, speechVerbs, e) == 0 && phraseAt(s, titleStops, e) == 0 {
				return to
			}
		case !strings.ContainsAny(sep[:1], numberBreaks):
			return to
		}
	} else if rest := strings.TrimSpace(s.text[s.ends[to]:]); rest != "" && !strings.ContainsAny(rest[:1], numberBreaks+".!?") {
		return to
	}
	return to + 1
}
