package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

// announceQuestions is how many suggested questions an announcement offers.
const announceQuestions = 4

// ErrUnknownArticle is wrapped by Announce's error for an article id the
// engine does not have.
var ErrUnknownArticle = errors.New("no such article")

// Announce posts the announcement of article (the newest when "") to
// chat, a chat id or a "@username" of a group or channel the bot can post
// in, and makes it the chat's current article. It is what "hoidap
// announce --chat ID [--article ID]" does.
func (b *Bot) Announce(ctx context.Context, chat, article string) error {
	target, err := parseChatID(chat)
	if err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	if article, err = b.announced(article); err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	if err := b.identify(ctx); err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	id, err := b.chatID(ctx, target)
	if err != nil {
		return fmt.Errorf("announce to %s: %w", chat, err)
	}
	if err := b.announce(ctx, id, 0, article); err != nil {
		return fmt.Errorf("announce to %s: %w", chat, err)
	}
	return nil
}

// announced returns the article to announce: article when the engine has
// it, the newest when "".
func (b *Bot) announced(article string) (string, error) {
	if article == "" {
		list := b.engine.Articles()
		if len(list) == 0 {
			return "", errors.New("no article to announce")
		}
		return list[0].ID, nil
	}
	if !b.known(article) {
		return "", fmt.Errorf("%w: %q (hoidap articles lists them)", ErrUnknownArticle, article)
	}
	return article, nil
}

// chatID resolves a chat id or "@username" to a chat id.
func (b *Bot) chatID(ctx context.Context, target any) (int64, error) {
	if id, ok := target.(int64); ok {
		return id, nil
	}
	var info *models.ChatFullInfo
	err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		var err error
		info, err = b.tg.GetChat(ctx, &tg.GetChatParams{ChatID: target})
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("getChat: %w", err)
	}
	return info.ID, nil
}

// announce posts the announcement of article to chat, in forum topic
// thread, and makes it the chat's current article.
func (b *Bot) announce(ctx context.Context, chat int64, thread int, article string) error {
	s, ok := b.engine.Summary(ctx, article)
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownArticle, article)
	}
	text := formatSummary(s, "📢")
	kb := b.announceKeyboard(ctx, article)
	if kb != nil {
		text += "\n\nBấm một câu hỏi để xem câu trả lời ngắn, hoặc «Chi tiết» để hỏi bot trong chat riêng."
	}
	id, err := b.send(ctx, outgoing{chat: chat, thread: thread, text: text, markup: markup(kb)})
	if err != nil {
		return err
	}
	b.state.setArticle(ctx, chat, article)
	b.state.setMessageArticle(ctx, chat, id, article)
	return nil
}

// announceKeyboard offers suggested questions of article: each answers as
// an alert, without a message in the group, beside a deep link to the full
// answer in a private chat.
func (b *Bot) announceKeyboard(ctx context.Context, article string) *keyboard {
	username, _ := b.me()
	qs := b.ids.suggestions(ctx, article, announceQuestions)
	if len(qs) == 0 {
		return nil
	}
	var rows [][]button
	for _, q := range qs {
		row := []button{{Text: truncate(q, buttonText), CallbackData: questionID(idAlert, article, q)}}
		if username != "" {
			row = append(row, button{Text: "Chi tiết ↗", URL: deepLink(username, questionID(idQuestion, article, q))})
		}
		rows = append(rows, row)
	}
	return &keyboard{InlineKeyboard: rows}
}

// announceArgs splits the arguments of /thongbao: one starting with "@" or
// "-" is the chat to post to, any other the article's id.
func announceArgs(text string) (chat, article string) {
	for _, f := range strings.Fields(text) {
		if strings.HasPrefix(f, "@") || strings.HasPrefix(f, "-") {
			chat = f
		} else {
			article = f
		}
	}
	return chat, article
}

// onAnnounce handles /thongbao [chat] [article]: in a group, by an admin,
// it posts the announcement there; in a private chat, a user of
// Config.AdminIDs names the chat: /thongbao <chat_id|@name> [article]. The
// article is the newest by default.
func (b *Bot) onAnnounce(ctx context.Context, req request) {
	m := req.msg
	target, article := announceArgs(req.text)
	if m.Chat.Type == models.ChatTypePrivate {
		if m.From == nil || !b.admins[m.From.ID] {
			b.reply(ctx, m, "Chỉ quản trị viên của bot mới đăng được thông báo từ chat riêng. Trong nhóm, quản trị viên nhóm gõ /thongbao.", nil)
			return
		}
		if target == "" {
			b.reply(ctx, m, "Gõ <code>/thongbao &lt;chat_id hoặc @tên_nhóm&gt; [mã bài]</code> để đăng thông báo vào nhóm hoặc kênh đó (mặc định bài mới nhất; /baiviet liệt kê các bài).", nil)
			return
		}
	} else {
		ok, err := b.isAdmin(ctx, m)
		if err != nil {
			b.log.Warn("checking admin", "err", err)
			b.reply(ctx, m, "Mình chưa kiểm tra được quyền của bạn, bạn thử lại sau nhé.", nil)
			return
		}
		if !ok {
			b.reply(ctx, m, "Chỉ quản trị viên nhóm mới dùng được /thongbao.", nil)
			return
		}
	}
	id, err := b.announced(article)
	if err != nil {
		text := unknownArticle(article)
		if article == "" {
			text = "Hiện chưa có bài báo nào để thông báo."
		}
		b.reply(ctx, m, text, nil)
		return
	}
	if m.Chat.Type != models.ChatTypePrivate && target == "" {
		thread := 0
		if m.IsTopicMessage {
			thread = m.MessageThreadID
		}
		if err := b.announce(ctx, m.Chat.ID, thread, id); err != nil {
			b.log.Warn("announcement failed", "err", b.redact(err))
		}
		return
	}
	if m.Chat.Type != models.ChatTypePrivate && (m.From == nil || !b.admins[m.From.ID]) {
		b.reply(ctx, m, "Trong nhóm, /thongbao đăng vào chính nhóm này. Để đăng vào nhóm hoặc kênh khác, quản trị viên của bot nhắn riêng cho mình.", nil)
		return
	}
	parsed, err := parseChatID(target)
	if err != nil {
		b.reply(ctx, m, "Mình không hiểu tên nhóm này. Gõ chat_id (ví dụ -1001234567890) hoặc @tên_nhóm.", nil)
		return
	}
	chat, err := b.chatID(ctx, parsed)
	if err != nil {
		b.log.Warn("announcement failed: resolving the chat", "target", target, "err", b.redact(err))
		b.reply(ctx, m, "Mình không tìm thấy "+esc(target)+". Bạn kiểm tra giúp: tên @ hoặc chat_id đã đúng chưa, "+
			"và bot đã được thêm vào nhóm (với kênh: là quản trị viên của kênh) chưa.", nil)
		return
	}
	if err := b.announce(ctx, chat, 0, id); err != nil {
		b.log.Warn("announcement failed", "target", target, "err", b.redact(err))
		b.reply(ctx, m, "Mình chưa đăng được thông báo vào "+esc(target)+". Bạn kiểm tra giúp: bot đã là quản trị viên "+
			"của kênh (hoặc thành viên của nhóm) và được phép đăng tin chưa, rồi thử lại nhé.", nil)
		return
	}
	b.reply(ctx, m, "Đã đăng thông báo vào "+esc(target)+".", nil)
}

// onMembership greets a group the bot was added to, and stops sending to
// chats that removed or blocked it.
func (b *Bot) onMembership(ctx context.Context, cm *models.ChatMemberUpdated) {
	gone := func(t models.ChatMemberType) bool {
		return t == models.ChatMemberTypeLeft || t == models.ChatMemberTypeBanned || t == ""
	}
	old, now := cm.OldChatMember.Type, cm.NewChatMember.Type
	switch {
	case gone(now):
		b.blocked.put(cm.Chat.ID, struct{}{})
	case gone(old):
		b.blocked.remove(cm.Chat.ID)
		if cm.Chat.Type == models.ChatTypeGroup || cm.Chat.Type == models.ChatTypeSupergroup {
			username, _ := b.me()
			text := "Chào cả nhóm! Mình trả lời câu hỏi về bài báo. Hỏi mình bằng <code>/hoi câu hỏi</code>, " +
				"nhắc @" + esc(username) + " trong tin nhắn, hoặc trả lời tin nhắn của mình. Gõ /tomtat để xem tóm tắt."
			if _, err := b.send(ctx, outgoing{chat: cm.Chat.ID, text: text}); err != nil {
				b.log.Warn("greeting group", "err", err)
			}
		}
	}
}

// parseChatID reads a chat id or "@username".
func parseChatID(s string) (any, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") && len(s) > 1 {
		return s, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id == 0 {
		return nil, fmt.Errorf("%q is neither a chat id nor @username", s)
	}
	return id, nil
}
