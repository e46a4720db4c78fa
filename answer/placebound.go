package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// locatives open a place where a sentence writes it: "tại", "ở", "trên",
// "từ"; ambiguousLocatives are the ones that also open what is no place
// ("về" of "giải báo chí về Quốc hội", "vào ngày 5/9").
var (
	locatives          = lexicon.MustSet("locatives")
	ambiguousLocatives = lexicon.MustSet("locatives_ambiguous")
)

// maxPlaceVerb is the most syllables of the question, right before its
// question word, read as the verb a place answered must be bound to
// ("diễn ra" of "diễn ra ở đâu", "tìm thấy" of "được tìm thấy ở đâu").
const maxPlaceVerb = 2

// maxPlaceReach is how many words before a locative the question's verb
// may stand: "được tổ chức trọng thể tại …".
const maxPlaceReach = 6

// placeVerb returns the question's words that a place answered hangs on:
// the content words of the maxPlaceVerb syllables right before its
// question word, past a locative ("tổ chức" of "tổ chức ở đâu", "chết" of
// "chết ở đâu", "diễn" of "diễn ra ở thành phố nào"). Nil when the
// question word opens the question ("ở đâu có …").
func placeVerb(q question, content []word) []word {
	isContent := foldSet(content)
	var out []word
	k := q.whAt - 1
	for k >= 0 && locatives.Has(q.words[k].text, lexicon.Exact) {
		k-- // "ở" of "ở thành phố nào"
	}
	// The verb's syllables, a filler among them ("ra" of "diễn ra").
	for n := 0; k >= 0 && n < maxPlaceVerb; k, n = k-1, n+1 {
		w := q.words[k]
		if w.isFiller() {
			continue
		}
		if !isContent[w.fold] || w.num {
			break
		}
		out = append(out, w)
	}
	return out
}

// placeBound reports, for a where-question, whether the answer is a place
// the sentence s opens with a locative ("tại …", "ở …", or the answer
// right after one), and whether the question governs it there: one of its
// content words written at most maxPlaceReach words before the locative
// in its part of the sentence ("Đại hội được tổ chức tại Trung tâm Hội
// nghị Quốc gia", "Buổi lễ công bố giải hôm 31/5 tại TPHCM"), or after the
// place when the place is fronted ("Tại xã Khoen On, một người phụ nữ bị
// chết"). A locative that also opens what is no place ("về", "vào") is
// bound only by the question's verb (placeVerb): "Lễ trao giải tổ chức ở
// đâu?" is not answered by "Về Quốc hội …" of "giải báo chí về Quốc hội".
// An accident's scene or road asked ("tai nạn xảy ra ở đâu") is bound by
// a sentence of the accident itself (sceneBinds), whose words need not be
// the question's: "Khi đến khu vực cầu X, xe máy đã va chạm …".
// known is false when the answer is not opened by a locative in s: a place
// written without one is judged by other features.
func placeBound(q question, s *sent, answer []analysis.Token, content []word) (bound, known bool) {
	if q.wh != whWhere || s == nil {
		return false, false
	}
	verb := placeVerb(q, content)
	scene := sceneAsked(q)
	var words []word
	for _, w := range content {
		if !w.num {
			words = append(words, w)
		}
	}
	for _, at := range answerStarts(s, answer) {
		loc := at
		if !locatives.Has(s.lower[at], lexicon.Exact) {
			if at == 0 || !locatives.Has(s.lower[at-1], lexicon.Exact) {
				continue
			}
			loc = at - 1
		}
		known = true
		governors := words
		if ambiguousLocatives.Has(s.lower[loc], lexicon.Exact) {
			governors = verb
		}
		if sceneBinds(scene, s, loc) || verbNear(s, governors, loc) {
			return true, true
		}
	}
	return false, known
}

// verbNear reports whether one of the words stands in s within
// maxPlaceReach words before the locative at loc, in its part of the
// sentence, or, when the locative opens its part (a place fronted), in
// the clause after the place.
func verbNear(s *sent, words []word, loc int) bool {
	at := func(k int) bool {
		for _, w := range words {
			if w.writtenAt(s, k) {
				return true
			}
		}
		return false
	}
	if heldBefore(s, loc, maxPlaceReach, ",;()", at) {
		return true
	}
	if loc > 0 && !partBreak(s, loc) {
		return false
	}
	// A fronted place governs the clause after it, to a semicolon: past
	// the place and the note in brackets after it ("tại Nhà Văn hóa tỉnh
	// (TP. Kon Tum), Sở … tổ chức lễ bế mạc").
	k := loc + 1
	for k < len(s.lower) && !strings.ContainsAny(s.text[s.ends[k-1]:s.starts[k]], ",;") {
		k++
	}
	for ; k < len(s.lower); k++ {
		if strings.Contains(s.text[s.ends[k-1]:s.starts[k]], ";") {
			break
		}
		if at(k) {
			return true
		}
	}
	return false
}

// heldBefore reports whether pred holds for one of the reach words before
// word at of s, looking back no further than a gap between words that
// holds one of the characters stops.
func heldBefore(s *sent, at, reach int, stops string, pred func(int) bool) bool {
	for k := at - 1; k >= 0 && at-k <= reach; k-- {
		if strings.ContainsAny(s.text[s.ends[k]:s.starts[k+1]], stops) {
			return false
		}
		if pred(k) {
			return true
		}
	}
	return false
}
