package answer

import (
	"slices"
	"strings"
)

// constraintReach is how many sentences on each side of a candidate's
// source sentence, in its passage, may satisfy the question's
// constraints: news writing names the place, the date or the person of
// a fact in the sentence before it as often as in its own ("Chiều 5/12,
// tại Lai Châu, … Trong đó, 4 người chết.").
const constraintReach = 1

// constraintWords returns the words of content, a question's content,
// that constrain its answer to one entity: a number, a word typed in
// capitals, a capitalised word past the first (as missingFrom reads a
// name), and the name of a place it names however typed (askedPlaces,
// "tinh an giang"), each once.
func constraintWords(content []word, places []askedPlace) []word {
	var out []word
	seen := map[string]bool{}
	add := func(w word) {
		if !seen[w.fold] {
			seen[w.fold] = true
			out = append(out, w)
		}
	}
	for i, w := range content {
		if w.num || w.caps || w.cap && i > 0 {
			add(w)
		}
	}
	for _, p := range places {
		if !p.named {
			continue
		}
		for _, w := range p.name {
			add(w)
		}
	}
	return out
}

// constraintsUnmet is the weighted share — each word weighed by its
// rarity (weight), so a rare name counts more than a common number — of
// the question's constraint words (constraintWords) that neither s nor
// the sentences within constraintReach of it in its passage write, by
// name or, for a person, by a title the article gives them. An
// answer whose sentence names another place, date or person than the
// question's is of another fact of the same type: "Lai Châu có bao nhiêu
// người chết" answered from a sentence about Lào Cai, "giành mấy HCV
// trong ngày 16/12" from one about the day before. A place of places,
// the question's (askedPlaces), that s writes by its unit alone is met
// when its article names it (ownPlaceMet). It is 0 when the question
// names no constraint.
func (d *document) constraintsUnmet(q question, constraints []word, places []askedPlace, s *sent) float64 {
	if len(constraints) == 0 {
		return 0
	}
	met := make([]bool, len(constraints))
	sents := d.sentsOf[s.p.ID]
	for k := max(0, s.index-constraintReach); k <= min(len(sents)-1, s.index+constraintReach); k++ {
		o := d.overlapOf(q, constraints, sents[k])
		for i, w := range constraints {
			// A person the sentence writes by a title only is named there
			// (namedByTitle): "Giám đốc Công an tỉnh tặng …" of "Nguyễn
			// Hữu Hợp tặng bao nhiêu cá nhân".
			met[i] = met[i] || i < len(o.matched) && o.matched[i] ||
				w.cap && d.namedByTitle([]word{w}, sents[k], q.lang) > 0
		}
	}
	d.ownPlaceMet(places, constraints, s, met)
	total, gone := 0.0, 0.0
	for i, w := range constraints {
		wt := d.weight(w.key(q.lang))
		total += wt
		if !met[i] {
			gone += wt
		}
	}
	if total == 0 {
		return 0
	}
	return gone / total
}

// ownPlaceMet marks met, in met, the constraint words of a place of places,
// those the question names ("tinh quang nam"), when s writes the place's unit with no
// name after it ("Công an tỉnh") and its article's title or lead writes
// the unit with that name ("tỉnh Quảng Nam"): news writes the province it
// reports on by the unit alone.
func (d *document) ownPlaceMet(places []askedPlace, constraints []word, s *sent, met []bool) {
	if s.art == nil {
		return
	}
	var own string // the article's title and lead, folded, read once
	for _, p := range places {
		if !p.named {
			continue
		}
		unit := strings.Fields(p.unit)
		bare := false
		for k := 0; k+len(unit) <= len(s.fold) && !bare; k++ {
			end := k + len(unit)
			bare = slices.Equal(s.fold[k:end], unit) && (end == len(s.fold) || !s.capitalised(end, end+1))
		}
		if !bare {
			continue
		}
		if own == "" {
			own = foldedHead(s.art)
		}
		if !strings.Contains(own, " "+p.unit+" "+phraseOf(p.name)+" ") {
			continue
		}
		for i, w := range constraints {
			if slices.ContainsFunc(p.name, func(n word) bool { return n.fold == w.fold }) {
				met[i] = true
			}
		}
	}
}
