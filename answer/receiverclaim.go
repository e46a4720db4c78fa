package answer

import (
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// receiverClaim answers a yes-or-no question claiming that someone
// received an award ("Ông Tùng được tặng Huân chương Chiến công hạng nhất
// phải ko?") from the award facts in scope, which bind each award to
// whom it went: yes when a fact of the award the question names writes
// the one claimed among its winners; no when a fact of that award but for
// an option the claim names ("hạng nhất" for "hạng nhì") writes them, or
// when the facts of that award name only others and a fact of another
// award names the one claimed ("Công an Hà Nội … đón nhận Huân chương
// Chiến công hạng nhất và trung tướng Nguyễn Thanh Tùng … đón nhận Huân
// chương Quân công hạng nhì"). Else it decides nothing, and the sentences
// are read as for any claim.
func (d *document) receiverClaim(q question, content []word, sc *scope) candidate {
	if q.wh != whYesNo || q.choice != nil {
		return candidate{}
	}
	named, at := d.namedAwardFacts(q, sc)
	if len(named) == 0 {
		return candidate{}
	}
	who := claimedReceiver(q, at)
	if len(who) == 0 {
		return candidate{}
	}
	content = without(without(without(content, alternativeWords...), claimEnds(q)...), mentionLead(q)...)
	verdict := func(f corpus.Fact, yes bool) candidate {
		if s := d.factSent(f); s != nil {
			return d.claimVerdict(q, content, s, yes, awardClaimScore)
		}
		return candidate{}
	}
	groups := askedGroups(q)
	exact, winners := 0, true
	for _, i := range named {
		f := d.prep[i].award
		other := writesOtherOption(groups, d.prep[i].awardWords.parts)
		switch {
		case wonBy(f, who) && !other:
			return verdict(f, true)
		case wonBy(f, who):
			return verdict(f, false)
		case !other:
			exact++
			winners = winners && len(f.Winners) > 0
		}
	}
	if exact == 0 || !winners {
		// The award claimed is not written, or its fact says how many
		// received it, not who: nothing to tell the one claimed by.
		return candidate{}
	}
	for _, i := range d.factsIn(sc) {
		f := d.prep[i].award
		if f.Type == corpus.FactAward && !slices.ContainsFunc(named, func(n int) bool { return d.prep[n].award.Award == f.Award }) && wonBy(f, who) {
			return verdict(f, false)
		}
	}
	return candidate{}
}

// wonBy reports whether award fact f names who among its winners.
func wonBy(f corpus.Fact, who []word) bool {
	return slices.ContainsFunc(f.Winners, func(w string) bool { return receivedBy(who, w) })
}

// namedAwardFacts returns the indexes of the award facts in scope of the
// award q names by the most words of its name (awardNamedIn), and the
// word of q where that name starts.
func (d *document) namedAwardFacts(q question, sc *scope) ([]int, int) {
	best, at := 0, -1
	var out []int
	for _, i := range d.factsIn(sc) {
		if d.facts[i].Type != corpus.FactAward {
			continue
		}
		aw := d.prep[i].awardWords
		n := awardNamedIn(aw, q)
		if n == 0 || n < best {
			continue
		}
		if n > best {
			out, best = out[:0], n
			k := min(minAwardNameWords, len(aw.parts))
			at = (phraseWords{aw.parts[:k], aw.folded[:k]}).at(q.words)
		}
		out = append(out, i)
	}
	return out, at
}

// writesOtherOption reports whether the words lower, in lower case, write
// an option of one of groups the question does not name, and none it
// does.
func writesOtherOption(groups []askedGroup, lower []string) bool {
	for _, g := range groups {
		found, other := false, false
		for k, m := range g.options.items {
			if m.writtenIn(lower) {
				found = found || g.named[k]
				other = other || !g.named[k]
			}
		}
		if other && !found {
			return true
		}
	}
	return false
}

// claimedReceiver returns the words of the one a yes-or-no claim says
// received the award whose name starts at word at: the words before it,
// when a marker of receiving ("được", "nhận", "giành") stands among them,
// without that marker, the verbs of giving, the claim's lead and frame
// ("có phải") and words of address.
func claimedReceiver(q question, at int) []word {
	if at <= 0 {
		return nil
	}
	ws := q.words[:at]
	received := false
	var who []word
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if n := winWordsList.longestAt(ws, i); n > 0 {
			received = true
			i += n - 1
			continue
		}
		if n := giveWordsList.longestAt(ws, i); n > 0 {
			i += n - 1
			continue
		}
		switch {
		case awardPassiveMarkers.Has(w.fold, lexicon.Folded):
			received = true
		case i >= q.whAt && i < q.whEnd, w.personRef, honorifics.Has(w.text, lexicon.AsTyped),
			yesNoQuestionLeads.Has(w.fold, lexicon.Exact), yesNoWords.has(w.fold):
			// The claim's frame and words of address: no word of whom.
		default:
			who = append(who, w)
		}
	}
	if !received {
		return nil
	}
	return who
}

// receivedBy reports whether winner, a winner an award fact writes, is
// the one the claim's words who name, each a word of the winner or the
// initials of words side by side ("ca" of "Công an"): a person by the
// syllables of a name the winner holds ("Tùng" of "trung tướng Nguyễn
// Thanh Tùng, Giám đốc Công an Hà Nội"), a body by all the words before
// the winner's first comma ("Công an Hà Nội", not the Giám đốc of it).
func receivedBy(who []word, winner string) bool {
	ws := sharedWords(analysis.Fold(winner))
	head := len(ws)
	if i := strings.IndexByte(winner, ','); i >= 0 {
		head = len(sharedWords(analysis.Fold(winner[:i])))
	}
	covered := make([]bool, len(ws))
	for _, w := range who {
		found := false
		for k := range ws {
			if n := spells(w.fold, ws[k:]); n > 0 {
				found = true
				for j := k; j < k+n; j++ {
					covered[j] = true
				}
			}
		}
		if !found {
			return false
		}
	}
	if slices.ContainsFunc(who, func(w word) bool { return w.personName || w.cap }) {
		return true
	}
	return !slices.Contains(covered[:head], false)
}

// spells returns how many of the words ws, from the first, the folded
// word f is: 1 when it is the first, n when it is the initials of the
// first n (n ≥ 2), 0 when neither.
func spells(f string, ws []word) int {
	if len(ws) == 0 {
		return 0
	}
	if ws[0].fold == f {
		return 1
	}
	if len(f) < 2 || len(f) > len(ws) {
		return 0
	}
	for k := range len(f) {
		if ws[k].fold == "" || ws[k].fold[0] != f[k] {
			return 0
		}
	}
	return len(f)
}
