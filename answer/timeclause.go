package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A timeClause is a run of times that open a part of a sentence, one right
// after the other ("Ngày 5/8, khoảng 10 giờ, …"), and the clause after
// them up to the next time that opens a part: news writing that gives two
// times for two things writes each before its own clause ("Đến khoảng 10
// giờ 45 cùng ngày, lực lượng chức năng tìm được thi thể nạn nhân H.,
// khoảng 16 giờ 45 thì tìm được thi thể nạn nhân còn lại").
type timeClause struct {
	times    []analysis.TimeSpan
	from, to int // the clause's words, from word from up to word to (excluded)
}

// timeClauses returns the clauses the times that open a part of s head
// (timeOpensPart), in order; a time written after the words it dates
// ("Nghị quyết số 57 … ngày 27/4/2022") heads none and stays in the
// clause it is written in.
func timeClauses(s *sent) []timeClause {
	var out []timeClause
	for _, t := range s.times {
		at, end := wordSpan(s, t)
		if at < 0 || !timeOpensPart(s, at) || end >= len(s.lower) {
			// A time that ends its sentence heads no clause: it dates
			// what comes before it ("…, xảy ra tại vụ cháy ở …, hôm 12/1").
			continue
		}
		if n := len(out); n > 0 && out[n-1].from >= clauseOpening(s, at) {
			// No word between the two: one run of times.
			out[n-1].times = append(out[n-1].times, t)
			out[n-1].from = end
			continue
		}
		if n := len(out); n > 0 {
			out[n-1].to = clauseOpening(s, at)
		}
		out = append(out, timeClause{times: []analysis.TimeSpan{t}, from: end, to: len(s.lower)})
	}
	return out
}

// wordSpan returns the first word of s a time span covers and the word
// after its last one; at is -1 when no word starts within it.
func wordSpan(s *sent, t analysis.TimeSpan) (at, end int) {
	at, end = -1, -1
	for k := range s.starts {
		if s.starts[k] >= t.Start && s.starts[k] < t.End {
			if at < 0 {
				at = k
			}
			end = k + 1
		}
	}
	return at, end
}

// clauseOpening returns the first of the words before word at of s that
// open its time with it: the time prepositions ("vào", "lúc"), the words
// of a range ("Đến khoảng 10 giờ 45") and the approximate qualifiers
// ("khoảng", "gần") right before it, within its part of the sentence.
func clauseOpening(s *sent, at int) int {
	k := at
	for k > 0 && !partBreak(s, k) && timeLead(s.lower[k-1]) {
		k--
	}
	return k
}

// timeLead reports whether word w may stand before a time that opens a
// clause: a time preposition, a word of a range, an approximate
// qualifier.
func timeLead(w string) bool {
	return timePrepositions.Has(w, lexicon.Exact) || rangeFrom.Has(w, lexicon.Exact) ||
		rangeTo.Has(w, lexicon.Exact) || approximateQualifiers.Has(w, lexicon.Exact)
}

// timeClauseJoiners are the conjunctions after which a time opens a
// clause of its own (time_clause_joiners): "… xuất viện và ngày 30/9 trở
// lại đi học".
var timeClauseJoiners = lexicon.MustSet("time_clause_joiners")

// joinsClause reports whether a conjunction of timeClauseJoiners stands
// right before the time at word at of s, past the words that lead it
// (clauseOpening): the time opens the clause the conjunction joins.
func joinsClause(s *sent, at int) bool {
	return joinedAt(s, clauseOpening(s, at))
}

// joinedAt reports whether a conjunction of timeClauseJoiners stands
// right before word k of s, the first word of a time's opening.
func joinedAt(s *sent, k int) bool {
	return k > 1 && timeClauseJoiners.Has(s.lower[k-1], lexicon.Exact) && sepBefore(s, k) == " "
}

// timeOpensPart reports whether the time from word at of s opens its
// sentence or a part of it, past the words that lead it (clauseOpening),
// or a clause a conjunction joins to the one before it.
func timeOpensPart(s *sent, at int) bool {
	k := clauseOpening(s, at)
	return k == 0 || partBreak(s, k) && !asideCloses(s, k) || joinedAt(s, k)
}

// asideCloses reports whether all that stands between word k of s and
// the one before it is the end of an aside in brackets: what follows goes
// on with the clause the aside interrupted, so a time there dates the
// words before the aside ("vụ cướp … xảy ra trên đường Núi Thành (phường
// Hòa Cường) vào đêm 26/8") and opens no part of the sentence.
func asideCloses(s *sent, k int) bool {
	gap := s.text[s.ends[k-1]:s.starts[k]]
	return strings.Contains(gap, ")") && !strings.ContainsAny(gap, ",;:(")
}

// minTimeClauses is the fewest clauses headed by a time that clauseTime
// chooses among: one time alone dates the whole sentence.
const minTimeClauses = 2

// clauseTime returns the time of the kind q asks that heads the clause
// of s holding the most of the question's content words, when s has two
// or more such clauses and one holds more than any other: the time of
// the thing the question names, not of the other thing the sentence
// dates. ok is false otherwise.
func clauseTime(q question, s *sent, content []word) (string, bool) {
	clauses := timeClauses(s)
	if len(clauses) < minTimeClauses {
		return "", false
	}
	best, bestN, tie := -1, 0, false
	for i, c := range clauses {
		n := clauseHolds(s, c, content)
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", false
	}
	for _, t := range clauses[best].times {
		if q.asksFor(t.Kind) {
			return t.Text, true
		}
	}
	return "", false
}

// clauseHolds returns how many of the content words, numbers aside,
// clause c of s writes.
func clauseHolds(s *sent, c timeClause, content []word) int {
	n := 0
	for _, w := range content {
		if w.num {
			continue
		}
		for k := c.from; k < c.to && k < len(s.lower); k++ {
			if w.writtenAt(s, k) {
				n++
				break
			}
		}
	}
	return n
}

// embeddedTimeReach is the most words that may stand between the last of
// the question's words a sentence writes and a time written after them
// that dates them: "vụ cướp tiệm vàng xảy ra trên đường Núi Thành (phường
// Hòa Cường) vào đêm 26/8".
const embeddedTimeReach = 10

// embeddedTime returns the time of the kind q asks that s writes after
// the question's words it holds (o), within embeddedTimeReach words of
// the last and opening no part of s (timeOpensPart): a time written after
// the words it dates, in the clause that tells them. News writing leads
// with the day of a report or an award and dates the incident it points
// back at in that incident's own words. ok is false when s writes none.
func embeddedTime(q question, s *sent, o overlap) (analysis.TimeSpan, bool) {
	if o.last < 0 {
		return analysis.TimeSpan{}, false
	}
	for _, t := range s.times {
		at, _ := wordSpan(s, t)
		if at <= o.last {
			continue
		}
		if at-o.last > embeddedTimeReach || !q.asksFor(t.Kind) || timeOpensPart(s, at) {
			return analysis.TimeSpan{}, false
		}
		return t, true
	}
	return analysis.TimeSpan{}, false
}

// writesOwnTime reports whether s opens with a time of its own (a
// report's, an award's) and dates the question's words it holds (o) by
// another, written after them (embeddedTime).
func writesOwnTime(q question, s *sent, o overlap) bool {
	t, ok := embeddedTime(q, s, o)
	if !ok || s.times[0].Start >= t.Start {
		return false
	}
	at, _ := wordSpan(s, s.times[0])
	return at >= 0 && timeOpensPart(s, at)
}
