package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A news report packs many numbers into one sentence ("đạt 118,9 triệu
// USD, tăng 0,91%; nhóm nông lâm sản chiếm tỷ trọng 0,16%, đạt 5,32 triệu
// USD"). Each number belongs to the words written right before it — the
// verb (tăng, đạt, chiếm, vinh danh), or the name of a part ("Đà Nẵng
// tăng 22,2%", "(Điện Biên 82, Lào Cai 3)") — and to the noun after it,
// its unit. This file reads the words before.

// maxGovernor is how many content words before a number say what it is.
const maxGovernor = 2

// maxListItems is how many items of a list ("tăng 1 HCV, 1 HCB") a
// number's governor is looked for back through.
const maxListItems = 8

// maxItemBack is how many words back the number of the previous item of
// a list is looked for.
const maxItemBack = 8

// governor returns the positions of the content words that say what the
// number at word at of s is: written right before it ("vinh danh 241 tác
// phẩm", "Đà Nẵng tăng 22,2%", "bắt khẩn cấp 1 đối tượng"), at most
// maxGovernor of them, past qualifiers ("hơn", "gần"), particles ("đã",
// "được") and the opening of a range, and not past a comma, a semicolon,
// a colon, a parenthesis, another function word (a preposition: "tại 46
// bàn") or another number. A number that opens an item of a list or a
// breakdown with no such words of its own ("tăng 1 HCV, 1 HCB", "39 đối
// tượng (21 đối tượng …, 18 đối tượng …)"), or that a joiner joins to
// what comes before without naming it ("và", "đạt", "gồm": "chiếm tỷ
// trọng 3,65%, đạt 118,9 triệu USD"), is governed by what governs the
// item before; the last number of a range by what governs the range.
func governor(s *sent, at int) []int {
	for range maxListItems {
		at = rangeStart(s, at)
		out, k := contentBefore(s, at-1, skippable, isListJoiner)
		if len(out) > 0 || k < 0 || !itemBreak(s, k) {
			return out
		}
		prev := previousNumber(s, k)
		if prev < 0 {
			return nil
		}
		at = prev
	}
	return nil
}

// contentBefore returns the positions of up to maxGovernor content words
// of s read back from word k, and the position it stopped at: it stops at
// a part break, a number, a function word ("vui chơi tại 46 bàn": the
// number is the preposition's) or a word stop reports, and passes over
// the words skip reports. A nil skip or stop reports none.
func contentBefore(s *sent, k int, skip, stop func(string) bool) ([]int, int) {
	var out []int
	for ; k >= 0 && len(out) < maxGovernor; k-- {
		w := s.lower[k]
		if partBreak(s, k+1) || numberLike(s, k) || stop != nil && stop(w) {
			break
		}
		if skip != nil && skip(w) {
			continue
		}
		if stopwordsVi.Has(w, lexicon.Exact) || fillers.set.Has(w, lexicon.Exact) {
			break
		}
		out = append(out, k)
	}
	return out, k
}

// isListJoiner reports whether w joins the items of a list or a figure to
// its subject (listJoiners).
func isListJoiner(w string) bool { return listJoiners.Has(w, lexicon.Exact) }

// rangeStart returns the position of the first number of the range whose
// last number is at word at ("từ 2 đến 5 triệu đồng", "1.000 - 1.500
// lượt khám"), or at.
func rangeStart(s *sent, at int) int {
	switch {
	case at >= 2 && rangeTo.Has(s.lower[at-1], lexicon.Exact) && numberLike(s, at-2):
		return at - 2
	case at >= 1 && isNumberWord(s.lower[at-1]) && strings.TrimSpace(s.text[s.ends[at-1]:s.starts[at]]) == "-":
		return at - 1
	}
	return at
}

// itemBreak reports whether the walk back from a number stopped at k on
// what parts the items of a list: a comma, an opening parenthesis or a
// joiner ("và", "đạt"; the separator before word k+1, or word k itself).
func itemBreak(s *sent, k int) bool {
	if listJoiners.Has(s.lower[k], lexicon.Exact) {
		return true
	}
	if k+1 >= len(s.starts) {
		return false
	}
	sep := s.text[s.ends[k]:s.starts[k+1]]
	return strings.ContainsAny(sep, ",(") && !strings.ContainsAny(sep, ";:")
}

// previousNumber returns the position of the number of the list item
// before word k (inclusive), looked for at most maxItemBack words back and
// not across a semicolon or a colon, or -1.
func previousNumber(s *sent, k int) int {
	for p := k; p >= 0 && k-p < maxItemBack; p-- {
		if p+1 < len(s.starts) && p < k && strings.ContainsAny(s.text[s.ends[p]:s.starts[p+1]], ";:") {
			return -1
		}
		if numberLike(s, p) {
			return p
		}
	}
	return -1
}

// partBreak reports whether a comma, a semicolon, a colon or a
// parenthesis stands before word i of s.
func partBreak(s *sent, i int) bool {
	if i <= 0 || i >= len(s.starts) {
		return false
	}
	return strings.ContainsAny(s.text[s.ends[i-1]:s.starts[i]], ",;:()")
}

// numberLike reports whether word i of s is a number: written in digits,
// or in words before a thing counted ("hai người").
func numberLike(s *sent, i int) bool {
	w := s.lower[i]
	if isNumberWord(w) {
		return true
	}
	if _, ok := spelledDigits[w]; !ok || i+1 >= len(s.lower) {
		return false
	}
	return opensCountedNoun(s.lower[i+1:])
}

// opensCountedNoun reports whether the words ws, in lower case, open with
// a noun counted (countedNouns) of at most maxCountedWords words: what a
// number spelled in words before them counts ("người" of "hai người
// chết"; not "số" of "một số người").
func opensCountedNoun(ws []string) bool {
	for n := 1; n <= maxCountedWords && n <= len(ws); n++ {
		if countedNouns.Has(strings.Join(ws[:n], " "), lexicon.Exact) {
			return true
		}
	}
	return false
}

// maxCountedWords is the most words a counted noun has ("bệnh nhân").
const maxCountedWords = 2

// skippable reports whether a word between a number and its verb says
// nothing of what the number is: a qualifier ("hơn", "gần"), a particle
// ("đã", "được", "có") or the opening of a range ("trị giá từ 2 đến 5
// triệu đồng").
func skippable(w string) bool {
	return numberQualifiers.Has(w, lexicon.Folded) || governorParticles.Has(w, lexicon.Exact) || rangeFrom.Has(w, lexicon.Exact)
}

// bindsQuestion reports whether a word of the question, other than a
// number, governs the number at word at of s: "nông lâm sản đạt bao
// nhiêu" and "đạt 5,32 triệu USD", not "chiếm tỷ trọng 0,16%".
func bindsQuestion(s *sent, at int, content []word) bool {
	asked := map[string]bool{}
	for _, w := range content {
		if !w.num {
			asked[w.fold] = true
		}
	}
	for _, k := range governor(s, at) {
		if asked[s.fold[k]] {
			return true
		}
	}
	return false
}

// causedCount reports whether q counts what something caused with a
// causative verb right before its question word ("tai nạn làm bao nhiêu
// người chết", which content leaves out as the count's frame) and a
// causative verb governs the number at word at of s ("khiến 1 người
// chết"): the articles write "gây", "khiến" and "làm" alike.
func causedCount(q question, s *sent, at int) bool {
	if q.wh != whCount || q.whAt < 1 || !causativeVerbs.Has(q.words[q.whAt-1].fold, lexicon.Folded) {
		return false
	}
	for _, k := range governor(s, at) {
		if causativeVerbs.Has(s.fold[k], lexicon.Folded) {
			return true
		}
	}
	return false
}

// isChange reports whether the number at word at of s is a change ("tăng
// 1 HCB", "giảm 5%"): the word that governs it nearest is a change verb;
// not a level ("tăng lên 48", "16 Huy chương Bạc").
func isChange(s *sent, at int) bool {
	k := at - 1
	for k >= 0 && numberQualifiers.Has(s.lower[k], lexicon.Folded) {
		k--
	}
	if k >= 0 && levelMarkers.Has(s.lower[k], lexicon.Exact) {
		return false // "tăng lên 48": the level reached
	}
	// Only the word nearest the number: "tăng cường 5 tổ công tác" adds
	// no 5. Words saying how it changed may stand between ("giảm mạnh
	// 29%", "tăng thêm 2 tỷ đồng").
	g := governor(s, at)
	if len(g) == 0 {
		return false
	}
	k = g[0]
	for k > 0 && changeAdverbs.Has(s.lower[k], lexicon.Exact) && !partBreak(s, k) {
		k--
	}
	return changeVerbs.Has(s.lower[k], lexicon.Exact)
}

// asksChange reports whether q asks by how much something changed
// ("tăng bao nhiêu phần trăm"), not the level it reached ("tăng lên bao
// nhiêu"). A question that gives the change and asks the level it led to
// ("tăng 2.000 đồng/kg lên bao nhiêu", "giảm 3 vụ còn bao nhiêu") asks
// no change: a level marker stands right before its question words.
func asksChange(q question) bool {
	if q.whAt > 0 && q.whEnd > q.whAt && levelMarkers.Has(q.words[q.whAt-1].text, lexicon.AsTyped) {
		return false
	}
	for i := range q.words {
		if !q.changeVerbAt(i) {
			continue
		}
		if i+1 < len(q.words) && levelMarkers.Has(q.words[i+1].text, lexicon.AsTyped) {
			continue
		}
		if i > 0 && changeClauseOpeners.Has(q.words[i-1].text, lexicon.AsTyped) {
			continue // "giá trước khi tăng là bao nhiêu" asks a level
		}
		return true
	}
	return false
}

// changeVerbAt reports whether word i of q is a change verb as typed
// ("tăng", "giảm"), not a give verb typed without diacritics that its
// object gives away: "tang" before an award's kind ("bao nhieu ca nhan
// duoc tang bang khen") is "tặng", never "tăng".
func (q question) changeVerbAt(i int) bool {
	w := q.words[i]
	if !changeVerbs.Has(w.text, lexicon.AsTyped) {
		return false
	}
	if w.marked || !awardVerbs.Has(w.text, lexicon.Folded) {
		return true
	}
	// The award is written right after the verb ("tang bang khen"), or,
	// the verb passive, right before it ("giay khen dc tang") or after
	// its count ("duoc tang bao nhieu bang khen"); or another give verb
	// goes before it ("trao tang"). "số huy chương tăng" is a change.
	if q.awardKindAt(i + 1) {
		return false
	}
	if i > 0 && awardVerbs.Has(q.words[i-1].text, lexicon.AsTyped) {
		return false
	}
	if i > 0 && passiveMarkers.Has(q.words[i-1].text, lexicon.Folded) {
		if q.awardKindEndsAt(i - 1) {
			return false
		}
		for k := i + 1; k < len(q.words); k++ {
			if q.awardKindAt(k) {
				return false
			}
		}
	}
	return true
}

// awardKindEndsAt reports whether the words of q before i close an award's
// kind ("giấy khen" of "giấy khen được tặng").
func (q question) awardKindEndsAt(i int) bool {
	for n := min(i, awardKindWords.MaxWords()); n >= 1; n-- {
		if isAwardKind(q.words[i-n : i]) {
			return true
		}
	}
	return false
}

// awardKindAt reports whether the words of q from i on open with an
// award's kind ("bang khen", "huy chương vàng"), however typed.
func (q question) awardKindAt(i int) bool {
	for n := min(len(q.words)-i, awardKindWords.MaxWords()); n >= 1; n-- {
		if isAwardKind(q.words[i : i+n]) {
			return true
		}
	}
	return false
}

// isAwardKind reports whether the words ws, folded, are an award's kind.
func isAwardKind(ws []word) bool {
	var buf [phraseStackWords]string // on the stack: no allocation a question
	if len(ws) > len(buf) {
		return false
	}
	folds := buf[:0]
	for _, w := range ws {
		folds = append(folds, w.fold)
	}
	return awardKindWords.HasPhrase(folds, lexicon.Folded)
}

// numberIn returns the position in s of the number candidate c gives:
// where its generator read it, else where its answer is written word for
// word in s, else the first place its number stands; -1 when it holds
// none. c's tokens must be set (described).
func numberIn(s *sent, c candidate) int {
	if c.numAt > 0 {
		return c.numAt - 1
	}
	k := strings.Index(s.text, c.answer)
	if k < 0 {
		return numberAt(s, c.toks)
	}
	for i := range s.starts {
		if s.starts[i] < k {
			continue
		}
		if s.starts[i] >= k+len(c.answer) {
			break
		}
		if numberLike(s, i) {
			return i
		}
	}
	return numberAt(s, c.toks)
}

// negatedWords returns the folded content words a question negates, past
// particles: "đạt" of "bao nhiêu chỉ tiêu chưa đạt", "vinh danh" of "bao
// nhiêu tác phẩm không được vinh danh"; nil when it negates none.
func negatedWords(q question) map[string]bool {
	var out map[string]bool
	for i, w := range q.words {
		if !questionNegations.Has(w.text, lexicon.AsTyped) {
			continue
		}
		n := 0
		for j := i + 1; j < len(q.words); j++ {
			v := q.words[j]
			if n == maxGovernor || v.num || q.inWh(j) {
				break
			}
			if governorParticles.Has(v.text, lexicon.AsTyped) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[v.fold] = true
			n++
		}
	}
	return out
}

// countsNegated reports whether the number at word at of s is no answer
// to a question that negates its verb: s states how many the verb holds
// for ("đạt 16/19 chỉ tiêu", "vinh danh 241 tác phẩm"), so how many it
// does not hold for is left to arithmetic, and none of its numbers says
// it — unless s negates the verb before this number too ("chưa đạt 3 chỉ
// tiêu").
func countsNegated(s *sent, at int, negated map[string]bool) bool {
	if len(negated) == 0 {
		return false
	}
	if g, ok := negatedGovernor(s, at, negated); ok {
		return !saysNot(s, g)
	}
	for p := range s.lower {
		if p == at || !numberLike(s, p) {
			continue
		}
		if g, ok := negatedGovernor(s, p, negated); ok && !saysNot(s, g) {
			return true
		}
	}
	return false
}

// negatedGovernor returns the word of the number at word at of s that
// the question negates: one governing it, the one right before it, or
// one of the words after it in its part, where a counted subject's verb
// stands ("16/19 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch").
func negatedGovernor(s *sent, at int, negated map[string]bool) (int, bool) {
	for _, g := range append(governor(s, at), nearestWord(s, at)) {
		if g >= 0 && negated[s.fold[g]] {
			return g, true
		}
	}
	for k := at + 1; k < len(s.lower) && k-at <= maxVerbAfter && !partBreak(s, k) && !numberLike(s, k); k++ {
		if negated[s.fold[k]] {
			return k, true
		}
	}
	return 0, false
}

// maxVerbAfter is how many words after a number its subject's verb is
// looked for: the unit, its modifiers, the verb.
const maxVerbAfter = 8

// nearestWord returns the position of the word right before the number
// at word at of s, past qualifiers and particles, joiners included
// ("đạt" of "đạt 16 chỉ tiêu"); -1 at a part break.
func nearestWord(s *sent, at int) int {
	for k := rangeStart(s, at) - 1; k >= 0; k-- {
		if partBreak(s, k+1) {
			return -1
		}
		if !skippable(s.lower[k]) {
			return k
		}
	}
	return -1
}

// saysNot reports whether s negates its word g: a negation stands among
// the maxGovernor words before it.
func saysNot(s *sent, g int) bool {
	for k := g - 1; k >= 0 && k >= g-maxGovernor; k-- {
		if questionNegations.Has(s.lower[k], lexicon.Exact) {
			return true
		}
	}
	return false
}

// The words of number binding.
var (
	// questionNegations negate a question's verb: "chưa đạt".
	questionNegations = lexicon.MustSet("question_negations")
	// changeVerbs say a number is a change: "tăng", "giảm".
	changeVerbs = lexicon.MustSet("change_verbs")
	// levelMarkers make the number after a change verb the level
	// reached: "tăng lên 48".
	levelMarkers = lexicon.MustSet("level_markers")
	// changeAdverbs stand between a change verb and its amount: "giảm
	// mạnh 29%".
	changeAdverbs = lexicon.MustSet("change_adverbs")
	// changeClauseOpeners make a question's change verb after them a
	// clause of time: "trước khi tăng".
	changeClauseOpeners = lexicon.MustSet("change_clause_openers")
	// listJoiners join a number to what comes before without naming it:
	// the items of a list ("1 HCV và 1 HCB"), a figure to its subject
	// ("kim ngạch đạt 721 triệu USD").
	listJoiners = lexicon.MustSet("number_joiners")
	// governorParticles stand between a verb and its number.
	governorParticles = lexicon.MustSet("governor_particles")
	// numberQualifiers qualify a number: "hơn", "gần", "khoảng".
	numberQualifiers = lexicon.MustSet("number_qualifiers")
)

// A period is a number with a unit of time, written as a point of the
// calendar ("tháng 7": July) or as a length ("7 tháng": seven months).
type period struct {
	n     string // the number, as numKey writes it
	unit  string // the unit of time, folded
	point bool   // the unit stands before the number
}

// questionPeriods returns the periods q writes.
func questionPeriods(q question) []period {
	var out []period
	for i, w := range q.words {
		n := leadingNumber(w.text)
		if n == "" {
			if v, ok := spelledDigits[w.text]; ok {
				n = v
			} else {
				continue
			}
		}
		switch {
		case i > 0 && durationUnits.Has(q.words[i-1].fold, lexicon.Folded):
			out = append(out, period{n, q.words[i-1].fold, true})
		case i+1 < len(q.words) && durationUnits.Has(q.words[i+1].fold, lexicon.Folded):
			out = append(out, period{n, q.words[i+1].fold, false})
		}
	}
	return out
}

// periodAt returns the period of unit a number of s written at word at
// is said of: the nearest one of that unit written before it, in its
// sentence.
func periodAt(s *sent, at int, unit string) (period, bool) {
	for k := at - 1; k >= 0; k-- {
		n := leadingNumber(s.lower[k])
		if n == "" {
			n = spelledDigits[s.lower[k]]
		}
		if n == "" {
			continue
		}
		if k > 0 && s.fold[k-1] == unit {
			return period{n, unit, true}, true
		}
		if k+1 < at && s.fold[k+1] == unit {
			return period{n, unit, false}, true
		}
	}
	return period{}, false
}

// otherPeriod reports whether the number of s at word at is said of a
// period the question writes the other way: "kim ngạch xuất khẩu tháng 7"
// (July) is not asked of "7 tháng qua đạt hơn 4,78 tỷ USD" (seven months).
func otherPeriod(q question, s *sent, at int) bool {
	for _, p := range questionPeriods(q) {
		if got, ok := periodAt(s, at, p.unit); ok && p.n == got.n && p.point != got.point {
			return true
		}
	}
	return false
}

// leadingNumber returns the whole number a word starts with ("7" of
// "7/2022", "6" of "6-2024"), as numKey writes it, or "".
func leadingNumber(w string) string {
	end := 0
	for end < len(w) && w[end] >= '0' && w[end] <= '9' {
		end++
	}
	if end == 0 || end < len(w) && w[end] != '/' && w[end] != '-' {
		return ""
	}
	return numKey(w[:end])
}

// spelledDigits maps the numbers written in words to their digits.
var spelledDigits = func() map[string]string {
	m := map[string]string{}
	for _, p := range lexicon.MustPairs("spelled_numbers") {
		m[p.Key] = numKey(p.Value)
	}
	return m
}()

// countedOther reports whether a count's answer counts another thing than
// the noun the question names after its count word: "bao nhiêu dự án" is
// not "627.000 tỷ đồng", "bao nhiêu người" not "46 bàn", "bao nhiêu
// khách" not "146 người dương tính". s and at, when known, are the
// answer's sentence and the position of its number there. known is false
// when the question names no noun or the answer no unit.
func countedOther(q question, answer string, toks []analysis.Token, s *sent, at int) (other, known bool) {
	if q.wh != whCount || q.counted == nil || q.described && !peopleCounts.has(*q.counted) {
		// The words before the count word describe the number, but
		// "người" after it still counts people: "trao bằng khen cho mấy
		// người" is not answered by "3 tập thể".
		return false, false
	}
	unit := unitOfTokens(answer, toks)
	if len(unit) == 0 {
		return false, false
	}
	if q.described && slices.ContainsFunc(q.focus, func(w word) bool { return writesWord(unit, w) }) {
		// What the words before the count word name: "Số thí sinh dự
		// thi là bao nhiêu người" of "5.120 thí sinh".
		return false, true
	}
	head := *q.counted
	if unitHas(unit, head, q.focus) || moneyWords.has(head) && isMoney(unit) {
		return false, true
	}
	if unitAbbreviates(toks, head, q.focus) {
		return false, true // "87 HC vàng" of "bao nhiêu huy chương vàng"
	}
	if s != nil && at >= 0 && standsIn(s, head, q.lang, at+1, at+1+len(unit)) {
		return false, true // "HCB" of "16 Huy chương Bạc (HCB)"
	}
	if s != nil && len(unit) == 1 && share([]word{head}, classifierNounAt(s, at, unit[0])) == 1 {
		return false, true // "xuồng" of "số xuồng, ghe bị chìm 81 chiếc"
	}
	if peopleCounts.has(head) {
		if countsPeopleUnit(unit) {
			return false, true // "bao nhiêu người bị tạm giữ": "3 đối tượng"
		}
		for _, u := range unit[:min(maxCountedWords, len(unit))] {
			if peopleCounts.set.Has(u.text, lexicon.Exact) || peopleNouns.set.Has(u.text, lexicon.Exact) {
				return false, true
			}
		}
	}
	return true, true
}

// writesWord reports whether ws, words of an article, hold question word
// w (word.is): "Nam" of "3 bị cáo Lê Nam" is no "năm" of "bao nhiêu năm
// tù" typed with its marks.
func writesWord(ws []word, w word) bool {
	return slices.ContainsFunc(ws, func(x word) bool { return w.is(x.fold, x.text) })
}

// qualifiesNext reports whether token j of toks is an approximate
// qualifier of the number that follows it ("gần 31,1").
func qualifiesNext(toks []analysis.Token, j int) bool {
	return j+1 < len(toks) && toks[j+1].Number && approximateQualifiers.Has(analysis.Lower(toks[j].Text), lexicon.Exact)
}

// unitOfTokens returns the words after the first number of an answer,
// whose tokens are toks, or after the end of the range it opens: what it
// counts ("%" for a share), or the unit written on a number ("tr" of
// "5tr", unitGlued) and the words after it; nil when it holds no
// number.
func unitOfTokens(answer string, toks []analysis.Token) []word {
	// A number spelled in words counts only where no figure is written:
	// "Hai người đàn ông chở 5 con lợn" counts pigs.
	spelled := !slices.ContainsFunc(toks, func(t analysis.Token) bool { return t.Number })
	for i, t := range toks {
		if u := unitGlued(t.Text); u != "" && !t.Number {
			// "5tr tiền mặt": the unit written on the number, then the
			// words after it.
			out := []word{{text: u, fold: analysis.Fold(u)}}
			for _, v := range toks[i+1:] {
				if v.Number {
					break
				}
				out = append(out, word{text: strings.ToLower(v.Text), fold: v.Folded})
			}
			return out
		}
		if !t.Number && !(spelled && spelledCountAtToken(toks, i)) {
			continue
		}
		if k := t.End; k < len(answer) && answer[k] == '%' {
			return []word{{text: "%", fold: "%"}}
		}
		// A range counts what its last number does: "từ 1 đến 10 tuổi";
		// so does a computation, whose result may be approximate: "20,3 +
		// 10,8 = gần 31,1 triệu tấn".
		j := i + 1
		for j < len(toks) && (toks[j].Number || rangeTo.Has(analysis.Lower(toks[j].Text), lexicon.Exact) || qualifiesNext(toks, j)) {
			j++
		}
		end := j
		for end < len(toks) && !toks[end].Number {
			end++
		}
		if end == j {
			return nil
		}
		out := make([]word, 0, end-j)
		for _, u := range toks[j:end] {
			out = append(out, word{text: strings.ToLower(u.Text), fold: u.Folded})
		}
		return out
	}
	return nil
}

// spelledCountAtToken reports whether token i of toks is a number spelled
// in words that counts the noun after it (opensCountedNoun), as
// numberLike reads one in a sentence: "một người chết", "hai cháu".
func spelledCountAtToken(toks []analysis.Token, i int) bool {
	if !spelledDigitsHas(toks[i].Text) {
		return false
	}
	next := make([]string, 0, maxCountedWords)
	for _, t := range toks[i+1 : min(len(toks), i+1+maxCountedWords)] {
		next = append(next, analysis.Lower(t.Text))
	}
	return opensCountedNoun(next)
}

// maxPerGap is how many words after a number its rate's slash may stand:
// "40.000 đồng/trẻ em", "12 triệu đồng/tấn".
const maxPerGap = 3

// perAt returns the position of the word a rate is per, after the slash
// that follows the number at word at of s ("trẻ" of "40.000 đồng/trẻ
// em"), or -1 when the number is no rate.
func perAt(s *sent, at int) int {
	for j := at + 1; j < len(s.fold) && j <= at+maxPerGap; j++ {
		if s.gap(j) == "/" {
			return j
		}
		if !spaced(s, j) || isNumberWord(s.lower[j]) {
			break
		}
	}
	return -1
}

// perNamed reports whether the rate of the number at word at of s is per
// a thing the question names (one of its content words is the word after
// the slash); known is false when the number is no rate.
func perNamed(s *sent, at int, content []word) (named, known bool) {
	j := perAt(s, at)
	if j < 0 {
		return false, false
	}
	return namesPer(s, j, content), true
}

// maxPerWords is how many words name what a rate is per: "người lớn",
// "trẻ em", "kg".
const maxPerWords = 2

// namesPer reports whether the question's content names what the rate
// whose slash stands before word j of s is per: one of its words.
func namesPer(s *sent, j int, content []word) bool {
	for k := j; k < len(s.fold) && k < j+maxPerWords && (k == j || spaced(s, k)) && !isNumberWord(s.lower[k]); k++ {
		if inContent(content, word{fold: s.fold[k]}) {
			return true
		}
	}
	return false
}

// anyPerNamed reports whether some rate of s is per a thing the question
// names.
func anyPerNamed(s *sent, content []word) bool {
	for i := range s.fold {
		if j := perAt(s, i); j >= 0 && isNumberWord(s.lower[i]) && namesPer(s, j, content) {
			return true
		}
	}
	return false
}

// timePrepositions stand between a verb and its time: "đổ bộ vào đêm
// 26/10".
var timePrepositions = lexicon.MustSet("time_prepositions")

// timeGovernor returns the positions of the content words that say what
// the time starting at word at of s is the time of: written right before
// it, past a time preposition ("bão đổ bộ vào đêm 26/10", "khai mạc lúc 8
// giờ"), at most maxGovernor of them; none when the time opens its part
// of the sentence ("Sáng 28/10, Ban Chỉ huy … cho biết").
func timeGovernor(s *sent, at int) []int {
	k := at - 1
	for k >= 0 && !partBreak(s, k+1) && timePrepositions.Has(s.lower[k], lexicon.Exact) {
		k--
	}
	out, _ := contentBefore(s, k, nil, nil)
	return out
}

// timeOfVerb reports whether a word of the question, other than a
// number, says what the time written in s from word at is the time of
// (timeGovernor): "bão đổ bộ hôm nào" and "đổ bộ vào đêm 26/10".
func timeOfVerb(s *sent, at int, content []word) bool {
	for _, k := range timeGovernor(s, at) {
		if inContent(content, word{fold: s.fold[k]}) {
			return true
		}
	}
	return false
}

// countedKindOther reports whether a count's answer counts the question's
// noun of another kind while its sentence writes the question's kind
// beside another number: "mấy giải A" is not "29 giải khuyến khích" of
// "Trao 3 giải A, 5 giải B, … và 29 giải khuyến khích". The kind is the
// word the question writes right after its counted noun. s and at are
// the answer's sentence and the position of its number there. known is
// false when the question writes no kind, the answer no word after the
// noun, or the sentence the question's kind beside no other number.
func countedKindOther(q question, answer string, toks []analysis.Token, s *sent, at int) (other, known bool) {
	if q.wh != whCount || q.counted == nil || q.described || s == nil {
		return false, false
	}
	kind, ok := q.countedKind()
	if !ok {
		return false, false
	}
	unit := unitOfTokens(answer, toks)
	k := countedIn(unit, *q.counted)
	if k < 0 || k+1 >= len(unit) {
		return false, false
	}
	for _, u := range unit {
		if u.fold == kind.fold {
			return false, true
		}
	}
	for j := range s.fold {
		if j != at && isNumberWord(s.lower[j]) && kindAfter(s, j, *q.counted, kind) {
			return true, true
		}
	}
	return false, false
}

// countedWithOther reports whether the number at word at of s counts the
// question's counted noun together with another ("31 dự án, công trình"
// for "bao nhiêu dự án được khởi công"; "33 tập thể, cá nhân"): after the
// noun, a comma or a list conjunction leads to another noun of
// counted_nouns the question does not name, within jointCountReach words
// of the number and before any other number. known is false for a
// question that counts no noun or an answer whose number is not followed
// by it.
func countedWithOther(q question, s *sent, at int) (other, known bool) {
	if q.wh != whCount || q.counted == nil || at < 0 {
		return false, false
	}
	k := -1
	for j := at + 1; j < len(s.fold) && j-at <= maxCountedWords; j++ {
		if s.fold[j] == q.counted.fold {
			k = j
			break
		}
	}
	if k < 0 {
		return false, false
	}
	asked := foldsOf(q.words)
	for j := k + 1; j < len(s.fold) && j-at <= jointCountReach; j++ {
		if valueNumberAt(s, j) || isCapital(s, j) {
			break
		}
		sep := strings.TrimSpace(s.text[s.ends[j-1]:s.starts[j]])
		next := j
		if sep == "" && listJoiner(s.lower[j]) {
			next = j + 1
		} else if sep != "," {
			continue
		}
		if n := phraseAt(s, countedNouns, next); n > 0 && !containsRun(asked, s.fold[next:next+n]) {
			return true, true
		}
		break
	}
	return false, true
}

// containsRun reports whether ws holds the words run side by side.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// labelLetter is the length of a kind written as one letter ("giải A",
// "hạng B"): a label, even where the letter is also a function word.
const labelLetter = 1

// countedKind returns the word a count question writes right after its
// counted noun ("A" of "mấy giải A"), when it is a content word or a
// letter that labels a kind.
func (q question) countedKind() (word, bool) {
	if q.counted == nil {
		return word{}, false
	}
	for i := q.whEnd; i+1 < len(q.words) && i <= q.whEnd+1; i++ {
		if q.words[i].fold != q.counted.fold {
			continue
		}
		w := q.words[i+1]
		if w.num || focusStops.has(w) || w.isFiller() || analysis.IsStopword(w.text) && len(w.fold) != labelLetter {
			return word{}, false
		}
		return w, true
	}
	return word{}, false
}

// countedIn returns the position of the counted noun among the first
// words of an answer's unit, or -1.
func countedIn(unit []word, head word) int {
	for k, u := range unit[:min(maxCountedWords, len(unit))] {
		if u.fold == head.fold {
			return k
		}
	}
	return -1
}

// kindAfter reports whether s writes the counted noun and then its kind
// right after the number at word j, past a classifier: "3 giải A".
func kindAfter(s *sent, j int, head, kind word) bool {
	k := j + 1
	if k < len(s.fold) && s.fold[k] != head.fold && classifiers.set.Has(s.fold[k], lexicon.Folded) {
		k++
	}
	return k+1 < len(s.fold) && s.fold[k] == head.fold && s.fold[k+1] == kind.fold
}
