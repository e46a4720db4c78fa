package library

import (
	"context"
	"strings"

	"github.com/hoidap/hoidap/answer"
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

// A Pick is the article a request is answered from, as Pick chooses it.
type Pick struct {
	// Article is the article to answer from; empty when the question must
	// ask which (Choices).
	Article string
	// Named is true when the question names Article among the others: it
	// is asked with answer.Engine.AskNamed.
	Named bool
	// Prev is the previous turn when it is of Article, nil otherwise.
	Prev *answer.Turn
	// Choices are the articles to choose from when there is no Article:
	// those the question matches, best first, or the newest.
	Choices []Meta
}

// Ask answers r from one article: see the package doc for which. It never
// fails: an unknown article or an engine that cannot be built gives a
// none answer. It is AskPicked with Pick's choice.
func (l *Library) Ask(ctx context.Context, r Request) answer.Answer {
	return l.AskPicked(ctx, r, l.Pick(ctx, r))
}

// AskPicked answers r as p says: from p.Article, or with a choose answer
// listing p.Choices. A caller that needs the article before the answer
// (to look up an editor's answer to it) picks once and passes the pick.
func (l *Library) AskPicked(ctx context.Context, r Request, p Pick) answer.Answer {
	switch {
	case p.Article == "" && len(p.Choices) == 0:
		// Every article was removed while serving.
		return noneAnswer(r.Question, NoArticles)
	case p.Article == "":
		return l.choose(r.Question, p.Choices)
	}
	var a answer.Answer
	err := l.Use(ctx, p.Article, func(e *answer.Engine) {
		if p.Named {
			a = e.AskNamed(ctx, r.Question, p.Prev)
			return
		}
		a = e.Ask(ctx, r.Question, p.Prev)
	})
	if err != nil {
		a = noArticle(r.Question)
	}
	if a.Kind != answer.KindNone {
		a.Article = p.Article
	}
	return a
}

// Pick returns the article r is answered from, whether the question
// names it among the others (Route), and the previous turn when it is of
// that article; or no article and the ones to choose from. It routes the
// question once, when more than one article is loaded.
func (l *Library) Pick(ctx context.Context, r Request) Pick {
	list := l.Articles()
	var route Route
	if len(list) > 1 {
		route = l.Route(ctx, r.Question)
	}
	prevArticle := ""
	if r.Prev != nil {
		prevArticle = r.Prev.Answer.Article
	}
	var p Pick
	switch {
	case r.Article != "":
		p.Article = r.Article
	case len(list) == 1:
		p.Article = list[0].ID
	case route.Article != "":
		p.Article = route.Article
	case prevArticle != "" && l.has(prevArticle):
		p.Article = prevArticle
	case r.Current != "" && l.has(r.Current):
		p.Article = r.Current
	}
	if p.Article != "" {
		if p.Article == prevArticle {
			p.Prev = r.Prev
		}
		p.Named = p.Article == route.Article
		return p
	}
	for _, s := range route.Ranked {
		if m, ok := l.Meta(s.ID); ok && len(p.Choices) < MaxChoices {
			p.Choices = append(p.Choices, m)
		}
	}
	if len(p.Choices) == 0 {
		// Nothing in the question matches: the newest articles.
		p.Choices = list[:min(MaxChoices, len(list))]
	}
	return p
}

// has reports whether the library holds article id.
func (l *Library) has(id string) bool {
	_, ok := l.Meta(id)
	return ok
}

// choose is the answer that asks which of choices the question is about.
func (l *Library) choose(question string, choices []Meta) answer.Answer {
	a := answer.Answer{
		Question: answer.AsAsked(question),
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
		Question: answer.AsAsked(question),
		Answer:   msg,
		Reply:    msg,
		Kind:     answer.KindNone,
		Sources:  []answer.Source{},
	}
}
