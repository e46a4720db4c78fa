package answer

import (
	"math"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// minClassSides and maxClassSides bound how many places of one class a
// total question may count ("2 phường", "hai tỉnh"): fewer than two is no
// total, and a longer run is a list the article rarely writes one
// sentence each for.
const (
	minClassSides = 2
	maxClassSides = 5
)

// maxPlaceNameWords is how many words with capitals after a unit of place
// make its name ("phường Thống Nhất", "tỉnh Bà Rịa Vũng Tàu").
const maxPlaceNameWords = 4

// askedClass returns how many places of one class a total question counts
// and the class word, folded: "2 phường", "hai tỉnh" or "2 phuong" give 2
// and "phuong". ok is false when the question writes no number of places.
func askedClass(q question) (n int, class string, ok bool) {
	for k := 0; k+1 < len(q.words); k++ {
		v, isNum := smallCount(q.words[k])
		if !isNum || v < minClassSides || v > maxClassSides {
			continue
		}
		if next := q.words[k+1]; adminUnits.Has(next.text, lexicon.AsTyped) {
			return v, next.fold, true
		}
	}
	return 0, "", false
}

// smallCount returns the value of a word that writes a small count, at
// most maxClassSides, in digits or in letters (spelled_numbers); ok is
// false for any other word or a larger number.
func smallCount(w word) (int, bool) {
	if w.num {
		v := 0
		for _, r := range w.fold {
			if r < '0' || r > '9' {
				return 0, false
			}
			v = v*10 + int(r-'0')
			if v > maxClassSides {
				return 0, false
			}
		}
		return v, true
	}
	if v, ok := spelledNumbers[w.text]; ok && v == math.Trunc(v) {
		return int(v), true
	}
	return 0, false
}

// placesOfClass returns the folded names sentence s gives places of the
// class (folded): the words with capitals written right after the class
// word, a space between each ("phường An Phú").
func placesOfClass(s *sent, class string) []string {
	var out []string
	for k, w := range s.fold {
		if w != class {
			continue
		}
		var name []string
		for j := k + 1; j < len(s.fold) && j-k <= maxPlaceNameWords && isCapital(s, j) && spaced(s, j); j++ {
			name = append(name, s.fold[j])
		}
		if len(name) > 0 {
			out = append(out, strings.Join(name, " "))
		}
	}
	return out
}

// partMarkerBetween reports whether a part marker stands in s between
// words from and to: "36 đảng viên; trong đó có 6 đảng viên …".
func partMarkerBetween(s *sent, from, to int) bool {
	if from < 0 || to > len(s.fold) || from >= to {
		return false
	}
	between := " " + strings.Join(s.fold[from:to], " ") + " "
	for _, m := range partMarkersFolded {
		if strings.Contains(between, " "+m+" ") {
			return true
		}
	}
	return false
}

// itemHoldsAsked reports whether the item of the count at word at of s
// (itemNumbers) writes one of the numbers the question writes (asked):
// "7 đảng viên 30 năm tuổi Đảng" for "30 năm tuổi Đảng".
func itemHoldsAsked(s *sent, at, end int, asked map[string]bool) bool {
	for _, n := range itemNumbers(s, at, end) {
		if asked[n] {
			return true
		}
	}
	return false
}

// classSum answers a total over places of one class the question counts
// ("tổng cộng 2 phường trao Huy hiệu cho bao nhiêu người"), which the
// article reports one sentence each: "Tại phường A, … 36 đảng viên; …
// Tại phường B, … 17 đảng viên". Each place binds the counts of the noun
// asked in the sentences that name it and no other place of the class;
// the figure of a place is its one count, or the first when the others
// are its parts (they add up to it, or a part marker opens them). When
// the question writes a number of its own ("30 năm tuổi Đảng"), each
// place's figure is the count whose item writes it. ok is false unless
// exactly as many places as asked bind one figure each.
func (d *document) classSum(q question, sc *scope) (candidate, bool) {
	n, class, ok := askedClass(q)
	if !ok {
		return candidate{}, false
	}
	noun := withoutFillers(q.focus)
	if q.counted != nil && (len(noun) == 0 || noun[0].fold != q.counted.fold) {
		// "2 phường trao Huy hiệu cho bao nhiêu người": the noun
		// counted, not the words before the count word.
		noun = []word{*q.counted}
	}
	if len(noun) == 0 {
		return candidate{}, false
	}
	nouns := [][]word{noun}
	people := personUnits.Has(noun[0].fold, lexicon.Exact)
	counts := func(unit string) bool {
		if unitIsAny(unit, nouns) {
			return true
		}
		return people && countsPeopleUnit(sharedWords(unit))
	}
	asked := questionNumbers(q)
	for w := range asked {
		if v, ok := smallCount(word{fold: w, num: true}); ok && v == n {
			delete(asked, w)
		}
	}
	// bound are the counts a place binds, and the sentence and word of
	// its first.
	type bound struct {
		facts []corpus.Fact
		idx   []int
		s     *sent
		at    int
	}
	byPlace := map[string]*bound{}
	var order []string
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || !sc.holdsFact(f) || !counts(f.Unit) {
			continue
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		places := distinctStrings(placesOfClass(s, class))
		if len(places) != 1 {
			continue
		}
		at := d.numberWordAt(s, i)
		if len(asked) > 0 {
			if !itemHoldsAsked(s, at, d.itemEnd(s, i), asked) {
				continue
			}
		}
		p := places[0]
		if byPlace[p] == nil {
			byPlace[p] = &bound{}
			order = append(order, p)
		} else if b := byPlace[p]; len(asked) == 0 && b.s == s && partMarkerBetween(s, b.at, at) {
			// "36 đảng viên; trong đó có 6 đảng viên …": a part of
			// the place's figure.
			continue
		}
		if len(byPlace[p].facts) == 0 {
			byPlace[p].s, byPlace[p].at = s, at
		}
		byPlace[p].facts = append(byPlace[p].facts, f)
		byPlace[p].idx = append(byPlace[p].idx, i)
	}
	if len(order) != n {
		return candidate{}, false
	}
	var picked []corpus.Fact
	for _, p := range order {
		f, ok := placeFigure(byPlace[p].facts)
		if !ok {
			return candidate{}, false
		}
		picked = append(picked, f)
	}
	if !oneUnit(picked) {
		// "36 đảng viên" and "17 người" are no sum of one noun.
		return candidate{}, false
	}
	return boundSum(picked, picked[0].Unit), true
}

// placeFigure returns the one figure of a place among the counts it binds
// (facts, in the article's order): the only one, every one of one value,
// or the first when the others add up to it (its parts); ok is false
// when the place binds figures of several values otherwise.
func placeFigure(facts []corpus.Fact) (corpus.Fact, bool) {
	first := facts[0]
	same := true
	rest := 0.0
	for _, f := range facts[1:] {
		if f.Value != first.Value {
			same = false
		}
		rest += f.Value
	}
	if same || math.Abs(rest-first.Value) <= wholeTolerance {
		return first, true
	}
	return corpus.Fact{}, false
}

// oneUnit reports whether the figures all count one unit, however typed.
func oneUnit(facts []corpus.Fact) bool {
	for _, f := range facts[1:] {
		if analysis.Fold(f.Unit) != analysis.Fold(facts[0].Unit) {
			return false
		}
	}
	return true
}

// distinctStrings returns ss less repeats, in order.
func distinctStrings(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
