package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// News writes the doer of an act as a person followed by the verb, a
// note about them in brackets between: "ô tô do anh P.V.N. (sinh năm
// 1982, …) lái va chạm với xe máy do anh T.C.T. (…) điều khiển", "anh
// N.V.T. (SN 1984, …) tử vong". Of the people a sentence names, the one a
// who-question asks the doer of is the one its verb follows.

// doerPeople returns the people s names whose act is the verb q asks the
// doer of ("ai lái xe đầu kéo", "ai tử vong", "người ngồi ghế phụ là
// ai"; doerVerbAt): the verb follows the name, past its note in brackets
// and at most maxDoerGap auxiliaries, with no comma between. It returns
// "" unless that tells some of the sentence's people from the others. A
// person joined by "và" to the next shares that person's act; one the
// verb is done to ("bị", "được") does not act.
func (d *document) doerPeople(q question, s *sent) string {
	v := doerVerbAt(q)
	if v < 0 {
		return ""
	}
	verbs := questionVerbIn(q, s, v)
	if len(verbs) == 0 {
		return ""
	}
	people := d.personsIn(s)
	if len(people) < 2 {
		return ""
	}
	// From the last person back: one joined by "và" to the next person
	// ("anh A (…) và anh B (…) tử vong") shares that person's act.
	acts := make([]bool, len(people))
	for i := len(people) - 1; i >= 0; i-- {
		k, ok := actAfter(s, people[i].end)
		switch {
		case !ok:
		case slices.Contains(verbs, k):
			acts[i] = true
		case i+1 < len(people) && listConjunctions.Has(s.lower[k], lexicon.Exact) && joinsPerson(s, k+1, people[i+1].at):
			acts[i] = acts[i+1]
		}
	}
	var bound []string
	for i, p := range people {
		if acts[i] {
			bound = append(bound, p.render)
		}
	}
	if len(bound) == 0 || len(bound) == len(people) {
		return ""
	}
	return strings.Join(bound, "; ")
}

// joinsPerson reports whether the words of s from word k up to word at,
// where the next person's name starts, are at most words of address or
// titles' markers ("và anh", "và đồng chí").
func joinsPerson(s *sent, k, at int) bool {
	for ; k < at; k++ {
		if !personMarkers.Has(s.lower[k], lexicon.Exact) {
			return false
		}
	}
	return k == at
}

// doerVerbAt returns the position in q.words of the verb whose doer q
// asks for, -1 when it asks none: agentVerbAt's, or that of a question
// naming the doer by a role and its act and asking who that is ("Người
// ngồi ghế phụ là ai?", "tài xế lái xe tải là ai"): the first word after
// a person noun that opens the question, no word of address, which ends
// with a copula and its question word.
func doerVerbAt(q question) int {
	if v := agentVerbAt(q); v >= 0 {
		return v
	}
	if q.wh != whWho || q.whAt < 2 || q.whEnd != len(q.words) || !copulas.Has(q.words[q.whAt-1].fold, lexicon.Exact) {
		return -1
	}
	n := personNounsList.longestAt(q.words, 0)
	if n == 0 || n >= q.whAt-1 {
		return -1
	}
	if honorifics.Has(q.words[0].text, lexicon.AsTyped) {
		return -1 // "ông Hợp là ai": a name, not an act, follows
	}
	if w := q.words[n]; w.num || w.cap || w.isFiller() || passiveMarkers.Has(w.fold, lexicon.Folded) {
		return -1
	}
	return n
}

// actAfter returns the word of s that stands as the act of a name ending
// before word end: the next word, past a note in brackets right after the
// name and at most maxDoerGap auxiliaries. ok is false when a comma or the
// sentence's end comes first.
func actAfter(s *sent, end int) (int, bool) {
	k := end
	if k < len(s.lower) && strings.Contains(sepBefore(s, k), "(") {
		k++
		for k < len(s.lower) && !strings.Contains(sepBefore(s, k), ")") {
			k++
		}
	}
	first := k
	for gap := 0; k < len(s.lower) && gap < maxDoerGap && auxiliaries.Has(s.lower[k], lexicon.Exact); gap++ {
		if isPassiveMarker(s, k) {
			return 0, false // "anh A bị tông": the act is done to A
		}
		k++
	}
	if k >= len(s.lower) {
		return 0, false
	}
	for j := first; j <= k; j++ {
		sep := sepBefore(s, j)
		if j == first {
			// After the note's closing bracket.
			sep = sep[strings.LastIndex(sep, ")")+1:]
		}
		if strings.Contains(sep, ",") {
			return 0, false
		}
	}
	return k, true
}
