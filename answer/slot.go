package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// slotFullWords is how many of the question's words, written against the
// answer on either side of it in its sentence, make slotAlignment's share
// whole: a verb of two syllables and its link ("ném … xuống", "đã đưa
// tin").
const slotFullWords = 3

// maxSlotShared is the most words an answer may share at its edges with
// the question's words right around its question word and still fill its
// slot: the noun asked which of ("Báo …" for "báo nào"), a preposition
// ("cho …" for "cho ai"), the counted noun ("2 gói ma túy" for "bao nhiêu
// gói ma túy").
const maxSlotShared = 3

// slotBreaks end the part of a sentence a slot is read in: the words on
// either side of one of them belong to different parts.
const slotBreaks = ",;:()"

// asksSlot reports whether q asks for a thing, a person or a place a
// span of its sentence names, which slotAlignment reads: not a number, a
// time, a cause or a yes or no, which features of their own bind.
func asksSlot(q question) bool {
	return asksThing(q) || q.wh == whWho || q.wh == whWhere
}

// slotFit is how an answer fills the slot its question's word leaves
// open: how many of the question's words around that slot its sentence
// writes against it, in order, and whether every side the question
// writes is matched so.
type slotFit struct {
	aligned int
	// closed: each side of the slot the question writes words on has at
	// least one of them written against the answer on that side.
	closed bool
}

// slotAlignment reads the question with its question word replaced by
// the answer against the answer's sentence s: the question's words before
// the question word are looked for right before the answer, from the
// nearest on, and those after it right after the answer ("đối tượng ném gì
// xuống gầm xe" and "đối tượng trên ném 1 túi ni lông màu đen xuống phía
// dưới gầm ô tô": "ném" and "xuống"; "báo nào đã đưa tin" and "như Báo
// Người Lao Động đã đưa tin": "đã đưa tin"). Question words the answer
// itself opens or closes with (at most maxSlotShared: "báo" of "báo nào",
// "gói ma túy" of "bao nhiêu gói ma túy") count as inside the slot; the
// question's fillers may go unwritten; a comma, semicolon, colon or
// bracket ends the part read. Of the places s writes the answer, the best
// fit.
func slotAlignment(q question, s *sent, toks []analysis.Token) slotFit {
	var best slotFit
	if s == nil || q.whAt < 0 || q.whEnd > len(q.words) || len(toks) == 0 {
		return best
	}
	for _, at := range answerStarts(s, toks) {
		end := at + len(toks)
		if end > len(s.lower) {
			continue
		}
		lead := sharedLead(q, s, at, len(toks))
		trail := sharedTrail(q, s, end, len(toks)-lead)
		left := alignLeft(q, s, q.whAt-lead-1, at-1)
		right := alignRight(q, s, q.whEnd+trail, end)
		leftAsked := writesWords(q.words[:q.whAt-lead])
		rightAsked := writesWords(q.words[q.whEnd+trail:])
		fit := slotFit{
			aligned: left + right,
			closed:  (leftAsked || rightAsked) && (!leftAsked || left > 0) && (!rightAsked || right > 0),
		}
		if fit.aligned > best.aligned || fit.aligned == best.aligned && fit.closed {
			best = fit
		}
	}
	return best
}

// slotShare is slotAlignment's count of aligned words as a feature's
// value: a share of slotFullWords, at most 1.
func slotShare(f slotFit) float64 {
	return min(1, float64(f.aligned)/slotFullWords)
}

// sharedLead returns how many of the answer's first words, which s
// writes from word at on (n in all), are the question's words right before
// its question word, in order: at most maxSlotShared, and never the whole
// answer.
func sharedLead(q question, s *sent, at, n int) int {
	for k := min(maxSlotShared, n-1, q.whAt); k > 0; k-- {
		ok := true
		for i := range k {
			if !q.words[q.whAt-k+i].writtenAt(s, at+i) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return 0
}

// sharedTrail returns how many of the answer's last words, which s
// writes up to word end, are the question's words right after its
// question word, in order: at most maxSlotShared, and fewer than room,
// the answer's words not already shared at its start.
func sharedTrail(q question, s *sent, end, room int) int {
	for k := min(maxSlotShared, room-1, len(q.words)-q.whEnd); k > 0; k-- {
		ok := true
		for i := range k {
			if !q.words[q.whEnd+i].writtenAt(s, end-k+i) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return 0
}

// alignLeft counts the question's words from i down that s writes from
// word j down, one against the next, within its part; a filler of the
// question s does not write there is passed over, once a word is found:
// the word right against the slot must be written ("là" of "MTTQ là gì"
// is the question's own link, and a span after "MTTQ" fills no slot).
func alignLeft(q question, s *sent, i, j int) int {
	n := 0
	for i >= 0 && j >= 0 && !slotBreak(s, j) {
		switch {
		case q.words[i].writtenAt(s, j):
			n++
			i--
			j--
		case n > 0 && q.words[i].isFiller():
			i--
		default:
			return n
		}
	}
	return n
}

// alignRight counts the question's words from i on that s writes from
// word j on, one against the next, within its part; a filler of the
// question s does not write there is passed over, once a word is found
// (alignLeft).
func alignRight(q question, s *sent, i, j int) int {
	n := 0
	for i < len(q.words) && j < len(s.lower) && !slotBreak(s, j-1) {
		switch {
		case q.words[i].writtenAt(s, j):
			n++
			i++
			j++
		case n > 0 && q.words[i].isFiller():
			i++
		default:
			return n
		}
	}
	return n
}

// slotBreak reports whether a break of parts (slotBreaks) stands between
// word k of s and the next.
func slotBreak(s *sent, k int) bool {
	if k < 0 || k+1 >= len(s.starts) {
		return false
	}
	return strings.ContainsAny(s.text[s.ends[k]:s.starts[k+1]], slotBreaks)
}

// writesWords reports whether ws holds a word other than a filler.
func writesWords(ws []word) bool {
	for _, w := range ws {
		if !w.isFiller() {
			return true
		}
	}
	return false
}
