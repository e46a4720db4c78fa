package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A where-question may ask for two or more levels of one place at once:
// "Sạt lở ở huyện nào, tỉnh nào?", "xảy ra tại xã nào, huyện nào". News
// writing names a place with its larger units after it ("xã Việt Vinh,
// huyện Bắc Quang, tỉnh Hà Giang"), and a generator that cuts the place
// of one kind gives one level only ("tỉnh Hà Giang"). placeLevels reads
// the place a candidate's answer stands in, in its sentence, from the
// smallest level asked to the largest, and offers it as a candidate of
// its own (genList: the question asks for several things).

// minAskedLevels is how many levels of place a question asks for at
// least to ask for several.
const minAskedLevels = 2

// askedLevels returns the main units of place q asks which of — each
// written right before a which word, "huyện nào, tỉnh nào", or listed
// before one from the smallest to the largest, "thuộc thành phố, tỉnh
// nào", "xã, huyện nào", "huyện và tỉnh nào" (risingLevels: "tỉnh, thành
// phố nào" and "xã, phường nào" name one rank) — folded and each once, in
// the question's order, when it asks for minAskedLevels of them or more;
// else nil.
func askedLevels(q question) []string {
	var out []string
	add := func(u string) {
		if !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	for k := 1; k < len(q.words); k++ {
		if !whichWords.Has(q.words[k].fold, lexicon.Exact) {
			continue
		}
		n := unitEndingAt(q, k)
		if n == 0 {
			continue
		}
		// The units listed before it, each typed as a unit's name ("xa"
		// of "cách xa tỉnh nào" is no "xã"), the last first.
		var listed []string
		for j := k - n; j > 0; {
			if listConjunctions.Has(q.words[j-1].text, lexicon.AsTyped) {
				j-- // "huyện và tỉnh nào"; "hay" offers one or the other
			}
			m := unitEndingAt(q, j)
			if m == 0 || !typedAsUnit(q.words[j-m:j]) {
				break
			}
			listed = append(listed, phraseOf(q.words[j-m:j]))
			j -= m
		}
		slices.Reverse(listed)
		if len(listed) > 0 && risingLevels(append(listed, phraseOf(q.words[k-n:k]))) {
			for _, u := range listed {
				add(u)
			}
		}
		add(phraseOf(q.words[k-n : k]))
	}
	if len(out) < minAskedLevels {
		return nil
	}
	return out
}

// unitEndingAt returns the number of words of the main unit of place that
// ends right before word j of q ("tỉnh", "thành phố"), or 0.
func unitEndingAt(q question, j int) int {
	for n := min(j, mainUnits.MaxWords()); n >= 1; n-- {
		if mainUnits.Has(phraseOf(q.words[j-n:j]), lexicon.Exact) {
			return n
		}
	}
	return 0
}

// typedAsUnit reports whether the words ws, a main unit folded, are typed
// as the unit is written when they are read as typed (asWritten): "xa"
// of "cách xa tỉnh nào", typed among words with diacritics, is no "xã".
func typedAsUnit(ws []word) bool {
	for _, w := range ws {
		if w.asWritten {
			return adminUnits.Has(textOf(ws), lexicon.Exact)
		}
	}
	return true
}

// risingLevels reports whether the folded units each stand a rank below
// the next (unitRanks): levels of one place, not names of one rank.
func risingLevels(units []string) bool {
	prev := 0
	for _, u := range units {
		next := 0
		for _, r := range strings.Fields(unitRanks[u]) {
			if k, err := strconv.Atoi(r); err == nil && k > prev && (next == 0 || k < next) {
				next = k
			}
		}
		if next == 0 {
			return false
		}
		prev = next
	}
	return true
}

// unitRanks maps the main units of place, folded, to their ranks
// (admin_unit_ranks_folded).
var unitRanks = lexicon.MustMap("admin_unit_ranks_folded")

// placeLevelsIn returns the place of text that holds answer, read from
// the first to the last of its parts whose unit is one of levels, when
// it holds a part of each; else "".
func placeLevelsIn(text, answer string, levels []string) string {
	at := strings.Index(text, answer)
	if at < 0 || answer == "" {
		return ""
	}
	for _, p := range corpus.Places(text) {
		if at+len(answer) <= p.Start || at >= p.End {
			continue
		}
		place := text[p.Start:p.End]
		from, to := len(place), 0
		for _, l := range levels {
			part := partOfKind(place, l)
			if part == "" {
				return ""
			}
			i := strings.Index(place, part)
			from, to = min(from, i), max(to, i+len(part))
		}
		return place[from:to]
	}
	return ""
}

// placeLevels returns a candidate of the place with every level q asks
// for (askedLevels) for each candidate of cands whose answer stands in a
// place its sentence names that holds them all and gives fewer itself,
// each place once.
func (d *document) placeLevels(q question, cands []candidate) []candidate {
	levels := askedLevels(q)
	if levels == nil {
		return nil
	}
	var out []candidate
	seen := map[string]bool{}
	for _, c := range cands {
		if len(c.refs) == 0 {
			continue
		}
		s, ok := d.sentOf[c.refs[0]]
		if !ok {
			continue
		}
		whole := placeLevelsIn(s.text, c.answer, levels)
		if whole == "" || whole == c.answer || seen[whole] {
			continue
		}
		seen[whole] = true
		out = append(out, candidate{answer: whole, kind: c.kind, score: c.score, refs: c.refs})
	}
	return out
}

// holdsLevels reports whether answer names a part of each unit of levels.
func holdsLevels(answer string, levels []string) bool {
	for _, l := range levels {
		if partOfKind(answer, l) == "" {
			return false
		}
	}
	return true
}
