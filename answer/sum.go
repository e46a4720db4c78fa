package answer

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// sumCues are the words that ask for a total: "tổng cộng bao nhiêu cá
// nhân", "cả hai … bao nhiêu", "cộng lại".
var sumCues = lexicon.MustSet("sum_cues").Words()

// sumCueLookalikes open with a word of sumCues but name a body, a title or
// an act ("Tổng Liên đoàn …", "tổng kết"), never a total.
var sumCueLookalikes = lexicon.MustSet("sum_cue_lookalikes").Words()

// asksTotal reports whether the words ws ask for a total: they hold a sum
// cue that opens no name of a body or title and no act ("Tổng cục", "Tổng
// Bí thư", "tổng kết" hold the cue word "tổng" but ask for no total), or
// one typed with its marks (sumCuesMarked).
func asksTotal(ws []word) bool {
	rest := withoutPhrases(ws, sumCueLookalikesList)
	return sumCuesList.in(rest) || slices.ContainsFunc(rest, func(w word) bool {
		return w.marked && sumCuesMarked.Has(w.text, lexicon.Exact)
	})
}

// sumCuesMarked ask for a total only when typed with their marks: "cộng"
// ("cong" is also "công").
var sumCuesMarked = lexicon.MustSet("sum_cues_marked")

// withoutPhrases returns ws less every run of words that is one of the
// phrases (matched as findPhrase does), whole phrases only.
func withoutPhrases(ws []word, phrases phraseList) []word {
	gone := make([]bool, len(ws))
	for _, pw := range phrases.items {
		n := len(pw.parts)
		for i := 0; i+n <= len(ws); i++ {
			if pw.startsAt(ws, i) {
				for k := i; k < i+n; k++ {
					gone[k] = true
				}
			}
		}
	}
	var out []word
	for i, w := range ws {
		if !gone[i] {
			out = append(out, w)
		}
	}
	return out
}

// partMarkers come before a count that is a part of one stated before it
// ("55 mô hình với 910 điểm; trong đó 215 điểm …"): a part is never added
// to its whole.
var partMarkers = lexicon.MustSet("part_markers").Words()

// partMarkersFolded are partMarkers folded, once for every sentence read.
var partMarkersFolded = func() []string {
	out := make([]string, len(partMarkers))
	for i, m := range partMarkers {
		out[i] = analysis.Fold(m)
	}
	return out
}()

// approximateQualifiers make a number approximate or a lower bound.
var approximateQualifiers = lexicon.MustSet("approximate_qualifiers")

// sum answers a count the article gives only in parts: "tổng cộng bao
// nhiêu cá nhân được khen" adds the counts of individuals of one sentence
// (or, failing that, one passage) that the question's words match best,
// and says so ("6 + 15 = 21 cá nhân"). Parts introduced as parts of a
// stated whole are left out; when the group states a total that is
// followed by its parts, the stated total is the answer.
func (d *document) sum(q question, content []word, sc *scope) candidate {
	if q.wh != whCount || !asksTotal(q.words) {
		return candidate{}
	}
	if c, ok := d.classSum(q, sc); ok {
		return c
	}
	if len(q.focus) == 0 {
		c, _ := d.namedSum(q, sc)
		return c
	}
	sides := 0
	noun := withoutFillers(q.focus)
	if len(noun) == 0 {
		return candidate{}
	}
	var units [][]string
	for _, i := range d.factsIn(sc) {
		if f := d.facts[i]; f.Type == corpus.FactQuantity && sc.holdsFact(f) {
			units = append(units, analysis.FoldedWords(f.Unit))
		}
	}
	nouns := siblingNouns(q.words, noun, units)
	var nounWords []string
	for _, n := range nouns {
		nounWords = append(nounWords, words(n)...)
	}
	rest := without(without(content, sumCues...), nounWords...)
	// counts tells a count of what is asked: a unit that opens with one of
	// the nouns, or, for a total of people by what they did or underwent,
	// a people noun with one of the predicates ("199 người chết, 128
	// người mất tích").
	counts := func(unit string) bool { return unitIsAny(unit, nouns) }
	heads := func(unit string) bool { return headIsAny(unit, nouns) }
	preds := peoplePredicates(q)
	if preds != nil {
		counts = func(unit string) bool { return peopleUnitDoes(unit, preds) }
		heads = counts
	}
	if len(nouns) < 2 && preds == nil {
		// Kinds joined ("tập thể và cá nhân") or what people did or
		// underwent ("chết và mất tích") are counted in as many parts as
		// the article writes; sides joined, one part each.
		sides = namedSides(q)
	}
	wholes := d.namedBreakdownWholes(sc)
	changeNamed := namesChange(q)
	bySentence := map[ref]*sumGroup{}
	byPassage := map[string]*sumGroup{}
	byClause := map[clauseRef]*sumGroup{}
	var order []*sumGroup
	var eligible []corpus.Fact
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || !sc.holdsFact(f) || !counts(f.Unit) && !d.countsInPart(i, heads, noun) && !d.predicateBefore(i, preds) {
			continue
		}
		if d.bareNamedPart(f, wholes) {
			continue
		}
		s := d.factSent(f)
		if s == nil || d.isPart(s, i) {
			continue
		}
		if at := d.prep[i].quantityAt; at >= 0 && isChange(s, at) && !changeNamed {
			// "tăng 1 HCV, 1 HCB so với năm 2024": by how much a count
			// changed, no part of it.
			continue
		}
		eligible = append(eligible, f)
		r := ref{f.Passage, f.Sentence}
		if bySentence[r] == nil {
			bySentence[r] = &sumGroup{s: s, cover: d.overlapOf(q, rest, s).coverage()}
			order = append(order, bySentence[r])
		}
		bySentence[r].add(f, i)
		if c, ok := d.clauseAt(s, i); ok {
			cr := clauseRef{r, c}
			if byClause[cr] == nil {
				from, to := s.clauseOf(c)
				byClause[cr] = &sumGroup{s: s, cover: d.overlapIn(q, rest, s, from, to).coverage()}
			}
			byClause[cr].add(f, i)
		}
		if byPassage[f.Passage] == nil {
			byPassage[f.Passage] = &sumGroup{s: s}
			order = append(order, byPassage[f.Passage])
		}
		g := byPassage[f.Passage]
		g.add(f, i)
		g.cover = max(g.cover, bySentence[r].cover)
	}
	order = append(order, pickedClauses(byClause, bySentence)...)
	var best *sumGroup
	for _, g := range order {
		if len(g.facts) < 2 {
			continue
		}
		if best == nil || g.cover > best.cover || g.cover == best.cover && len(g.facts) < len(best.facts) {
			best = g
		}
	}
	if named := d.namedParts(q, sc, nouns); named != nil {
		// "Vân Đồn với Móng Cái tổng cộng bao nhiêu khách": exactly the
		// parts the question names, not the whole list.
		best = named
	} else if best == nil {
		if w := d.wholeAlone(q, rest, sc, heads); w.answer != "" {
			return d.wholeOfSides(q, w, sides)
		}
		c, _ := d.namedSum(q, sc)
		return c
	} else if w, ok := d.wholeCounted(q, rest, sc, heads, best.facts); ok {
		return d.wholeOfSides(q, w, sides)
	} else if c, ok := d.namedSum(q, sc); ok && preds == nil {
		// "TikTok và Facebook": the figures of the things named, not
		// every figure of the noun in one sentence. Predicates joined,
		// "chết và mất tích", name no things.
		return c
	}
	if preds != nil && !d.everyPredicateCounted(best.idx, preds) {
		// "chết, mất tích và bị thương" of "3 người thiệt mạng, 1 người
		// mất tích": a total without the injured is no total of them.
		return candidate{}
	}
	var parts []string
	total := 0.0
	qualifier := ""
	refs := []ref{}
	seen := map[ref]bool{}
	for _, f := range best.facts {
		parts = append(parts, f.Number)
		total += f.Value
		if approximateQualifiers.Has(f.Qualifier, lexicon.Exact) {
			qualifier = f.Qualifier + " "
		}
		if r := (ref{f.Passage, f.Sentence}); !seen[r] {
			seen[r] = true
			refs = append(refs, r)
		}
	}
	unit := unitsOf(best.facts, len(nouns))
	if preds != nil {
		unit = d.peopleUnitOf(best.facts, best.idx, preds)
	}
	ans := strings.Join(parts, plusSign) + equalsSign + qualifier + formatNumber(total) + " " + unit
	c := candidate{answer: ans + ".", kind: KindFact, score: sumBase + sumCover*best.cover, refs: refs}
	switch {
	case best.named:
		c.sumParts = sumBound
	case d.guessedParts(q, best.idx, sides):
		c.sumParts = sumGuessed
		c.score *= guessedSumShare
	case sides > 0:
		// One part for each side named, each in a sentence that names
		// it.
		c.sumParts = sumBound
	}
	if !best.named {
		c.sumElsewhere = countedElsewhere(best.facts, eligible, total)
	}
	return c
}

// countsInPart reports whether quantity fact i, whose unit opens with a
// noun asked (heads) but stops short of the rest of what is asked ("4
// căn nhà của người dân bị tốc mái" reads the unit "căn nhà"), counts it
// all the same: its number's own part of the sentence writes every word
// of noun (partHolds).
func (d *document) countsInPart(i int, heads func(string) bool, noun []word) bool {
	f := d.facts[i]
	at := d.prep[i].quantityAt
	s := d.factSent(f)
	return s != nil && at >= 0 && len(analysis.FoldedWords(f.Unit)) >= minUnitGoesOn && heads(f.Unit) && partHolds(s, at, noun)
}

// minUnitGoesOn is the fewest words of a unit countsInPart reads on from:
// a noun with its classifier ("căn nhà"), not a measure ("m3") or a bare
// noun, which any figure of its kind in the part would match.
const minUnitGoesOn = 2

// wholeOfSides marks a stated whole answering a total question that names
// sides (sides > 0): bound when its parts are those sides, one each
// (sidesWritten), guessed when it is the whole of other sides too ("171
// nhà" of four districts, for two named).
func (d *document) wholeOfSides(q question, w candidate, sides int) candidate {
	if sides == 0 {
		return w
	}
	if len(w.wholeOf) == sides && d.sidesWritten(namedItems(q), w.wholeOf) {
		w.sumParts = sumBound
	} else {
		w.sumParts = sumGuessed
		w.score *= guessedSumShare
	}
	return w
}

// guessedSumShare is the share of its confidence a sum whose parts are
// guessed (sumGuessed) keeps: adding the wrong figures gives a total
// that reads as sure as a right one.
const guessedSumShare = 0.3

// namedBreakdownWholes returns, by sentence, the units of the counts in
// scope that are not parts by name (no Of): the counts a part by name of
// their sentence may break down.
func (d *document) namedBreakdownWholes(sc *scope) map[ref][]string {
	out := map[ref][]string{}
	for _, i := range d.factsIn(sc) {
		if f := d.facts[i]; f.Type == corpus.FactQuantity && f.Of == "" {
			r := ref{f.Passage, f.Sentence}
			out[r] = append(out[r], analysis.Fold(f.Unit))
		}
	}
	return out
}

// bareNamedPart reports whether quantity fact f is a part by name of a
// count its sentence states, never to be added to it: a name and a bare
// number, its unit not written ("4 người chết do lũ cuốn (Lai Châu 2, Sơn
// La 1, Thái Nguyên 1)"), where a count of its sentence (wholes, by
// sentence) has its unit or the start of it. Counts by name that write
// their unit, "Bốn người Lai Châu, hai người ở Yên Bái … tử vong", are
// counts of their own and add up.
func (d *document) bareNamedPart(f corpus.Fact, wholes map[ref][]string) bool {
	if f.Of == "" {
		return false
	}
	u := analysis.FoldedWords(f.Unit)
	if len(u) == 0 || slices.Contains(analysis.FoldedWords(f.Text), u[0]) {
		return false
	}
	unit := strings.Join(u, " ")
	for _, w := range wholes[ref{f.Passage, f.Sentence}] {
		if w != "" && (unit == w || strings.HasPrefix(unit, w+" ")) {
			return true
		}
	}
	return false
}

// A statedWhole is a count the article states and then breaks down into
// parts written after it that add up to it exactly: "cấp mới và điều
// chỉnh vốn 13 dự án … Trong đó, 8 dự án FDI cấp mới … 5 dự án điều
// chỉnh"; "465 dự án (trong KCN 292 dự án …; ngoài KCN 173 dự án …)".
type statedWhole struct {
	whole corpus.Fact
	parts []corpus.Fact
}

// wholeCounted answers a total asked whose best group of counts to add
// (group) holds a stated whole together with one of its parts: adding
// them counts the part twice, and mixes figures of several scopes
// ("13 + 5 + 465" of "13 dự án …; 5 dự án điều chỉnh …; đến nay 465 dự
// án"). The answer is then the stated whole of the group whose sentence
// holds most of the question's other words (rest): "13 dự án."; ok is
// false when the group counts nothing twice.
func (d *document) wholeCounted(q question, rest []word, sc *scope, heads func(string) bool, group []corpus.Fact) (candidate, bool) {
	wholes := d.statedWholes(sc, heads)
	twice := false
	for _, w := range wholes {
		if hasFact(group, w.whole) && hasAnyFact(group, w.parts) {
			twice = true
		}
	}
	if !twice {
		return candidate{}, false
	}
	return d.bestWhole(q, rest, wholes, func(w statedWhole) bool { return hasFact(group, w.whole) })
}

// wholeAlone answers a total asked that no group of counts of one
// sentence or passage gives, by the stated whole whose sentence holds
// most of the question's other words (rest): "18.600 viên ma túy" of a
// lead, broken down in later paragraphs into "18.000 viên" and "600
// viên". None when the article states no whole.
func (d *document) wholeAlone(q question, rest []word, sc *scope, heads func(string) bool) candidate {
	c, _ := d.bestWhole(q, rest, d.statedWholes(sc, heads), func(statedWhole) bool { return true })
	return c
}

// bestWhole answers with the whole of wholes that keep accepts whose
// sentence holds most of the question's other words (rest); ok is false
// when keep accepts none the article's sentences hold.
func (d *document) bestWhole(q question, rest []word, wholes []statedWhole, keep func(statedWhole) bool) (candidate, bool) {
	var best *statedWhole
	cover := -1.0
	for k, w := range wholes {
		s := d.factSent(w.whole)
		if s == nil || !keep(w) {
			continue
		}
		if cv := d.overlapOf(q, rest, s).coverage(); cv > cover {
			best, cover = &wholes[k], cv
		}
	}
	if best == nil {
		return candidate{}, false
	}
	return wholeCandidate(*best, cover), true
}

// statedWholes returns the stated wholes among the counts in scope of the
// nouns asked (heads: headIsAny of the nouns, or the people asked by
// their predicates), in the order the article writes them.
func (d *document) statedWholes(sc *scope, heads func(string) bool) []statedWhole {
	var idx []int
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type == corpus.FactQuantity && sc.holdsFact(f) && heads(f.Unit) && f.Value > 0 {
			idx = append(idx, i)
		}
	}
	var out []statedWhole
	for k, wi := range idx {
		w := d.facts[wi]
		s := d.factSent(w)
		if s == nil || k+1 >= len(idx) || !d.breaksDown(s, wi, idx[k+1]) {
			continue
		}
		sum := 0.0
		for j := k + 1; j < len(idx); j++ {
			sum += d.facts[idx[j]].Value
			if sum > w.Value+wholeTolerance {
				break
			}
			if j-k < minWholeParts || math.Abs(sum-w.Value) > wholeTolerance {
				continue
			}
			sw := statedWhole{whole: w}
			for _, pi := range idx[k+1 : j+1] {
				sw.parts = append(sw.parts, d.facts[pi])
			}
			out = append(out, sw)
			break
		}
	}
	return out
}

// breaksDown reports whether quantity fact first opens a breakdown of
// fact whole, written in sentence s: it stands in a later sentence, after
// a part marker ("Trong đó, 8 dự án"), or in a bracket opened after the
// whole ("465 dự án … (trong KCN 292 dự án …)"); not as the next item of
// one list with it ("1 giải A, 3 giải B, …"), whose counts add up by
// chance.
func (d *document) breaksDown(s *sent, whole, first int) bool {
	w, f := d.facts[whole], d.facts[first]
	if f.Passage != w.Passage || f.Sentence != w.Sentence {
		return true
	}
	if d.isPart(s, first) {
		return true
	}
	from := factStart(s, w, d.numberWordAt(s, whole))
	to := factStart(s, f, d.numberWordAt(s, first))
	return from >= 0 && to > from && strings.Contains(s.text[from:to], bracketOpen)
}

// minWholeParts is how many parts a stated whole is broken down into at
// least: one count after another of the same value is the same figure
// written again, not a breakdown.
const minWholeParts = 2

// wholeTolerance is how far the parts' sum may stand from the whole and
// still make it: the rounding of numbers written with decimals.
const wholeTolerance = 1e-6

// sameFact reports whether a and b are one count: the same number at the
// same place.
func sameFact(a, b corpus.Fact) bool {
	return a.Passage == b.Passage && a.Sentence == b.Sentence && a.Number == b.Number && a.Text == b.Text
}

// hasFact reports whether facts hold f (sameFact).
func hasFact(facts []corpus.Fact, f corpus.Fact) bool {
	for _, g := range facts {
		if sameFact(f, g) {
			return true
		}
	}
	return false
}

// hasAnyFact reports whether facts hold one of fs.
func hasAnyFact(facts, fs []corpus.Fact) bool {
	for _, f := range fs {
		if hasFact(facts, f) {
			return true
		}
	}
	return false
}

// headIsAny reports whether unit and one of the nouns open with the same
// words, at least the two of most nouns or a noun of one word whole, and
// differ in no label of a kind (kindLabel): a breakdown writes its parts
// by the head noun alone ("465 dự án đầu tư nước ngoài (trong KCN 292
// dự án …)") where a question may name the noun in full ("dự án FDI").
func headIsAny(unit string, nouns [][]word) bool {
	if headsAny(analysis.FoldedWords(unit), nouns) {
		return true
	}
	long, ok := longUnitWords(unit)
	return ok && headsAny(long, nouns)
}

// headsAny is headIsAny of a unit's folded words u.
func headsAny(u []string, nouns [][]word) bool {
	for _, n := range nouns {
		m := foldedPrefix(u, n)
		if m == 0 || m < min(minSiblingWords, len(u), len(n)) {
			continue
		}
		if m < len(u) && m < len(n) && (kindLabel(u[m]) || kindLabel(n[m].fold)) {
			continue
		}
		return true
	}
	return false
}

// wholeCandidate answers with a stated whole: "13 dự án." Its parts are
// not written out: a part a reply repeats would read as agreeing with a
// candidate that answers the part alone. At the confidence of a sum whose sentence holds the share
// cover of the question's other words.
func wholeCandidate(w statedWhole, cover float64) candidate {
	all := []ref{{w.whole.Passage, w.whole.Sentence}}
	for _, f := range w.parts {
		all = append(all, ref{f.Passage, f.Sentence})
	}
	refs := refsOf(all...)
	qualifier := ""
	if approximateQualifiers.Has(w.whole.Qualifier, lexicon.Exact) {
		qualifier = w.whole.Qualifier + " "
	}
	ans := qualifier + w.whole.Number + " " + w.whole.Unit + "."
	return candidate{answer: ans, kind: KindFact, score: sumBase + sumCover*cover, refs: refs, wholeOf: w.parts}
}

// clauseRef names a clause of a sentence by the position of its first
// word.
type clauseRef struct {
	sentence ref
	first    int
}

// clauseAt returns the first word of the clause (parted by ";" or ":")
// that holds quantity fact i of sentence s: the clause of the word its
// number stands at (numberWordAt), so that a count written in two clauses
// ("5 tập thể; … 5 tập thể") is two counts, one in each.
func (d *document) clauseAt(s *sent, i int) (int, bool) {
	k := d.numberWordAt(s, i)
	if k < 0 || k >= len(s.clause) {
		return 0, false
	}
	from, _ := s.clauseOf(k)
	return from, true
}

// numberWordAt returns the word of s, the sentence of quantity fact i,
// where its number stands, or -1: the place the document took for it at
// build (prepared.quantityAt), the word of a number glued to its unit
// ("96m") or the number of a part of a breakdown (partAt).
func (d *document) numberWordAt(s *sent, i int) int {
	if at := d.prep[i].quantityAt; at >= 0 {
		return at
	}
	f := d.facts[i]
	if f.Of != "" {
		return partAt(s, f)
	}
	return s.find(strings.ToLower(f.Number+f.Unit), 0)
}

// factStart returns where in s.text quantity fact i's text starts: its
// text, which holds its qualifier or a range's first number before its
// number ("hơn 4 tập thể", "từ 2 đến 5 người"), written so that its
// number stands at word at. When at is unknown (-1), the first place s
// writes the text; -1 when s does not write it.
func factStart(s *sent, f corpus.Fact, at int) int {
	if at < 0 {
		return strings.Index(s.text, f.Text)
	}
	num := tokenStart(s, at)
	for k := strings.Index(f.Text, f.Number); k >= 0 && k <= num; {
		if strings.HasPrefix(s.text[num-k:], f.Text) {
			return num - k
		}
		next := strings.Index(f.Text[k+1:], f.Number)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return num
}

// pickedClauses returns, as groups to sum, the clauses of a sentence that
// the question's words pick out from the sentence's other clauses: news
// writing lists the counts of several givers or kinds in one sentence,
// parted by ";" ("Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân;
// Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân"), and a
// question that names one of them asks for its total alone. A clause
// covering no more of the question than another clause of its sentence
// is not picked: the question then asks for the sentence's total. A
// picked clause competes with its sentence's cover, so that, holding
// fewer counts, it wins over the sentence.
func pickedClauses(byClause map[clauseRef]*sumGroup, bySentence map[ref]*sumGroup) []*sumGroup {
	var out []*sumGroup
	for cr, g := range byClause {
		if len(g.facts) < 2 || len(g.facts) == len(bySentence[cr.sentence].facts) {
			continue
		}
		picked := true
		for other, h := range byClause {
			if other != cr && other.sentence == cr.sentence && h.cover >= g.cover {
				picked = false
				break
			}
		}
		if picked {
			out = append(out, &sumGroup{facts: g.facts, idx: g.idx, s: g.s, cover: bySentence[cr.sentence].cover})
		}
	}
	// By text, then by where the sentence stands: byClause's order is the
	// map's, and two sentences may read alike (at most one clause of a
	// sentence is picked).
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i].s, out[j].s
		if x.text != y.text {
			return x.text < y.text
		}
		if x.p.ID != y.p.ID {
			return x.p.ID < y.p.ID
		}
		return x.index < y.index
	})
	return out
}

// A sumGroup is counts of one sentence, clause or passage to be added,
// and how much of the question's other words it holds.
type sumGroup struct {
	facts []corpus.Fact
	idx   []int // the facts' indexes in the document
	s     *sent
	cover float64
	// named is true for the parts of a breakdown the question names each
	// of (namedParts).
	named bool
}

// add adds fact f, of index i, to the group.
func (g *sumGroup) add(f corpus.Fact, i int) {
	g.facts = append(g.facts, f)
	g.idx = append(g.idx, i)
}

// siblingNouns returns the nouns a count asks the total of: the focus
// alone, or, when the question joins the focus to more nouns — with "và"
// or a comma, or side by side as phone-typed questions do ("bao nhiêu tập
// thể và cá nhân", "tap the ca nhan") — each of them, where each is a noun
// the article counts (the unit of one of its quantities, units). Vietnamese
// news counts kinds of recipients, victims or items side by side ("3 tập
// thể, 6 cá nhân"; "2 người chết, 5 người bị thương"), and a total of the
// kinds joined is their sum.
func siblingNouns(qw, focus []word, units [][]string) [][]word {
	single := [][]word{focus}
	if len(focus) == 0 {
		return single
	}
	start := -1
	for k := range qw {
		if qw[k].fold == focus[0].fold {
			start = k
			break
		}
	}
	if start < 0 {
		return single
	}
	var out [][]word
	for k := start; k < len(qw); {
		if len(out) > 0 && focusJoiners.Has(qw[k].fold, lexicon.Exact) {
			k++
			continue
		}
		m := longestUnitAt(qw[k:], units)
		if m == 0 {
			break
		}
		out = append(out, qw[k:k+m])
		k += m
	}
	if len(out) < 2 || !distinctNouns(out) {
		return single
	}
	return out
}

// longestUnitAt returns how many words at the start of ws begin one of the
// units: at least two, or the whole of a unit of one word ("người").
func longestUnitAt(ws []word, units [][]string) int {
	best := 0
	for _, u := range units {
		m := foldedPrefix(u, ws)
		if m >= min(minSiblingWords, len(u)) && m > best {
			best = m
		}
	}
	return best
}

// foldedPrefix returns how many of the folded words u, from the first,
// are the words of ws, folded, in order.
func foldedPrefix(u []string, ws []word) int {
	m := 0
	for m < len(u) && m < len(ws) && u[m] == ws[m].fold {
		m++
	}
	return m
}

// minSiblingWords is how many words of a counted noun a question must
// write for it to name that noun: the two syllables of most Vietnamese
// nouns ("tập thể", "cá nhân"), or a noun of one syllable whole.
const minSiblingWords = 2

// distinctNouns reports whether no two nouns of ns are the same.
func distinctNouns(ns [][]word) bool {
	seen := map[string]bool{}
	for _, n := range ns {
		k := strings.Join(words(n), " ")
		if seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// unitIsAny reports whether unit starts with one of the nouns (unitIs).
func unitIsAny(unit string, nouns [][]word) bool {
	for _, n := range nouns {
		if unitIs(unit, n) {
			return true
		}
	}
	return false
}

// unitsOf writes the counted nouns of facts: the first fact's for one noun
// asked, else each once, in order and parted by commas: "tập thể, cá
// nhân".
func unitsOf(facts []corpus.Fact, nouns int) string {
	if nouns < 2 {
		return facts[0].Unit
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range facts {
		if !seen[f.Unit] {
			seen[f.Unit] = true
			out = append(out, f.Unit)
		}
	}
	return strings.Join(out, ", ")
}

// The sum's confidence, as its own rules judge: a base, and the share of
// the question's other words its sentence holds.
const (
	sumBase  = 0.55
	sumCover = 0.35
)

// withoutFillers drops the fillers and numbers of words.
func withoutFillers(ws []word) []word {
	var out []word
	for _, w := range ws {
		if !w.num && !w.isFiller() {
			out = append(out, w)
		}
	}
	return out
}

// unitWordsLong returns the folded words of a quantity's unit, a code in
// capitals that opens it read in its long form (analysis.
// BuiltinAbbreviation): "29 HCV, 28 HCB" count "huy chương vàng" and
// "huy chương bạc", both medals. A code in lower case is a word ("13 ca"
// counts cases, not "Công an"). A unit is matched as written and in
// this form: a question may write the code ("bao nhiêu TS").
func unitWordsLong(unit string) []string {
	if long, ok := longUnitWords(unit); ok {
		return long
	}
	return analysis.FoldedWords(unit)
}

// longUnitWords returns the folded words of a unit that opens with a code
// in capitals, the code in its long form; ok is false, and nothing is
// read, for any other unit.
func longUnitWords(unit string) (words []string, ok bool) {
	first, rest, _ := strings.Cut(unit, " ")
	if len(first) < 2 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return nil, false
	}
	long, ok := analysis.BuiltinAbbreviation(first)
	if !ok {
		return nil, false
	}
	return analysis.FoldedWords(long + " " + rest), true
}

// unitIs reports whether a quantity's unit starts with the noun asked
// ("cá nhân" for "cá nhân được khen"), folded.
func unitIs(unit string, noun []word) bool {
	if unitWordsAre(analysis.FoldedWords(unit), noun) {
		return true
	}
	long, ok := longUnitWords(unit)
	return ok && unitWordsAre(long, noun)
}

// unitWordsAre is unitIs of a unit's folded words u.
func unitWordsAre(u []string, noun []word) bool {
	if len(u) < len(noun) {
		return false
	}
	for i, w := range noun {
		if u[i] != w.fold {
			// The first word must match; a longer noun may trail, unless
			// either word labels a kind of the noun: "giải B" counts no
			// "giải A"; or the first is a scale, no noun: "triệu tấn"
			// counts no "triệu ha".
			return i > 0 && !kindLabel(w.fold) && !kindLabel(u[i]) && !(i == 1 && isScaleFolded(u[0]))
		}
	}
	return true
}

// kindLabel reports whether the folded word w labels a kind of the noun
// before it: a letter ("giải A", "loại B") or a rank in words ("giải
// Nhất", "hạng Ba"). Counts of two kinds of one noun are no counts of one
// another.
func kindLabel(w string) bool {
	if len(w) == labelLetter {
		return true
	}
	return ordinalWordsFolded[w] || kindWords.Has(w, lexicon.Exact)
}

// kindWords label a kind of the noun before them: "huy chương vàng"
// (kind_words_folded).
var kindWords = lexicon.MustSet("kind_words_folded")

// asksKind reports whether a count's focus names a kind of its noun after
// it ("huy chương bạc", "giải B"): only such a count may be of another
// kind than asked.
func asksKind(focus []word) bool {
	for _, w := range focus[min(1, len(focus)):] {
		if kindLabel(w.fold) {
			return true
		}
	}
	return false
}

// unitKindOther reports whether a quantity's unit (its code read in full,
// unitWordsLong) counts another kind of the noun a count's focus asks:
// "8 HCV" for "bao nhiêu huy chương bạc".
func unitKindOther(unit string, focus []word) bool {
	if !asksKind(focus) {
		return false
	}
	u := unitWordsLong(unit)
	m := foldedPrefix(u, focus)
	return m > 0 && m < len(u) && m < len(focus) && kindLabel(u[m]) && kindLabel(focus[m].fold)
}

// ordinalWordsFolded are ordinalWords folded ("nhat", "nhi", "ba").
var ordinalWordsFolded = func() map[string]bool {
	out := map[string]bool{}
	for w := range ordinalWords {
		out[analysis.Fold(w)] = true
	}
	return out
}()

// isPart reports whether quantity fact i is written as a part of a whole
// stated before it in its sentence s: "trong đó 215 điểm". It reads the
// words before the place its number stands (numberWordAt), not before the
// first place s writes its text.
func (d *document) isPart(s *sent, i int) bool {
	at := factStart(s, d.facts[i], d.numberWordAt(s, i))
	if at < 0 {
		return false
	}
	before := strings.Fields(analysis.Fold(s.text[:at]))
	window := strings.Join(before[max(0, len(before)-partWindow):], " ")
	for _, m := range partMarkersFolded {
		if strings.Contains(" "+window+" ", " "+m+" ") {
			return true
		}
	}
	return false
}

// partWindow is how many words before a number a part marker may stand.
const partWindow = 4

// numberPrecision rounds a sum to the decimals articles write, so that
// 2 + 5,9 is 7,9 and not 7,9000000000000004.
const numberPrecision = 1e6

// formatNumber writes v as Vietnamese articles do: "2.430", "1,5".
func formatNumber(v float64) string {
	v = math.Round(v*numberPrecision) / numberPrecision
	whole, frac := math.Modf(v)
	digits := strconv.FormatInt(int64(whole), 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if frac != 0 {
		_, f, _ := strings.Cut(strconv.FormatFloat(v, 'f', -1, 64), ".")
		b.WriteString("," + f)
	}
	return b.String()
}

// minNamedParts is how many parts of one breakdown a question must name
// for their sum to be asked.
const minNamedParts = 2

// namedParts returns the parts of one breakdown (facts Of a name: "TP Móng
// Cái 18.000 lượt khách; …; huyện Vân Đồn 21.000 lượt khách") of what the
// question counts (nouns) whose names the question gives, one a name, from
// the sentence whose parts it names most; nil when it names fewer than
// minNamedParts of any. Their group covers the question fully: it names
// each of them.
func (d *document) namedParts(q question, sc *scope, nouns [][]word) *sumGroup {
	bySentence := map[ref]*sumGroup{}
	var order []ref
	names := map[ref]map[string]bool{}
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || f.Of == "" || !sc.holdsFact(f) || !unitHoldsAny(f.Unit, nouns) && !headIsAny(f.Unit, nouns) {
			continue
		}
		if share(sharedWords(f.Of), q.words) < 1 {
			continue
		}
		r := ref{f.Passage, f.Sentence}
		if bySentence[r] == nil {
			s := d.factSent(f)
			if s == nil {
				continue
			}
			bySentence[r] = &sumGroup{s: s, cover: 1, named: true}
			names[r] = map[string]bool{}
			order = append(order, r)
		}
		if of := analysis.Fold(f.Of); !names[r][of] {
			names[r][of] = true
			bySentence[r].add(f, i)
		}
	}
	var best *sumGroup
	for _, r := range order {
		if g := bySentence[r]; len(g.facts) >= minNamedParts && (best == nil || len(g.facts) > len(best.facts)) {
			best = g
		}
	}
	return best
}

// unitHoldsAny reports whether the unit writes one of the nouns counted,
// at its start or after a measure word: "lượt khách" holds "khách".
func unitHoldsAny(unit string, nouns [][]word) bool {
	u := analysis.FoldedWords(unit)
	for _, n := range nouns {
		for k := 0; k+len(n) <= len(u); k++ {
			if len(n) > 0 && unitIs(strings.Join(u[k:], " "), n) {
				return true
			}
		}
	}
	return false
}
