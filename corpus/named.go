package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// named reads the items a sentence names in quotation marks: models,
// slogans, programmes. Unit is the noun the sentence uses for them
// ("mô hình") when one comes just before the quotes or the list.
func named(s *sentence) []Fact {
	var out []Fact
	text := s.text[s.start:s.end]
	prev := -1 // where the last quotation read ends
	for _, q := range quotes(text) {
		// An item of a list of quotations ("“A”, “B” và “C”") is named by
		// the noun before the first.
		listed := prev >= 0 && listGap(strings.Trim(text[prev:q[0]], "“”\""))
		prev = q[1]
		item := strings.TrimSpace(text[q[0]:q[1]])
		item = strings.TrimRight(item, ".…")
		if utf8.RuneCountInString(item) < 2 || utf8.RuneCountInString(item) > 150 {
			continue
		}
		unit := nounBefore(text[:q[0]])
		if speech(item, unit == "" && !listed) {
			continue // what someone said, no name
		}
		out = append(out, Fact{
			Type:     FactNamed,
			Text:     item,
			Quantity: Quantity{Unit: unit},
			Passage:  s.p.ID,
			Sentence: s.index,
		})
	}
	// Items in one list share the noun of the first.
	for i := 1; i < len(out); i++ {
		if out[i].Unit == "" {
			out[i].Unit = out[i-1].Unit
		}
	}
	return out
}

// speechOpeners open a quotation of what someone said: "tôi", "chúng
// tôi".
var speechOpeners = lexicon.MustSet("speech_openers")

// maxNamedWords is the most words a quotation with no noun naming it
// before it may hold and still be a name (a programme, a slogan: "Vì
// nước quên thân, vì dân phục vụ"); a longer one is what someone said.
const maxNamedWords = 14

// speech reports whether a quotation is what someone said, no name: it
// opens with the speaker's "I" or "we", or, unnamed (no noun naming it
// before it), runs longer than a name does.
func speech(item string, unnamed bool) bool {
	words := strings.Fields(strings.ToLower(item))
	if unnamed && len(words) > maxNamedWords {
		return true
	}
	for i, w := range words[:min(speechOpeners.MaxWords(), len(words))] {
		words[i] = strings.Trim(w, ",.!?…")
	}
	for n := min(speechOpeners.MaxWords(), len(words)); n >= 1; n-- {
		if speechOpeners.HasPhrase(words[:n], lexicon.Exact) {
			return true
		}
	}
	return false
}

// nounBefore returns the last four words before a quotation (after
// dropping list punctuation and "như", "là"), the noun that names the item.
func nounBefore(t string) string {
	t = strings.TrimRight(t, " “\"")
	if strings.HasSuffix(t, ",") {
		return ""
	}
	t = strings.TrimRight(t, ":")
	toks := analysis.Tokens(t)
	for len(toks) > 0 {
		f := toks[len(toks)-1].Folded
		if listLeadEnds.Has(f, lexicon.Exact) {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	if len(toks) == 0 {
		return ""
	}
	// "Nhiều mô hình hay được xây dựng, nhân rộng như:": the noun after
	// the quantifier.
	for k := len(toks) - 2; k >= 0; k-- {
		if quantifiers[toks[k].Folded] && k+1 < len(toks) {
			end := k + 1
			for end < len(toks) && end-k <= 4 && !nounBreaks[toks[end].Folded] && !listIntro[toks[end].Folded] {
				end++
			}
			if end > k+1 && end < len(toks) {
				return t[toks[k+1].Start:toks[end-1].End]
			}
			break
		}
	}
	from := max(0, len(toks)-4)
	// Not past a number, a date or a verb: "12/11 với chủ đề" is "chủ
	// đề", "tổ chức chương trình" is "chương trình".
	for k := len(toks) - 1; k > from; k-- {
		if toks[k-1].Number || nounBreaks[toks[k-1].Folded] {
			from = k
			break
		}
	}
	for from < len(toks)-1 && quantifiers[toks[from].Folded] {
		from++
	}
	return t[toks[from].Start:toks[len(toks)-1].End]
}

// listLeadEnds are dropped from the end of the words that lead into a
// list of quoted items.
var listLeadEnds = lexicon.MustSet("list_lead_ends_folded")

// quantifiers are the folded words that may open a noun phrase without
// being part of the noun ("nhiều mô hình").
var quantifiers = lexicon.MustSet("quantifiers_folded").Map()

// nounBreaks are folded words a noun before a quotation does not reach
// back over.
var nounBreaks = lexicon.MustSet("noun_breaks_folded").Map()

// listIntro are the folded words that end the noun before a list of
// quoted items: "… được xây dựng như:", "… kể đến như:".
var listIntro = lexicon.MustSet("list_intro_folded").Map()
