package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// A list question that names the kind of thing it asks for ("những loại
// rượu nào đạt 3 sao", "gồm những nhãn hiệu nào", "kể tên các sản phẩm
// nước mắm") is often answered by a list whose items each write that
// kind's noun, a few words into the item, before the item's own name:
// "gồm 12.000 bao nhãn hiệu A, 2.000 bao nhãn hiệu B và 1.000 bao nhãn
// hiệu C", "…, rượu D (xã …), rượu E (xã …) và bưởi F". Such a list may
// mix kinds ("gạo …, nước mắm …, rượu …"): the items of the kind asked
// are then the answer, not the whole list, and not the list's intro
// ("gồm 12.000 bao nhãn hiệu A" stops short). kindList picks, in the
// sentence in scope that best holds the question's words, the items that
// write the kind asked (the question's list head, or its last words)
// and answers with them, unless they are a cut list (listCut).

// minKindListCover is the least share of the question's content words the
// list's sentence must hold.
const minKindListCover = 0.5

// kindListScore and kindListScoreCover make the generator's confidence:
// the base and what the question's coverage of the sentence adds.
const (
	kindListScore      = 0.3
	kindListScoreCover = 0.4
)

// maxKindListWords bounds the words from the first item of the kind to
// the last: a list of long items with notes in brackets runs past
// maxListWords.
const maxKindListWords = 2 * maxListWords

// kindItemsJoin parts the items kindList joins that the sentence does not
// write side by side.
const kindItemsJoin = "; "

// kindSpan is an item of a list: its words [from, to) of a sentence.
type kindSpan struct{ from, to int }

// kindList returns the items of the kind a list question names, in the
// sentence in scope that best holds the question's words, when it writes
// several; nothing else.
func (d *document) kindList(q question, content []word, sc *scope) candidate {
	if !asksList(q) {
		return candidate{}
	}
	head := kindHead(q)
	if len(head) == 0 {
		return candidate{}
	}
	var best candidate
	for s, cover := range d.coveringIn(q, content, sc, minKindListCover) {
		score := kindListScore + kindListScoreCover*cover
		if score <= best.score {
			continue
		}
		// The longest end of the head the items write: "nước mắm" of
		// "sản phẩm nước mắm", "rượu" of "loại rượu".
		for n := len(head); n >= 1; n-- {
			items := kindItemsOf(s, head[len(head)-n:])
			if len(items) < minListItems {
				continue
			}
			ans := joinKindItems(s, items)
			if listCut(s, ans) {
				// Items of a list that reads on past them: a cut list,
				// not the kind's items (a refusal beats it).
				break
			}
			best = candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}}
			break
		}
	}
	return best
}

// kindItemsOf returns the items of a list of s that write the words of
// noun at most maxItemLead words after they open and a name or a word
// after it, all opened the same number of words before noun; nil when
// they do not make one list (kindItemSpan, maxKindListWords).
func kindItemsOf(s *sent, noun []word) []kindSpan {
	var items []kindSpan
	lead := -1
	var pending []int // occurrences whose item's opening the sentence leaves open
	for _, k := range s.pos[noun[0].fold] {
		if !nounAt(s, k, noun) {
			continue
		}
		l, ok := itemLead(s, k)
		if !ok {
			pending = append(pending, k)
			continue
		}
		if lead >= 0 && l != lead {
			return nil
		}
		lead = l
		it, ok := kindItemSpan(s, k-l, k+len(noun))
		if !ok {
			// An item of the kind not read whole: the list would
			// be cut.
			return nil
		}
		items = append(items, it)
	}
	if lead < 0 || len(items) == 0 {
		return nil
	}
	// The first item of a list after its intro ("gồm 12.000 bao nhãn
	// hiệu A"): opened as the others are, lead words before noun, and
	// right before them; the nearest such mention, never an earlier one
	// the list does not hold.
	for i := len(pending) - 1; i >= 0; i-- {
		k := pending[i]
		if k >= items[0].from || k-lead < 1 {
			continue
		}
		it, ok := kindItemSpan(s, k-lead, k+len(noun))
		if ok && allSpaced(s, k-lead+1, k+1) && sideBySide(s, it, items[0]) {
			items = append([]kindSpan{it}, items...)
		}
		break
	}
	if len(items) < minListItems || items[len(items)-1].to-items[0].from > maxKindListWords {
		return nil
	}
	return items
}

// nounAt reports whether s writes the words of noun from word k on, one
// space apart.
func nounAt(s *sent, k int, noun []word) bool {
	if k+len(noun) > len(s.fold) {
		return false
	}
	for i, w := range noun {
		if s.fold[k+i] != w.fold || (i > 0 && !spaced(s, k+i)) || !w.writtenAt(s, k+i) {
			return false
		}
	}
	return true
}

// itemLead returns how many words before word k of s the item of a list
// holding k opens: after a comma, a semicolon or a colon, or after "và"
// between spaces, at most maxItemLead words back; ok is false when none
// stands there.
func itemLead(s *sent, k int) (int, bool) {
	for l := 0; l <= maxItemLead && k-l >= 1; l++ {
		st := k - l
		if l > 0 && !spaced(s, st+1) {
			return 0, false
		}
		sep := strings.TrimSpace(strings.TrimPrefix(sepBefore(s, st), noteClose))
		if sep == strings.TrimSpace(listSeparator) || sep == strings.TrimSpace(semicolonSeparator) || sep == ":" {
			return l, true
		}
		if spaced(s, st) && st >= 2 && listConjunctions.Has(s.lower[st-1], lexicon.Exact) {
			return l, true
		}
	}
	return 0, false
}

// allSpaced reports whether every word of s in [from, to) follows the one
// before it after a single space.
func allSpaced(s *sent, from, to int) bool {
	for j := from; j < to; j++ {
		if !spaced(s, j) {
			return false
		}
	}
	return true
}

// kindItemSpan returns the item of a list that opens at word from of s
// and writes its kind's noun up to word after: the words one space apart
// after it, at most maxItemWords in all, with the note in brackets after
// them; ok only when a word follows the noun and a separator of items
// (a comma, a semicolon, "và") or the sentence's end follows the item.
func kindItemSpan(s *sent, from, after int) (kindSpan, bool) {
	e := after
	for e < len(s.lower) && e-from < maxItemWords && spaced(s, e) && !listConjunctions.Has(s.lower[e], lexicon.Exact) {
		e++
	}
	if e == after {
		return kindSpan{}, false
	}
	e = bracketEnd(s, e)
	if e >= len(s.lower) {
		return kindSpan{from, e}, true
	}
	sep := strings.TrimSpace(strings.TrimPrefix(sepBefore(s, e), noteClose))
	switch {
	case sep == strings.TrimSpace(listSeparator) || sep == strings.TrimSpace(semicolonSeparator) || sep == ".":
		return kindSpan{from, e}, true
	case sep == "" && listConjunctions.Has(s.lower[e], lexicon.Exact):
		return kindSpan{from, e}, true
	}
	return kindSpan{}, false
}

// sideBySide reports whether item b follows item a parted by a separator
// or "và" only.
func sideBySide(s *sent, a, b kindSpan) bool {
	gap := b.from - a.to
	return gap == 0 || gap == 1 && listConjunctions.Has(s.lower[a.to], lexicon.Exact)
}

// joinKindItems returns the items as s writes them: one span when they
// stand side by side, parted by a separator or "và" only; else each as
// written, parted by kindItemsJoin.
func joinKindItems(s *sent, items []kindSpan) string {
	side := true
	for i := 1; i < len(items); i++ {
		if !sideBySide(s, items[i-1], items[i]) {
			side = false
			break
		}
	}
	if side {
		return spanOf(s, items[0].from, items[len(items)-1].to)
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = spanOf(s, it.from, it.to)
	}
	return strings.Join(parts, kindItemsJoin)
}

// kindHead returns the noun a list question names the kind of its items
// with: its list head ("những tỉnh nào"), else the words that follow the
// plural marker its question word opens or ends with, "sản phẩm nước
// mắm" of "kể tên các sản phẩm nước mắm đạt 3 sao", "nhãn hiệu" of "gồm
// những nhãn hiệu nào" (focusAfter); nil when it names none.
func kindHead(q question) []word {
	if head := listHead(q); len(head) > 0 {
		return head
	}
	if q.whAt < 0 || q.whEnd < 1 || q.whEnd > len(q.words) {
		return nil
	}
	at := q.whEnd
	if !pluralMarkers.Has(q.words[at-1].text, lexicon.AsTyped) {
		if at >= len(q.words) || !pluralMarkers.Has(q.words[at].text, lexicon.AsTyped) {
			return nil
		}
		at++
	}
	head := q.focusAfter(at)
	if len(head) > maxKindHead {
		head = head[:maxKindHead]
	}
	return head
}

// maxKindHead bounds the noun of kindHead, in syllables.
const maxKindHead = 4
