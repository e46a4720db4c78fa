package answer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// A count question may ask how many things an article lists without
// writing their number: "có bao nhiêu hội phối hợp với công an tỉnh tổ
// chức hội nghị" of "Công an tỉnh Quảng Nam phối hợp Hội Cựu chiến binh,
// Hội Nông dân, Hội LHPN tỉnh tổ chức hội nghị", "mấy tỉnh bị ảnh hưởng"
// of "các tỉnh Lai Châu, Lào Cai và Yên Bái bị ảnh hưởng". News writing
// names such items either each opening with the noun counted ("Hội …, Hội
// …") or after it once ("các tỉnh A, B và C", "gồm: …"). listCount reads
// that list with the list reading of wholeList (listStart,
// wholeListFrom), counts its items — unless a word of the question stands
// only in some of them (picksPart) — and answers with the count, the noun
// and the items: "3 hội: Hội Cựu chiến binh, Hội Nông dân, Hội LHPN
// tỉnh". An article that writes a number of the noun itself is left to
// the quantity generator: a number stated wins over one counted. The
// count is worked out, not written: the feature fComputed says so.

// minListCountCover is the least share of the question's content words the
// list's sentence must hold.
const minListCountCover = 0.5

// listCountScore and listCountScoreCover make the generator's confidence:
// the base and what the question's coverage of the sentence adds.
const (
	listCountScore      = 0.3
	listCountScoreCover = 0.4
)

// listCounted returns the noun a count question asks the number of, when
// counting the items of a list may answer it: a count of a noun that is
// no length of time, no label and no people (people are counted by the
// quantity and note generators, by their predicate); nil otherwise.
func listCounted(q question) *word {
	if q.wh != whCount || q.counted == nil || q.label != nil || durationOf(q) != askedNoDuration {
		return nil
	}
	if peopleCounts.has(*q.counted) {
		return nil
	}
	return q.counted
}

// listCount returns the number of items of the list whose items the
// question's counted noun heads, in the sentence in scope that best holds
// the question's words, in an article that writes no number of that noun
// (countStatedIn); nothing when no such sentence lists several, or when
// the question counts the holders of a title (holdersAsked).
func (d *document) listCount(q question, content []word, sc *scope) candidate {
	noun := listCounted(q)
	if noun == nil || d.holdersAsked(q) {
		// "mấy phó bí thư": the holders of a title are people, counted
		// by titleCount; the titles one person holds after "Phó" are no
		// list of deputies.
		return candidate{}
	}
	var best candidate
	stated := map[string]bool{} // by article: whether it states a count of noun
	for _, s := range d.sents {
		if !sc.holdsSent(s) || s.pos[noun.fold] == nil {
			continue
		}
		st, ok := stated[s.art.ID]
		if !ok {
			st = d.countStatedIn(s.art.ID, *noun)
			stated[s.art.ID] = st
		}
		if st {
			continue
		}
		cover := d.overlapOf(q, content, s).coverage()
		if cover < minListCountCover {
			continue
		}
		score := listCountScore + listCountScoreCover*cover
		if score <= best.score {
			continue
		}
		for _, k := range s.pos[noun.fold] {
			if !noun.writtenAt(s, k) {
				continue
			}
			starts, end := listHeadedBy(s, k)
			if len(starts) < minListItems && d.nounWhole(s, k, q.focus) {
				starts, end = numberedAfter(s, k)
			}
			if len(starts) >= minListItems && !picksPart(s, content, *noun, starts, end) {
				ans := fmt.Sprintf(msgListCount, len(starts), nounWritten(s, k, q.focus), spanOf(s, starts[0], end))
				best = candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}, computed: true}
				break
			}
		}
	}
	return best
}

// nounWritten returns the noun a count asks about as s writes it at word
// k, lower case: the words of the question's focus written there in order, "cự ly"
// of "các cự ly 5km, …", at least the word at k.
func nounWritten(s *sent, k int, focus []word) string {
	n := 1
	for i, w := range focus {
		if w.fold == s.fold[k] {
			for i+n < len(focus) && k+n < len(s.fold) && focus[i+n].fold == s.fold[k+n] && sepBefore(s, k+n) == " " {
				n++
			}
			break
		}
	}
	return strings.Join(s.lower[k:k+n], " ")
}

// nounWhole reports whether s writes at word k the whole noun the
// question's focus counts: when the focus writes the word at k with the
// next one side by side, as the articles write them (a compound, "cự
// ly", "đại biểu"), s writes that next word after it too — "đại biểu" is
// no "Đại hội".
func (d *document) nounWhole(s *sent, k int, focus []word) bool {
	for i, w := range focus {
		if w.fold != s.fold[k] {
			continue
		}
		if i+1 < len(focus) && d.bigrams[w.fold+" "+focus[i+1].fold] > 0 {
			return k+1 < len(s.fold) && s.fold[k+1] == focus[i+1].fold
		}
		return true
	}
	return true
}

// maxNumberedLead is the most words that may stand between the noun
// counted and the first number of the items it heads ("các Đội Cảnh sát
// PCCC&CNCH khu vực 3, 4, …"), and maxNumberLead the most an item may
// write before its number ("half marathon 21 km").
const (
	maxNumberedLead = 6
	maxNumberLead   = 2
)

// numberedAfter returns the items of a list of numbers the noun at word k
// of s heads, by the word each opens at, and the list's end (exclusive):
// "các cự ly 5km, 10km, 21km và marathon 42km", "các Đội Cảnh sát
// PCCC&CNCH khu vực 3, 4, 12, 13, 31 và Trường Đại học PCCC" (five: the
// school writes no number). The first number follows the noun within its
// phrase (only spaces between, or the "&" that joins the parts of a
// name); each item, parted by a comma or the list's
// last "và", writes a number among its first words, of the same unit as
// the others (numberUnit: "km" of "5km" and of "10 km"; "226.700 lượt,
// tăng 6,2 lần" is no list); the list ends at an item that writes none,
// or after the item "và" opens. nil when fewer than two stand there.
func numberedAfter(s *sent, k int) ([]int, int) {
	j := k + 1
	for ; j < len(s.fold) && j <= k+1+maxNumberedLead; j++ {
		if sep := sepBefore(s, j); sep != " " && sep != "" && sep != nameJoiner {
			return nil, 0
		}
		if isNumberWord(s.lower[j]) {
			break
		}
	}
	if j >= len(s.fold) || !isNumberWord(s.lower[j]) {
		return nil, 0
	}
	var starts []int
	end, unit := j, ""
	for i := j; i < len(s.fold) && len(starts) < maxListWords; {
		last := len(starts) > 0 && listConjunctions.Has(s.lower[i-1], lexicon.Exact)
		e, num := i, -1
		for ; e < len(s.fold); e++ {
			if e > i {
				sep := sepBefore(s, e)
				if sep != " " && sep != "" || listConjunctions.Has(s.lower[e], lexicon.Exact) {
					break
				}
			}
			if num < 0 && e-i <= maxNumberLead && isNumberWord(s.lower[e]) {
				num = e
			}
		}
		if num < 0 {
			break
		}
		if u := numberUnit(s, num, e); len(starts) == 0 {
			unit = u
		} else if u != unit {
			break
		}
		starts, end = append(starts, i), e
		if last || e >= len(s.fold) {
			break
		}
		switch sep := sepBefore(s, e); {
		case listConjunctions.Has(s.lower[e], lexicon.Exact) && sep == " ":
			i = e + 1
		case strings.TrimSpace(sep) == listComma:
			i = e
		default:
			i = len(s.fold)
		}
	}
	if len(starts) < minListItems {
		return nil, 0
	}
	return starts, end
}

// countStatedIn reports whether any sentence of article id writes a
// number of noun (countStated): a list there is a part of what the
// article counts ("các trường … gồm: A; B." before "Tại huyện Krông Pa có
// 4 trường gồm: …"), and the stated number wins over one counted.
func (d *document) countStatedIn(id string, noun word) bool {
	for _, s := range d.sents {
		if s.art.ID == id && countStated(s, noun) {
			return true
		}
	}
	return false
}

// countStated reports whether s writes a number of noun: a number in
// digits or in words right before it ("3 hội", "ba tỉnh").
func countStated(s *sent, noun word) bool {
	for _, k := range s.pos[noun.fold] {
		if k == 0 {
			continue
		}
		if valueNumberAt(s, k-1) {
			return true
		}
	}
	return false
}

// listHeadedBy returns the items of the list the noun at word k of s
// heads, by the word each opens at, and the list's end (exclusive): the
// items that each open with the noun, k opening the first ("Hội Cựu chiến
// binh, Hội Nông dân, Hội LHPN tỉnh"), else the names listed right after
// it, past a colon ("các tỉnh Lai Châu, Lào Cai và Yên Bái"). Only named
// items count: the first is capitalised on the noun or the word after it;
// titles, which a person holds, are no items.
// nil when no list of several stands there.
func listHeadedBy(s *sent, k int) ([]int, int) {
	if k+1 >= len(s.lower) {
		return nil, 0
	}
	// Titles listed are one person's ("ông A, Ủy viên …, Ủy viên …"):
	// they count no things.
	if start, before := listStart(s, k); start == k && before == 0 && (isCapital(s, k) || isCapital(s, k+1)) && spaced(s, k+1) && kindAt(s, k) != itemTitle {
		if starts, end := listFrom(s, k, true); len(starts) >= minListItems {
			return starts, end
		}
	}
	j := k + 1
	if sep := sepBefore(s, j); (sep == " " || strings.TrimSpace(sep) == listColon) && isCapital(s, j) {
		if starts, end := listFrom(s, j, false); len(starts) >= minListItems {
			return starts, end
		}
	}
	return nil, 0
}

// listFrom returns where the items of the list whose first item opens at
// word head of s open, and the list's end (exclusive): the items after it
// of its kind (parallelItems, as wholeListFrom reads them), with sameHead
// only those that open with its very word ("Ủy viên …, Ủy viên …", not the
// "Thứ trưởng …" of one person's titles after them). nil when no item
// opens there.
func listFrom(s *sent, head int, sameHead bool) ([]int, int) {
	end := itemEnd(s, head)
	if end <= head {
		return nil, head
	}
	starts := []int{head}
	for end < len(s.lower) && end-head < maxListWords {
		next, ok := itemAfter(s, end)
		if !ok || !parallelItems(s, head, next) || sameHead && s.fold[next] != s.fold[head] {
			break
		}
		e := itemEnd(s, next)
		if e <= next || e-head > maxListWords {
			break
		}
		starts, end = append(starts, next), e
	}
	return starts, end
}

// picksPart reports whether a word of words other than noun stands in s
// only inside the list whose items open at starts and which ends at end,
// and not in every item: the question picks out some of the items ("mấy
// trường tiểu học" of a list of schools of several levels, "huyện Phú
// Thiện có mấy trường" of schools of several districts), and the count of
// the whole list does not answer it.
func picksPart(s *sent, words []word, noun word, starts []int, end int) bool {
	for _, w := range words {
		if w.fold == noun.fold {
			continue
		}
		held := make([]bool, len(starts))
		inside, outside := false, false
		for _, k := range s.pos[w.fold] {
			if !w.writtenAt(s, k) {
				continue
			}
			if k < starts[0] || k >= end {
				outside = true
				continue
			}
			inside = true
			for i := len(starts) - 1; i >= 0; i-- {
				if k >= starts[i] {
					held[i] = true
					break
				}
			}
		}
		if inside && !outside && slices.Contains(held, false) {
			return true
		}
	}
	return false
}

// numberUnit returns the unit written with the number at word k of s, in
// an item ending at word end: the letters glued after its digits ("h" of
// "3h"; the tokens part "5km" as "5" and "km"), else the word after it in
// the item ("km" of "10 km"), else "".
func numberUnit(s *sent, k, end int) string {
	if u := strings.TrimLeft(s.lower[k], numberChars); u != "" {
		return u
	}
	if k+1 < end {
		return s.lower[k+1]
	}
	return ""
}

// numberChars are the characters of a number written in digits.
const numberChars = "0123456789.,"

// nameJoiner joins the parts of a name with no space: "PCCC&CNCH".
const nameJoiner = "&"

// listColon parts what a sentence names from what it gives of it: a list
// after the noun its items are of ("gồm 3 đơn vị: …", "các tỉnh: …"), a
// label's value ("Hà Nội: 1 người chết").
const listColon = ":"
