package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

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

// slotAlignment reports whether the answer closes the slot its question
// word leaves open in sentence s, read as the question with that word
// replaced by the answer: on each side of the question word the question
// writes words on (one side at least), the word nearest it is written
// right against the answer on the same side ("đối tượng ném gì xuống gầm
// xe" and "đối tượng trên ném 1 túi ni lông màu đen xuống phía dưới gầm ô
// tô": "ném" before, "xuống" after; "báo nào đã đưa tin" and "như Báo
// Người Lao Động đã đưa tin": "đã" after). Question words the answer
// itself opens or closes with (at most maxSlotShared: "báo" of "báo
// nào", "gói ma túy" of "bao nhiêu gói ma túy") count as inside the slot;
// a comma, semicolon, colon or bracket between the answer and the word
// breaks it. Any of the places s writes the answer may close it.
func slotAlignment(q question, s *sent, toks []analysis.Token) bool {
	if s == nil || q.whAt < 0 || q.whEnd > len(q.words) || len(toks) == 0 {
		return false
	}
	open := q.whAt
	for _, at := range answerStarts(s, toks) {
		end := at + len(toks)
		if end > len(s.lower) {
			continue
		}
		lead := sharedLead(q, s, open, at, len(toks))
		trail := sharedTrail(q, s, end, len(toks)-lead)
		left := writtenBefore(q, s, open-lead-1, at-1)
		right := writtenAfter(q, s, q.whEnd+trail, end)
		leftAsked := writesWords(q.words[:open-lead])
		rightAsked := writesWords(q.words[q.whEnd+trail:])
		if (leftAsked || rightAsked) && (!leftAsked || left) && (!rightAsked || right) {
			return true
		}
	}
	return false
}

// sharedLead returns how many of the answer's first words, which s
// writes from word at on (n in all), are the question's words right before
// its slot, which opens at word open (its question word), in order: at most
// maxSlotShared, and never the whole answer.
func sharedLead(q question, s *sent, open, at, n int) int {
	for k := min(maxSlotShared, n-1, open); k > 0; k-- {
		if writtenFrom(q.words[open-k:open], s, at) {
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
		if writtenFrom(q.words[q.whEnd:q.whEnd+k], s, end-k) {
			return k
		}
	}
	return 0
}

// writtenBefore reports whether s writes the question's word i as its
// word j, right before the answer that starts at word j+1, within its
// part: the word nearest the slot must be written there, a filler too
// ("là" of "MTTQ là gì" is the question's own link, and a span after
// "MTTQ" fills no slot). i or j may be out of range: then it is not.
func writtenBefore(q question, s *sent, i, j int) bool {
	return i >= 0 && j >= 0 && i < len(q.words) && !slotBreak(s, j) && q.words[i].writtenAt(s, j)
}

// writtenAfter reports whether s writes the question's word i as its word
// j, right after the answer that ends at word j-1, within its part
// (writtenBefore).
func writtenAfter(q question, s *sent, i, j int) bool {
	return i >= 0 && i < len(q.words) && j < len(s.lower) && !slotBreak(s, j-1) && q.words[i].writtenAt(s, j)
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
