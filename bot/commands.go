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
		switch kind := classify(req.text); {
		case req.text == "" || kind == talkEmpty:
			if !req.edited {
				b.askUsage(ctx, m)
			}
		case !b.smallTalk(ctx, req, kind):
			b.answerQuestion(ctx, ev, req, req.text)
		}
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
			start, end, _ := spanOf(payload)
			b.sendPassage(ctx, m.Chat.ID, 0, 0, value, start, end)
			return
		case ok:
			b.answerQuestion(ctx, ev, req, value)
			return
		}
		b.reply(ctx, m, "Liên kết này đã hết hạn. Bạn hỏi lại giúp mình nhé!\n\n"+b.greeting(m), b.suggestionKeyboard(m, 4))
		return
	}
	b.reply(ctx, m, b.greeting(m), b.suggestionKeyboard(m, 4))
}

// askUsage answers /hoi without a question: how to ask, with an example.
func (b *Bot) askUsage(ctx context.Context, m *models.Message) {
	b.reply(ctx, m, "Bạn muốn hỏi gì về bài báo? Gõ câu hỏi sau lệnh, ví dụ:\n<code>/hoi "+
		esc(b.firstSuggestion())+"</code>", b.suggestionKeyboard(m, 4))
}

// isGroupChat reports whether m was sent in a group or supergroup.
func isGroupChat(m *models.Message) bool { return m.Chat.Type != models.ChatTypePrivate }

// howToAskInGroup says how to ask the bot in a group.
func (b *Bot) howToAskInGroup() string {
	username, _ := b.me()
	return "Trong nhóm, hỏi mình bằng <code>/hoi câu hỏi</code>, nhắc @" + esc(username) +
		" kèm câu hỏi, hoặc trả lời tin nhắn của mình."
}

// greeting says what the bot knows and, for m's chat, how to ask.
func (b *Bot) greeting(m *models.Message) string {
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
	if isGroupChat(m) {
		s.WriteString("\n\n" + b.howToAskInGroup())
		if len(b.ids.suggestions) > 0 {
			s.WriteString(" Hoặc bấm gợi ý bên dưới.")
		}
		return s.String()
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

// suggestionKeyboard offers up to n suggested questions in m's chat; one
// in a group, where a keyboard has one row at most.
func (b *Bot) suggestionKeyboard(m *models.Message, n int) *keyboard {
	if isGroupChat(m) {
		n = min(n, 1)
	}
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
		if err != nil {
			b.reply(ctx, req.msg, summaryUsage(len(as)), nil)
			return
		}
		if v < 1 || v > len(as) {
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

// summaryUsage says how to use /tomtat when there are n articles.
func summaryUsage(n int) string {
	if n <= 1 {
		return "Gõ /tomtat để xem tóm tắt sự kiện."
	}
	return fmt.Sprintf("Gõ /tomtat để xem tóm tắt, hoặc /tomtat N (N từ 1 đến %d) cho bài thứ N. Gõ /nguon để xem danh sách bài.", n)
}

// sendPassage sends passage id to chat, replying to message replyTo, the
// bytes [start, end) of its text in bold (none when end is 0).
func (b *Bot) sendPassage(ctx context.Context, chat int64, thread, replyTo int, id string, start, end int) {
	p, ok := b.engine.Passage(id)
	if !ok {
		return
	}
	var art = b.article(p.Article)
	_, err := b.send(ctx, outgoing{chat: chat, thread: thread, replyTo: replyTo, text: formatPassage(p, art, start, end)})
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
