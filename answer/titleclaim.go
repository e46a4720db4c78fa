package answer

import (
	"slices"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// The title-claim generator decides a yes-or-no question that claims a
// person's title or rank from the person facts, as the award-claim
// generator decides who gave an award: "Ông Phan Ngọc Thọ có phải Chủ
// tịch UBND tỉnh ko", "Ông Nguyễn Xuân Thao có phải là đại tá ko". A title
// of the person holding every word claimed says yes; titles that all hold
// other words, or another rank, say no, quoting the sentence that writes
// what the person is.

// titleClaimScore is the generator's confidence in a verdict read from
// person facts.
const titleClaimScore = 0.9

// ranksList holds the military and police ranks as phrases.
var ranksList = phrasesOf(lexicon.MustSet("ranks").Words())

// titleClaimLeads may stand between a person's name and the title a
// claim gives them: "có phải là", "trước đó có phải", "đang giữ chức".
var titleClaimLeads = lexicon.MustSet("title_claim_leads")

// titleClaim answers a yes-or-no question claiming that a person the
// article names holds a title or a rank, from the person facts in scope.
func (d *document) titleClaim(q question, content []word, sc *scope) candidate {
	if q.wh != whYesNo {
		return candidate{}
	}
	var seen []corpus.Fact // the facts of the person claimed about
	var claim []word
	rank := false
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactPerson {
			continue
		}
		_, j, ok := nameSpan(q, f)
		if !ok {
			continue
		}
		if claim == nil {
			if claim, rank = claimedTitle(q, j); claim == nil {
				return candidate{}
			}
		}
		seen = append(seen, f)
	}
	if len(seen) == 0 {
		return candidate{}
	}
	// A yes quotes the sentence that writes the title claimed, when one
	// does; a no needs every sentence of the person to write no such
	// title: the person facts miss one given by a list's lead ("các Phó
	// Bí thư Tỉnh ủy gồm: ông A, Chủ tịch HĐND tỉnh; …").
	folds := foldsOf(claim)
	var yes, other *sent
	for _, f := range seen {
		s := d.factSent(f)
		if s == nil {
			continue
		}
		written := titleWritten(s.fold, folds, rank) || titleWritten(s.fold, d.longForm(folds), rank)
		switch {
		case d.holdsClaimed(f, claim, rank):
			if written {
				return d.claimVerdict(q, content, s, true, titleClaimScore)
			}
			if yes == nil {
				// The facts gather a person's titles from every sentence:
				// the one writing the title claimed, where there is one.
				if yes = d.sentNaming(f, folds); yes == nil {
					yes = s
				}
			}
		case written:
			return candidate{}
		case other == nil && (rank && f.Rank != "" || !rank && len(f.Titles) > 0):
			other = s
		}
	}
	switch {
	case yes != nil:
		return d.claimVerdict(q, content, yes, true, titleClaimScore)
	case other != nil:
		return d.claimVerdict(q, content, other, false, titleClaimScore)
	}
	return candidate{}
}

// titleWritten reports whether the folded words ws write the title run
// claimed as a title of its own: not a deputy's ("phó giám đốc công an
// tỉnh" does not write "giám đốc công an tỉnh") when the claim names
// none. A rank is written wherever its words are.
func titleWritten(ws, run []string, rank bool) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if !slices.Equal(ws[i:i+len(run)], run) {
			continue
		}
		if rank || i == 0 || len(run) == 0 || viceMarkers.Has(run[0], lexicon.Folded) || !viceMarkers.Has(ws[i-1], lexicon.Folded) {
			return true
		}
	}
	return false
}

// longForm returns the folded words folds with each abbreviation the
// document, or the language (analysis.BuiltinAbbreviation), knows written
// out: "anh hung luc luong vu trang" for "anh hung llvt".
func (d *document) longForm(folds []string) []string {
	out := make([]string, 0, len(folds))
	for _, f := range folds {
		if long, ok := d.abbr[f]; ok {
			out = append(out, long...)
			continue
		}
		if long, ok := analysis.BuiltinAbbreviation(f); ok {
			out = append(out, foldsOf(splitWords(long))...)
			continue
		}
		out = append(out, f)
	}
	return out
}

// sentNaming returns the first sentence of the article of person fact f
// that writes the words folds in a row and the person's whole name, or
// nil.
func (d *document) sentNaming(f corpus.Fact, folds []string) *sent {
	_, name := nameParts(f.Name)
	for _, s := range d.sents {
		if s.art.ID == d.passages[f.Passage].Article && containsRun(s.fold, folds) && containsRun(s.fold, name) {
			return s
		}
	}
	return nil
}

// holdsClaimed reports whether person fact f gives the person the rank,
// or a title holding the words, a claim names.
func (d *document) holdsClaimed(f corpus.Fact, claim []word, rank bool) bool {
	if rank {
		return f.Rank != "" && share(claim, sharedWords(f.Rank)) == 1
	}
	for _, t := range f.Titles {
		if givenBy(claim, d.withAbbreviations(sharedWords(t)), t) {
			return true
		}
	}
	return false
}

// claimVerdict says yes or no of a claim read from the facts, with score,
// quoting sentence s: the parts of it that hold the question's words when
// it is long.
func (d *document) claimVerdict(q question, content []word, s *sent, yes bool, score float64) candidate {
	lead, verdict := msgNoLead, verdictOther
	if yes {
		lead, verdict = msgYesLead, verdictFound
	}
	quote := quoteHolding(s, d.overlapOf(q, content, s), MaxAnswer-utf8.RuneCountInString(lead))
	return candidate{answer: Trim(lead+lowerFirst(quote), MaxAnswer), kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}, verdict: verdict}
}

// claimedTitle returns the title or rank a yes-or-no question claims of
// the person it names before word j: a rank, or a title head (a deputy's
// marker included) and the words after it up to the question's frame,
// written after the name past titleClaimLeads only. rank tells which.
func claimedTitle(q question, j int) (claim []word, rank bool) {
	ws := q.words
	for ; j < len(ws) && titleClaimLeads.Has(ws[j].fold, lexicon.Folded); j++ {
	}
	if j >= len(ws) {
		return nil, false
	}
	for _, k := range ranksList.byFirst[ws[j].fold] {
		if p := ranksList.items[k]; p.startsAt(ws, j) {
			return ws[j : j+len(p.parts)], true
		}
	}
	head := j
	if viceMarkers.Has(ws[j].fold, lexicon.Folded) {
		head++
	}
	if head >= len(ws) {
		return nil, false
	}
	n := titleHeadLen(ws, head)
	if n == 0 {
		return nil, false
	}
	end := head + n
	for end < len(ws) && end-j < maxClaimedGiverWords && !claimGiverEnds(ws, end) {
		end++
	}
	return ws[j:end], false
}
