package bot

import (
	"context"
	"strconv"
	"strings"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/store"
)

// Every answer the bot sends in a chat is recorded in the store (never who
// asked: the store keeps a keyed hash of the chat), for "hoidap report" and
// /thongke, just before it is sent. Under an answer in a private chat, 👍
// and 👎 vote on its record, whose id they carry: "v+" or "v-" and the id,
// at most 21 bytes, so they resolve on every replica with no chat state.

// The prefixes of the callback data of the vote buttons. No button id
// starts with 'v'.
const (
	voteUp   = "v+"
	voteDown = "v-"
)

// Labels of the vote buttons, and the mark of the one pressed.
const (
	upLabel   = "👍"
	downLabel = "👎"
	votedMark = " ✓"
)

// Toasts of a vote.
const (
	voteThanks = "Cảm ơn bạn đã góp ý!"
	voteLost   = "Chưa ghi nhận được góp ý, bạn thử lại sau nhé."
)

// votable reports whether answer a, in a private chat, gets 👍 and 👎: an
// answer given, not a choice of article nor "the article does not say"
// (left unanswered, it is reported anyway).
func votable(a answer.Answer) bool {
	return a.Kind != answer.KindChoose && a.Kind != answer.KindNone
}

// withVotes adds 👍 and 👎 on record to the first row of rows, the source
// and share row, when hasTop says there is one; otherwise they make a row
// of their own, first.
func withVotes(rows [][]button, hasTop bool, record int64) [][]button {
	id := strconv.FormatInt(record, 10)
	votes := []button{{Text: upLabel, CallbackData: voteUp + id}, {Text: downLabel, CallbackData: voteDown + id}}
	if hasTop && len(rows) > 0 {
		rows[0] = append(rows[0], votes...)
		return rows
	}
	return append([][]button{votes}, rows...)
}

// record keeps answer a to q, about article, in the store and returns the
// record's id; 0 when the store failed, which is logged: the bot goes on.
func (b *Bot) record(ctx context.Context, q question, a answer.Answer, article string) int64 {
	text := a.Answer
	if strings.TrimSpace(text) == "" {
		text = a.Reply
	}
	r := store.Record{
		Time:       b.clock.Now(),
		Chat:       q.chat.ID,
		Article:    article,
		Question:   q.text,
		Answer:     text,
		Kind:       string(a.Kind),
		Confidence: a.Confidence,
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	id, err := b.state.st.Record(sctx, r)
	if err != nil {
		b.log.Warn("feedback lost: recording the question", "chat", q.chat.Type, "kind", r.Kind, "err", err)
		return 0
	}
	return id
}

// voteOf reads the callback data of a vote button: the vote, +1 or -1,
// and the record voted on; ok is false for other data.
func voteOf(data string) (vote int, record int64, ok bool) {
	switch {
	case strings.HasPrefix(data, voteUp):
		vote = 1
	case strings.HasPrefix(data, voteDown):
		vote = -1
	default:
		return 0, 0, false
	}
	record, err := strconv.ParseInt(data[len(voteUp):], 10, 64)
	return vote, record, err == nil && record > 0
}

// onVote records a tap on 👍 or 👎 under an answer against its record,
// replacing an earlier vote, thanks the user with a toast and marks the
// button pressed.
func (b *Bot) onVote(ctx context.Context, cq *models.CallbackQuery, vote int, record int64) {
	chat, msgID, inChat := callbackChat(cq)
	if !inChat || chat.Type != models.ChatTypePrivate {
		b.answerCallback(ctx, cq.ID, expiredText, false)
		return
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	if err := b.state.st.Feedback(sctx, record, vote); err != nil {
		b.log.Warn("feedback lost: recording a vote", "vote", vote, "err", err)
		b.answerCallback(ctx, cq.ID, voteLost, false)
		return
	}
	b.log.Info("vote", "vote", vote)
	b.answerCallback(ctx, cq.ID, voteThanks, false)
	if m := cq.Message.Message; m != nil {
		if kb, ok := markVote(m.ReplyMarkup, vote); ok {
			b.editMarkup(ctx, chat.ID, msgID, kb)
		}
	}
}

// markVote returns the keyboard mk with the vote button of vote marked
// pressed and the other not; ok is false when mk has no vote buttons, or
// a button this package does not make.
func markVote(mk *models.InlineKeyboardMarkup, vote int) (*keyboard, bool) {
	if mk == nil {
		return nil, false
	}
	kb := &keyboard{}
	found := false
	for _, row := range mk.InlineKeyboard {
		var out []button
		for _, btn := range row {
			nb := button{Text: btn.Text, CallbackData: btn.CallbackData, URL: btn.URL}
			if btn.SwitchInlineQuery != "" {
				s := btn.SwitchInlineQuery
				nb.SwitchInlineQuery = &s
			}
			if nb.CallbackData == "" && nb.URL == "" && nb.SwitchInlineQuery == nil {
				return nil, false
			}
			if v, _, ok := voteOf(btn.CallbackData); ok {
				found = true
				nb.Text = upLabel
				if v < 0 {
					nb.Text = downLabel
				}
				if v == vote {
					nb.Text += votedMark
				}
			}
			out = append(out, nb)
		}
		kb.InlineKeyboard = append(kb.InlineKeyboard, out)
	}
	return kb, found
}

// editMarkup replaces the keyboard of the bot's message id in chat; a
// failure is only logged.
func (b *Bot) editMarkup(ctx context.Context, chat int64, id int, kb *keyboard) {
	err := b.call(ctx, chat, true, func(ctx context.Context, chat int64) error {
		_, err := b.tg.EditMessageReplyMarkup(ctx, &tg.EditMessageReplyMarkupParams{ChatID: chat, MessageID: id, ReplyMarkup: kb})
		return err
	})
	if err != nil && !strings.Contains(err.Error(), "message is not modified") {
		b.log.Warn("marking the vote", "err", err)
	}
}
