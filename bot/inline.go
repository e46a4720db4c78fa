package bot

import (
	"context"
	"slices"
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

// onInline answers an inline query with up to five answers: the query's
// and those of related questions; for an empty query, key facts.
func (b *Bot) onInline(ctx context.Context, ev event, iq *models.InlineQuery) {
	query := strings.TrimSpace(iq.Query)
	var (
		results []models.InlineQueryResult
		asked   []string
	)
	add := func(a answer.Answer) {
		if a.Kind == answer.KindNone || strings.TrimSpace(a.Answer) == "" || slices.Contains(asked, a.Question) {
			return
		}
		asked = append(asked, a.Question)
		results = append(results, b.inlineResult(a))
	}
	var (
		more  []string
		first answer.Answer
	)
	if query != "" {
		first = b.ask(ctx, 0, 0, query, nil)
		add(first)
		more = first.Suggestions
	}
	more = append(more, b.ids.suggestions...)
	for _, q := range more {
		if len(results) >= maxInlineResults {
			break
		}
		if slices.Contains(asked, q) {
			continue
		}
		add(b.ask(ctx, 0, 0, q, nil))
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

// inlineResult is an answer as an inline result: the short answer as its
// title, the source sentence as its description, the formatted answer with
// its question as the message.
func (b *Bot) inlineResult(a answer.Answer) models.InlineQueryResult {
	desc := ""
	if len(a.Sources) > 0 {
		desc = truncate(a.Sources[0].Text, 200)
	}
	text := formatAnswer(a, true)
	if parts := splitHTML(text, MaxMessage); len(parts) > 0 {
		text = parts[0]
	}
	r := &models.InlineQueryResultArticle{
		ID:          hashID('i', a.Question),
		Title:       truncate(a.Answer, 100),
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
