package answer

import (
	"strings"
)

// minCollocation is how often the articles must write two words side by
// side for an answer not to end (or start) between them: "Bộ Y | tế",
// "Phòng Cảnh sát hình | sự" cut a name that the articles write whole.
const minCollocation = 2

// maxSnap is how many words snap may add at either end.
const maxSnap = 2

// snap makes an answer read from sentence s a whole constituent: where it
// ends between two words the articles write together at least
// minCollocation times, it goes on to the second; where it starts between
// a capitalised word and its partner ("Ban | Chấp hành"), it starts at the
// first. An answer that is not a span of s is returned as it is.
func (d *document) snap(s *sent, ans string) string {
	at := strings.Index(s.text, ans)
	if at < 0 || ans == "" {
		return ans
	}
	end := at + len(ans)
	first, last := -1, -1
	for k := range s.starts {
		if s.starts[k] == at {
			first = k
		}
		if s.ends[k] == end {
			last = k
		}
	}
	if first < 0 || last < 0 {
		return ans
	}
	taken := last
	for n := 0; n < maxSnap && last+1 < len(s.fold) && s.text[s.ends[last]:s.starts[last+1]] == " " &&
		!nameBreak(s, s.lower[last+1]) && d.bigrams[s.fold[last]+" "+s.fold[last+1]] >= minCollocation; n++ {
		last++
	}
	for last > taken && d.bindsOn(s, last) {
		last-- // the word taken last goes on with one not taken
	}
	for n := 0; n < maxSnap && first > 0 && s.text[s.ends[first-1]:s.starts[first]] == " " && isCapital(s, first-1) &&
		!nameBreak(s, s.lower[first-1]) && d.bigrams[s.fold[first-1]+" "+s.fold[first]] >= minCollocation; n++ {
		first--
	}
	return balanceNotes(s, s.starts[first], s.ends[last])
}

// bindsOn reports whether word k of s makes a word with the one after it
// rather than with the one before it: the articles write the pair it
// opens more often than the pair it closes ("công nhận" more than "tỉnh
// công" in "UBND tỉnh công nhận …"; "Cảnh sát biển", always written
// whole, binds neither way). snap, having gone on past an answer's end,
// steps back off such a word, so the words it adds never end on k; an
// answer that itself ends on k is left as its generator cut it.
func (d *document) bindsOn(s *sent, k int) bool {
	return k > 0 && k+1 < len(s.fold) && spaced(s, k+1) && d.bigrams[s.fold[k]+" "+s.fold[k+1]] > d.bigrams[s.fold[k-1]+" "+s.fold[k]]
}

// balanceNotes returns the text of s from byte from to byte to with its
// brackets paired: a note opened inside and closed right after the span
// is closed ("phường Hòa Hưng (TPHCM" + ")"), one left open otherwise
// stays out (the span ends before its "(", the outermost one left open
// when notes nest: "phường X (TP Y (cũ)"). A note is part of what it
// follows, or no part of the answer.
func balanceNotes(s *sent, from, to int) string {
	t := s.text[from:to]
	open, depth := unclosedNote(t)
	if open < 0 {
		return t
	}
	if depth == 1 && strings.HasPrefix(s.text[to:], noteClose) {
		return t + noteClose
	}
	if trimmed := strings.TrimRight(t[:open], " ,;:-–"); trimmed != "" {
		return trimmed
	}
	return t
}

// unclosedNote returns the byte offset in t of the outermost bracket
// opened and not closed, and how many are left open; -1 when every
// bracket opened is closed.
func unclosedNote(t string) (open, depth int) {
	var opens []int
	for i := 0; i < len(t); i++ {
		switch {
		case strings.HasPrefix(t[i:], noteOpen):
			opens = append(opens, i)
		case strings.HasPrefix(t[i:], noteClose) && len(opens) > 0:
			opens = opens[:len(opens)-1]
		}
	}
	if len(opens) == 0 {
		return -1, 0
	}
	return opens[0], len(opens)
}
