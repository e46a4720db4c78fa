package bot

import (
	"context"
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
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
	if b.onUploadCallback(ctx, cq) {
		return
	}
	if vote, record, ok := voteOf(cq.Data); ok {
		b.onVote(ctx, cq, vote, record)
		return
	}
	id, ok := b.ids.resolve(ctx, cq.Data)
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
	if !inChat && id.kind != idAlert && id.kind != idQuestion && id.kind != idPassage {
		// An article button can only be under a message of a chat.
		b.answerCallback(ctx, cq.ID, expiredText, false)
		return
	}
	switch {
	case id.kind == idAlert || id.kind == idQuestion && !inChat:
		a := b.pickAndAsk(ctx, 0, 0, library.Request{Question: id.value, Article: id.article})
		b.answerCallback(ctx, cq.ID, alertText(a), true)
		b.logAnswer(ev, id.value, a)
	case id.kind == idQuestion:
		b.answerCallback(ctx, cq.ID, "", false)
		b.answerQuestion(ctx, ev, question{text: id.value, chat: chat, user: cq.From.ID, thread: thread, article: id.article, heading: true})
	case id.kind == idPassage && !inChat:
		p, _ := b.engine.Passage(ctx, id.value)
		b.answerCallback(ctx, cq.ID, truncate(p.Text, maxAlert), true)
	case id.kind == idPassage:
		b.answerCallback(ctx, cq.ID, "", false)
		b.sendPassage(ctx, chat.ID, thread, msgID, id.value, id.start, id.end)
	case id.kind == idChoose:
		b.answerCallback(ctx, cq.ID, "", false)
		b.onChoose(ctx, ev, chat, thread, msgID, cq.From.ID, id.article)
	case id.kind == idPick:
		b.answerCallback(ctx, cq.ID, "", false)
		b.pickArticle(ctx, chat, thread, 0, cq.From.ID, id.article)
	case id.kind == idSummary:
		b.answerCallback(ctx, cq.ID, "", false)
		b.state.setArticle(ctx, chat.ID, id.article)
		b.sendSummary(ctx, outgoing{chat: chat.ID, thread: thread}, id.article)
	case id.kind == idPage:
		b.answerCallback(ctx, cq.ID, "", false)
		text, kb := b.articlePage(id.page)
		if err := b.edit(ctx, chat.ID, msgID, text, markup(kb)); err != nil {
			b.log.Warn("showing a page of articles", "chat", chat.Type, "err", err)
		}
	}
}

// onChoose handles the choice of article under a choose message: the
// article becomes the chat's, and the question waiting for it is answered
// from it in place of the choose message. With no question waiting, the
// choose message confirms the choice.
func (b *Bot) onChoose(ctx context.Context, ev event, chat models.Chat, thread, msgID int, user int64, article string) {
	b.state.setArticle(ctx, chat.ID, article)
	p, ok := b.state.pending(ctx, chat.ID, user)
	if !ok {
		b.pickArticle(ctx, chat, thread, msgID, user, article)
		return
	}
	b.state.setPending(ctx, chat.ID, user, nil)
	b.answerQuestion(ctx, ev, question{text: p.Question, chat: chat, user: user, thread: thread, msg: p.Msg, article: article, editMsg: msgID})
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

// answerText is the message of answer a about article, sent with keyboard
// kb: a choose answer asks which article; a none answer gets a line
// announcing the suggested questions, unless the engine's reply already
// points to them. With several articles loaded, the source line names the
// article.
func (b *Bot) answerText(a answer.Answer, article string, kb *keyboard) string {
	if a.Kind == answer.KindChoose {
		if kb == nil {
			return "Hiện chưa có bài báo nào."
		}
		return esc(library.ChooseQuestion) + "\nBấm chọn một bài bên dưới, mình trả lời ngay."
	}
	text := formatAnswer(a, false, b.sourceTitle(article))
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

// sourceTitle is the title the source line of an answer about article
// names: none with one article loaded, where it goes without saying.
func (b *Bot) sourceTitle(article string) string {
	if article == "" || len(b.engine.Articles()) < 2 {
		return ""
	}
	m, _ := b.engine.Meta(article)
	return m.Title
}
