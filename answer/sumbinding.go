package answer

import (
	"math"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// A sumBinding says how the parts of a sum were chosen, for the scorer to
// tell a total whose every part is bound to what the question names from
// one whose parts are guessed.
type sumBinding int

const (
	// The zero sumBinding, unjudged: no sum, or a sum the question names
	// no sides of and whose parts are of the kind asked.
	_ sumBinding = iota
	// sumBound: each part is the one figure of a side the question names
	// ("Vân Đồn với Móng Cái", "cả Chính phủ lẫn tỉnh"), or the total the
	// article states of them (namedSum, namedParts).
	sumBound
	// sumGuessed: the parts are the counts of one sentence, clause or
	// passage whose number differs from the sides the question names
	// ("3 + 3 + 2" for two people named), or one of them is of another
	// kind than the question's figure ("4 đảng viên 40 năm tuổi Đảng" for
	// "45 năm tuổi đảng"), or a stated whole answers a total of sides
	// named (its parts are other sides too).
	sumGuessed
)

// namedSides returns how many sides a total question names joined ("X và
// Y", "cả A lẫn B"): 2, or 0 when it joins none (namedItems).
func namedSides(q question) int {
	if strings.Contains(q.text, listComma) {
		// "cà phê, hạt điều và gạo" names more sides than namedItems
		// reads: their number is not known.
		return 0
	}
	return len(namedItems(q))
}

// questionNumbers returns the folded numbers the question writes ("45" of
// "đảng viên 45 năm tuổi đảng").
func questionNumbers(q question) map[string]bool {
	out := map[string]bool{}
	for _, w := range q.words {
		if w.num {
			out[w.fold] = true
		}
	}
	return out
}

// partOfOtherKind reports whether the count at word at of sentence s,
// whose item runs up to word end (the next count of the sentence of its
// unit, or the sentence's end) or to the first part break (a comma, a
// semicolon) within itemReach words, writes a number of its own other
// than its count that the question does not write, while the question
// writes numbers (asked): "4 đảng viên 40 năm tuổi Đảng" is no part of a
// total of "đảng viên 45 năm tuổi đảng".
func partOfOtherKind(s *sent, at, end int, asked map[string]bool) bool {
	if len(asked) == 0 {
		return false
	}
	for _, n := range itemNumbers(s, at, end) {
		if !asked[n] {
			return true
		}
	}
	return false
}

// itemNumbers returns the numbers the item of the count at word at of s
// writes after it, up to word end or the first part break within
// itemReach words: "45" of "5 đảng viên 45 năm tuổi Đảng"; none when at
// is no word.
func itemNumbers(s *sent, at, end int) []string {
	if at < 0 {
		return nil
	}
	var out []string
	for k := at + 1; k < end && k < len(s.fold) && k-at <= itemReach && !partBreak(s, k); k++ {
		if isNumberWord(s.fold[k]) {
			out = append(out, s.fold[k])
		}
	}
	return out
}

// itemReach is how many words after its number the item of a count runs
// at most: "5 đảng viên 45 năm tuổi Đảng".
const itemReach = 6

// itemEnd returns the word where the item quantity fact i of sentence s
// opens ends: where the next count of s of the same unit (sameHead)
// stands, or the sentence's end. A number within, of another unit ("45
// năm" of "5 đảng viên 45 năm tuổi Đảng"), belongs to the item.
func (d *document) itemEnd(s *sent, i int) int {
	f := d.facts[i]
	at := d.numberWordAt(s, i)
	end := len(s.fold)
	for _, j := range d.factsOfSent(ref{f.Passage, f.Sentence}) {
		if j == i || d.facts[j].Type != corpus.FactQuantity || !sameHead(d.facts[j].Unit, f.Unit) {
			continue
		}
		if a := d.numberWordAt(s, j); a > at && a < end {
			end = a
		}
	}
	return end
}

// guessedParts reports whether a group of counts to add (facts at idx) is
// guessed rather than bound to the question: the question names sides
// (sides > 0) and the group holds another number of parts, or a part
// writes a number of another kind than the ones the question writes
// (partOfOtherKind).
func (d *document) guessedParts(q question, idx []int, sides int) bool {
	var parts []corpus.Fact
	for _, i := range idx {
		parts = append(parts, d.facts[i])
	}
	if sides > 0 && (len(idx) != sides || !d.sidesWritten(namedItems(q), parts)) {
		return true
	}
	asked := questionNumbers(q)
	bySent := map[ref][]int{}
	var order []ref
	for _, i := range idx {
		f := d.facts[i]
		r := ref{f.Passage, f.Sentence}
		if bySent[r] == nil {
			order = append(order, r)
		}
		bySent[r] = append(bySent[r], i)
	}
	for _, r := range order {
		s := d.sentOf[r]
		if s == nil {
			continue
		}
		for _, i := range bySent[r] {
			if partOfOtherKind(s, d.numberWordAt(s, i), d.itemEnd(s, i), asked) {
				return true
			}
		}
	}
	return false
}

// sidesWritten reports whether the sentences of the parts (facts at idx)
// write the sides the question names (items, as namedItems reads them),
// every side in one of them and one of the sides in each: a part whose
// sentence names no side ("Trong đó, vùng … đạt gần 10,8 triệu tấn" for
// "đông xuân và hè thu") is bound to none.
func (d *document) sidesWritten(items [][][]word, parts []corpus.Fact) bool {
	written := make([]bool, len(items))
	for _, f := range parts {
		s := d.sentOf[ref{f.Passage, f.Sentence}]
		if s == nil {
			return false
		}
		any := false
		for k, runs := range items {
			if sideWritten(s, runs) {
				written[k], any = true, true
			}
		}
		if !any {
			return false
		}
	}
	for _, w := range written {
		if !w {
			return false
		}
	}
	return true
}

// sideWritten reports whether sentence s writes a side the question
// names: one of the runs of words beside the joiner that may name it
// (namedItems), as a phrase, or a word of its longest run the question
// writes with a capital, a name the article may write in full and
// without the title the question gives it ("ông Dưỡng" of "ngư dân Tôn
// Văn Dưỡng").
func sideWritten(s *sent, runs [][]word) bool {
	for _, r := range runs {
		if s.hasPhrase(phraseOf(r), 0, len(s.fold)) >= 0 {
			return true
		}
	}
	for _, w := range runs[len(runs)-1] {
		if w.cap && len(s.pos[w.fold]) > 0 {
			return true
		}
	}
	return false
}

// countedElsewhere reports whether a count of what is asked (among
// counts, the facts a sum could add) stands in a sentence none of the
// group's facts stand in, with a value other than the group's total: the
// article counts the noun beyond the group, whose sum then is no total of
// the article ("1 + 1 + 1 giải A" of one sentence, where the next ones
// give "3 giải A" and "5 giải A").
func countedElsewhere(group, counts []corpus.Fact, total float64) bool {
	in := map[ref]bool{}
	for _, f := range group {
		in[ref{f.Passage, f.Sentence}] = true
	}
	for _, f := range counts {
		if !in[ref{f.Passage, f.Sentence}] && math.Abs(f.Value-total) > wholeTolerance {
			return true
		}
	}
	return false
}

// sameScaledHead reports whether units a and b count the same thing at
// the same scale: sameHead, read past a scale word both open with ("triệu
// ha" and "triệu ha", never "triệu ha" and "triệu tấn"); a unit with a
// scale and one without, or two scales, never match.
func sameScaledHead(a, b string) bool {
	x, y := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	_, sx := numberScales[x[0]]
	_, sy := numberScales[y[0]]
	if !sx && !sy {
		return sameHead(a, b)
	}
	if !sx || !sy || x[0] != y[0] {
		return false
	}
	if len(x) == 1 || len(y) == 1 {
		return len(x) == len(y)
	}
	return sameHead(strings.Join(x[1:], " "), strings.Join(y[1:], " "))
}

// nounHead returns the head of a noun asked, which a count's unit must
// hold: its first word, or its first two when the first is a scale
// ("triệu ha": a count in "triệu tấn" counts no area).
func nounHead(noun []word) []word {
	if len(noun) > 1 && isScaleFolded(noun[0].fold) {
		return noun[:2]
	}
	return noun[:1]
}

// singleReaders are the generators that answer a count with one figure
// read from a sentence, which may be one part of a total asked; a list
// counted (list_count, title_count) or worked out (sum, base) is no part.
var singleReaders = map[generator]bool{genQuantity: true, genAward: true, genPassage: true}

// singleForTotalShare is the share of its confidence a single figure keeps
// when the question asks a total ("tổng cộng bao nhiêu người chết") and
// the article does not write it as a total (statedAsTotal): it is as
// likely one of the parts ("4 người chết" of one province).
const singleForTotalShare = 0.5

// discountSingles lowers the confidence of the candidates of a total
// question that give one figure the article does not write as a total.
func (d *document) discountSingles(cands []candidate) {
	for i, c := range cands {
		if singleReaders[c.gen] && !strings.Contains(c.answer, plusSign) && !d.statedAsTotal(c) {
			cands[i].score *= singleForTotalShare
			cands[i].totalUnstated = true
		}
	}
}

// totalCueWindow is how many words before a count a sum cue may stand for
// the count to be written as a total ("tổng cộng có 8 HCV").
const totalCueWindow = 3

// statedAsTotal reports whether candidate c's number is written in its
// first sentence as a total: a sum cue stands among the words right
// before it ("tổng cộng 8 HCV", "tổng số 16 vụ"), or a part marker after
// it, within partWindow words, opens its breakdown ("910 điểm; trong đó
// 215 điểm …"). A single
// count that answers a total question is then the total asked, not a
// part of it.
func (d *document) statedAsTotal(c candidate) bool {
	if len(c.refs) == 0 {
		return false
	}
	s := d.sentOf[c.refs[0]]
	if s == nil {
		return false
	}
	at := c.numAt - 1
	if at < 0 {
		num := ""
		for _, t := range analysis.FoldedWords(c.answer) {
			if isNumberWord(t) {
				num = t
				break
			}
		}
		if num == "" {
			return false
		}
		for k, t := range s.fold {
			if t == num {
				at = k
				break
			}
		}
	}
	if at < 0 || at >= len(s.lower) {
		return false
	}
	before := strings.Join(s.lower[max(0, at-totalCueWindow):at], " ")
	if asksTotal(sharedWords(before)) {
		return true
	}
	for _, m := range partMarkersFolded {
		mw := strings.Fields(m)
		after := " " + strings.Join(s.fold[at:min(len(s.fold), at+1+partWindow+len(mw))], " ") + " "
		if strings.Contains(after, " "+strings.Join(mw, " ")+" ") {
			return true
		}
	}
	return false
}
