package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// adverbialStarts are the first words of a leading adverbial phrase
// ("Sáng nay 19/9,", "Dịp này,", "Phát biểu tại hội nghị,").
var adverbialStarts = lexicon.MustSet("adverbial_starts")

// clauses splits token range [from, to) of s at ";" into clauses.
func (s *sentence) clauses() [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(s.toks); i++ {
		if i == len(s.toks) || strings.Contains(s.sep(i), ";") {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return out
}

// skipAdverbial returns the first token of clause [from, to) after a
// leading adverbial phrase and its comma.
// Several may follow each other: "Chiều 12/11, tại Nhà Văn hóa tỉnh,".
func (s *sentence) skipAdverbial(from, to int) int {
	for {
		next := s.skipOneAdverbial(from, to)
		if next == from {
			return from
		}
		from = next
	}
}

func (s *sentence) skipOneAdverbial(from, to int) int {
	if from >= to || s.match(adverbialStarts, from) == 0 {
		return from
	}
	for i := from + 1; i < to && i-from <= 8; i++ {
		if strings.Contains(s.sep(i), ",") {
			return i
		}
	}
	return from
}
