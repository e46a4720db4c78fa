package bot

import (
	"context"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
)

// Inline mode limits.
const (
	maxInlineResults = 5
	inlineCacheTime  = 30 // seconds
)

// inlineArticles is how many of the best-matching articles an inline
// query is asked of.
const inlineArticles = 3

// onInline answers an inline query with up to five results, each a
// message with a question and its answer: the query's answer from each of
// the (up to three) articles it matches best, or, when none says, a first
// result saying so; then answers to related questions of the best
// article. For an empty query, answers to suggested questions of the
// newest article. Only answers the engine gives (not a none answer) are
// offered; with several articles loaded each result names its article.
func (b *Bot) onInline(ctx context.Context, ev event, iq *models.InlineQuery) {
	query := strings.TrimSpace(iq.Query)
	var (
		results []models.InlineQueryResult
		seen    = newQuestionSet()
		first   answer.Answer
		more    []string
		best    string // the article related questions come from
	)
	if query != "" {
		seen.add(query)
		for i, p := range b.inlineArticles(ctx, query) {
			article := p.Article
			a := b.ask(ctx, 0, 0, library.Request{Question: query, Article: article}, p)
			if a.Question == "" {
				a.Question = query
			}
			if i == 0 {
				first, best = a, article
			}
			if answered(a) {
				if len(results) == 0 {
					first, best = a, article
				}
				results = append(results, b.inlineResult(ctx, a, article, true))
			}
		}
		if len(results) == 0 {
			results = append(results, b.notSaidResult(query))
		}
		more = first.Suggestions
	} else if list := b.engine.Articles(); len(list) > 0 {
		best = list[0].ID
	}
	more = append(more, b.ids.suggestions(ctx, best, suggestionCount)...)
	for _, q := range more {
		if len(results) >= maxInlineResults {
			break
		}
		if !seen.add(q) {
			continue
		}
		a := b.pickAndAsk(ctx, 0, 0, library.Request{Question: q, Article: best})
		if a.Question == "" {
			a.Question = q
		}
		if answered(a) {
			results = append(results, b.inlineResult(ctx, a, best, query == ""))
		}
	}
	if results == nil {
		results = []models.InlineQueryResult{}
	}
	err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		_, err := b.tg.AnswerInlineQuery(ctx, &tg.AnswerInlineQueryParams{
			InlineQueryID: iq.ID,
			Results:       results,
			CacheTime:     inlineCacheTime,
		})
		return err
	})
	if err != nil {
		b.log.Warn("answering inline query", "err", err)
	}
	if query != "" {
		b.logAnswer(ev, query, first)
	}
}

// inlineArticles returns the picks an inline query is asked with: the
// best-matching articles, each named when the query names it, or the only
// one. The query is routed once for them all.
func (b *Bot) inlineArticles(ctx context.Context, query string) []library.Pick {
	list := b.engine.Articles()
	if len(list) == 1 {
		return []library.Pick{{Article: list[0].ID}}
	}
	var out []library.Pick
	route := b.engine.Route(ctx, query)
	for _, s := range route.Ranked {
		if len(out) == inlineArticles {
			break
		}
		out = append(out, library.Pick{Article: s.ID, Named: s.ID == route.Article})
	}
	return out
}

// answered reports whether a answers its question: the engine did not
// refuse it.
func answered(a answer.Answer) bool {
	return a.Kind != answer.KindNone && strings.TrimSpace(a.Answer) != ""
}

// inlineResult is an answer about article as an inline result; its
// message is the question and the formatted answer. The query's own answer (own) has the
// short answer as its title and the source sentence as its description; a
// related question's answer has the question as its title and the short
// answer as its description, so that it is not taken for an answer to the
// query.
func (b *Bot) inlineResult(ctx context.Context, a answer.Answer, article string, own bool) models.InlineQueryResult {
	head, desc := truncate(a.Answer, 100), ""
	if len(a.Sources) > 0 {
		desc = truncate(a.Sources[0].Text, 200)
	}
	if !own {
		head, desc = "❓ "+truncate(a.Question, 100), truncate(a.Answer, 200)
	}
	title := b.sourceTitle(article)
	if title != "" {
		// Several articles: say which one answers.
		desc = "📰 " + truncate(title, 60) + " · " + desc
	}
	text := formatAnswer(a, true, title)
	if parts := splitHTML(text, MaxMessage); len(parts) > 0 {
		text = parts[0]
	}
	r := &models.InlineQueryResultArticle{
		ID:          hashID('i', article+"\x00"+a.Question),
		Title:       head,
		Description: desc,
		InputMessageContent: &models.InputTextMessageContent{
			MessageText: text,
			ParseMode:   models.ParseModeHTML,
		},
	}
	if username, _ := b.me(); username != "" {
		link := "https://t.me/" + username
		if b.ids.resolvable(ctx, article, a.Question) {
			link = deepLink(username, questionID(idQuestion, article, a.Question))
		}
		r.ReplyMarkup = &keyboard{InlineKeyboard: [][]button{{{Text: "💬 Hỏi thêm bot", URL: link}}}}
	}
	return r
}

// notSaidResult is the first inline result for a query the articles do
// not answer: a message with the question saying so, and a button opening
// a private chat with the bot.
func (b *Bot) notSaidResult(query string) models.InlineQueryResult {
	r := &models.InlineQueryResultArticle{
		ID:          hashID('n', query),
		Title:       "Bài báo không nói về điều này",
		Description: "❓ " + truncate(query, 200),
		InputMessageContent: &models.InputTextMessageContent{
			MessageText: "❓ <i>" + esc(truncate(query, 300)) + "</i>\n" + notSaid,
			ParseMode:   models.ParseModeHTML,
		},
	}
	if username, _ := b.me(); username != "" {
		r.ReplyMarkup = &keyboard{InlineKeyboard: [][]button{{{Text: "💬 Hỏi bot trong chat riêng", URL: "https://t.me/" + username}}}}
	}
	return r
}
