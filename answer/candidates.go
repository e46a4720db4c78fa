package answer

import (
	"context"
	"strconv"
)

// A Candidate is one possible answer to a question, as the scorer saw it:
// for training the scorer and for explaining an answer.
type Candidate struct {
	// Answer is the candidate's short answer.
	Answer string `json:"answer"`
	// Generator names the stage that proposed it ("quantity", "passage").
	Generator string `json:"generator"`
	// Probability is the scorer's probability that the answer is right.
	Probability float64 `json:"probability"`
	// Sentence names the sentence it rests on ("000_x/p3#1"), empty when
	// none.
	Sentence string `json:"sentence,omitempty"`
	// Features holds the value of each feature, in FeatureNames order.
	Features []float64 `json:"-"`
}

// NamedFeatures returns the candidate's non-zero features by name.
func (c Candidate) NamedFeatures() map[string]float64 {
	m := map[string]float64{}
	for i, v := range c.Features {
		if v != 0 && i < len(featureNames) {
			m[featureNames[i]] = round2(v)
		}
	}
	return m
}

// Candidates returns every candidate answer to a simple question (no
// previous turn; a compound question is read as one), most probable
// first, with its features.
func (e *Engine) Candidates(ctx context.Context, question string) []Candidate {
	return e.candidates(ctx, question, false)
}

// CandidatesNamed is Candidates for a question asked with AskNamed: the
// candidates to the question read without the words that name its event
// are among them.
func (e *Engine) CandidatesNamed(ctx context.Context, question string) []Candidate {
	return e.candidates(ctx, question, true)
}

// candidates is Candidates, and CandidatesNamed when named is true.
func (e *Engine) candidates(ctx context.Context, question string, named bool) []Candidate {
	text, problem := canonicalQuestion(question)
	if problem != questionOK {
		return nil
	}
	var out []Candidate
	for _, c := range e.scored(ctx, e.parse(text), named) {
		k := Candidate{Answer: Trim(c.answer, MaxAnswer), Generator: string(c.gen), Probability: c.score, Features: c.features}
		if len(c.refs) > 0 {
			k.Sentence = c.refs[0].passage + "#" + strconv.Itoa(c.refs[0].sentence)
		}
		out = append(out, k)
	}
	return out
}
