package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
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

// listItem is one "NAME FIGURE [unit]" item of a list, by token: prefix is
// its first token (an administrative word before the name: "TP", "huyện"),
// name the first word of its name, num its number, end the token after its
// unit.
type listItem struct {
	prefix, name, num, end int
}

// listItems returns the parts of the breakdowns s writes as lists of
// "NAME FIGURE [unit]" items, by the token of each part's number: a
// quantity of the item's unit, Of the item's name. An item belongs to a
// list when another item follows it or goes before it with only a comma,
// a semicolon or a joining word ("và") between them. A unit written only
// on the last item ("Móng Cái 14.000 lượt, Cô Tô 2.500 lượt khách")
// applies to every item; a list with no unit at all ("Lai Châu 2, Sơn La
// 1") is left alone.
func listItems(s *sentence) map[int]Fact {
	var items []listItem
	for i := range s.toks {
		if it, ok := s.listItemAt(i); ok {
			items = append(items, it)
		}
	}
	out := map[int]Fact{}
	for from := 0; from < len(items); {
		to := from + 1
		for to < len(items) && s.adjoins(items[to-1], items[to]) {
			to++
		}
		if to-from >= 2 {
			s.listParts(items[from:to], out)
		}
		from = to
	}
	return out
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
	return listItem{prefix: prefix, name: name, num: i, end: s.unitEnd(i)}, true
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
// it writes, or of the last item's when it writes none or only the first
// words of it ("lượt" before "lượt khách").
func (s *sentence) listParts(items []listItem, out map[int]Fact) {
	last := items[len(items)-1]
	lastUnit := s.span(last.num+1, last.end)
	for _, it := range items {
		unit := s.span(it.num+1, it.end)
		if unit == "" || strings.HasPrefix(lastUnit, unit+" ") {
			unit = lastUnit
		}
		if unit == "" {
			continue
		}
		num := s.toks[it.num].Text
		v, _ := analysis.ParseNumber(num)
		f := Fact{
			Type: FactQuantity, Passage: s.p.ID, Sentence: s.index,
			Quantity: Quantity{Number: num, Value: v, Unit: unit, Of: s.span(it.name, it.num-s.matchBefore(qualifiers, it.num))},
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
