package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/hoidap/hoidap/corpus"
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

// words returns the words as typed.
func words(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// textOf joins the lower-case text of ws.
func textOf(ws []word) string { return strings.Join(words(ws), " ") }
