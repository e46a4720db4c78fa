package answer

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// placeNameRuns returns the names of the places the articles write right
// after a main unit of place ("Thanh Hóa" of "tỉnh Thanh Hóa", "Kim Trà"
// of "xã Kim Trà"), folded and split into syllables, each once. A reader
// types them in lower case after the unit ("nguoi tinh quang binh"); the
// question reads them as the names they are (placesAt).
func (d *document) placeNameRuns() nameRuns {
	var out nameRuns
	seen := map[string]bool{}
	for _, s := range d.sents {
		for k := 1; k < len(s.fold); k++ {
			if phraseBefore(mainUnits, s.fold, k, lexicon.Exact) == 0 || !isCapital(s, k) {
				continue
			}
			j := k
			for j < len(s.fold) && isCapital(s, j) && (j == k || !partBreak(s, j)) {
				j++
			}
			parts := s.fold[k:j]
			if key := strings.Join(parts, " "); !seen[key] {
				seen[key] = true
				out = append(out, parts)
			}
		}
	}
	return out
}

// placesAt returns the words of a question, lower case as typed (raw),
// that name a place of runs: right after a main unit of place, typed
// with or without diacritics, the longest whole name of runs ("quang
// binh" of "nguoi tinh quang binh phai ko").
func (runs nameRuns) placesAt(raw []string) map[int]bool {
	if len(runs) == 0 {
		return nil
	}
	folded := foldEach(raw)
	var out map[int]bool // made at the first place: most questions name none
	for i := 1; i < len(folded); i++ {
		if phraseBefore(mainUnits, folded, i, lexicon.Exact) == 0 {
			continue
		}
		n := runs.wholeAt(folded, i)
		if n == 0 {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for k := i; k < i+n; k++ {
			out[k] = true
		}
		i += n - 1
	}
	return out
}

// wholeAt returns the length of the longest of runs written whole from
// word i of folded; 0 when none is.
func (runs nameRuns) wholeAt(folded []string, i int) int {
	best := 0
	for _, parts := range runs {
		if len(parts) <= best || i+len(parts) > len(folded) {
			continue
		}
		whole := true
		for k, p := range parts {
			whole = whole && folded[i+k] == p
		}
		if whole {
			best = len(parts)
		}
	}
	return best
}
