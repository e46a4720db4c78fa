package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// This file reads a breakdown written as a list outside any parenthesis:
// news statistics give a figure per place or per item, one item after
// another, each a name and its figure, separated by commas or semicolons —
// "Khách du lịch đến TP Hạ Long 59.000 lượt khách; TP Móng Cái 18.000
// lượt khách; …, Cô Tô 2.500 lượt khách", "Mường Lát 11 nhà, Quan Sơn 94
// nhà, Quan Hóa 49 nhà". Each figure belongs to its own item's name.

// maxItemNameWords is the most capitalised words the name of one item of
// a list holds ("Bà Rịa Vũng Tàu").
const maxItemNameWords = 4

// maxPredicateWords is the most words of the verb or predicate written
// after the last item of a "FIGURE unit ở NAME" list that apply to every
// item ("tử vong", "bị tốc mái").
const maxPredicateWords = 4

// itemPlacePrepositions are the words between the unit of a "FIGURE unit
// ở NAME" item and its place ("ở", "tại").
var itemPlacePrepositions = lexicon.MustSet("item_place_prepositions")

// listItem is one item of a list, by token: prefix is its first token (an
// administrative word before the name: "TP", "huyện"; or, for a figure
// written first, the figure or its qualifier), name the first word of its
// name and nameEnd the token after it, num its number, unitFrom and
// unitTo the tokens of its unit, end the token after the item. figureFirst
// is true for a "FIGURE unit (ở) NAME" item, marked when "ở", "tại" or an
// administrative word introduces its place.
type listItem struct {
	prefix, name, nameEnd, num, unitFrom, unitTo, end int
	figureFirst, marked                               bool
}

// listItems returns the parts of the breakdowns s writes as lists of
// "NAME FIGURE [unit]" items, by the token of each part's number: a
// quantity of the item's unit, Of the item's name. An item belongs to a
// list when another item follows it or goes before it with only a comma,
// a semicolon or a joining word ("và") between them. A unit written only
// on the last item ("Móng Cái 14.000 lượt, Cô Tô 2.500 lượt khách")
// applies to every item; a list with no unit at all ("Lai Châu 2, Sơn La
// 1") is left alone. Items may also write the figure first, spelled or in
// digits, and the place after it ("hai người ở Yên Bái"); then a verb
// written after the last item applies to every item. Such a figure also
// reads as a count of its own ("hai người"), so its parts come in a map of
// their own, alongside, to add beside that count.
func listItems(s *sentence) (parts, alongside map[int]Fact) {
	var items []listItem
	for i := range s.toks {
		if it, ok := s.listItemAt(i); ok {
			items = append(items, it)
		} else if it, ok := s.figureFirstItemAt(i); ok {
			items = append(items, it)
		}
	}
	out := map[int]Fact{}
	alongside = map[int]Fact{}
	for from := 0; from < len(items); {
		to := from + 1
		for to < len(items) && s.adjoins(items[to-1], items[to]) {
			to++
		}
		if to-from >= 2 && placeMarked(items[from:to]) {
			s.listParts(items[from:to], out)
		}
		from = to
	}
	for _, it := range items {
		if f, ok := out[it.num]; ok && it.figureFirst {
			alongside[it.num] = f
			delete(out, it.num)
		}
	}
	return out, alongside
}

// placeMarked reports whether a list whose figures come first marks the
// place of one item at least with "ở", "tại" or an administrative word:
// without it "42 huy chương Vàng, 54 huy chương Đồng" would read as places.
// A list of "NAME FIGURE" items needs no mark.
func placeMarked(items []listItem) bool {
	for _, it := range items {
		if !it.figureFirst || it.marked {
			return true
		}
	}
	return false
}

// listItemAt reads the item whose number is token i: a capitalised name
// right before it (past a qualifier: "Sun World khoảng 12.000"), perhaps
// after an administrative word, and the unit after it.
func (s *sentence) listItemAt(i int) (listItem, bool) {
	t := s.toks[i]
	if !t.Number || i == 0 || strings.Contains(t.Text, "/") || s.inParenthesis(i) {
		return listItem{}, false
	}
	if _, ok := analysis.ParseNumber(t.Text); !ok {
		return listItem{}, false
	}
	last := i - s.matchBefore(qualifiers, i)
	if last <= 0 || !s.spaced(last) || !s.titleCase(last-1) || s.matchBefore(identifierHeads, last) > 0 {
		return listItem{}, false
	}
	name := last - 1
	for name > 0 && last-name < maxItemNameWords && s.spaced(name) && s.titleCase(name-1) {
		name--
	}
	prefix := name
	if s.abbreviatedUnit(name) && name+1 < last {
		name++ // "TP Hạ Long": the name is "Hạ Long"
	} else if n := s.matchBefore(adminUnits, name); n > 0 && s.spaced(name) {
		prefix = name - n // "huyện Vân Đồn"
	}
	if prefix == name && last-name == 1 && (name == 0 || strings.ContainsAny(s.sep(name), ",;:")) {
		// "Có 5 ca, …", "…, Thêm 2 xã": one capital that only starts the
		// sentence or a clause names nothing.
		return listItem{}, false
	}
	end := s.unitEnd(i)
	return listItem{prefix: prefix, name: name, nameEnd: last, num: i, unitFrom: i + 1, unitTo: end, end: end}, true
}

// figureFirstItemAt reads the item whose figure is token i and whose
// place follows its unit: "hai người ở Yên Bái", "12 nhà ở huyện Mường
// Lát", "Bốn người Lai Châu". The figure is in digits or spelled; the
// unit is one or more words in lower case; the place is a capitalised
// name, perhaps after "ở"/"tại" and an administrative word.
func (s *sentence) figureFirstItemAt(i int) (listItem, bool) {
	t := s.toks[i]
	if s.inParenthesis(i) {
		return listItem{}, false
	}
	if t.Number {
		if _, ok := analysis.ParseNumber(t.Text); !ok || strings.Contains(t.Text, "/") {
			return listItem{}, false
		}
	} else if _, ok := s.spelledNumber(i); !ok {
		return listItem{}, false
	}
	for j := i + 1; j < len(s.toks) && j-i <= MaxUnitWords+1 && s.spaced(j) && !s.toks[j].Number; j++ {
		name, ok := s.itemPlaceAt(j)
		if ok && j > i+1 {
			marked := name > j
			nameEnd := name + 1
			for nameEnd < len(s.toks) && nameEnd-name < maxItemNameWords && s.spaced(nameEnd) && s.titleCase(nameEnd) {
				nameEnd++
			}
			prefix := i
			if n := s.matchBefore(qualifiers, i); n > 0 && s.spaced(i) {
				prefix = i - n
			}
			return listItem{prefix: prefix, name: name, nameEnd: nameEnd, num: i, unitFrom: i + 1, unitTo: j, end: nameEnd, figureFirst: true, marked: marked}, true
		}
		if ok || s.upper(j) || s.match(unitStops, j) > 0 {
			return listItem{}, false
		}
	}
	return listItem{}, false
}

// itemPlaceAt reports whether the place of a "FIGURE unit ở NAME" item
// starts at token j, and returns the first word of its name: past "ở" or
// "tại", past an administrative word ("huyện", "TP").
func (s *sentence) itemPlaceAt(j int) (int, bool) {
	if n := s.match(itemPlacePrepositions, j); n > 0 {
		j += n
		if j >= len(s.toks) || !s.spaced(j) {
			return 0, false
		}
	}
	if s.abbreviatedUnit(j) && j+1 < len(s.toks) && s.spaced(j+1) {
		j++
	} else if n := s.match(adminUnits, j); n > 0 && j+n < len(s.toks) && s.spaced(j+n) {
		j += n
	}
	return j, j < len(s.toks) && s.titleCase(j)
}

// predicateAfter returns the verb or predicate written right after the
// last item of a list, up to maxPredicateWords words in lower case,
// stopping at a word that ends what a number counts ("tử vong" of "tử
// vong do đất đá sạt lở").
func (s *sentence) predicateAfter(end int) string {
	j := end
	for j < len(s.toks) && j-end < maxPredicateWords && s.spaced(j) && !s.toks[j].Number && !s.upper(j) && s.match(unitStops, j) == 0 {
		j++
	}
	return s.span(end, j)
}

// adjoins reports whether item b follows item a in one list: after a
// comma or a semicolon, or after a joining word ("…, Cà Mau 5 và Trà Vinh
// 3").
func (s *sentence) adjoins(a, b listItem) bool {
	switch b.prefix {
	case a.end:
		return strings.ContainsAny(s.sep(b.prefix), ",;")
	case a.end + 1:
		return joiners[s.word(a.end)] && s.spaced(b.prefix)
	}
	return false
}

// listParts adds the parts of one list's items to out, each of the unit
// it writes, or of the last item's when it writes none, or of the longest
// unit of another item when it writes only the first words of it ("lượt"
// before "lượt khách", "người" beside "người bị thương"). A predicate
// written after the last of "FIGURE unit ở NAME" items applies to all of
// them ("… một người ở Sơn La tử vong").
func (s *sentence) listParts(items []listItem, out map[int]Fact) {
	last := items[len(items)-1]
	lastUnit := s.span(last.unitFrom, last.unitTo)
	predicate := ""
	if last.figureFirst {
		predicate = s.predicateAfter(last.end)
	}
	for _, it := range items {
		unit := s.span(it.unitFrom, it.unitTo)
		if unit == "" {
			unit = lastUnit
		}
		for _, o := range items {
			if other := s.span(o.unitFrom, o.unitTo); strings.HasPrefix(other, unit+" ") && len(other) > len(unit) {
				unit = other
			}
		}
		if unit == "" {
			continue
		}
		if predicate != "" {
			unit += " " + predicate
		}
		num := s.toks[it.num].Text
		v, ok := analysis.ParseNumber(num)
		if !ok {
			v, _ = s.spelledNumber(it.num)
		}
		f := Fact{
			Type: FactQuantity, Passage: s.p.ID, Sentence: s.index,
			Quantity: Quantity{Number: num, Value: v, Unit: unit, Of: s.span(it.name, it.nameEnd)},
			Text:     s.span(it.prefix, max(it.end, it.num+1)),
		}
		if n := s.matchBefore(qualifiers, it.num); n > 0 {
			f.Qualifier = s.span(it.num-n, it.num)
		}
		out[it.num] = f
	}
}

// inParenthesis reports whether token i stands inside a parenthesis the
// sentence opened before it: such a breakdown is read by breakdown.
func (s *sentence) inParenthesis(i int) bool {
	before := s.text[s.start:s.toks[i].Start]
	return strings.Count(before, "(") > strings.Count(before, ")")
}
