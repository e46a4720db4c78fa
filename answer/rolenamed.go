package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// namedRoleNouns are the nouns news writing puts right before a person's
// name to say the person's role in the event ("đối tượng Nguyễn Văn A",
// "tài xế Trần Văn B"), the longest first.
var namedRoleNouns = phrasesOf(lexicon.MustSet("named_role_nouns").Words())

// maxRoleGap is the most words a sentence may write between a role noun
// and the name it introduces: the question's own words that say more of
// the role and a copula ("đối tượng gây án là Nguyễn Văn A", "đối tượng
// người Lào (Hồ Văn B)").
const maxRoleGap = 4

// maxRoleLead is the most words before a role noun read for the question's
// words about the role ("xe tải do tài xế …").
const maxRoleLead = 4

// The scores of a role-named person (roleNamed): a base, a share for the
// question's words about the role written between noun and name, one for
// the sentence's cover of the question, and the factor of an answer two
// people fit alike.
const (
	roleNamedBase      = 0.55
	roleNamedMoreShare = 0.25
	roleNamedCover     = 0.15
	roleNamedTieFactor = 0.6
)

// An askedRole is the role a who-question asks a person by: the role noun
// its subject opens with, folded, the subject's words after it (said), and
// those of them that are no function words (more), which say more of the
// role ("đối tượng gây án", "tài xế xe khách", "đối tượng người Lào").
type askedRole struct {
	noun []string
	said []word
	more []word
}

// roleAsked returns the role q asks a person by: a who-question about a
// person whose subject opens with a role noun, before its question word
// ("đối tượng gây án tên gì", "nạn nhân là ai") or after it and a copula
// ("ai là tài xế xe khách"). ok is false for any other question.
func roleAsked(q question) (r askedRole, ok bool) {
	if q.wh != whWho || q.org || q.whAt < 0 || q.whEnd > len(q.words) {
		return askedRole{}, false
	}
	subject := q.words[:q.whAt]
	if q.whAt == 0 {
		// "ai là đối tượng gây án": the subject after the copula.
		if q.whEnd >= len(q.words) || !copulas.Has(q.words[q.whEnd].fold, lexicon.Folded) {
			return askedRole{}, false
		}
		subject = q.words[q.whEnd+1:]
	}
	// The role opens the subject, past function words, which may be a
	// role's own syllables typed without marks ("tai" of "tai xe").
	lead := 0
	for lead < len(subject) && subject[lead].isFiller() {
		lead++
	}
	for i := 0; i <= lead && i < len(subject); i++ {
		if r, ok := roleAt(subject, i); ok {
			return r, true
		}
	}
	return askedRole{}, false
}

// roleAt returns the role a subject writes at word i: a role noun and the
// words after it.
func roleAt(subject []word, i int) (r askedRole, ok bool) {
	for _, pw := range namedRoleNouns.items {
		if !startsWithFolded(subject[i:], pw.folded) {
			continue
		}
		r.noun = pw.folded
		r.said = subject[i+len(pw.folded):]
		for _, w := range r.said {
			if !w.isFiller() && !copulas.Has(w.fold, lexicon.Folded) {
				r.more = append(r.more, w)
			}
		}
		return r, true
	}
	return askedRole{}, false
}

// roleBinds reports whether sentence s writes the role noun of r right
// before the name starting at word at, a capitalised word: nothing between
// but an opening bracket, a copula and the question's words about the
// role ("tạm giữ đối tượng Nguyễn Văn A", "đối tượng gây án là Nguyễn Văn
// A", "đối tượng người Lào (Hồ Văn B)"), no other punctuation. more counts
// the question's words about the role the sentence writes there or in the
// few words before the noun, up to a break ("xe tải do tài xế Trần Văn
// C"), each once.
func roleBinds(s *sent, at int, r askedRole) (more int, ok bool) {
	n := len(r.noun)
	if at < 1 || at >= len(s.fold) || n == 0 || !isCapital(s, at) {
		return 0, false
	}
	end := at // the role noun must end right before end
	switch gap := strings.TrimSpace(s.text[s.ends[at-1]:s.starts[at]]); {
	case gap == "" || gap == "(":
	case gap == ":" && s.matchBack(enumIntros, at) > 0:
		// "Các đối tượng gồm: Đỗ Đình Mạnh": the noun, then the
		// intro of the list the name opens.
		end = at - s.matchBack(enumIntros, at)
	default:
		return 0, false
	}
	found := make([]bool, len(r.more))
	mark := func(w string) {
		for k, m := range r.more {
			if m.fold == w && !found[k] {
				found[k] = true
				more++
			}
		}
	}
	for gap := 0; ; gap++ {
		if end >= n && slices.Equal(s.fold[end-n:end], r.noun) {
			break
		}
		k := end - 1
		if gap >= maxRoleGap || k < 1 || strings.TrimSpace(s.text[s.ends[k-1]:s.starts[k]]) != "" {
			return 0, false
		}
		if w := s.fold[k]; !copulas.Has(w, lexicon.Folded) && !foldedAmong(r.said, w) {
			return 0, false
		}
		mark(s.fold[k])
		end = k
	}
	// The words before the noun, back to a break.
	for k := end - n - 1; k >= 0 && k >= end-n-maxRoleLead; k-- {
		if strings.TrimSpace(s.text[s.ends[k]:s.starts[k+1]]) != "" {
			break
		}
		mark(s.fold[k])
	}
	return more, true
}

// nameStarts returns the words of sentence s at which the name toks
// starts, every word of it written in order there (in lower case), at
// each place s writes it.
func nameStarts(s *sent, toks []analysis.Token) []int {
	if len(toks) == 0 {
		return nil
	}
	name := phraseWords{parts: make([]string, len(toks))}
	for j, t := range toks {
		name.parts[j] = analysis.Lower(t.Text)
	}
	var out []int
	for k := range s.lower {
		if name.writtenAt(s.lower, k) {
			out = append(out, k)
		}
	}
	return out
}

// roleBindsName is roleBinds at the place of sentence s, of those writing
// the name toks, that binds it with the most of the question's words.
func roleBindsName(s *sent, toks []analysis.Token, r askedRole) (more int, ok bool) {
	for _, at := range nameStarts(s, toks) {
		if m, b := roleBinds(s, at, r); b && (!ok || m > more) {
			more, ok = m, true
		}
		if m, b := roleAppositive(s, at+len(toks), r); b && (!ok || m > more) {
			more, ok = m, true
		}
	}
	return more, ok
}

// foldedAmong reports whether one of ws folds to f.
func foldedAmong(ws []word, f string) bool {
	for _, w := range ws {
		if w.fold == f {
			return true
		}
	}
	return false
}

// roleNamed answers a who-question that asks a person by a role ("đối
// tượng gây án tên gì", "tài xế xe tải là ai") with the person the
// articles in scope name right after that role noun ("do tài xế Nguyễn
// Văn A (47 tuổi) điều khiển"): of several, the one after whose noun
// more of the question's words about the role stand, then the one whose
// sentence holds more of the question; two alike keep a share of the
// score.
func (d *document) roleNamed(q question, content []word, sc *scope) candidate {
	r, ok := roleAsked(q)
	if !ok {
		return candidate{}
	}
	type bound struct {
		name  string
		s     *sent
		more  int
		cover float64
	}
	var best bound
	tie := false
	seen := map[string]bool{}
	for _, i := range d.factsIn(sc) {
		f := &d.facts[i]
		if f.Type != corpus.FactPerson || f.Name == "" || seen[f.Name] {
			continue
		}
		seen[f.Name] = true
		toks := analysis.Tokens(f.Name)
		for _, s := range d.sents {
			if !sc.reads(s) || !strings.Contains(s.text, f.Name) {
				continue
			}
			more, ok := roleBindsName(s, toks, r)
			if !ok {
				continue
			}
			b := bound{f.Name, s, more, d.overlapOf(q, content, s).coverage()}
			switch {
			case best.s == nil || b.more > best.more || b.more == best.more && b.cover > best.cover:
				best, tie = b, false
			case b.more == best.more && b.cover == best.cover && b.name != best.name:
				tie = true
			}
		}
	}
	if best.s == nil {
		return candidate{}
	}
	score := roleNamedBase + roleNamedCover*best.cover
	if len(r.more) > 0 {
		score += roleNamedMoreShare * float64(best.more) / float64(len(r.more))
	}
	if tie {
		score *= roleNamedTieFactor
	}
	answer := best.name
	if pluralMarkersList.in(q.words[:max(0, q.whAt)]) {
		// "Các đối tượng tên là gì?" of "Các đối tượng gồm: A (…), B
		// (…) và C (…)": every person the sentence names from the one
		// bound on.
		answer = strings.Join(d.namedFrom(best.s, best.name, sc), "; ")
	}
	return candidate{answer: answer, kind: KindFact, score: score, refs: []ref{{best.s.p.ID, best.s.index}}}
}

// namedFrom returns the names of the people of the scope that sentence s
// writes from where it writes name on, in their order, name first.
func (d *document) namedFrom(s *sent, name string, sc *scope) []string {
	from := strings.Index(s.text, name)
	if from < 0 {
		return []string{name}
	}
	type at struct {
		name string
		pos  int
	}
	var found []at
	seen := map[string]bool{}
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || f.Name == "" || seen[f.Name] {
			continue
		}
		if k := strings.Index(s.text[from:], f.Name); k >= 0 {
			seen[f.Name] = true
			found = append(found, at{f.Name, from + k})
		}
	}
	slices.SortStableFunc(found, func(a, b at) int { return a.pos - b.pos })
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.name
	}
	return out
}

// roleNamedAnswer reports, for a who-question asking a person by a role,
// whether the answer is a name its source sentence writes right after
// that role noun (roleBinds); known is false for any other question or
// an answer the sentence does not write.
func roleNamedAnswer(q question, s *sent, toks []analysis.Token) (named, known bool) {
	r, ok := roleAsked(q)
	if !ok {
		return false, false
	}
	starts := nameStarts(s, toks)
	if len(starts) == 0 {
		return false, false
	}
	for _, at := range starts {
		if _, ok := roleBinds(s, at, r); ok {
			return true, true
		}
		if _, ok := roleAppositive(s, at+len(toks), r); ok {
			return true, true
		}
	}
	return false, true
}

// maxAppositiveNote bounds the words of the note in brackets
// roleAppositive reads past.
const maxAppositiveNote = 12

// roleAppositive reports whether the role noun of r is written after a
// comma right after a name that ends before word end of s, past a note in
// brackets: "bắt giữ Nguyễn Trung T. (sinh năm 1996, ngụ An Giang), nghi
// phạm đã cướp giật tài sản" names the suspect. more counts the
// question's other words (r.more) the words after the noun write, to the
// next break.
func roleAppositive(s *sent, end int, r askedRole) (more int, ok bool) {
	n := len(r.noun)
	if n == 0 || end < 1 || end >= len(s.fold) {
		return 0, false
	}
	if strings.Contains(sepBefore(s, end), noteOpen) {
		k := end
		for k < len(s.fold) && k-end < maxAppositiveNote && !strings.Contains(sepBefore(s, k), noteClose) {
			k++
		}
		if k >= len(s.fold) || k-end >= maxAppositiveNote {
			return 0, false
		}
		end = k
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sepBefore(s, end)), noteClose)) != "," {
			return 0, false
		}
	} else if strings.TrimSpace(sepBefore(s, end)) != "," {
		return 0, false
	}
	if end+n > len(s.fold) || !slices.Equal(s.fold[end:end+n], r.noun) {
		return 0, false
	}
	found := make([]bool, len(r.more))
	for k := end + n; k < len(s.fold) && strings.TrimSpace(sepBefore(s, k)) == ""; k++ {
		for i, m := range r.more {
			if m.fold == s.fold[k] && !found[i] {
				found[i] = true
				more++
			}
		}
	}
	return more, true
}
