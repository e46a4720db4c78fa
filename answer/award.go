package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// giveWords are the folded verbs of giving or receiving an award.
var giveWords = lexicon.MustSet("give_verbs").Words()

// award answers who gave an award, who received it (and how many), and
// why: "ai được tặng Bằng khen?", "Ai là người tặng Giấy khen?".
func (d *document) award(q question, content []word, sc *scope) candidate {
	// Without an award named, only a verb of awarding, or one of winning
	// in a what-question, makes this a question about awards (see
	// below): the facts are not gathered for any other question.
	asked := strongGiveWordsList.in(q.words) || (q.wh == whWhat || q.wh == whList) && winWordsList.in(q.words)
	if !asked && !d.awardNamed(q, sc) {
		return candidate{}
	}
	var facts []corpus.Fact
	var givers [][]word // the giver's words of each of facts (prepared.giver)
	// The facts of the award the question names, by the most words of
	// its name ("Huân chương Lao động hạng Ba" before "Huân chương Lao
	// động hạng Nhất"); all of them when it names none.
	named := 0
	for _, i := range d.factsIn(sc) {
		if d.facts[i].Type != corpus.FactAward {
			continue
		}
		f := d.prep[i].award
		n := awardNamedIn(d.prep[i].awardWords, q)
		if n > named {
			facts, givers, named = facts[:0], givers[:0], n
		}
		if n == named {
			facts, givers = append(facts, f), append(givers, d.prep[i].giver)
		}
	}
	kindNamed := named > 0
	if len(facts) == 0 {
		return candidate{}
	}
	// "Chủ tịch Ủy ban nhân dân tỉnh khen thưởng những ai?": the awards of
	// the giver the question names.
	var byGiver []corpus.Fact
	for k, f := range facts {
		if f.Giver == "" {
			continue
		}
		if g := givers[k]; len(g) > 0 && share(g, q.words) >= 0.6 || d.namesGiver(q, f) {
			byGiver = append(byGiver, f)
		}
	}
	giverNamed := len(byGiver) > 0 && len(byGiver) < len(facts)
	if giverNamed {
		facts = byGiver
	}
	verbAt := giveWordsList.first(q.words)
	if (q.wh == whWhat || q.wh == whList) && winWordsList.in(q.words) {
		// "Y Xuân đoạt huy chương gì?"
		if c := d.awardOf(q, facts, 0.9); c.answer != "" {
			return c
		}
	}
	if !kindNamed && !strongGiveWordsList.in(q.words) {
		// Without an award named, only a verb of awarding makes this a
		// question about awards: "đạt", "nhận" are too common.
		return candidate{}
	}
	base := 0.98
	if !kindNamed && !giverNamed {
		base = 0.7
	}
	passive := awardPassiveMarkersList.in(q.words)
	wins := winWordsList.in(q.words)
	if q.wh == whWhat || q.wh == whList {
		if c := d.awardOf(q, facts, base); c.answer != "" {
			return c
		}
		if giverNamed && !kindNamed && verbAt >= 0 && verbAt < q.whAt {
			// "ông Dũng trao gì?": the awards the person gave.
			return awardsGiven(facts, base)
		}
	}
	if c, ok := d.awardRole(q, facts, base, verbAt); ok {
		return c
	}
	switch {
	case q.wh == whWhy || reasonQuestionCuesList.in(q.words):
		for _, f := range facts {
			if f.Reason != "" {
				return candidate{answer: upperFirst(f.Reason) + ".", kind: KindFact, score: max(base, 0.85), refs: []ref{{f.Passage, f.Sentence}}}
			}
		}
	case q.wh == whWho && !passive && !wins && verbAt > q.whAt || giverQuestionCuesList.in(q.words):
		return d.giver(byGiveVerb(q, facts, verbAt), base)
	case q.wh == whCount && (q.asksMoney() || percentAsked(q.focus)):
		// "được thưởng bao nhiêu tiền?" asks for no count of recipients.
	case q.wh == whCount && kindNamed && awardsCountedAsked(q, facts):
		return awardsCounted(q, facts, base)
	case q.wh == whWho || q.wh == whCount || q.wh == whList || q.wh == whWhere && wins || q.wh == whWhat && (q.whAt > verbAt || wins):
		return d.recipients(q, facts, base)
	}
	return candidate{}
}

// giverWords returns the words of an award's giver, without what it adds
// in brackets, with the abbreviations of their long forms and back.
func (d *document) giverWords(giver string) []word {
	return d.withAbbreviations(foldWords(strings.SplitN(giver, " (", 2)[0]))
}

// wholeSpans returns an award fact without the giver and the winners its
// reader cut in the middle of a phrase (brokenSpan): they answer nothing.
func (d *document) wholeSpans(f corpus.Fact) corpus.Fact {
	s := d.factSent(f)
	for _, r := range []*string{&f.Giver, &f.Issuer, &f.Authority, &f.Requester} {
		if *r != "" && d.brokenSpan(*r, s) {
			*r = ""
		}
	}
	var winners []string
	for _, w := range f.Winners {
		if !d.brokenSpan(w, s) {
			winners = append(winners, w)
		}
	}
	f.Winners = winners
	return f
}

// awardsGiven names the awards of facts, each with whom it went to:
// "Bằng khen cho 3 tập thể, 6 cá nhân".
func awardsGiven(facts []corpus.Fact, base float64) candidate {
	var parts []string
	var refs []ref
	seen := map[string]bool{}
	for _, f := range facts {
		key := analysis.Fold(f.Award)
		if seen[key] {
			continue
		}
		for _, g := range facts {
			// The statement with the recipients tells the most.
			if analysis.Fold(g.Award) == key && len(g.Recipients) > len(f.Recipients) {
				f = g
			}
		}
		seen[key] = true
		part := upperFirst(f.Award)
		var counts []string
		for _, c := range f.Recipients {
			counts = append(counts, c.String())
		}
		if len(counts) > 0 {
			part += " cho " + strings.Join(counts, ", ")
		}
		parts = append(parts, part)
		refs = append(refs, ref{f.Passage, f.Sentence})
	}
	return candidate{answer: strings.Join(parts, "; ") + ".", kind: KindFact, score: base, refs: refs}
}

// strongGiveWords are verbs that speak of awards without naming one.
var strongGiveWords = lexicon.MustSet("give_verbs_strong").Words()

// reasonQuestionCues ask for an award's reason; giverQuestionCues ask who
// gave or signed it.
var (
	reasonQuestionCues = lexicon.MustSet("reason_question_cues").Words()
	giverQuestionCues  = lexicon.MustSet("giver_question_cues").Words()
)

// winWords are the folded verbs whose subject receives an award: a
// question with one asks for the winners.
var winWords = lexicon.MustSet("asked_win_verbs").Words()

// giver names who gave the awards, preferring a statement that names the
// person.
func (d *document) giver(facts []corpus.Fact, base float64) candidate {
	return d.role(facts, base, giverOf)
}

// The roles of an award fact the award generator answers with role.
func giverOf(f corpus.Fact) string     { return f.Giver }
func issuerOf(f corpus.Fact) string    { return f.Issuer }
func authorityOf(f corpus.Fact) string { return f.Authority }
func requesterOf(f corpus.Fact) string { return f.Requester }

// awardAuthorityLeads put the authority an award is handed over on behalf
// of after them ("thừa ủy quyền của ai"); awardRequestVerbs ask another to
// give one ("ai đề nghị tặng").
var (
	awardAuthorityLeadsList = phrasesOf(lexicon.MustSet("award_authority_leads").Words())
	awardRequestVerbsList   = phrasesOf(lexicon.MustSet("award_request_verbs").Words())
)

// awardRole answers a who-question that asks for one of the roles an
// award sentence names beside the giver (corpus.Awarding): the authority
// when an authority lead comes before the who-word ("trao Huân chương
// thừa ủy quyền của ai"), the one who asked for it when a verb of asking
// follows the who-word and a give verb it ("Ai đề nghị tặng Bằng khen"),
// the issuer when a giver cue is "của ai" or comes before the give verb
// ("Bằng khen là của ai tặng", "Huân chương do ai trao tặng") and a fact
// names one. ok reports that the question asked for a role that only
// that role answers: with no fact naming it, nothing does.
func (d *document) awardRole(q question, facts []corpus.Fact, base float64, verbAt int) (c candidate, ok bool) {
	if q.wh != whWho {
		return candidate{}, false
	}
	if at := awardAuthorityLeadsList.first(q.words); at >= 0 && at < q.whAt {
		return d.role(facts, base, authorityOf), true
	}
	if at := awardRequestVerbsList.first(q.words); at > q.whAt && verbAt > at && !awardPassiveMarkers.Has(q.words[at-1].fold, lexicon.Folded) {
		return d.role(facts, base, requesterOf), true
	}
	if at := giverQuestionCuesList.first(q.words); at >= 0 && (possessiveMarkers.Has(q.words[at].fold, lexicon.Folded) || verbAt > at) {
		if c := d.role(facts, base, issuerOf); c.answer != "" {
			return c, true
		}
		// "thừa ủy quyền của chủ tịch UBND tỉnh, Đại tá A đã trao bằng
		// khen": the award is the authority's ("của ai", "do ai"),
		// whoever hands it over; who signs ("ai ký") may sign for it.
		if agentMarkers.Has(q.words[at].fold, lexicon.Folded) {
			if c := d.role(facts, base, authorityOf); c.answer != "" {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// byGiveVerb returns the facts of facts whose sentence writes the verb of
// giving the question writes at verbAt, as typed, when some do and some do
// not; facts otherwise. News tells the one who grants an award by "tặng"
// and the one who hands it over by "trao" ("Giám đốc Công an tỉnh đã tặng
// giấy khen …", "Đại tá A trao giấy khen …"): "giấy khen là của ai tặng"
// asks the first.
func byGiveVerb(q question, facts []corpus.Fact, verbAt int) []corpus.Fact {
	if verbAt < 0 {
		return facts
	}
	i := slices.IndexFunc(giveWordsList.items, func(pw phraseWords) bool { return pw.startsAt(q.words, verbAt) })
	if i < 0 {
		return facts
	}
	v, typed := giveWordsList.items[i], q.words[verbAt].marked
	var out []corpus.Fact
	for _, f := range facts {
		if typed && v.writtenIn(strings.Fields(strings.ToLower(f.Text))) || !typed && v.foldedIn(foldWords(analysis.Fold(f.Text))) {
			out = append(out, f)
		}
	}
	if len(out) == 0 || len(out) == len(facts) {
		return facts
	}
	return out
}

// role names the role of each award of facts, as of reads it, preferring a
// statement that names the person.
func (d *document) role(facts []corpus.Fact, base float64, of func(corpus.Fact) string) candidate {
	var parts []string
	var refs []ref
	seen := map[string]bool{}
	for _, f := range facts {
		if of(f) == "" {
			continue
		}
		key := analysis.Fold(f.Award)
		if seen[key] {
			// A later statement that names the person replaces one that
			// does not.
			continue
		}
		best := f
		for _, g := range facts {
			if analysis.Fold(g.Award) == key && of(g) != "" && d.namesPerson(of(g), g.Passage) && !d.namesPerson(of(best), best.Passage) {
				best = g
			}
		}
		seen[key] = true
		parts = append(parts, best.Award+": "+of(best))
		refs = append(refs, ref{best.Passage, best.Sentence})
	}
	if len(parts) == 0 {
		return candidate{}
	}
	if len(parts) == 1 {
		parts[0] = parts[0][strings.Index(parts[0], ": ")+2:]
	}
	return candidate{answer: strings.Join(parts, "; ") + ".", kind: KindFact, score: base, refs: refs}
}

// recipients says who received the awards, with their counts; when the
// question asks for one kind of recipient ("bao nhiêu cá nhân"), that
// count comes first.
func (d *document) recipients(q question, facts []corpus.Fact, base float64) candidate {
	var parts []string
	var refs []ref
	seen := map[string]bool{}
	single := len(facts) == 1 || sameKind(facts)
	for _, f := range facts {
		var who []string
		for _, c := range f.Recipients {
			who = append(who, c.String())
		}
		if q.wh != whCount {
			// A count asks for numbers, not for names.
			who = append(who, f.Winners...)
		} else if len(q.focus) > 0 && !countsAsked(f.Recipients, q.focus) {
			// "bao nhiêu xe đạp" is no count of tập thể or cá nhân.
			continue
		}
		if len(who) == 0 {
			continue
		}
		// "bao nhiêu cá nhân": the count of that unit alone.
		if len(q.focus) > 0 {
			for _, c := range f.Recipients {
				if share(q.focus, foldWords(c.Unit)) == 1 && len(q.focus) == len(foldWords(c.Unit)) {
					who = []string{c.String()}
				}
			}
		}
		if winners := strings.Join(f.Winners, " "); q.wh == whWho && (!d.namesPerson(winners, f.Passage) || d.peopleNamed(d.factSentText(f), f.Passage) > d.peopleNamed(winners, f.Passage)) {
			// "Ai đạt giải Nhì?": the people the sentence names; with
			// counts, only those the question singles out ("môn Toán").
			if s := d.factSent(f); s != nil {
				// The giver receives nothing: "Tổng Bí thư A trao … cho B".
				names, picked := d.people(s, without(d.content(q), strings.ToLower(f.Award)), f.Giver)
				switch {
				case picked:
					who = []string{names}
				case names != "" && len(f.Recipients) == 0:
					who = []string{names}
				case names != "" && d.countsPeople(f.Recipients, names, f.Passage):
					// "2 đoàn viên là anh A và anh B": the two named.
					who = []string{names}
				}
			}
		}
		text := strings.Join(who, ", ")
		if seen[text+f.Award] {
			continue
		}
		seen[text+f.Award] = true
		switch {
		case single && f.Giver != "":
			text += " được " + withoutVerb(f.Giver, verbOf(f)) + " " + verbOf(f) + " " + f.Award
		case single && len(f.Recipients) == 0:
			text += " đạt " + f.Award
		case single:
			text += " được " + verbOf(f) + " " + f.Award
		case f.Giver != "":
			text = f.Award + ": " + text + " (" + f.Giver + ")"
		default:
			text = f.Award + ": " + text
		}
		parts = append(parts, text)
		refs = append(refs, ref{f.Passage, f.Sentence})
	}
	if len(parts) == 0 {
		return candidate{}
	}
	return candidate{answer: strings.Join(parts, "; ") + ".", kind: KindFact, score: base, refs: refs}
}

func sameKind(facts []corpus.Fact) bool {
	for _, f := range facts {
		if analysis.Fold(f.Award) != analysis.Fold(facts[0].Award) {
			return false
		}
	}
	return true
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// awardOf answers "Y Xuân đoạt huy chương gì?": the awards of the winner
// the question names.
func (d *document) awardOf(q question, facts []corpus.Fact, base float64) candidate {
	var name []word
	for _, w := range q.words {
		if w.cap {
			name = append(name, w)
		}
	}
	if len(name) == 0 {
		return candidate{}
	}
	var parts []string
	var refs []ref
	for _, f := range facts {
		for _, w := range f.Winners {
			if strings.Contains(" "+analysis.Fold(w)+" ", " "+phraseOf(name)+" ") {
				parts = append(parts, f.Award)
				refs = append(refs, ref{f.Passage, f.Sentence})
				break
			}
		}
	}
	if len(parts) == 0 {
		return candidate{}
	}
	return candidate{answer: upperFirst(strings.Join(parts, "; ")) + ".", kind: KindFact, score: base, refs: refs}
}

// awardNamed reports whether the question names the kind of an award
// fact in scope ("Bằng khen"), as award reads it.
func (d *document) awardNamed(q question, sc *scope) bool {
	for _, i := range d.factsIn(sc) {
		if d.facts[i].Type == corpus.FactAward && awardNamedIn(d.prep[i].awardWords, q) > 0 {
			return true
		}
	}
	return false
}

// minAwardNameWords is the fewest first words of an award's name a
// question must write to name it: its kind ("bằng khen", "huân chương").
const minAwardNameWords = 2

// awardNamedBase is the rank of an award whose kind a question writes,
// before its other words count (awardNamedIn).
const awardNamedBase = 100

// awardNamedIn ranks how closely question q names an award (aw, the award
// without its quotation marks): 0 when q does not write its kind (its
// first minAwardNameWords words, or the whole of a shorter name) or goes
// on after it with a word of another name ("Huân chương Hồ Chí Minh",
// "huan chuong ho chi minh" name no "Huân chương Lao động":
// otherAwardName); awardNamedBase for the kind alone; else more by the
// words after its kind (kindLen) q holds, less by those it lacks, so that
// "huân chương hạng nhì" ranks "Huân chương Lao động hạng Nhì" above
// "Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba".
func awardNamedIn(aw phraseWords, q question) int {
	ws := q.words
	n := min(minAwardNameWords, len(aw.parts))
	if n == 0 {
		return 0
	}
	at := (phraseWords{aw.parts[:n], aw.folded[:n]}).at(ws)
	if at < 0 {
		return 0
	}
	if k := at + n; len(aw.parts) > n && k < len(ws) && otherAwardName(q, k, aw) {
		return 0
	}
	held, lacked := 0, 0
	seen := map[string]bool{}
	for _, f := range aw.folded[kindLen(aw):] {
		if seen[f] {
			continue
		}
		seen[f] = true
		if holdsFold(ws, f) {
			held++
		} else {
			lacked++
		}
	}
	if held == 0 {
		// The kind alone names every award of the kind alike.
		return awardNamedBase
	}
	return awardNamedBase + awardWordWeight*held - lacked
}

// awardKindWords are the kinds of award ("huân chương lao động").
var awardKindWords = lexicon.MustSet("award_kinds")

// kindLen returns how many first words of award aw spell its kind, the
// longest kind: 3 of "Huân chương Lao động hạng Nhì"; 0 for none.
func kindLen(aw phraseWords) int {
	for m := len(aw.parts); m > 0; m-- {
		if awardKindWords.HasPhrase(aw.parts[:m], lexicon.Exact) {
			return m
		}
	}
	return 0
}

// otherAwardName reports whether word k of q, right after an award's kind,
// starts a name the award aw (which goes on after its kind) lacks: a word
// not of aw that is no question word, function word, number, give, win or
// passive word ("huân chương tặng cho ai" names the award; "huân chương
// hồ chí minh" another).
func otherAwardName(q question, k int, aw phraseWords) bool {
	w := q.words[k]
	if q.inWh(k) || w.num || slices.Contains(aw.folded, w.fold) || stopwordsVi.Has(w.fold, lexicon.Folded) || awardPassiveMarkers.Has(w.fold, lexicon.Folded) {
		return false
	}
	rest := q.words[k:]
	return giveWordsList.first(rest) != 0 && winWordsList.first(rest) != 0
}

// awardWordWeight weighs a word of an award's name a question holds
// against those it lacks: the most words held rank first, the fewest
// lacked among them.
const awardWordWeight = 10

// namesGiver reports whether the question names, as a person ("ông
// Hợp"), the giver of award f.
func (d *document) namesGiver(q question, f corpus.Fact) bool {
	p, ok := d.passages[f.Passage]
	if !ok {
		return false
	}
	for _, i := range d.factsOf[p.Article] {
		if pf := d.facts[i]; pf.Type == corpus.FactPerson && strings.Contains(f.Giver, pf.Name) && nameIn(q, pf) {
			return true
		}
	}
	return false
}

// awardReplyVerbs are the verbs a reply may write for giving an award: the
// first by default ("tặng"), another where the fact's text holds it
// ("trao").
var awardReplyVerbs = lexicon.MustSet("award_reply_verbs").Words()

// verbOf is the verb the article uses for giving award f, of
// awardReplyVerbs.
func verbOf(f corpus.Fact) string {
	text := strings.ToLower(f.Text)
	for _, v := range awardReplyVerbs[1:] {
		if strings.Contains(text, v) {
			return v
		}
	}
	return awardReplyVerbs[0]
}

// withoutVerb returns giver without verb at its end, so that a reply
// writing the verb after the giver does not say it twice ("A trao trao").
func withoutVerb(giver, verb string) string {
	if g := strings.TrimSuffix(giver, " "+verb); g != "" {
		return g
	}
	return giver
}

// peopleNamed counts the people of the article of passage whose names t
// holds: a winners' span cut at a comma ("các đồng chí: A - Ủy viên …")
// names fewer than its sentence (", B - …").
func (d *document) peopleNamed(t, passage string) int {
	p, ok := d.passages[passage]
	if !ok {
		return 0
	}
	n := 0
	for _, i := range d.factsOf[p.Article] {
		if f := d.facts[i]; f.Type == corpus.FactPerson && strings.Contains(t, f.Name) {
			n++
		}
	}
	return n
}

// countsPeople reports whether one of counts numbers the people names
// holds: "2 đoàn viên" of "anh A (huyện X); anh B (huyện Y)".
func (d *document) countsPeople(counts []corpus.Count, names, passage string) bool {
	n := d.peopleNamed(names, passage)
	for _, c := range counts {
		if v, ok := analysis.ParseNumber(c.Number); ok && n > 0 && v == float64(n) {
			return true
		}
	}
	return false
}

// factSentText is the text of the sentence of fact f, "" when it is not
// found.
func (d *document) factSentText(f corpus.Fact) string {
	if s := d.factSent(f); s != nil {
		return s.text
	}
	return ""
}

// namesPerson reports whether t holds the name of a person of the
// article of passage.
func (d *document) namesPerson(t, passage string) bool {
	p, ok := d.passages[passage]
	if !ok {
		return false
	}
	for _, i := range d.factsOf[p.Article] {
		if f := d.facts[i]; f.Type == corpus.FactPerson && strings.Contains(t, f.Name) {
			return true
		}
	}
	return false
}

// countsAsked reports whether one of the counts is of what the focus asks:
// "cá nhân" in "bao nhiêu cá nhân được tặng Bằng khen".
func countsAsked(counts []corpus.Count, focus []word) bool {
	for _, c := range counts {
		if share(foldWords(c.Unit), focus) > 0 {
			return true
		}
	}
	return false
}

// awardsCountedAsked reports whether a count question counts the awards
// themselves, its focus being the kind of one of facts: "bao nhiêu bằng
// khen", "có tất cả bao nhiêu giấy khen được tặng".
func awardsCountedAsked(q question, facts []corpus.Fact) bool {
	for _, f := range facts {
		if kindAsked(q, f) {
			return true
		}
	}
	return false
}

// kindAsked reports whether award fact f is of the kind a count question
// counts, its focus naming the kind word for word: "bằng khen" of "bao
// nhiêu bằng khen".
func kindAsked(q question, f corpus.Fact) bool {
	kind := sharedWords(f.Award)
	return len(q.focus) == len(kind) && share(q.focus, kind) == 1
}

// awardsCounted answers how many awards of the kind asked were given: each
// recipient counted receives one, so the counts of the kind's recipients
// add up, "Bằng khen 3 tập thể, 6 cá nhân" → "3 + 6 = 9 Bằng khen". Of
// several statements of the kind, the one with the most counted recipients
// tells it; none when no statement counts its recipients.
func awardsCounted(q question, facts []corpus.Fact, base float64) candidate {
	var best *corpus.Fact
	for k, f := range facts {
		if !kindAsked(q, f) {
			continue
		}
		if best == nil || len(f.Recipients) > len(best.Recipients) {
			best = &facts[k]
		}
	}
	if best == nil || len(best.Recipients) == 0 {
		return candidate{}
	}
	var parts []string
	total := 0.0
	for _, c := range best.Recipients {
		v, ok := analysis.ParseNumber(c.Number)
		if !ok {
			return candidate{}
		}
		parts = append(parts, c.Number)
		total += v
	}
	ans := formatNumber(total) + " " + best.Award
	if len(parts) > 1 {
		ans = strings.Join(parts, plusSign) + equalsSign + ans
	}
	return candidate{answer: ans + ".", kind: KindFact, score: base, refs: []ref{{best.Passage, best.Sentence}}}
}

// withoutQuotes drops quotation marks, as a strings.Map mapping: an
// award's name written in quotes (“Tuổi trẻ dũng cảm”) is named by a
// question without them.
func withoutQuotes(r rune) rune {
	if unicode.In(r, unicode.Quotation_Mark) {
		return -1
	}
	return r
}
