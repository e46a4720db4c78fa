package answer

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// An Engine answers questions about a fixed set of articles. It is safe for
// concurrent use: after New it is only read.
//
// It composes the stages of answering: the document (what is read once
// from the articles), the retriever (the index over its passages) and the
// scorer; what needs more than one of them is a method of Engine.
type Engine struct {
	*document
	*retriever
	// scorer ranks candidates and gives their confidence: the learned
	// weights of weights.txt.
	scorer *Scorer

	// suggestions are the questions the articles answer, made when
	// first needed: most engines of a library never show them.
	suggestions func() []string
	// foldedSuggestions are the suggestions folded without their question
	// marks, as related compares them, in the same order; made when first
	// needed.
	foldedSuggestions func() []string
}

// A ref names one sentence of one passage.
type ref struct {
	passage  string
	sentence int
}

// New builds an engine over articles: it extracts their facts and indexes
// their passages.
func New(ctx context.Context, articles []*corpus.Article) (*Engine, error) {
	if len(articles) == 0 {
		return nil, fmt.Errorf("new engine: no articles")
	}
	scorer, err := EmbeddedScorer()
	if err != nil {
		return nil, fmt.Errorf("new engine: %w", err)
	}
	d, err := newDocument(ctx, articles)
	if err != nil {
		return nil, fmt.Errorf("new engine: %w", err)
	}
	r, err := newRetriever(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("new engine: %w", err)
	}
	e := &Engine{document: d, retriever: r, scorer: scorer}
	e.suggestions = sync.OnceValue(func() []string { return e.makeSuggestions(context.WithoutCancel(ctx)) })
	e.foldedSuggestions = sync.OnceValue(func() []string {
		all := e.suggestions()
		folded := make([]string, len(all))
		for i, s := range all {
			folded[i] = analysis.Fold(strings.Trim(s, "?"))
		}
		return folded
	})
	return e, nil
}

// Close releases the engine's index.
func (e *Engine) Close() error { return e.idx.Close() }

// Articles returns the loaded articles, in load order.
func (e *Engine) Articles() []*corpus.Article { return e.articles }

// Passage returns the passage with the given ID.
func (e *Engine) Passage(id string) (corpus.Passage, bool) {
	p, ok := e.passages[id]
	if !ok {
		return corpus.Passage{}, false
	}
	return *p, true
}

// Facts returns every extracted fact.
func (e *Engine) Facts() []corpus.Fact { return e.facts }

// Suggestions returns up to n questions the articles answer, the same list
// every time for the same articles.
func (e *Engine) Suggestions(n int) []string {
	all := e.suggestions()
	if n > len(all) || n < 0 {
		n = len(all)
	}
	return append([]string(nil), all[:n]...)
}

// MaxQuestion is the longest question, in bytes, the engine reads; longer
// input gets a none answer asking for a shorter question.
const MaxQuestion = 2000

// Ask answers question, in the light of the previous turn when prev is not
// nil. It never fails: a question it cannot answer gets a none answer.
func (e *Engine) Ask(ctx context.Context, question string, prev *Turn) Answer {
	return e.ask(ctx, question, prev, false)
}

// AskNamed answers a question that was routed to the article by the words
// that name its event ("hội thao công nhân viên chức Bình Định có bao
// nhiêu vận động viên?"). When the whole question finds no answer, it is
// read again without the words its article's title or lead names the
// event with: the sentence that answers does not repeat them. An article
// asked about alone is not asked this way: there, words of its title that
// a question repeats often narrow what it asks.
func (e *Engine) AskNamed(ctx context.Context, question string, prev *Turn) Answer {
	return e.ask(ctx, question, prev, true)
}

// ask is Ask, and AskNamed when named is true.
func (e *Engine) ask(ctx context.Context, question string, prev *Turn, named bool) Answer {
	a := Answer{Question: AsAsked(question), Sources: []Source{}}
	text, problem := canonicalQuestion(question)
	switch problem {
	case questionTooLong:
		return e.none(a, fmt.Sprintf(msgTooLong, MaxQuestion/5))
	case questionEmpty:
		// No letter or digit: emoji, punctuation, blank.
		return e.none(a, msgEmpty)
	}
	readings := []string{text}
	if prev != nil {
		readings = e.readings(text, prev)
	}
	for _, r := range readings {
		if err := ctx.Err(); err != nil {
			return e.none(a, msgTimeout)
		}
		cands, unanswered := e.answerParts(ctx, r, named)
		switch {
		case len(cands) > 0 && unanswered:
			return e.partial(a, cands)
		case len(cands) > 0:
			return e.compose(a, cands)
		}
	}
	if ctx.Err() != nil {
		return e.none(a, msgTimeout)
	}
	return e.none(a, "")
}

// answerParts answers each part of a compound question ("ai tặng Bằng
// khen và bao nhiêu cá nhân được tặng?") and returns the answers above the
// refusal threshold; a question of one part has at most one. unanswered
// is true when a part of a compound question found no answer while
// another did, and no answer given holds that part's best candidate
// ("xã Cư Yên, H.Lương Sơn" answers "ở xã nào, huyện nào" whole): a
// reader who asked two things and reads one answer takes it for the
// whole, or cannot tell which part it answers.
func (e *Engine) answerParts(ctx context.Context, text string, named bool) (cands []candidate, unanswered bool) {
	parts := splitCompound(text)
	tops := make([]candidate, 0, len(parts))
	for _, p := range parts {
		if ctx.Err() != nil {
			return nil, false
		}
		tops = append(tops, e.answer(ctx, e.parse(p), named))
	}
	threshold := e.scorer.Confidence.Threshold
	var refused []candidate
	for i, c := range tops {
		if c.score >= threshold || corroborated(c, tops, i, threshold) {
			cands = append(cands, c)
		} else {
			refused = append(refused, c)
		}
	}
	for _, r := range refused {
		if !heldByAny(r, cands) {
			return cands, len(cands) > 0
		}
	}
	return cands, false
}

// heldByAny reports whether the answer of a refused part, c, is written
// within one of the answers given: folded, as whole words.
func heldByAny(c candidate, given []candidate) bool {
	want := analysis.FoldedWords(c.answer)
	if len(want) == 0 {
		return false
	}
	for _, g := range given {
		if containsRun(analysis.FoldedWords(g.answer), want) {
			return true
		}
	}
	return false
}

// corroborationFloor is the least probability at which the answer to one
// part of a compound question is given on the strength of another part's:
// see corroborated.
const corroborationFloor = 0.5

// corroborated reports whether the answer c to part i of a compound
// question rests on the same sentence as the confident answer to another
// part ("Lê Đức Anh đạt giải mấy, môn gì?": "giải Ba" and "môn Tin học"
// are read from one sentence). Parts of one question ask about one fact,
// so a sentence that answers one part with confidence vouches for what it
// says about the other, down to corroborationFloor.
func corroborated(c candidate, tops []candidate, i int, threshold float64) bool {
	if c.score < corroborationFloor || len(c.refs) == 0 {
		return false
	}
	for j, o := range tops {
		if j != i && o.score >= threshold && len(o.refs) > 0 && o.refs[0] == c.refs[0] {
			return true
		}
	}
	return false
}

// What canonicalQuestion finds wrong with a question.
const (
	questionOK = iota
	questionTooLong
	questionEmpty // no letter or digit
)

// canonicalQuestion returns the question as the engine reads it: invalid
// UTF-8 replaced, then canonical (analysis.Canonical); and what is wrong
// with it, if anything.
func canonicalQuestion(question string) (string, int) {
	clean := strings.ToValidUTF8(question, "\uFFFD")
	if len(clean) > MaxQuestion {
		return "", questionTooLong
	}
	text := analysis.Canonical(clean)
	if !analysis.HasToken(text) {
		return "", questionEmpty
	}
	return text, questionOK
}

// abbreviationsOf maps the folded words of an article's abbreviations,
// joined by spaces, to the folded words of their long forms, and back.
func abbreviationsOf(facts []corpus.Fact) map[string][]string {
	m := map[string][]string{}
	for _, f := range facts {
		a, ok := f.AsAbbreviation()
		if !ok {
			continue
		}
		short := analysis.FoldedWords(a.Short)
		long := analysis.FoldedWords(a.Long)
		if len(long) == 0 || len(short) == 0 {
			continue
		}
		m[strings.Join(short, " ")] = long
		m[strings.Join(long, " ")] = short
	}
	return m
}

// prepared holds what answering needs of a fact, worked out once.
type prepared struct {
	// titles are a person's titles as words, with the abbreviations of
	// their long forms and back.
	titles [][]word
	// titlePhrases are a person's titles as folded phrases, "" for a title
	// of no words, and nameFolds the folded words of their name: for
	// namedByTitle.
	titlePhrases []string
	nameFolds    map[string]bool
	// item is a named item's text, for matching.
	item *sent
	// award is an award fact without its broken spans (wholeSpans), and
	// giver the words of its giver with their abbreviations (giverWords).
	award corpus.Fact
	giver []word
	// awardFold is an award fact's award folded, as related looks for it
	// in what was said.
	awardFold string
	// awardWords are award's award (its whole span) in lower case, split
	// into words as written and folded once: the award generator looks
	// for it in every question (as findPhrase).
	awardWords phraseWords
	// eventName is an event fact's first two words of what, in lower
	// case ("" for fewer), and eventNameFold the same folded; eventText
	// its what and text in lower case between spaces: what the event
	// generator looks for in every question.
	eventName, eventNameFold, eventText string
	// quantityAt is the word where a quantity fact's sentence writes its
	// number followed by its unit (quantityNumberAt), -1 for none.
	quantityAt int
	// change tells whether a quantity fact's number, where its sentence
	// writes it (numberWordAt), is a change ("giảm 3 vụ": isChange).
	change bool
}

// prepare reads once what the answer stage reads of fact f for every
// question: a person's titles and name folded, a named item as a sentence,
// an award without its broken spans and its giver's words, where a
// quantity's number stands. taken holds, per sentence, the words the
// quantities prepared before f stand at (quantityNumberAt); prepare adds
// f's.
func (d *document) prepare(f corpus.Fact, taken map[ref]map[int]bool) prepared {
	var p prepared
	switch f.Type {
	case corpus.FactPerson:
		for _, t := range f.Titles {
			p.titles = append(p.titles, d.withAbbreviations(foldWords(t)))
			p.titlePhrases = append(p.titlePhrases, phraseOf(foldWords(t)))
		}
		p.nameFolds = map[string]bool{}
		for _, w := range foldWords(f.Name) {
			p.nameFolds[w.fold] = true
		}
	case corpus.FactNamed:
		item := &sent{text: f.Text, pos: map[string][]int{}}
		for i, w := range foldWords(f.Text) {
			item.pos[w.fold] = append(item.pos[w.fold], i)
			item.fold = append(item.fold, w.fold)
			item.lower = append(item.lower, w.text)
		}
		p.item = item
	case corpus.FactEvent:
		if w := strings.Fields(strings.ToLower(f.What)); len(w) >= 2 {
			p.eventName = w[0] + " " + w[1]
			p.eventNameFold = analysis.Fold(p.eventName)
		}
		p.eventText = " " + strings.ToLower(f.What+" "+f.Text) + " "
	case corpus.FactQuantity:
		p.quantityAt = -1
		if s := d.factSent(f); s != nil {
			r := ref{f.Passage, f.Sentence}
			if taken[r] == nil {
				taken[r] = map[int]bool{}
			}
			p.quantityAt = quantityNumberAt(f, s, taken[r])
			if p.quantityAt >= 0 {
				taken[r][p.quantityAt] = true
			}
		}
	case corpus.FactAward:
		p.award = d.wholeSpans(f)
		p.awardFold = analysis.Fold(f.Award)
		p.awardWords = splitPhrase(strings.ToLower(strings.Map(withoutQuotes, p.award.Award)))
		if p.award.Giver != "" {
			p.giver = d.giverWords(p.award.Giver)
		}
	}
	return p
}

// parse reads a question in the language of the articles: a Vietnamese
// question typed without diacritics can look English to a detector, but
// about Vietnamese articles it is Vietnamese. The text is made canonical
// once, here, for the language detector and the parser (Canonical is
// idempotent: analysis's tests and fuzzing hold it so).
func (d *document) parse(text string) question {
	text = analysis.Canonical(text)
	q := parseCanonicalIn(text, detectCanonicalLanguage(text), known{names: d.names, places: d.places, pairs: d.contentPairs, written: d.df})
	switch {
	case q.lang == "en" && !d.langs["en"]:
		q = parseCanonicalIn(text, "vi", known{names: d.names, places: d.places, pairs: d.contentPairs, written: d.df})
	case q.lang == "vi" && !d.langs["vi"]:
		q = parseCanonical(text, "en", nil)
	}
	q.matchers = newMatcherCache(d)
	return q
}

// timesOf returns the time expressions of the text of passage p
// (analysis.Times), read once.
func (d *document) timesOf(p *corpus.Passage) []analysis.TimeSpan {
	if times, ok := d.times[p.ID]; ok {
		return times()
	}
	return analysis.Times(p.Text)
}
