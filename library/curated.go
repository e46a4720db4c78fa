package library

import (
	"strings"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/store"
)

// CuratedFooter ends the reply of a curated answer, so that readers know an
// editor wrote it.
const CuratedFooter = "✍️ Câu trả lời của ban biên tập"

// CuratedAnswer returns the answer to question that the curated answer c
// gives: of kind curated, from c's article, with c's text (white space
// trimmed) as the short answer, cut to answer.MaxAnswer characters, and as
// the reply followed by CuratedFooter. It has no sources and a confidence
// of 1. The caller looks c up under analysis.QuestionKey(question) and
// checks first that it is current (CuratedCurrent).
func CuratedAnswer(c store.Curated, question string) answer.Answer {
	text := strings.TrimSpace(c.Answer)
	return answer.Answer{
		Question:   answer.AsAsked(question),
		Answer:     answer.Trim(text, answer.MaxAnswer),
		Reply:      text + "\n\n" + CuratedFooter,
		Kind:       answer.KindCurated,
		Confidence: 1,
		Sources:    []answer.Source{},
		Article:    c.Article,
	}
}

// CuratedCurrent reports whether the curated answer c was written for the
// article m as it is now: the same article, and the same hash of its file.
// An answer written for an earlier version of the article is stale and is
// not given.
func CuratedCurrent(c store.Curated, m Meta) bool {
	return c.Article == m.ID && m.Hash != "" && c.ArticleHash == m.Hash
}
