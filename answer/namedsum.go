package answer

import (
	"math"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// sumItemJoiners join two things a total question names ("TikTok và
// Facebook", "cả Chính phủ lẫn tỉnh").
var sumItemJoiners = lexicon.MustSet("sum_item_joiners")

// sumCueWords are the folded words of sumCues, which end a named thing,
// and sumCueWritten the same as written, in lower case.
var sumCueWords, sumCueWritten = func() (folded, written map[string]bool) {
	folded, written = map[string]bool{}, map[string]bool{}
	for _, c := range sumCues {
		for _, w := range analysis.FoldedWords(c) {
			folded[w] = true
		}
		for _, w := range strings.Fields(analysis.Lower(c)) {
			written[w] = true
		}
	}
	return folded, written
}()

// sumCueAt reports whether question word w is a word of sumCues: as
// written when it is matched as typed ("Hải" of "Hải Phòng" is no "hai"
// of "cả hai"), folded otherwise.
func sumCueAt(w word) bool {
	if w.typedAs() {
		return sumCueWritten[w.text]
	}
	return sumCueWords[w.fold]
}

// listComma parts the things of a list a question names; the words of a
// question keep no commas, and namedItems reads two things only.
const listComma = ","

// maxNamedItemWords is how many words beside its joiner a thing named in a
// total question is read from at most: a name ("Tuyên Quang", "Hà
// Giang") or a noun ("chăn nuôi", "lúa").
const maxNamedItemWords = 3

// namedItems returns the two things a total question names joined by a
// joiner (sumItemJoiners), each as the runs of words beside the joiner
// that may name it, shortest first: the words before the joiner ending at
// it, the words after it starting there, none a filler, a number, a sum
// cue or the count word, which may stand before or after them. nil when
// the question joins no two things.
func namedItems(q question) [][][]word {
	stop := func(k int) bool {
		w := q.words[k]
		return k == q.whAt || w.num || w.isFiller() || sumCueAt(w)
	}
	for j := 1; j+1 < len(q.words); j++ {
		if j == q.whAt || !sumItemJoiners.Has(q.words[j].fold, lexicon.Folded) {
			continue
		}
		var left, right [][]word
		for l := 1; l <= maxNamedItemWords && j-l >= 0 && !stop(j-l); l++ {
			left = append(left, q.words[j-l:j])
		}
		for l := 1; l <= maxNamedItemWords && j+l < len(q.words) && !stop(j+l); l++ {
			right = append(right, q.words[j+1:j+1+l])
		}
		if len(left) > 0 && len(right) > 0 {
			return [][][]word{left, right}
		}
	}
	return nil
}

// namedSum answers a total of two things the question names, which the
// article counts each in its own part of a sentence and never adds up:
// "tổng cộng TikTok và Facebook có bao nhiêu người theo dõi" of "kênh
// TikTok … có 780.000 người theo dõi, trang Facebook có 401.000 người
// theo dõi" is "780.000 + 401.000 = 1.181.000 người theo dõi". Each thing
// binds the counts nearest its name (sideBound) by the longest run of its
// words any count binds whole; the counts added share one unit (sameHead)
// — the noun the question counts when it names one, money when it asks
// money — and each thing binds one figure of it. ok is false when a thing
// binds no figure, or two, of every unit.
func (d *document) namedSum(q question, sc *scope) (candidate, bool) {
	items := namedItems(q)
	if items == nil || strings.Contains(q.text, listComma) {
		// "cà phê, hạt điều và gạo" names three things, of which the
		// words read only two.
		return candidate{}, false
	}
	var all []counted
	for _, c := range d.quantitiesIn(sc) {
		if c.f.Unit != "" && !c.change {
			all = append(all, c)
		}
	}
	// bound[k] are the counts thing k binds by its longest run bound.
	bound := make([][]counted, len(items))
	for k, runs := range items {
		for l := len(runs) - 1; l >= 0 && len(bound[k]) == 0; l-- {
			for _, c := range all {
				if sideBound(c, runs[l]) == 1 {
					bound[k] = append(bound[k], c)
				}
			}
		}
		if len(bound[k]) == 0 {
			return candidate{}, false
		}
	}
	noun := askedNoun(d, q, sc, items)
	money := q.asksMoney()
	var picked []counted
	for _, c := range bound[0] {
		if noun != nil && !unitHoldsAny(c.f.Unit, [][]word{nounHead(noun)}) || money && !isMoneyUnit(c.f.Unit) {
			continue
		}
		group, ok := oneOfUnit(bound, c.f.Unit)
		if !ok {
			continue
		}
		if picked != nil && !sameScaledHead(picked[0].f.Unit, c.f.Unit) {
			return candidate{}, false // two units fit: which is asked is unclear
		}
		picked = group
	}
	if picked == nil {
		return candidate{}, false
	}
	picked = inArticleOrder(picked, all)
	if w, ok := statedTotal(all, picked); ok {
		// "trong và ngoài KCN" of "465 dự án (trong KCN 292 dự án …;
		// ngoài KCN 173 dự án …)": the article states the total.
		c := wholeCandidate(statedWhole{whole: w.f, parts: factsOfCounted(picked)}, 1)
		c.sumParts = sumBound
		return c, true
	}
	return boundSum(factsOfCounted(picked), sharedUnit(picked)), true
}

// boundSum is the candidate that adds figures bound one each to what the
// question names, with the computation: "36 + 17 = 53 đảng viên." of its
// unit, an approximate figure's qualifier ("khoảng") qualifying the
// total, and the sentences of the figures as its references.
func boundSum(facts []corpus.Fact, unit string) candidate {
	var parts []string
	var rs []ref
	total := 0.0
	qualifier := ""
	for _, f := range facts {
		parts = append(parts, f.Number)
		total += f.Value
		rs = append(rs, ref{f.Passage, f.Sentence})
		if approximateQualifiers.Has(f.Qualifier, lexicon.Exact) {
			qualifier = f.Qualifier + " "
		}
	}
	ans := strings.Join(parts, plusSign) + equalsSign + qualifier + formatNumber(total) + " " + unit
	return candidate{answer: ans + ".", kind: KindFact, score: sumBase + sumCover, refs: refsOf(rs...), sumParts: sumBound}
}

// oneOfUnit returns, for each thing named, the one figure of the unit
// (sameHead) it binds, a part in the bracket of another (partOfBound) left
// out; ok is false when a thing binds none, or figures of
// two values, or two things bind the same figure.
func oneOfUnit(bound [][]counted, unit string) ([]counted, bool) {
	var out []counted
	for _, cs := range bound {
		var one *counted
		for k, c := range cs {
			if !sameScaledHead(c.f.Unit, unit) || partOfBound(c, cs, unit) {
				continue
			}
			if one != nil && one.f.Value != c.f.Value {
				return nil, false
			}
			if one == nil {
				one = &cs[k]
			}
		}
		if one == nil {
			return nil, false
		}
		for _, o := range out {
			if sameFact(o.f, one.f) {
				return nil, false
			}
		}
		out = append(out, *one)
	}
	return out, true
}

// partOfBound reports whether figure c is a part of another figure of cs
// of the unit: one its sentence writes before it with a bracket opened
// between them and still open at c, whose breakdown c is in ("19 người
// chết (A 1 người; …; B 1 người chết …)"). The whole is what a thing
// binds; a part is never added beside it.
func partOfBound(c counted, cs []counted, unit string) bool {
	for _, w := range cs {
		if w.s == c.s && w.at >= 0 && w.at < c.at && sameScaledHead(w.f.Unit, unit) && bracketBetween(c.s, w.at, c.at) {
			return true
		}
	}
	return false
}

// askedNoun returns the noun the question counts, which the figures added
// must count: the focus less the words of the things named ("chăn nuôi"
// of "chăn nuôi và thủy sản thiệt hại …"), when a quantity in scope counts
// it (countsNoun); nil when the question counts no noun the article does
// ("người theo dõi" of figures in "người"; "diện tích").
func askedNoun(d *document, q question, sc *scope, items [][][]word) []word {
	var named []string
	for _, runs := range items {
		named = append(named, words(runs[len(runs)-1])...)
	}
	noun := without(withoutFillers(q.focus), named...)
	if len(noun) == 0 || !d.countsNoun(sc, noun[0]) {
		return nil
	}
	return noun
}

// sharedUnit writes the unit the figures added share: the words their
// units open with alike, as the first writes them ("ha" of "20,9 ha lúa"
// and "4,5 ha ngô"), or the first's whole when they differ from the
// first word (an abbreviation of the other: sameHead).
func sharedUnit(cs []counted) string {
	first := strings.Fields(cs[0].f.Unit)
	if len(analysis.FoldedWords(cs[0].f.Unit)) != len(first) {
		return cs[0].f.Unit
	}
	n := len(first)
	for _, c := range cs[1:] {
		u := analysis.FoldedWords(c.f.Unit)
		m := 0
		for m < n && m < len(u) && analysis.Fold(first[m]) == u[m] {
			m++
		}
		n = m
	}
	if n == 0 {
		return cs[0].f.Unit
	}
	return strings.Join(first[:n], " ")
}

// inArticleOrder returns the figures picked in the order all, the article's,
// writes them.
func inArticleOrder(picked, all []counted) []counted {
	var out []counted
	for _, c := range all {
		for _, p := range picked {
			if sameFact(c.f, p.f) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// statedTotal returns the figure of all written before the parts
// (opensBreakdown), of their unit (sameHead), whose value is their sum: a
// total the article states wins over one worked out.
func statedTotal(all, parts []counted) (counted, bool) {
	total := 0.0
	for _, c := range parts {
		total += c.f.Value
	}
	first := parts[0]
	for _, c := range all {
		if sameFact(c.f, first.f) {
			break // a total is stated before its parts
		}
		if math.Abs(c.f.Value-total) <= wholeTolerance && sameHead(c.f.Unit, first.f.Unit) && opensBreakdown(c, first) {
			return c, true
		}
	}
	return counted{}, false
}

// opensBreakdown reports whether figure whole, written before figure part,
// may be its whole: it stands in another sentence, or a bracket opens
// between them ("465 dự án (trong KCN 292 dự án …)"); not an earlier item
// of one list with it ("Lào Cai có 204 nhà, Hà Giang 27 nhà"), which
// matches a sum by chance.
func opensBreakdown(whole, part counted) bool {
	if whole.s != part.s {
		return true
	}
	from, to := factStart(whole.s, whole.f, whole.at), factStart(part.s, part.f, part.at)
	return from >= 0 && to > from && strings.Contains(whole.s.text[from:to], bracketOpen)
}

// factsOfCounted returns the facts of cs.
func factsOfCounted(cs []counted) []corpus.Fact {
	out := make([]corpus.Fact, len(cs))
	for k, c := range cs {
		out[k] = c.f
	}
	return out
}
