package bot

import (
	"context"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
)

// reply sends text in m's chat and topic, as a reply to m in a group, and
// returns the id of the message sent (0 on failure, which is logged).
func (b *Bot) reply(ctx context.Context, m *models.Message, text string, kb *keyboard) int {
	out := outgoing{chat: m.Chat.ID, text: text, markup: markup(kb)}
	if m.IsTopicMessage {
		out.thread = m.MessageThreadID
	}
	if m.Chat.Type != models.ChatTypePrivate {
		out.replyTo = m.ID
	}
	id, err := b.send(ctx, out)
	if err != nil {
		b.log.Warn("sending reply", "chat", m.Chat.Type, "err", err)
	}
	return id
}

// markup returns kb as a reply markup, nil when there is no keyboard.
func markup(kb *keyboard) any {
	if kb == nil {
		return nil
	}
	return kb
}

// ask answers r from the article p picked, showing "typing" in chat if
// the answer is slow. chat 0 means no chat to show it in.
func (b *Bot) ask(ctx context.Context, chat int64, thread int, r library.Request, p library.Pick) answer.Answer {
	actx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
	defer cancel()
	var timer *time.Timer
	typed := make(chan struct{})
	if chat != 0 {
		timer = time.AfterFunc(b.cfg.TypingDelay, func() {
			defer close(typed)
			b.typing(ctx, chat, thread)
		})
	}
	a := b.engine.AskPicked(actx, r, p)
	if timer != nil && !timer.Stop() {
		<-typed // the action goes before the answer
	}
	return a
}

// pickAndAsk answers r from the article the engine picks for it.
func (b *Bot) pickAndAsk(ctx context.Context, chat int64, thread int, r library.Request) answer.Answer {
	return b.ask(ctx, chat, thread, r, b.engine.Pick(ctx, r))
}

// logAnswer logs one answered question, with the latency from the update
// to the reply; the question's text only at debug level.
func (b *Bot) logAnswer(ev event, question string, a answer.Answer) {
	b.log.Debug("question", "update", ev.kind, "text", question)
	b.log.Info("answered",
		"update", ev.kind,
		"chat", ev.chatKind,
		"question_len", len([]rune(question)),
		"kind", string(a.Kind),
		"confidence", a.Confidence,
		"latency", time.Since(ev.received),
	)
}
