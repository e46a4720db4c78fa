package answer

import (
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// foldedOrdinals are the ranks written in words, ordinal or cardinal
// ("nhất", "nhì", "hai", "tư"), folded: after "thứ" a question typed
// without marks writes "thu hai", "thu nhat".
var foldedOrdinals = func() map[string]float64 {
	out := map[string]float64{}
	for w, v := range spelledNumbers {
		out[analysis.Fold(w)] = v
	}
	for w, v := range ordinalWords {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			out[analysis.Fold(w)] = f
		}
	}
	return out
}()

// rankValue returns the rank the word written text gives after an
// ordinal marker: digits ("2"), a number or an ordinal in words, folded
// ("hai", "nhất", "tu"), or a roman numeral ("XIV", typed in lower case
// too: "xiv").
func rankValue(text string) (float64, bool) {
	if isDigits(text) {
		return analysis.ParseNumber(text)
	}
	if v, ok := foldedOrdinals[analysis.Fold(text)]; ok {
		return v, true
	}
	if v, ok := romanNumerals[strings.ToUpper(text)]; ok {
		return analysis.ParseNumber(v)
	}
	return 0, false
}

// claimRank returns the rank a claim writes at word i of ws, after an
// ordinal marker ("lần thứ hai", "khóa thứ 3"), and the folded word that
// heads the marker ("lan"; "" when none); ok is false for any other word.
func claimRank(ws []word, i int) (rank float64, head string, ok bool) {
	if i < 1 || !ordinalMarkers.Has(ws[i-1].fold, lexicon.Folded) || ordinalMarkers.Has(ws[i].fold, lexicon.Folded) {
		return 0, "", false
	}
	if !ws[i-1].marked && (i < 2 || !ordinalMarkers.Has(ws[i-2].fold, lexicon.Folded)) && !ordinalMarkers.Has(ws[i-1].text, lexicon.Exact) {
		// "ninh binh thu 350 ty": typed without marks, "thu" is "thu"
		// (collects) as often as "thứ", unless "lần" heads it.
		return 0, "", false
	}
	v, ok := rankValue(ws[i].text)
	if !ok {
		return 0, "", false
	}
	if i >= 2 {
		head = ws[i-2].fold
	}
	return v, head, true
}

// rankWritten reports whether s writes the rank k claims: after an
// ordinal marker (rankVerdict); when s writes no rank so, a rank in
// digits written anywhere ("tàu thứ 2" names the second ship, which the
// sentence need not number), and a rank in words is not asked of s.
func (k claimKey) rankWritten(s *sent) bool {
	switch k.rankVerdict(s) {
	case verdictFound:
		return true
	case verdictOther:
		return false
	}
	if !k.value[0].num {
		return true
	}
	for i := range s.fold {
		if valueNumberAt(s, i) && k.sameNumber(s, i) {
			return true
		}
	}
	return false
}

// rankVerdict is what s writes of the rank k claims: found when it writes
// the rank after an ordinal marker headed by the claim's word, other
// when it writes only other ranks so, none when it writes no rank so.
func (k claimKey) rankVerdict(s *sent) yesNoVerdict {
	v := verdictNone
	for i := 1; i+1 < len(s.fold); i++ {
		if !ordinalMarkers.Has(s.fold[i], lexicon.Folded) || k.rankHead != "" && s.fold[i-1] != k.rankHead {
			continue
		}
		got, ok := rankValue(s.text[s.starts[i+1]:s.ends[i+1]])
		if !ok {
			continue
		}
		if i+2 < len(s.fold) {
			if _, more := foldedOrdinals[s.fold[i+2]]; more {
				continue // "thứ hai mươi": a number of several words, not read here
			}
		}
		if got == k.rank {
			return verdictFound
		}
		v = verdictOther
	}
	return v
}
