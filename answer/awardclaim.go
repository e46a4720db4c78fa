package answer

import (
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// The award-claim generator decides a yes-or-no question that claims who
// gave an award from the articles' award facts (corpus.Awarding), not
// from the words of one sentence: "Chủ tịch UBND tỉnh có tặng giấy khen
// cho ban chuyên án ko", "Có phải Thủ tướng trao Huân chương Chiến công
// không", "Giấy khen có phải của Chủ tịch UBND tỉnh không". A fact of the
// award named whose giver, issuer or authority holds the title the claim
// names says yes; when every such fact names another holder of a title,
// the article says no, and the reply quotes who did.

// awardClaimScore is the generator's confidence in a verdict read from
// award facts.
const awardClaimScore = 0.9

// awardClaimCoverYes is the share of the claim's words the sentence of an
// award given by the one the claim names must write for a yes: the claim
// may say more than who gave ("có phải lần đầu … được Thủ tướng tặng").
const awardClaimCoverYes = 0.9

// maxClaimedGiverWords bounds the words of the giver a claim names, from
// its title on: "Phó Chủ tịch UBND tỉnh An Giang".
const maxClaimedGiverWords = 8

// titleHeadsList holds the heads of job titles as phrases, found in a
// question typed with or without marks.
var titleHeadsList = phrasesOf(titleHeadSet.Words())

// claimGiverStops end the giver a claim names: "cho" opens the
// recipients, "là" and "phải" the frame of the question.
var claimGiverStops = lexicon.MustSet("claim_giver_stops")

// awardClaim answers a yes-or-no question claiming who gave an award the
// question names, from the award facts in scope.
func (d *document) awardClaim(q question, content []word, sc *scope) candidate {
	if q.wh != whYesNo {
		return candidate{}
	}
	claim := claimedGiver(q)
	if len(claim) == 0 {
		return candidate{}
	}
	// The facts of the award the question names by the most words of its
	// name, as the award generator reads them.
	named := 0
	var facts []corpus.Fact
	for _, i := range d.factsIn(sc) {
		if d.facts[i].Type != corpus.FactAward {
			continue
		}
		n := awardNamedIn(d.prep[i].awardWords, q)
		if n == 0 || n < named {
			continue
		}
		if n > named {
			facts, named = facts[:0], n
		}
		facts = append(facts, d.prep[i].award)
	}
	if len(facts) == 0 {
		return candidate{}
	}
	var other *corpus.Fact
	for k, f := range facts {
		decided := false
		for _, role := range [...]string{f.Giver, f.Issuer, f.Authority, f.Award} {
			if role == "" {
				continue
			}
			g := d.giverWords(role)
			if titleHeadsList.first(g) < 0 {
				// A body ("UBND tỉnh") or a bare name gives under a
				// title the fact does not write: it decides nothing.
				continue
			}
			if givenBy(claim, g, role) {
				return d.awardYes(q, content, f)
			}
			decided = true
		}
		if !decided {
			return candidate{}
		}
		if other == nil {
			other = &facts[k]
		}
	}
	s := d.factSent(*other)
	if s == nil {
		return candidate{}
	}
	return d.claimVerdict(q, content, s, false, awardClaimScore)
}

// awardYes says yes of a claim whose giver gave award f when the
// sentence writing f holds the rest of the claim too; else it decides
// nothing.
func (d *document) awardYes(q question, content []word, f corpus.Fact) candidate {
	s := d.factSent(f)
	if s == nil {
		return candidate{}
	}
	content = without(without(without(content, alternativeWords...), claimEnds(q)...), mentionLead(q)...)
	if d.overlapOf(q, content, s).coverage() < awardClaimCoverYes {
		return candidate{}
	}
	return d.claimVerdict(q, content, s, true, awardClaimScore)
}

// claimedGiver returns the words of the giver a yes-or-no claim about an
// award names: a job title ("Chủ tịch UBND tỉnh", "phó giám đốc công an
// tỉnh") written after "của" or "do", or before a verb of giving ("Thủ
// tướng trao", "Chủ tịch UBND tỉnh có tặng"). nil when the claim names
// none, or names one who received ("Giám đốc được tặng").
func claimedGiver(q question) []word {
	ws := q.words
	for i := 0; i < len(ws); i++ {
		n := titleHeadLen(ws, i)
		if n == 0 {
			continue
		}
		from := i
		if i > 0 && viceMarkers.Has(ws[i-1].fold, lexicon.Folded) {
			from = i - 1
		}
		end := i + n
		for end < len(ws) && end-from < maxClaimedGiverWords && !claimGiverEnds(ws, end) {
			end++
		}
		if from > 0 && agentMarkers.Has(ws[from-1].fold, lexicon.Folded) || givesAfter(ws, end) {
			return ws[from:end]
		}
		i = end - 1
	}
	return nil
}

// titleHeadLen returns how many words of the longest title head start at
// word i of ws, 0 for none.
func titleHeadLen(ws []word, i int) int {
	return titleHeadsList.longestAt(ws, i)
}

// claimGiverEnds reports whether word i of ws ends the giver a claim
// names: a verb of giving, a word of the question's frame ("có",
// "không"), an auxiliary or a claimGiverStops word.
func claimGiverEnds(ws []word, i int) bool {
	f := ws[i].fold
	return giveWordsList.startsAt(ws, i) || yesNoQuestionLeads.Has(f, lexicon.Exact) || yesNoQuestionEnds.Has(f, lexicon.Exact) ||
		auxiliaries.Has(f, lexicon.Folded) || claimGiverStops.Has(f, lexicon.Folded)
}

// givesAfter reports whether a verb of giving follows word i of ws, past
// the question's "có" and auxiliaries, but not after "được": the title
// before "được tặng" received.
func givesAfter(ws []word, i int) bool {
	for ; i < len(ws); i++ {
		switch f := ws[i].fold; {
		case awardPassiveMarkersList.startsAt(ws, i):
			return false
		case yesNoQuestionLeads.Has(f, lexicon.Exact) || auxiliaries.Has(f, lexicon.Folded):
			continue
		}
		return strongGiveWordsList.startsAt(ws, i)
	}
	return false
}

// givenBy reports whether the words g of an award's giver (role, as the
// fact writes it) are the giver a claim names: they hold every word of the
// claim, a deputy's title only for a deputy ("Phó Chủ tịch" is not "Chủ
// tịch"). A place name the claim adds is let pass when the giver writes
// its unit without a name ("Chủ tịch UBND tỉnh" for "Chủ tịch UBND tỉnh
// An Giang").
func givenBy(claim, g []word, role string) bool {
	if viceIn(claim) != viceIn(g) {
		return false
	}
	fields := strings.Fields(strings.ToLower(role))
	unnamedUnit := len(fields) > 0 && adminUnits.Has(fields[len(fields)-1], lexicon.AsTyped)
	for _, w := range claim {
		if holdsFold(g, w.fold) || w.cap && unnamedUnit {
			continue
		}
		return false
	}
	return true
}

// viceIn reports whether the words ws hold a deputy's marker ("phó").
func viceIn(ws []word) bool {
	for _, w := range ws {
		if viceMarkers.Has(w.fold, lexicon.Folded) {
			return true
		}
	}
	return false
}
