package answer

import (
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/corpus"
)

// A reader names the event before asking about it: "hội thao công nhân
// viên chức Bình Định có bao nhiêu vận động viên?". The words that name
// the event are the article's, said once in its title and lead; the
// sentence that answers leaves them out, as news writing does after the
// lead. withoutEvent is the stage that reads such a question without
// them; for a question routed to its article by those words (AskNamed),
// the candidates of both readings compete, those of this one marked by
// the feature without_event.

// minEventRun is the fewest words of the question, side by side in the
// title or lead as well, that name the event; fewer do only when the
// article writes them as a name ("Bình Định", "Diên Hồng").
const minEventRun = 3

// minNameRun is the fewest words of a name that names the event: one
// word with a capital is as often a common noun that starts a name
// ("Giải", "Hội") or an abbreviation.
const minNameRun = 2

// eventSents returns the sentences that name the articles' events: each
// article's title and the first sentence of its lead.
func (d *document) eventSents() []*sent {
	var out []*sent
	for _, a := range d.articles {
		for _, p := range a.Passages {
			if p.Kind != corpus.KindTitle && p.Kind != corpus.KindLead {
				continue
			}
			if ss := d.sentsOf[p.ID]; len(ss) > 0 {
				out = append(out, ss[0])
			}
		}
	}
	return out
}

// withoutEvent returns q without the words that name its article's event:
// runs of at least minEventRun question words found side by side in a
// title or a lead's first sentence, and the names written there. ok is false
// when q names no event that way, or when nothing would be left to ask.
func (d *document) withoutEvent(q question) (question, bool) {
	drop := make([]bool, len(q.words))
	keep, wh := asked(q), make([]bool, len(q.words))
	for i := max(q.whAt, 0); i < q.whEnd && i < len(q.words); i++ {
		wh[i] = true
	}
	found := false
	for _, s := range d.eventSents() {
		for i := 0; i < len(q.words); {
			if wh[i] {
				i++
				continue
			}
			// A name goes wherever it stands; other words only away
			// from what is asked.
			n, name := longestRun(q, i, s, wh)
			if !name || n < minNameRun {
				n, _ = longestRun(q, i, s, keep)
				name = false
			}
			if n >= minEventRun || n > 0 && name {
				for k := i; k < i+n; k++ {
					drop[k] = true
				}
				found = true
				i += n
				continue
			}
			i++
		}
	}
	if !found {
		return q, false
	}
	r := q
	r.words = nil
	for i, w := range q.words {
		if !drop[i] {
			r.words = append(r.words, w)
		}
	}
	r.focus = nil
	r.wh = whNone
	r.findWh()
	if r.wh != q.wh || len(d.content(r)) == 0 && r.wh == whNone {
		// The question asked something else without those words, or
		// nothing at all.
		return q, false
	}
	return r, true
}

// askedBefore and askedAfter are how many words right before and after
// the question words, fillers aside, a question asks with: "số tiền giao
// dịch bao nhiêu", "có bao nhiêu người tử vong".
const (
	askedBefore = 2
	askedAfter  = 3
)

// asked marks the words of q that ask: the question words and the words
// that say what is asked, after them ("có bao nhiêu người tử vong") or,
// when nothing follows, before them ("số tiền giao dịch bao nhiêu"). They
// name no event, but for a name.
func asked(q question) []bool {
	keep := make([]bool, len(q.words))
	if q.whAt < 0 {
		return keep
	}
	for i := q.whAt; i < q.whEnd && i < len(q.words); i++ {
		keep[i] = true
	}
	n := 0
	for i := q.whEnd; i < len(q.words) && n < askedAfter; i++ {
		if !q.words[i].isFiller() {
			keep[i] = true
			n++
		}
	}
	for i, m := q.whAt-1, 0; i >= 0 && n == 0 && m < askedBefore; i-- {
		if !q.words[i].isFiller() {
			keep[i] = true
			m++
		}
	}
	return keep
}

// longestRun returns how many question words from i on, none of them
// kept, s holds side by side, as the user typed them, and whether s
// writes them as a name: at least minNameRun words, every one with a
// capital.
func longestRun(q question, i int, s *sent, keep []bool) (n int, name bool) {
	for _, p := range s.pos[q.words[i].fold] {
		k := 0
		for i+k < len(q.words) && p+k < len(s.fold) && !keep[i+k] {
			w := q.words[i+k]
			if !w.writtenAt(s, p+k) {
				break
			}
			k++
		}
		if k > n {
			n, name = k, k >= minNameRun && s.capitalised(p, p+k)
		}
	}
	return n, name
}

// capitalised reports whether every word in [from, to) of s starts with a
// capital letter.
func (s *sent) capitalised(from, to int) bool {
	for p := from; p < to; p++ {
		r, _ := utf8.DecodeRuneInString(s.text[s.starts[p]:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
