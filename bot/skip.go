package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/go-telegram/bot/models"
)

// maxSkipSamples is how many skipped messages a skip notice quotes.
const maxSkipSamples = 5

// A skipRecord counts the messages of a chat that were not answered, for
// the notice that tells about them after the burst.
type skipRecord struct {
	first   *models.Message // the first skipped, for the forum topic
	count   int
	flood   bool     // some were over the flood limit
	samples []string // the first few, as the user wrote them
}

// skipping reports whether chat has skipped messages waiting for their
// notice. While it does, the chat's new messages are skipped too, so that
// the answers given are those of the first messages, in order, and the
// notice comes after them.
func (b *Bot) skipping(chat int64) bool {
	b.skipMu.Lock()
	defer b.skipMu.Unlock()
	return b.skips[chat] != nil
}

// skip records that req was not answered, because its chat's queue was
// full or its sender over the flood limit. The first skip of a burst
// queues the notice at the end of the chat's queue, past its bound: there
// is one such notice per chat at a time.
func (b *Bot) skip(ctx context.Context, req request, flood bool) {
	m := req.msg
	b.skipMu.Lock()
	r := b.skips[m.Chat.ID]
	first := r == nil
	if first {
		r = &skipRecord{first: m}
		b.skips[m.Chat.ID] = r
	}
	r.count++
	r.flood = r.flood || flood
	if len(r.samples) < maxSkipSamples {
		r.samples = append(r.samples, skipSample(req))
	}
	b.skipMu.Unlock()
	reason := "queue full"
	if flood {
		reason = "flood limit"
	}
	b.log.Debug("update skipped", "chat", string(m.Chat.Type), "reason", reason, "edited", req.edited)
	if first {
		b.disp.submitAlways(m.Chat.ID, func() { b.skipNotice(ctx, m.Chat.ID) })
	}
}

// skipSample is how a skipped message is quoted in the notice.
func skipSample(req request) string {
	text := req.text
	if req.cmd != "" {
		text = strings.TrimSpace("/" + req.cmd + " " + req.text)
	}
	if strings.TrimSpace(text) == "" {
		return "(tin nhắn không phải chữ)"
	}
	return truncate(strings.Join(strings.Fields(text), " "), 60)
}

// skipNotice tells chat, once after a burst, how many of its messages were
// not answered, quoting the first few.
func (b *Bot) skipNotice(ctx context.Context, chat int64) {
	b.skipMu.Lock()
	r := b.skips[chat]
	delete(b.skips, chat)
	b.skipMu.Unlock()
	if r == nil {
		return
	}
	out := outgoing{chat: chat, text: skipText(r)}
	if r.first.IsTopicMessage {
		out.thread = r.first.MessageThreadID
	}
	b.log.Info("skip notice", "chat", string(r.first.Chat.Type), "skipped", r.count)
	if _, err := b.send(ctx, out); err != nil {
		b.log.Warn("sending skip notice", "chat", string(r.first.Chat.Type), "err", err)
	}
}

// skipText is the notice of r.
func skipText(r *skipRecord) string {
	var s strings.Builder
	group := isGroupChat(r.first)
	switch {
	case group:
		fmt.Fprintf(&s, "Nhiều tin nhắn đến cùng lúc quá, mình chưa trả lời được %d tin:", r.count)
	case r.flood:
		fmt.Fprintf(&s, "Bạn hỏi nhanh quá, mình chưa trả lời được %d tin:", r.count)
	default:
		fmt.Fprintf(&s, "Bạn gửi nhiều tin cùng lúc quá, mình chưa trả lời được %d tin:", r.count)
	}
	for _, q := range r.samples {
		s.WriteString("\n• " + esc(q))
	}
	if more := r.count - len(r.samples); more > 0 {
		fmt.Fprintf(&s, "\n… và %d tin khác.", more)
	}
	switch {
	case r.flood:
		s.WriteString("\n\nĐợi khoảng một phút rồi hỏi lại từng câu nhé!")
	case group:
		s.WriteString("\n\nCác bạn hỏi lại từng câu nhé!")
	default:
		s.WriteString("\n\nBạn hỏi lại từng câu một nhé!")
	}
	return s.String()
}
