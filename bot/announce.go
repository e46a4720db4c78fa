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

// Announce posts the announcement of the event to chat, a chat id or a
// "@username" of a group or channel the bot can post in. It is what
// "hoidap announce --chat ID" does.
func (b *Bot) Announce(ctx context.Context, chat string) error {
	target, err := parseChatID(chat)
	if err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	if err := b.identify(ctx); err != nil {
		return fmt.Errorf("announce: %w", err)
	}
	id, err := b.chatID(ctx, target)
	if err != nil {
		return fmt.Errorf("announce to %s: %w", chat, err)
	}
	if err := b.announce(ctx, id, 0); err != nil {
		return fmt.Errorf("announce to %s: %w", chat, err)
	}
	return nil
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

// announce posts the announcement to chat, in forum topic thread.
func (b *Bot) announce(ctx context.Context, chat int64, thread int) error {
	if len(b.engine.Articles()) == 0 {
		return errors.New("no article to announce")
	}
	text := formatSummary(b.engine.Summary(0), "📢")
	kb := b.announceKeyboard()
	if kb != nil {
		text += "\n\nBấm một câu hỏi để xem câu trả lời ngắn, hoặc «Chi tiết» để hỏi bot trong chat riêng."
	}
	_, err := b.send(ctx, outgoing{chat: chat, thread: thread, text: text, markup: markup(kb)})
	return err
}

// announceKeyboard offers suggested questions: each answers as an alert,
// without a message in the group, beside a deep link to the full answer in
// a private chat.
func (b *Bot) announceKeyboard() *keyboard {
	username, _ := b.me()
	qs := b.ids.suggestions[:min(announceQuestions, len(b.ids.suggestions))]
	if len(qs) == 0 {
		return nil
	}
	var rows [][]button
	for _, q := range qs {
		row := []button{{Text: truncate(q, buttonText), CallbackData: hashID(idAlert, q)}}
		if username != "" {
			row = append(row, button{Text: "Chi tiết ↗", URL: deepLink(username, hashID(idQuestion, q))})
		}
		rows = append(rows, row)
	}
	return &keyboard{InlineKeyboard: rows}
}

// onAnnounce handles /thongbao: in a group, by an admin, it posts the
// announcement there; in a private chat, a user of Config.AdminIDs names
// the chat: /thongbao <chat_id|@name>.
func (b *Bot) onAnnounce(ctx context.Context, req request) {
	m := req.msg
	if m.Chat.Type == models.ChatTypePrivate {
		if m.From == nil || !b.admins[m.From.ID] {
			b.reply(ctx, m, "Chỉ quản trị viên của bot mới đăng được thông báo từ chat riêng. Trong nhóm, quản trị viên nhóm gõ /thongbao.", nil)
			return
		}
		if req.text == "" {
			b.reply(ctx, m, "Gõ <code>/thongbao &lt;chat_id hoặc @tên_nhóm&gt;</code> để đăng thông báo vào nhóm hoặc kênh đó.", nil)
			return
		}
		target, err := parseChatID(req.text)
		if err != nil {
			b.reply(ctx, m, "Mình không hiểu tên nhóm này. Gõ chat_id (ví dụ -1001234567890) hoặc @tên_nhóm.", nil)
			return
		}
		id, err := b.chatID(ctx, target)
		if err != nil {
			b.log.Warn("announcement failed: resolving the chat", "target", req.text, "err", b.redact(err))
			b.reply(ctx, m, "Mình không tìm thấy "+esc(req.text)+". Bạn kiểm tra giúp: tên @ hoặc chat_id đã đúng chưa, "+
				"và bot đã được thêm vào nhóm (với kênh: là quản trị viên của kênh) chưa.", nil)
			return
		}
		if err := b.announce(ctx, id, 0); err != nil {
			b.log.Warn("announcement failed", "target", req.text, "err", b.redact(err))
			b.reply(ctx, m, "Mình chưa đăng được thông báo vào "+esc(req.text)+". Bạn kiểm tra giúp: bot đã là quản trị viên "+
				"của kênh (hoặc thành viên của nhóm) và được phép đăng tin chưa, rồi thử lại nhé.", nil)
			return
		}
		b.reply(ctx, m, "Đã đăng thông báo vào "+esc(req.text)+".", nil)
		return
	}
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
	thread := 0
	if m.IsTopicMessage {
		thread = m.MessageThreadID
	}
	if err := b.announce(ctx, m.Chat.ID, thread); err != nil {
		b.log.Warn("announcement failed", "err", b.redact(err))
	}
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
