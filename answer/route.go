package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
	"github.com/hoidap/hoidap/lexicon"
)

// A candidate is one possible answer to one question.
type candidate struct {
	answer string
	kind   Kind
	score  float64 // the generator's confidence, then the scorer's probability
	refs   []ref   // the sentences it rests on, best first
	gen    generator
	// features are the candidate's named features (featureNames), set by
	// the scorer.
	features features
	// rank is the ranker's logit; the confidence model reads the lead it
	// gives the candidate over the others.
	rank float64
	// numAt is one more than the position, in its first sentence, of the
	// number the answer gives, when its generator knows it (a part of a
	// breakdown is written "28 hộ dân (Sơn La)", not as the sentence has
	// it); 0 when not.
	numAt int
	// partNamed is true for a part of a breakdown whose name the question
	// gives: "Cô Tô 2.500 lượt khách" for "Cô Tô đón bao nhiêu khách".
	partNamed bool
	// casualtiesDenied is true for a no said to a claim that anyone died
	// or was hurt by a sentence denying casualties (casualtiesDenied).
	casualtiesDenied bool
	// clause is true for the clause of a sentence kept when no part of it
	// could be cut as the answer (clauseAround).
	clause bool
	// computed is true for a value worked out from what the article
	// writes (a length from a span of dates, a year from an
	// anniversary), not written in it.
	computed bool
	// eventAlone is true for the time of the article's event its lead
	// gives a when-question that names the event by no words of its own
	// (leadBinds).
	eventAlone bool
	// hourAlone is true for the hour of the article's event given to a
	// clock question that names nothing but that event ("Vụ tai nạn xảy
	// ra lúc mấy giờ?"; event).
	hourAlone bool
	// sumParts says how a sum's parts were chosen: each bound to a side
	// the question names, or guessed from the counts of one sentence,
	// clause or passage (sumBinding).
	sumParts sumBinding
	// sumElsewhere is true for a sum of the counts of one group while the
	// article counts the noun asked in other sentences too, outside it.
	sumElsewhere bool
	// wholeOf are the parts of the stated whole a sum answers with
	// (wholeCandidate); nil for any other candidate.
	wholeOf []corpus.Fact
	// totalUnstated is true for a single figure answering a total
	// question that the article does not write as a total
	// (discountSingles).
	totalUnstated bool
	// members says how a count of people was read: listed after a
	// heading, or tallied by their titles (titleCount).
	members membership
	// verdict is what the sentence a yes-no answer quotes writes of the
	// values its claim names (yesNo).
	verdict yesNoVerdict
	// toks are the answer's tokens (analysis.Tokens), read once by
	// described for all the features; nil before. They are shared: no
	// reader may change them.
	toks []analysis.Token
}

// answer finds the best answer to one simple question: the generators
// propose candidates (generate), each is described by its named features
// (features) and scored by the learned scorer (Scorer.Score); the most
// probable wins. When named is true, the question routed to the article by
// the words that name its event, the candidates to the question read
// without them (withoutEvent) compete too.
func (e *Engine) answer(ctx context.Context, q question, named bool) candidate {
	cands := e.scored(ctx, q, named)
	if len(cands) == 0 {
		return candidate{}
	}
	return cands[0]
}

// scored returns q's candidates with their features and probabilities,
// most probable first; with named, also those of q read without the words
// that name its event, marked by the feature fWithoutEvent.
func (e *Engine) scored(ctx context.Context, q question, named bool) []candidate {
	q = e.readEpisode(q)
	q = e.expandAbbreviations(q)
	cands := e.described(ctx, q)
	if named {
		if r, ok := e.withoutEvent(q); ok {
			for _, c := range e.described(ctx, r) {
				c.features.set(fWithoutEvent, 1)
				cands = append(cands, c)
			}
		}
	}
	return e.scorer.Score(cands)
}

// described returns the candidates the generators propose for q, each with
// its features.
func (e *Engine) described(ctx context.Context, q question) []candidate {
	content := e.content(q)
	sc, cands := e.generate(ctx, q, content)
	// A span that stops inside a name is carried to the name's end.
	e.completeNames(cands)
	// So is one that stops inside a length of time written in steps.
	e.completeTimes(cands)
	for i := range cands {
		cands[i].toks = analysis.Tokens(cands[i].answer)
	}
	// A span of function words alone ("về việc") answers nothing.
	cands = slices.DeleteFunc(cands, onlyFunctionWords)
	shared := &sharedFeatures{covers: map[string]float64{}, yearless: yearlessAnswers(cands), missing: map[string]articleMissing{}, asks: traitsOf(q)}
	if shared.asks.sum {
		e.discountSingles(cands)
	}
	for i := range cands {
		cands[i].features = e.features(q, content, sc, cands[i], cands, shared)
	}
	// "mấy giải A" is never "29 giải khuyến khích" of a sentence that
	// writes "3 giải A" too: a count of another kind of the noun asked,
	// beside the kind asked, answers nothing (countedKindOther).
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.features.get(fCountedKindOther) > 0 })
	if asksCalendarTime(q) {
		// "khai mạc ngày nào" is never answered by a span that writes no
		// time the reader knows (its type was checked and disagrees) and
		// no number at all: "Tùng Dương … sẽ xuất hiện trong đêm khai
		// mạc". A number the reader does not read as a day ("2-9") may
		// still be one.
		cands = slices.DeleteFunc(cands, func(c candidate) bool {
			return c.features.get(fTypeAgrees) == 0 && c.features.get(fTypeUnchecked) == 0 && !hasDigit(c.answer)
		})
	}
	if q.wh == whYesNo && q.choice == nil {
		// "… có phải …không?" asks for a yes or a no: a sentence that says
		// neither leaves the reader to judge what they asked the article
		// to (saysVerdict).
		cands = slices.DeleteFunc(cands, func(c candidate) bool { return !saysVerdict(c.answer) })
	}
	markRivals(cands)
	return cands
}

// saysVerdict reports whether an answer says yes or no: it opens with
// msgYesLead or msgNoLead, or is msgNoSuchNumber.
func saysVerdict(answer string) bool {
	return strings.HasPrefix(answer, msgYesLead) || strings.HasPrefix(answer, msgNoLead) || answer == msgNoSuchNumber
}

// generate returns the scope the index found for q and the candidates the
// generators propose: one at most from each, a few counts from quantity.
func (e *Engine) generate(ctx context.Context, q question, content []word) (*scope, []candidate) {
	if (q.wh == whWhat || q.wh == whNone) && len(q.expanded) > 0 && len(without(content, slices.Concat(q.expanded, meaningQuestionWords)...)) == 0 {
		// "HĐND là gì?" about articles without HĐND: what it usually
		// means is no answer from the articles, unless they write it
		// out ("KHKT là gì?" of an article that writes "khoa học kỹ
		// thuật").
		if c := e.longFormWritten(q); c.answer != "" {
			c.gen = genAbbreviation
			return &scope{}, []candidate{c}
		}
		return &scope{}, nil
	}
	if len(content) == 0 && q.wh == whNone {
		return &scope{}, nil
	}
	sc := e.scopeOf(ctx, q, content)
	var cands []candidate
	add := func(g generator, c candidate) {
		if c.answer != "" {
			c.gen = g
			cands = append(cands, c)
		}
	}
	add(genAbbreviation, e.abbreviation(q, content))
	add(genCredit, e.credits(q, content))
	add(genCredit, e.author(q, content, sc))
	add(genCredit, e.posted(q, content, sc))
	add(genCredit, e.newspaper(q, content, sc))
	add(genPersonTitles, e.personTitles(q, content, sc))
	byTitle, veto := e.personByTitle(q, content, sc)
	if veto {
		// A title nobody in the articles holds: no near miss.
		return sc, nil
	}
	add(genPersonByTitle, byTitle)
	add(genPersonNote, e.personNote(q, content, sc))
	add(genRoleNamed, e.roleNamed(q, content, sc))
	add(genAward, e.award(q, content, sc))
	for _, c := range e.quantity(q, content, sc) {
		add(genQuantity, c)
	}
	add(genSum, e.sum(q, content, sc))
	add(genSum, e.partsSum(q, content, sc))
	add(genBase, e.comparedBase(q, content, sc))
	add(genDifference, e.difference(q, sc))
	add(genDifference, e.remainder(q, sc))
	add(genIdentifier, e.identifier(q, content, sc))
	add(genChainage, e.chainage(q, content, sc))
	add(genHolderItem, e.holderItem(q, content, sc))
	add(genDuration, e.duration(q, content, sc))
	add(genListCount, e.listCount(q, content, sc))
	add(genListOfKind, e.kindList(q, content, sc))
	add(genCountedList, e.countedList(q, content, sc))
	add(genTitleCount, e.titleCount(q, content, sc))
	compared := e.comparedTime(q, content, sc)
	add(genComparedTime, compared)
	if !asksComparedTime(q) && !birthYearCuesList.in(q.words) {
		// The time compared with is not the event's date: "giá tăng so
		// với khi nào" asks the base, not when the price rose; nor is a
		// year of birth ("tài xế sinh năm mấy"), which a note gives.
		dated := e.datedThing(q, content, sc)
		add(genDated, dated.c)
		add(genEvent, e.event(q, content, sc, dated))
		add(genEvent, e.episodeTime(q, content, sc))
	}
	add(genNamed, e.namedList(q, content, sc))
	if claim := e.awardClaim(q, content, sc); claim.answer != "" {
		// Who gave an award is read from its facts, which name the giver
		// of every award they hold; a sentence that shares the claim's
		// words may name another giver beside them.
		add(genAwardClaim, claim)
	} else if claim := e.receiverClaim(q, content, sc); claim.answer != "" {
		// Who received an award, from its facts too: a sentence naming
		// two awards and their winners says yes of either to both.
		add(genAwardClaim, claim)
	} else if claim := e.titleClaim(q, content, sc); claim.answer != "" {
		// So is a person's title, from the facts of the person.
		add(genTitleClaim, claim)
	} else {
		add(genYesNo, e.yesNo(q, content, sc))
	}
	add(genPlace, e.place(q, content, sc))
	add(genScene, e.scene(q, content, sc))
	add(genPlaceOfKind, e.placeOfKind(q, content, sc))
	add(genPlaceOfKind, e.eventPlace(q, content, sc))
	add(genPlace, e.episodePlace(q, content, sc))
	add(genKindName, e.kindName(q, content, sc))
	add(genSuperlative, e.superlative(q, content, sc))
	add(genOpponent, e.opponent(q, content, sc))
	add(genRaceTime, e.raceTime(q, content, sc))
	add(genDirection, e.direction(q, content, sc))
	add(genCharge, e.charge(q, content, sc))
	add(genChoice, e.choiceAnswer(q, content, sc))
	if compared.answer != "" {
		// The span after "so với" is the reading asked; a time the
		// passage or period generators cut elsewhere is the event's.
		for _, c := range e.wholeLists(q, cands) {
			add(genList, c)
		}
		return sc, cands
	}
	period, pass := e.period(q, content, sc), e.passage(q, content, sc)
	if !sameAnswer(period.answer, pass.answer) {
		// The end of a period the passage generator cut too is one
		// reading of one sentence, not two that agree.
		add(genPeriod, period)
	}
	add(genPassage, pass)
	for _, c := range e.wholeLists(q, cands) {
		add(genList, c)
	}
	for _, c := range e.placeLevels(q, cands) {
		add(genList, c)
	}
	for _, c := range e.placeUnitCuts(q, cands) {
		add(genPlaceUnit, c)
	}
	return sc, cands
}

// A scope is what the index found for a question: the passages worth
// reading, best first, and their articles.
type scope struct {
	passages []string
	in       map[string]bool
	articles map[string]bool
	// cut holds the passages of the articles that tell the episode a
	// question asks of, and sents the sentences of that episode: of those
	// passages, only these are worth reading (episodeScope). Both are nil
	// for other questions.
	cut   map[string]bool
	sents map[ref]bool
	// openers are the first sentences of that episode, one an article
	// cut: they tell when and where it happened, as a lead tells its
	// article's event.
	openers []*sent
	// facts is factsIn of the scope for factsDoc, read at the first
	// generator that asks, not once by each.
	factsDoc *document
	facts    []int
}

// holds reports whether sentence i of passage id is in scope.
func (sc *scope) holds(id string, i int) bool {
	return sc.in[id] && !sc.outside(id, i)
}

// outside reports whether sentence i of passage id stands in an article
// cut to the episode a question asks of, outside that episode.
func (sc *scope) outside(id string, i int) bool {
	return sc.cut != nil && sc.cut[id] && !sc.sents[ref{id, i}]
}

// reads reports whether s is of an article in scope and not outside the
// episode asked: what a generator that reads whole articles reads.
func (sc *scope) reads(s *sent) bool {
	return sc.articles[s.art.ID] && !sc.outside(s.p.ID, s.index)
}

// holdsSent reports whether s is in scope.
func (sc *scope) holdsSent(s *sent) bool { return sc.holds(s.p.ID, s.index) }

// holdsFact reports whether the sentence f was read from is in scope.
func (sc *scope) holdsFact(f corpus.Fact) bool { return sc.holds(f.Passage, f.Sentence) }

// scopeOf is the scope the generators read for q: what the index found
// for its content words, cut to the episode it asks of, if any.
func (e *Engine) scopeOf(ctx context.Context, q question, content []word) *scope {
	return e.episodeScope(e.scope(ctx, q, content), q.episode)
}

// scope searches the index for q's content words.
func (r *retriever) scope(ctx context.Context, q question, content []word) *scope {
	words := make([]string, 0, len(content))
	exact := false
	for _, w := range content {
		words = append(words, w.text)
		exact = exact || w.marked
	}
	hits, err := r.idx.Search(ctx, index.Query{Words: words, Exact: exact, Language: q.lang, Limit: 30})
	if err != nil {
		// A cancelled search leaves nothing to read: the answer is none.
		return &scope{in: map[string]bool{}, articles: map[string]bool{}}
	}
	// Sized for the hits, the maps are made once, not grown.
	sc := &scope{
		passages: make([]string, 0, len(hits)),
		in:       make(map[string]bool, len(hits)),
		articles: make(map[string]bool, min(len(hits), len(r.doc.articles))),
	}
	for _, h := range hits {
		sc.passages = append(sc.passages, h.ID)
		sc.in[h.ID] = true
		if p, ok := r.doc.passages[h.ID]; ok {
			sc.articles[p.Article] = true
		}
	}
	return sc
}

// allFacts returns the indexes of every fact of the document's articles,
// in order.
func (d *document) allFacts() []int {
	out := make([]int, len(d.facts))
	for i := range out {
		out[i] = i
	}
	return out
}

// factsIn returns the indexes of the facts of the articles in scope, in
// order, read once a scope. The slice is shared: callers only read it.
func (d *document) factsIn(sc *scope) []int {
	if sc.factsDoc != d {
		sc.factsDoc, sc.facts = d, d.readFactsIn(sc)
	}
	return sc.facts
}

// readFactsIn is factsIn without the scope's copy.
func (d *document) readFactsIn(sc *scope) []int {
	// Sized for the facts in scope, out is made once, not grown.
	n := 0
	for _, a := range d.articles {
		if sc.articles[a.ID] {
			n += len(d.factsOf[a.ID])
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]int, 0, n)
	for _, a := range d.articles {
		if sc.articles[a.ID] {
			out = append(out, d.factsOf[a.ID]...)
		}
	}
	if sc.cut != nil {
		// An episode asked of: of the articles that tell it, the facts of
		// its sentences.
		out = slices.DeleteFunc(out, func(i int) bool { return sc.outside(d.facts[i].Passage, d.facts[i].Sentence) })
	}
	return out
}

// bestSentences returns the sentences in scope that best match words,
// best first, at most n. words are q's. The ranking is made once for
// the words and scope (matcher.rank); the slice returned is shared and
// capped at its length: callers only read it.
func (d *document) bestSentences(q question, words []word, sc *scope, n int) []scored {
	m := d.matcherOf(q, words)
	if m.rankedIn != sc {
		m.ranked, m.rankedIn = m.rank(d, sc), sc
	}
	out := m.ranked
	if len(out) > n {
		out = out[:n]
	}
	return out[:len(out):len(out)]
}

// rank returns the sentences in scope that hold any of the matcher's
// words, best first: all of them, for bestSentences to cut.
func (m *matcher) rank(d *document, sc *scope) []scored {
	// Sized for every sentence in scope, out is made once, not grown.
	size := 0
	for _, id := range sc.passages {
		size += len(d.sentsOf[id])
	}
	out := make([]scored, 0, size)
	for _, id := range sc.passages {
		for _, s := range d.sentsOf[id] {
			if sc.outside(s.p.ID, s.index) {
				continue
			}
			o := m.in(s, 0, len(s.fold))
			if o.got == 0 {
				continue
			}
			out = append(out, scored{s, o})
		}
	}
	// Stable, as sort.SliceStable with "score greater" as its order, but
	// without its reflection.
	slices.SortStableFunc(out, func(x, y scored) int {
		switch xs, ys := x.o.score(), y.o.score(); {
		case xs > ys:
			return -1
		case ys > xs:
			return 1
		}
		return 0
	})
	return out
}

// A scored is a sentence with its overlap with a question.
type scored struct {
	s *sent
	o overlap
}

// factSent returns the prepared sentence a fact was read from.
func (d *document) factSent(f corpus.Fact) *sent {
	return d.sentOf[ref{f.Passage, f.Sentence}]
}

// expandAbbreviations replaces an abbreviation the question uses but the
// articles do not ("VĐV") with its usual long form ("vận động viên"), so
// it matches the articles' words. One of two letters typed in lower case
// is one only when it is no Vietnamese syllable ("bv", not "to"), or
// before a unit of place the articles write after its long form
// (codeBeforeUnit: "ca tinh" is "Công an tỉnh").
func (d *document) expandAbbreviations(q question) question {
	changed := false
	var out []word
	for i, w := range q.words {
		if w.num || len(w.fold) < 2 {
			out = append(out, w)
			continue
		}
		asCode := d.df[w.fold] == 0 && (w.caps || len(w.fold) >= 3 || !analysis.ValidSyllable(w.fold))
		beforeUnit := !asCode && i+1 < len(q.words) && unitOpens(q.words[i+1])
		if !asCode && !beforeUnit {
			out = append(out, w)
			continue
		}
		long, ok := analysis.BuiltinAbbreviation(w.text)
		name := false // long is a name spelled by its initials
		if !ok && asCode {
			// "KHTN" of articles that write "khoa học tự nhiên".
			long, ok = d.initialsPhrase(w.fold)
			name = ok && len(w.fold) < minPhraseInitials
		}
		if !ok || beforeUnit && !d.codeBeforeUnit(w, long, q.words[i+1]) {
			out = append(out, w)
			continue
		}
		changed = true
		q.expanded = append(q.expanded, long)
		q.shortened = append(q.shortened, w.text)
		for _, t := range analysis.Tokens(analysis.Canonical(long)) {
			lw := strings.ToLower(t.Text)
			// "HP" spells only a name, "Hải Phòng": its words are
			// capitalised, as a yes-no claim reads the names it names.
			out = append(out, word{text: lw, fold: t.Folded, marked: analysis.HasDiacritics(lw), cap: name})
		}
	}
	if !changed {
		return q
	}
	q.words = out
	q.focus = nil
	q.wh = whNone
	q.findWh()
	return q
}

// codeBeforeUnit reports whether the code w, whose long form is long, is
// written before next, a main unit of place ("tỉnh", "huyện", "xã"), where
// the articles write the long form before that unit and never the code's
// syllable: "ca tinh" of articles that write "Công an tỉnh" but no "cá
// tỉnh". A code that is also a word ("ca", "to") is read so only there.
func (d *document) codeBeforeUnit(w word, long string, next word) bool {
	if !unitOpens(next) {
		return false
	}
	toks := analysis.Tokens(analysis.Canonical(long))
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1].Folded
	return d.bigrams[last+" "+next.fold] > 0 && d.bigrams[w.fold+" "+next.fold] == 0
}

// unitOpens reports whether w is a main unit of place ("tỉnh", "huyện").
func unitOpens(w word) bool {
	return !w.num && mainUnits.Has(w.fold, lexicon.Folded)
}

// photoWords speak of the article's photos; photoCreditWords ask who took
// them.
var (
	photoWords       = lexicon.MustSet("photo_words").Words()
	photoCreditWords = lexicon.MustSet("photo_credit_words").Words()
)

// creditsScore is the confidence of the photo credits the article
// writes, for who took its pictures.
const creditsScore = 0.9

// credits answers who took the photos. A credit names who took or gave
// them, so a question asking where or when a photo was taken, whether it
// shows something, how many or why ("ảnh chụp ở sân bay nào", "ảnh có
// phải chụp tại hiện trường không") asks of what the photo shows, not of
// its credit.
func (d *document) credits(q question, content []word) candidate {
	if !photoWordsList.in(q.words) || !photoCreditWordsList.in(q.words) || !asksCredit(q) {
		return candidate{}
	}
	var names []string
	var refs []ref
	seen := map[string]bool{}
	for _, f := range d.facts {
		if f.Type != corpus.FactCredit || seen[f.Text] {
			continue
		}
		seen[f.Text] = true
		names = append(names, f.Text)
		refs = append(refs, ref{f.Passage, f.Sentence})
	}
	if len(names) == 0 {
		return candidate{}
	}
	return candidate{answer: "Ảnh: " + strings.Join(names, ", ") + ".", kind: KindFact, score: creditsScore, refs: refs[:1]}
}

// asksCredit reports whether q may ask who took a photo: not a question
// asking a place, a time, a yes or no, a number, a reason or a manner,
// nor one asking which thing of a kind other than a source or a paper
// ("ảnh chụp ở sân bay nào"; "ảnh của báo nào" may ask the credit).
func asksCredit(q question) bool {
	switch q.wh {
	case whWhere, whWhen, whYesNo, whCount, whNumber, whWhy, whHow:
		return false
	case whWhat:
		noun := nounOf(q)
		return noun == nil || photoCreditWordsList.in(noun) || newspaperNouns.Has(noun[len(noun)-1].text, lexicon.AsTyped)
	}
	return true
}

var (
	// articleNouns name a news article: "bài", "bài viết", "bản tin".
	articleNouns = lexicon.MustSet("article_nouns")
	// authorCues ask who wrote one: "viết", "tác giả".
	authorCues = lexicon.MustSet("author_cues")
)

// author answers who wrote the article ("Ai viết bài này?", "Tác giả bài
// viết là ai?", "Phóng viên nào viết bài này?") with its byline: the
// question's content words all name the article or its writing, and the
// article is the one the question's scope leads to first (or the only
// one).
func (d *document) author(q question, content []word, sc *scope) candidate {
	if !(q.wh == whWho || q.wh == whWhat && writerNoun(q)) || len(content) == 0 {
		return candidate{}
	}
	// "Ai viết bài hát …?" asks of something else.
	if !asksOfArticle(content, func(w word) bool { return authorCues.Has(w.text, lexicon.AsTyped) }) {
		return candidate{}
	}
	a := d.askedArticle(sc)
	if a == nil || a.Author == "" || len(a.Passages) == 0 {
		return candidate{}
	}
	return candidate{answer: a.Author, kind: KindFact, score: authorScore, refs: []ref{{a.Passages[0].ID, 0}}}
}

// writerNoun reports whether the noun a which-question asks of names a
// writer: every word of it is an author cue ("Phóng viên nào viết bài
// này?", "tác giả nào").
func writerNoun(q question) bool {
	noun := nounOf(q)
	if len(noun) == 0 {
		return false
	}
	for _, w := range noun {
		if !authorCues.Has(w.text, lexicon.AsTyped) {
			return false
		}
	}
	return true
}

// authorScore is the generator's confidence in a byline read for who wrote
// the article: the byline is the writer as the paper prints it.
const authorScore = 0.9

// genericVerbs ask what was done with the question word after them:
// "làm" of "làm gì" (generic_verbs).
var genericVerbs = spelling{lexicon.MustSet("generic_verbs")}

// valueUnitWords are the words a question types after its question word
// for what the articles write as a value's unit: "phần trăm" for the sign
// "%", "tiền" for an amount in đồng (percent_sign_words).
var valueUnitWords = phrasesOf(lexicon.MustSet("percent_sign_words").Words())

// articleReferences are the phrases with which a question places what it
// asks in the article itself: "trong bài", "theo bài viết".
var articleReferences = phrasesOf(lexicon.MustSet("article_references").Words())

// writesPhrase reports whether the articles write the words ws side by
// side, as the bigrams of its words tell (a word alone: whether they
// write it).
func (d *document) writesPhrase(ws []word) bool {
	if len(ws) < 2 {
		return d.df[ws[0].fold] > 0
	}
	for k := 1; k < len(ws); k++ {
		if d.bigrams[ws[k-1].fold+" "+ws[k].fold] == 0 {
			return false
		}
	}
	return true
}

// durationVerbs ask a length of time with "bao lâu": "mất", "tốn".
var durationVerbs = spelling{lexicon.MustSet("duration_verbs")}

// numberPercentWords are the words of the sign "%" a question types
// right after a number.
var numberPercentWords = phrasesOf(lexicon.MustSet("number_percent_words").Words())

// content returns the words that carry the question's content: neither
// question words nor fillers nor stopwords. A stopword that forms a word
// of the articles with its neighbour stays ("Chỉ đạo" in "Ban Chỉ đạo").
func (d *document) content(q question) []word {
	var out []word
	skip := map[int]bool{}
	if q.wh == whWhen {
		// A span answers "bắt đầu khi nào" and "kết thúc khi nào" alike.
		for _, p := range spanEdges {
			if i := findPhrase(q.words, p); i >= 0 {
				skip[i], skip[i+1] = true, true
			}
		}
	}
	if q.whEnd >= 0 && q.whEnd < len(q.words) {
		for _, pw := range valueUnitWords.items {
			if pw.startsIn(q.words[q.whEnd:]) {
				// "tăng bao nhiêu phần trăm", "thưởng bao nhiêu
				// tiền": the articles write "27,1%", "30 triệu đồng".
				for k := range pw.parts {
					skip[q.whEnd+k] = true
				}
			}
		}
	}
	for i := 0; i < len(q.words); i++ {
		if n := articleReferences.longestAt(q.words, i); n > 0 && !d.writesPhrase(q.words[i:i+n]) {
			// "trong bài", "theo bài viết": the article itself.
			for k := i; k < i+n; k++ {
				skip[k] = true
			}
			i += n - 1
		}
	}
	for i := 1; i < len(q.words); i++ {
		if n := numberPercentWords.longestAt(q.words, i); n > 0 && q.words[i-1].num {
			// "giảm 3,5 phần trăm": the articles write "2,95%".
			for k := i; k < i+n; k++ {
				skip[k] = true
			}
		}
	}
	for i, w := range q.words {
		if q.inWh(i) || w.isFiller() && !d.placeNameWord(q, i) || skip[i] || w.personRef {
			continue
		}
		if i+1 == q.whAt && q.when == whenLength && durationVerbs.has(w) {
			// "mất bao lâu": the articles write the span.
			continue
		}
		if i+1 == q.whAt && genericVerbs.has(w) {
			// "ông Hùng làm gì": the verb asks with its question word
			// what was done, which the articles write with its own verb.
			continue
		}
		if q.wh == whWhat && i+1 == q.whAt && genericNouns.has(w) {
			// "giúp công an điều gì": the noun asks with its question
			// word; it is not a word to find ("điều tra").
			continue
		}
		if q.wh == whCount && i+1 == q.whAt && causativeVerbs.Has(w.fold, lexicon.Folded) {
			// "tai nạn làm bao nhiêu người chết": the verb frames the
			// count of what the event caused; articles write "khiến",
			// "gây" or "làm" alike.
			continue
		}
		if i+1 < len(q.words) && partOfDayNouns.Has(w.text, lexicon.AsTyped) && timesOfDay.Has(q.words[i+1].text, lexicon.AsTyped) {
			// "buổi sáng": the articles write the part of the day alone
			// ("Sáng 19/9, …").
			continue
		}
		if i > 0 && somePhrases.HasPhrase([]string{q.words[i-1].fold, w.fold}, lexicon.Exact) {
			continue // "một số": some
		}
		// A capitalised word inside the question is a name ("xã Tú An"),
		// not a filler that folds alike ("từ"); so is a syllable of a
		// place's name typed without marks ("phuong cho lon").
		filler := q.wh == whWhen && whenFillers.has(w) || q.wh == whWhere && whereFillers.has(w)
		if q.wh == whCount && countFillers.has(w) || filler && !(w.cap && i > 0 || d.placeNameWord(q, i)) {
			continue
		}
		if !w.personName && photoNouns.Has(w.text, lexicon.AsTyped) && captionCuesList.in(q.words) {
			// "trong ảnh" points at a caption; the word is not in it.
			continue
		}
		if !w.num && d.isStopword(q, i) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// isStopword reports whether word i of q is a stopword where it stands.
func (d *document) isStopword(q question, i int) bool {
	w := q.words[i]
	if q.lang == "en" {
		return analysis.IsEnglishStopword(w.text)
	}
	if w.personName {
		return false // "tai" of "ong tai": a name, no "tại"
	}
	if q.marked && !w.marked {
		// Typed without diacritics among words typed with them: the word
		// is as written, and no folded stopword.
		if !analysis.IsStopword(w.text) || analysis.HasDiacritics(analysis.Canonical(w.text)) {
			return false
		}
		if !plainStopwords.Has(w.text, lexicon.Exact) {
			return false
		}
	} else if !analysis.IsStopword(w.text) {
		return false
	}
	return !d.inBigram(q, i)
}

// placeNameWord reports whether word i of q, typed without marks, is a
// syllable of the name of a place after its unit ("cho" of "phuong cho
// lon" for "phường Chợ Lớn"), as the articles write it: the word before
// it and it stand side by side there. Such a word is no filler.
func (d *document) placeNameWord(q question, i int) bool {
	if q.marked || i == 0 || d.bigrams[q.words[i-1].fold+" "+q.words[i].fold] == 0 {
		return false
	}
	for start := i - 1; start >= 0 && i-start <= placeNameWords+1; start-- {
		if n, lower := unitAt(q.words, start); n > 0 && lower && start+n <= i && i < start+n+placeNameWords {
			return true
		}
	}
	return false
}

// inBigram reports whether word i of q and a word next to it are written
// side by side in the articles: "cho lon" of "Chợ Lớn", typed without
// marks, is a name, not a filler and a word.
func (d *document) inBigram(q question, i int) bool {
	w := q.words[i]
	return i > 0 && d.bigrams[q.words[i-1].fold+" "+w.fold] > 0 || i+1 < len(q.words) && d.bigrams[w.fold+" "+q.words[i+1].fold] > 0
}

// plainStopwords are the stopwords written without diacritics.
var plainStopwords = lexicon.MustSet("plain_stopwords_folded")

// spanEdges name the start or the end of a span: "bắt đầu", "kết thúc".
var spanEdges = lexicon.MustSet("span_edges").Words()

// captionCues point at a photo's caption: "trong ảnh".
var captionCues = lexicon.MustSet("caption_cues").Words()

// meaningQuestionWords are the words of "X là gì?" about an abbreviation
// besides X.
var meaningQuestionWords = lexicon.MustSet("meaning_question_words").Words()

// somePhrases say "some", whose "số" is no number: "một số".
var somePhrases = lexicon.MustSet("some_phrases_folded")

// countFillers are words of a count question that say "in all": "tổng
// số", "tổng cộng", "số lượng".
var countFillers = spelling{lexicon.MustSet("count_fillers")}

// whenFillers and whereFillers are words of when- and where-questions
// that the answering sentence need not repeat: "kéo dài từ ngày nào tới
// ngày nào", "được đưa đi đâu".
var (
	whenFillers  = spelling{lexicon.MustSet("when_fillers")}
	whereFillers = spelling{lexicon.MustSet("where_fillers")}
)

// asksCalendarTime reports whether q asks for a time written in calendar
// or clock units ("mấy giờ", "ngày nào", "tháng mấy", "năm nào"), which
// only a span writing one answers; "khi nào" may be answered by a clause
// ("khi đang đi học về") and is not such a question.
func asksCalendarTime(q question) bool {
	if q.wh != whWhen {
		return false
	}
	switch q.when {
	case whenClock, whenDay, whenMonth, whenYear:
		return true
	}
	return false
}
