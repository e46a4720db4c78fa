package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// alternativeTrails may follow the word that joins a choice's options and
// belong to it ("hay là"); alternativeAdverbLeads, before "hay", make it an
// adverb or an adjective ("thường hay", "rất hay"), no choice.
var (
	alternativeTrails      = lexicon.MustSet("alternative_word_trails")
	alternativeAdverbLeads = lexicon.MustSet("alternative_adverb_leads")
)

const (
	// maxChoiceWords is the most words an option of a choice holds:
	// "được chỉ định", "phó giám đốc".
	maxChoiceWords = 4
	// choiceSentences is how many of the best sentences the choice
	// generator reads for the option the article supports.
	choiceSentences = 10
	// minChoiceCover is the least share of the question's other words a
	// sentence must hold to decide a choice.
	minChoiceCover = 0.5
	// choiceReach is how many words from an option a word of the
	// question's other words may stand for a sentence that writes both
	// options to decide by it ("Trường Mầm non Sao Mai").
	choiceReach = 2
)

// A choice is what a question asking which of two options holds offers:
// "được bầu hay được chỉ định", "giám đốc hay phó giám đốc", "tăng hay
// giảm".
type choice struct {
	// options are the two options, as the question writes them.
	options [2][]word
	// at and end delimit, in the question's words, the options and the
	// word that joins them.
	at, end int
	// head is the cue of a part of the day the options share, written
	// once before the first ("buổi" of "buổi sáng hay chiều"), which the
	// article need not write ("Chiều 5/12, …"); nil when none.
	head *word
}

// readChoice reads a choice between two options for a question that asks
// nothing else (whNone), or a part of the day as one ("trao huân chương
// vào buổi sáng hay chiều", partOfDayChoice): the word that joins them
// ("hay", "hoặc", "hay là"), the second option up to the end of the
// question or a trailing particle, and the first as long or as short as
// the two differ: sharing
// its head ("được bầu hay được chỉ định"), sharing its tail ("cùng chiều
// hay ngược chiều", "giám đốc hay phó giám đốc") or neither ("mầm non hay
// tiểu học"). A "hay" after an adverb ("thường hay") or with nothing
// after it ("bài hát hay") joins no options.
func (q *question) readChoice() *choice {
	if q.wh != whNone && !(q.wh == whWhen && q.when == whenPartOfDay) {
		return nil
	}
	ws := q.words
	for h := 1; h < len(ws)-1; h++ {
		if !alternatives.Has(ws[h].fold, lexicon.Folded) || alternativeAdverbLeads.Has(ws[h-1].fold, lexicon.Folded) {
			continue
		}
		from := h + 1
		if from < len(ws)-1 && alternativeTrails.Has(ws[from].fold, lexicon.Folded) {
			from++
		}
		to := len(ws)
		for k := from + 1; k < to; k++ {
			if comparisonMarkersList.startsAt(ws, k) {
				// "tăng hay giảm so với năm 2021": the base compared
				// with is no part of the option.
				to = k
				break
			}
		}
		for to > from && trailingParticles.Has(ws[to-1].fold, lexicon.Exact) {
			to--
		}
		second := ws[from:to]
		if len(second) == 0 || len(second) > maxChoiceWords {
			return nil
		}
		first := firstOption(ws[:h], second)
		if len(first) == 0 || phraseOf(first) == phraseOf(second) {
			return nil
		}
		c := &choice{options: [2][]word{first, second}, at: h - len(first), end: to}
		if c.at > 0 && partOfDays.has(first[0]) && partOfDayCues.Has(ws[c.at-1].fold, lexicon.Folded) {
			c.head = &ws[c.at-1]
		}
		return c
	}
	return nil
}

// firstOption returns the option before the joining word, whose words are
// before, that parallels second (see readChoice).
func firstOption(before, second []word) []word {
	h := len(before)
	// Sharing its head: "được bầu hay được chỉ định".
	for j := h - 1; j >= 0 && j >= h-maxChoiceWords; j-- {
		if before[j].fold == second[0].fold {
			if j == h-1 {
				break // "A A": no option
			}
			return before[j:]
		}
	}
	// Sharing its tail: "giám đốc hay phó giám đốc", "cùng chiều hay
	// ngược chiều": the tail, and as many words before it as the second
	// option writes before its own, up to a function word.
	tail := 0
	for tail < len(second) && tail < h && before[h-1-tail].fold == second[len(second)-1-tail].fold {
		tail++
	}
	if tail == len(second) {
		return nil // "A hay A"
	}
	from := h
	for from > 0 && h-from < len(second) && (h-from < tail || !before[from-1].isFiller()) {
		from--
	}
	return before[from:]
}

// optionIn returns where words lower (folded fold) write option o, as
// typed, outside any place they write other, a longer option holding it
// ("giám đốc" of "Phó Giám đốc" is no "giám đốc"); -1 when nowhere.
func optionIn(o, other []word, lower, fold []string) int {
	for k := 0; k+len(o) <= len(fold); k++ {
		if optionAt(o, lower, fold, k) && !insideOther(o, other, lower, fold, k) {
			return k
		}
	}
	return -1
}

// insideOther reports whether option o, written at k, is part of where
// lower and fold write other, a longer option that holds it.
func insideOther(o, other []word, lower, fold []string, k int) bool {
	if len(other) <= len(o) {
		return false
	}
	for j := max(0, k-len(other)+len(o)); j <= k; j++ {
		if j+len(other) <= len(fold) && optionAt(other, lower, fold, j) {
			return true
		}
	}
	return false
}

// optionAt reports whether lower and fold write o at k: folded alike, and
// as typed where o is read as typed (the question was typed with
// diacritics: "nam" of "nam hay nữ" is no "năm").
func optionAt(o []word, lower, fold []string, k int) bool {
	for i, w := range o {
		if k+i >= len(fold) || w.fold != fold[k+i] || w.typedAs() && w.text != lower[k+i] {
			return false
		}
	}
	return true
}

// choiceHeld tells which options of c words lower and fold hold (optionIn).
func choiceHeld(c *choice, lower, fold []string) (first, second int) {
	return optionIn(c.options[0], c.options[1], lower, fold), optionIn(c.options[1], c.options[0], lower, fold)
}

// otherWords returns the question's content words that are no word of
// its choice's options, of their shared head nor the word joining them:
// what a sentence that decides it must be about.
func (c *choice) otherWords(content []word) []word {
	in := map[string]bool{}
	for _, o := range c.options {
		for _, w := range o {
			in[w.fold] = true
		}
	}
	if c.head != nil {
		in[c.head.fold] = true
	}
	var out []word
	for _, w := range content {
		if !in[w.fold] && !alternatives.Has(w.fold, lexicon.Folded) {
			out = append(out, w)
		}
	}
	return out
}

// choiceAnswer answers a choice question ("Bí thư phường được bầu hay được
// chỉ định?") with the option the article supports: the best sentence
// that holds most of the question's other words (minChoiceCover) and one
// of its options decides it, and the answer is that option as the
// sentence writes it, with the sentence as evidence. A sentence holding
// both options, or none that holds either, decides nothing.
func (d *document) choiceAnswer(q question, content []word, sc *scope) candidate {
	c := q.choice
	if c == nil {
		return candidate{}
	}
	other := c.otherWords(content)
	if len(other) == 0 {
		return candidate{}
	}
	for _, b := range d.bestSentences(q, other, sc, choiceSentences) {
		if b.o.coverage() < minChoiceCover {
			break
		}
		first, second := choiceHeld(c, b.s.lower, b.s.fold)
		if first < 0 && second < 0 {
			continue
		}
		if first >= 0 && second >= 0 {
			// Both: the one written beside the question's other words
			// ("Trường Tiểu học Số 1 …, Trường Mầm non Sao Mai" for "Sao
			// Mai là trường mầm non hay tiểu học"), else neither.
			first, second = besideOther(c, b.s, b.o)
			if first < 0 && second < 0 || first >= 0 && second >= 0 {
				return candidate{}
			}
		}
		at, n := first, len(c.options[0])
		if at < 0 {
			at, n = second, len(c.options[1])
		}
		said := b.s.text[b.s.starts[at]:b.s.ends[at+n-1]]
		return candidate{
			answer: said + choiceQuoteOpen + strings.TrimSpace(b.s.text) + choiceQuoteClose,
			kind:   KindPassage,
			score:  b.o.coverage(),
			refs:   []ref{{b.s.p.ID, b.s.index}},
		}
	}
	return candidate{}
}

// besideOther returns where s writes each option of c within
// choiceReach words of a word of the question's other words it holds (o),
// in the same part of the sentence; -1 for an option written nowhere
// beside them.
func besideOther(c *choice, s *sent, o overlap) (first, second int) {
	near := func(k, n int) bool {
		lo, hi := s.segment(k)
		for _, p := range o.pos {
			if p < lo || p >= hi || p < 0 {
				continue
			}
			if p >= k-choiceReach && p < k+n+choiceReach {
				return true
			}
		}
		return false
	}
	at := [2]int{-1, -1}
	for i, opt := range c.options {
		other := c.options[1-i]
		for k := 0; k+len(opt) <= len(s.fold); k++ {
			if optionAt(opt, s.lower, s.fold, k) && !insideOther(opt, other, s.lower, s.fold, k) && near(k, len(opt)) {
				at[i] = k
				break
			}
		}
	}
	return at[0], at[1]
}

// choiceQuoteOpen and choiceQuoteClose frame the sentence a choice's
// answer quotes as its evidence.
const (
	choiceQuoteOpen  = " (“"
	choiceQuoteClose = "”)"
)

// choiceOfAnswer tells, for a choice question, whether an answer's tokens
// hold exactly one of its options (one) or both or neither (unresolved).
func choiceOfAnswer(c *choice, toks []analysis.Token) (one, unresolved bool) {
	if c == nil {
		return false, false
	}
	lower, fold := make([]string, len(toks)), make([]string, len(toks))
	for i, t := range toks {
		lower[i], fold[i] = strings.ToLower(t.Text), t.Folded
	}
	first, second := choiceHeld(c, lower, fold)
	one = (first >= 0) != (second >= 0)
	return one, !one
}
