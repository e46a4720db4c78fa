package answer

import (
	"regexp"
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// chainageWords ask a chainage: "km" of "ở km bao nhiêu".
var (
	chainageSet   = lexicon.MustSet("chainage_words")
	chainageWords = phrasesOf(chainageSet.Words())
)

// chainageRE is a chainage along a road or a dyke, as news writes it: a
// kilometre post and the metres past it ("Km 6+500", "Km1663+340",
// "K25+570", "KM35 + 600"), or the post alone after its "Km" ("Km 122").
var chainageRE = regexp.MustCompile(`\b(?:[Kk][Mm]?\s?\d+\s?\+\s?\d+|[Kk][Mm]\s?\d+)\b`)

// chainageSentences is how many of the best sentences chainage reads.
const chainageSentences = 5

// chainageBase and chainageWeight score a chainage by its sentence's cover
// of the question's other words.
const (
	chainageBase   = 0.5
	chainageWeight = 0.4
)

// chainage answers where along a road something happened, when the
// question asks the kilometre ("tai nạn xảy ra ở km bao nhiêu", "sạt lở ở
// km nào"): the chainage written in the best sentence that writes one
// (chainageRE), after most of the question's words (bestChainage). A
// count of kilometres ("dài bao nhiêu km") asks no chainage: the word must
// stand right before the question word.
func (d *document) chainage(q question, content []word, sc *scope) candidate {
	if !asksChainage(q) {
		return candidate{}
	}
	rest := without(content, chainageSet.FoldedWords()...)
	for _, b := range d.bestSentences(q, content, sc, chainageSentences) {
		m := bestChainage(b.s, rest)
		if m == nil {
			continue
		}
		cov := 0.0
		if len(rest) > 0 {
			cov = d.overlapOf(q, rest, b.s).coverage()
		}
		return candidate{answer: strings.Join(strings.Fields(b.s.text[m[0]:m[1]]), " "), kind: KindPassage, score: chainageBase + chainageWeight*cov, refs: []ref{{b.s.p.ID, b.s.index}}}
	}
	return candidate{}
}

// bestChainage returns the byte span of the chainage of s written right
// after most of the question's words, counted back to the chainage before
// it ("điểm đầu tại Km0+000, điểm cuối tại Km14+274" for "điểm cuối ở km
// bao nhiêu"); the first of those that tie; nil when s writes none.
func bestChainage(s *sent, words []word) []int {
	asked := foldSet(words)
	var best []int
	bestN, from := -1, 0
	for _, m := range chainageRE.FindAllStringIndex(s.text, -1) {
		n := 0
		for j := range s.starts {
			if s.starts[j] >= from && s.ends[j] <= m[0] && asked[s.fold[j]] {
				n++
			}
		}
		if n > bestN {
			best, bestN = m, n
		}
		from = m[1]
	}
	return best
}

// asksChainage reports whether q asks a chainage: a word of chainageWords
// stands right before its question word ("km bao nhiêu", "km nào").
func asksChainage(q question) bool {
	if q.whAt < 1 || q.wh == whYesNo {
		return false
	}
	for _, it := range chainageWords.items {
		if n := len(it.parts); q.whAt >= n && it.startsAt(q.words, q.whAt-n) {
			return true
		}
	}
	return false
}
