package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A question that asks for several things ("những ai được khen thưởng",
// "ở những đâu", "những luật nào được biểu quyết") is often answered by a
// generator with the first item of the list its sentence writes: "tại
// phường Vạn Xuân" of "tại phường Vạn Xuân, phường Phổ Yên, xã Điềm
// Thụy". News writing parts the items of such a list with commas,
// semicolons or "và", and every item opens the same way: the same head
// word ("Luật …; Luật …"), a place's unit word, a body's head, a
// person's title, or a capitalised name. wholeList reads the list on
// from the item a candidate gives, over the items of its kind, and
// offers the whole list as a candidate of its own (genList); the scorer
// weighs it against the single item (list_whole).

// itemKind is the kind of thing an item of a list opens with.
type itemKind int

const (
	itemOther itemKind = iota // none of the kinds below: only the same head word continues
	itemBody                  // a body's name: "Trường THCS …", "Công an huyện …"
	itemPlace                 // a unit of place and its name: "phường Vạn Xuân"
	itemTitle                 // a person's title: "Chủ tịch UBND tỉnh …"
	itemName                  // a name of capitalised words: "Lê Thị Hiền"
	itemRoute                 // a road, a bridge or a pass: "quốc lộ 27C", "cầu Yang Bay"
)

// routeItemHeads open the name of a road, a bridge or a pass.
var routeItemHeads = lexicon.MustSet("route_item_heads")

// minNameWords is how many capitalised words in a row open a name.
const minNameWords = 2

// kindAt returns the kind of item that opens at word i of s.
func kindAt(s *sent, i int) itemKind {
	switch {
	case i >= len(s.lower):
		return itemOther
	case titleAt(s, i):
		return itemTitle
	case organisationHeadAt(s, i) > 0:
		return itemBody
	case routeItemAt(s, i) > 0:
		return itemRoute
	case placeNameAt(s, i) > 0:
		return itemPlace
	case isName(s, i):
		return itemName
	}
	return itemOther
}

// routeItemAt returns how many words of s from word i name a road, a
// bridge or a pass: a head of routeItemHeads and the number ("quốc lộ
// 27C", "tỉnh lộ 8B") or the capitalised name ("đèo Khánh Lê") after it;
// 0 for none.
func routeItemAt(s *sent, i int) int {
	for n := min(routeItemHeads.MaxWords(), len(s.lower)-i-1); n >= 1; n-- {
		j := i + n
		if !spaced(s, j) || !routeItemHeads.HasPhrase(s.lower[i:j], lexicon.Exact) {
			continue
		}
		switch {
		case isCapital(s, j):
			return n + capitalRun(s, j)
		case hasDigit(s.lower[j]):
			return n + 1
		}
	}
	return 0
}

// isName reports whether a name of capitalised words opens at word i of
// s and ends there: at least minNameWords of them, not followed by a
// lower-case word of the same phrase ("Phó Thủ tướng" is a title cut, not
// a name).
func isName(s *sent, i int) bool {
	n := capitalRun(s, i)
	if n < minNameWords {
		return false
	}
	j := i + n
	return j >= len(s.lower) || !spaced(s, j) || opensPhrase(s, j)
}

// capitalRun returns how many capitalised words one space apart s writes
// from word i.
func capitalRun(s *sent, i int) int {
	j := i
	for j < len(s.lower) && isCapital(s, j) && (j == i || spaced(s, j)) {
		j++
	}
	return j - i
}

// parallelItems reports whether the items that open at words a and b of
// s are of one kind: the same head word, or the same kind of item.
func parallelItems(s *sent, a, b int) bool {
	if s.lower[a] == s.lower[b] {
		return true
	}
	k := kindAt(s, a)
	return k != itemOther && k == kindAt(s, b)
}

// itemEnd returns the end (exclusive) of the item of a list that opens at
// word k of s: a body's name, a place's name, a name, else a phrase
// (phraseEnd), each with the note in brackets after it ("(SN 1993)",
// "(sửa đổi)").
func itemEnd(s *sent, k int) int {
	var e int
	switch kindAt(s, k) {
	case itemBody:
		e = organisationEnd(s, k, noStop)
	case itemPlace:
		e = k + placeNameAt(s, k)
		e += capitalRun(s, e)
	case itemName:
		e = k + capitalRun(s, k)
	case itemRoute:
		e = k + routeItemAt(s, k)
	default:
		e = phraseEnd(s, k, maxItemWords)
		if e > k && e < len(s.lower) && spaced(s, e) && isCapital(s, e-1) && isCapital(s, e) {
			// The bound fell inside a name: the item ends with it
			// ("dự án Khu đô thị ven sông An Tây").
			e += capitalRun(s, e)
		}
	}
	return bracketEnd(s, e)
}

// bracketEnd returns, when a bracket opens before word e of s, the end
// (exclusive) of the note it holds: the word after which it closes, at
// most maxItemWords words on. Else e (also when e opens s: no bracket
// stands before it).
func bracketEnd(s *sent, e int) int {
	if e <= 0 || e >= len(s.lower) || strings.TrimSpace(sepBefore(s, e)) != noteOpen {
		return e
	}
	for j := e + 1; j <= len(s.lower) && j-e <= maxItemWords; j++ {
		if j == len(s.lower) {
			if strings.HasPrefix(s.text[wordEnd(s, j-1):], noteClose) {
				return j
			}
			return e
		}
		if strings.Contains(sepBefore(s, j), noteClose) {
			return j
		}
	}
	return e
}

// itemAfter returns where the next item of a list starts after an item
// that ends at end in s: after a comma or a semicolon (a bracket that
// closes a note before it aside), or after "và" between spaces.
func itemAfter(s *sent, end int) (next int, ok bool) {
	if end >= len(s.lower) {
		return end, false
	}
	sep := strings.TrimPrefix(sepBefore(s, end), noteClose)
	if sep == listSeparator || sep == semicolonSeparator {
		return end, true
	}
	if sep == " " && sep != sepBefore(s, end) && listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.lower) && spaced(s, end+1) {
		// "và" after an item's note: "đền Cặp Tiên (Vân Đồn) và phường
		// Cửa Ông".
		return end + 1, true
	}
	next, ok = nextItem(s, end)
	if ok && next > end && next+1 < len(s.lower) && spaced(s, next+1) && possessiveMarkers.Has(s.lower[next], lexicon.Exact) {
		// "và" repeats the possessive the list hangs on: "của Bộ
		// trưởng …, Chủ tịch UBND tỉnh và của Giám đốc …".
		next++
	}
	return next, ok
}

// semicolonSeparator parts the items of a list whose items hold commas:
// "Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân".
const semicolonSeparator = "; "

// wholeListFrom returns the end (exclusive) of the list of s whose first
// item opens at word head and ends at end, and how many items it holds:
// the items after it of its kind (parallelItems), up to maxListWords
// words from head.
func wholeListFrom(s *sent, head, end int) (int, int) {
	items := 1
	for end < len(s.lower) && end-head < maxListWords {
		next, ok := itemAfter(s, end)
		if !ok || !parallelItems(s, head, next) {
			break
		}
		e := itemEnd(s, next)
		if e <= next || e-head > maxListWords {
			break
		}
		end, items = e, items+1
	}
	return end, items
}

// wholeList returns the whole list the answer of c opens, and the
// sentence that writes it, when q asks for several things and c gives
// one item of a list of several; else "". The list is read in c's own
// sentence first, then in the other sentences of its article, nearest
// first (listSentences): news writing names the items once as a list
// ("trình bày dự thảo Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá
// nhân …") and then one per sentence or paragraph ("Đối với Luật Quản
// lý thuế (sửa đổi): có 448 đại biểu …"), where a generator may find the
// item alone.
func (d *document) wholeList(q question, c candidate) (string, ref) {
	if !asksList(q) || c.clause || len(c.refs) == 0 {
		return "", ref{}
	}
	s, ok := d.sentOf[c.refs[0]]
	if !ok {
		return "", ref{}
	}
	if !singleItem(c.answer) {
		// Several items: the list they open read on in their own
		// sentence, when it holds more (listCut).
		if whole := longerList(s, c.answer); whole != "" {
			return whole, c.refs[0]
		}
		return "", ref{}
	}
	for _, o := range d.listSentences(s) {
		if whole := wholeListIn(o, c.answer); whole != "" {
			return whole, ref{o.p.ID, o.index}
		}
	}
	return "", ref{}
}

// listSentences returns the sentences of the article of s, s first, then
// the others by their distance from s in the article's order.
func (d *document) listSentences(s *sent) []*sent {
	var same []*sent
	at := -1
	for i := range s.art.Passages {
		for _, o := range d.sentsOf[s.art.Passages[i].ID] {
			if o == s {
				at = len(same)
			}
			same = append(same, o)
		}
	}
	if at < 0 {
		return []*sent{s}
	}
	out := make([]*sent, 0, len(same))
	out = append(out, s)
	for k := 1; at-k >= 0 || at+k < len(same); k++ {
		if at-k >= 0 {
			out = append(out, same[at-k])
		}
		if at+k < len(same) {
			out = append(out, same[at+k])
		}
	}
	return out
}

// wholeListIn returns the whole list of s the item answer opens, from
// its first item to its last (listStart, wholeListFrom), when it holds
// several; else "". Only an item as s writes it opens one.
func wholeListIn(s *sent, answer string) string {
	toks := analysis.Tokens(answer)
	if len(toks) == 0 {
		return ""
	}
	for _, from := range answerStarts(s, toks) {
		to := from + len(toks)
		if to > len(s.lower) || !strings.EqualFold(spanOf(s, from, to), answer) {
			continue
		}
		// A locative opens the place, not its first item: "tại phường
		// Vạn Xuân, phường Phổ Yên".
		head := from
		if locatives.Has(s.lower[head], lexicon.Exact) && head+1 < to {
			head++
		}
		start, before := listStart(s, head)
		if start < head {
			// The list opens before the item: the whole list, from its
			// first item.
			from = start
		}
		end, items := wholeListFrom(s, head, bracketEnd(s, to))
		if items+before >= minListItems {
			return spanOf(s, from, end)
		}
	}
	return ""
}

// listCut reports whether answer is part of a list s writes: the whole
// list it opens in s (wholeListIn) holds more than answer, an item of its
// kind standing right before or after it. An answer of several items of
// a list of more is a cut list, not the enumeration asked.
func listCut(s *sent, answer string) bool {
	return longerList(s, answer) != ""
}

// longerList returns the whole list of s that answer's items open when it
// holds more than answer, else "".
func longerList(s *sent, answer string) string {
	if whole := wholeListIn(s, answer); whole != "" && !strings.EqualFold(whole, answer) {
		return whole
	}
	return ""
}

// listStart returns where the list opens whose item opens at word head of
// s, and how many items stand before that one: the items before it of its
// kind, each read whole up to the separator before the next
// (parallelItems, itemEnd).
func listStart(s *sent, head int) (int, int) {
	start, before := head, 0
	for start > 0 && head-start < maxListWords {
		prevEnd := itemBefore(s, start)
		if prevEnd <= 0 {
			break
		}
		if strings.HasPrefix(sepBefore(s, start), noteClose) {
			// The item before ends with a note: "Kha Minh Cường (SN
			// 1993), Phan Văn Tân".
			if prevEnd = noteOpenBefore(s, start); prevEnd <= 0 {
				break
			}
		}
		k := prevEnd - 1
		for k > 0 && prevEnd-k < maxItemWords && spaced(s, k) {
			k--
		}
		if !parallelItems(s, k, head) || itemEnd(s, k) != start && itemEnd(s, k) != prevEnd {
			break
		}
		start, before = k, before+1
	}
	return start, before
}

// itemBefore returns where the item of a list before the one that opens at
// word start of s ends (exclusive): at start after a comma or a
// semicolon, before "và" between spaces; 0 when neither stands there.
func itemBefore(s *sent, start int) int {
	switch sep := strings.TrimPrefix(sepBefore(s, start), noteClose); {
	case sep == listSeparator || sep == semicolonSeparator:
		return start
	case start > 1 && spaced(s, start) && spaced(s, start-1) && listConjunctions.Has(s.lower[start-1], lexicon.Exact):
		return start - 1
	}
	return 0
}

// noteOpenBefore returns the word of s a bracket opens before, for the
// note that closes before word start, at most maxItemWords words back; 0
// when there is none.
func noteOpenBefore(s *sent, start int) int {
	for j := start - 1; j > 0 && start-j <= maxItemWords; j-- {
		if strings.TrimSpace(sepBefore(s, j)) == noteOpen {
			return j
		}
	}
	return 0
}

// singleItem reports whether answer gives one item: no separator of a
// list's items outside its notes in brackets ("Phan Văn Tân (SN 1987,
// cùng ngụ, TP Cần Thơ)" is one), nor "và" between two names.
func singleItem(answer string) bool {
	bare := withoutNotes(answer)
	return listItems(bare) < minListItems && !joinsNames(bare)
}

// withoutNotes returns t without the notes in brackets it holds.
func withoutNotes(t string) string {
	var b strings.Builder
	depth := 0
	for _, r := range t {
		switch string(r) {
		case noteOpen:
			depth++
			continue
		case noteClose:
			depth = max(0, depth-1)
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wholeLists returns a candidate of the whole list for each candidate of
// cands that gives one item of one (wholeList), each once.
func (d *document) wholeLists(q question, cands []candidate) []candidate {
	var out []candidate
	seen := map[string]bool{}
	for _, c := range cands {
		whole, at := d.wholeList(q, c)
		if whole == "" || seen[whole] {
			continue
		}
		seen[whole] = true
		refs := c.refs
		if at != c.refs[0] {
			// The list stands in another sentence: its own.
			refs = []ref{at}
		}
		out = append(out, candidate{answer: whole, kind: c.kind, score: c.score, refs: refs})
	}
	return out
}
