// Package answer answers Vietnamese (and English) questions about the loaded
// articles from their facts and passages.
package answer

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/hoidap/hoidap/corpus"
)

// Kind says where an answer came from.
type Kind string

// The kinds of answer.
const (
	// KindFact is an answer from a structured fact.
	KindFact Kind = "fact"
	// KindPassage is an answer from a sentence of a passage.
	KindPassage Kind = "passage"
	// KindNone means the articles do not say, or there was no question.
	KindNone Kind = "none"
	// KindChoose means several articles are loaded and the question does
	// not say which one: Choices lists them and Answer asks which.
	KindChoose Kind = "choose"
	// KindCurated is an answer an editor wrote for the question, given as
	// written instead of asking the engine (see library.CuratedAnswer). The
	// engine itself never gives it.
	KindCurated Kind = "curated"
)

// A Choice is one article a choose answer offers.
type Choice struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Date is the article's date as the article writes it, with the year.
	Date string `json:"date"`
}

// A Source is a sentence an answer rests on.
type Source struct {
	// ID is the passage's ID ("000_x/p3").
	ID string `json:"id"`
	// Article is the article's ID.
	Article string `json:"article"`
	// Text is the source sentence, trimmed to the answer limit at a clause
	// boundary.
	Text string `json:"text"`
	// Newspaper is the article's source code ("QNO") and Date its date
	// ("19/9/2024"), for the source line.
	Newspaper string `json:"newspaper,omitempty"`
	Date      string `json:"date,omitempty"`
}

// An Answer is the reply to one question, in the JSON shape of the
// evaluation contract.
type Answer struct {
	// Question is the input, NFC-normalised, invalid bytes replaced.
	Question string `json:"question"`
	// Answer is the short answer, at most MaxAnswer characters.
	Answer string `json:"answer"`
	// Reply is the whole plain-text message a user sees.
	Reply string `json:"reply"`
	Kind  Kind   `json:"kind"`
	// Confidence is in [0, 1].
	Confidence float64 `json:"confidence"`
	// Sources are the sentences the answer rests on; never nil.
	Sources []Source `json:"sources"`
	// Suggestions are questions the articles can answer, offered with a
	// none answer and as related questions.
	Suggestions []string `json:"suggestions,omitempty"`
	// Article is the ID of the one article the answer comes from, empty
	// when it comes from none (a none or choose answer).
	Article string `json:"article,omitempty"`
	// Choices are the articles a choose answer offers, best first.
	Choices []Choice `json:"choices,omitempty"`
}

// AsAsked returns question as an Answer holds it: invalid UTF-8 replaced
// by U+FFFD, NFC-normalised, otherwise unchanged.
func AsAsked(question string) string {
	return norm.NFC.String(strings.ToValidUTF8(question, "\uFFFD"))
}

// A Turn is the previous question and its answer in a conversation, so a
// follow-up ("còn Giấy khen thì sao?", "ông ấy là ai?") is read in its light.
type Turn struct {
	Question string
	Answer   Answer
}

// MaxAnswer is the most Unicode characters a short answer or a quoted source
// sentence may have.
const MaxAnswer = 300

// A Summary is what an article reports, built from its facts: for /tomtat
// and announcements.
type Summary struct {
	Article *corpus.Article
	// What the event is, when (a date as written with the year), where (a
	// venue, or the organiser's locality), and who organised it.
	What, When, Where string
	Organisers        []string
	// People are "Rank Name - Title" lines of the people named.
	People []string
	// Numbers are key quantities as written ("55 mô hình", "hơn 2.430
	// thông tin có giá trị").
	Numbers []string
	// Awards are "Award: N tập thể, M cá nhân (Giver tặng)" lines.
	Awards []string
}
