package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A question that asks for several things of a kind ("những tỉnh nào bị
// ảnh hưởng", "những đơn vị nào tổ chức", "các giải nào") is often
// answered by the whole sentence that holds its words: a sentence whose
// commas part clauses, not items, counts as a list written (list_whole)
// though it names no province at all. News writing names the items of a
// list in one of two ways: after the noun of their kind ("các huyện: Hà
// Trung, Vĩnh Lộc", "các cự ly 5 km, 10 km và 21 km") or as names of
// their own, capitalised, parted by commas, semicolons or "và" ("Văn
// phòng Cơ quan Cảnh sát điều tra và Phòng Cảnh sát hình sự"). kindItems
// counts the items of the kind asked an answer holds that way: an answer
// with none is weak evidence (list_kind_none), one with several strong
// (list_kind_items).

// itemBreaks are the signs that part the items of a list in an answer:
// between two items only these and spaces stand. Any other sign (a full
// stop, a bracket, a quote) ends the run of items.
const itemBreaks = ",;:"

// A segment is a run of an answer's tokens between two item separators:
// from and to index the tokens; soft tells whether an item separator
// (not another sign, nor the answer's start) stands before it.
type segment struct {
	from, to int
	soft     bool
}

// itemSegments parts the tokens of answer at the signs of itemBreaks and
// at the list conjunction "và" between spaces, which no segment holds,
// appending the segments to segs (a buffer the caller keeps on its stack).
func itemSegments(segs []segment, answer string, toks []analysis.Token) []segment {
	cur := segment{}
	for i := 1; i < len(toks); i++ {
		gap := strings.TrimSpace(answer[toks[i-1].End:toks[i].Start])
		conj := gap == "" && answer[toks[i-1].End:toks[i].Start] == " " && listConjunctions.Has(strings.ToLower(toks[i].Text), lexicon.Exact)
		switch {
		case conj:
			cur.to = i
			segs = append(segs, cur)
			cur = segment{from: i + 1, soft: true}
			i++ // the conjunction is no part of an item
		case gap == "" || gap == "-" || gap == "/":
			continue
		default:
			cur.to = i
			segs = append(segs, cur)
			cur = segment{from: i, soft: len(gap) == 1 && strings.Contains(itemBreaks, gap)}
		}
	}
	if cur.from < len(toks) {
		cur.to = len(toks)
		segs = append(segs, cur)
	}
	return segs
}

// tokenCapitalised reports whether token t opens with a capital letter;
// (*sent).capitalised asks it of a sentence's word.
func tokenCapitalised(t analysis.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// firstName returns the index of the first capitalised token of seg that
// is not the answer's first token (written in capital as a sentence
// opens), or -1.
func firstName(toks []analysis.Token, seg segment) int {
	for i := max(seg.from, 1); i < seg.to; i++ {
		if tokenCapitalised(toks[i]) {
			return i
		}
	}
	return -1
}

// maxItemLead is how many words may stand before the name in an item of
// a list past its first: the unit or head of the name ("xã Hà Thạch",
// "đường huyện 65B"). The first item may stand anywhere in its segment,
// after the words that open the list ("tại các tỉnh Điện Biên").
const maxItemLead = 2

// namedItem reports whether seg is a named item: it holds a capitalised
// name, after at most maxItemLead words unless it opens a list (first).
func namedItem(toks []analysis.Token, seg segment, first bool) bool {
	name := firstName(toks, seg)
	return name >= 0 && (first || name-seg.from <= maxItemLead)
}

// kindHeadAt returns where the words of head stand in toks from index from on
// and before index to, or -1.
func kindHeadAt(toks []analysis.Token, head []word, from, to int) int {
	if len(head) == 0 {
		return -1
	}
	for i := from; i+len(head) <= to; i++ {
		ok := true
		for k, w := range head {
			if toks[i+k].Folded != w.fold {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// otherKindOpens reports whether the segment seg, the first of a run of
// named items, opens them with a plural marker and a noun other than
// head: "tại các tỉnh Điện Biên, Lai Châu" names provinces, not the
// roads asked by "những quốc lộ nào".
func otherKindOpens(toks []analysis.Token, seg segment, head []word) bool {
	name := firstName(toks, seg)
	for i := seg.from; i < name-1; i++ {
		if pluralMarkers.Has(strings.ToLower(toks[i].Text), lexicon.Exact) {
			return kindHeadAt(toks, head, i+1, name) < 0
		}
	}
	return false
}

// stackSegments is how many segments of an answer kindItems keeps on the
// stack; an answer of more allocates them.
const stackSegments = 16

// kindItems returns how many items of the kind head names (the noun a
// list question asks which of, or none) answer holds: the longest run of
// named items parted by item separators that no other kind's noun opens,
// or, where the answer writes head, one more than the short segments
// that follow it as items ("các cự ly 5 km, 10 km và 21 km"); written
// tells whether the answer writes head.
func kindItems(answer string, toks []analysis.Token, head []word) (items int, written bool) {
	var buf [stackSegments]segment
	segs := itemSegments(buf[:0], answer, toks)
	best, run, other := 0, 0, false
	for _, seg := range segs {
		switch {
		case (run > 0 || other) && seg.soft && namedItem(toks, seg, false):
			if !other {
				run++
			}
		case namedItem(toks, seg, true):
			// A name opens a run anew: of the kind asked unless another
			// kind's noun opens it.
			other = otherKindOpens(toks, seg, head)
			run = 1
			if other {
				run = 0
			}
		default:
			run, other = 0, false
		}
		best = max(best, run)
	}
	for i, seg := range segs {
		at := kindHeadAt(toks, head, seg.from, seg.to)
		if at < 0 {
			continue
		}
		n := 0
		if at+len(head) < seg.to {
			n = 1 // "các cự ly 5 km": an item right after the noun
		}
		for _, next := range segs[i+1:] {
			if !next.soft || next.to-next.from > maxItemWords {
				break
			}
			n++
		}
		return max(best, n), true
	}
	return best, false
}

// listKind returns what the answer of a list question holds of the kind
// asked: none of it — the question names the kind (its head) and the
// answer neither writes it nor holds several names, a single name being
// no evidence of the kind ("kênh Nhiêu Lộc" for "những tỉnh thành nào")
// — or several items of it.
func listKind(q question, answer string, toks []analysis.Token) (none, several bool) {
	head := listHead(q)
	n, written := kindItems(answer, toks, head)
	return len(head) > 0 && !written && n < minListItems, n >= minListItems
}

// listHead returns the noun a list question asks which of: the words
// between a plural marker and its question word ("những tỉnh nào", "các
// đơn vị nào"), at most maxAskedHead of them and no number; nil when the
// question writes none ("gồm những gì", "những ai").
func listHead(q question) []word {
	if q.whAt < 0 || q.whEnd < 1 {
		return nil
	}
	last := q.whEnd - 1 // the question word: "nào", "gì"
	for m := last - 1; m >= max(0, q.whAt-pluralReach); m-- {
		if !pluralMarkers.Has(q.words[m].text, lexicon.AsTyped) {
			continue
		}
		head := q.words[m+1 : last]
		if len(head) > maxAskedHead {
			return nil
		}
		for _, w := range head {
			if w.num {
				return nil
			}
		}
		return head
	}
	return nil
}
