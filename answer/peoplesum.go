package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// peoplePredicates returns what a total of people asks they did or
// underwent, one predicate for each the question joins ("tổng cộng bao
// nhiêu người chết và mất tích" → "chết", "mất tích"): the focus of a
// count of people (countsPeople) read from the question's words, parted
// at a joiner (focusJoiners, sumItemJoiners). Vietnamese counts people
// once for each predicate, "199 người chết, 128 người mất tích", and the
// noun "người" written once governs every predicate joined after it. nil
// when the question counts no people by a predicate.
func peoplePredicates(q question) [][]word {
	if !q.countsPeople() {
		return nil
	}
	inFocus := map[string]bool{}
	for _, w := range q.focus {
		inFocus[w.fold] = true
	}
	start := -1
	for k, w := range q.words {
		if w.fold == q.focus[0].fold {
			start = k
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out [][]word
	var cur []word
	ws := q.words[start:]
	for k, w := range ws {
		if focusJoiners.Has(w.fold, lexicon.Exact) || sumItemJoiners.Has(w.fold, lexicon.Folded) {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		if !inFocus[w.fold] {
			break
		}
		if len(cur) > 0 && casualtyPhrases.startsAt(ws, k) && casualtyPhrases.in(cur) {
			// "chết, mất tích": the comma the words lost parts two
			// predicates of harm as "và" does.
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if len(out) > 1 {
		// "thương vong (chết và bị thương)": the parts, once.
		out = slices.DeleteFunc(out, func(p []word) bool {
			_, whole := predicateWholes[phraseOf(p)]
			return whole
		})
	}
	if len(out) == 1 {
		// "thương vong": the parts the article counts it in.
		if parts, ok := predicateWholes[phraseOf(out[0])]; ok {
			out = nil
			for _, p := range strings.Split(parts, predicatePartSep) {
				out = append(out, sharedWords(p))
			}
		}
	}
	return out
}

// everyPredicateCounted reports whether each predicate asked is what the
// unit of one of the facts of indexes idx says people did or underwent
// (peopleUnitDoes), or what is written right before its bare count of
// people (predicateBefore).
func (d *document) everyPredicateCounted(idx []int, preds [][]word) bool {
	for _, p := range preds {
		if !slices.ContainsFunc(idx, func(i int) bool {
			return peopleUnitDoes(d.facts[i].Unit, [][]word{p}) || d.predicateBefore(i, [][]word{p})
		}) {
			return false
		}
	}
	return true
}

// casualtyPhrases are the predicates of harm to people (casualty_words),
// which a question may list with commas: "chết, mất tích và bị thương".
var casualtyPhrases = phrasesOf(casualtyWords.Words())

// predicateWholes maps a predicate a question asks as one (folded) to the
// parts an article counts it in (predicate_wholes): "thuong vong" to
// "chết, bị thương".
var predicateWholes = lexicon.MustMap("predicate_wholes")

// predicatePartSep parts the parts of a predicate_wholes entry.
const predicatePartSep = ", "

// peopleNounWords returns how many words at the start of unit name the
// people it counts: a noun of person_units_folded ("người") or of
// people_kinds ("đối tượng", "trường hợp"); 0 when it counts no people.
func peopleNounWords(unit []word) int {
	for n := min(peopleKinds.MaxWords(), len(unit)); n >= 1; n-- {
		if peopleKinds.Has(textOf(unit[:n]), lexicon.Exact) {
			return n
		}
	}
	if len(unit) > 0 && personUnits.Has(unit[0].fold, lexicon.Exact) {
		return 1
	}
	return 0
}

// withoutPassive drops the passive markers ("bị", "được") that open ws:
// "bị thương" and "bị bắt" differ by the verb after the marker.
func withoutPassive(ws []word) []word {
	for len(ws) > 0 && passiveMarkers.Has(ws[0].fold, lexicon.Folded) {
		ws = ws[1:]
	}
	return ws
}

// peopleUnitDoes reports whether a quantity's unit counts people who did
// or underwent one of the predicates: a noun of people whose next words,
// passive markers aside, open with the predicate's verb as written or as
// a synonym ("người chết do lũ cuốn", "người tử vong" for "chết"; not
// "người bị thương" for "bị bắt", nor "người" alone).
func peopleUnitDoes(unit string, preds [][]word) bool {
	u := sharedWords(unit)
	n := peopleNounWords(u)
	if n == 0 {
		return false
	}
	rest := withoutPassive(u[n:])
	if len(rest) == 0 {
		return false
	}
	for _, p := range preds {
		if predicateSpan(rest, p) > 0 {
			return true
		}
	}
	return false
}

// predicateSpan returns how many of the words rest (a unit's words after
// its people noun, passive markers dropped) write predicate p, passive
// markers aside: the words they share from the verb on ("mất tích"), or a
// synonym of the verb ("tử vong" for "chết"); 0 when rest writes no such
// verb.
func predicateSpan(rest, p []word) int {
	p = withoutPassive(p)
	if len(p) == 0 || len(rest) == 0 {
		return 0
	}
	k := 0
	for k < len(p) && k < len(rest) && rest[k].fold == p[k].fold {
		k++
	}
	if k > 0 {
		return k
	}
	for _, alt := range synonyms(p[0].fold) {
		if f := strings.Fields(alt); startsWithFolded(rest, f) {
			return len(f)
		}
	}
	return 0
}

// startsWithFolded reports whether the words ws open with the folded
// words f (as synonyms gives them).
func startsWithFolded(ws []word, f []string) bool {
	if len(f) == 0 || len(f) > len(ws) {
		return false
	}
	for i, x := range f {
		if ws[i].fold != x {
			return false
		}
	}
	return true
}

// peopleUnitOf writes the unit of a total of people by the predicates
// asked, in the article's words: the people noun of the first count
// followed by each predicate as the first count of it writes it, in its
// unit or right before its number, parted by commas ("người chết, mất
// tích"). idx are the facts' indexes.
func (d *document) peopleUnitOf(facts []corpus.Fact, idx []int, preds [][]word) string {
	if len(facts) == 0 {
		return ""
	}
	u := sharedWords(facts[0].Unit)
	n := max(1, min(peopleNounWords(u), len(u)))
	var ps []string
	for _, p := range preds {
		written := ""
		for _, f := range facts {
			if !peopleUnitDoes(f.Unit, [][]word{p}) {
				continue
			}
			fu := sharedWords(f.Unit)
			from := max(1, peopleNounWords(fu))
			rest := withoutPassive(fu[from:])
			to := from + len(fu[from:]) - len(rest) + predicateSpan(rest, p)
			written = strings.Join(words(fu[from:to]), " ")
			break
		}
		for _, i := range idx {
			if written != "" {
				break
			}
			// Counted by a bare noun after the predicate: "làm chết 94
			// người".
			written = d.predicateWrittenBefore(i, [][]word{p})
		}
		ps = append(ps, written)
	}
	return strings.Join(words(u[:n]), " ") + " " + strings.Join(ps, ", ")
}

// predicateBefore reports whether quantity fact i counts people by its
// bare noun ("94 người") right after one of the predicates asked, as
// written or as a synonym, its passive marker written or not: "làm chết
// 94 người, bị thương 154 người" counts the dead and the injured.
func (d *document) predicateBefore(i int, preds [][]word) bool {
	return d.predicateWrittenBefore(i, preds) != ""
}

// predicateWrittenBefore returns the words, as the sentence writes them,
// of the predicate predicateBefore finds before fact i's number; "" when
// none is.
func (d *document) predicateWrittenBefore(i int, preds [][]word) string {
	if len(preds) == 0 {
		return ""
	}
	f, at := d.facts[i], d.prep[i].quantityAt
	s := d.factSent(f)
	u := sharedWords(f.Unit)
	if s == nil || at <= 0 || len(u) == 0 || peopleNounWords(u) != len(u) {
		return ""
	}
	for _, p := range preds {
		if n := casualtyPhrases.longestAt(p, 0); n > 0 {
			// "bị thương dịp Tết": the harm, not what the question says
			// after it.
			p = p[:n]
		}
		forms := [][]string{foldsOf(p), foldsOf(withoutPassive(p))}
		for _, alt := range synonyms(phraseOf(withoutPassive(p))) {
			forms = append(forms, strings.Fields(alt))
		}
		for _, form := range forms {
			if n := len(form); n > 0 && n <= at && foldsAt(s, at-n, form) {
				return s.text[s.starts[at-n]:s.ends[at-1]]
			}
		}
	}
	return ""
}
