package bot

import (
	"context"
	"runtime/debug"
	"time"

	"github.com/go-telegram/bot/models"
)

// An event is one update being handled, for logs.
type event struct {
	kind     string // update type
	chatKind string // private, group, supergroup, channel, inline
	received time.Time
}

// dispatch queues the handling of u on its chat's queue. It returns at
// once unless every worker is busy.
func (b *Bot) dispatch(ctx context.Context, u *models.Update) {
	// Telegram delivers an update again when the webhook answered late.
	if u.ID != 0 {
		if _, dup := b.seen.get(u.ID); dup {
			b.log.Debug("update delivered twice", "update_id", u.ID)
			return
		}
		b.seen.put(u.ID, struct{}{})
	}
	key, ev, job, dropped := b.plan(ctx, u)
	if job == nil {
		b.log.Debug("update ignored", "update", ev.kind, "chat", ev.chatKind)
		return
	}
	err := b.disp.submit(key, func() {
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("handler panic", "update", ev.kind, "panic", r, "stack", string(debug.Stack()))
			}
		}()
		job(ctx, ev)
	})
	if err != nil {
		if dropped != nil {
			dropped()
			return
		}
		b.log.Warn("update dropped", "update", ev.kind, "chat", ev.chatKind, "err", err)
	}
}

// plan decides how to handle u: the key whose queue it goes to and the job,
// nil to ignore it, and what to do instead when the queue is full (nil to
// log it). A message is skipped, to be told in the chat's skip notice, when
// its sender is over the flood limit or the chat has skipped messages not
// yet told.
func (b *Bot) plan(ctx context.Context, u *models.Update) (int64, event, func(context.Context, event), func()) {
	ev := event{received: time.Now()}
	switch {
	case u.Message != nil || u.EditedMessage != nil:
		m, edited := u.Message, false
		ev.kind = "message"
		if m == nil {
			m, edited = u.EditedMessage, true
			ev.kind = "edited_message"
		}
		ev.chatKind = string(m.Chat.Type)
		if m.MigrateToChatID != 0 {
			b.migrated.put(m.Chat.ID, m.MigrateToChatID)
			return 0, ev, nil, nil
		}
		if m.MigrateFromChatID != 0 {
			b.migrated.put(m.MigrateFromChatID, m.Chat.ID)
			return 0, ev, nil, nil
		}
		req, ok := b.parse(m, edited)
		if !ok {
			return 0, ev, nil, nil
		}
		b.blocked.remove(m.Chat.ID)
		if b.skipping(m.Chat.ID) {
			b.skip(ctx, req, false)
			return 0, ev, nil, nil
		}
		if b.flood.check(senderID(m)) != floodAllow {
			b.skip(ctx, req, true)
			return 0, ev, nil, nil
		}
		job := func(ctx context.Context, ev event) { b.onMessage(ctx, ev, req) }
		return m.Chat.ID, ev, job, func() { b.skip(ctx, req, false) }
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		ev.kind, ev.chatKind = "callback_query", "inline"
		key := cq.From.ID
		if chat, _, ok := callbackChat(cq); ok {
			key = chat.ID
			ev.chatKind = string(chat.Type)
		}
		verdict := b.flood.check(cq.From.ID)
		job := func(ctx context.Context, ev event) { b.onCallback(ctx, ev, cq, verdict) }
		return key, ev, job, func() {
			b.log.Warn("update dropped", "update", ev.kind, "chat", ev.chatKind, "err", errQueueFull)
			b.answerCallback(ctx, cq.ID, floodText, false) // stop the spinner even so
		}
	case u.InlineQuery != nil:
		iq := u.InlineQuery
		ev.kind, ev.chatKind = "inline_query", "inline"
		if iq.From == nil {
			return 0, ev, nil, nil
		}
		return iq.From.ID, ev, func(ctx context.Context, ev event) { b.onInline(ctx, ev, iq) }, nil
	case u.MyChatMember != nil:
		cm := u.MyChatMember
		ev.kind, ev.chatKind = "my_chat_member", string(cm.Chat.Type)
		return cm.Chat.ID, ev, func(ctx context.Context, ev event) { b.onMembership(ctx, cm) }, nil
	case u.ChannelPost != nil, u.EditedChannelPost != nil:
		ev.kind, ev.chatKind = "channel_post", "channel"
	default:
		ev.kind = "other"
	}
	return 0, ev, nil, nil
}

// senderID is who sent m: the user, or the chat it was sent on behalf of.
func senderID(m *models.Message) int64 {
	if m.SenderChat != nil {
		return m.SenderChat.ID
	}
	if m.From != nil {
		return m.From.ID
	}
	return m.Chat.ID
}

// callbackChat returns the chat and message id a callback query's button
// was under; ok is false for a button of an inline message.
func callbackChat(cq *models.CallbackQuery) (models.Chat, int, bool) {
	switch {
	case cq.Message.Message != nil:
		return cq.Message.Message.Chat, cq.Message.Message.ID, true
	case cq.Message.InaccessibleMessage != nil && cq.Message.InaccessibleMessage.Chat.ID != 0:
		return cq.Message.InaccessibleMessage.Chat, cq.Message.InaccessibleMessage.MessageID, true
	}
	return models.Chat{}, 0, false
}
