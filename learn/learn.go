// Package learn fits the answer engine's scorer: it runs the committed
// question sets through the engine, labels every candidate answer with the
// sets' must strings, fits a logistic regression over the candidates'
// named features, and chooses the refusal threshold on out-of-fold
// predictions, folds split by article.
package learn

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
	"github.com/hoidap/hoidap/logreg"
)

// A Set is a question set and the articles it asks about.
type Set struct {
	// Name names the set in reports.
	Name string
	// Corpus is the folder of its articles; empty for the embedded seed.
	Corpus string
	// Article, when not empty, is the one article file the set asks
	// about, in a folder shared with others' (a real article's text in
	// real/text); Corpus is empty then.
	Article string
	// Questions is its question file.
	Questions string
	// Cases, when not nil, are its questions, read from Questions
	// already: a routed set's questions about one article.
	Cases []eval.Case
	// EventNamed is true for questions that name their event among many
	// articles: they are asked as the library asks them once routed
	// (answer.Engine.AskNamed).
	EventNamed bool
	// key, when not empty, is Corpus relative to the testdata folder: the
	// group of a set Sets found, the same whatever path the folder was
	// given by, so that the folds, and so the weights, do not depend on
	// where training runs from.
	key string
}

// group is the key that keeps a set's articles on one side of every
// split: sets about the same articles share it.
func (s Set) group() string {
	if s.key != "" {
		return s.key
	}
	if s.Corpus == "" {
		return "seed"
	}
	return filepath.ToSlash(s.Corpus)
}

// namedSets are the committed sets about one article each, beside the
// training articles of train/: the seed's, ours and the blind rounds'.
var namedSets = []struct{ name, corpus, questions string }{
	{"dev-seed", "", "dev-seed.jsonl"},
	{"seed-extra", "", "seed-extra.jsonl"},
	{"vi", "articles/vi", "articles/vi.jsonl"},
	{"en", "articles/en", "articles/en.jsonl"},
}

// Sets returns the training sets under the testdata folder root: the
// seed's sets, our Vietnamese and English articles (those of them that are
// there), every blind round (blind*/X with blind*/X.jsonl) and every
// training article (train/X with train/X.jsonl), sorted by name.
func Sets(root string) ([]Set, error) {
	var sets []Set
	for _, s := range namedSets {
		set := Set{Name: s.name, Questions: filepath.Join(root, s.questions)}
		if _, err := os.Stat(set.Questions); errors.Is(err, fs.ErrNotExist) {
			continue // a folder of training articles alone
		}
		if s.corpus != "" {
			set.Corpus, set.key = filepath.Join(root, s.corpus), s.corpus
		}
		sets = append(sets, set)
	}
	for _, pattern := range []string{"blind*/*.jsonl", "train/*.jsonl"} {
		files, err := fs.Glob(os.DirFS(root), pattern)
		if err != nil {
			return nil, fmt.Errorf("find training sets: %w", err)
		}
		for _, f := range files {
			dir := strings.TrimSuffix(f, ".jsonl")
			if info, err := os.Stat(filepath.Join(root, dir)); err != nil || !info.IsDir() {
				return nil, fmt.Errorf("training set %s: no article folder %s", f, dir)
			}
			sets = append(sets, Set{Name: strings.ReplaceAll(dir, "/", "-"), Corpus: filepath.Join(root, dir), Questions: filepath.Join(root, f), key: dir})
		}
	}
	routed, err := routedSets(root)
	if err != nil {
		return nil, err
	}
	sets = append(sets, routed...)
	sort.Slice(sets, func(i, j int) bool { return sets[i].Name < sets[j].Name })
	return sets, nil
}

// routedFile holds the questions that name their event, over many
// articles; its held-out twin (route/named-heldout.jsonl) is never trained
// on.
const routedFile = "route/named.jsonl"

// seedID is the embedded seed article's ID.
const seedID = "000_5733c26161288d00"

// routedSets returns the questions of routedFile, one set per article,
// each over the folder of that article's file under root (the embedded
// seed for the seed). Without the file there are none.
func routedSets(root string) ([]Set, error) {
	name := filepath.Join(root, routedFile)
	if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	cases, err := eval.ReadCasesFile(name)
	if err != nil {
		return nil, fmt.Errorf("routed set: %w", err)
	}
	byArticle := map[string][]eval.Case{}
	var order []string
	for _, c := range cases {
		if c.Article == "" {
			return nil, fmt.Errorf("routed set %s: %q names no article", name, c.Q)
		}
		if _, ok := byArticle[c.Article]; !ok {
			order = append(order, c.Article)
		}
		byArticle[c.Article] = append(byArticle[c.Article], c)
	}
	var sets []Set
	for _, id := range order {
		set := Set{Name: "route-" + id, Questions: name, Cases: byArticle[id], EventNamed: true}
		if id != seedID {
			dir, err := articleDir(root, id)
			if err != nil {
				return nil, fmt.Errorf("routed set %s: %w", name, err)
			}
			set.Corpus = filepath.Join(root, dir)
			set.key = filepath.ToSlash(dir)
		}
		sets = append(sets, set)
	}
	return sets, nil
}

// articleDir returns the folder, relative to root, of a training article's file
// (train/X, blind*/X, articles/vi).
func articleDir(root, id string) (string, error) {
	for _, pattern := range []string{"train/*/", "blind*/*/", "articles/vi/"} {
		files, err := fs.Glob(os.DirFS(root), pattern+id+".txt")
		if err != nil {
			return "", fmt.Errorf("find article %s: %w", id, err)
		}
		if len(files) > 0 {
			return filepath.Dir(files[0]), nil
		}
	}
	return "", fmt.Errorf("no article file %s.txt under %s", id, root)
}

// An example is one question with its candidates, labelled.
type example struct {
	group string
	// named is true for a question that names its event, asked as the
	// library asks it once routed (Set.EventNamed).
	named bool
	// refuseOK is true when refusing is right: the article does not
	// answer the question (none), or may not (or_none).
	refuseOK bool
	// real is true for a question about a real crawled article (Rows).
	real  bool
	cands []labelled
}

// labelled is one candidate answer of an example: its features and its
// labels, all that training reads of it.
type labelled struct {
	features []float64
	// right is the ranker's label (label): right, and no shorter
	// candidate of its sentence is.
	right bool
	// answered is true when, given as the answer, it scores right on its
	// case (labelAnswered): the confidence model's label.
	answered bool
	// length is the answer's length, in characters.
	length int
}

// exampleOf labels the candidates cands of case c.
func exampleOf(group string, named bool, c eval.Case, cands []answer.Candidate) example {
	right := label(c, cands)
	ex := example{group: group, named: named, refuseOK: c.None || c.OrNone, cands: make([]labelled, len(cands))}
	for i, k := range cands {
		ex.cands[i] = labelled{features: k.Features, right: right[i], answered: labelAnswered(c, k), length: utf8.RuneCountInString(k.Answer)}
	}
	return ex
}

// collect runs every set's questions through an engine over its articles.
func collect(ctx context.Context, sets []Set) ([]example, error) {
	var out []example
	for _, s := range sets {
		var err error
		cases := s.Cases
		if cases == nil {
			cases, err = eval.ReadCasesFile(s.Questions)
			if err != nil {
				return nil, fmt.Errorf("set %s: %w", s.Name, err)
			}
		}
		var articles []*corpus.Article
		switch {
		case s.Article != "":
			articles, err = articleFile(s.Article)
		case s.Corpus == "":
			articles, err = corpus.Default()
		default:
			articles, err = corpus.Load(s.Corpus)
		}
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", s.Name, err)
		}
		e, err := answer.New(ctx, articles)
		if err != nil {
			return nil, fmt.Errorf("set %s: %w", s.Name, err)
		}
		for _, c := range cases {
			cands := e.Candidates(ctx, c.Q)
			if s.EventNamed {
				cands = e.CandidatesNamed(ctx, c.Q)
			}
			out = append(out, exampleOf(s.group(), s.EventNamed, c, cands))
		}
		if err := e.Close(); err != nil {
			return nil, fmt.Errorf("set %s: %w", s.Name, err)
		}
	}
	return out, nil
}

// label marks each candidate right when, given as the answer, it scores
// right on the case, and no shorter candidate resting on the same
// sentence does: a whole sentence that holds the answer does not learn
// to win over the short answer inside it.
func label(c eval.Case, cands []answer.Candidate) []bool {
	right := make([]bool, len(cands))
	if c.None {
		return right
	}
	for i, k := range cands {
		right[i], _ = eval.Score(c, eval.Result{Kind: string(answer.KindFact), Answer: k.Answer, Reply: k.Answer})
	}
	for i, k := range cands {
		if !right[i] || k.Sentence == "" {
			continue
		}
		for j, o := range cands {
			if j != i && right[j] && o.Sentence == k.Sentence && utf8.RuneCountInString(o.Answer) < utf8.RuneCountInString(k.Answer) {
				right[i] = false
				break
			}
		}
	}
	return right
}

// Options tune Train.
type Options struct {
	// Folds is the number of folds, split by article, for the out-of-fold
	// predictions the threshold is chosen on.
	Folds int
	// MaxWrong is the most questions, in percent, the chosen threshold may
	// let get a wrong answer out of fold.
	MaxWrong float64
	// Repeats is the number of splits into folds whose out-of-fold
	// predictions are pooled; at least one.
	Repeats int
	// Fit tunes the regressions.
	Fit logreg.Options
}

// DefaultOptions are the options `hoidap train` uses. Ten folds, six
// splits and L2 = 1 gave the lowest out-of-fold log-loss of the grid tried
// (folds 5, 10, 20; splits 1 to 6; L2 0.3 to 30, ranker and confidence
// model apart): with five folds a scorer fitted on four fifths of the
// articles judged the rest worse than the scorer fitted on all of them
// judges new text, and with one split the threshold moved by about 0.01
// (ten answers) with the luck of which articles shared a fold.
var DefaultOptions = Options{Folds: 10, MaxWrong: 4, Repeats: 6, Fit: logreg.Options{L2: 1}}

// minGroups is the fewest articles Train works with: two folds.
const minGroups = 2

// Decimals is the precision the model is written with.
const Decimals = 4

// roundingSlack is how far above a multiple of the last decimal a value
// may stand from floating-point error and still round up to it.
const roundingSlack = 1e-9

// roundUp returns v rounded up to the given number of decimals: a
// threshold rounded to the nearest could fall below the probability it
// was chosen at and answer a question more than it was chosen to, a wrong
// one past MaxWrong.
func roundUp(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Ceil(v*p-roundingSlack) / p
}

// An Outcome is what the scorer did with one question out of fold.
type outcome struct {
	p             float64 // the top candidate's probability; 0 without any
	rightAnswered bool    // the top candidate is right
	rightRefused  bool    // refusing is right
	length        int     // the top candidate's length, in characters
}

// A Bin is one of the calibration bins: answered questions of similar
// confidence, their mean confidence and their share of right answers.
type Bin struct {
	N          int
	Confidence float64
	Right      float64
}

// A Report tells how the scorer did out of fold.
type Report struct {
	Sets, Questions, Candidates int
	// Strict and Wrong are the shares, in percent, of questions answered
	// right (or rightly refused) and answered wrong, at the threshold.
	Strict, Wrong float64
	// Answered is the share of questions answered at the threshold.
	Answered float64
	// MeanLength is the mean length, in characters, of the answers given.
	MeanLength float64
	// Bins are five bins of equal count of the answered questions.
	Bins []Bin
	// LogLoss is the mean log-loss of the answered-or-not predictions
	// out of fold, over the questions with a candidate.
	LogLoss float64
	// Named is the same for the questions that name their event among
	// many articles, at the same threshold; nil without any.
	Named *Report
	// Real is the same for the questions about real crawled articles
	// (Rows), at the same threshold; nil without any. They are among the
	// questions the threshold is chosen on.
	Real *Report
}

// Train fits the scorer on sets, and on the questions about real crawled
// articles of rows when rows is not nil, and chooses its threshold. The
// ranker is fitted on pairs of a right and a wrong candidate of one
// question of sets (ours). The confidence model is fitted on the top
// candidates of rankers that did not see their article (out of fold), the
// real articles' among them, so it learns how often a ranker's choice is
// right on new text. The engine answers with the candidate the
// confidence model finds most probable; the threshold is chosen on that
// choice's out-of-fold predictions. The articles are split into folds
// opt.Repeats times, each split by a hash of the articles' keys; the
// confidence model and the threshold are fitted on the out-of-fold rows
// and predictions of every split pooled, which holds them steady when a
// set or a candidate changes.
func Train(ctx context.Context, sets []Set, rows *Rows, opt Options) (*answer.Scorer, Report, error) {
	examples, err := collect(ctx, sets)
	if err != nil {
		return nil, Report{}, fmt.Errorf("train: %w", err)
	}
	if rows != nil {
		if err := rows.current(); err != nil {
			return nil, Report{}, fmt.Errorf("train: %w", err)
		}
		examples = append(examples, rows.examples...)
	}
	groups := groupsOf(examples)
	if len(groups) < minGroups {
		return nil, Report{}, fmt.Errorf("train: %d articles: out-of-fold figures need at least %d", len(groups), minGroups)
	}
	opt.Folds = min(opt.Folds, len(groups))
	opt.Repeats = max(opt.Repeats, 1)

	// Every split gives each question an out-of-fold top candidate and
	// outcome; the confidence model and the threshold are fitted on those
	// of all splits pooled, so that no one split's luck decides them.
	var tops []top
	var topExamples []example
	var single, named, real []outcome
	for rep := range opt.Repeats {
		fold := foldsOf(groups, opt.Folds, rep)
		inFold := func(f int) func(example) bool { return func(ex example) bool { return fold[ex.group] == f } }
		outFold := func(f int) func(example) bool { return func(ex example) bool { return fold[ex.group] != f } }
		// The confidence model's rows: each question's top candidate, as
		// a ranker fitted without its article chose it.
		repTops := make([]top, len(examples))
		rows := make([][][]float64, len(examples))
		for f := range opt.Folds {
			ranker, err := fitRanker(examples, ours(outFold(f)), opt.Fit)
			if err != nil {
				return nil, Report{}, fmt.Errorf("train: split %d, fold %d: %w", rep, f, err)
			}
			for i, ex := range examples {
				if inFold(f)(ex) {
					rows[i] = withLead(ranker, ex)
					repTops[i] = topOfRows(rows[i])
				}
			}
		}
		for f := range opt.Folds {
			conf, err := fitConfidence(examples, repTops, outFold(f), opt.Fit)
			if err != nil {
				return nil, Report{}, fmt.Errorf("train: split %d, fold %d: %w", rep, f, err)
			}
			for i, ex := range examples {
				if !inFold(f)(ex) {
					continue
				}
				// The threshold is chosen on the questions asked of one
				// article; those that name their event among many are
				// reported apart.
				o := outcomeOf(conf, ex, rows[i])
				switch {
				case ex.named:
					named = append(named, o)
				case ex.real:
					real = append(real, o)
					single = append(single, o)
				default:
					single = append(single, o)
				}
			}
		}
		tops = append(tops, repTops...)
		topExamples = append(topExamples, examples...)
	}
	all := func(example) bool { return true }
	ranker, err := fitRanker(examples, ours(all), opt.Fit)
	if err != nil {
		return nil, Report{}, fmt.Errorf("train: %w", err)
	}
	confFit := opt.Fit
	confFit.L2 *= float64(opt.Repeats) // each question is a row once per split
	conf, err := fitConfidence(topExamples, tops, all, confFit)
	if err != nil {
		return nil, Report{}, fmt.Errorf("train: %w", err)
	}
	conf.Threshold = threshold(single, opt.MaxWrong)
	s := &answer.Scorer{Rank: ranker, Confidence: conf}
	joined := s.Joined()
	joined.Round(Decimals)
	joined.Threshold = roundUp(conf.Threshold, Decimals)
	r := scaled(report(single, joined.Threshold), opt.Repeats)
	r.Sets, r.Questions = len(sets)+rows.articles(), len(examples)
	for _, ex := range examples {
		r.Candidates += len(ex.cands)
	}
	if len(named) > 0 {
		n := scaled(report(named, joined.Threshold), opt.Repeats)
		r.Named = &n
	}
	if len(real) > 0 {
		n := scaled(report(real, joined.Threshold), opt.Repeats)
		r.Real = &n
	}
	return answer.SplitScorer(joined), r, nil
}

// ours keeps, of the examples keep accepts, those of our own question
// sets: the ranker is fitted on them alone. The real articles' questions
// were written by readers who often ask for what our sets' contract
// answers otherwise ("ai được tặng Bằng khen?" by the units' names where
// the seed's set wants "3 tập thể, 6 cá nhân"); fitted on them too, the
// ranker put the giver above the award's recipients. What they teach is
// how often the ranker's choice is right on real news: the confidence
// model and the threshold are fitted on them as well.
func ours(keep func(example) bool) func(example) bool {
	return func(ex example) bool { return keep(ex) && !ex.real }
}

// scaled returns a report of outcomes pooled over repeats splits with its
// bins' counts given per split (r itself for one split).
func scaled(r Report, repeats int) Report {
	for i := range r.Bins {
		r.Bins[i].N /= repeats
	}
	return r
}

// foldsOf assigns every group (article) a fold of split rep: by a hash of
// the group's key and the split, so that a group added or removed moves
// no other group's fold, and so the other questions' out-of-fold
// predictions stay. When the hash leaves a fold empty (few groups), the
// groups are dealt round the folds in the hash's order instead.
func foldsOf(groups []string, folds, rep int) map[string]int {
	fold := make(map[string]int, len(groups))
	seen := make([]bool, folds)
	keys := make([]uint64, len(groups))
	for i, g := range groups {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d/%s", rep, g)
		keys[i] = h.Sum64()
		fold[g] = int(keys[i] % uint64(folds))
		seen[fold[g]] = true
	}
	if !slices.Contains(seen, false) {
		return fold
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if keys[order[a]] != keys[order[b]] {
			return keys[order[a]] < keys[order[b]]
		}
		return groups[order[a]] < groups[order[b]] // a collision: by name
	})
	for i, k := range order {
		fold[groups[k]] = i % folds
	}
	return fold
}

func groupsOf(examples []example) []string {
	seen := map[string]bool{}
	var gs []string
	for _, ex := range examples {
		if !seen[ex.group] {
			seen[ex.group] = true
			gs = append(gs, ex.group)
		}
	}
	sort.Strings(gs)
	return gs
}

// fitRanker fits the ranker on the candidates of the examples keep
// accepts: for every right and wrong candidate of one question, the
// difference of their features is an example labelled true, and its
// negation one labelled false.
func fitRanker(examples []example, keep func(example) bool, opt logreg.Options) (*logreg.Model, error) {
	xs, ys := pairs(examples, func(ex example) bool { return keep(ex) && !ex.named })
	m, err := logreg.Fit(answer.FeatureNames(), xs, ys, opt)
	if err != nil {
		return nil, fmt.Errorf("ranker: %w", err)
	}
	m.Bias = 0 // pairs in both directions: the bias carries nothing
	xs, ys = pairs(examples, func(ex example) bool { return keep(ex) && ex.named })
	fitOne(m, answer.WithoutEvent, xs, ys, opt.L2)
	return m, nil
}

// pairs returns the ranker's rows of the examples keep accepts: the
// difference of each right and each wrong candidate of a question, both
// ways.
func pairs(examples []example, keep func(example) bool) (xs [][]float64, ys []bool) {
	for _, ex := range examples {
		if !keep(ex) {
			continue
		}
		for _, a := range ex.cands {
			if !a.right {
				continue
			}
			for _, b := range ex.cands {
				if b.right {
					continue
				}
				d := make([]float64, len(a.features))
				n := make([]float64, len(a.features))
				for k := range d {
					d[k] = a.features[k] - b.features[k]
					n[k] = -d[k]
				}
				xs = append(xs, d, n)
				ys = append(ys, true, false)
			}
		}
	}
	return xs, ys
}

// withLead returns the confidence model's vector of each of an example's
// candidates: its features and its lead over the best other in the
// ranker's order.
func withLead(ranker *logreg.Model, ex example) [][]float64 {
	rank := make([]float64, len(ex.cands))
	for i, c := range ex.cands {
		rank[i] = ranker.Logit(c.features)
	}
	out := make([][]float64, len(ex.cands))
	for i, c := range ex.cands {
		out[i] = append(append([]float64(nil), c.features...), answer.RankLead(rank, i))
	}
	return out
}

// A top is a question's top candidate in the ranker's order: its index
// and its vector for the confidence model; index -1 without candidates.
type top struct {
	index int
	x     []float64
}

// topOfRows returns the candidate the ranker puts first: the one with a lead
// over all others.
func topOfRows(rows [][]float64) top {
	t := top{index: -1}
	for i, x := range rows {
		if t.index < 0 || x[len(x)-1] > t.x[len(t.x)-1] {
			t = top{index: i, x: x}
		}
	}
	return t
}

// fitConfidence fits the confidence model on the top candidates of the
// examples keep accepts, each labelled right when, given as the answer, it
// scores right on its case.
func fitConfidence(examples []example, tops []top, keep func(example) bool, opt logreg.Options) (*logreg.Model, error) {
	rows := func(named bool) (xs [][]float64, ys []bool) {
		for i, ex := range examples {
			if !keep(ex) || ex.named != named || tops[i].index < 0 {
				continue
			}
			xs = append(xs, tops[i].x)
			ys = append(ys, ex.cands[tops[i].index].answered)
		}
		return xs, ys
	}
	xs, ys := rows(false)
	m, err := logreg.Fit(answer.ConfidenceNames(), xs, ys, opt)
	if err != nil {
		return nil, fmt.Errorf("confidence: %w", err)
	}
	xs, ys = rows(true)
	fitOne(m, answer.WithoutEvent, xs, ys, opt.L2)
	return m, nil
}

// oneFitSteps is how many Newton steps fitOne takes.
const oneFitSteps = 25

// fitOne fits the weight of feature name in m on rows xs with labels ys,
// every other weight held as it is: the models are fitted on questions
// asked of one article, and only the feature that marks an answer to a
// question read without the words naming its event (which such questions
// never have) is fitted on the questions that name it, so that those do
// not move how a question about one article is answered. Without rows the
// weight stays.
func fitOne(m *logreg.Model, name string, xs [][]float64, ys []bool, l2 float64) {
	k := slices.Index(m.Names, name)
	if k < 0 || len(xs) == 0 {
		return
	}
	m.Weights[k] = 0
	offsets := make([]float64, len(xs))
	for i, x := range xs {
		offsets[i] = m.Logit(x)
	}
	w := 0.0
	for range oneFitSteps {
		g, h := -l2*w, -l2
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-(offsets[i] + w*x[k])))
			y := 0.0
			if ys[i] {
				y = 1
			}
			g += (y - p) * x[k]
			h -= p * (1 - p) * x[k] * x[k]
		}
		if h == 0 {
			break
		}
		w -= g / h
	}
	m.Weights[k] = w
}

// outcomeOf is what the engine does with an example out of fold: it
// answers with the candidate the confidence model finds most probable.
func outcomeOf(conf *logreg.Model, ex example, rows [][]float64) outcome {
	o := outcome{rightRefused: ex.refuseOK}
	best := -1
	for i, x := range rows {
		if p := conf.Predict(x); best < 0 || p > o.p {
			best, o.p = i, p
		}
	}
	if best < 0 {
		return o
	}
	o.rightAnswered = ex.cands[best].answered
	o.length = ex.cands[best].length
	return o
}

// labelAnswered reports whether a candidate, given as the answer, is
// right on the case (without the rule on shorter candidates: that rule
// shapes what is learned, not what a user is told).
func labelAnswered(c eval.Case, k answer.Candidate) bool {
	ok, _ := eval.Score(c, eval.Result{Kind: string(answer.KindFact), Answer: k.Answer, Reply: k.Answer})
	return ok
}

// threshold chooses the probability below which to refuse: the one that
// answers the most questions right while at most maxWrong percent get a
// wrong answer, or, when none keeps to that, the one with the fewest wrong.
func threshold(outs []outcome, maxWrong float64) float64 {
	ps := []float64{0}
	for _, o := range outs {
		ps = append(ps, o.p)
	}
	sort.Float64s(ps)
	best, bestStrict, bestWrong := 1.0, -1, math.MaxInt
	for _, t := range ps {
		strict, wrong := count(outs, t)
		ok := 100*float64(wrong) <= maxWrong*float64(len(outs))
		bestOK := 100*float64(bestWrong) <= maxWrong*float64(len(outs))
		switch {
		case ok && (!bestOK || strict > bestStrict || strict == bestStrict && wrong < bestWrong),
			!ok && !bestOK && wrong < bestWrong:
			best, bestStrict, bestWrong = t, strict, wrong
		}
	}
	return best
}

func count(outs []outcome, t float64) (strict, wrong int) {
	for _, o := range outs {
		switch {
		case o.p > 0 && o.p >= t && o.rightAnswered:
			strict++
		case o.p > 0 && o.p >= t:
			wrong++
		case o.rightRefused:
			strict++
		}
	}
	return strict, wrong
}

// calibrationBins is the number of bins of the calibration report.
const calibrationBins = 5

func report(outs []outcome, t float64) Report {
	var r Report
	strict, wrong := count(outs, t)
	n := float64(max(1, len(outs)))
	r.Strict, r.Wrong = 100*float64(strict)/n, 100*float64(wrong)/n
	var answered []outcome
	length := 0
	for _, o := range outs {
		if o.p > 0 && o.p >= t {
			answered = append(answered, o)
			length += o.length
		}
	}
	r.Answered = 100 * float64(len(answered)) / n
	r.LogLoss = logLoss(outs)
	if len(answered) == 0 {
		return r
	}
	r.MeanLength = float64(length) / float64(len(answered))
	sort.SliceStable(answered, func(i, j int) bool { return answered[i].p < answered[j].p })
	for b := 0; b < calibrationBins; b++ {
		lo, hi := b*len(answered)/calibrationBins, (b+1)*len(answered)/calibrationBins
		if hi <= lo {
			continue
		}
		bin := Bin{N: hi - lo}
		for _, o := range answered[lo:hi] {
			bin.Confidence += o.p
			if o.rightAnswered {
				bin.Right++
			}
		}
		bin.Confidence /= float64(bin.N)
		bin.Right /= float64(bin.N)
		r.Bins = append(r.Bins, bin)
	}
	return r
}

// logLoss returns the mean log-loss of the top candidates' probabilities
// of the outcomes with a candidate.
func logLoss(outs []outcome) float64 {
	sum, n := 0.0, 0
	for _, o := range outs {
		if o.p <= 0 {
			continue
		}
		p := o.p
		if !o.rightAnswered {
			p = 1 - p
		}
		sum -= math.Log(max(p, minProbability))
		n++
	}
	return sum / float64(max(n, 1))
}

// minProbability bounds the probabilities logLoss takes the log of.
const minProbability = 1e-12

// Lines returns the report as lines of text, for a terminal and for the
// header of the weights file.
func (r Report) Lines() []string {
	lines := []string{
		fmt.Sprintf("fitted on %d sets, %d questions, %d candidates", r.Sets, r.Questions, r.Candidates),
		fmt.Sprintf("out of fold, by article: strict %.1f%%, wrong %.1f%%, answered %.1f%%, mean answer %.0f characters, log-loss %.4f", r.Strict, r.Wrong, r.Answered, r.MeanLength, r.LogLoss),
	}
	if n := r.Named; n != nil {
		lines = append(lines, fmt.Sprintf("questions naming their event among many articles, out of fold: strict %.1f%%, wrong %.1f%%, answered %.1f%%", n.Strict, n.Wrong, n.Answered))
	}
	if n := r.Real; n != nil {
		lines = append(lines, fmt.Sprintf("questions about real crawled articles, out of fold: strict %.1f%%, wrong %.1f%%, answered %.1f%%", n.Strict, n.Wrong, n.Answered))
	}
	for i, b := range r.Bins {
		lines = append(lines, fmt.Sprintf("calibration bin %d: %d answers, mean confidence %.2f, right %.2f", i+1, b.N, b.Confidence, b.Right))
	}
	return lines
}

// Header returns the comment lines the weights file starts with: how it
// was made and what it scored out of fold.
func Header(r Report) []string {
	h := []string{
		"The answer scorer: a logistic regression over the candidates' named",
		"features (answer/features.go). Written by `hoidap train`; do not edit.",
	}
	return append(h, r.Lines()...)
}
