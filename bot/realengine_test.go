package bot

import (
	"context"
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// realEngine builds the engine over the embedded seed article.
func realEngine(t *testing.T) *answer.Engine {
	t.Helper()
	articles, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, err := answer.New(context.Background(), articles)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestRealEngineIDsSurviveRestart checks that button ids resolve on
// another engine over the same articles: after a restart, on another
// replica.
func TestRealEngineIDsSurviveRestart(t *testing.T) {
	a, b := newIDTable(realEngine(t)), newIDTable(realEngine(t))
	if len(a.questions) < 4 || len(a.passages) == 0 {
		t.Fatalf("id table of %d questions and %d passages", len(a.questions), len(a.passages))
	}
	if !maps.Equal(a.questions, b.questions) || !maps.Equal(a.passages, b.passages) {
		t.Error("button ids differ between two engines over the same articles")
	}
	for h, q := range a.questions {
		if kind, got, ok := b.resolve(string(idQuestion) + h); !ok || kind != idQuestion || got != q {
			t.Errorf("id of %q does not resolve on another replica", q)
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
		if _, _, ok := h.bot.ids.resolve(id); !ok {
			t.Errorf("button %q does not resolve", id)
		}
	}

	h.api.push(update(groupMsg(group, 5, "/hoi bao nhieu mo hinh")))
	if c := h.waitSends(group, 1)[0]; !strings.Contains(c.text(), "<b>55 mô hình</b>") {
		t.Errorf("group answer %q", c.text())
	}

	shown := &models.Message{ID: 1, Date: 1700000000, Chat: models.Chat{ID: user, Type: models.ChatTypePrivate}}
	n := 1
	for _, a := range h.bot.engine.Articles() {
		for _, p := range a.Passages {
			h.api.push(callbackUpdate(shown, user, hashID(idPassage, p.ID)))
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
	if err := h.bot.Announce(context.Background(), "-11001"); err != nil {
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
