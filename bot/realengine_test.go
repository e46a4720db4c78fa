package bot

import (
	"context"
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/library"
)

// realEngine builds a library over the embedded seed article.
func realEngine(t *testing.T) *library.Library {
	t.Helper()
	return articleEngine(t, "")
}

// TestRealEngineIDsSurviveRestart checks that button ids resolve on
// another library over the same articles: after a restart, on another
// replica.
func TestRealEngineIDsSurviveRestart(t *testing.T) {
	ctx := context.Background()
	ea, eb := articleEngine(t, "articles/multi"), articleEngine(t, "articles/multi")
	a, b := newIDTable(ea, 100, newFakeClock()), newIDTable(eb, 100, newFakeClock())
	n := 0
	for _, m := range ea.Articles() {
		ta, tb := a.table(ctx, m.ID), b.table(ctx, m.ID)
		if len(ta.questions) < 4 {
			t.Fatalf("%s: id table of %d questions", m.ID, len(ta.questions))
		}
		if !maps.Equal(ta.questions, tb.questions) {
			t.Errorf("%s: button ids differ between two libraries over the same articles", m.ID)
		}
		for _, q := range ta.questions {
			for _, kind := range []byte{idQuestion, idAlert} {
				if id, ok := b.resolve(ctx, questionID(kind, m.ID, q)); !ok || id.kind != kind || id.value != q || id.article != m.ID {
					t.Errorf("id of %q does not resolve on another replica: %+v", q, id)
				}
				n++
			}
		}
		for _, kind := range []byte{idChoose, idPick, idSummary} {
			if id, ok := b.resolve(ctx, articleID(kind, m.ID)); !ok || id.article != m.ID {
				t.Errorf("%c id of %s does not resolve: %+v", kind, m.ID, id)
			}
		}
		s, _ := ea.Summary(ctx, m.ID)
		for _, p := range s.Article.Passages {
			pid, ok := passageID(p.ID)
			if !ok {
				t.Errorf("passage %s has no button id", p.ID)
				continue
			}
			if id, ok := b.resolve(ctx, pid+"_3_9"); !ok || id.value != p.ID || id.start != 3 || id.end != 9 {
				t.Errorf("passage id %q resolves to %+v", pid, id)
			}
		}
	}
	if n == 0 {
		t.Fatal("no ids checked")
	}
	for _, bad := range []string{"", "q", "qAAAAAAAAAA", articleID(idPick, "nope"), questionID(idQuestion, seedID, "nope"), "n0", "nx", "p" + hashOf(seedID) + "a/b"} {
		if id, ok := b.resolve(ctx, bad); ok {
			t.Errorf("%q resolves to %+v", bad, id)
		}
	}
}

// TestRealEngine runs the bot on the seed article: a private question, a
// group /hoi, the related buttons, every passage, /tomtat, an inline query
// and an announcement, all accepted by the fake API's HTML check.
func TestRealEngine(t *testing.T) {
	h := startEngine(t, realEngine(t), func(c *Config) { c.FloodPerMin = -1 }) // 30 messages from one user
	const user, group = 11000, -11000
	h.api.push(update(privateMsg(user, "ai được tặng Bằng khen?")))
	c := h.waitSends(user, 1)[0]
	if !strings.Contains(c.text(), "<b>3 tập thể, 6 cá nhân") || !strings.Contains(c.text(), "<i>Nguồn: QNO, 19/9/2024</i>") {
		t.Errorf("answer %q", c.text())
	}
	related := callbacks(t, c)
	if len(related) < 3 {
		t.Fatalf("buttons %v, want Đoạn gốc and 2-3 related questions", related)
	}
	for _, id := range related {
		if isVote(id) {
			continue // resolved through the chat state
		}
		if _, _, ok := h.resolve(id); !ok {
			t.Errorf("button %q does not resolve", id)
		}
	}

	h.api.push(update(groupMsg(group, 5, "/hoi bao nhieu mo hinh")))
	if c := h.waitSends(group, 1)[0]; !strings.Contains(c.text(), "<b>55 mô hình</b>") {
		t.Errorf("group answer %q", c.text())
	}

	shown := &models.Message{ID: 1, Date: 1700000000, Chat: models.Chat{ID: user, Type: models.ChatTypePrivate}}
	n := 1
	for _, m := range h.bot.engine.Articles() {
		s, _ := h.bot.engine.Summary(context.Background(), m.ID)
		for _, p := range s.Article.Passages {
			h.api.push(callbackUpdate(shown, user, pid(p.ID)))
			n++
			h.waitSends(user, n)
		}
	}
	for _, cmd := range []string{"/tomtat", "/nguon", "/start", "/help"} {
		h.api.push(update(privateMsg(user, cmd)))
		n++
		h.waitSends(user, n)
	}
	h.api.push(&models.Update{InlineQuery: &models.InlineQuery{ID: "iq", From: &models.User{ID: user}, Query: "bao nhieu mo hinh"}})
	var results []map[string]any
	if err := json.Unmarshal([]byte(h.api.waitN("answerInlineQuery", 1)[0].Params["results"]), &results); err != nil || len(results) == 0 || results[0]["title"] != "55 mô hình" {
		t.Errorf("inline results %v (%v)", results, err)
	}
	if err := h.bot.Announce(context.Background(), "-11001", ""); err != nil {
		t.Fatal(err)
	}
	ann := h.waitSends(-11001, 1)[0]
	for _, w := range []string{"📢", "Sáng 19/9/2024", "55 mô hình", "Bằng khen: 3 tập thể, 6 cá nhân"} {
		if !strings.Contains(ann.text(), w) {
			t.Errorf("announcement lacks %q:\n%s", w, ann.text())
		}
	}
	for _, c := range h.api.record() {
		if c.Err != "" {
			t.Errorf("%s rejected: %s", c.Method, c.Err)
		}
	}
}

// The articles of testdata/articles/multi.
const (
	seedID   = "000_5733c26161288d00"
	kontumID = "001_2bd7fa3da5dabe67"
)
