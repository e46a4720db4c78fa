package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// detailOpeners open the paragraph that details the event a lead reports
// ("Theo đó, …", "Cụ thể, …").
var detailOpeners = lexicon.MustSet("detail_openers").Words()

// happenVerbs ask when an event happened ("xảy ra").
var happenVerbs = lexicon.MustSet("happen_verbs").Words()

// causativeVerbs write a cause before its effect ("…, gây tai nạn").
var causativeVerbs = lexicon.MustSet("causative_verbs")

// happenedCover is how much of the question's words others, less its
// verbs of happening ("xảy ra"), the lead sentence s holds: a question
// that asks when the event happened names it by its other words. It is 0
// when others holds no such verb, or nothing else.
func (d *document) happenedCover(q question, others []word, s *sent) float64 {
	happened := without(others, happenVerbs...)
	if len(happened) == 0 || len(happened) == len(others) {
		return 0
	}
	return d.overlapOf(q, happened, s).coverage()
}

// detailDayReach is how many words may stand between a detail opener and
// the time it gives ("Theo đó, hồi 12h08 ngày 08/3": "hồi").
const detailDayReach = 3

// detailCauseMinWords is the fewest words a cause written before a
// causative verb holds: "Tai nạn khiến …" names no cause.
const detailCauseMinWords = 3

// detailCauseScore is the generator's base confidence in a cause read
// before a causative verb whose effect is the question's event.
const detailCauseScore = 0.5

// detailDay returns the day the paragraph after the lead that reports f
// gives the event when it opens with a detail opener and a day ("Theo đó,
// tối 5.1, …"), and the sentence that writes it. News leads often date
// the report ("Ngày 6.1, Công an … cho biết …") or no day at all ("vừa
// bước đầu xác định …"), and the detail paragraph dates the event.
func (d *document) detailDay(f corpus.Fact, q question) (string, ref, bool) {
	a := d.leadArticle(f)
	if a == nil {
		return "", ref{}, false
	}
	for _, p := range a.Passages {
		if p.Kind != corpus.KindParagraph {
			continue
		}
		s := d.sentOf[ref{p.ID, 0}]
		if s == nil {
			return "", ref{}, false
		}
		n := openerLength(s)
		if n == 0 {
			return "", ref{}, false
		}
		for _, t := range s.times {
			if !q.asksFor(t.Kind) || !datesDay(t) {
				continue
			}
			if wordsBefore(s, t.Start)-n > detailDayReach {
				return "", ref{}, false
			}
			return t.Text, ref{p.ID, 0}, true
		}
		return "", ref{}, false
	}
	return "", ref{}, false
}

// openerLength is the number of words of the detail opener s starts
// with, followed by a comma, or 0.
func openerLength(s *sent) int {
	for _, o := range detailOpeners {
		parts := strings.Fields(o)
		n := len(parts)
		if n >= len(s.lower) || strings.Join(s.lower[:n], " ") != o {
			continue
		}
		if strings.Contains(s.text[s.ends[n-1]:s.starts[n]], ",") {
			return n
		}
	}
	return 0
}

// datesDay reports whether t names a day: a date, or a clock time with
// one ("12h08 ngày 08/3").
func datesDay(t analysis.TimeSpan) bool {
	switch t.Kind {
	case analysis.TimeDate:
		return true
	case analysis.TimeClock:
		return strings.ContainsAny(t.Text, "/.-")
	}
	return false
}

// wordsBefore is the number of words of s that start before byte offset at.
func wordsBefore(s *sent, at int) int {
	n := 0
	for n < len(s.starts) && s.starts[n] < at {
		n++
	}
	return n
}

// detailCause returns the cause of the event the lead that reports f
// tells, read from the lead or the paragraphs that detail it
// (detailParagraphs) where a causative verb is followed by the question's
// words ("tài xế N. … đi không đúng làn đường, gây tai nạn giao thông"
// for "nguyên nhân vụ tai nạn"): the words before the verb, back to the
// comma that opens their part of the sentence.
func (d *document) detailCause(f corpus.Fact, content []word, _ string) (string, ref, bool) {
	lead, ok := d.passages[f.Passage]
	if !ok || lead.Kind != corpus.KindLead || len(content) == 0 {
		return "", ref{}, false
	}
	a := d.byID[lead.Article]
	if a == nil {
		return "", ref{}, false
	}
	asked := foldSet(content)
	read := 0
	for _, p := range a.Passages {
		if p.Kind != corpus.KindLead && p.Kind != corpus.KindParagraph {
			continue
		}
		for i := range p.Sentences {
			s := d.sentOf[ref{p.ID, i}]
			if s == nil {
				continue
			}
			if c, ok := causeBeforeVerb(s, asked); ok {
				return c, ref{p.ID, i}, true
			}
		}
		if p.Kind == corpus.KindParagraph {
			if read++; read == detailParagraphs {
				break
			}
		}
	}
	return "", ref{}, false
}

// causeBeforeVerb returns the cause s writes before a causative verb
// whose effect opens with a word asked (folded), back to the comma before
// it, when it holds at least detailCauseMinWords words, not all asked.
func causeBeforeVerb(s *sent, asked map[string]bool) (string, bool) {
	for i := 1; i+1 < len(s.lower); i++ {
		if !causativeVerbs.Has(s.lower[i], lexicon.Exact) || !asked[s.fold[i+1]] {
			continue
		}
		// Back from the word before the verb ("…, gây"): to the comma
		// before it.
		j := i - 1
		for j > 0 && !strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ",;:") {
			j--
		}
		if i-j < detailCauseMinWords {
			continue
		}
		own := 0
		for k := j; k < i; k++ {
			if !asked[s.fold[k]] {
				own++
			}
		}
		if own < detailCauseMinWords {
			continue
		}
		return upperFirst(trimPunct(s.text[s.starts[j]:s.ends[i-1]])), true
	}
	return "", false
}

// leadAnd cites the lead's sentence that reports an event, then at, the
// sentence that details it, unless at is the lead's sentence.
func leadAnd(lead, at ref) []ref {
	if at == lead {
		return []ref{lead}
	}
	return []ref{lead, at}
}
