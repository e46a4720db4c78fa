package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// onCommand handles a command addressed to the bot.
func (b *Bot) onCommand(ctx context.Context, ev event, req request) {
	m := req.msg
	switch req.cmd {
	case "start":
		b.onStart(ctx, ev, req)
	case "help":
		b.reply(ctx, m, b.helpText(), nil)
	case "hoi", "ask":
		if req.text == "" {
			b.reply(ctx, m, "Bạn muốn hỏi gì về bài báo? Gõ câu hỏi sau lệnh, ví dụ:\n<code>/hoi "+
				esc(b.firstSuggestion())+"</code>", b.suggestionKeyboard(4))
			return
		}
		b.answerQuestion(ctx, ev, req, req.text)
	case "tomtat":
		b.onSummary(ctx, req)
	case "nguon":
		b.reply(ctx, m, formatArticles(b.engine.Articles()), nil)
	case "thongbao":
		b.onAnnounce(ctx, req)
	default:
		b.reply(ctx, m, "Mình không biết lệnh này. Gõ /help để xem cách dùng.", nil)
	}
}

// onStart greets, or answers the question or sends the passage of a deep
// link (/start PAYLOAD).
func (b *Bot) onStart(ctx context.Context, ev event, req request) {
	m := req.msg
	if payload := strings.TrimSpace(req.text); payload != "" {
		kind, value, ok := b.ids.resolve(payload)
		switch {
		case ok && kind == idPassage:
			b.sendPassage(ctx, m.Chat.ID, 0, 0, value)
			return
		case ok:
			b.answerQuestion(ctx, ev, req, value)
			return
		}
		b.reply(ctx, m, "Liên kết này đã hết hạn. Bạn hỏi lại giúp mình nhé!\n\n"+b.greeting(), b.suggestionKeyboard(4))
		return
	}
	b.reply(ctx, m, b.greeting(), b.suggestionKeyboard(4))
}

// greeting says what the bot knows.
func (b *Bot) greeting() string {
	as := b.engine.Articles()
	var s strings.Builder
	s.WriteString("Xin chào! Mình trả lời câu hỏi về ")
	switch len(as) {
	case 0:
		s.WriteString("các bài báo, nhưng hiện chưa có bài nào.")
		return s.String()
	case 1:
		fmt.Fprintf(&s, "bài báo <b>%s</b>", esc(as[0].Title))
		if src := articleSource(as[0]); src != "" {
			s.WriteString(" (" + src + ")")
		}
		s.WriteString(".")
	default:
		fmt.Fprintf(&s, "%d bài báo (gõ /nguon để xem danh sách).", len(as))
	}
	s.WriteString("\n\nCứ gõ câu hỏi, hoặc bấm một gợi ý bên dưới.")
	return s.String()
}

// helpText explains the commands.
func (b *Bot) helpText() string {
	username, _ := b.me()
	return "<b>Cách dùng</b>\n" +
		"• Trong chat riêng: gõ câu hỏi bất kỳ về bài báo.\n" +
		"• /hoi &lt;câu hỏi&gt; — hỏi (dùng được trong nhóm).\n" +
		"• /tomtat — tóm tắt sự kiện; /tomtat N — tóm tắt bài thứ N.\n" +
		"• /nguon — bài báo: tiêu đề, nguồn, ngày.\n" +
		"• /thongbao — quản trị viên nhóm đăng thông báo sự kiện.\n\n" +
		"Trong nhóm, bạn cũng có thể nhắc @" + esc(username) + " hoặc trả lời tin nhắn của mình.\n" +
		"Ở bất kỳ chat nào: gõ <code>@" + esc(username) + " câu hỏi</code> để tra nhanh."
}

// firstSuggestion is an example question.
func (b *Bot) firstSuggestion() string {
	if len(b.ids.suggestions) > 0 {
		return b.ids.suggestions[0]
	}
	return "bài báo nói về điều gì?"
}

// suggestionKeyboard offers up to n suggested questions.
func (b *Bot) suggestionKeyboard(n int) *keyboard {
	qs := b.ids.suggestions[:min(n, len(b.ids.suggestions))]
	if len(qs) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: questionRows(idQuestion, qs)}
}

// onSummary handles /tomtat [N].
func (b *Bot) onSummary(ctx context.Context, req request) {
	as := b.engine.Articles()
	n := 1
	if req.text != "" {
		v, err := strconv.Atoi(strings.TrimSpace(req.text))
		if err != nil || v < 1 || v > len(as) {
			b.reply(ctx, req.msg, fmt.Sprintf("Không có bài số %s. Có %d bài; gõ /nguon để xem danh sách.", esc(req.text), len(as)), nil)
			return
		}
		n = v
	}
	if len(as) == 0 {
		b.reply(ctx, req.msg, "Hiện chưa có bài báo nào.", nil)
		return
	}
	b.reply(ctx, req.msg, formatSummary(b.engine.Summary(n-1), "📝"), nil)
}

// sendPassage sends passage id to chat, replying to message replyTo.
func (b *Bot) sendPassage(ctx context.Context, chat int64, thread, replyTo int, id string) {
	p, ok := b.engine.Passage(id)
	if !ok {
		return
	}
	var art = b.article(p.Article)
	_, err := b.send(ctx, outgoing{chat: chat, thread: thread, replyTo: replyTo, text: formatPassage(p, art)})
	if err != nil {
		b.log.Warn("sending passage", "err", err)
	}
}

// isAdmin reports whether m's sender may post announcements in m's group:
// an anonymous admin posting as the group, a user in Config.AdminIDs, or a
// group administrator.
func (b *Bot) isAdmin(ctx context.Context, m *models.Message) (bool, error) {
	if m.SenderChat != nil && m.SenderChat.ID == m.Chat.ID {
		return true, nil
	}
	if m.From == nil {
		return false, nil
	}
	if m.From.Username == "GroupAnonymousBot" || b.admins[m.From.ID] {
		return true, nil
	}
	var member *models.ChatMember
	err := b.call(ctx, m.Chat.ID, false, func(ctx context.Context, chat int64) error {
		var err error
		member, err = b.tg.GetChatMember(ctx, &tg.GetChatMemberParams{ChatID: chat, UserID: m.From.ID})
		return err
	})
	if err != nil {
		return false, fmt.Errorf("getChatMember: %w", err)
	}
	return member.Type == models.ChatMemberTypeOwner || member.Type == models.ChatMemberTypeAdministrator, nil
}
