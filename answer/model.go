package answer

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/logreg"
)

// weights is the learned scorer, as `hoidap train` writes it: the
// ranker's weight for each named feature ("rank.<feature>"), then the
// confidence model's ("confidence.<feature>"), its bias and the refusal
// threshold.
//
//go:embed weights.txt
var weights []byte

// WeightsFile is the path of the scorer's weights in the source tree, for
// `hoidap train`.
const WeightsFile = "answer/weights.txt"

// A Scorer scores the candidates of a question in two steps: a ranker,
// fitted on pairs of a right and a wrong candidate of one question, orders
// them; a confidence model, fitted on the candidates rankers put first on
// articles they had not seen, gives each the probability that it is right
// from its features and its lead in the ranker's order. The most probable
// answers.
type Scorer struct {
	// Rank weighs FeatureNames; its bias and threshold are unused.
	Rank *logreg.Model
	// Confidence weighs ConfidenceNames; below its Threshold the engine
	// says the articles do not say.
	Confidence *logreg.Model
}

// fRankLead is the confidence model's feature beyond the candidates': the
// ranker's lead of this candidate over the best other, squashed into
// (-1, 1).
const fRankLead = "rank_lead"

// fRankCopy is the confidence model's feature of how closely the ranker
// ties the candidate with a copy of its answer read by another generator
// (answerForm.says): 1 − |tanh| of their difference in the ranker's
// order, the most of any copy; 0 without one. Two readings of the article
// (a fact and a sentence, a quantity and a passage) that reach the same
// answer and both rank high are independent evidence that it is right;
// a copy far behind is little evidence. The measure is symmetric, so it
// raises both copies alike and leaves which of them answers to the rest.
const fRankCopy = "rank_copy"

// ConfidenceNames returns the features of the confidence model, in order:
// the candidates' features, then the ranker's lead over the best other,
// then how closely it ties with a copy of its answer.
func ConfidenceNames() []string { return append(FeatureNames(), fRankLead, fRankCopy) }

// ConfidenceExtras returns the confidence model's features of candidate i
// beyond its own, in the order of ConfidenceNames: its ranker's lead over
// the best other (RankLead) and its tie with a copy (rankCopy), given the
// ranker's logits, the answers and the generators of all the question's
// candidates.
func ConfidenceExtras(rank []float64, answers, gens []string, i int) []float64 {
	return []float64{RankLead(rank, i), rankCopy(rank, answers, gens, i)}
}

// rankCopy returns how closely the ranker ties candidate i with a copy of
// its answer by another generator: the most, over such copies, of 1 −
// |tanh| of their difference in its order; 0 without one.
func rankCopy(rank []float64, answers, gens []string, i int) float64 {
	tie := 0.0
	mine := formOf(answers[i])
	for j := range rank {
		if j != i && gens[j] != gens[i] && mine.says(formOf(answers[j])) {
			tie = max(tie, 1-math.Abs(math.Tanh(rank[i]-rank[j])))
		}
	}
	return tie
}

// An answerForm is what answerForm.says compares of an answer: its words
// folded, without the years of its dates, and its key (answerKey).
type answerForm struct {
	words, key string
	// numbers are the answer's numbers, folded and without the years of
	// dates, in order.
	numbers string
}

// formOf returns answer's answerForm.
func formOf(answer string) answerForm {
	var nums []string
	for _, t := range analysis.Tokens(answer) {
		if t.Number {
			nums = append(nums, withoutYear(analysis.Fold(t.Text)))
		}
	}
	return answerForm{words: " " + withoutYears(answer) + " ", key: answerKey(answer), numbers: strings.Join(nums, " ")}
}

// says reports whether two answers say the same: the same words, or the
// same first number or name (answerKey) and the same numbers ("20 năm"
// and "20 năm Ngày hội", not "12 tập thể" and "12 tập thể, 19 cá nhân",
// which says more).
func (a answerForm) says(b answerForm) bool {
	if a.key != "" && a.key == b.key && a.numbers == b.numbers {
		return true
	}
	return strings.TrimSpace(a.words) != "" && a.words == b.words
}

// Names returns the names of a scorer's weights as written: the ranker's
// and then the confidence model's, each prefixed with its part.
func (s *Scorer) Names() []string { return scorerNames() }

func scorerNames() []string {
	var names []string
	for _, n := range featureNames {
		names = append(names, "rank."+n)
	}
	for _, n := range ConfidenceNames() {
		names = append(names, "confidence."+n)
	}
	return names
}

// Joined returns the scorer as one model, in the order of Names, with the
// confidence model's bias and threshold: the form it is written in.
func (s *Scorer) Joined() *logreg.Model {
	return &logreg.Model{
		Names:     scorerNames(),
		Weights:   append(append([]float64(nil), s.Rank.Weights...), s.Confidence.Weights...),
		Bias:      s.Confidence.Bias,
		Threshold: s.Confidence.Threshold,
	}
}

// SplitScorer is the inverse of Joined.
func SplitScorer(m *logreg.Model) *Scorer {
	n := len(featureNames)
	return &Scorer{
		Rank:       &logreg.Model{Names: FeatureNames(), Weights: m.Weights[:n]},
		Confidence: &logreg.Model{Names: ConfidenceNames(), Weights: m.Weights[n:], Bias: m.Bias, Threshold: m.Threshold},
	}
}

var loadScorer = sync.OnceValues(func() (*Scorer, error) {
	m, err := logreg.Read(bytes.NewReader(weights), scorerNames())
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", WeightsFile, err)
	}
	return SplitScorer(m), nil
})

// EmbeddedScorer returns the scorer the engine uses, read from the
// embedded weights. Callers must not change it.
func EmbeddedScorer() (*Scorer, error) { return loadScorer() }

// Weights returns the embedded weights file as written.
func Weights() []byte { return bytes.Clone(weights) }

// Score sets each candidate's score to the confidence model's probability,
// from its features and its lead over the best other in the ranker's
// order, and returns them most probable first. Candidates must have their
// features.
func (s *Scorer) Score(cands []candidate) []candidate {
	rank := make([]float64, len(cands))
	for i, c := range cands {
		rank[i] = s.Rank.Logit(c.features)
	}
	answers, gens := make([]string, len(cands)), make([]string, len(cands))
	for i, c := range cands {
		answers[i], gens[i] = c.answer, string(c.gen)
	}
	for i := range cands {
		x := append(slices.Clip(cands[i].features), ConfidenceExtras(rank, answers, gens, i)...)
		cands[i].score = s.Confidence.Predict(x)
		cands[i].rank = rank[i]
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	return cands
}

// RankLead returns the ranker's lead of candidate i over the best other,
// given the ranker's logits of all the question's candidates, squashed
// into (-1, 1); 1 for a lone candidate.
func RankLead(rank []float64, i int) float64 {
	other := math.Inf(-1)
	for j := range rank {
		if j != i {
			other = max(other, rank[j])
		}
	}
	if math.IsInf(other, -1) {
		return 1
	}
	return math.Tanh(rank[i] - other)
}
