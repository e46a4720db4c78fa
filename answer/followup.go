package answer

import (
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// Follow-ups. In a conversation a question is read in the light of the
// previous turn before it is parsed for answering: "ông ấy giữ chức gì?"
// names the person the previous turn was about, "còn Giấy khen thì sao?"
// asks the previous question of another award, "sinh năm mấy?" asks
// something more of the previous question's subject. A follow-up may have
// more than one reading; they are tried in order, and the first one the
// engine answers wins.

// pronouns refer back to the person of the previous turn. A pronoun of
// one word ("ổng", "hắn", "nó") is read as one only where a subject
// stands, first in the question: elsewhere the same letters are often
// another word typed without diacritics.
var pronouns = lexicon.MustSet("pronouns").Words()

// followUpLeads may open a follow-up question before "còn", folded.
var followUpLeads = lexicon.MustSet("follow_up_leads_folded")

// trailingParticles end a question without content, folded.
var trailingParticles = lexicon.MustSet("trailing_particles_folded")

// followUpOther opens "còn X", followUpThen splits "còn X thì Q", and
// followUpPartLeads open a follow-up about a part ("trong đó …"); all
// folded.
var (
	followUpOther     = lexicon.MustSet("follow_up_other_folded")
	followUpThen      = lexicon.MustSet("follow_up_then_folded")
	followUpPartLeads = lexicon.MustSet("follow_up_part_leads").Words()
	statementEnds     = lexicon.MustSet("statement_question_ends_folded")
	copulas           = lexicon.MustSet("copulas_folded")
)

// maxEllipsisContent is the most content words a follow-up may have and
// still be read as asking about the previous question's subject ("sinh
// năm mấy", "trên tuyến đường nào"): with more, it says what it asks about
// itself.
const maxEllipsisContent = 2

// readings returns the ways to read text after the previous turn, most
// likely first: rewritten with what the previous turn was about, then,
// when it asks a question of its own ("còn X?" does not) and holds no
// pronoun only that turn explains, as it is typed.
func (d *document) readings(text string, prev *Turn) []string {
	r, alone := d.followUp(text, prev)
	if r == text || !alone || d.parse(text).wh == whNone {
		return []string{r}
	}
	return []string{r, text}
}

// followUp rewrites a follow-up question in the light of the previous
// turn: "còn Giấy khen thì sao?" after "ai được tặng Bằng khen?" becomes
// "ai được tặng Giấy khen?"; "ông ấy là ai?" names the person of the
// previous turn. alone is false when the question means nothing without
// the previous turn (a pronoun).
func (d *document) followUp(text string, prev *Turn) (reading string, alone bool) {
	q := d.parse(text)
	pq := d.parse(prev.Question)
	lead := 0
	for lead < len(q.words) && followUpLeads.Has(q.words[lead].fold, lexicon.Exact) {
		lead++
	}
	if i, j, ok := pronounSpan(q, lead); ok {
		if name := d.personOfTurn(pq, prev); name != "" {
			return replaceWords(q.words, i, j, []string{name}), false
		}
		if pq.wh == whWho {
			// "Ai là đối tượng cầm đầu?" unanswered, then "hắn sinh năm
			// nào?": the person as the previous question described them.
			return replaceWords(q.words, i, j, subjectOf(pq)), false
		}
	}
	x, ok := d.otherOf(q, lead)
	if !ok {
		return d.ellipsis(q, text, pq, prev), true
	}
	if len(x.words) > 0 && x.wh != whNone {
		// "còn Giấy khen thì ai tặng?": the question after "thì", about X.
		return x.text, true
	}
	if len(x.focus) == 0 {
		return text, true
	}
	other := x.focus
	// "ông ấy tặng bao nhiêu cá nhân?" … "còn ông Dũng?": the same
	// question of the other person.
	if d.refersToPerson(question{words: other}) {
		if i, j, ok := d.personSpan(pq); ok {
			return replaceWords(pq.words, i, j, words(other)), true
		}
		// "Ai trao Giấy khen?" … "còn ông Dũng?": what the other person
		// did, "ông Dũng trao gì", not the previous question again.
		if pq.wh == whWho && pq.whAt == 0 {
			for _, w := range pq.words[pq.whEnd:] {
				if !w.isFiller() {
					return strings.Join(words(other), " ") + " " + w.text + " gì", true
				}
			}
		}
	}
	// The same kind of thing in the previous question: an award kind, or
	// what a count asked for.
	for _, kind := range byLength(corpus.AwardKinds()) {
		if findPhrase(other, kind) >= 0 {
			for _, old := range byLength(corpus.AwardKinds()) {
				if i := findPhrase(pq.words, old); i >= 0 {
					return replaceWords(pq.words, i, i+len(strings.Fields(old)), words(other)), true
				}
			}
		}
	}
	if pq.wh == whCount && len(pq.focus) > 0 {
		i := findPhrase(pq.words, textOf(pq.focus))
		if i >= 0 {
			return replaceWords(pq.words, i, i+len(pq.focus), words(other)), true
		}
	}
	return prev.Question + " " + textOf(other), true
}

// otherOf reads "(thế) còn X (thì sao)?" and "X thì sao?": it returns X
// as the focus of a question with no question word, or, for "còn X thì
// Q" where Q asks something of its own, Q about X as a parsed question.
// ok is false when q is neither.
func (d *document) otherOf(q question, lead int) (x question, ok bool) {
	ws := q.words[lead:]
	switch {
	case len(ws) > 0 && followUpOther.Has(ws[0].fold, lexicon.Exact):
		ws = ws[1:]
	case thenAt(ws) > 0 && trailingOnly(ws[thenAt(ws)+1:]):
		// "bằng khen thì sao": X, then nothing but particles.
		if d.parse(textOf(ws[:thenAt(ws)])).wh != whNone {
			return question{}, false
		}
	default:
		return question{}, false
	}
	if k := thenAt(ws); k > 0 && k+1 < len(ws) {
		rest := d.parse(textOf(ws[k+1:]))
		if rest.wh != whNone && len(d.content(rest)) > 0 {
			return d.parse(textOf(ws[k+1:]) + " " + textOf(ws[:k])), true
		}
		// "còn cá nhân thì bn?": the question is the previous one.
		ws = ws[:k]
	}
	for len(ws) > 0 && trailingParticles.Has(ws[len(ws)-1].fold, lexicon.Exact) {
		ws = ws[:len(ws)-1]
	}
	return question{focus: ws}, true
}

// thenAt returns the index of the first "thì" in ws, or -1.
func thenAt(ws []word) int {
	for k, w := range ws {
		if followUpThen.Has(w.fold, lexicon.Exact) {
			return k
		}
	}
	return -1
}

// trailingOnly reports whether ws is one or more trailing particles.
func trailingOnly(ws []word) bool {
	for _, w := range ws {
		if !trailingParticles.Has(w.fold, lexicon.Exact) {
			return false
		}
	}
	return len(ws) > 0
}

// pronounSpan returns the words [i, j) of q that are a pronoun for a
// person; a one-word pronoun counts only at lead, where the subject
// stands.
func pronounSpan(q question, lead int) (i, j int, ok bool) {
	for _, p := range pronouns {
		n := len(strings.Fields(p))
		i := findPhrase(q.words, p)
		if i < 0 || n == 1 && i != lead {
			continue
		}
		return i, i + n, true
	}
	return 0, 0, false
}

// personSpan returns the words [i, j) of q that refer to a person: a
// pronoun, or a person of the articles by name.
func (d *document) personSpan(q question) (i, j int, ok bool) {
	if i, j, ok := pronounSpan(q, 0); ok {
		return i, j, true
	}
	best := -1
	for _, f := range d.facts {
		if f.Type != corpus.FactPerson {
			continue
		}
		if a, b, ok := nameSpan(q, f); ok && (best < 0 || a < best) {
			best, i, j = a, a, b
		}
	}
	return i, j, best >= 0
}

// personOfTurn returns the name of the person the previous turn was
// about: the person its answer names when it asked who, otherwise the
// person its question names, then the one its answer names; "" when
// there is none.
func (d *document) personOfTurn(pq question, prev *Turn) string {
	inAnswer := d.personIn(prev.Answer.Answer)
	if pq.wh == whWho {
		// The people a who-question names are not whom it asks about.
		return inAnswer
	}
	best, name := -1, ""
	for _, f := range d.facts {
		if f.Type != corpus.FactPerson {
			continue
		}
		if a, _, ok := nameSpan(pq, f); ok && (best < 0 || a < best) {
			best, name = a, f.Name
		}
	}
	if name != "" {
		return name
	}
	return inAnswer
}

// refersToPerson reports whether q names a person of the articles ("ông
// Dũng").
func (d *document) refersToPerson(q question) bool {
	for _, f := range d.facts {
		if f.Type == corpus.FactPerson && nameIn(q, f) {
			return true
		}
	}
	return false
}

// ellipsis reads a follow-up that asks something of the previous turn's
// subject without naming it ("ở đâu?", "vào hôm nào vậy", "bn cá nhân",
// "trong đó bn HC bạc", "sinh năm mấy", "trên tuyến đường nào"): a count
// of another noun replaces the previous question's noun; a question about
// a person the previous turn was about takes that person's name; any
// other takes the previous question's words in place of its question
// word. A follow-up that names a subject of its own is read as it is.
func (d *document) ellipsis(q question, text string, pq question, prev *Turn) string {
	if q.wh == whNone || q.wh == whYesNo {
		return text
	}
	content := without(d.content(q), followUpPartLeads...)
	bare := len(content) <= len(q.focus)
	if !bare && (len(content) > maxEllipsisContent || d.namesSomething(q)) {
		return text
	}
	if q.wh == whCount && pq.wh == whCount && len(q.focus) > 0 && len(pq.focus) > 0 {
		if i := findPhrase(pq.words, textOf(pq.focus)); i >= 0 {
			return replaceWords(pq.words, i, i+len(pq.focus), words(q.focus))
		}
	}
	if q.wh != whWho {
		if name := d.personOfTurn(pq, prev); name != "" {
			return name + " " + text
		}
	}
	kept := subjectOf(pq)
	if len(kept) == 0 {
		return text
	}
	return strings.Join(kept, " ") + " " + text
}

// subjectOf returns the words of a question but those that ask: its
// question words, "là" before or after them, and the particles that end
// a statement asked as a question ("… à?", "… phải không?").
func subjectOf(q question) []string {
	end := len(q.words)
	for end > 0 && statementEnds.Has(q.words[end-1].fold, lexicon.Exact) {
		end--
	}
	var kept []string
	for k, w := range q.words[:end] {
		if q.inWh(k) {
			continue
		}
		if (k == q.whEnd || k+1 == q.whAt) && copulas.Has(w.fold, lexicon.Exact) {
			continue
		}
		kept = append(kept, w.text)
	}
	return kept
}

// namesSomething reports whether q names a subject of its own: a person
// of the articles, a number, or a word typed with a capital after the
// first.
func (d *document) namesSomething(q question) bool {
	for k, w := range q.words {
		if w.num || k > 0 && (w.cap || w.caps) {
			return true
		}
	}
	return d.refersToPerson(q)
}

// replaceWords returns ws with words [i, j) replaced by with, as text.
func replaceWords(ws []word, i, j int, with []string) string {
	var out []string
	for _, w := range ws[:i] {
		out = append(out, w.text)
	}
	out = append(out, with...)
	for _, w := range ws[j:] {
		out = append(out, w.text)
	}
	return strings.Join(out, " ")
}

// personIn returns the first person whose name a text holds.
func (d *document) personIn(t string) string {
	at, name := -1, ""
	for _, f := range d.facts {
		if f.Type != corpus.FactPerson {
			continue
		}
		if i := strings.Index(t, f.Name); i >= 0 && (at < 0 || i < at) {
			at, name = i, f.Name
		}
	}
	return name
}
