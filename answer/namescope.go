package answer

// This file holds the features that read the names written around a
// number: in the same scope of the sentence or apart.

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// numberAt returns the position in s of the first number of an answer, of
// tokens toks, or -1.
func numberAt(s *sent, toks []analysis.Token) int {
	for _, t := range toks {
		if !t.Number {
			continue
		}
		k := numKey(t.Text)
		if ps := s.pos[k]; len(ps) > 0 {
			return ps[0]
		}
		return -1
	}
	return -1
}

// namesAround returns the share of the question's names — content words
// the sentence writes with a capital, not at its start — that stand in
// the same part of sentence s as the word at (scopes.same), in the head
// of the list of counts its part continues (countListHead), or in a
// heading that governs its part (headsPart: "Tuyên Quang: 5 người chết",
// "Tại Lai Châu, 2 người chết"), and the share that stand only in other
// parts. A share, not a yes or no: "Khu đô thị Đông An Điền rộng bao
// nhiêu" has one of its three names beside "Tây Phú An có diện tích 289,4
// ha" and all three beside "Đông An Điền diện tích 298ha". Both are 0
// when the question gives no name the sentence writes.
func namesAround(q question, content []word, s *sent, at int) (beside, apart float64) {
	scopes := s.wordScopes()
	from, to := countListHead(s, scopes, at)
	var here, there int
	for _, w := range content {
		if w.num {
			continue
		}
		ps := s.pos[w.key(q.lang)]
		var named []int
		for _, p := range ps {
			if p > 0 && isCapital(s, p) {
				named = append(named, p)
			}
		}
		if len(named) == 0 || writtenCommon(q, w, s) {
			continue
		}
		in := false
		for _, p := range named {
			in = in || scopes.same(p, at) || headsPart(s, scopes, p, at) || scopes.inHead(p, at, from, to) || itemOwns(s, scopes, p, at)
		}
		if in {
			here++
		} else {
			there++
		}
	}
	if n := here + there; n > 0 {
		return float64(here) / float64(n), float64(there) / float64(n)
	}
	return 0, 0
}

// writtenCommon reports whether the question writes w in a two-word
// phrase that s also writes in lower case: "bàn thắng" of "giải ghi nhận
// 81 bàn thắng". There w is the common word, not the name s capitalises
// elsewhere ("ông Phạm Đức Thắng").
func writtenCommon(q question, w word, s *sent) bool {
	for i, qw := range q.words {
		if qw.fold != w.fold {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(q.words) {
				continue
			}
			first, second := q.words[min(i, j)].fold, q.words[max(i, j)].fold
			for p := 0; p+1 < len(s.fold); p++ {
				if s.fold[p] == first && s.fold[p+1] == second && !isCapital(s, p) && !isCapital(s, p+1) {
					return true
				}
			}
		}
	}
	return false
}

// A wordScope labels a word of a sentence with the part it stands in:
// parts are parted by commas, semicolons and colons; a parenthesis is an
// aside with parts of its own, about the words right before it.
type wordScope struct {
	part  int // the part outside any parenthesis
	group int // the parenthesis the word stands in, from 1; 0 outside
	sub   int // the part inside that parenthesis
	head  int // outside: the stretch between parentheses it stands in
	item  int // outside: the stretch between semicolons it stands in
}

// scopes are the wordScopes of a sentence's words.
type scopes []wordScope

// wordScopes returns scopesOf(s), labelled when first asked for. The
// scopes are shared: callers only read them.
func (s *sent) wordScopes() scopes {
	s.scopedOnce.Do(func() { s.scoped = scopesOf(s) })
	return s.scoped
}

// scopesOf labels the words of s.
func scopesOf(s *sent) scopes {
	out := make(scopes, len(s.starts))
	var cur wordScope
	groups := 0
	for k := range s.starts {
		if k > 0 {
			sep := s.text[s.ends[k-1]:s.starts[k]]
			for _, r := range sep {
				switch {
				case r == '(':
					groups++
					cur.group, cur.sub = groups, 0
				case r == ')':
					cur.group = 0
					cur.head++
				case r == ',' || r == ';' || r == ':':
					if cur.group > 0 {
						cur.sub++
					} else {
						cur.part++
						cur.head++
						if r == ';' {
							cur.item++
						}
					}
				}
			}
		}
		out[k] = cur
	}
	return out
}

// same reports whether a name at word name stands in the part of the
// number at word num: the same part outside parentheses, the same part of
// one parenthesis, or, for a number in a parenthesis, the words right
// before it that it is about ("Tẩn Vần Phấu (44 tuổi)"). A name in a
// parenthesis names a part of a breakdown ("39 đối tượng (21 … tại Nhà
// hàng Nonstop, 18 … tại vũ trường Victory)"), not the whole before it.
func (sc scopes) same(name, num int) bool {
	x, y := sc[name], sc[num]
	switch {
	case x.group == 0 && y.group == 0:
		return x.part == y.part
	case x.group > 0 && y.group > 0:
		return x.group == y.group && x.sub == y.sub
	case x.group > 0:
		return false
	}
	k := sc.outsideAt(num)
	return k >= 0 && sc[k].head == x.head
}

// outsideAt returns the word a number at word num is bound as: itself
// outside parentheses, or the last word before its parenthesis ("Tẩn Vần
// Phấu (44 tuổi)"); -1 when none stands before it.
func (sc scopes) outsideAt(num int) int {
	k := num
	for k >= 0 && sc[k].group > 0 {
		k--
	}
	return k
}

// itemOwns reports whether the name at word name owns the number at word
// num as the subject of their item of a list parted by semicolons: "dự án
// khu đô thị Tây An Tây diện tích 268ha, với số vốn dự kiến khoảng 12.194
// tỷ đồng; dự án …" says the 12.194 of Tây An Tây across the comma. The
// name stands before the number in the same item, outside parentheses (a
// number in a parenthesis is bound as the words before it), no other
// capitalised word stands between the name's part and the number, nor a
// number of the same unit (the name's own), and the sentence parts its
// items by semicolons.
func itemOwns(s *sent, sc scopes, name, num int) bool {
	x := sc[name]
	if x.group > 0 {
		return false
	}
	k := sc.outsideAt(num)
	if k < 0 || name >= k || sc[k].item != x.item || sc[len(sc)-1].item == 0 {
		return false
	}
	unit := unitWord(s, k)
	for i := name + 1; i < k; i++ {
		if sc[i].group == 0 && sc[i].part != x.part && isCapital(s, i) {
			return false
		}
		if numberLike(s, i) && unitWord(s, i) == unit {
			// "xã Hòa Phú có 30 hộ bị ngập, xã bên cạnh có 50 hộ": the
			// name's own count stands before; the next is another's.
			return false
		}
	}
	return true
}

// maxHeadingWords is the most words a heading of a sentence part has: a
// label ("Khu di tích danh thắng Yên Tử: 1.435 lượt") or a fronted place
// ("Tại huyện Bắc Hà, …").
const maxHeadingWords = 7

// headsPart reports whether the name at word name stands in a heading that
// governs the part of the number at word num. News writing binds a figure
// to a place or a body by a short part written before it: a label closed
// by a colon ("Quảng Ninh: 15 người chết; Tuyên Quang: 5 người chết") or a
// fronted place opened by a place preposition and closed by a comma ("Tại
// Lai Châu, 2 người chết, 3 người bị thương"). The heading opens the
// sentence or follows a comma or a semicolon, and governs the parts after
// it up to the next semicolon or colon outside parentheses, or the next
// fronted place; a number in a parenthesis is bound as the words before
// it.
func headsPart(s *sent, sc scopes, name, num int) bool {
	x := sc[name]
	if x.group > 0 {
		return false
	}
	k := sc.outsideAt(num)
	if k < 0 || sc[k].part <= x.part {
		return false
	}
	first, last := name, name
	for first > 0 && sc[first-1].group == 0 && sc[first-1].part == x.part {
		first--
	}
	for last+1 < len(sc) && sc[last+1].group == 0 && sc[last+1].part == x.part {
		last++
	}
	if last-first+1 > maxHeadingWords || last+1 >= len(sc) {
		return false
	}
	if first > 0 && !strings.ContainsAny(s.gap(first), ",;") {
		return false
	}
	after := s.gap(last + 1)
	label := strings.Contains(after, ":")
	fronted := strings.Contains(after, ",") && placeWords.Has(s.lower[first], lexicon.Exact)
	if !label && !fronted {
		return false
	}
	for i := last + 2; i <= k; i++ {
		if sc[i].group > 0 || sc[i-1].group > 0 {
			continue // inside a parenthesis: an aside of its own
		}
		if strings.ContainsAny(s.gap(i), ";:") {
			return false
		}
		if sc[i].part != sc[i-1].part && placeWords.Has(s.lower[i], lexicon.Exact) {
			return false // another fronted place heads what follows
		}
	}
	return true
}
