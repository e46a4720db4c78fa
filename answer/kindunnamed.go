package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A which-question of a kind news writing names ("bệnh viện nào", "những
// trường nào", "thuộc sở nào") is answered by a name written after the
// kind noun ("Bệnh viện Chợ Rẫy", "Trường THPT Lê Lợi"). When the article
// does not know or does not say which one, it writes the kind noun bare:
// "được đưa vào bệnh viện cấp cứu", "các công trình trường học tại các địa
// phương". An answer that writes the asked kind noun only so — no name,
// figure, quote or list right after it — answers that a kind was there,
// not which one: the question is not answered by it.

// kindUnnamed reports whether answer writes the kind noun q asks a name of
// (namedKindOf of nounOf, or a synonym of it) and never names one after
// it: none of the kindUnnamedWindow words after any of its mentions is
// capitalised, a figure, an opening quote or a word opening a list
// (enumIntros: "như", "gồm"), nor does a colon follow the noun. An answer
// that does not write the noun says nothing here: it may be the name
// alone ("Chợ Rẫy").
func kindUnnamed(q question, answer string) bool {
	kind := namedKindOf(nounOf(q))
	if kind == "" {
		return false
	}
	raw, folded := answerWords(answer)
	mentioned := false
	for _, k := range append([]string{kind}, synonyms(kind)...) {
		run := strings.Fields(k)
		for i := 0; i+len(run) <= len(folded); i++ {
			if !slices.Equal(folded[i:i+len(run)], run) {
				continue
			}
			mentioned = true
			if kindNamedAfter(raw, i+len(run), true) {
				return false
			}
		}
	}
	return mentioned
}

// kindUnnamedWindow is how many words after a kind noun may open its name
// ("bệnh viện đa khoa tỉnh Quảng Ngãi" writes it lower case at first).
const kindUnnamedWindow = 4

// kindNamedAfter reports whether the words of raw from at on name what the
// noun before them writes: a capitalised word, a figure (when figures
// name, as "bệnh viện 115" does), an opening quote or a list opener
// within kindUnnamedWindow words other than those written before a place's
// name ("thành phố", "tỉnh"; placeWordIn), up to the end of the clause; or
// a colon right after the noun.
func kindNamedAfter(raw []string, at int, figures bool) bool {
	if at > 0 && strings.HasSuffix(raw[at-1], ":") {
		return true
	}
	for j, seen := at, 0; j < len(raw) && seen < kindUnnamedWindow; j++ {
		if !placeWordIn(raw, j) {
			// "Tòa án nhân dân thành phố Hà Nội": the words written
			// before a place's name take no room of the window.
			seen++
		}
		r, _ := utf8.DecodeRuneInString(raw[j])
		if unicode.IsUpper(r) || figures && unicode.IsDigit(r) || strings.ContainsRune(nameOpeners, r) || enumIntros.Has(strings.ToLower(strings.TrimFunc(raw[j], isEdgePunct)), lexicon.Exact) {
			return true
		}
		if strings.ContainsAny(raw[j][len(raw[j])-1:], clauseEnds) {
			return false
		}
	}
	return false
}

// placeWordIn reports whether raw[j], lower case as typed, is a word of a
// phrase of place_words written before a place's name ("tỉnh", "thành" or
// "phố" of "thành phố"); folded words would take "các", "thì" for some.
func placeWordIn(raw []string, j int) bool {
	lower := func(k int) string { return strings.ToLower(strings.TrimFunc(raw[k], isEdgePunct)) }
	if placeNames.HasPhrase([]string{lower(j)}, lexicon.Exact) {
		return true
	}
	if j+1 < len(raw) && placeNames.HasPhrase([]string{lower(j), lower(j + 1)}, lexicon.Exact) {
		return true
	}
	return j > 0 && placeNames.HasPhrase([]string{lower(j - 1), lower(j)}, lexicon.Exact)
}

// nameOpeners open a quoted or bracketed name.
const nameOpeners = "\"“«('"

// clauseEnds end the clause a kind noun's name would be written in.
const clauseEnds = ".;:!?"

// isEdgePunct tells the punctuation trimmed from a word's edges.
func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// answerWords returns the words of answer as written, split on spaces,
// and folded without the punctuation at their edges.
func answerWords(answer string) (raw, folded []string) {
	raw = strings.Fields(answer)
	folded = make([]string, len(raw))
	for i, t := range raw {
		folded[i] = analysis.Fold(strings.TrimFunc(t, isEdgePunct))
	}
	return raw, folded
}

// A which-question may name how many things it asks the names of, before
// its question word: "ba tập thể được khen gồm những đơn vị nào", "8 công
// trình của bộ là những trường nào". An article that does not name them
// writes that count alone ("3 tập thể, 4 cá nhân được tặng bằng khen"):
// an answer restating the count with no name after it repeats the
// question, and answers nothing.

// countRestated reports whether q is a which-question (whichAt) naming,
// before its question word, a count of a noun ("ba tập thể") and answer
// writes that count of that noun, digits or spelled, with no name, quote
// or list after it (kindNamedAfter, figures aside: "3 tập thể, 4 cá nhân"
// lists other counts, no names).
func countRestated(q question, answer string) bool {
	asked := whichAt(q)
	if asked < 0 {
		return false
	}
	type count struct {
		value string
		noun  word
	}
	var counts []count
	for k := 0; k+1 < asked; k++ {
		value, noun := countValue(q.words[k].text, q.words[k].num), q.words[k+1]
		if value != "" && !noun.num {
			counts = append(counts, count{value, noun})
		}
	}
	if len(counts) == 0 {
		return false
	}
	raw, folded := answerWords(answer)
	mentioned := false
	for _, c := range counts {
		value, noun := c.value, c.noun
		for j := 0; j+1 < len(raw); j++ {
			if folded[j+1] != noun.fold || countValue(strings.ToLower(strings.TrimFunc(raw[j], isEdgePunct)), startsWithDigit(raw, j)) != value {
				continue
			}
			mentioned = true
			if kindNamedAfter(raw, j+2, false) {
				return false
			}
		}
	}
	return mentioned
}

// countValue returns the number a word writes, digits (num) or spelled
// (spelledDigits: "ba"), as numKey writes it, or "".
func countValue(text string, num bool) string {
	if num {
		return numKey(text)
	}
	return spelledDigits[text]
}

// whichAt returns where q's question words start when a which word
// (whichWords: "nào") ends them or follows them ("gồm những đơn vị nào"),
// or -1 when q asks no which.
func whichAt(q question) int {
	if q.whAt < 0 {
		return -1
	}
	for _, w := range q.words[q.whAt:] {
		if whichWords.Has(w.fold, lexicon.Exact) {
			return q.whAt
		}
	}
	return -1
}
