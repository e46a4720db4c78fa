package library

import (
	"context"
	"strings"

	"github.com/hoidap/hoidap/answer"
	"golang.org/x/text/unicode/norm"
)

// A Request is one question and what the caller knows of its article.
type Request struct {
	Question string
	// Prev is the previous turn of the conversation, nil for none: a
	// follow-up is answered from the previous answer's article.
	Prev *answer.Turn
	// Article, when set, is the article to answer from, whatever the
	// question names: a user's pick, or "hoidap ask --article".
	Article string
	// Current is the chat's current article: the one of the message the
	// question replies to, of the chat's latest announcement or deep
	// link. It is used when the question names no article.
	Current string
}

// MaxChoices is the most articles a choose answer lists.
const MaxChoices = 4

// ChooseQuestion is the answer of a choose answer.
const ChooseQuestion = "Bạn hỏi về sự kiện nào?"

// Ask answers r from one article: see the package doc for which. It never
// fails: an unknown article or an engine that cannot be built gives a
// none answer.
func (l *Library) Ask(ctx context.Context, r Request) answer.Answer {
	id, named, prev, choices := l.pick(ctx, r)
	switch {
	case id == "" && len(choices) == 0:
		// Every article was removed while serving.
		return noneAnswer(r.Question, NoArticles)
	case id == "":
		return l.choose(r.Question, choices)
	}
	var a answer.Answer
	err := l.Use(ctx, id, func(e *answer.Engine) {
		if named {
			a = e.AskNamed(ctx, r.Question, prev)
			return
		}
		a = e.Ask(ctx, r.Question, prev)
	})
	if err != nil {
		a = noArticle(r.Question)
	}
	if a.Kind != answer.KindNone {
		a.Article = id
	}
	return a
}

// pick returns the article r is answered from, whether the question
// names it among the others (Route), and the previous turn when it is of
// that article; or no article and the ones to choose from.
func (l *Library) pick(ctx context.Context, r Request) (id string, named bool, prev *answer.Turn, choices []Meta) {
	list := l.Articles()
	var route Route
	if len(list) > 1 {
		route = l.Route(ctx, r.Question)
	}
	prevArticle := ""
	if r.Prev != nil {
		prevArticle = r.Prev.Answer.Article
	}
	switch {
	case r.Article != "":
		id = r.Article
	case len(list) == 1:
		id = list[0].ID
	case route.Article != "":
		id = route.Article
	case prevArticle != "" && l.has(prevArticle):
		id = prevArticle
	case r.Current != "" && l.has(r.Current):
		id = r.Current
	}
	if id != "" {
		if id == prevArticle {
			prev = r.Prev
		}
		return id, id == route.Article, prev, nil
	}
	for _, s := range route.Ranked {
		if m, ok := l.Meta(s.ID); ok && len(choices) < MaxChoices {
			choices = append(choices, m)
		}
	}
	if len(choices) == 0 {
		// Nothing in the question matches: the newest articles.
		choices = list[:min(MaxChoices, len(list))]
	}
	return "", false, nil, choices
}

// has reports whether the library holds article id.
func (l *Library) has(id string) bool {
	_, ok := l.Meta(id)
	return ok
}

// choose is the answer that asks which of choices the question is about.
func (l *Library) choose(question string, choices []Meta) answer.Answer {
	a := answer.Answer{
		Question: norm.NFC.String(strings.ToValidUTF8(question, "\uFFFD")),
		Answer:   ChooseQuestion,
		Kind:     answer.KindChoose,
		Sources:  []answer.Source{},
	}
	var b strings.Builder
	b.WriteString(ChooseQuestion)
	for _, m := range choices {
		c := answer.Choice{ID: m.ID, Title: m.Title, Date: m.Date.String()}
		a.Choices = append(a.Choices, c)
		b.WriteString("\n• " + c.Title)
		if c.Date != "" {
			b.WriteString(" (" + c.Date + ")")
		}
	}
	a.Reply = b.String()
	return a
}

// The none answers of a library.
const (
	// Unreadable is the answer when the article cannot be read.
	Unreadable = "Không đọc được bài viết này. Bạn hãy chọn bài khác."
	// NoArticles is the answer when the library holds no article.
	NoArticles = "Chưa có bài viết nào để trả lời."
)

// noArticle is the none answer when the article cannot be read.
func noArticle(question string) answer.Answer { return noneAnswer(question, Unreadable) }

// noneAnswer is a none answer to question that says msg.
func noneAnswer(question, msg string) answer.Answer {
	return answer.Answer{
		Question: norm.NFC.String(strings.ToValidUTF8(question, "\uFFFD")),
		Answer:   msg,
		Reply:    msg,
		Kind:     answer.KindNone,
		Sources:  []answer.Source{},
	}
}
