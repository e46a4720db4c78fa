package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// Accident reports write where a crash happened in a clause of their
// own — "Khi đến khu vực cầu Bình Nhâm, phường Lái Thiêu, xe máy … va
// chạm …", "Khi phương tiện đến đoạn đối diện trường …, đã tông vào …" —
// and the road a vehicle was on after "trên": "lưu thông trên quốc lộ 1K,
// theo hướng …". Neither clause repeats the question's words ("tai nạn
// xảy ra ở đâu"), and the place is often a common noun phrase without a
// capital at its head, which the passage reader does not cut.
var (
	sceneEventWords   = lexicon.MustSet("scene_event_words")
	sceneLeads        = lexicon.MustSet("scene_leads")
	sceneArriveVerbs  = lexicon.MustSet("scene_arrive_verbs")
	routeHeads        = lexicon.MustSet("route_heads")
	routePrepositions = lexicon.MustSet("route_prepositions")
	sceneEnds         = lexicon.MustSet("scene_ends")
	sceneSpotNouns    = lexicon.MustSet("scene_spot_nouns")
	sceneTravelWords  = lexicon.MustSet("scene_travel_words")
	routeCrossWords   = lexicon.MustSet("route_cross_words")
)

const (
	// sceneLeadReach is the most words between a scene lead and its verb
	// of arriving: "khi phương tiện đến".
	sceneLeadReach = 3
	// sceneMinWords is the fewest words of a scene or a road.
	sceneMinWords = 2
	// sceneBase is the confidence of a scene or a road; sceneCover is
	// added times the share of the question's words its sentence holds.
	sceneBase  = 0.5
	sceneCover = 0.4
	// sceneBound is added when the sentence is one of the accident
	// itself (sceneAccident): its accident word stands for the question's.
	sceneBound = 0.2
)

// sceneAsk is what a where-question asks of an accident: its scene, or
// the road a vehicle was on.
type sceneAsk int

const (
	sceneNone  sceneAsk = iota // no accident's place: another kind of question
	sceneSpot                  // "tai nạn xảy ra ở đâu", "va chạm ở đoạn nào"
	sceneRoute                 // "chạy trên đường nào", "tuyến đường nào"
)

// sceneAsked reads what q asks: a road when the noun its which-word asks
// of is a road's head (route_heads) and it names an accident or a vehicle
// on the move (scene_travel_words), the scene when it names an accident
// (scene_event_words) and asks no other kind of place. A question asking
// the road crossed (route_cross_words: "giao với đường nào") or where
// someone lives asks no scene.
func sceneAsked(q question) sceneAsk {
	if q.wh != whWhere {
		return sceneNone
	}
	if ask := noteAsked(q); ask == askHome || ask == askResidence {
		// "gia đình bị lật thuyền trú ở đâu" asks where people live.
		return sceneNone
	}
	noun := nounOf(q)
	accident := hasAny(q.words, sceneEventWords.Words()...)
	// "giao với đường nào" asks the road crossed, not the one a vehicle
	// was on.
	crossed := hasAny(q.words, routeCrossWords.Words()...)
	for _, w := range noun {
		if !crossed && routeHeads.Has(w.fold, lexicon.Folded) && (accident || hasAny(q.words, sceneTravelWords.Words()...)) {
			return sceneRoute
		}
	}
	if !accident || len(noun) > 0 && !sceneSpotNouns.Has(phraseOf(noun), lexicon.Folded) {
		return sceneNone
	}
	return sceneSpot
}

// scene answers a where-question about an accident from the sentences of
// the articles in scope, in their order: the scene written after a scene
// lead and its verb of arriving ("khi đến khu vực cầu Bình Nhâm"), or,
// for a road asked, the road after "trên" ("quốc lộ 1K"); the span ends at
// a comma outside brackets or at a word of scene_ends. Of several, the one
// whose sentence holds most of the question's words, the first on a tie;
// a sentence of the accident itself (sceneAccident) counts sceneBound more.
func (d *document) scene(q question, content []word, sc *scope) candidate {
	ask := sceneAsked(q)
	if ask == sceneNone {
		return candidate{}
	}
	var best candidate
	for _, s := range d.sents {
		if !sc.reads(s) {
			continue
		}
		span := ""
		if ask == sceneRoute {
			span = routeIn(s)
		} else {
			span = spotIn(s)
		}
		if span == "" {
			continue
		}
		score := sceneBase + sceneCover*d.overlapOf(q, content, s).coverage()
		if sceneAccident(ask, s) {
			score += sceneBound
		}
		if score > best.score {
			best = candidate{answer: upperFirst(span), kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}}
		}
	}
	return best
}

// sceneBinds reports whether the place s opens with the locative at loc
// is the accident's scene a scene question asks (ask, sceneAsked): s is a
// sentence of the accident — it writes a word of an accident
// (scene_event_words: "va chạm", "tông"), or, for a road asked, of a
// vehicle on the move (scene_travel_words) — and the place is the one the
// scene reader reads there: after a scene lead and its verb of arriving
// ("Khi đến khu vực cầu X, xe máy đã va chạm …"), or, for a road, a road's
// head after a route preposition ("lái xe máy trên quốc lộ 1K"). A
// report's scene clause rarely repeats the question's own words.
func sceneBinds(ask sceneAsk, s *sent, loc int) bool {
	if ask == sceneNone || s == nil || loc < 0 || loc+1 >= len(s.lower) {
		return false
	}
	if !sceneAccident(ask, s) {
		return false
	}
	if ask == sceneRoute {
		return routeAfter(s, loc+1)
	}
	return arrivesAt(s, loc)
}

// sceneAccident reports whether s is a sentence of the accident a scene
// question asks: it writes a word of an accident, or, for a road asked,
// of a vehicle on the move.
func sceneAccident(ask sceneAsk, s *sent) bool {
	return s.has(sceneEventWords, 0, len(s.lower)) || ask == sceneRoute && s.has(sceneTravelWords, 0, len(s.lower))
}

// opensWithRoute reports whether the answer opens with a road's head of
// one word or two ("Quốc lộ 1K", "đường D4"): a road is a place.
func opensWithRoute(toks []analysis.Token) bool {
	switch len(toks) {
	case 0:
		return false
	case 1:
		return routeHeadIn(toks[0].Folded)
	}
	return routeHeadIn(toks[0].Folded, toks[1].Folded)
}

// spotIn returns the scene s writes after a scene lead and a verb of
// arriving, or "".
func spotIn(s *sent) string {
	for j := range s.lower {
		if arrivesAt(s, j) {
			return spanFrom(s, j+1, false)
		}
	}
	return ""
}

// arrivesAt reports whether word j of s is a verb of arriving with a
// scene lead at most sceneLeadReach words before it: "khi phương tiện
// đến".
func arrivesAt(s *sent, j int) bool {
	if !sceneArriveVerbs.Has(s.lower[j], lexicon.Exact) {
		return false
	}
	for i := j - 1; i >= 0 && j-i <= sceneLeadReach; i-- {
		if sceneLeads.Has(s.lower[i], lexicon.Exact) {
			return true
		}
	}
	return false
}

// routeIn returns the road s writes after a route preposition, or "".
func routeIn(s *sent) string {
	for i := 1; i < len(s.lower); i++ {
		if !routeAfter(s, i) {
			continue
		}
		if span := spanFrom(s, i, true); span != "" {
			return span
		}
	}
	return ""
}

// routeHeadAt reports whether a road's head, of one word or two ("quốc
// lộ"), stands at word i of s.
func routeHeadAt(s *sent, i int) bool {
	return routeHeadIn(s.fold[i:min(i+2, len(s.fold))]...)
}

// routeAfter reports whether a road's head stands at word i of s right
// after a route preposition: "trên quốc lộ".
func routeAfter(s *sent, i int) bool {
	return i >= 1 && routePrepositions.Has(s.lower[i-1], lexicon.Exact) && routeHeadAt(s, i)
}

// routeHeadIn reports whether the first of the folded words folds, or
// the first two, are a road's head: "đường", "quốc lộ".
func routeHeadIn(folds ...string) bool {
	if len(folds) == 0 {
		return false
	}
	if routeHeads.Has(folds[0], lexicon.Folded) {
		return true
	}
	return len(folds) > 1 && routeHeads.Has(folds[0]+" "+folds[1], lexicon.Folded)
}

// spanFrom returns the words of s from word i to a comma or semicolon
// outside brackets, a word of scene_ends or the sentence's end, when they
// are at least sceneMinWords; named asks that a word after the first
// open with a capital or a digit (the road's name).
func spanFrom(s *sent, i int, named bool) string {
	depth, j := 0, i
	for ; j < len(s.lower); j++ {
		if j > i {
			sep := s.text[s.ends[j-1]:s.starts[j]]
			depth += strings.Count(sep, "(") - strings.Count(sep, ")")
			if depth <= 0 && strings.ContainsAny(sep, ",;.") {
				break
			}
			if depth <= 0 && sceneEnds.Has(s.lower[j], lexicon.Exact) {
				break
			}
		}
	}
	if j-i < sceneMinWords {
		return ""
	}
	if named && !startsUpperWithin(s, i+1, j) && !hasDigitWithin(s, i+1, j) {
		return ""
	}
	end := s.ends[j-1]
	if strings.Count(s.text[s.starts[i]:end], "(") > strings.Count(s.text[s.starts[i]:end], ")") && strings.HasPrefix(s.text[end:], ")") {
		// The bracket the span opened closes right after it.
		end++
	}
	return trimPunct(s.text[s.starts[i]:end])
}

// hasDigitWithin reports whether a word of s in [i, j) holds a digit.
func hasDigitWithin(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if hasDigit(s.lower[k]) {
			return true
		}
	}
	return false
}
