package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// partsSum answers a count of one part of a breakdown that the article
// writes in two or more breakdowns of the same unit, told apart by words
// the question does not hold: "Lai Châu có bao nhiêu người chết" of "4
// người chết do lũ cuốn (Lai Châu 2, Sơn La 1, …); 4 người chết do sạt lở
// đất, đá (Lai Châu 2, Yên Bái 2)" is "2 + 2 = 4 người chết". Either part
// alone answers only half of it. The parts must each answer the question
// as a part does (document.part) and share the head of their unit
// (sameScaledHead) in one sentence, each breakdown's unit saying what the
// others' do not (refined); a question that names two parts, or words of
// one breakdown only ("do lũ cuốn"), gets none.
func (d *document) partsSum(q question, content []word, sc *scope) candidate {
	if q.wh != whCount || len(q.focus) == 0 {
		return candidate{}
	}
	groups := map[string][]counted{}
	var order []string
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || f.Of == "" || !sc.holdsFact(f) {
			continue
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		key := analysis.Fold(f.Of)
		if groups[key] == nil {
			order = append(order, key)
		}
		groups[key] = append(groups[key], counted{f: f, s: s})
	}
	var picked []counted
	for _, k := range order {
		if len(groups[k]) < 2 {
			// Only a name written in two parts or more may be a sum: the
			// parts are read as answers (document.part) for those alone.
			continue
		}
		var parts []counted
		for _, c := range groups[k] {
			if _, ok := d.part(q, content, c.s, c.f); ok {
				parts = append(parts, c)
			}
		}
		if len(parts) < 2 {
			continue
		}
		if picked != nil {
			return candidate{} // two parts named: which one is asked is unclear
		}
		picked = parts
	}
	if picked == nil {
		return candidate{}
	}
	for _, c := range picked[1:] {
		if !sameScaledHead(picked[0].f.Unit, c.f.Unit) || c.s != picked[0].s {
			// Another unit, or another sentence: a figure written again in
			// the body, or updated since, is no second part.
			return candidate{}
		}
	}
	if refined(picked) {
		return candidate{}
	}
	if toldApart(q, picked) {
		return candidate{}
	}
	return boundSum(factsOfCounted(picked), withoutTrailingFillers(sharedUnit(picked)))
}

// withoutTrailingFillers drops the function words a unit's shared words
// end with: "người chết do" of "người chết do lũ cuốn" and "người chết do
// sạt lở" is "người chết".
func withoutTrailingFillers(unit string) string {
	fields := strings.Fields(unit)
	for len(fields) > 1 {
		ws := sharedWords(fields[len(fields)-1])
		if len(ws) != 1 || !ws[0].isFiller() {
			break
		}
		fields = fields[:len(fields)-1]
	}
	return strings.Join(fields, " ")
}

// toldApart reports whether the question holds a word of the unit of one
// of the parts that the unit of another lacks: "do lũ cuốn" of "2 người
// chết do lũ cuốn" beside "2 người chết do sạt lở đất".
func toldApart(q question, parts []counted) bool {
	units := make([]map[string]bool, len(parts))
	for i, c := range parts {
		units[i] = map[string]bool{}
		for _, w := range analysis.FoldedWords(c.f.Unit) {
			units[i][w] = true
		}
	}
	for _, w := range q.words {
		if w.isFiller() {
			continue
		}
		in, out := false, false
		for _, u := range units {
			if u[w.fold] {
				in = true
			} else {
				out = true
			}
		}
		if in && out {
			return true
		}
	}
	return false
}

// refined reports whether the unit of one part's breakdown is another's
// with words added, or the same: "người chết là trẻ em" is a share of
// "người chết" ("6 người chết (Lai Châu 4, …); trong đó 3 người chết là
// trẻ em (Lai Châu 2, …)"), not a second cause beside it.
func refined(parts []counted) bool {
	for i, a := range parts {
		x := analysis.FoldedWords(a.f.Unit)
		for _, b := range parts[i+1:] {
			y := analysis.FoldedWords(b.f.Unit)
			n := min(len(x), len(y))
			if slices.Equal(x[:n], y[:n]) {
				return true
			}
		}
	}
	return false
}
