package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// This file answers a who-question that asks whose a thing is: "Quyết
// định 521 của ai?", "Bộ trưởng thừa ủy quyền của ai?", "Kỷ niệm chương
// là sự ghi nhận của ai?". The question word follows a possessive marker
// and ends the question; the answer is the one the sentence writes after
// the same marker, past the question's word before it ("thừa ủy quyền
// của Thủ tướng Chính phủ"), not the people the sentence names elsewhere
// (who did what was on that one's behalf).

// maxPossessorGap is the most words the sentence may write between the
// question's word before the marker and the marker: "sự ghi nhận, đánh
// giá cao của lãnh đạo Bộ Công an".
const maxPossessorGap = 4

// maxPossessorWords bounds the possessor read after the marker, in words.
const maxPossessorWords = 10

// asksPossessor reports whether q asks whose a thing is: its question
// word follows a possessive marker, after a word of its own, and only
// fillers follow it. "Ảnh của ai?" asks who took the photos (credits),
// which the article's credit line says, not a sentence.
func asksPossessor(q question) bool {
	return q.wh == whWho && q.whAt >= 2 && asksObject(q) && possessiveMarkers.Has(q.words[q.whAt-1].fold, lexicon.Folded) &&
		!(photoWordsList.in(q.words) && photoCreditWordsList.in(q.words))
}

// possessorIn returns the one sentence s writes after a possessive
// marker that follows the question's word before its marker, within
// maxPossessorGap words and no clause boundary ("thừa ủy quyền của Thủ
// tướng Chính phủ" → "Thủ tướng Chính phủ"), or "".
func possessorIn(q question, s *sent) string {
	anchor := q.words[q.whAt-2]
	for _, p := range s.pos[anchor.key(q.lang)] {
		for m := p + 1; m < len(s.lower) && m-p <= maxPossessorGap+1; m++ {
			if strings.ContainsAny(sepBefore(s, m), ".;:()“”\"") {
				break
			}
			if !possessiveMarkers.Has(s.lower[m], lexicon.Exact) {
				continue
			}
			if m+1 >= len(s.lower) || !spaced(s, m+1) {
				break
			}
			if end := possessorEnd(s, m+1); end > m+1 {
				return trimPunct(spanOf(s, m+1, end))
			}
			break
		}
	}
	return ""
}

// possessorEnd returns the end (exclusive) of the possessor that starts
// at word from of s: a role in a body or a title written whole ("lãnh
// đạo", "Chủ tịch nước"), then a name — capitalised syllables, each
// perhaps followed by one lower-case one ("Bộ Công an", "Thủ tướng Chính
// phủ") — to a word that ends a name or a break; a possessor that opens
// with neither is the phrase there ("tuổi trẻ Thủ đô").
func possessorEnd(s *sent, from int) int {
	j := from
	if n := headAt(s, from); n > 0 {
		j += n
	}
	for j < len(s.lower) && j-from < maxPossessorWords && spaced(s, j) {
		if !isCapital(s, j) && (j == from || !isCapital(s, j-1) || nameEndMarkers.Has(s.lower[j], lexicon.Exact) || opensPhrase(s, j)) {
			break
		}
		j++
	}
	if j == from {
		return phraseEnd(s, from, maxPossessorWords)
	}
	return j
}

// headAt returns how many words of s from word i spell a role in a body
// or a title head ("lãnh đạo", "Chủ tịch nước"), longest first, or 0.
func headAt(s *sent, i int) int {
	for _, set := range []*lexicon.Set{bodyRoles, titleHeadSet} {
		if n := s.match(set, i, len(s.lower)); n > 0 {
			return n
		}
	}
	return 0
}

// possessorOpens reports whether answer opens with the possessor sentence
// s writes for question q (possessorIn), compared folded.
func possessorOpens(q question, s *sent, answer string) bool {
	p := possessorIn(q, s)
	return p != "" && strings.HasPrefix(analysis.Fold(answer), analysis.Fold(p))
}
