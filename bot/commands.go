package bot

import (
	"context"
	"fmt"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/library"
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
			b.answerQuestion(ctx, ev, b.questionOf(m, req.edited, req.text))
		}
	case "tomtat":
		b.onSummary(ctx, req)
	case "baiviet", "nguon":
		b.onArticles(ctx, req)
	case "thongbao":
		b.onAnnounce(ctx, req)
	case "thongke":
		b.onStats(ctx, req)
	case "traloi":
		b.onCurate(ctx, req)
	default:
		b.reply(ctx, m, "Mình không biết lệnh này. Gõ /help để xem cách dùng.", nil)
	}
}

// onStart greets, or follows a deep link (/start PAYLOAD): "a_…" makes an
// article the chat's, a question's id answers it, a passage's sends it.
func (b *Bot) onStart(ctx context.Context, ev event, req request) {
	m := req.msg
	payload := strings.TrimSpace(req.text)
	if payload == "" {
		b.reply(ctx, m, b.greeting(ctx, m), b.suggestionKeyboard(ctx, m, 4))
		return
	}
	if strings.HasPrefix(payload, "a_") {
		article, ok := b.articleFromLink(payload)
		if !ok {
			b.reply(ctx, m, unknownArticle(strings.TrimPrefix(payload, "a_")), nil)
			return
		}
		thread := 0
		if m.IsTopicMessage {
			thread = m.MessageThreadID
		}
		b.pickArticle(ctx, m.Chat, thread, 0, senderID(m), article)
		return
	}
	id, ok := b.ids.resolve(ctx, payload)
	switch {
	case ok && id.kind == idPassage:
		b.sendPassage(ctx, m.Chat.ID, 0, 0, id.value, id.start, id.end)
		return
	case ok && (id.kind == idQuestion || id.kind == idAlert):
		// A question from an announcement: its article becomes the chat's.
		b.state.setArticle(ctx, m.Chat.ID, id.article)
		q := b.questionOf(m, req.edited, id.value)
		q.article = id.article
		b.answerQuestion(ctx, ev, q)
		return
	}
	b.reply(ctx, m, "Liên kết này đã hết hạn. Bạn hỏi lại giúp mình nhé!\n\n"+b.greeting(ctx, m), b.suggestionKeyboard(ctx, m, 4))
}

// unknownArticle is the reply to an article id the bot does not have.
func unknownArticle(id string) string {
	return "Mình không tìm thấy bài báo <code>" + esc(truncate(id, 80)) + "</code>. Gõ /baiviet để xem danh sách bài và chọn một bài."
}

// askUsage answers /hoi without a question: how to ask, with an example.
func (b *Bot) askUsage(ctx context.Context, m *models.Message) {
	b.reply(ctx, m, "Bạn muốn hỏi gì về bài báo? Gõ câu hỏi sau lệnh, ví dụ:\n<code>/hoi "+
		esc(b.firstSuggestion(ctx, m))+"</code>", b.suggestionKeyboard(ctx, m, 4))
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
func (b *Bot) greeting(ctx context.Context, m *models.Message) string {
	as := b.engine.Articles()
	var s strings.Builder
	s.WriteString("Xin chào! Mình trả lời câu hỏi về ")
	switch len(as) {
	case 0:
		s.WriteString("các bài báo, nhưng hiện chưa có bài nào.")
		return s.String()
	case 1:
		fmt.Fprintf(&s, "bài báo <b>%s</b>", esc(as[0].Title))
		if src := metaSource(as[0]); src != "" {
			s.WriteString(" (" + src + ")")
		}
		s.WriteString(".")
	default:
		fmt.Fprintf(&s, "%d bài báo (gõ /baiviet để xem danh sách và chọn bài).", len(as))
		if cur, ok := b.engine.Meta(b.state.article(ctx, m.Chat.ID)); ok {
			fmt.Fprintf(&s, " Bài đang hỏi: <b>%s</b>.", esc(cur.Title))
		}
	}
	if isGroupChat(m) {
		s.WriteString("\n\n" + b.howToAskInGroup())
		if len(b.suggestions(ctx, m.Chat.ID, 1)) > 0 {
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
		"• /baiviet — danh sách bài báo, mới nhất trước; bấm một bài để hỏi về bài đó.\n" +
		"• /tomtat — tóm tắt bài đang hỏi; /tomtat &lt;mã bài&gt; — tóm tắt bài đó.\n" +
		"• /thongbao — quản trị viên nhóm đăng thông báo sự kiện.\n" +
		"• Quản trị viên bot: gửi tệp bài viết <code>.txt</code> (tối đa 1 MB) trong chat riêng để thêm bài; tên tệp là mã bài.\n\n" +
		"Câu hỏi nêu rõ sự kiện thì mình tìm đúng bài; không thì mình trả lời theo bài đang hỏi, hoặc hỏi lại bạn muốn hỏi bài nào.\n" +
		"Trong nhóm, bạn cũng có thể nhắc @" + esc(username) + " hoặc trả lời tin nhắn của mình.\n" +
		"Ở bất kỳ chat nào: gõ <code>@" + esc(username) + " câu hỏi</code> để tra nhanh."
}

// suggestArticle is the article whose questions chat is offered: the
// chat's current article, the only one, or the newest.
func (b *Bot) suggestArticle(ctx context.Context, chat int64) string {
	list := b.engine.Articles()
	if len(list) == 0 {
		return ""
	}
	if len(list) > 1 {
		if id := b.state.article(ctx, chat); b.known(id) {
			return id
		}
	}
	return list[0].ID
}

// suggestions returns up to n suggested questions for chat, of its
// suggestArticle.
func (b *Bot) suggestions(ctx context.Context, chat int64, n int) []string {
	return b.ids.suggestions(ctx, b.suggestArticle(ctx, chat), n)
}

// firstSuggestion is an example question.
func (b *Bot) firstSuggestion(ctx context.Context, m *models.Message) string {
	if qs := b.suggestions(ctx, m.Chat.ID, 1); len(qs) > 0 {
		return qs[0]
	}
	return "bài báo nói về điều gì?"
}

// suggestionKeyboard offers up to n suggested questions in m's chat; one
// in a group, where a keyboard has one row at most.
func (b *Bot) suggestionKeyboard(ctx context.Context, m *models.Message, n int) *keyboard {
	if isGroupChat(m) {
		n = min(n, 1)
	}
	return b.articleSuggestions(ctx, b.suggestArticle(ctx, m.Chat.ID), n)
}

// articleSuggestions offers up to n suggested questions of article.
func (b *Bot) articleSuggestions(ctx context.Context, article string, n int) *keyboard {
	qs := b.ids.suggestions(ctx, article, n)
	if len(qs) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: questionRows(idQuestion, article, qs)}
}

// onSummary handles /tomtat [id]: the article with that id, else the
// chat's current article, else the only one; otherwise it asks which.
func (b *Bot) onSummary(ctx context.Context, req request) {
	m := req.msg
	out := outgoing{chat: m.Chat.ID}
	if m.IsTopicMessage {
		out.thread = m.MessageThreadID
	}
	if isGroupChat(m) {
		out.replyTo = m.ID
	}
	list := b.engine.Articles()
	arg := strings.TrimSpace(req.text)
	switch {
	case len(list) == 0:
		b.reply(ctx, m, "Hiện chưa có bài báo nào.", nil)
	case arg != "":
		if !b.known(arg) {
			b.reply(ctx, m, unknownArticle(arg), nil)
			return
		}
		b.state.setArticle(ctx, m.Chat.ID, arg)
		b.sendSummary(ctx, out, arg)
	case len(list) == 1:
		b.sendSummary(ctx, out, list[0].ID)
	default:
		if id := b.state.article(ctx, m.Chat.ID); b.known(id) {
			b.sendSummary(ctx, out, id)
			return
		}
		var rows [][]button
		for _, a := range list[:min(library.MaxChoices, len(list))] {
			rows = append(rows, []button{{Text: articleLabel(a.Title, a.Date.String()), CallbackData: articleID(idSummary, a.ID)}})
		}
		b.reply(ctx, m, "Bạn muốn xem tóm tắt bài nào? Gõ /baiviet để xem tất cả các bài.", &keyboard{InlineKeyboard: rows})
	}
}

// sendSummary sends the summary of article as out, and remembers that the
// message is about it.
func (b *Bot) sendSummary(ctx context.Context, out outgoing, article string) {
	s, ok := b.engine.Summary(ctx, article)
	if !ok {
		out.text = unknownArticle(article)
	} else {
		out.text = formatSummary(s, "📝")
	}
	id, err := b.send(ctx, out)
	if err != nil {
		b.log.Warn("sending summary", "err", err)
		return
	}
	if ok {
		b.state.setMessageArticle(ctx, out.chat, id, article)
	}
}

// sendPassage sends passage id to chat, replying to message replyTo, the
// bytes [start, end) of its text in bold (none when end is 0).
func (b *Bot) sendPassage(ctx context.Context, chat int64, thread, replyTo int, id string, start, end int) {
	p, ok := b.engine.Passage(ctx, id)
	if !ok {
		return
	}
	m, _ := b.engine.Meta(p.Article)
	msg, err := b.send(ctx, outgoing{chat: chat, thread: thread, replyTo: replyTo, text: formatPassage(p, metaSource(m), start, end)})
	if err != nil {
		b.log.Warn("sending passage", "err", err)
		return
	}
	b.state.setMessageArticle(ctx, chat, msg, p.Article)
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
