package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// basePeriodCues ask for the figure of the period an article compares its
// own with: "cùng kỳ năm ngoái có bao nhiêu vụ".
var basePeriodCues = lexicon.MustSet("base_period_cues").Words()

// basePeriodCuesList is basePeriodCues split once.
var basePeriodCuesList = phrasesOf(basePeriodCues)

// fallVerbs are the change verbs that say a figure fell ("giảm").
var fallVerbs = lexicon.MustSet("change_fall_verbs")

// asksBase reports whether q asks for the figure of a base period ("cùng
// kỳ năm ngoái có bao nhiêu vụ tai nạn"): a count with a cue of the base
// period that asks for no change ("so với cùng kỳ giảm bao nhiêu" asks the
// change, which the article states) and no share.
func asksBase(q question) bool {
	return asksCountNoChange(q) && basePeriodCuesList.in(q.words)
}

// asksCountNoChange reports whether q asks for a count, and not for a
// change.
func asksCountNoChange(q question) bool {
	return q.wh == whCount && len(q.focus) > 0 && !asksChange(q)
}

// asksComparedYear reports whether q names a number that the sentence of
// change y writes after it as the period compared with: "năm 2024 có bao
// nhiêu vụ" of "giảm 354 vụ so với năm 2024".
func asksComparedYear(q question, y counted) bool {
	for k := y.at + 1; k+1 < len(y.s.fold); k++ {
		if !comparisonAt(y.s, k) {
			continue
		}
		from := k + comparisonPhraseWords
		for j := from; j < min(len(y.s.fold), from+comparedYearWindow); j++ {
			for _, w := range q.words {
				if w.num && w.fold == y.s.fold[j] {
					return true
				}
			}
		}
	}
	return false
}

// comparedYearWindow is how many words after "so với" the period compared
// with is written in ("so với năm 2024", "so với cùng kỳ năm 2023").
const comparedYearWindow = 4

// A counted is a quantity fact of the articles in scope, where its number
// stands in its sentence and whether it is a change ("giảm 3 vụ").
type counted struct {
	f      corpus.Fact
	s      *sent
	at     int
	change bool
}

// quantitiesIn returns the quantity facts of the passages in scope, in
// order, each with the sentence and the word its number stands at and
// whether it is a change (read once per document); a fact whose sentence
// or number cannot be found is left out.
func (d *document) quantitiesIn(sc *scope) []counted {
	var out []counted
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || !sc.holdsFact(f) {
			continue
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		if at := d.numberWordAt(s, i); at >= 0 {
			out = append(out, counted{f: f, s: s, at: at, change: d.prep[i].change})
		}
	}
	return out
}

// comparedBase answers the figure of the period an article compares its
// own with, when it writes only the current figure and the change: "4 vụ
// tai nạn … So với cùng kỳ năm ngoái, số vụ tai nạn giảm 3 vụ" gives
// "4 + 3 = 7 vụ tai nạn giao thông" for "cùng kỳ năm ngoái có bao nhiêu
// vụ tai nạn", "18 trường hợp bị thương (tăng 16 ca so với cùng kỳ)"
// gives "18 − 16 = 2". A change is paired with the figure it changes
// (baseOf); the pair whose sentences hold most of the question's other
// words wins. A base the article states itself is a quantity of its own,
// which the quantity generator answers: a change whose sentence states
// another figure of its unit after it ("giảm 3 vụ, từ 7 vụ") is left out;
// but a figure stated in brackets after a compared year the question names
// is answered here (statedBase), as the quantity generator leaves out
// sentences that name that year only as compared (otherYear).
func (d *document) comparedBase(q question, content []word, sc *scope) candidate {
	if !asksCountNoChange(q) {
		return candidate{}
	}
	cued := basePeriodCuesList.in(q.words)
	noun := withoutFillers(q.focus)
	if q.counted != nil {
		// "bao nhiêu người chết": people counted by what they underwent.
		noun = []word{*q.counted}
	}
	if len(noun) == 0 {
		return candidate{}
	}
	rest := without(content, basePeriodCues...)
	all := d.quantitiesIn(sc)
	best, bestCover := d.statedBase(q, rest, all)
	for k, y := range all {
		if !y.change || !comparesPeriods(y.s) || statesBase(all, k) || !cued && !asksComparedYear(q, y) {
			continue
		}
		x, ok := baseOf(all, k)
		if !ok || !pairCountsAsked(noun, x.f.Unit, y.f.Unit) {
			continue
		}
		cover := d.overlapOf(q, rest, y.s).coverage()
		if x.s != y.s {
			cover = max(cover, d.overlapOf(q, rest, x.s).coverage())
		}
		if cover < minBaseCover || cover <= bestCover {
			continue
		}
		c, ok := baseAnswer(x, y)
		if !ok {
			continue
		}
		c.score = baseScore + baseCover*cover
		best, bestCover = c, cover
	}
	return best
}

// The base's confidence, as its own rules judge: a base, and the share of
// the question's other words its sentences hold; a pair holding less than
// minBaseCover of them is not the one asked about.
const (
	baseScore    = 0.5
	baseCover    = 0.4
	minBaseCover = 0.5
)

// baseAnswer writes the base of figure x before change y, with its
// computation: "4 + 3 = 7 vụ tai nạn giao thông" for a fall, "18 − 16 =
// 2 trường hợp bị thương" for a rise. A rise larger than its figure has no
// base.
func baseAnswer(x, y counted) (candidate, bool) {
	v, op := x.f.Value+y.f.Value, plusSign
	if !fallVerbs.Has(y.s.lower[governor(y.s, y.at)[0]], lexicon.Exact) {
		v, op = x.f.Value-y.f.Value, minusSign
	}
	if v <= 0 {
		return candidate{}, false
	}
	ans := computation(x.f.Number, op, y.f.Number, formatNumber(v), x.f.Unit)
	refs := refsOf(ref{x.f.Passage, x.f.Sentence}, ref{y.f.Passage, y.f.Sentence})
	return candidate{answer: ans + ".", kind: KindFact, refs: refs, computed: true}, true
}

// The signs of a computation an answer shows: "4 + 3 = 7 vụ".
const (
	plusSign   = " + "
	minusSign  = " − "
	equalsSign = " = "
)

// computation writes the computation of a two-figure answer: "x op y =
// v unit" ("46 − 45 = 1 tuổi").
func computation(x, op, y, v, unit string) string {
	return x + op + y + equalsSign + v + " " + unit
}

// comparesPeriods reports whether s compares with another period: "so
// với", "cùng kỳ" (comparison_phrases_folded).
func comparesPeriods(s *sent) bool {
	return firstComparison(s) >= 0
}

// firstComparison returns the position of the first comparison phrase of
// s (comparisonAt), or -1.
func firstComparison(s *sent) int {
	for i := range s.fold {
		if comparisonAt(s, i) {
			return i
		}
	}
	return -1
}

// statesBase reports whether the clause of change all[k] states another
// figure of the same unit after it, which is no other change: the base
// itself ("giảm 3 vụ so với 7 vụ cùng kỳ").
func statesBase(all []counted, k int) bool {
	y := all[k]
	for _, o := range all[k+1:] {
		if o.s != y.s {
			break
		}
		// A figure that is no change, or one the change's own verb
		// governs: "so với 7 vụ" may read as an item of the change's list.
		if o.s.clause[o.at] == y.s.clause[y.at] && sameHead(o.f.Unit, y.f.Unit) && (!o.change || sameGovernor(y.s, o.at, y.at)) {
			return true
		}
	}
	return false
}

// baseOf returns the figure change all[k] changes: the figure right
// before it in its sentence, when the change is written in brackets after
// it ("18 trường hợp bị thương (tăng 16 ca …)"); else the nearest figure
// before it, in its sentence or the one before, that counts the same noun
// the words before the change name ("4 vụ tai nạn giao thông … số vụ tai
// nạn giảm 3 vụ"; "5 người tử vong … số người chết giảm 1 người", by
// synonym); a change that names nothing before its verb ("khởi tố 705 vụ
// án …, giảm 354 vụ") changes the nearest figure of its unit before it in
// its sentence. Shares and figures that are changes themselves are never a
// base.
func baseOf(all []counted, k int) (counted, bool) {
	y := all[k]
	if isShare(y.f.Unit) {
		return counted{}, false
	}
	if k > 0 {
		x := all[k-1]
		if x.s == y.s && !x.change && !isShare(x.f.Unit) && bracketBetween(y.s, x.at, y.at) {
			return x, sameHead(x.f.Unit, y.f.Unit) || countsPeople(x.f.Unit) && countsPeople(y.f.Unit)
		}
	}
	named := namedBefore(y.s, y.at, baseNounWindow)
	subjectless := len(named) == 0 || len(named) == 1 && changeVerbs.Has(named[0], lexicon.Folded)
	for j := k - 1; j >= 0; j-- {
		x := all[j]
		if x.s.p != y.s.p || x.s.index < y.s.index-maxBaseSentencesBack {
			break
		}
		if x.change || !sameHead(x.f.Unit, y.f.Unit) {
			continue
		}
		if namesUnit(named, x.f.Unit) || subjectless && x.s == y.s {
			return x, true
		}
	}
	return counted{}, false
}

// How far a change's figure is looked for: baseNounWindow words before
// the change's number name what it counts ("số vụ tai nạn giảm"), and the
// figure stands in its sentence or at most maxBaseSentencesBack before.
const (
	baseNounWindow        = 4
	maxBaseSentencesBack  = 1
	bracketOpen           = "("
	bracketClose          = ")"
	minUnitRestWords      = 1
	maxUnitRestWordsNamed = 2
)

// bracketBetween reports whether s opens a bracket between the numbers at
// words from and to that is still open at to: "18 trường hợp bị thương
// (tăng 16 ca", not "8 Huy chương Đồng (HCĐ); tăng 1 HCV".
func bracketBetween(s *sent, from, to int) bool {
	a, b := tokenStart(s, from), tokenStart(s, to)
	if a < 0 || b <= a {
		return false
	}
	between := s.text[a:b]
	return strings.LastIndex(between, bracketOpen) > strings.LastIndex(between, bracketClose)
}

// namedBefore returns the folded words of s in the n before word at, from
// its part of the sentence (partBreak) and after the last number.
func namedBefore(s *sent, at, n int) []string {
	var out []string
	for k := at - 1; k >= 0 && len(out) < n; k-- {
		if numberLike(s, k) || partBreak(s, k+1) {
			break
		}
		out = append([]string{s.fold[k]}, out...)
	}
	return out
}

// namesUnit reports whether the words named name the unit: the words of
// the unit after its head noun ("tai nạn" of "vụ tai nạn giao thông",
// "tử vong" of "người tử vong"), up to maxUnitRestWordsNamed of them, or a
// synonym of them ("chết"), stand among named.
func namesUnit(named []string, unit string) bool {
	u := analysis.FoldedWords(unit)
	if len(u) < 1+minUnitRestWords {
		return false
	}
	restWords := u[1:min(len(u), 1+maxUnitRestWordsNamed)]
	joined := " " + strings.Join(named, " ") + " "
	for n := len(restWords); n >= minUnitRestWords; n-- {
		phrase := strings.Join(restWords[:n], " ")
		for _, alt := range append([]string{phrase}, synonyms(phrase)...) {
			if strings.Contains(joined, " "+alt+" ") {
				return true
			}
		}
	}
	return false
}

// sameHead reports whether two units count the same noun: their first
// words agree, folded, or one abbreviates the other ("HCV" of "Huy chương
// Vàng": "13 Huy chương Vàng …; tăng 1 HCV so với năm 2024").
func sameHead(a, b string) bool {
	x, y := analysis.FoldedWords(a), analysis.FoldedWords(b)
	return len(x) > 0 && len(y) > 0 && (x[0] == y[0] || abbreviates(x, b) || abbreviates(y, a))
}

// minAbbreviatedWords is how many words a unit an abbreviation stands for
// has at least.
const minAbbreviatedWords = 2

// abbreviates reports whether short, a unit as written, is one word in
// capitals made of the first letters of full, the folded words of another
// unit ("HCV" of "huy chuong vang").
func abbreviates(full []string, short string) bool {
	s := analysis.FoldedWords(short)
	if len(s) != 1 || strings.ToUpper(short) != short || len(full) < minAbbreviatedWords || len(full) != len(s[0]) {
		return false
	}
	for i, w := range full {
		if w == "" || w[0] != s[0][i] {
			return false
		}
	}
	return true
}

// pairCountsAsked reports whether the pair of a figure of unit x and its
// change of unit y counts the noun asked: its first word is the head of
// either unit ("vụ" of "vụ tai nạn giao thông"; "ca" of "tăng 16 ca"), or
// it counts people as the figure does ("mấy người chết" of "5 người tử
// vong").
func pairCountsAsked(noun []word, x, y string) bool {
	for _, u := range []string{x, y} {
		if h := analysis.FoldedWords(u); len(h) > 0 && h[0] == noun[0].fold {
			return true
		}
	}
	return countsPeopleUnit(noun) && countsPeople(x)
}

// isShare reports whether a unit is a share ("%"), which no base is
// added to.
func isShare(unit string) bool {
	return strings.Contains(unit, "%")
}

// sameGovernor reports whether the numbers at words a and b of s are
// governed by the same word nearest them (governor).
func sameGovernor(s *sent, a, b int) bool {
	x, y := governor(s, a), governor(s, b)
	return len(x) > 0 && len(y) > 0 && x[0] == y[0]
}

// countsPeople reports whether a unit counts people (countsPeopleUnit):
// "trường hợp", "ca", "người".
func countsPeople(unit string) bool {
	var ws []word
	for _, t := range strings.Fields(strings.ToLower(unit)) {
		ws = append(ws, word{text: t, fold: analysis.Fold(t)})
	}
	return countsPeopleUnit(ws)
}

// namesBase reports whether q, a count that asks for no change, names the
// base of a comparison s writes: a base period cue ("cùng kỳ năm ngoái có
// bao nhiêu vụ", asksBase), or a year s writes after "so với" ("năm 2024
// có bao nhiêu vụ" of "giảm 354 vụ so với năm 2024"). s must compare
// periods (comparesPeriods).
func namesBase(q question, s *sent) bool {
	if !asksCountNoChange(q) || !comparesPeriods(s) {
		return false
	}
	return asksBase(q) || asksComparedYear(q, counted{s: s, at: -1})
}

// baseAskedOther reports, for a question that names the base of the
// comparison of s (namesBase), whether the number at word at of s is the
// change ("giảm 3 vụ so với cùng kỳ") or the current figure ("đạt 21 tỷ
// USD, tăng 5% so với cùng kỳ": a figure that is no change, followed by a
// change before the first comparison phrase of s), neither of which is the
// base asked; "đạt 11,5 tỷ USD, bằng mức 11,47 tỷ USD của cùng kỳ" writes
// no change, and its figures are left alone.
// known is false when q names no base of s.
func baseAskedOther(q question, s *sent, at int) (change, current, known bool) {
	if at < 0 || !namesBase(q, s) {
		return false, false, false
	}
	if comparedFigureAsked(q, s, at) {
		return false, false, true // the base, stated
	}
	if isChange(s, at) {
		return true, false, true
	}
	first := firstComparison(s)
	if first <= at {
		return false, false, true
	}
	for j := at + 1; j < first; j++ {
		if numberLike(s, j) && isChange(s, j) {
			return false, true, true
		}
	}
	return false, false, true
}
