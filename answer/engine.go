package answer

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// An Engine answers questions about a fixed set of articles. It is safe for
// concurrent use: after New it is only read.
type Engine struct {
	articles []*corpus.Article
	byID     map[string]*corpus.Article
	passages map[string]*corpus.Passage
	facts    []corpus.Fact
	idx      *index.Index

	sents   []*sent
	sentOf  map[ref]*sent
	sentsOf map[string][]*sent // by passage
	factsOf map[string][]int   // fact indexes by article
	prep    []prepared         // per fact
	df      map[string]int
	nsent   int
	// bigrams holds every pair of folded words side by side in a sentence,
	// and how often the articles write it.
	bigrams map[string]int
	// langs holds the languages of the articles.
	langs map[string]bool
	// abbr maps folded abbreviations to the folded words of their long
	// forms and back, over all articles.
	abbr map[string][]string

	// vocab holds, per article, the keys of the words it uses.
	vocab map[string]map[string]bool
	// times gives, by passage, the time expressions of its text
	// (analysis.Times), read when first asked for.
	times map[string]func() []analysis.TimeSpan
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
	e := &Engine{
		articles: articles,
		byID:     map[string]*corpus.Article{},
		passages: map[string]*corpus.Passage{},
		times:    map[string]func() []analysis.TimeSpan{},
		sentOf:   map[ref]*sent{},
		sentsOf:  map[string][]*sent{},
		factsOf:  map[string][]int{},
		df:       map[string]int{},
		bigrams:  map[string]int{},
		abbr:     map[string][]string{},
		langs:    map[string]bool{},
		vocab:    map[string]map[string]bool{},
	}
	scorer, err := EmbeddedScorer()
	if err != nil {
		return nil, fmt.Errorf("new engine: %w", err)
	}
	e.scorer = scorer
	var docs []index.Doc
	for _, a := range articles {
		if _, dup := e.byID[a.ID]; dup {
			return nil, fmt.Errorf("new engine: two articles named %q", a.ID)
		}
		e.byID[a.ID] = a
		e.langs[a.Language] = true
		vocab := map[string]bool{}
		e.vocab[a.ID] = vocab
		facts := corpus.Extract(a)
		for i := range facts {
			e.factsOf[a.ID] = append(e.factsOf[a.ID], len(e.facts)+i)
		}
		e.facts = append(e.facts, facts...)
		abbr := abbreviationsOf(facts)
		for k, v := range abbr {
			e.abbr[k] = v
		}
		for i := range a.Passages {
			p := &a.Passages[i]
			e.passages[p.ID] = p
			e.times[p.ID] = sync.OnceValue(func() []analysis.TimeSpan { return analysis.Times(p.Text) })
			docs = append(docs, index.Doc{ID: p.ID, Article: a.ID, Text: p.Text, Language: a.Language})
			for k := range p.Sentences {
				s := newSent(a, p, k, abbr)
				e.sents = append(e.sents, s)
				e.sentOf[ref{p.ID, k}] = s
				e.sentsOf[p.ID] = append(e.sentsOf[p.ID], s)
				for k := 1; k < len(s.fold); k++ {
					e.bigrams[s.fold[k-1]+" "+s.fold[k]]++
				}
				seen := map[string]bool{}
				for _, f := range s.fold {
					vocab[f] = true
					if !seen[f] {
						seen[f] = true
						e.df[f]++
					}
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("new engine: %w", err)
		}
	}
	e.nsent = len(e.sents)
	e.prep = make([]prepared, len(e.facts))
	for i, f := range e.facts {
		e.prep[i] = e.prepare(f)
	}
	idx, err := index.New(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("new engine: %w", err)
	}
	e.idx = idx
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
		if cands := e.answerParts(ctx, r, named); len(cands) > 0 {
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
// refusal threshold; a question of one part has at most one.
func (e *Engine) answerParts(ctx context.Context, text string, named bool) []candidate {
	parts := splitCompound(text)
	tops := make([]candidate, 0, len(parts))
	for _, p := range parts {
		if ctx.Err() != nil {
			return nil
		}
		tops = append(tops, e.answer(ctx, e.parse(p), named))
	}
	threshold := e.scorer.Confidence.Threshold
	var cands []candidate
	for i, c := range tops {
		if c.score >= threshold || corroborated(c, tops, i, threshold) {
			cands = append(cands, c)
		}
	}
	return cands
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
	if len(analysis.Tokens(text)) == 0 {
		return "", questionEmpty
	}
	return text, questionOK
}

// abbreviationsOf maps the folded words of an article's abbreviations,
// joined by spaces, to the folded words of their long forms, and back.
func abbreviationsOf(facts []corpus.Fact) map[string][]string {
	m := map[string][]string{}
	for _, f := range facts {
		if f.Type != corpus.FactAbbreviation {
			continue
		}
		short := analysis.FoldedWords(f.Short)
		long := analysis.FoldedWords(f.Long)
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
}

func (e *Engine) prepare(f corpus.Fact) prepared {
	var p prepared
	switch f.Type {
	case corpus.FactPerson:
		for _, t := range f.Titles {
			p.titles = append(p.titles, e.withAbbreviations(foldWords(t)))
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
	case corpus.FactAward:
		p.award = e.wholeSpans(f)
		p.awardFold = analysis.Fold(f.Award)
		if p.award.Giver != "" {
			p.giver = e.giverWords(p.award.Giver)
		}
	}
	return p
}

// parse reads a question in the language of the articles: a Vietnamese
// question typed without diacritics can look English to a detector, but
// about Vietnamese articles it is Vietnamese.
func (e *Engine) parse(text string) question {
	q := parseQuestion(text)
	switch {
	case q.lang == "en" && !e.langs["en"]:
		q = parseQuestionIn(text, "vi")
	case q.lang == "vi" && !e.langs["vi"]:
		q = parseQuestionIn(text, "en")
	}
	q.matchers = newMatcherCache(e)
	return q
}

// timesOf returns the time expressions of the text of passage p
// (analysis.Times), read once.
func (e *Engine) timesOf(p *corpus.Passage) []analysis.TimeSpan {
	if times, ok := e.times[p.ID]; ok {
		return times()
	}
	return analysis.Times(p.Text)
}
