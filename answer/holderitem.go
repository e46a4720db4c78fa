package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// maxHolderItemWords is the most words an item written before its
// holder's name in brackets may have: a list's item ("HCV hạng cân 37kg
// nam U14"), not a clause.
const maxHolderItemWords = 10

// holderItemScore is the confidence of an item read before the name in
// brackets of the person the question names.
const holderItemScore = 0.7

// holderItem answers what the person a what-question names has ("Trịnh
// Thành Đạt giành HCV hạng cân nào") where a list writes each item with its
// holder's name after it in brackets: "HCV hạng cân 33kg U14 nữ (Nguyễn
// Ngọc Kiều Linh), HCV hạng cân 37kg nam U14 (Trịnh Thành Đạt), …" gives
// "HCV hạng cân 37kg nam U14" — the item from the list's separator before
// it (a comma, a semicolon, a colon, the bracket of the item before) to
// the bracket, a conjunction that opens it left out. The name in brackets
// must be one the question types whole, of two words or more, each
// capitalised.
func (d *document) holderItem(q question, content []word, sc *scope) candidate {
	if q.wh != whWhat {
		return candidate{}
	}
	for _, s := range d.sents {
		if !sc.holdsSent(s) {
			continue
		}
		for open := strings.IndexByte(s.text, '('); open >= 0; {
			end := strings.IndexByte(s.text[open:], ')')
			if end < 0 {
				break
			}
			end += open
			if item, ok := itemBeforeHolder(q, s.text, open, end); ok {
				return candidate{answer: item, kind: KindPassage, score: holderItemScore, refs: []ref{{s.p.ID, s.index}}}
			}
			next := strings.IndexByte(s.text[end:], '(')
			if next < 0 {
				break
			}
			open = end + next
		}
	}
	return candidate{}
}

// itemBeforeHolder returns the item text writes before the bracket
// [open, end] when the bracket holds only a name q types whole.
func itemBeforeHolder(q question, text string, open, end int) (string, bool) {
	name := strings.Fields(text[open+1 : end])
	if len(name) < minBareNameRun {
		return "", false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", false
		}
	}
	if !containsRun(foldsOf(q.words), analysis.FoldedWords(strings.Join(name, " "))) {
		return "", false
	}
	from := strings.LastIndexAny(text[:open], ",;:)") + 1
	item := strings.Fields(text[from:open])
	if len(item) > 0 && listConjunctions.Has(analysis.Lower(item[0]), lexicon.Exact) {
		item = item[1:]
	}
	if len(item) == 0 || len(item) > maxHolderItemWords {
		return "", false
	}
	return strings.Join(item, " "), true
}
