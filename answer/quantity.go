package answer

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// quantity answers how-many questions from the quantities the articles
// state, proposing the best few: the thing counted must match what is asked ("bao nhiêu mô hình"
// → "55 mô hình"), and the clause around the number must match the rest of
// the question ("toàn tỉnh có tổng cộng bao nhiêu điểm mô hình" → 910, not
// the 215 built by members).
func (d *document) quantity(q question, content []word, sc *scope) []candidate {
	if q.wh == whCount && q.when == whenLength {
		// "bao lâu" asks for a duration.
		q.focus = durationFocus
	}
	if q.wh != whCount || len(q.focus) == 0 {
		return nil
	}
	if namesScore(q.focus) {
		return nil // a score is no quantity
	}
	shifted := q.otherTime()
	change := asksChange(q)
	// Whether the question writes a change verb: then it asks the change
	// ("tăng bao nhiêu") or the level it led to ("tăng … lên bao nhiêu").
	changeNamed := namesChange(q)
	shareOrChange := asksShareOrChange(q, sharePercentAsked(q))
	negated := negatedWords(q)
	// "Nhiệm kỳ tới sẽ kết nạp bao nhiêu?" asks for a target.
	planned := planCuesList.in(q.words)
	each, eachUnit := false, ""
	for i, w := range q.words {
		// "moi" typed without marks may be "mới" as well as "mỗi".
		if eachWords.Has(w.text, lexicon.Exact) && (w.asWritten || !lexicon.HasDiacritics(w.text)) {
			each = true
			if i+1 < len(q.words) {
				eachUnit = q.words[i+1].fold // "ngay" of "mỗi ngày"
			}
		}
	}
	var found []candidate
	// The question's content words, prepared once for every count's
	// sentence.
	m := d.matcherOf(q, content)
	// A count of people whose question names their predicate ("bao
	// nhiêu người chết") is answered by a number that counts people ("4
	// người", "3 đối tượng"), its predicate written beside it.
	countsPeople := q.countsPeople()
	// Whether the focus asks for a share, the same for every count.
	percent := percentAsked(q.focus)
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || !sc.holdsFact(f) {
			continue
		}
		s := d.factSent(f)
		if s == nil || shifted && !s.otherTime() || planned && !containsAny(s.lower, planWords...) {
			// "năm ngoái có bao nhiêu …" is not asked of this year's count.
			continue
		}
		at := d.prep[i].quantityAt
		if q.per != "" && !perWritten(f.Text, q.per) {
			continue // a price per kg was asked: "35.000 - 45.000 đồng/kg"
		}
		if d.otherYear(q, s) {
			continue // "Năm 2023 … bao nhiêu?" about an article of 2024
		}
		if d.missesNamesOf(q, s) {
			continue // "Huyện Cẩm Xuyên có bao nhiêu …": not this count
		}
		if q.statesNumber(f.Number, f.Unit) {
			continue // the question gives this number: it asks another
		}
		if f.Of != "" {
			// A part of a breakdown: "(Điện Biên 17, Đắk Nông 161)".
			if c, ok := d.part(q, content, s, f); ok {
				found = append(found, c)
			}
			continue
		}
		glued := false
		if at < 0 {
			// "96m": the number and its unit are one word.
			at, glued = s.find(strings.ToLower(f.Number+f.Unit), 0), true
		}
		if at >= 0 && !glued && q.namesNumber(s, at) {
			continue // "gạo IR 504 giá bao nhiêu": 504 names the rice
		}
		if at < 0 || otherPeriod(q, s, at) || countsNegated(s, at, negated) {
			// "tháng 7" is not "7 tháng"; "đạt 16/19 chỉ tiêu" does not say
			// how many were not reached.
			continue
		}
		if unitKindOther(f.Unit, q.focus) {
			continue // "8 HCV" counts no "huy chương bạc"
		}
		unit := sharedWords(f.Unit)
		if glued {
			unit = []word{{text: f.Unit, fold: analysis.Fold(f.Unit)}}
		}
		back := 10
		if q.described {
			back = 16 // "Công suất sử dụng phòng bình quân … đạt khoảng 72%"
		}
		lo, hi := window(s, at, len(unit), back)
		// A classifier stands for the noun written before the number:
		// "số xuồng, ghe bị chìm, hỏng 81 chiếc" counts boats.
		var clsNoun []word
		if len(unit) == 1 && !glued {
			clsNoun = classifierNounAt(s, at, unit[0])
		}
		// Focus words in the unit count fully; those near the number, in
		// its part of the sentence, count less.
		var got float64
		missing, lastMissing := 0, false // lastMissing: a gender qualifier is missing
		last := at + 1 + len(unit)       // the word after the answer
		people := countsPeople && countsPeopleUnit(unit)
		for _, w := range q.focus {
			switch {
			case unitHas(unit, w, q.focus) || standsIn(s, w, q.lang, at+1, at+1+len(unit)) || share([]word{w}, clsNoun) == 1:
				got++
			case people && predicateNear(s, w, len(q.focus), lo, at, at+1+len(unit), hi, &last):
				got++
			case near(s, w, lo, at, at+1+len(unit), hi, &last):
				got += 0.7
			default:
				missing++
				lastMissing = lastMissing || genderWords.has(w)
			}
		}
		asked := float64(len(q.focus))
		if q.when == whenLength {
			asked = 1 // any one unit of time
		}
		cover := unitCover(unit, q.focus)
		if len(q.focus) > 0 && share(q.focus[:1], clsNoun) == 1 {
			cover = 1 // the classifier counts the noun asked
		}
		if people {
			cover = 1 // the unit is the people asked for
		}
		unitScore := (min(1, got/asked) + cover) / 2
		if q.described || len(unit) == 0 {
			// "Thu nhập bình quân … là bao nhiêu?" describes the number
			// rather than naming its unit.
			unitScore = min(1, got/asked)
		}
		if percent && f.Unit != "%" || !percent && f.Unit == "%" && !(q.described && shareOrChange) || q.asksMoney() && !isMoney(unit) && !(f.Unit == "%" && change) {
			// A share or an amount of money was asked, and this is none; a
			// share answers only a question that describes it by a word
			// of a share ("Công suất phòng trung bình là bao nhiêu?",
			// "nông lâm sản chiếm bao nhiêu"), or asks by how much an
			// amount changed ("doanh thu tăng bao nhiêu"): "nông lâm sản
			// đạt bao nhiêu" asks the value, not "chiếm tỷ trọng 0,16%".
			continue
		}
		if unitScore == 0 {
			continue
		}
		if q.when != whenLength && !q.described {
			// "hội viên nữ" is not "hội viên": a word of what is counted
			// that the number's part of the sentence lacks.
			unitScore *= 1 - 0.5*float64(missing)/float64(len(q.focus))
			if lastMissing && len(q.focus) > 1 {
				// "hội viên nữ" counts women only: a count of all members
				// does not answer it.
				unitScore *= 0.5
			}
			// The first word names the thing ("môn thi đấu" counts môn):
			// a unit without it counts something else.
			if len(unit) > 0 && !unitHas(unit, q.focus[0], q.focus) && !people {
				unitScore *= headMissingFactor
			}
		}
		local := m.in(s, lo, localEnd(s, at+1+len(unit), hi)).coverage()
		from, to := s.clauseOf(at)
		clause := m.in(s, from, to).coverage()
		whole := m.in(s, 0, len(s.fold)).coverage()
		score := 0.35*unitScore + 0.25*local + 0.3*clause + 0.1*whole
		// "Đắk Nông có bao nhiêu nhà bị ngập" in a list of provinces: the
		// count in the part of the sentence that names it.
		switch beside, apart := namesAround(q, content, s, at); {
		case beside > 0:
			score += namesBesideBonus * beside
		case apart > 0:
			score -= namesApartPenalty
		}
		eachMet := containsAny(s.lower[lo:hi], eachWords.Words()...) || eachUnit != "" && perWritten(f.Text, eachUnit)
		if each != eachMet {
			// "Mỗi suất trị giá bao nhiêu?" asks for an amount per one, not
			// the total, and the other way round; a rate per the unit
			// asked ("120 chuyến/ngày" for "mỗi ngày bao nhiêu chuyến")
			// is one.
			score -= 0.15
		}
		if changeNamed && !change && isChange(s, at) && !cuedFigure(s, at) {
			// "tăng 2.000 đồng/kg lên bao nhiêu" asks the level, "116.500
			// đồng/kg" of "tăng 2.000 đồng/kg, đưa giá … lên 116.500
			// đồng/kg", not the change. (The other way round is left to
			// the scorer: "tăng tới 2.000 đồng/kg" is a change as often
			// as a level.)
			score -= changeKindPenalty
		}
		if debugQuantity {
			println(f.Text, "unit", unitScore, "local", local, "clause", clause, "whole", whole, "lo", lo, "hi", hi, "at", at)
		}
		{
			ans := f.Text
			if end := at + 1 + len(unit); !glued && !unitEnds(s, end, 1+len(unit)) {
				// A unit cut by its length ends with its phrase:
				// "173 trường hợp vi phạm nồng độ cồn", not "… nồng độ".
				last = max(last, phraseEnd(s, at+1, corpus.MaxUnitWords+unitOverrun))
			}
			if last > at+1+len(unit) {
				start := tokenStart(s, at-len(strings.Fields(f.Qualifier)))
				if k := strings.Index(s.text, f.Text); k >= 0 && k < start {
					start = k // "22.000 - 30.000 đồng/kg": from the range's start
				}
				ans = s.text[start:tokenEnd(s, last-1)]
			}
			found = append(found, candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}, numAt: at + 1})
		}
	}
	return topCandidates(found, maxQuantities)
}

// headMissingFactor scales the unit score of a count whose unit lacks
// the first word of what the question counts.
const headMissingFactor = 0.6

// countsPeople reports whether q counts people by a noun of people read
// after its count word ("người") and names what they did or underwent
// after it: "bao nhiêu người chết", "mấy người bị tạm giữ". Its focus is
// then that predicate, not a part of the noun counted.
func (q question) countsPeople() bool {
	if q.wh != whCount || q.described || q.counted == nil || !peopleCounts.has(*q.counted) || len(q.focus) == 0 {
		return false
	}
	return share([]word{*q.counted}, q.focus) == 0
}

// peopleKinds are the nouns an article counts people by: "3 đối tượng",
// "18 trường hợp", "2 mẹ con".
var peopleKinds = lexicon.MustSet("people_kinds")

// countsPeopleUnit reports whether a number's unit counts people: it
// opens with a noun of people_kinds or person_units_folded.
func countsPeopleUnit(unit []word) bool {
	if len(unit) == 0 {
		return false
	}
	if personUnits.Has(unit[0].fold, lexicon.Exact) {
		return true
	}
	for n := min(peopleKinds.MaxWords(), len(unit)); n >= 1; n-- {
		if peopleKinds.Has(textOf(unit[:n]), lexicon.Exact) {
			return true
		}
	}
	return false
}

// predicateNear reports whether the predicate word w of a count of people
// whose predicate has n words governs the number at: written before it in
// [lo, at) ("làm chết 4 người"), or right after its unit, among the n
// words from after on ("7 người mất tích", not "35 người chết và mất
// tích"); as written or as a synonym ("tử vong" for "chết"). It moves
// last past a match after the unit.
func predicateNear(s *sent, w word, n, lo, at, after, hi int, last *int) bool {
	hi = min(hi, after+n)
	if near(s, w, lo, at, after, hi, last) {
		return true
	}
	for _, alt := range synonyms(w.fold) {
		ws := strings.Fields(alt)
		for _, span := range [][2]int{{lo, at}, {after, hi}} {
			for p := span[0]; p < span[1]; p++ {
				if !foldsAt(s, p, ws) {
					continue
				}
				if p >= after && p+len(ws) > *last {
					*last = p + len(ws)
				}
				return true
			}
		}
	}
	return false
}

// predicateBound reports whether the number at word at of s counts the
// people a question counts by what they underwent ("bao nhiêu người
// chết"; countsPeople): every word of that predicate, or a synonym,
// stands in the number's own part of the sentence — back to the comma,
// semicolon or number before it, on to the next ("2 người được xác định
// đã tử vong", "làm chết 4 người").
func predicateBound(q question, s *sent, at int) bool {
	return q.countsPeople() && partHolds(s, at, q.focus)
}

// focusBound reports whether the number at word at of s counts what a
// count question other than of people asks, every word of it (fillers
// aside), or a synonym, standing in the number's own part of the
// sentence: "hơn 44.507 ngôi nhà bị ngập" for "bao nhiêu căn nhà bị
// ngập" needs "nhà" and "ngập" there.
func focusBound(q question, s *sent, at int) bool {
	if q.wh != whCount || q.countsPeople() || len(q.focus) < 2 {
		return false
	}
	return partHolds(s, at, slices.DeleteFunc(slices.Clone(q.focus), word.isFiller))
}

// partHolds reports whether every word of ws, or a synonym, stands in the
// own part of the sentence of the number at word at of s (numberPart).
func partHolds(s *sent, at int, ws []word) bool {
	lo, hi := numberPart(s, at)
	for _, w := range ws {
		last := hi
		if !predicateNear(s, w, hi-at, lo, at, at+1, hi, &last) {
			return false
		}
	}
	return true
}

// numberPart returns the words [lo, hi) of the number at word at of s's
// own part of its sentence: back to the comma, semicolon, colon or number
// before it, on to the next, at most partReach words either side. Back to
// a number, the part opens after the list conjunction between: "1 người
// tử vong và 1 người bị thương" tells the second number's part as "1
// người bị thương", the first's predicate not shared with it.
func numberPart(s *sent, at int) (lo, hi int) {
	lo = at
	joined := -1
	for lo > 0 && at-lo < partReach && !isNumberWord(s.lower[lo-1]) && !strings.ContainsAny(s.gap(lo), ",;:") {
		lo--
		if joined < 0 && listConjunctions.Has(s.lower[lo], lexicon.Exact) {
			joined = lo + 1
		}
	}
	if joined >= 0 && lo > 0 && isNumberWord(s.lower[lo-1]) && !strings.ContainsAny(s.gap(lo), ",;:") {
		lo = joined
	}
	hi = at + 1
	for hi < len(s.lower) && hi-at < partReach && !isNumberWord(s.lower[hi]) && !strings.ContainsAny(s.gap(hi), ",;:") {
		hi++
	}
	return lo, hi
}

// partReach bounds the words of a number's own part of its sentence on
// either side (numberPart).
const partReach = 12

// foldsAt reports whether s writes the folded words ws from word p on.
func foldsAt(s *sent, p int, ws []string) bool {
	for i, f := range ws {
		if p+i >= len(s.fold) || s.fold[p+i] != f {
			return false
		}
	}
	return true
}

// unitOverrun is how many words past corpus.MaxUnitWords a quantity's
// answer may run to end its unit's phrase.
const unitOverrun = 5

// part answers a count with a part of a breakdown, "288 ngôi nhà bị ngập
// (Điện Biên 17, Đắk Nông 161, …)", when the question names the part
// ("Đắk Nông có bao nhiêu nhà bị ngập") and asks for the whole's unit.
func (d *document) part(q question, content []word, s *sent, f corpus.Fact) (candidate, bool) {
	// The name is matched on every word of the question: typed without
	// marks, a syllable of it may read as a filler ("la" of "son la").
	of := sharedWords(f.Of)
	if share(of, q.words) < 1 {
		return candidate{}, false
	}
	unit := sharedWords(f.Unit)
	if noun := classifierNoun(s, f, unit); noun != nil {
		unit = append(append([]word(nil), unit...), noun...)
	}
	if head, ok := q.thingCounted(); ok && !unitHas(unit, head, q.focus) {
		return candidate{}, false // "bao nhiêu ha lúa" is no count of houses
	}
	got := 0.0
	for _, w := range q.focus {
		if unitHas(unit, w, q.focus) {
			got++
		}
	}
	unitScore := (min(1, got/float64(max(1, len(q.focus)))) + unitCover(unit, q.focus)) / 2
	if unitScore == 0 {
		return candidate{}, false
	}
	whole := d.overlapOf(q, content, s).coverage()
	score := partBase + partUnit*unitScore + partWhole*whole
	return candidate{answer: partAnswer(s, f), kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}, numAt: partAt(s, f) + 1, partNamed: true}, true
}

// classifierNoun returns the noun a part's unit stands for when the unit
// is a classifier its whole borrows from a noun written before the
// whole's figure, in its clause: "số xuồng, ghe bị chìm, hỏng 81 chiếc
// (Kiên Giang 65, Cà Mau 10)" counts boats in "chiếc". Nil otherwise.
func classifierNoun(s *sent, f corpus.Fact, unit []word) []word {
	if len(unit) != 1 {
		return nil
	}
	return classifierNounAt(s, partAt(s, f), unit[0])
}

// classifierNounAt returns the noun that the classifier cls counting the
// number at position at of s stands for: the words written before the
// number in its clause ("số xuồng, ghe bị chìm, hỏng 81 chiếc"), or, for
// a number inside a bracket of parts, before the whole's number the
// bracket follows ("… 81 chiếc (Kiên Giang 65, …)"). Nil when cls is no
// classifier or nothing is written there.
func classifierNounAt(s *sent, at int, cls word) []word {
	if at < 0 || at >= len(s.fold) || !classifiers.has(cls) {
		return nil
	}
	num := at
	if at+1 >= len(s.fold) || s.fold[at+1] != cls.fold {
		// A part: the whole is written "FIGURE classifier (" right
		// before the bracket the part stands in.
		open := -1
		for j := at; j > 0; j-- {
			if strings.Contains(s.text[s.ends[j-1]:s.starts[j]], "(") {
				open = j
				break
			}
		}
		if open < 2 || s.fold[open-1] != cls.fold || !isNumberWord(s.lower[open-2]) {
			return nil
		}
		num = open - 2
	}
	from := num
	for from > 0 && num-from < classifierNounReach && s.clause[from-1] == s.clause[num] {
		from--
	}
	if from == num {
		return nil
	}
	return sharedWords(s.text[s.starts[from]:s.ends[num-1]])
}

// classifierNounReach is how many words before a whole's figure the noun
// its classifier stands for may run.
const classifierNounReach = 8

// partAnswer writes the part f of a breakdown in the order its sentence
// does: the name first when the figure follows it, "Cà Mau 2 tàu" of
// "(Cà Mau 2, …)"; else the figure with its unit and the name in
// brackets, "hai người tử vong (Yên Bái)" of "hai người ở Yên Bái".
func partAnswer(s *sent, f corpus.Fact) string {
	if k := partAt(s, f); k > 0 && s.fold[k-1] == lastFold(f.Of) {
		return f.Of + " " + f.Number + " " + f.Unit
	}
	return f.Number + " " + f.Unit + " (" + f.Of + ")"
}

// lastFold is the folded last word of a name, or "".
func lastFold(name string) string {
	of := sharedWords(name)
	if len(of) == 0 {
		return ""
	}
	return of[len(of)-1].fold
}

// partAt returns the position in s of the number of part f of a
// breakdown: the one right after the last word of its name, or else the
// one a few words before its first word, or -1.
func partAt(s *sent, f corpus.Fact) int {
	of := sharedWords(f.Of)
	if len(of) == 0 {
		return -1
	}
	n := strings.ToLower(f.Number)
	for k := 1; k < len(s.lower); k++ {
		if s.lower[k] == n && s.fold[k-1] == of[len(of)-1].fold {
			return k
		}
	}
	// "hai người ở Yên Bái": the number is written before its unit and
	// the name.
	for k := 0; k < len(s.lower); k++ {
		if s.lower[k] != n {
			continue
		}
		for j := k + 1; j < len(s.fold) && j <= k+partNameReach; j++ {
			if s.fold[j] == of[0].fold {
				return k
			}
		}
	}
	return -1
}

// partNameReach is how many words after the number of a part written
// "FIGURE unit ở NAME" its name may start: the unit, the preposition and
// an administrative word.
const partNameReach = corpus.MaxUnitWords + 3

// The confidence of a part of a breakdown, as its rules judge: the
// question names the part; what it counts and the rest of its words.
const (
	partBase  = 0.3
	partUnit  = 0.4
	partWhole = 0.3
)

// How a count's confidence changes when the question's names stand in
// the same part of the sentence as the number (the bonus times their
// share), or only in other parts.
const (
	namesBesideBonus  = 0.1
	namesApartPenalty = 0.2
)

// maxQuantities is how many counts quantity proposes: the scorer, which
// sees which of them stands by the names the question gives, picks one.
const maxQuantities = 3

// topCandidates returns the n candidates of highest score, best first,
// one for each answer.
func topCandidates(cs []candidate, n int) []candidate {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	var out []candidate
	seen := map[string]bool{}
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if seen[c.answer] || c.score <= 0 {
			continue
		}
		seen[c.answer] = true
		out = append(out, c)
	}
	return out
}

// window returns the words around the number at: back to the previous
// number, comma or clause start (at most back words), and forward past its
// unit to the next number (at most eight words). A number that counts a
// period ("kim ngạch 7 tháng đạt 3 tỷ USD") is no figure of its own: the
// window goes on past it.
func window(s *sent, at, unitLen, back int) (lo, hi int) {
	lo = at
	if at >= 3 && isNumberWord(s.lower[at-2]) && rangeFrom.Has(s.lower[at-3], lexicon.Exact) && rangeTo.Has(s.lower[at-1], lexicon.Exact) {
		lo = at - 3 // "từ 2 đến 5 triệu đồng"
	}
	for lo > 0 && at-lo < back && (!isNumberWord(s.lower[lo-1]) || countsPeriod(s, lo-1)) && !strings.ContainsAny(s.text[s.ends[lo-1]:s.starts[lo]], ",;:") && !listConjunctions.Has(s.lower[lo-1], lexicon.Exact) {
		lo--
	}
	hi = min(len(s.fold), at+1+unitLen)
	for hi < len(s.fold) && hi-at-unitLen < 9 && !isNumberWord(s.lower[hi]) && !strings.ContainsAny(s.text[s.ends[hi-1]:s.starts[hi]], ";") && !(listConjunctions.Has(s.lower[hi], lexicon.Exact) && hi+1 < len(s.lower) && isNumberWord(s.lower[hi+1])) {
		hi++
	}
	if hi < len(s.fold) && isNumberWord(s.lower[hi]) {
		// The words that govern the next number are its own: "(chiếm tỷ
		// trọng 6,33%) tăng 70,94%" — "tăng" is not said of 6,33%.
		for _, g := range governor(s, hi) {
			if g >= at+1+unitLen && g < hi {
				hi = g
			}
		}
	}
	return lo, hi
}

// countsPeriod reports whether the number word k of s counts a period,
// its unit of time right after it (duration_units): "7 tháng", "3 năm".
//
// A number right after its unit of time dates the figure instead ("kỳ
// hạn tháng 1-2026 đạt 4.500 USD/tấn"): no figure either.
func countsPeriod(s *sent, k int) bool {
	if k+1 < len(s.lower) && durationUnits.Has(s.lower[k+1], lexicon.Exact) {
		return true
	}
	// "1-2026", "15/3/2026" are read as one date from their first number.
	for k > 0 && isNumberWord(s.lower[k-1]) && strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], dateJoiners) && s.ends[k-1]+1 == s.starts[k] {
		k--
	}
	return k > 0 && durationUnits.Has(s.lower[k-1], lexicon.Exact)
}

// dateJoiners join the numbers of a date written in one: "1-2026",
// "15/3/2026".
const dateJoiners = "-/"

// localEnd returns the end of the number's own part of the sentence: up
// to the next comma after its unit.
func localEnd(s *sent, after, hi int) int {
	for k := after; k < hi; k++ {
		if strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], ",") {
			return k
		}
	}
	return hi
}

// unitCover is the share of the unit's words the focus asks for; an
// amount of money ("tỷ đồng") is all asked for by "bao nhiêu tiền".
func unitCover(unit, focus []word) float64 {
	if len(unit) == 0 {
		return 0
	}
	money := false
	for _, w := range focus {
		money = money || moneyWords.has(w)
	}
	n := 0
	for _, u := range unit {
		if share([]word{u}, focus) == 1 || money && moneyUnits.Has(u.fold, lexicon.Exact) {
			n++
		}
	}
	return float64(n) / float64(len(unit))
}

// standsIn reports whether focus word w stands in words [from, to) of s,
// as written (word.writtenAt: "Nam" of "3 bị cáo Lê Nam" is no "năm"
// typed with its marks) or as the abbreviation of a long form written
// there: "bao nhiêu HCB" counts "16 Huy chương Bạc (HCB)".
func standsIn(s *sent, w word, lang string, from, to int) bool {
	for _, p := range s.pos[w.key(lang)] {
		// pos holds an abbreviation's long form at its place, its word
		// folded otherwise.
		if p >= from && p < to && (s.english || s.fold[p] != w.fold || w.writtenAt(s, p)) {
			return true
		}
	}
	return false
}

// moneyUnits are the words of an amount of money.
var moneyUnits = lexicon.MustSet("money_units_folded")

// countClosers are the signs after a count that end its phrase: "50
// chuyến/ngày), chuyến bay nội địa" is answered "50 chuyến/ngày".
const countClosers = "();"

// near reports whether focus word w stands in [lo, at) or [after, hi);
// it moves last, the word after the answer, past a match after the unit,
// but not past a comparison marker ("0,20% so với bình quân cùng kỳ" is
// answered "0,20%") nor a bracket or semicolon (countClosers).
func near(s *sent, w word, lo, at, after, hi int, last *int) bool {
	for p := lo; p < at; p++ {
		if s.fold[p] == w.fold {
			return true
		}
	}
	compared := false // past "so với": the base compared with
	closed := false   // past a bracket or a semicolon: another phrase
	for p := after; p < hi; p++ {
		compared = compared || s.match(comparisonMarkers, p, hi) > 0
		closed = closed || p > after && strings.ContainsAny(sepBefore(s, p), countClosers)
		if s.fold[p] == w.fold {
			if p+1 > *last && !compared && !closed {
				*last = p + 1
			}
			return true
		}
	}
	return false
}

// moneyWords ask for an amount of money; percentWords for a percentage.
var (
	moneyWords   = spelling{lexicon.MustSet("money_words")}
	percentWords = spelling{lexicon.MustSet("percent_words")}
)

// percentAsked reports whether a count's focus asks for a percentage:
// "phần trăm", "tỷ lệ".
func percentAsked(focus []word) bool {
	p := phraseOf(focus)
	for _, w := range percentWordsFolded {
		if hasWholePhrase(p, w) {
			return true
		}
	}
	for _, w := range percentStems {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// hasWholePhrase reports whether the non-empty phrase occurs in text as
// whole words, between spaces or text's ends: strings.Contains(" "+text+" ",
// " "+phrase+" ") without making the two strings, for a check made for
// every word of a list on every candidate.
func hasWholePhrase(text, phrase string) bool {
	for from := 0; from <= len(text); {
		at := strings.Index(text[from:], phrase)
		if at < 0 {
			return false
		}
		at += from
		end := at + len(phrase)
		if (at == 0 || text[at-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		from = at + 1
	}
	return false
}

// percentWordsFolded ask for a percentage as whole words, percentStems as
// parts of words.
var (
	percentWordsFolded = lexicon.MustSet("percent_words_folded").Words()
	percentStems       = lexicon.MustSet("percent_stems").Words()
)

// unitHas reports whether what a number counts matches focus word w:
// the same word, money for an amount in đồng, a share for a percentage.
func unitHas(unit []word, w word, focus []word) bool {
	if writesWord(unit, w) {
		return true
	}
	for _, u := range unit {
		if unitNames[u.fold].Has(w.fold, lexicon.Exact) {
			return true // "mét" asks for "m"
		}
	}
	if len(unit) == 1 && personUnits.Has(unit[0].fold, lexicon.Exact) && peopleNouns.has(w) {
		return true // "Ban Chấp hành gồm 37 người" counts its members
	}
	if len(unit) == 1 && unit[0].fold == "%" || len(unit) == 0 {
		return percentAsked(focus) && percentWords.has(w)
	}
	if moneyWords.has(w) && !percentAsked(focus) {
		for _, u := range unit {
			if baseMoneyUnits.Has(u.fold, lexicon.Exact) {
				return true
			}
		}
	}
	return false
}

func isNumberWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// tokenStart and tokenEnd return the byte offsets of word i of s.
func tokenStart(s *sent, i int) int {
	if i < 0 {
		i = 0
	}
	if i >= len(s.starts) {
		return len(s.text)
	}
	return s.starts[i]
}

func tokenEnd(s *sent, i int) int {
	if i >= len(s.ends) {
		return len(s.text)
	}
	if i < 0 {
		return 0
	}
	return s.ends[i]
}

var debugQuantity = false

// changeKindPenalty lowers a count's score when the question writes a
// change verb but asks the level reached, and the number is a change.
const changeKindPenalty = 0.15

// namesChange reports whether a word of q is a change verb ("tăng",
// "giảm"), as typed.
func namesChange(q question) bool {
	for i := range q.words {
		if q.changeVerbAt(i) {
			return true
		}
	}
	return false
}

// moneyAsked reports whether a count's focus asks for an amount of money.
func moneyAsked(focus []word) bool {
	for _, w := range focus {
		if moneyWords.has(w) && !baseMoneyUnits.Has(w.fold, lexicon.Exact) {
			return true
		}
	}
	return false
}

// asksMoney reports whether q asks for an amount of money. A count whose
// noun, read after the count word, is no money ("bao nhiêu dự án dùng vốn
// nhà nước") counts things, whatever money words follow.
func (q question) asksMoney() bool {
	return !q.countsThings() && (moneyAsked(q.focus) || q.described && q.moneyVerbBefore())
}

// moneyVerbs are the verbs whose amount is money (money_verbs).
var moneyVerbs = phrasesOf(lexicon.MustSet("money_verbs").Words())

// moneyVerbBefore reports whether a verb of money ends right before q's
// count word: "phải bồi thường bao nhiêu", "được thưởng bao nhiêu".
func (q question) moneyVerbBefore() bool {
	for _, p := range moneyVerbs.items {
		if at := q.whAt - len(p.parts); at >= 0 && p.startsAt(q.words, at) {
			return true
		}
	}
	return false
}

// countsThings reports whether q counts things named by a noun read after
// the count word ("bao nhiêu dự án …"): not money, not a share
// (thingCounted).
func (q question) countsThings() bool {
	_, ok := q.thingCounted()
	return ok
}

// thingCounted returns the noun of the things q counts, read after the
// count word, and whether it counts things at all: not money, not a
// share. A question whose words before the count word describe the
// number counts what the noun after it names ("khám bệnh miễn phí cho bao
// nhiêu người": people, whatever "phí" says).
func (q question) thingCounted() (word, bool) {
	var head word
	switch {
	case q.per != "":
		return word{}, false
	case q.described && q.counted != nil:
		head = *q.counted
	case q.described || len(q.focus) == 0:
		return word{}, false
	default:
		head = q.focus[0]
	}
	if moneyWords.has(head) || moneyUnits.Has(head.fold, lexicon.Exact) || percentWords.has(head) || percentAsked([]word{head}) {
		return word{}, false
	}
	return head, true
}

// statesNumber reports whether q itself writes the number n of the thing
// unit counts, next to a word of it: "kim ngạch xuất khẩu tháng 7 đạt
// bao nhiêu" is not answered by "7 tháng", nor "bao nhiêu tác phẩm qua 11
// kỳ" by "11 kỳ"; "bão số 3" leaves "3 người bị thương" free.
func (q question) statesNumber(n, unit string) bool {
	k := numKey(n)
	us := sharedWords(unit)
	if len(us) == 0 {
		return false
	}
	for i, w := range q.words {
		if !w.num || numKey(w.text) != k {
			continue
		}
		if i > 0 && q.words[i-1].fold == us[0].fold || i+1 < len(q.words) && q.words[i+1].fold == us[0].fold {
			return true
		}
	}
	return false
}

// moneyUnitsShort make an amount money on their own.
var moneyUnitsShort = lexicon.MustSet("money_units_short_folded")

// isMoney reports whether a unit is an amount of money.
func isMoney(unit []word) bool {
	for _, u := range unit {
		// Written with marks, a unit is money only as written: "đồng",
		// not the "động" of "hành động"; typed without them, folded.
		if moneyUnitsShort.Has(u.fold, lexicon.Exact) && (!lexicon.HasDiacritics(u.text) || moneyUnitWords.Has(u.text, lexicon.Exact)) {
			return true
		}
	}
	return false
}

// durationFocus stands for what "bao lâu" asks: a number of units of time.
var durationFocus = func() []word {
	var out []word
	for _, u := range lexicon.MustSet("duration_units").Words() {
		out = append(out, word{text: u, fold: analysis.Fold(u), marked: true})
	}
	return out
}()

// quantityNumberAt returns the word where s, the sentence of quantity fact f,
// writes f's number followed by its unit, or -1. taken holds the words
// the sentence's earlier quantity facts stand at: a count written twice
// ("5 tập thể; … 5 tập thể") is two facts, read in the sentence's order,
// and each takes the first place no earlier fact took (the first place of
// all when every place is taken). The document works it out once, at
// build (prepared.quantityAt).
func quantityNumberAt(f corpus.Fact, s *sent, taken map[int]bool) int {
	first := -1
	for at := s.find(strings.ToLower(f.Number), 0); at >= 0; at = s.find(strings.ToLower(f.Number), at+1) {
		if !strings.HasPrefix(squeeze(s.text[tokenStart(s, at):]), squeeze(f.Number+f.Unit)) {
			continue
		}
		if !taken[at] {
			return at
		}
		if first < 0 {
			first = at
		}
	}
	return first
}

// squeeze folds t and drops its spaces, so "87,2%" and "87,2 %" compare
// alike.
func squeeze(t string) string { return strings.ReplaceAll(analysis.Fold(t), " ", "") }

// A spelling is a role of words as written with their diacritics.
type spelling struct{ set *lexicon.Set }

// has reports whether w is one of the words: as written when the question
// was typed with diacritics ("giá", not "gia" of "quốc gia"), folded
// otherwise.
func (sp spelling) has(w word) bool {
	if w.asWritten {
		return sp.set.Has(w.text, lexicon.Exact)
	}
	return sp.set.Has(w.fold, lexicon.Folded)
}

// unitNames are the folded words that ask for a unit written short.
var unitNames = func() map[string]*lexicon.Set {
	m := map[string]*lexicon.Set{}
	for _, p := range lexicon.MustPairs("unit_names") {
		m[p.Key] = lexicon.NewSet("unit_names "+p.Key, strings.Fields(p.Value)...)
	}
	return m
}()

// planWords say that a sentence states a plan or a target.
var planWords = lexicon.MustSet("plan_words").Words()

// planCues are words of a count question that ask for a plan or a target.
var planCues = lexicon.MustSet("plan_cues").Words()

// rangeFrom opens a range, rangeTo closes it: "từ 2 đến 5".
var (
	rangeFrom = lexicon.MustSet("range_from")
	rangeTo   = lexicon.MustSet("range_to")
)

// scoreWords are the folded words that ask for a score.
var scoreWords = lexicon.MustSet("score_words_folded").Words()

// namesScore reports whether a question's focus asks for a score ("tỷ
// số"), which is no quantity.
func namesScore(focus []word) bool {
	p := " " + phraseOf(focus) + " "
	for _, w := range scoreWords {
		if strings.Contains(p, " "+w+" ") {
			return true
		}
	}
	return false
}

// comparisonPhrases compare a year with the reported one.
var comparisonPhrases = lexicon.MustSet("comparison_phrases_folded")

// comparisonPhraseWords is how many words a phrase of comparisonPhrases
// holds: "so với", "cùng kỳ".
const comparisonPhraseWords = 2

// comparisonAt reports whether a phrase of comparisonPhrases starts at
// word k of s.
func comparisonAt(s *sent, k int) bool {
	return k+comparisonPhraseWords <= len(s.fold) && comparisonPhrases.Has(s.fold[k]+" "+s.fold[k+1], lexicon.Exact)
}

// eachWords ask for or give an amount per one.
var eachWords = lexicon.MustSet("each_words")

var (
	// personUnits count people: "37 người".
	personUnits = lexicon.MustSet("person_units_folded")
	// baseMoneyUnits are the unit of money a question names: "đồng".
	baseMoneyUnits = lexicon.MustSet("base_money_units_folded")
)

// genderWords qualify a count by sex.
var genderWords = spelling{lexicon.MustSet("gender_words")}

// peopleNouns are kinds of people a count of "người" may answer.
var peopleNouns = spelling{lexicon.MustSet("people_nouns")}

// missesNames reports whether the question names something, in capitals
// after its first word, that the sentence does not: a count for "huyện
// Cẩm Xuyên" is not the province's.
func missesNames(q question, s *sent) bool {
	for i, w := range q.words {
		if i == 0 || !w.cap || w.caps || w.num || q.inWh(i) {
			continue
		}
		if _, p := s.matchWord(w, q.lang, 0, len(s.fold)); p < 0 && !ownPlace(w, s) {
			return true
		}
	}
	return false
}

// ownPlace reports whether w, a word of a name s does not write, names
// the article's own place, which s refers to by its unit alone: the
// article's title or lead writes w, and s names nothing but writes a main
// unit of place with no name after it ("GRDP của Thành phố ước tính tăng
// 6,12%" in an article on Hà Nội's figures, "toàn tỉnh có 12 xã"). A
// sentence that names a place or a person of its own ("Tại phường Thống
// Nhất, Đảng ủy phường …") is about that one.
func ownPlace(w word, s *sent) bool {
	if s.art == nil || !onlyBareUnits(s) {
		return false
	}
	return strings.Contains(foldedHead(s.art), " "+w.fold+" ")
}

// foldedHead returns article a's title and lead, folded, between spaces:
// where an article names its own place, the one its sentences then write
// by the unit alone.
func foldedHead(a *corpus.Article) string {
	return " " + analysis.Fold(a.Title+" "+a.Lead) + " "
}

// onlyBareUnits reports whether s writes a main unit of place ("tỉnh",
// "Thành phố") with no name after it, and no capitalised word after its
// first but those of such units and codes in capitals ("GRDP").
func onlyBareUnits(s *sent) bool {
	bare := false
	for i := 0; i < len(s.lower); i++ {
		n := mainUnitAt(s, i)
		if n > 0 {
			if isCapital(s, i+n) {
				return false // "tỉnh Gia Lai"
			}
			// "248 xã biên giới", "các xã": a unit counted is no
			// reference to one place.
			bare = bare || i == 0 || !isDigits(s.lower[i-1]) && !unitCounters.Has(s.fold[i-1], lexicon.Exact)
			i += n - 1
			continue
		}
		if i > 0 && nameWordAt(s, i) {
			return false
		}
	}
	return bare
}

// unitCounters are the words before a unit of place that count it rather
// than refer to one place: "các xã", "nhiều tỉnh", "hai huyện".
var unitCounters = lexicon.MustSet("quantifiers_folded")

// mainUnitAt returns how many words of s from i write a main unit of
// place, however capitalised ("Thành phố", "tỉnh"), or 0.
func mainUnitAt(s *sent, i int) int {
	for n := min(mainUnits.MaxWords(), len(s.lower)-i); n >= 1; n-- {
		if n > 1 && !spaced(s, i+n-1) {
			continue
		}
		if adminUnits.HasPhrase(s.lower[i:i+n], lexicon.Exact) && mainUnits.HasPhrase(s.fold[i:i+n], lexicon.Folded) {
			return n
		}
	}
	return 0
}

// missesNamesOf is missesNames for a sentence read with the one before
// it when it opens with a part marker: "Trong đó, có 173 trường hợp vi
// phạm nồng độ cồn" counts a part of what the sentence before said of
// "huyện Đức Trọng".
//
// A sentence that names no one, in capitals after its first word, goes
// on with whom the paragraph last named: "Ông Lâm cho biết: … Vụ này
// vườn tôi lãi được 300 triệu đồng" or "Ông Lâm trồng 2 ha … Gia đình
// ông thu lãi 1 tỉ đồng" are said of Ông Lâm. It is read with the
// nearest sentence before it, in its paragraph, that names someone. A
// sentence that opens by pointing back ("Đây là đối tượng …", "Người này
// …"; anaphoricOpeners) is read with the sentence before it, whatever
// else it names.
func (d *document) missesNamesOf(q question, s *sent) bool {
	if !missesNames(q, s) {
		return false
	}
	if opensWithPart(s) || phraseAt(s, anaphoricOpeners, 0) > 0 {
		prev, ok := d.sentOf[ref{s.p.ID, s.index - 1}]
		return !ok || missesNames(q, prev)
	}
	if namesSomeone(s) {
		return true
	}
	for k := s.index - 1; k >= 0; k-- {
		prev, ok := d.sentOf[ref{s.p.ID, k}]
		if !ok {
			return true
		}
		if namesSomeone(prev) {
			return missesNames(q, prev)
		}
	}
	return true
}

// namesSomeone reports whether s writes, after its first word, a word
// that opens with a capital and goes on in lower case: a name, which a
// sentence after it that names none goes on with. A word all in capitals
// ("USD", "UBND") is a unit or a body's abbreviation, no one's name.
func namesSomeone(s *sent) bool {
	for k := 1; k < len(s.starts); k++ {
		if nameWordAt(s, k) {
			return true
		}
	}
	return false
}

// nameWordAt reports whether word k of s opens with a capital and goes on
// in lower case, as a name's words do; a word all in capitals ("USD",
// "GRDP") is a unit or an abbreviation.
func nameWordAt(s *sent, k int) bool {
	w := s.text[s.starts[k]:s.ends[k]]
	return startsUpper(w) && strings.ToUpper(w) != w
}

// anaphoricOpeners open a sentence that goes on about whom the sentence
// before named ("Đây là đối tượng nghiện ma túy …"; role
// anaphoric_openers).
var anaphoricOpeners = lexicon.MustSet("anaphoric_openers")

// opensWithPart reports whether s opens with a part marker ("Trong đó").
func opensWithPart(s *sent) bool {
	for _, m := range partMarkersFolded {
		ws := strings.Fields(m)
		if len(ws) <= len(s.fold) && strings.Join(s.fold[:len(ws)], " ") == strings.Join(ws, " ") {
			return true
		}
	}
	return false
}

// otherYear reports whether the question names a year that is neither in
// the sentence nor the year of its article.
func (d *document) otherYear(q question, s *sent) bool {
	for _, w := range q.words {
		if !w.num || len(w.text) != 4 || (w.text[0] != '1' && w.text[0] != '2') {
			continue
		}
		if strconv.Itoa(s.art.Date.Year) == w.text {
			continue
		}
		if _, p := s.matchWord(w, q.lang, 0, len(s.fold)); p < 0 || onlyCompared(s, w.fold) {
			return true
		}
	}
	return false
}

// comparedWithin is how many words before a year "so với" or "cùng kỳ"
// may stand to make it the year compared with.
const comparedWithin = 4

// onlyCompared reports whether s names year only as the one its figures
// are compared with: "tăng 18% so với cùng kỳ năm 2023" gives 2024's
// figures.
func onlyCompared(s *sent, year string) bool {
	ps := s.pos[year]
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		compared := false
		for k := max(0, p-comparedWithin); k+1 < p && !compared; k++ {
			compared = comparisonAt(s, k)
		}
		if !compared {
			return false
		}
	}
	return true
}
