package answer

import (
	"regexp"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// raceRecordWords ask a competitor's result: "thành tích", "về đích".
var raceRecordWords = phrasesOf(lexicon.MustSet("race_record_words").Words())

// raceTimeRE is a race time written hours, minutes and seconds apart by
// colons: "2:13:57", "01:19:53" — no clock time, which gives no seconds.
var raceTimeRE = regexp.MustCompile(`\b\d{1,2}:\d{2}:\d{2}\b`)

// raceTimeColon parts a race time's numbers, raceTimeColons times.
const (
	raceTimeColon  = ":"
	raceTimeColons = 2
)

// raceTimeSentences is how many of the best sentences raceTime reads.
const raceTimeSentences = 5

// raceTimeScore is the generator's confidence in the race time written
// after the only competitor the question names.
const raceTimeScore = 0.7

// raceTime answers how long a competitor the question names took, or
// what result they reached: "Kennedy Kiprop Chelimo chạy hết bao lâu",
// "Doãn Thị Oanh đạt thành tích bao nhiêu?". Results write each
// competitor's name, then the race time ("giải Nhất Nam thuộc về VĐV
// Kennedy Kiprop Chelimo (2:13:57, …)"); the time answers for the part of
// the sentence before it, back to the time before it, whose capitalised
// words hold most of the question's words — one part only, a tie naming
// nobody certain. The question asks a length of time, a count or number,
// or names a result (race_record_words); a yes-no question's claim is
// judged by its own generator ("Có phải thành tích của Chelimo là kỷ lục
// không?").
func (d *document) raceTime(q question, content []word, sc *scope) candidate {
	asks := q.wh == whWhen && q.when == whenLength || q.wh == whCount || q.wh == whNumber || raceRecordWords.in(q.words)
	if !asks || q.wh == whYesNo || len(content) == 0 {
		return candidate{}
	}
	asked := map[string]bool{}
	for _, w := range content {
		if !w.num {
			asked[w.fold] = true
		}
	}
	bestN, tie := 0, false
	var best candidate
	for _, b := range d.bestSentences(q, content, sc, raceTimeSentences) {
		s := b.s
		if strings.Count(s.text, raceTimeColon) < raceTimeColons {
			// No race time to look for: the regular expression is slow.
			continue
		}
		from := 0
		for _, m := range raceTimeRE.FindAllStringIndex(s.text, -1) {
			n := 0
			for j := range s.starts {
				if s.starts[j] >= from && s.ends[j] <= m[0] && isCapital(s, j) && asked[s.fold[j]] {
					n++
				}
			}
			from = m[1]
			switch {
			case n > bestN:
				bestN, tie = n, false
				best = candidate{answer: s.text[m[0]:m[1]], kind: KindPassage, score: raceTimeScore, refs: []ref{{s.p.ID, s.index}}}
			case n == bestN && n > 0 && s.text[m[0]:m[1]] != best.answer:
				tie = true
			}
		}
	}
	if bestN == 0 || tie {
		return candidate{}
	}
	return best
}
