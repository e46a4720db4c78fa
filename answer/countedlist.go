package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// News writing names the members of a group it counts right after the
// count, behind "là", "gồm" or a colon: "4 tập thể là: Phòng Cảnh sát
// hình sự; Phòng Cảnh sát kỹ thuật hình sự, Công an tỉnh; Công an TX.Bình
// Long và Công an H.Hớn Quản", "3 cá nhân gồm: …". A list question that
// asks for things of that noun ("Những tập thể nào được khen?") is
// answered by that list, wherever the article writes it: often not in the
// sentence that holds the question's verb ("khen thưởng đột xuất 4 tập
// thể"). countedList reads, in the sentences in scope, the list after a
// count of the noun asked and an intro; a list of as many items as the
// count says is surer than one of another length.

const (
	// countedListBase and countedListCover make the generator's
	// confidence: the base, and what the question's cover of the list's
	// sentence adds; countedListExact is added when the list has as many
	// items as its count.
	countedListBase  = 0.4
	countedListCover = 0.3
	countedListExact = 0.2
)

// countedListIntros stand between a count and the list of what it counts:
// "là", "gồm", "gồm có", "bao gồm", at most maxCountedListIntro of them.
var countedListIntros = lexicon.MustSet("counted_list_intros")

// maxCountedListIntro is how many words of countedListIntros may stand
// between a count and its list.
const maxCountedListIntro = 2

// countedList answers a list question naming the noun of what it asks for
// with the list an article writes after a count of that noun.
func (d *document) countedList(q question, content []word, sc *scope) candidate {
	if !asksList(q) {
		return candidate{}
	}
	noun := nounOf(q)
	if len(noun) == 0 {
		return candidate{}
	}
	var best candidate
	for _, s := range d.sents {
		if !sc.holdsSent(s) {
			continue
		}
		for k := 0; k+len(noun) < len(s.lower); k++ {
			if !valueNumberAt(s, k) || !s.wordsAt(k+1, noun) {
				continue
			}
			head, ok := countedListHead(s, k+1+len(noun))
			if !ok {
				continue
			}
			end, items := wholeListFrom(s, head, itemEnd(s, head))
			if items < minListItems {
				continue
			}
			score := countedListBase + countedListCover*d.overlapOf(q, content, s).coverage()
			if n, ok := numberValueAt(s, k); ok && int(n) == items {
				score += countedListExact
			}
			if score > best.score {
				best = candidate{answer: spanOf(s, head, end), kind: KindPassage, score: score, refs: []ref{{s.p.ID, s.index}}}
			}
		}
	}
	return best
}

// countedListHead returns where the list opens after a count and its noun
// that end before word i of s: past an intro (countedListIntros) and a
// colon, or past a colon alone; ok is false when neither stands there.
func countedListHead(s *sent, i int) (int, bool) {
	j := i
	for j < len(s.lower) && j-i < maxCountedListIntro && countedListIntros.Has(s.lower[j], lexicon.Exact) && spaced(s, j) {
		j++
	}
	if j >= len(s.lower) {
		return 0, false
	}
	sep := s.text[s.ends[j-1]:s.starts[j]]
	if strings.Contains(sep, listColon) || j > i && strings.TrimSpace(sep) == "" && isCapital(s, j) {
		return j, true
	}
	return 0, false
}
