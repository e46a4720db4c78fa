package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// This file answers what is left of a whole once a part the question names
// is set aside: "ngoài phường A, còn bao nhiêu nhà bị ngập" of "khoảng
// 6.195 căn nhà bị ngập …, riêng phường A có 2.800 nhà ngập" is "6.195 −
// 2.800 = 3.395 căn nhà". News writing states a whole and singles out its
// largest part, and readers ask for the rest.

// remainderLeads open the part a question sets aside ("ngoài", "không
// tính").
var remainderLeads = phrasesOf(lexicon.MustSet("remainder_leads").Words())

// remainderCues ask what is left after the part ("còn", "còn lại").
var remainderCues = phrasesOf(lexicon.MustSet("remainder_cues").Words())

// maxRemainderPartWords is how many words after its lead a part set aside
// is read from at most: a place ("phường Hàm Thắng"), a noun ("vốn góp")
// or a count of one ("8 công trình").
const maxRemainderPartWords = 4

// minRemainderBound is the share of the part's words the figure of the
// part must bind: all, since a part shares words with its neighbours
// ("xã Tân Lập" is not "xã Tân Phú").
const minRemainderBound = 1.0

// Scores of a remainder: it rests on a part bound to the words the
// question sets aside, and on a whole of its unit written before it.
const (
	remainderScore = 0.5
	remainderBound = 0.4
	// remainderStatedWhole is what a whole whose number the question
	// states itself ("trong 250 công trình") adds to the bound.
	remainderStatedWhole = 0.5
)

// askedRemainder reads a remainder question: a count that sets a part
// aside with a lead before its count word and asks what is left with a cue
// after the lead ("ngoài A, còn bao nhiêu"). part holds the words of the
// part, from the lead to the cue, the count word or a filler, at most
// maxRemainderPartWords; ok is false for any other question.
func askedRemainder(q question) (part []word, ok bool) {
	if q.wh != whCount || q.whAt <= 0 {
		return nil, false
	}
	for _, lead := range remainderLeads.items {
		l := lead.at(q.words[:q.whAt])
		if l < 0 {
			continue
		}
		from := l + len(lead.parts)
		cue := remainderCues.first(q.words[from:])
		if cue < 0 {
			continue
		}
		for k := from; k < from+cue && k < q.whAt && len(part) < maxRemainderPartWords; k++ {
			w := q.words[k]
			if !w.num && w.isFiller() {
				break
			}
			part = append(part, w)
		}
		part = toComma(q, lead, part)
		return part, len(part) > 0
	}
	return nil, false
}

// toComma cuts the words of a part set aside at the comma that ends it in
// the question as typed ("ngoài vốn góp, phần vốn còn lại" sets aside
// "vốn góp"): the words of q read after the lead keep no commas. The lead
// is found among the question's tokens, word by word (leadToken), and the
// comma by their byte offsets.
func toComma(q question, lead phraseWords, part []word) []word {
	toks := analysis.Tokens(q.text)
	l := leadToken(toks, lead)
	if l < 0 {
		return part
	}
	end := strings.Index(q.text[toks[l].Start:], listComma)
	if end < 0 {
		return part
	}
	end += toks[l].Start
	k := 0
	for i := l + len(lead.folded); k < len(part) && i < len(toks) && toks[i].End <= end && part[k].fold == toks[i].Folded; i++ {
		k++
	}
	if k == 0 {
		return part
	}
	return part[:k]
}

// leadToken returns the index of the first of toks where the folded words
// of lead stand in a row, or -1.
func leadToken(toks []analysis.Token, lead phraseWords) int {
	for i := 0; i+len(lead.folded) <= len(toks); i++ {
		ok := true
		for k, f := range lead.folded {
			if toks[i+k].Folded != f {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// asksRemainder reports whether q asks what is left of a whole once a
// part is set aside (askedRemainder).
func asksRemainder(q question) bool {
	_, ok := askedRemainder(q)
	return ok
}

// remainder answers what is left of a whole once the part the question
// sets aside is taken out (askedRemainder): the part is the figure bound
// to the part's words (sideBound), or the one of the number the part
// states ("ngoài 8 công trình"); the whole, a larger figure of its unit
// (sameUnitHead) written before it, the one whose number the question
// states if any, else the nearest. The answer shows the computation
// ("6.195 − 2.800 = 3.395 căn nhà").
func (d *document) remainder(q question, sc *scope) candidate {
	part, ok := askedRemainder(q)
	if !ok {
		return candidate{}
	}
	money := !q.described && q.asksMoney()
	var all []counted
	for _, c := range d.quantitiesIn(sc) {
		if c.change || c.f.Unit == "" || money && !isMoneyUnit(c.f.Unit) {
			continue
		}
		all = append(all, c)
	}
	stated := ""
	for _, w := range part {
		if w.num {
			stated = numKey(w.text)
		}
	}
	pi, best := -1, 0.0
	for i, c := range all {
		b := sideBound(c, part)
		if stated != "" {
			if numKey(c.f.Number) != stated {
				continue
			}
			b = 1
		}
		if b >= minRemainderBound && b > best {
			pi, best = i, b
		}
	}
	if pi < 0 {
		return candidate{}
	}
	p := all[pi]
	wi, wholeScore := -1, 0.0
	for i := pi - 1; i >= 0; i-- {
		w := all[i]
		if w.f.Value <= p.f.Value || !sameUnitHead(w.f.Unit, p.f.Unit) || stated == "" && sideBound(w, part) >= best {
			continue
		}
		s := 0.0
		if q.statesNumber(w.f.Number, w.f.Unit) {
			s = remainderStatedWhole
		}
		if wi < 0 || s > wholeScore {
			wi, wholeScore = i, s
		}
	}
	if wi < 0 {
		return candidate{}
	}
	w := all[wi]
	qualifier := ""
	for _, c := range []counted{w, p} {
		if approximateQualifiers.Has(c.f.Qualifier, lexicon.Exact) {
			qualifier = c.f.Qualifier + " "
		}
	}
	ans := computation(w.f.Number, minusSign, p.f.Number, qualifier+formatNumber(w.f.Value-p.f.Value), remainderUnit(w, p))
	return candidate{answer: ans + ".", kind: KindFact, score: remainderScore + remainderBound*meanOf(best, wholeScore), refs: refsOf(ref{w.f.Passage, w.f.Sentence}, ref{p.f.Passage, p.f.Sentence}), computed: true}
}

// sameUnitHead reports whether units a and b count one thing: sameHead, or
// one opens with a word before the other's head that is no scale
// ("căn nhà" and "nhà", not "triệu đồng" and "đồng").
func sameUnitHead(a, b string) bool {
	if sameHead(a, b) {
		return true
	}
	x, y := analysis.FoldedWords(a), analysis.FoldedWords(b)
	if len(x) == 0 || len(y) == 0 || isScaleFolded(x[0]) || isScaleFolded(y[0]) {
		return false
	}
	return secondOpens(x, y) || secondOpens(y, x)
}

// secondOpens reports whether the second of the folded words x is the
// first of y: x is y with a word before it ("căn nhà" and "nhà").
func secondOpens(x, y []string) bool {
	return len(x) > 1 && len(y) > 0 && x[1] == y[0]
}

// remainderUnit writes the unit of a remainder: the words the whole's and
// the part's units open with alike (sharedUnit), or, when a classifier
// opens one of them only ("căn nhà" and "nhà"), the other, the noun
// itself.
func remainderUnit(w, p counted) string {
	if sameHead(w.f.Unit, p.f.Unit) {
		return sharedUnit([]counted{w, p})
	}
	if secondOpens(analysis.FoldedWords(w.f.Unit), analysis.FoldedWords(p.f.Unit)) {
		return p.f.Unit
	}
	return w.f.Unit
}

// meanOf is the mean of two bindings' scores: a remainder is as bound as
// its part and its whole are on average.
func meanOf(a, b float64) float64 { return (a + b) / 2 }
