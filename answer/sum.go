package answer

import (
	"math"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// sumCues are the words that ask for a total: "tổng cộng bao nhiêu cá
// nhân", "cả hai … bao nhiêu", "cộng lại".
var sumCues = lexicon.MustSet("sum_cues").Words()

// partMarkers come before a count that is a part of one stated before it
// ("55 mô hình với 910 điểm; trong đó 215 điểm …"): a part is never added
// to its whole.
var partMarkers = lexicon.MustSet("part_markers").Words()

// approximateQualifiers make a number approximate or a lower bound.
var approximateQualifiers = lexicon.MustSet("approximate_qualifiers")

// sum answers a count the article gives only in parts: "tổng cộng bao
// nhiêu cá nhân được khen" adds the counts of individuals of one sentence
// (or, failing that, one passage) that the question's words match best,
// and says so ("6 + 15 = 21 cá nhân"). Parts introduced as parts of a
// stated whole are left out; when the group states a total that is
// followed by its parts, the stated total is the answer.
func (d *document) sum(q question, content []word, sc *scope) candidate {
	if q.wh != whCount || len(q.focus) == 0 || !sumCuesList.in(q.words) {
		return candidate{}
	}
	noun := withoutFillers(q.focus)
	if len(noun) == 0 {
		return candidate{}
	}
	rest := without(without(content, sumCues...), words(noun)...)
	type group struct {
		facts []corpus.Fact
		s     *sent
		cover float64
	}
	bySentence := map[ref]*group{}
	byPassage := map[string]*group{}
	var order []*group
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || !sc.in[f.Passage] || !unitIs(f.Unit, noun) {
			continue
		}
		s := d.factSent(f)
		if s == nil || isPart(s, f) {
			continue
		}
		r := ref{f.Passage, f.Sentence}
		if bySentence[r] == nil {
			bySentence[r] = &group{s: s, cover: d.overlapOf(q, rest, s).coverage()}
			order = append(order, bySentence[r])
		}
		bySentence[r].facts = append(bySentence[r].facts, f)
		if byPassage[f.Passage] == nil {
			byPassage[f.Passage] = &group{s: s}
			order = append(order, byPassage[f.Passage])
		}
		g := byPassage[f.Passage]
		g.facts = append(g.facts, f)
		g.cover = max(g.cover, bySentence[r].cover)
	}
	var best *group
	for _, g := range order {
		if len(g.facts) < 2 {
			continue
		}
		if best == nil || g.cover > best.cover || g.cover == best.cover && len(g.facts) < len(best.facts) {
			best = g
		}
	}
	if best == nil {
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
	ans := strings.Join(parts, " + ") + " = " + qualifier + formatNumber(total) + " " + best.facts[0].Unit
	return candidate{answer: ans + ".", kind: KindFact, score: sumBase + sumCover*best.cover, refs: refs}
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

// unitIs reports whether a quantity's unit starts with the noun asked
// ("cá nhân" for "cá nhân được khen"), folded.
func unitIs(unit string, noun []word) bool {
	u := analysis.FoldedWords(unit)
	if len(u) < len(noun) {
		return false
	}
	for i, w := range noun {
		if u[i] != w.fold {
			return i > 0 // the first word must match; a longer noun may trail
		}
	}
	return true
}

// isPart reports whether quantity f is written as a part of a whole
// stated before it in its sentence: "trong đó 215 điểm".
func isPart(s *sent, f corpus.Fact) bool {
	at := strings.Index(s.text, f.Text)
	if at < 0 {
		return false
	}
	before := strings.Fields(analysis.Fold(s.text[:at]))
	window := strings.Join(before[max(0, len(before)-partWindow):], " ")
	for _, m := range partMarkers {
		if strings.Contains(" "+window+" ", " "+analysis.Fold(m)+" ") {
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
