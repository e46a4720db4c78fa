package bot

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// codeRE finds the /traloi codes of a /thongke message.
var codeRE = regexp.MustCompile(`<code>/traloi ([a-z0-9]+)</code>`)

// TestStatsWho: /thongke and /traloi are for the bot's admins, in a private
// chat; anyone else is told so, politely.
func TestStatsWho(t *testing.T) {
	tests := []struct {
		name string
		msg  *models.Message
		want string
	}{
		{"user, /thongke", privateMsg(40400, "/thongke"), "chỉ dành cho ban biên tập"},
		{"user, /traloi", privateMsg(40400, "/traloi abcde 12 người"), "chỉ dành cho ban biên tập"},
		{"admin in a group", groupMsg(-40400, adminID, "/thongke@"+testUsername), "chat riêng"},
		{"admin", privateMsg(adminID, "/thongke"), "Thống kê 7 ngày qua"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.push(update(tt.msg))
			if c := h.waitSends(tt.msg.Chat.ID, 1)[0]; !strings.Contains(c.text(), tt.want) {
				t.Errorf("reply %q, want %q", c.text(), tt.want)
			}
		})
	}
}

// TestStats: /thongke sums the week: questions, the share answered,
// askers, votes, and per article the questions left unanswered or 👎'd
// with their counts and codes.
func TestStats(t *testing.T) {
	st := memoryStore(t)
	h := start(t, withStore(st))
	asks := []struct {
		user int64
		q    string
	}{
		{40501, "bao nhiêu mô hình?"},
		{40501, "thời tiết hôm nay?"},
		{40502, "thời tiết hôm nay?"},
		{40502, "giá vàng?"},
	}
	for i, a := range asks {
		h.api.push(update(privateMsg(a.user, a.q)))
		h.api.waitAll("sendMessage", i+1)
	}
	waitReport(t, h, st, questions(len(asks)))
	first := h.sendsTo(40501)[0]
	h.api.push(callbackUpdate(shownAnswer(t, first), 40501, voteData(t, first, -1)))
	h.api.waitN("answerCallbackQuery", 1)
	h.api.push(update(privateMsg(adminID, "/thongke")))
	text := h.waitSends(adminID, 1)[0].text()
	for _, want := range []string{
		"Câu hỏi: <b>4</b>, trả lời được 1 (25%)",
		"Người hỏi: 2",
		"👍 0 · 👎 1",
		"📰 <b>Hội nghị &lt;tổng kết&gt; &amp; khen thưởng</b>",
		"«thời tiết hôm nay?» — 2 lần · <code>/traloi " + questionCode(fakeArticle, "thời tiết hôm nay?") + "</code>",
		"«giá vàng?» — 1 lần",
		"«bao nhiêu mô hình?» — 1 lần, 👎 1",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/thongke %q lacks %q", text, want)
		}
	}
	if i, j := strings.Index(text, "thời tiết"), strings.Index(text, "giá vàng"); i > j {
		t.Errorf("/thongke does not list the most asked first: %q", text)
	}
}

// TestStatsLong: a long /thongke is cut into messages Telegram accepts.
func TestStatsLong(t *testing.T) {
	st := memoryStore(t)
	h := start(t, withStore(st))
	ctx := context.Background()
	long := strings.Repeat("một câu hỏi rất dài về bài báo ", 6)
	for i := range 45 {
		for _, article := range []string{fakeArticle, "bai-" + itoa(i)} {
			if _, err := st.Record(ctx, store.Record{Time: h.clock.Now(), Chat: int64(i), Article: article, Question: long + itoa(i), Kind: "none"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	h.api.push(update(privateMsg(adminID, "/thongke")))
	h.api.wait("sendMessage", func([]apiCall) bool {
		sends := h.sendsTo(adminID)
		return len(sends) > 0 && strings.Contains(sends[len(sends)-1].text(), "… và")
	})
	sends := h.sendsTo(adminID)
	if len(sends) < 2 {
		t.Fatalf("%d messages, want the report cut into several", len(sends))
	}
	all := ""
	for _, c := range sends {
		all += c.text()
	}
	if !strings.Contains(all, "… và") || !strings.Contains(all, "Bài không còn") {
		t.Errorf("a report past %d questions does not say how many more, or the articles gone: %q", statsMax, all)
	}
}

// TestCurateFromBot: an admin answers an unanswered question of /thongke
// with /traloi; the question, however typed, then gets the editors' answer
// while the article is unchanged, and the answer is recorded as curated.
func TestCurateFromBot(t *testing.T) {
	st := memoryStore(t)
	lib := realEngine(t)
	h := startEngine(t, lib, withStore(st), func(c *Config) { c.FloodPerMin = -1 })
	const user = 40600
	const q = "lễ khen thưởng có bao nhiêu khách mời?"
	h.api.push(update(privateMsg(user, q)))
	if c := h.waitSends(user, 1)[0]; !strings.Contains(c.text(), "không nói") {
		t.Fatalf("%q is answered before it is curated: %q", q, c.text())
	}
	waitReport(t, h, st, questions(1))
	h.api.push(update(privateMsg(adminID, "/thongke")))
	stats := h.waitSends(adminID, 1)[0].text()
	codes := codeRE.FindAllStringSubmatch(stats, -1)
	if len(codes) != 1 {
		t.Fatalf("/thongke %q: want one code", stats)
	}
	code := codes[0][1]

	replies := []struct {
		text, want string
	}{
		{"/traloi", "Gõ <code>/traloi mã câu trả lời</code>"},
		{"/traloi " + code, "Gõ <code>/traloi mã câu trả lời</code>"},
		{"/traloi " + code + " " + strings.Repeat("dài ", 80), "tối đa 300"},
		{"/traloi zzzzz Khoảng 200 khách mời.", "không tìm thấy câu có mã <code>zzzzz</code>"},
		{"/traloi " + code + " Khoảng 100 khách mời.", "✅ Đã lưu câu trả lời"},
		{"/traloi " + strings.ToUpper(code) + " Khoảng 200 khách mời.", "✅ Đã thay câu trả lời"},
	}
	for i, r := range replies {
		h.api.push(update(privateMsg(adminID, r.text)))
		if c := h.waitSends(adminID, i+2)[i+1]; !strings.Contains(c.text(), r.want) {
			t.Errorf("%q: reply %q, want %q", r.text, c.text(), r.want)
		}
	}
	cur, ok, err := st.Curated(context.Background(), seedID, analysis.QuestionKey(q))
	if err != nil || !ok || cur.Author != "editors" || cur.Answer != "Khoảng 200 khách mời." || cur.Question != q {
		t.Fatalf("kept %+v, %v, %v", cur, ok, err)
	}

	for i, asked := range []string{q, "le khen thuong co bao nhieu khach moi"} {
		h.api.push(update(privateMsg(user, asked)))
		c := h.waitSends(user, i+2)[i+1]
		if !strings.Contains(c.text(), "Khoảng 200 khách mời.") || !strings.Contains(c.text(), library.CuratedFooter) {
			t.Errorf("%q: %q, want the editors' answer", asked, c.text())
		}
		if got := voteLabels(c.keyboard(t)); len(got) != 2 {
			t.Errorf("%q: votes %q under the editors' answer", asked, got)
		}
	}
	if cur, _, _ := st.Curated(context.Background(), seedID, analysis.QuestionKey(q)); cur.Used.IsZero() {
		t.Error("the curated answer is not marked used")
	}
	rep := waitReport(t, h, st, questions(3))
	if rep.Questions != 3 || rep.Answered != 2 {
		t.Errorf("report %+v, want the curated answers counted as answered", rep)
	}
}

// TestCuratedStale: an answer written for another version of the article
// is not given.
func TestCuratedStale(t *testing.T) {
	st := memoryStore(t)
	lib := realEngine(t)
	const q = "lễ khen thưởng có bao nhiêu khách mời?"
	m, _ := lib.Meta(seedID)
	for _, c := range []struct {
		hash, want string
	}{
		{"old-hash", "không nói"},
		{m.Hash, "Khoảng 200 khách mời."},
	} {
		err := st.SetCurated(context.Background(), store.Curated{Article: seedID, Key: analysis.QuestionKey(q), Question: q,
			Answer: "Khoảng 200 khách mời.", ArticleHash: c.hash, Author: "editors"})
		if err != nil {
			t.Fatal(err)
		}
		h := startEngine(t, lib, withStore(st))
		const user = 40700
		h.api.push(update(privateMsg(user, q)))
		if got := h.waitSends(user, 1)[0].text(); !strings.Contains(got, c.want) {
			t.Errorf("hash %q: %q, want %q", c.hash, got, c.want)
		}
	}
}
