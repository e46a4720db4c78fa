package bot

import (
	"context"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
)

// Inline mode limits.
const (
	maxInlineResults = 5
	inlineCacheTime  = 30 // seconds
)

// onInline answers an inline query with up to five results, each a
// message with a question and its answer: the query's answer, or, when the
// articles do not say, a first result saying so; then answers to related
// questions. For an empty query, answers to suggested questions. Only
// answers the engine gives (not a none answer) are offered.
func (b *Bot) onInline(ctx context.Context, ev event, iq *models.InlineQuery) {
	query := strings.TrimSpace(iq.Query)
	var (
		results []models.InlineQueryResult
		seen    = newQuestionSet()
		first   answer.Answer
		more    []string
	)
	if query != "" {
		first = b.ask(ctx, 0, 0, query, nil)
		if first.Question == "" {
			first.Question = query
		}
		seen.add(query)
		if answered(first) {
			results = append(results, b.inlineResult(first, true))
		} else {
			results = append(results, b.notSaidResult(query))
		}
		more = first.Suggestions
	}
	more = append(more, b.ids.suggestions...)
	for _, q := range more {
		if len(results) >= maxInlineResults {
			break
		}
		if !seen.add(q) {
			continue
		}
		a := b.ask(ctx, 0, 0, q, nil)
		if a.Question == "" {
			a.Question = q
		}
		if answered(a) {
			results = append(results, b.inlineResult(a, query == ""))
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

// answered reports whether a answers its question: the engine did not
// refuse it.
func answered(a answer.Answer) bool {
	return a.Kind != answer.KindNone && strings.TrimSpace(a.Answer) != ""
}

// inlineResult is an answer as an inline result; its message is the
// question and the formatted answer. The query's own answer (own) has the
// short answer as its title and the source sentence as its description; a
// related question's answer has the question as its title and the short
// answer as its description, so that it is not taken for an answer to the
// query.
func (b *Bot) inlineResult(a answer.Answer, own bool) models.InlineQueryResult {
	title, desc := truncate(a.Answer, 100), ""
	if len(a.Sources) > 0 {
		desc = truncate(a.Sources[0].Text, 200)
	}
	if !own {
		title, desc = "❓ "+truncate(a.Question, 100), truncate(a.Answer, 200)
	}
	text := formatAnswer(a, true)
	if parts := splitHTML(text, MaxMessage); len(parts) > 0 {
		text = parts[0]
	}
	r := &models.InlineQueryResultArticle{
		ID:          hashID('i', a.Question),
		Title:       title,
		Description: desc,
		InputMessageContent: &models.InputTextMessageContent{
			MessageText: text,
			ParseMode:   models.ParseModeHTML,
		},
	}
	if username, _ := b.me(); username != "" {
		link := "https://t.me/" + username
		if b.ids.resolvable(a.Question) {
			link = deepLink(username, hashID(idQuestion, a.Question))
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
