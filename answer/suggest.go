package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// makeSuggestions builds questions the articles answer, from their facts,
// and keeps those the engine itself answers with confidence. The order is
// fixed by the facts' order, so the list is the same on every replica.
func (e *Engine) makeSuggestions(ctx context.Context) []string {
	var cands []string
	add := func(q string) {
		for _, c := range cands {
			if c == q {
				return
			}
		}
		cands = append(cands, q)
	}
	var persons, quantities, abbrs, named []string
	for _, f := range e.facts {
		switch f.Type {
		case corpus.FactEvent:
			noun := eventNoun(f.What)
			if noun != "" {
				add(fmt.Sprintf(suggestWhen, noun))
				if len(f.Organisers) > 0 {
					add(fmt.Sprintf(suggestOrganiser, noun))
				}
			}
		case corpus.FactAward:
			if len(f.Recipients) > 0 || len(f.Winners) > 0 {
				add(fmt.Sprintf(suggestReceived, f.Award))
			}
			if f.Giver != "" {
				add(fmt.Sprintf(suggestGave, f.Award))
			}
		case corpus.FactQuantity:
			if len(strings.Fields(f.Unit)) >= 2 && !strings.ContainsAny(f.Unit, "()") {
				quantities = append(quantities, fmt.Sprintf(suggestCount, f.Unit))
			}
		case corpus.FactPerson:
			if len(f.Titles) > 0 {
				persons = append(persons, fmt.Sprintf(suggestTitle, f.Name))
			}
		case corpus.FactAbbreviation:
			if !f.Builtin {
				abbrs = append(abbrs, fmt.Sprintf(suggestAbbrev, f.Short))
			}
		case corpus.FactNamed:
			if f.Unit != "" && len(strings.Fields(f.Unit)) >= 2 {
				named = append(named, fmt.Sprintf(suggestNamed, f.Unit))
			}
		}
	}
	for _, group := range [][]string{quantities, persons, named, abbrs} {
		for _, q := range group {
			add(q)
		}
	}
	var out []string
	for _, c := range cands {
		if ctx.Err() != nil {
			break
		}
		q := e.parse(c)
		if got := e.answer(ctx, q, false); got.score >= e.scorer.Confidence.Threshold {
			out = append(out, c)
		}
		if len(out) == 12 {
			break
		}
	}
	return out
}

// eventNoun returns the event's noun with a capital: "Hội nghị".
func eventNoun(what string) string {
	f := strings.ToLower(what)
	for _, n := range eventNouns {
		if strings.HasPrefix(f, n+" ") || f == n {
			words := strings.Fields(what)
			return upperFirst(strings.Join(words[:len(strings.Fields(n))], " "))
		}
	}
	return ""
}

// pronouns refer back to the person of the previous answer.
var pronouns = lexicon.MustSet("pronouns").Words()

// followUpLeads may open a follow-up question before "còn", folded.
var followUpLeads = lexicon.MustSet("follow_up_leads_folded")

// trailingParticles end a question without content, folded.
var trailingParticles = lexicon.MustSet("trailing_particles_folded")

// followUp rewrites a follow-up question in the light of the previous
// turn: "còn Giấy khen thì sao?" after "ai được tặng Bằng khen?" becomes
// "ai được tặng Giấy khen?"; "ông ấy là ai?" names the person of the
// previous answer.
func (e *Engine) followUp(text string, prev *Turn) string {
	q := e.parse(text)
	// A pronoun: put the person of the previous answer in its place.
	for _, p := range pronouns {
		i := findPhrase(q.words, p)
		if i < 0 {
			continue
		}
		if name := e.personIn(prev.Answer.Answer + " " + prev.Question); name != "" {
			words := make([]string, 0, len(q.words))
			for k, w := range q.words {
				switch {
				case k == i:
					words = append(words, name)
				case k > i && k < i+len(strings.Fields(p)):
				default:
					words = append(words, w.text)
				}
			}
			return strings.Join(words, " ")
		}
	}
	// "(thế) còn X (thì sao)?": the previous question about X.
	lead := 0
	for lead < len(q.words) && followUpLeads.Has(q.words[lead].fold, lexicon.Exact) {
		lead++
	}
	if lead >= len(q.words) || q.words[lead].fold != "con" {
		return e.ellipsis(q, text, prev)
	}
	x := q.words[lead+1:]
	// "còn Giấy khen thì ai tặng?": the question after "thì", about X.
	for k, w := range x {
		if w.fold != "thi" || k == 0 || k+1 >= len(x) {
			continue
		}
		if rest := e.parse(strings.Join(words(x[k+1:]), " ")); rest.wh != whNone {
			return strings.Join(words(x[k+1:]), " ") + " " + strings.Join(words(x[:k]), " ")
		}
	}
	for len(x) > 0 {
		last := x[len(x)-1].fold
		if trailingParticles.Has(last, lexicon.Exact) {
			x = x[:len(x)-1]
			continue
		}
		break
	}
	if len(x) == 0 {
		return text
	}
	pq := e.parse(prev.Question)
	// "Ai trao Giấy khen?" … "còn ông Dũng?": what the other person did,
	// "ông Dũng trao gì", not the previous question again.
	if pq.wh == whWho && pq.whAt == 0 && e.refersToPerson(question{words: x}) {
		for _, w := range pq.words[pq.whEnd:] {
			if !w.isFiller() {
				return strings.Join(words(x), " ") + " " + w.text + " gì"
			}
		}
	}
	// The same kind of thing in the previous question: an award kind, or
	// what a count asked for.
	for _, kind := range byLength(corpus.AwardKinds()) {
		if findPhrase(x, kind) >= 0 {
			for _, old := range byLength(corpus.AwardKinds()) {
				if i := findPhrase(pq.words, old); i >= 0 {
					return replaceWords(pq.words, i, i+len(strings.Fields(old)), words(x))
				}
			}
		}
	}
	if pq.wh == whCount && len(pq.focus) > 0 {
		i := findPhrase(pq.words, textOf(pq.focus))
		if i >= 0 {
			return replaceWords(pq.words, i, i+len(pq.focus), words(x))
		}
	}
	return prev.Question + " " + strings.Join(words(x), " ")
}

// refersToPerson reports whether q names a person of the articles ("ông
// Dũng").
func (e *Engine) refersToPerson(q question) bool {
	for _, f := range e.facts {
		if f.Type == corpus.FactPerson && nameIn(q, f) {
			return true
		}
	}
	return false
}

// ellipsis reads a follow-up that asks something of the previous
// question's subject without naming it ("ở đâu?", "vào hôm nào vậy",
// "bn cá nhân", "trong đó bn HC bạc"): a count of another noun replaces
// the previous question's noun; any other question takes the previous
// question's words in place of its question word. A follow-up that names
// a subject of its own is read as it is.
func (e *Engine) ellipsis(q question, text string, prev *Turn) string {
	if q.wh == whNone || q.wh == whYesNo || len(without(e.content(q), "trong đó")) > len(q.focus) {
		return text
	}
	pq := e.parse(prev.Question)
	if pq.wh == whNone || pq.whAt < 0 {
		return text
	}
	if q.wh == whCount && pq.wh == whCount && len(q.focus) > 0 && len(pq.focus) > 0 {
		if i := findPhrase(pq.words, textOf(pq.focus)); i >= 0 {
			return replaceWords(pq.words, i, i+len(pq.focus), words(q.focus))
		}
	}
	var kept []string
	for k, w := range pq.words {
		if k < pq.whAt || k >= pq.whEnd {
			kept = append(kept, w.text)
		}
	}
	return strings.Join(kept, " ") + " " + text
}

func words(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
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
func (e *Engine) personIn(t string) string {
	at, name := -1, ""
	for _, f := range e.facts {
		if f.Type != corpus.FactPerson {
			continue
		}
		if i := strings.Index(t, f.Name); i >= 0 && (at < 0 || i < at) {
			at, name = i, f.Name
		}
	}
	return name
}

// textOf joins the lower-case text of ws.
func textOf(ws []word) string { return strings.Join(words(ws), " ") }
