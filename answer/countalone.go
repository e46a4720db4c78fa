package answer

import (
	"strings"

	"github.com/hoidap/hoidap/corpus"
)

// countAlone reports whether the number at word at of s is the only
// figure its article gives of what it counts: no other quantity of the
// article, of another value and no change ("tăng 3 người"), is written
// before the same unit word
// (unitWord, past a scale: "33 người", "1,5 tỷ đồng"). An article that
// counts the members of one committee once answers "bao nhiêu người"
// with that figure; one that gives "4 trường", "3 trường" and "2
// trường" leaves the choice to the words around each. known is false
// when the number has no unit word, or counts a share ("18%"), which
// every change of an article shares.
func (d *document) countAlone(s *sent, at int) (alone, known bool) {
	if at < 0 || at >= len(s.lower) || strings.HasPrefix(strings.TrimSpace(s.gap(at+1)), "%") {
		return false, false
	}
	head := unitWord(s, at)
	if head == "" || isNumberWord(head) {
		return false, false
	}
	value := s.lower[at]
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity {
			continue
		}
		o := d.factSent(f)
		if o == nil {
			continue
		}
		k := d.prep[i].quantityAt
		if k < 0 || o == s && k == at || k >= len(o.lower) {
			continue
		}
		if o.lower[k] == value || d.prep[i].change || unitWord(o, k) != head {
			continue // the same figure written again, a change, or another unit
		}
		return false, true
	}
	return true, true
}
