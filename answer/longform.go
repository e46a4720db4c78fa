package answer

import (
	"fmt"
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// longFormScore is the generator's confidence in the usual long form of an
// abbreviation the articles do not use, found written out in them: the
// article uses the words the abbreviation stands for, but does not say
// that it stands for them.
const longFormScore = 0.8

// longFormWritten answers what an abbreviation means when the articles do
// not use it but write its usual long form: "KHKT là gì?" of an article
// that writes "khoa học kỹ thuật" is answered by those words, as the
// article writes them, cited where it first does. News writing spells a
// term out in full as often as it shortens it; the question shortens it
// the way readers do. One abbreviation only: a question that expanded
// two asks of neither alone.
func (d *document) longFormWritten(q question) candidate {
	if len(q.expanded) != 1 || len(q.shortened) != 1 {
		return candidate{}
	}
	long := analysis.FoldedWords(q.expanded[0])
	if len(long) == 0 {
		return candidate{}
	}
	for _, s := range d.sents {
		at := foldedRun(s, long)
		if at < 0 {
			continue
		}
		written := s.text[s.starts[at]:s.ends[at+len(long)-1]]
		ans := fmt.Sprintf(msgAbbrevWritten, strings.ToUpper(q.shortened[0]), written)
		return candidate{answer: ans, kind: KindFact, score: longFormScore, refs: []ref{{s.p.ID, s.index}}}
	}
	return candidate{}
}

// foldedRun returns the first word of s from which s writes the folded
// words run (foldsAt), or -1.
func foldedRun(s *sent, run []string) int {
	for p := range s.fold {
		if foldsAt(s, p, run) {
			return p
		}
	}
	return -1
}
