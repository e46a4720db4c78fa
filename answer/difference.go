package answer

import (
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// differenceCues ask by how much one figure exceeds another, the first
// side written before them and the second after: "A hơn B mấy tuổi",
// "giá ở A cao hơn ở B bao nhiêu", "hơn kém nhau mấy tuổi".
var differenceCues = lexicon.MustSet("difference_cues").Words()

// differenceCuesList is differenceCues split once, longest first.
var differenceCuesList = phrasesOf(differenceCues)

// comparativeAdjectives say which side of a comparison is larger ("cao
// hơn", "nhiều hơn") and name neither side.
var comparativeAdjectives = lexicon.MustSet("comparative_adjectives_folded")

// differenceSides are the two sides a difference question compares: the
// words that name each and not the other.
type differenceSides struct {
	a, b []word
	// rawA and rawB are each side's words as written, shared words
	// included: the name "Vù A Giả" of "Vù A Giả hơn Vù A Nguyên".
	rawA, rawB []word
}

// askedDifference reads a difference question: a count whose difference
// cue stands before its count word, after a first side, and is no
// qualifier of a number ("hơn 20 triệu"), and no choice between options.
// ok is false for any other question.
func askedDifference(q question) (sides differenceSides, ok bool) {
	if q.wh != whCount || q.choice != nil || q.whAt <= 0 {
		return differenceSides{}, false
	}
	for _, pw := range differenceCuesList.items {
		c := pw.at(q.words[:q.whAt])
		if c <= 0 {
			continue
		}
		end := c + len(pw.parts)
		if end < len(q.words) && q.words[end].num {
			return differenceSides{}, false
		}
		a := q.words[:c]
		if k := len(a) - 1; comparativeAdjectives.Has(a[k].fold, lexicon.Exact) {
			a = a[:k]
		}
		b := q.words[end:q.whAt]
		return differenceSides{a: sideWords(a, b, q.marked), b: sideWords(b, a, q.marked), rawA: a, rawB: b}, true
	}
	return differenceSides{}, false
}

// sideWords returns the words of ws that name their side: no words the
// other side writes too, and no fillers or numbers typed with diacritics
// but capitalised ones ("Lâm Đồng"); a question typed without them keeps
// the fillers it folds alike, which may be syllables of names ("da" of
// "da nang", "hai" of "hai phong").
func sideWords(ws, other []word, marked bool) []word {
	var out []word
	for _, w := range ws {
		if holdsFold(other, w.fold) || marked && !w.cap && (w.num || w.isFiller()) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// asksDifference reports whether q asks by how much one figure exceeds
// another (askedDifference).
func asksDifference(q question) bool {
	_, ok := askedDifference(q)
	return ok
}

// difference answers by how much one figure exceeds another, which the
// article does not state: the two figures bound to the two sides the
// question names, of one unit, and their difference with its computation
// shown ("46 − 45 = 1 tuổi", "109.500 − 109.000 = 500 đồng/kg"), the
// larger first. Ages are read from the notes beside names
// (ageDifference); other figures from the quantities, each bound to the
// words around its number (sideBound). When either side cannot be bound,
// there is no candidate.
func (d *document) difference(q question, sc *scope) candidate {
	sides, ok := askedDifference(q)
	if !ok {
		return candidate{}
	}
	if ageQuestionCuesList.in(q.words[q.whAt:]) {
		return d.ageDifference(q, sides, sc)
	}
	if len(sides.a) == 0 || len(sides.b) == 0 {
		return candidate{}
	}
	var noun []word
	if !q.described && q.per == "" {
		// A focus read before the count word describes the figure, and
		// one after it may be the unit of a price ("bao nhiêu một ký").
		noun = withoutFillers(q.focus)
	}
	if q.counted != nil {
		noun = []word{*q.counted}
	}
	if len(noun) > 0 && !d.countsNoun(sc, noun[0]) {
		// "bao nhiêu phiếu" of figures counted in "đại biểu": the noun
		// asked picks no figure, and the sides alone bind them.
		noun = nil
	}
	money := !q.described && q.asksMoney()
	var all []counted
	for _, c := range d.quantitiesIn(sc) {
		if c.change || len(noun) > 0 && !unitIs(c.f.Unit, noun[:1]) || money && !isMoneyUnit(c.f.Unit) {
			continue
		}
		all = append(all, c)
	}
	// How much of each side's words each figure's neighbourhood holds,
	// read once per figure, not once per pair.
	boundA, boundB := make([]float64, len(all)), make([]float64, len(all))
	for i, c := range all {
		boundA[i], boundB[i] = sideBound(c, sides.a), sideBound(c, sides.b)
	}
	var x, y counted
	best := 0.0
	for i, a := range all {
		ba := boundA[i]
		if ba < minSideBound || ba <= boundB[i] {
			continue
		}
		for j, b := range all {
			if b.f.Value == a.f.Value || !sameHead(a.f.Unit, b.f.Unit) {
				continue
			}
			bb := boundB[j]
			if bb < minSideBound || bb <= boundA[j] {
				continue
			}
			if bound := ba + bb; bound > best {
				x, y, best = a, b, bound
			}
		}
	}
	if best == 0 {
		return candidate{}
	}
	if x.f.Value < y.f.Value {
		x, y = y, x
	}
	ans := computation(x.f.Number, minusSign, y.f.Number, formatNumber(x.f.Value-y.f.Value), x.f.Unit)
	return candidate{answer: ans + ".", kind: KindFact, score: differenceScore + differenceBound*best/2, refs: refsOf(ref{x.f.Passage, x.f.Sentence}, ref{y.f.Passage, y.f.Sentence}), computed: true}
}

// isMoneyUnit reports whether a quantity's unit is money: one of its words
// is a unit of money ("triệu đồng", "tỷ USD").
func isMoneyUnit(unit string) bool {
	for _, w := range analysis.FoldedWords(unit) {
		if moneyUnits.Has(w, lexicon.Exact) {
			return true
		}
	}
	return false
}

// countsNoun reports whether a quantity of the articles in scope counts
// noun (unitIs).
func (d *document) countsNoun(sc *scope, noun word) bool {
	for _, i := range d.factsIn(sc) {
		if f := d.facts[i]; f.Type == corpus.FactQuantity && sc.holdsFact(f) && unitIs(f.Unit, []word{noun}) {
			return true
		}
	}
	return false
}

// The difference's confidence, as its own rules judge: a difference, and
// how much of each side's words its figure's neighbourhood holds; a figure
// whose neighbourhood holds less than minSideBound of its side's words is
// not bound to it.
const (
	differenceScore = 0.5
	differenceBound = 0.4
	minSideBound    = 0.5
)

// sideReach is the most words a word naming a side may stand from the
// number it names; a part break (a comma, a parenthesis) between them
// counts as sideReach words, so that a name is read with the number of its
// own part of a list ("Tiêu tại Đắk Lắk đã lên 101.000 đồng/kg, Gia Lai
// và Đắk Nông cùng ở mức 100.000 đồng/kg").
const sideReach = 8

// sideBound returns the share of side's words written in c's sentence
// nearer the number of c than any other number there (nearestNumber):
// "Gia Lai" of "Gia Lai … 100.000 đồng/kg", "C" of "22 giải C và 25 giải
// khuyến khích" (22, not 25).
func sideBound(c counted, side []word) float64 {
	if len(side) == 0 {
		return 0
	}
	s := c.s
	found := 0
	for _, w := range side {
		for k := range s.fold {
			if w.writtenAt(s, k) && nearestNumber(s, k) == c.at {
				found++
				break
			}
		}
	}
	return float64(found) / float64(len(side))
}

// nearestNumber returns the position of the number of s word k names: the
// number before it in its part of the sentence, whose noun phrase it
// qualifies ("96 dự án sử dụng vốn nhà nước với hơn 627.000 tỷ đồng"),
// within sideReach words; else the number it is nearest, by wordDistance,
// within sideReach; else -1.
func nearestNumber(s *sent, k int) int {
	for i := k - 1; i >= 0 && k-i <= sideReach && !partBreak(s, i+1); i-- {
		if numberLike(s, i) {
			return i
		}
	}
	best, bestAt := sideReach+1, -1
	for i := range s.fold {
		if i == k || !numberLike(s, i) {
			continue
		}
		if d := wordDistance(s, k, i); d < best || d == best && i < k {
			best, bestAt = d, i
		}
	}
	return bestAt
}

// wordDistance is how many words word k of s stands from the number at
// word n, each part break between them counting sideReach more — but for
// a bracket the number opens after the word, which writes the number of
// what the word names: "Nguyễn Trung Cường (410 bình chọn)", unless the
// word already follows a number of its own part, whose noun it qualifies
// ("96 dự án sử dụng vốn nhà nước (627.000 tỷ đồng)").
func wordDistance(s *sent, k, n int) int {
	lo, hi := min(k, n), max(k, n)
	d := hi - lo
	noted := n > k && !numberInPartBefore(s, k)
	for i := lo + 1; i <= hi; i++ {
		if partBreak(s, i) && !(i == n && noted && bracketBetween(s, i-1, i)) {
			d += sideReach
		}
	}
	return d
}

// numberInPartBefore reports whether a number stands before word k of s in
// its part of the sentence.
func numberInPartBefore(s *sent, k int) bool {
	for i := k - 1; i >= 0; i-- {
		if numberLike(s, i) {
			return true
		}
		if partBreak(s, i) {
			return false
		}
	}
	return false
}

// refsOf returns the refs given, each once.
func refsOf(rs ...ref) []ref {
	var out []ref
	for _, r := range rs {
		dup := false
		for _, o := range out {
			dup = dup || o == r
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// An agedPerson is a person whose note gives an age, and that age.
type agedPerson struct {
	f   *corpus.Fact
	age int
}

// ageDifference answers by how many years two people's ages differ: the
// notes beside their names give each age ("Hồ Văn Quynh (27 tuổi) và
// Trương Thanh Ngương (33 tuổi)"). The two people are the one each side of
// the question names; when neither names anyone ("hai đối tượng hơn kém
// nhau mấy tuổi"), the only two people of the articles in scope whose age
// is given. A side that names nobody when the other names someone binds
// nothing: no candidate.
func (d *document) ageDifference(q question, sides differenceSides, sc *scope) candidate {
	var people, inA, inB []agedPerson
	seen := map[string]bool{}
	qa, qb := q, q
	qa.words, qb.words = sides.rawA, sides.rawB
	for _, i := range d.factsIn(sc) {
		f := &d.facts[i]
		if f.Type != corpus.FactPerson || f.Note == nil || seen[f.Name] {
			continue
		}
		age, err := strconv.Atoi(strings.TrimSpace(f.Note.Age))
		if err != nil {
			continue
		}
		seen[f.Name] = true
		p := agedPerson{f: f, age: age}
		people = append(people, p)
		a, b := len(sides.rawA) > 0 && namesPerson(qa, *f) > 0, len(sides.rawB) > 0 && namesPerson(qb, *f) > 0
		if a && !b {
			inA = append(inA, p)
		}
		if b && !a {
			inB = append(inB, p)
		}
	}
	var x, y agedPerson
	switch {
	case len(inA) == 1 && len(inB) == 1:
		x, y = inA[0], inB[0]
	case len(inA) == 0 && len(inB) == 0 && len(people) == 2:
		x, y = people[0], people[1]
	default:
		return candidate{}
	}
	if x.age < y.age {
		x, y = y, x
	}
	if x.age == y.age {
		return candidate{}
	}
	ans := computation(strconv.Itoa(x.age), minusSign, strconv.Itoa(y.age), strconv.Itoa(x.age-y.age), ageQuestionCues[0])
	return candidate{answer: ans + ".", kind: KindFact, score: ageDifferenceScore, refs: refsOf(ref{x.f.Note.Passage, x.f.Note.Sentence}, ref{y.f.Note.Passage, y.f.Note.Sentence}), computed: true}
}

// ageDifferenceScore is the age difference's confidence, as its own rules
// judge: the ages are read from notes, and the pair is the one asked.
const ageDifferenceScore = 0.8
