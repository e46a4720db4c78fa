package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// comparedTimeLeads lead the time a when-question compares with: "giá
// tăng so với khi nào", "so sánh với cùng kỳ năm nào".
var comparedTimeLeads = phrasesOf(lexicon.MustSet("compared_time_leads").Words())

// comparedLeadGap is how many words at most stand between a lead of
// comparedTimeLeads and the question word it governs: "so với báo cáo
// ngày nào", "so sánh với cùng kỳ năm nào".
const comparedLeadGap = 4

// asksComparedTime reports whether q is a when-question whose question
// word follows "so với" (or "so sánh", "so cùng"): it asks for the time
// the article compares with ("tăng so với cùng kỳ năm nào" → "năm 2021"),
// which it writes after "so với", not for the date of the event.
func asksComparedTime(q question) bool {
	if q.wh != whWhen || q.whAt < 0 {
		return false
	}
	for _, pw := range comparedTimeLeads.items {
		at := pw.at(q.words[:q.whAt])
		if at >= 0 && q.whAt-(at+len(pw.parts)) <= comparedLeadGap {
			return true
		}
	}
	return false
}

// The compared time's confidence, as its own rules judge: a base of a
// comparison, and the share of the question's other words its sentence
// holds; a sentence holding less than minComparedCover of them is not the
// one asked about. comparedSentences is how many of the best sentences
// are read.
const (
	comparedScore     = 0.5
	comparedCover     = 0.4
	minComparedCover  = 0.3
	comparedSentences = 5
)

// comparedTime answers a when-question about the base of a comparison
// (asksComparedTime) with the time the best sentence writes after "so
// với": "giá cà phê … tăng 800.000 đồng/tấn so với tuần trước" gives
// "tuần trước" for "giá tăng so với khi nào", "… so với cùng kỳ năm 2023"
// gives "cùng kỳ năm 2023" for "so sánh với cùng kỳ năm nào". The span
// runs to the next break, at most comparedYearWindow words, and must hold
// a time of the kind asked, or for "khi nào" a base period cue ("tuần
// trước", "cùng kỳ").
func (d *document) comparedTime(q question, content []word, sc *scope) candidate {
	if !asksComparedTime(q) {
		return candidate{}
	}
	var best candidate
	bestCover := 0.0
	for _, b := range d.bestSentences(q, content, sc, comparedSentences) {
		s := b.s
		cover := b.o.coverage()
		if cover < minComparedCover || cover <= bestCover {
			continue
		}
		if span, ok := comparedSpan(q, s); ok {
			best = candidate{answer: span, kind: KindFact, refs: []ref{{s.p.ID, s.index}}, score: comparedScore + comparedCover*cover}
			bestCover = cover
		}
	}
	return best
}

// comparedSpan returns the first span of s written after a comparison
// phrase that answers q: up to the next break and at most
// comparedYearWindow words, holding a time of the kind q asks for, or, when
// q asks any time, a base period cue.
func comparedSpan(q question, s *sent) (string, bool) {
	for k := range s.fold {
		if !comparisonAt(s, k) {
			continue
		}
		from := k + comparisonPhraseWords
		if from >= len(s.fold) || breakBefore(s, from) {
			continue
		}
		to := from + 1
		for to < len(s.fold) && to < from+comparedYearWindow && !breakBefore(s, to) {
			to++
		}
		start, end := s.starts[from], s.ends[to-1]
		if heldTimeAsked(q, s, start, end) || q.when == whenAny && cuedBase(s.lower[from:to]) {
			return s.text[start:end], true
		}
	}
	return "", false
}

// breakBefore reports whether punctuation parts word i of s from the one
// before it: a comma, a bracket, a stop.
func breakBefore(s *sent, i int) bool {
	return i > 0 && strings.ContainsAny(s.text[s.ends[i-1]:s.starts[i]], comparedBreaks)
}

// comparedBreaks end the span of a compared time.
const comparedBreaks = ",;:()[].!?–"

// heldTimeAsked reports whether a time expression of the kind q asks for
// lies within bytes [start, end) of s.
func heldTimeAsked(q question, s *sent, start, end int) bool {
	for _, t := range s.times {
		if t.Start >= start && t.End <= end && q.asksFor(t.Kind) {
			return true
		}
	}
	return false
}

// cuedBase reports whether ws, lower-case words of a sentence, hold a base
// period cue (base_period_cues): "tuần trước", "cùng kỳ".
func cuedBase(ws []string) bool {
	joined := " " + strings.Join(ws, " ") + " "
	for _, c := range basePeriodCues {
		if strings.Contains(joined, " "+c+" ") {
			return true
		}
	}
	return false
}
