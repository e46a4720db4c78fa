package answer

import (
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// casualtyDenials are the words that, negated, deny casualties; claimed
// harms the words of a claim of death or injury they answer.
var (
	casualtyDenials = lexicon.MustSet("casualties_denied")
	claimedHarms    = lexicon.MustSet("harms_denied")
	claimedHarmList = phrasesOf(claimedHarms.Words())
)

// maxNegationReach is how many words before the words denying casualties
// the negation may stand: "không có người bị thương vong".
const maxNegationReach = 3

// casualtiesDenied returns the sentence of the scope's articles that denies any
// casualty ("rất may không có thiệt hại về người"), for a yes-no claim
// that anyone at all died or was hurt ("vụ ở ga Phạm Xá có người chết
// không"): one naming no person of the articles and no number, when no
// sentence of the scope writes the harm it claims of anyone without a
// negation; a claim's words need not be in the sentence, so the whole
// article is read, but an episode the question is cut to (scope.outside).
// nil when there is no such claim or sentence.
func (d *document) casualtiesDenied(q question, sc *scope) *sent {
	if q.wh != whYesNo || !claimedHarmList.in(q.words) {
		return nil
	}
	for _, w := range q.words {
		if w.num {
			return nil
		}
	}
	for _, i := range d.factsIn(sc) {
		if f := d.facts[i]; f.Type == corpus.FactPerson && namesPerson(q, f) > 0 {
			return nil // "Ông Pản có qua khỏi không": of one person
		}
	}
	var denial *sent
	for _, s := range d.sents {
		if !sc.reads(s) {
			continue // another article, or another episode of this one
		}
		for k := 0; k < len(s.lower); k++ {
			if n := s.match(casualtyDenials, k, len(s.lower)); n > 0 {
				if denial == nil && negatedBefore(s, k) {
					denial = s
				}
				k += n - 1
				continue
			}
			if n := s.match(claimedHarms, k, len(s.lower)); n > 0 && harmAsked(q, s.lower[k:k+n]) && !negatedBefore(s, k) {
				return nil // "2 người chết": the harm is written
			}
		}
	}
	return denial
}

// harmAsked reports whether the question writes the harm whose words, in
// lower case, are ws, folded alike.
func harmAsked(q question, ws []string) bool {
	return findPhrase(q.words, strings.Join(ws, " ")) >= 0
}

// negatedBefore reports whether a negation word (negation_words) stands
// within maxNegationReach words before word k of s.
func negatedBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && k-j <= maxNegationReach; j-- {
		if negationWords.Has(s.lower[j], lexicon.Exact) {
			return true
		}
	}
	return false
}

// casualtiesDeniedScore is the score of a no said by a sentence denying
// casualties.
const casualtiesDeniedScore = yesNoWrittenBase + yesNoWrittenWeight

// denial is the no a sentence denying casualties says.
func denial(s *sent) candidate {
	return candidate{answer: Trim(msgNoLead+lowerFirst(s.text), MaxAnswer), kind: KindPassage, score: casualtiesDeniedScore, refs: []ref{{s.p.ID, s.index}}, verdict: verdictOther, casualtiesDenied: true}
}
