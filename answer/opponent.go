package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// defeatVerbs beat an opponent ("đánh bại", "thắng"); countries name the
// side an opponent is from.
var (
	defeatVerbs = lexicon.MustSet("defeat_verbs")
	countries   = lexicon.MustSet("countries")
)

const (
	// opponentSentences is how many of the best sentences are read for
	// the opponent of a match.
	opponentSentences = 5
	// opponentReach is how many words past its verb the article may name
	// the opponent's country ("đả bại VĐV của chủ nhà Thái Lan").
	opponentReach = 8
	// opponentBase is the generator's confidence in the country it reads.
	opponentBase = 0.6
)

// defeatAt returns the position of the first defeat verb in ws (as typed)
// and its length in words, or -1.
func defeatAt(ws []string, mode lexicon.Mode) (int, int) {
	for i := range ws {
		if !defeatVerbs.StartsPhrase(ws[i], mode) {
			continue
		}
		for n := defeatVerbs.MaxWords(); n >= 1; n-- {
			if i+n <= len(ws) && defeatVerbs.HasPhrase(ws[i:i+n], mode) {
				return i, n
			}
		}
	}
	return -1, 0
}

// opponent answers the country or side of the opponent a named player or
// team beat or lost to ("Nguyễn Quang Huy đánh bại VĐV nước nào?"): the
// first country written after the defeat verb of the best sentence that
// holds the question's names, in its part of the sentence and within
// opponentReach words ("đánh bại đối thủ tới từ Myanmar", "thắng Lào").
func (d *document) opponent(q question, content []word, sc *scope) candidate {
	if q.whAt < 0 || len(content) == 0 {
		return candidate{}
	}
	if v, _ := defeatAt(words(q.words), lexicon.AsTyped); v < 0 || v > q.whAt {
		return candidate{}
	}
	names := questionNames(q)
	best := d.bestSentences(q, content, sc, opponentSentences)
	for _, b := range best {
		if !holdsNames(b.s, names) {
			continue
		}
		v, n := defeatAt(b.s.lower, lexicon.Exact)
		if v < 0 {
			continue
		}
		if c := b.s.countryAfter(v+n, names); c != "" {
			return candidate{answer: c, kind: KindPassage, score: opponentBase, refs: []ref{{b.s.p.ID, b.s.index}}}
		}
	}
	return candidate{}
}

// countryAfter returns the first country s names from word i, in its part
// of the sentence and within opponentReach words, that is not one of the
// question's names, or "".
func (s *sent) countryAfter(i int, names map[string]bool) string {
	if i >= len(s.starts) {
		return ""
	}
	_, hi := s.segment(i)
	for j := i; j < hi && j < i+opponentReach; j++ {
		if !isCapital(s, j) {
			continue
		}
		for n := countries.MaxWords(); n >= 1; n-- {
			if j+n > hi {
				continue
			}
			name := s.text[s.starts[j]:s.ends[j+n-1]]
			if countries.Has(strings.Join(strings.Fields(name), " "), lexicon.Exact) && !askerPlace(name, names) {
				return name
			}
		}
	}
	return ""
}
