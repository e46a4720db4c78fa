package answer

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
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
			if noun, ok := countedNoun(f.Unit, closedAfter(e.factSentText(f), f.Text)); ok {
				quantities = append(quantities, fmt.Sprintf(suggestCount, noun))
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

// countNounEnds end a counted noun asked back, beside danglingWords;
// gluedUnitWords are measures ("kg", "ha"), not things counted.
var (
	countNounEnds  = lexicon.MustSet("count_noun_ends")
	gluedUnitWords = lexicon.MustSet("glued_units")
)

// minSuggestedNoun is the fewest words of a noun a count suggestion asks
// of: "Có bao nhiêu người?" says too little to be worth asking.
const minSuggestedNoun = 2

// countedNoun returns the noun a suggested count question asks of, read
// from a quantity's unit: the things counted, never a measure written
// short, a span of time, an amount of money, a scale or a number word
// ("ha", "tháng tù", "triệu đồng", "%", "mươi hai hộ": those are asked
// otherwise or misread) nor a verb ("bị ùn tắc"), up to the
// first word that ends a noun phrase (a function word, a comma, a name's
// capital: "học sinh lẫn người dân" is "học sinh"). ok is false when no noun of minSuggestedNoun words
// is left, or when the unit is as long as the corpus reads units and
// nothing ended it, neither in it nor right after it in its sentence
// (closed): it may have been cut inside a name ("thành viên bến bãi an").
func countedNoun(unit string, closed bool) (string, bool) {
	ws := strings.Fields(unit)
	if len(ws) == 0 {
		return "", false
	}
	first := strings.ToLower(ws[0])
	_, scale := numberScales[first]
	if scale || first == "%" || durationUnits.Has(first, lexicon.Exact) || incidentalUnits.Has(first, lexicon.Exact) ||
		moneyUnitWords.Has(first, lexicon.Exact) || gluedUnitWords.Has(first, lexicon.Exact) || danglingWords.Has(first, lexicon.Exact) ||
		numberWords.has(analysis.Fold(first)) {
		return "", false
	}
	end, ended := len(ws), false
	for i, w := range ws {
		if i > 0 && (startsUpper(w) || endsCountedNoun(strings.ToLower(w))) {
			end, ended = i, true
			break
		}
		if strings.ContainsAny(w, ",:;()\"“”") {
			if t := strings.TrimRight(w, ",:;)\"”"); t == w || strings.ContainsAny(t, ",:;()\"“”") {
				return "", false
			}
			ws[i] = strings.TrimRight(w, ",:;)\"”")
			end, ended = i+1, true
			break
		}
	}
	if !ended && !closed && len(ws) >= corpus.MaxUnitWords {
		return "", false
	}
	if end < minSuggestedNoun {
		return "", false
	}
	return strings.Join(ws[:end], " "), true
}

// endsCountedNoun reports whether the lower-case word w ends a counted
// noun asked back: a function word (danglingWords), a word that ends a
// unit (unitStops) or opens a phrase of its own (phraseCuts), or one of
// countNounEnds.
func endsCountedNoun(w string) bool {
	for _, set := range []*lexicon.Set{danglingWords, unitStops, phraseCuts, countNounEnds} {
		if set.Has(w, lexicon.Exact) {
			return true
		}
	}
	return false
}

// closedAfter reports whether text, found in sentence, is followed there
// by punctuation or by the sentence's end, not by another word.
func closedAfter(sentence, text string) bool {
	i := strings.Index(sentence, text)
	if i < 0 || text == "" {
		return false
	}
	rest := sentence[i+len(text):]
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsSpace(r) && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
