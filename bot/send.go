package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// errBlocked is returned for a chat that has blocked or removed the bot.
var errBlocked = errors.New("chat has blocked or removed the bot")

// maxAttempts bounds the tries of one Bot API call.
const maxAttempts = 5

// maxRetryAfter bounds one wait asked for by a 429 answer.
const maxRetryAfter = 5 * time.Minute

// call makes one Bot API call to chat, paced when paced is set: it waits
// out 429 answers, follows a group's migration to a supergroup, retries
// errors where the request surely did not reach Telegram, and marks the
// chat blocked on 403. It never retries an ambiguous failure, so a message
// is never sent twice.
func (b *Bot) call(ctx context.Context, chat int64, paced bool, op func(ctx context.Context, chat int64) error) error {
	backoff := 200 * time.Millisecond
	for attempt := 1; ; attempt++ {
		chat = b.route(chat)
		if _, blocked := b.blocked.get(chat); blocked {
			return errBlocked
		}
		if paced {
			if err := b.pace.wait(ctx, chat); err != nil {
				return err
			}
		}
		cctx, cancel := context.WithTimeout(ctx, b.cfg.SendTimeout)
		err := op(cctx, chat)
		cancel()
		if err == nil {
			return nil
		}
		var (
			tooMany *tg.TooManyRequestsError
			migrate *tg.MigrateError
		)
		switch {
		case errors.As(err, &migrate) && migrate.MigrateToChatID != 0 && attempt < maxAttempts:
			to := int64(migrate.MigrateToChatID)
			b.log.Info("chat migrated", "from", chat, "to", to)
			b.migrated.put(chat, to)
			continue
		case errors.As(err, &tooMany) && attempt < maxAttempts:
			wait := min(max(time.Duration(tooMany.RetryAfter)*time.Second, time.Second), maxRetryAfter)
			b.log.Warn("rate limited by Telegram", append(chatAttr(chat), "retry_after", wait)...)
			if err := sleep(ctx, b.clock, wait); err != nil {
				return err
			}
			continue
		case errors.Is(err, tg.ErrorForbidden):
			b.log.Info("chat blocked the bot; not sending to it", "chat", chat)
			b.blocked.put(chat, struct{}{})
			return fmt.Errorf("%w: %w", errBlocked, err)
		case notSent(err) && attempt < maxAttempts && ctx.Err() == nil:
			b.log.Warn("Bot API unreachable; retrying", append(chatAttr(chat), "err", b.redact(err))...)
			if err := sleep(ctx, b.clock, backoff); err != nil {
				return err
			}
			backoff *= 2
			continue
		}
		return err
	}
}

// chatAttr is the log attribute of chat, none for a call to no chat (0).
func chatAttr(chat int64) []any {
	if chat == 0 {
		return nil
	}
	return []any{"chat", chat}
}

// notSent reports whether err surely happened before the request reached
// the server: the connection was never made.
func notSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns) || errors.Is(err, syscall.ECONNREFUSED)
}

// route returns the chat to send to for chat: the supergroup a group
// migrated to, or chat itself.
func (b *Bot) route(chat int64) int64 {
	for range 3 { // a chain of migrations is short
		to, ok := b.migrated.get(chat)
		if !ok {
			break
		}
		chat = to
	}
	return chat
}

// redact returns err's text without the token.
func (b *Bot) redact(err error) string {
	if err == nil {
		return ""
	}
	return strings.ReplaceAll(err.Error(), b.cfg.Token, "***")
}

// An outgoing message.
type outgoing struct {
	chat    int64
	thread  int // forum topic
	replyTo int // message to reply to; sent even if it was deleted
	text    string
	markup  any // on the last part only
}

// send sends m, split into parts of at most MaxMessage characters, and
// returns the id of the first part.
func (b *Bot) send(ctx context.Context, m outgoing) (int, error) {
	parts := splitHTML(m.text, MaxMessage)
	first := 0
	for i, part := range parts {
		p := &tg.SendMessageParams{
			MessageThreadID: m.thread,
			Text:            part,
			ParseMode:       models.ParseModeHTML,
		}
		if m.replyTo != 0 && i == 0 {
			p.ReplyParameters = &models.ReplyParameters{MessageID: m.replyTo, AllowSendingWithoutReply: true}
		}
		if i == len(parts)-1 && m.markup != nil {
			p.ReplyMarkup = m.markup
		}
		err := b.call(ctx, m.chat, true, func(ctx context.Context, chat int64) error {
			// A copy per try: the library may still be reading the
			// last one when a failed call returns.
			p := *p
			p.ChatID = chat
			msg, err := b.tg.SendMessage(ctx, &p)
			if err == nil && i == 0 {
				first = msg.ID
			}
			return err
		})
		if err != nil {
			return first, fmt.Errorf("sending message part %d/%d: %w", i+1, len(parts), err)
		}
	}
	return first, nil
}

// edit replaces the text of the bot's message id in chat with the first
// part of text. An unchanged text is not an error.
func (b *Bot) edit(ctx context.Context, chat int64, id int, text string, markup any) error {
	parts := splitHTML(text, MaxMessage)
	if len(parts) == 0 {
		return nil
	}
	p := &tg.EditMessageTextParams{
		MessageID: id,
		Text:      parts[0],
		ParseMode: models.ParseModeHTML,
	}
	if markup != nil {
		p.ReplyMarkup = markup
	}
	err := b.call(ctx, chat, true, func(ctx context.Context, chat int64) error {
		p := *p // a copy per try, as in send
		p.ChatID = chat
		_, err := b.tg.EditMessageText(ctx, &p)
		return err
	})
	if err != nil && strings.Contains(err.Error(), "message is not modified") {
		return nil
	}
	if err != nil {
		return fmt.Errorf("editing message %d: %w", id, err)
	}
	return nil
}

// answerCallback stops the spinner of a callback query, with an optional
// text shown as a toast or, when alert is set, an alert.
func (b *Bot) answerCallback(ctx context.Context, id, text string, alert bool) {
	err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		_, err := b.tg.AnswerCallbackQuery(ctx, &tg.AnswerCallbackQueryParams{
			CallbackQueryID: id,
			Text:            text,
			ShowAlert:       alert,
		})
		return err
	})
	if err != nil {
		b.log.Warn("answering callback query", "err", err)
	}
}

// typing shows "typing…" in chat.
func (b *Bot) typing(ctx context.Context, chat int64, thread int) {
	err := b.call(ctx, chat, false, func(ctx context.Context, chat int64) error {
		_, err := b.tg.SendChatAction(ctx, &tg.SendChatActionParams{
			ChatID:          chat,
			MessageThreadID: thread,
			Action:          models.ChatActionTyping,
		})
		return err
	})
	if err != nil {
		b.log.Debug("sending chat action", "err", err)
	}
}
