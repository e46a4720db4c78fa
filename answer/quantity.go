package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// quantity answers how-many questions from the quantities the articles
// state: the thing counted must match what is asked ("bao nhiêu mô hình"
// → "55 mô hình"), and the clause around the number must match the rest of
// the question ("toàn tỉnh có tổng cộng bao nhiêu điểm mô hình" → 910, not
// the 215 built by members).
func (e *Engine) quantity(q question, content []word, scope map[string]bool) candidate {
	if q.wh != whCount || len(q.focus) == 0 {
		return candidate{}
	}
	var best candidate
	for _, f := range e.facts {
		if f.Type != corpus.FactQuantity || !scope[f.Passage] {
			continue
		}
		s := e.factSent(f)
		if s == nil {
			continue
		}
		at := s.find(strings.ToLower(f.Number), 0)
		for at >= 0 && !strings.HasPrefix(analysis.Fold(s.text[tokenStart(s, at):]), analysis.Fold(f.Number+" "+f.Unit)) {
			at = s.find(strings.ToLower(f.Number), at+1)
		}
		if at < 0 {
			continue
		}
		unit := foldWords(f.Unit)
		// Focus words in the unit count fully; those just before the
		// number or after the unit (up to the next number) count less.
		var got float64
		last := at + 1 + len(unit) // the word after the answer
		for _, w := range q.focus {
			switch {
			case share([]word{w}, unit) == 1:
				got++
			case near(s, w, at, len(unit), &last):
				got += 0.7
			}
		}
		unitScore := (got/float64(len(q.focus)) + share(unit, q.focus)) / 2
		from, to := s.clauseOf(at)
		clause := e.overlapIn(content, s, q.lang, from, to).coverage()
		whole := e.overlapOf(content, s, q.lang).coverage()
		score := 0.45*unitScore + 0.45*clause + 0.1*whole
		if unitScore == 0 {
			continue
		}
		if score > best.score {
			ans := f.Text
			if last > at+1+len(unit) {
				ans = s.text[tokenStart(s, at-len(strings.Fields(f.Qualifier))):tokenEnd(s, last-1)]
			}
			best = candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}}
		}
	}
	return best
}

// near reports whether focus word w is within three words before the
// number at, or after its unit up to the next number; it moves last, the
// word after the answer, past a match after the unit.
func near(s *sent, w word, at, unitLen int, last *int) bool {
	for p := at - 1; p >= 0 && p >= at-3 && !isNumberWord(s.lower[p]); p-- {
		if s.fold[p] == w.fold {
			return true
		}
	}
	for p := at + 1 + unitLen; p < len(s.fold) && p <= at+unitLen+4; p++ {
		if isNumberWord(s.lower[p]) {
			break
		}
		if s.fold[p] == w.fold {
			if p+1 > *last {
				*last = p + 1
			}
			return true
		}
	}
	return false
}

func isNumberWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// tokenStart and tokenEnd return the byte offsets of word i of s.
func tokenStart(s *sent, i int) int {
	if i < 0 {
		i = 0
	}
	if i >= len(s.starts) {
		return len(s.text)
	}
	return s.starts[i]
}

func tokenEnd(s *sent, i int) int {
	if i >= len(s.ends) {
		return len(s.text)
	}
	if i < 0 {
		return 0
	}
	return s.ends[i]
}
