package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// danglingWords never end a name, a place or a phrase; titleHeadSet and
// eventNounSet, alone, name nobody and no place (and a body's head that
// opens a title names no body); a name that starts with one of the
// placeNames ("thị xã", "huyện", "thị trấn") goes on to the words after
// it.
var (
	danglingWords = lexicon.MustSet("dangling_words")
	placeNames    = lexicon.MustSet("place_words")
	titleHeadSet  = lexicon.MustSet("title_heads")
	eventNounSet  = lexicon.MustSet("event_nouns")
)

// brokenSpan reports whether span, read by a fact reader from sentence s,
// is no whole phrase and so no answer: it ends in a function word
// ("Giám đốc Công an tỉnh đã"), it is a title or an event alone
// ("Chủ tịch", "Đại hội"), or it stops inside a name that s goes on with
// ("Chủ tịch UBND thị" of "thị xã An Khê", "huyện" before "Chợ Gạo"), or
// starts inside one ("xã An Khê" of "thị xã An Khê"). s
// may be nil: then only the span itself is judged.
func (d *document) brokenSpan(span string, s *sent) bool {
	span = strings.TrimSpace(span)
	toks := analysis.Tokens(span)
	if len(toks) == 0 {
		return true
	}
	lower := strings.ToLower(span)
	if danglingWords.Has(strings.ToLower(toks[len(toks)-1].Text), lexicon.Exact) ||
		titleHeadSet.Has(lower, lexicon.Exact) || eventNounSet.Has(lower, lexicon.Exact) {
		return true
	}
	if s == nil {
		return false
	}
	at := strings.Index(s.text, span)
	if at < 0 {
		return false
	}
	end := at + len(span)
	for k := range s.starts {
		// The word before goes with the first: "thị | xã An Khê".
		if s.starts[k] == at && k > 0 && s.text[s.ends[k-1]:at] == " " && placeNames.Has(s.lower[k-1]+" "+s.lower[k], lexicon.Exact) {
			return true
		}
	}
	for k := range s.ends {
		if s.ends[k] != end || k+1 >= len(s.fold) || s.text[s.ends[k]:s.starts[k+1]] != " " {
			continue
		}
		// The next word goes with the last: "thị | xã", or a place
		// word before its name: "huyện | Chợ Gạo".
		return placeNames.Has(s.lower[k]+" "+s.lower[k+1], lexicon.Exact) ||
			placeNames.Has(s.lower[k], lexicon.Exact) && isCapital(s, k+1)
	}
	return false
}
