package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A who-question may ask a victim by what they underwent ("ai tử vong",
// "người bị thương tên gì") or by a victim's role noun the article never
// writes before the name ("nạn nhân tên gì" of "Vụ va chạm khiến chị Thảo
// tử vong tại chỗ"). The person is named in that role when the article
// writes the harm of them: harmNamed.

// victimRoles are the role nouns of a person harmed in the event
// (victim_role_nouns); harmPredicates what they underwent
// (harm_predicates).
var (
	victimRoles    = lexicon.MustSet("victim_role_nouns")
	harmPredicates = phrasesOf(lexicon.MustSet("harm_predicates").Words())
)

// harmReach is how many words after a person's name, past a note in
// brackets, the harm written of them may stand ("chị Thảo tử vong",
// "anh T.C.T. người điều khiển xe máy, tử vong tại chỗ"); harmLead how
// many before it ("làm chết anh A").
const (
	harmReach = 8
	harmLead  = 3
)

// victimHarms returns the harms, folded, a who-question asks a person by:
// the one it writes of its subject, before its question word ("người tử
// vong tên gì") or right after "ai", past fillers ("ai đã tử vong", not
// "ai báo ca tử vong"), with its synonyms; every harm for a subject that
// opens with a victim's role noun ("nạn nhân là ai"). nil for any other
// question.
func victimHarms(q question) [][]string {
	if q.wh != whWho || q.org || q.whAt < 0 || q.whEnd > len(q.words) {
		return nil
	}
	span, starts := q.words[:q.whAt], q.whAt
	if q.whAt == 0 {
		span = q.words[q.whEnd:]
		for len(span) > 0 && span[0].isFiller() && harmPredicates.longestAt(span, 0) == 0 {
			span = span[1:]
		}
		starts = min(len(span), 1) // the harm opens what follows "ai"
	}
	for i := range starts {
		if n := harmPredicates.longestAt(span, i); n > 0 {
			phrase := phraseOf(span[i : i+n])
			out := [][]string{strings.Fields(phrase)}
			for _, alt := range synonyms(phrase) {
				out = append(out, strings.Fields(alt))
			}
			return out
		}
	}
	if r, ok := roleAsked(q); ok && victimRoles.Has(strings.Join(r.noun, " "), lexicon.Folded) {
		out := make([][]string, len(harmPredicates.items))
		for i, p := range harmPredicates.items {
			out[i] = p.folded
		}
		return out
	}
	return nil
}

// harmNamed reports, for a who-question asking a person by one of harms
// (victimHarms, read once for the question), whether the article of s
// writes that harm of the person the answer names: right after a mention
// of their given name (the last word of the answer's first capitalised
// run), past a note in brackets, or a few words before it. known is false
// for any other question (harms nil) or an answer that names no one.
func (d *document) harmNamed(harms [][]string, s *sent, toks []analysis.Token) (named, known bool) {
	if harms == nil {
		return false, false
	}
	given := givenName(toks)
	if given == "" {
		return false, false
	}
	// Its own passage first, then the rest of its article: never the
	// other articles of a library.
	for _, t := range d.sentsOf[s.p.ID] {
		if harmOfName(t, given, harms) {
			return true, true
		}
	}
	for i := range s.art.Passages {
		if id := s.art.Passages[i].ID; id != s.p.ID {
			for _, t := range d.sentsOf[id] {
				if harmOfName(t, given, harms) {
					return true, true
				}
			}
		}
	}
	return false, true
}

// givenName returns the last word of the first run of capitalised words
// of toks ("Thảo" of "Nguyễn Huỳnh Yến Thảo (SN 2002)"); "" when none.
func givenName(toks []analysis.Token) string {
	given := ""
	for _, t := range toks {
		if startsUpper(t.Text) {
			given = t.Text
		} else if given != "" {
			break
		}
	}
	return given
}

// harmOfName reports whether s writes one of harms of the person a word
// given names: within harmReach words after it in its clause, a note in
// brackets skipped, or ending within harmLead words before it.
func harmOfName(s *sent, given string, harms [][]string) bool {
	for k := range s.lower {
		if s.text[s.starts[k]:s.ends[k]] != given {
			continue
		}
		depth, seen := 0, 0
		for j := k + 1; j < len(s.fold) && seen < harmReach && s.clause[j] == s.clause[k]; j++ {
			sep := sepBefore(s, j)
			depth += strings.Count(sep, "(") - strings.Count(sep, ")")
			if depth > 0 {
				continue
			}
			if harmAt(s, j, harms) > 0 {
				return true
			}
			seen++
		}
		for j := max(0, k-harmLead); j < k; j++ {
			if n := harmAt(s, j, harms); n > 0 && j+n >= k-1 && s.clause[j] == s.clause[k] {
				return true
			}
		}
	}
	return false
}

// harmAt returns the words of the longest of harms written at word i of
// s, folded; 0 when none is.
func harmAt(s *sent, i int, harms [][]string) int {
	n := 0
	for _, h := range harms {
		if len(h) > n && foldsAt(s, i, h) {
			n = len(h)
		}
	}
	return n
}
