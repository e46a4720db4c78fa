package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// Word lists of the way of travel (direction).
var (
	// directionAsks ask which way someone was travelling: "chạy theo
	// hướng nào".
	directionAsks = phrasesOf(lexicon.MustSet("direction_asks").Words())
	// directionWords is the noun a way of travel is written after.
	directionWords = lexicon.MustSet("direction_words")
	// directionFrom opens where the way starts: "hướng từ …".
	directionFrom = lexicon.MustSet("direction_from")
	// directionJoiners join where it starts to where it goes: "… đi …".
	directionJoiners = lexicon.MustSet("direction_joiners")
	// directionEnds end it: the clause that goes on after it.
	directionEnds = lexicon.MustSet("direction_ends")
	// directionCompounds make "hướng" part of another word, written
	// before it or after it: "hướng dẫn", "định hướng".
	directionCompounds = lexicon.MustSet("direction_compounds")
)

// directionDashes join two ends of a way written as a pair: "hướng Bắc -
// Nam", "hướng Phan Thiết – Dầu Giây".
var directionDashes = []string{"-", "–"}

// directionStops are the marks that end a way of travel in the gap
// between two words: a comma, a bracket, a quote, a colon.
const directionStops = ",;:()[]“”\"!?"

// directionStop is a stop followed by a space; glued to the next word, or
// after an abbreviated unit of place, it shortens a name ("TP.Thủ Dầu
// Một", "TP. HCM").
const directionStop = ". "

// directionSentences is how many of the sentences that best hold the
// question's words direction reads, best first: a report writes a way of
// travel once or twice, often in a sentence that holds few of the
// question's words ("đi theo hướng nào" of "lưu thông theo hướng từ …").
const directionSentences = 20

// maxDirectionWords bounds the words of a way of travel after its noun.
const maxDirectionWords = 12

// directionScore and directionScoreCover make the generator's confidence:
// the base and what the question's coverage of the sentence adds.
const (
	directionScore      = 0.4
	directionScoreCover = 0.4
)

// direction answers which way someone or something was travelling
// ("Xe tải chạy theo hướng nào?", "xe khach chay huong di dau") with the
// way the report writes after "hướng" in the sentence that best holds the
// question's words: where it starts and where it goes, joined by a verb
// of motion or a dash ("hướng từ ngã ba Tân Vạn đi QL1K", "hướng Đồng Nai
// đi TPHCM", "hướng Nam - Bắc"), up to a comma, a bracket, an auxiliary
// or the clause that goes on ("… thì va chạm với …", "… đi Đắk Lắk đã va
// chạm …"). A "hướng" with no such way after it ("phát triển theo hướng
// bền vững") answers nothing.
func (d *document) direction(q question, content []word, sc *scope) candidate {
	if !directionAsks.in(q.words) || askedCompound(q) {
		return candidate{}
	}
	for _, b := range d.bestSentences(q, content, sc, directionSentences) {
		s := b.s
		for k := range s.lower {
			if !directionWords.Has(s.lower[k], lexicon.Exact) || directionCompound(s, k) {
				continue
			}
			if end, ok := directionSpan(s, k); ok {
				score := directionScore + directionScoreCover*b.o.coverage()
				return candidate{answer: s.text[s.starts[k]:s.ends[end-1]], kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}}
			}
		}
	}
	return candidate{}
}

// directionSpan reads the way of travel written after the direction noun
// at word k of s: it returns the end (exclusive) of its words, and ok
// when they join two ends by a verb of motion or a dash, or open with the
// verb and name where it goes ("hướng đi QL1K").
func directionSpan(s *sent, k int) (end int, ok bool) {
	from := k + 1
	if from < len(s.lower) && directionFrom.Has(s.lower[from], lexicon.Exact) {
		from++
	}
	end = k + 1
	for end < len(s.lower) {
		if directionGapStops(s, end) || end >= from && (directionEnds.Has(s.lower[end], lexicon.Exact) && !isCapital(s, end) || auxiliaries.Has(s.lower[end], lexicon.Exact)) {
			// "Lao" of "Lao Bảo" is a name, not "lao" (to crash).
			break
		}
		if end-k >= maxDirectionWords {
			return 0, false // no end in sight: a clause, not a way
		}
		end++
	}
	if end-from < 2 {
		return 0, false
	}
	for j := from; j < end; j++ {
		joined := directionJoiners.Has(s.lower[j], lexicon.Exact) && !isCapital(s, j) && j+1 < end
		if joined && (j > from || isCapital(s, j+1)) {
			return end, true
		}
		if j > from && isDirectionDash(s.gap(j)) {
			return end, true
		}
	}
	return 0, false
}

// directionGapStops reports whether the text before word i of s ends a way
// of travel: a comma, a bracket, a quote, or a stop followed by a space
// but after an abbreviated unit of place ("TP. HCM").
func directionGapStops(s *sent, i int) bool {
	gap := s.gap(i)
	if strings.ContainsAny(gap, directionStops) {
		return true
	}
	return strings.Contains(gap, directionStop) && !adminAbbreviations.Has(s.text[s.starts[i-1]:s.ends[i-1]], lexicon.Exact)
}

// directionCompound reports whether "hướng" at word k of s is part of
// another word: "hướng dẫn", "định hướng" (directionCompounds).
func directionCompound(s *sent, k int) bool {
	return k+1 < len(s.lower) && spaced(s, k+1) && directionCompounds.Has(s.lower[k+1], lexicon.Exact) ||
		k > 0 && spaced(s, k) && directionCompounds.Has(s.lower[k-1], lexicon.Exact)
}

// askedCompound reports whether the question writes the direction noun as
// part of another word ("xu hướng nào", "định hướng nào"): no way of
// travel is asked.
func askedCompound(q question) bool {
	for i, w := range q.words {
		if !directionWords.Has(w.fold, lexicon.Folded) {
			continue
		}
		if i > 0 && directionCompounds.Has(q.words[i-1].fold, lexicon.Folded) || i+1 < len(q.words) && directionCompounds.Has(q.words[i+1].fold, lexicon.Folded) {
			return true
		}
	}
	return false
}

// isDirectionDash reports whether the text between two words is a dash
// joining two ends of a way.
func isDirectionDash(gap string) bool {
	g := strings.TrimSpace(gap)
	for _, d := range directionDashes {
		if g == d {
			return true
		}
	}
	return false
}
