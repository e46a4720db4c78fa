package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/store"
)

// isVote reports whether data is a vote button's.
func isVote(data string) bool {
	_, _, ok := voteOf(data)
	return ok
}

// voteData returns the callback data of the vote button of vote (+1 or -1)
// of a call's keyboard.
func voteData(t *testing.T, c apiCall, vote int) string {
	t.Helper()
	for _, data := range callbacks(t, c) {
		if v, _, ok := voteOf(data); ok && v == vote {
			return data
		}
	}
	t.Fatalf("no vote %+d under %q", vote, c.text())
	return ""
}

// withoutVotes returns the callback data of buttons but the votes'.
func withoutVotes(data []string) []string {
	var out []string
	for _, d := range data {
		if !isVote(d) {
			out = append(out, d)
		}
	}
	return out
}

// memoryStore opens a store in memory, closed when t ends.
func memoryStore(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// withStore makes the bot keep its state and records in st.
func withStore(st store.Store) func(*Config) { return func(c *Config) { c.Store = st } }

// report returns st's report of the last week on the fake clock.
func report(t *testing.T, h *harness, st store.Store) store.Report {
	t.Helper()
	r, err := st.Report(context.Background(), h.clock.Now().Add(-statsPeriod), 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// waitReport waits for st's report of the last week to satisfy done: a
// question is recorded just after its answer is sent.
func waitReport(t *testing.T, h *harness, st store.Store, done func(store.Report) bool) store.Report {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := report(t, h, st)
		if done(r) {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("the store's report is still %+v", r)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// questions returns a waitReport condition: n questions recorded.
func questions(n int) func(store.Report) bool {
	return func(r store.Report) bool { return r.Questions >= n }
}

// shownAnswer is the bot's message of call c in a private chat, with its
// keyboard, as a callback query carries it.
func shownAnswer(t *testing.T, c apiCall) *models.Message {
	t.Helper()
	m := botMsg(models.Chat{ID: c.chat(), Type: models.ChatTypePrivate}, c.MsgID)
	mk := &models.InlineKeyboardMarkup{}
	for _, row := range c.keyboard(t) {
		var out []models.InlineKeyboardButton
		for _, b := range row {
			nb := models.InlineKeyboardButton{Text: b.Text, CallbackData: b.CallbackData, URL: b.URL}
			if b.SwitchInlineQuery != nil {
				nb.SwitchInlineQuery = *b.SwitchInlineQuery
			}
			out = append(out, nb)
		}
		mk.InlineKeyboard = append(mk.InlineKeyboard, out)
	}
	m.ReplyMarkup = mk
	return m
}

// voteLabels returns the labels of the vote buttons of a keyboard.
func voteLabels(rows [][]button) []string {
	var out []string
	for _, row := range rows {
		for _, b := range row {
			if isVote(b.CallbackData) {
				out = append(out, b.Text)
			}
		}
	}
	return out
}

// TestVotes: a private answer has 👍 and 👎 in its first row; a tap
// thanks the user, marks the button and records the vote against the
// answer's record; a later vote replaces it.
func TestVotes(t *testing.T) {
	st := memoryStore(t)
	h := start(t, withStore(st))
	const user = 40100
	h.api.push(update(privateMsg(user, "ai được tặng Bằng khen?")))
	c := h.waitSends(user, 1)[0]
	rows := c.keyboard(t)
	if got := voteLabels(rows[:1]); strings.Join(got, " ") != "👍 👎" {
		t.Fatalf("first row %+v, want 👍 and 👎 in it", rows[0])
	}
	if got := voteLabels(rows); len(got) != 2 {
		t.Errorf("vote buttons %q, want 2 in all", got)
	}
	shown := shownAnswer(t, c)
	steps := []struct {
		vote     int
		marked   string
		up, down int
	}{
		{1, "👍 ✓ 👎", 1, 0},
		{-1, "👍 👎 ✓", 0, 1},
		{-1, "👍 👎 ✓", 0, 1},
	}
	for i, s := range steps {
		u := callbackUpdate(shown, user, voteData(t, c, s.vote))
		u.CallbackQuery.ID = "vote" + itoa(i)
		h.api.push(u)
		cb := h.api.wait("answerCallbackQuery", func(cs []apiCall) bool { return len(cs) > i })[i]
		if cb.Params["text"] != voteThanks {
			t.Errorf("vote %d: toast %q, want %q", i, cb.Params["text"], voteThanks)
		}
		r := report(t, h, st)
		if r.Up != s.up || r.Down != s.down || r.Questions != 1 {
			t.Errorf("vote %d: report %+v, want %d 👍, %d 👎 on 1 question", i, r, s.up, s.down)
		}
		if i == 2 {
			break // the same vote again: the marks are as they were
		}
		edit := h.api.wait("editMessageReplyMarkup", func(cs []apiCall) bool { return len(cs) > i })[i]
		if got := strings.Join(voteLabels(edit.keyboard(t)), " "); got != s.marked {
			t.Errorf("vote %d: buttons %q, want %q", i, got, s.marked)
		}
		shown.ReplyMarkup = shownAnswer(t, apiCall{Params: map[string]string{"chat_id": itoa(user), "reply_markup": edit.Params["reply_markup"]}}).ReplyMarkup
	}
	if rep := report(t, h, st); len(rep.Unanswered) != 1 || rep.Unanswered[0].Down != 1 {
		t.Errorf("a 👎'd answer is not listed to review: %+v", rep)
	}
}

// TestVotesWhere: no votes in a group, under a none answer or a choose
// answer; every answer is recorded all the same, never a user's id.
func TestVotesWhere(t *testing.T) {
	tests := []struct {
		name  string
		multi bool
		msg   *models.Message
		kind  string
	}{
		{"group", false, groupMsg(-40200, 5, "/hoi ai được tặng Bằng khen?"), "fact"},
		{"none", false, privateMsg(40201, "thời tiết hôm nay?"), "none"},
		{"choose", true, privateMsg(40202, generic), "choose"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := memoryStore(t)
			var h *harness
			if tt.multi {
				h, _ = multiBot(t, withStore(st))
			} else {
				h = start(t, withStore(st))
			}
			h.api.push(update(tt.msg))
			c := h.waitSends(tt.msg.Chat.ID, 1)[0]
			if got := voteLabels(c.keyboard(t)); len(got) != 0 {
				t.Errorf("vote buttons %q under %s", got, c.text())
			}
			rep := waitReport(t, h, st, questions(1))
			if rep.Questions != 1 || rep.Askers != 1 {
				t.Fatalf("report %+v, want the question recorded", rep)
			}
			if tt.kind != "fact" && (len(rep.Unanswered) != 1 || rep.Unanswered[0].Question != strings.TrimPrefix(tt.msg.Text, "/hoi ")) {
				t.Errorf("unanswered %+v, want %q", rep.Unanswered, tt.msg.Text)
			}
		})
	}
}

// votesDown is a store whose votes fail.
type votesDown struct{ store.Store }

func (votesDown) Feedback(context.Context, int64, int) error { return errStoreDown }

// TestFeedbackLost: with a store that fails, questions are still answered,
// without votes, and the lost record is logged; a vote the store cannot
// keep gets a toast saying so.
func TestFeedbackLost(t *testing.T) {
	h := start(t, func(c *Config) { c.Store = failingStore{} })
	const user = 40300
	for i, q := range []string{"bao nhiêu mô hình?", "ai được tặng Bằng khen?"} {
		h.api.push(update(privateMsg(user, q)))
		c := h.waitSends(user, i+1)[i]
		if want := []string{"<b>55 mô hình</b>", "<b>3 tập thể</b>"}[i]; !strings.Contains(c.text(), want) {
			t.Errorf("%q: answer %q, want %q", q, c.text(), want)
		}
		if got := voteLabels(c.keyboard(t)); len(got) != 0 {
			t.Errorf("%q: votes %q on an answer the store did not record", q, got)
		}
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "feedback lost") || !strings.Contains(logs, errStoreDown.Error()) || !strings.Contains(logs, `"level":"WARN"`) {
		t.Errorf("the lost record is not logged as a warning: %s", logs)
	}

	h = start(t, withStore(votesDown{memoryStore(t)}))
	h.api.push(update(privateMsg(user, "bao nhiêu mô hình?")))
	c := h.waitSends(user, 1)[0]
	h.api.push(callbackUpdate(shownAnswer(t, c), user, voteData(t, c, -1)))
	if cb := h.api.waitN("answerCallbackQuery", 1)[0]; cb.Params["text"] != voteLost {
		t.Errorf("toast %q, want %q", cb.Params["text"], voteLost)
	}
	if !strings.Contains(h.logs.String(), "feedback lost: recording a vote") {
		t.Errorf("the lost vote is not logged: %s", h.logs.String())
	}
}

func TestMarkVote(t *testing.T) {
	mk := func(labels ...string) *models.InlineKeyboardMarkup {
		row := []models.InlineKeyboardButton{{Text: "📄 Đoạn gốc", CallbackData: "pX"}, {Text: "↗ Chia sẻ", SwitchInlineQuery: "q"}}
		for _, l := range labels {
			data := voteUp + "7"
			if strings.HasPrefix(l, "👎") {
				data = voteDown + "7"
			}
			row = append(row, models.InlineKeyboardButton{Text: l, CallbackData: data})
		}
		return &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{row, {{Text: "câu khác?", CallbackData: "qX"}}}}
	}
	tests := []struct {
		name string
		in   *models.InlineKeyboardMarkup
		vote int
		want string // vote labels; "" for no change
	}{
		{"up", mk("👍", "👎"), 1, "👍 ✓ 👎"},
		{"down", mk("👍", "👎"), -1, "👍 👎 ✓"},
		{"up after down", mk("👍", "👎 ✓"), 1, "👍 ✓ 👎"},
		{"no votes", mk(), 1, ""},
		{"no keyboard", nil, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kb, ok := markVote(tt.in, tt.vote)
			if tt.want == "" {
				if ok {
					t.Errorf("markVote changed %+v", kb)
				}
				return
			}
			if !ok {
				t.Fatal("markVote found no votes")
			}
			if got := strings.Join(voteLabels(kb.InlineKeyboard), " "); got != tt.want {
				t.Errorf("votes %q, want %q", got, tt.want)
			}
			if s := kb.InlineKeyboard[0][1].SwitchInlineQuery; s == nil || *s != "q" || len(kb.InlineKeyboard) != 2 {
				t.Errorf("the other buttons changed: %+v", kb)
			}
		})
	}
}
