package bot

import (
	"context"
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// maxAlert is the most characters of an alert shown for a callback.
const maxAlert = 200

// Texts of callback answers.
const (
	expiredText = "Nút này đã hết hạn. Bạn gõ câu hỏi trực tiếp nhé!"
	floodText   = "Bạn bấm nhanh quá, đợi một phút rồi thử lại nhé!"
)

// onCallback handles a button press. Every callback is answered, so the
// spinner on the user's phone stops.
func (b *Bot) onCallback(ctx context.Context, ev event, cq *models.CallbackQuery, verdict floodVerdict) {
	switch verdict {
	case floodNotify:
		b.answerCallback(ctx, cq.ID, floodText, false)
		return
	case floodDrop:
		b.answerCallback(ctx, cq.ID, "", false)
		return
	}
	kind, value, ok := b.ids.resolve(cq.Data)
	if !ok {
		b.log.Info("expired button", "update", ev.kind, "chat", ev.chatKind)
		b.answerCallback(ctx, cq.ID, expiredText, false)
		return
	}
	chat, msgID, inChat := callbackChat(cq)
	thread := 0
	if cq.Message.Message != nil && cq.Message.Message.IsTopicMessage {
		thread = cq.Message.Message.MessageThreadID
	}
	switch {
	case kind == idAlert || kind == idQuestion && !inChat:
		a := b.ask(ctx, 0, 0, value, nil)
		b.answerCallback(ctx, cq.ID, alertText(a), true)
		b.logAnswer(ev, value, a)
	case kind == idQuestion:
		b.answerCallback(ctx, cq.ID, "", false)
		turn := userKey{chat.ID, cq.From.ID}
		var prev *answer.Turn
		if t, ok := b.turns.get(turn); ok {
			prev = &t
		}
		a := b.ask(ctx, chat.ID, thread, value, prev)
		b.turns.put(turn, answer.Turn{Question: value, Answer: a})
		kb := b.answerKeyboard(a, chat.Type != models.ChatTypePrivate)
		text := "❓ <i>" + esc(value) + "</i>\n" + answerText(a, kb)
		if _, err := b.send(ctx, outgoing{chat: chat.ID, thread: thread, text: text, markup: markup(kb)}); err != nil {
			b.log.Warn("sending answer", "chat", chat.Type, "err", err)
		}
		b.logAnswer(ev, value, a)
	case kind == idPassage && !inChat:
		p, _ := b.engine.Passage(value)
		b.answerCallback(ctx, cq.ID, truncate(p.Text, maxAlert), true)
	case kind == idPassage:
		b.answerCallback(ctx, cq.ID, "", false)
		start, end, _ := spanOf(cq.Data)
		b.sendPassage(ctx, chat.ID, thread, msgID, value, start, end)
	}
}

// alertText is an answer as plain text for an alert: the short answer, at
// most maxAlert characters.
func alertText(a answer.Answer) string {
	s := a.Answer
	if a.Kind == answer.KindNone || strings.TrimSpace(s) == "" {
		s = a.Reply
	}
	if strings.TrimSpace(s) == "" {
		s = notSaid
	}
	// Telegram counts UTF-16 code units.
	for n := maxAlert; ; n-- {
		t := truncate(s, n)
		if len(utf16.Encode([]rune(t))) <= maxAlert {
			return t
		}
	}
}

// answerKeyboard is the keyboard under answer a, at most one row in a
// group: see idTable.answerKeyboard.
func (b *Bot) answerKeyboard(a answer.Answer, group bool) *keyboard {
	passage := ""
	if a.Kind != answer.KindNone && len(a.Sources) > 0 {
		if p, ok := b.engine.Passage(a.Sources[0].ID); ok {
			passage = b.ids.passageButton(p, a.Sources[0], a.Answer)
		}
	}
	return b.ids.answerKeyboard(a, passage, group)
}

// answerText is the message of answer a sent with keyboard kb: for a none
// answer, a line announcing the suggested questions, unless the engine's
// reply already points to them.
func answerText(a answer.Answer, kb *keyboard) string {
	text := formatAnswer(a, false)
	if a.Kind != answer.KindNone && strings.TrimSpace(a.Answer) != "" || kb == nil {
		return text
	}
	n := 0
	for _, row := range kb.InlineKeyboard {
		for _, btn := range row {
			if btn.CallbackData != "" && btn.CallbackData[0] == idQuestion {
				n++
			}
		}
	}
	return text + suggestionHint(a.Answer, n)
}

// article returns the article with id, or nil.
func (b *Bot) article(id string) *corpus.Article {
	for _, a := range b.engine.Articles() {
		if a.ID == id {
			return a
		}
	}
	return nil
}
