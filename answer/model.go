package answer

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

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

// ConfidenceNames returns the features of the confidence model, in order:
// the candidates' features, then the ranker's lead.
func ConfidenceNames() []string { return append(FeatureNames(), fRankLead) }

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
	// x, a candidate's features and its rank lead, is one buffer for all
	// candidates: Predict only reads it.
	var x []float64
	for i := range cands {
		x = append(append(x[:0], cands[i].features...), RankLead(rank, i))
		cands[i].score = s.Confidence.Predict(x)
		cands[i].rank = rank[i]
	}
	// Stable, as sort.SliceStable, but without its reflection.
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.score > b.score:
			return -1
		case b.score > a.score:
			return 1
		}
		return 0
	})
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
