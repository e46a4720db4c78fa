package bot

import (
	"cmp"
	"context"
	"encoding/json"
	"html"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

func TestPrivateQuestion(t *testing.T) {
	h := start(t)
	h.api.push(update(privateMsg(1001, "ai được tặng Bằng khen?")))
	c := h.waitSends(1001, 1)[0]
	for _, want := range []string{"<b>3 tập thể</b>", "<blockquote>Bộ Công an tặng Bằng khen cho 3 tập thể.</blockquote>", "<i>Nguồn: QNO, 19/9/2024</i>"} {
		if !strings.Contains(c.text(), want) {
			t.Errorf("answer %q lacks %q", c.text(), want)
		}
	}
	if c.Params["reply_parameters"] != "" {
		t.Errorf("private answer replies to the question: %s", c.Params["reply_parameters"])
	}
	rows := c.keyboard(t)
	if len(rows) < 3 || len(rows) > 4 {
		t.Fatalf("keyboard has %d rows, want the passage/share row and 2-3 related questions", len(rows))
	}
	top := rows[0]
	if len(top) != 4 || top[0].Text != "📄 Đoạn gốc" || !strings.HasPrefix(top[0].CallbackData, pid("000_test/p2")) {
		t.Fatalf("first row %+v, want Đoạn gốc for 000_test/p2, share, 👍 and 👎", top)
	}
	if top[2].Text != "👍" || !strings.HasPrefix(top[2].CallbackData, voteUp) || top[3].Text != "👎" || !strings.HasPrefix(top[3].CallbackData, voteDown) {
		t.Errorf("first row %+v, want 👍 and 👎 after the share button", top)
	}
	if top[1].SwitchInlineQuery == nil || *top[1].SwitchInlineQuery != "ai được tặng Bằng khen?" {
		t.Errorf("share button %+v, want switch_inline_query with the question", top[1])
	}
	for _, row := range rows[1:] {
		kind, q, ok := h.resolve(row[0].CallbackData)
		if !ok || kind != idQuestion || q == "ai được tặng Bằng khen?" {
			t.Errorf("related button %+v does not resolve to another question", row[0])
		}
	}
}

func TestGroupAddressing(t *testing.T) {
	const group = -100500
	botMessage := &models.Message{ID: 7, Date: 1700000000, Chat: models.Chat{ID: group, Type: models.ChatTypeSupergroup},
		From: &models.User{ID: testBotID, IsBot: true, Username: testUsername}, Text: "55 mô hình"}
	mention := groupMsg(group, 7, "@HoiDapBot bao nhiêu mô hình?")
	mention.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: 0, Length: 10}}
	// Entity offsets count UTF-16 code units: the emoji is two.
	mentionLate := groupMsg(group, 7, "echo 🙂 @hoidapbot xin chào")
	mentionLate.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: 8, Length: 10}}
	reply := groupMsg(group, 7, "bao nhiêu mô hình?")
	reply.ReplyToMessage = botMessage
	replyOther := groupMsg(group, 7, "bao nhiêu mô hình?")
	replyOther.ReplyToMessage = groupMsg(group, 8, "hello")
	topic := groupMsg(group, 7, "/hoi bao nhiêu mô hình?")
	topic.IsTopicMessage, topic.MessageThreadID = true, 77

	tests := []struct {
		name   string
		msg    *models.Message
		answer bool
		want   string // the bold answer, when not 55 mô hình
	}{
		{"command", groupMsg(group, 7, "/hoi bao nhiêu mô hình?"), true, ""},
		{"ask alias", groupMsg(group, 7, "/ask bao nhiêu mô hình?"), true, ""},
		{"command for us", groupMsg(group, 7, "/hoi@HoiDapBot bao nhiêu mô hình?"), true, ""},
		{"command for us, any case", groupMsg(group, 7, "/HOI@hoidapbot bao nhiêu mô hình?"), true, ""},
		{"command for another bot", groupMsg(group, 7, "/hoi@OtherBot bao nhiêu mô hình?"), false, ""},
		{"unknown command", groupMsg(group, 7, "/kick bao nhiêu mô hình?"), false, ""},
		{"mention", mention, true, ""},
		{"mention after emoji", mentionLate, true, "🙂 xin chào"},
		{"reply to the bot", reply, true, ""},
		{"reply to someone else", replyOther, false, ""},
		{"chatter", groupMsg(group, 7, "bao nhiêu mô hình?"), false, ""},
		{"bare mention without entity", groupMsg(group, 7, "bao nhiêu mô hình? @hoidapBOT"), true, ""},
		{"another bot's longer name", groupMsg(group, 7, "@HoiDapBotx bao nhiêu mô hình?"), false, ""},
		{"forum topic", topic, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.push(update(tt.msg))
			if !tt.answer {
				h.api.settle()
				if got := h.api.record("sendMessage"); len(got) != 0 {
					t.Fatalf("answered ignored message: %v", got[0].text())
				}
				return
			}
			c := h.waitSends(group, 1)[0]
			want := cmp.Or(tt.want, "55 mô hình")
			if !strings.Contains(c.text(), "<b>"+want+"</b>") {
				t.Errorf("answer %q, want %q", c.text(), want)
			}
			var rp models.ReplyParameters
			if err := json.Unmarshal([]byte(c.Params["reply_parameters"]), &rp); err != nil || rp.MessageID != tt.msg.ID || !rp.AllowSendingWithoutReply {
				t.Errorf("reply_parameters %q, want a reply to %d even if deleted", c.Params["reply_parameters"], tt.msg.ID)
			}
			if want := strconv.Itoa(tt.msg.MessageThreadID); tt.msg.IsTopicMessage && c.Params["message_thread_id"] != want {
				t.Errorf("message_thread_id %q, want %s", c.Params["message_thread_id"], want)
			}
		})
	}
}

func TestCommands(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"/start", []string{"Xin chào", "Hội nghị &lt;tổng kết&gt; &amp; khen thưởng"}},
		{"/help", []string{"/hoi &lt;câu hỏi&gt;", "@HoiDapBot"}},
		{"/hoi", []string{"Bạn muốn hỏi gì", "<code>/hoi bao nhiêu mô hình?</code>"}},
		{"/tomtat", []string{"<b>Hội nghị &lt;tổng kết&gt; phong trào</b>", "55 mô hình", "Bằng khen", "Tam Kỳ"}},
		{"/tomtat 000_test", []string{"<b>Hội nghị &lt;tổng kết&gt; phong trào</b>", "55 mô hình"}},
		{"/tomtat 9", []string{"không tìm thấy bài báo <code>9</code>", "/baiviet"}},
		{"/tomtat <abc>", []string{"không tìm thấy bài báo <code>&lt;abc&gt;</code>", "/baiviet"}},
		{"/nguon", []string{"Hội nghị &lt;tổng kết&gt; &amp; khen thưởng", "QNO, 19/9/2024"}},
		{"/baiviet", []string{"Hội nghị &lt;tổng kết&gt; &amp; khen thưởng", "QNO, 19/9/2024"}},
		{"/start a_nope", []string{"không tìm thấy bài báo <code>nope</code>", "/baiviet"}},
		{"/lamgi", []string{"không biết lệnh này"}},
	}
	h := start(t)
	for i, tt := range tests {
		h.api.push(update(privateMsg(2000, tt.text)))
		c := h.waitSends(2000, i+1)[i]
		for _, w := range tt.want {
			if !strings.Contains(c.text(), w) {
				t.Errorf("%s: reply %q lacks %q", tt.text, c.text(), w)
			}
		}
	}
	if calls := h.api.record("setMyCommands"); len(calls) != 2 || !strings.Contains(calls[0].Params["commands"], "Hỏi một câu") {
		t.Errorf("setMyCommands calls %v", calls)
	}
}

func TestInlineQuery(t *testing.T) {
	tests := []struct {
		query     string
		firstName string // the first result's title
		notSaid   bool   // the first result says the article does not say
		min       int
	}{
		{"bao nhiêu mô hình?", "55 mô hình", false, 2},
		{"", "55 mô hình", false, 3},
		{"thời tiết hôm nay?", "Bài báo không nói về điều này", true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			h := start(t)
			h.api.push(&models.Update{InlineQuery: &models.InlineQuery{ID: "iq1", From: &models.User{ID: 3000}, Query: tt.query}})
			c := h.api.waitN("answerInlineQuery", 1)[0]
			if c.Params["cache_time"] != "30" {
				t.Errorf("cache_time %q", c.Params["cache_time"])
			}
			var results []struct {
				Type, ID, Title, Description string
				Content                      struct {
					MessageText string `json:"message_text"`
					ParseMode   string `json:"parse_mode"`
				} `json:"input_message_content"`
				Markup keyboard `json:"reply_markup"`
			}
			if err := json.Unmarshal([]byte(c.Params["results"]), &results); err != nil {
				t.Fatal(err)
			}
			if len(results) < tt.min || len(results) > 5 {
				t.Fatalf("%d results, want %d to 5", len(results), tt.min)
			}
			r := results[0]
			if r.Type != "article" || r.Title != tt.firstName || r.Description == "" || r.Content.ParseMode != "HTML" {
				t.Errorf("first result %+v", r)
			}
			if tt.notSaid {
				if want := "❓ <i>" + esc(tt.query) + "</i>\n" + notSaid; r.Content.MessageText != want {
					t.Errorf("first result's message %q, want %q", r.Content.MessageText, want)
				}
				if kb := r.Markup.InlineKeyboard; len(kb) != 1 || kb[0][0].URL != "https://t.me/"+testUsername {
					t.Errorf("first result's button %+v, want one opening the bot", kb)
				}
				results = results[1:]
			} else if !strings.Contains(r.Content.MessageText, "<b>"+tt.firstName+"</b>") {
				t.Errorf("first result's message %q", r.Content.MessageText)
			}
			seen := newQuestionSet()
			for _, r := range results {
				// Every message has its question, and an answer the
				// engine gave, never a refusal.
				q, ok := strings.CutPrefix(r.Content.MessageText, "❓ <i>")
				q, _, ok2 := strings.Cut(q, "</i>\n")
				if !ok || !ok2 {
					t.Errorf("result %q has no question", r.Content.MessageText)
					continue
				}
				if !seen.add(q) {
					t.Errorf("question %q offered twice", q)
				}
				a, known := h.eng.answers[html.UnescapeString(q)]
				if !known || !strings.Contains(r.Content.MessageText, "<b>"+esc(a.Answer)+"</b>") {
					t.Errorf("result %q is not the engine's answer to its question", r.Content.MessageText)
				}
			}
		})
	}
}

func TestButtons(t *testing.T) {
	h := start(t)
	const user = 4000
	q := privateMsg(user, "bao nhiêu mô hình?")
	h.api.push(update(q))
	answer := h.waitSends(user, 1)[0]
	shown := &models.Message{ID: 1, Date: 1700000000, Chat: q.Chat, From: &models.User{ID: testBotID, IsBot: true}, Text: "55 mô hình"}

	t.Run("related question", func(t *testing.T) {
		related := withoutVotes(callbacks(t, answer))[1]
		_, question, _ := h.resolve(related)
		h.api.push(callbackUpdate(shown, user, related))
		c := h.waitSends(user, 2)[1]
		want := h.eng.answers[question].Answer
		if !strings.Contains(c.text(), "<b>"+esc(want)+"</b>") {
			t.Errorf("answer to %q: %q", question, c.text())
		}
		h.api.wait("answerCallbackQuery", func(cs []apiCall) bool { return len(cs) >= 1 })
	})
	t.Run("passage", func(t *testing.T) {
		h.api.push(callbackUpdate(shown, user, pid("000_test/p2")))
		c := h.waitSends(user, 3)[2]
		if !strings.Contains(c.text(), "<blockquote>Tại hội nghị, Bộ Công an tặng Bằng khen cho 3 tập thể. Giám đốc Công an tỉnh khen 12 cá nhân.</blockquote>") {
			t.Errorf("passage %q", c.text())
		}
		if !strings.Contains(c.Params["reply_parameters"], `"message_id":1`) {
			t.Errorf("passage does not reply to the answer: %s", c.Params["reply_parameters"])
		}
	})
	t.Run("long passage split", func(t *testing.T) {
		h.api.push(callbackUpdate(shown, user, pid("000_test/p3")))
		passage, _ := h.eng.Passage(context.Background(), "000_test/p3")
		sends := h.api.wait("sendMessage", func([]apiCall) bool {
			got := 0
			for _, c := range h.sendsTo(user)[3:] {
				got += visibleLen(c.text())
			}
			return got >= len([]rune(strings.TrimSpace(passage.Text)))
		})
		parts := h.sendsTo(user)[3:]
		if len(parts) < 3 {
			t.Fatalf("a passage of %d characters came in %d messages", len([]rune(passage.Text)), len(parts))
		}
		for _, c := range parts {
			if n := visibleLen(c.text()); n > MaxMessage {
				t.Errorf("part of %d characters", n)
			}
			if !strings.HasPrefix(c.text(), "<b>Đoạn gốc</b>") && !strings.HasPrefix(c.text(), "<blockquote>") {
				t.Errorf("part does not reopen the quote: %.40q", c.text())
			}
		}
		_ = sends
	})
	t.Run("alert", func(t *testing.T) {
		n := len(h.api.record("answerCallbackQuery"))
		h.api.push(callbackUpdate(shown, user, lid("ai được tặng Bằng khen?")))
		c := h.api.waitN("answerCallbackQuery", n+1)[n]
		if c.Params["show_alert"] != "true" || c.Params["text"] != "3 tập thể" {
			t.Errorf("alert %v", c.Params)
		}
	})
	t.Run("expired", func(t *testing.T) {
		for _, data := range []string{"qAAAAAAAAAA", "pBBBBBBBBBB", "zzz", ""} {
			n := len(h.api.record("answerCallbackQuery"))
			sent := len(h.sendsTo(user))
			h.api.push(callbackUpdate(shown, user, data))
			c := h.api.waitN("answerCallbackQuery", n+1)[n]
			if c.Params["text"] != expiredText {
				t.Errorf("%q: callback answer %v", data, c.Params)
			}
			if got := len(h.sendsTo(user)); got != sent {
				t.Errorf("%q: an expired button sent a message", data)
			}
		}
	})
}

func TestDeepLink(t *testing.T) {
	tests := []struct {
		payload string
		want    string
	}{
		{qid("ai được tặng Bằng khen?"), "<b>3 tập thể</b>"},
		{lid("bao nhiêu mô hình?"), "<b>55 mô hình</b>"},
		{pid("000_test/p1"), "<blockquote>Có 55 mô hình được triển khai.</blockquote>"},
		{"qNOTAHASH00", "Liên kết này đã hết hạn"},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			h := start(t)
			h.api.push(update(privateMsg(5000, "/start "+tt.payload)))
			if c := h.waitSends(5000, 1)[0]; !strings.Contains(c.text(), tt.want) {
				t.Errorf("reply %q lacks %q", c.text(), tt.want)
			}
		})
	}
}

func TestAnnounce(t *testing.T) {
	const group = -100600
	anon := groupMsg(group, 1087968824, "/thongbao")
	anon.From.Username, anon.From.IsBot = "GroupAnonymousBot", true
	anon.SenderChat = &models.Chat{ID: group, Type: models.ChatTypeSupergroup}
	tests := []struct {
		name     string
		msg      *models.Message
		status   string // the sender's getChatMember status
		target   int64  // where the announcement should go; 0 for none
		feedback string // a reply to the sender
	}{
		{"admin", groupMsg(group, 11, "/thongbao"), "administrator", group, ""},
		{"creator", groupMsg(group, 11, "/thongbao@HoiDapBot"), "creator", group, ""},
		{"anonymous admin", anon, "", group, ""},
		{"bot admin in group", groupMsg(group, adminID, "/thongbao"), "member", group, ""},
		{"member", groupMsg(group, 11, "/thongbao"), "member", 0, "Chỉ quản trị viên nhóm"},
		{"bot admin in private", privateMsg(adminID, "/thongbao -100700"), "", -100700, "Đã đăng thông báo"},
		{"by name", privateMsg(adminID, "/thongbao @kenhsukien"), "", -100800, "Đã đăng thông báo"},
		{"private, no target", privateMsg(adminID, "/thongbao"), "", 0, "/thongbao &lt;chat_id"},
		{"private, not admin", privateMsg(12, "/thongbao -100700"), "", 0, "Chỉ quản trị viên của bot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.mu.Lock()
			h.api.members[[2]int64{group, 11}] = tt.status
			h.api.chats["@kenhsukien"] = -100800
			h.api.mu.Unlock()
			h.api.push(update(tt.msg))
			if tt.feedback != "" {
				c := h.waitSends(tt.msg.Chat.ID, 1)
				if !strings.Contains(c[len(c)-1].text(), tt.feedback) {
					t.Errorf("feedback %q lacks %q", c[len(c)-1].text(), tt.feedback)
				}
			}
			if tt.target == 0 {
				h.api.settle()
				for _, c := range h.api.record("sendMessage") {
					if strings.Contains(c.text(), "📢") {
						t.Fatalf("announcement posted by %s", tt.name)
					}
				}
				return
			}
			c := h.waitSends(tt.target, 1)[0]
			checkAnnouncement(t, h, c)
		})
	}
}

// checkAnnouncement checks the text and buttons of an announcement.
func checkAnnouncement(t *testing.T, h *harness, c apiCall) {
	t.Helper()
	for _, w := range []string{"📢", "Hội nghị &lt;tổng kết&gt; phong trào", "19/9/2024", "Tam Kỳ", "55 mô hình", "Bằng khen"} {
		if !strings.Contains(c.text(), w) {
			t.Errorf("announcement %q lacks %q", c.text(), w)
		}
	}
	rows := c.keyboard(t)
	if len(rows) == 0 {
		t.Fatal("announcement without buttons")
	}
	for _, row := range rows {
		kind, q, ok := h.resolve(row[0].CallbackData)
		if !ok || kind != idAlert {
			t.Errorf("button %+v is not an alert", row[0])
		}
		if len(row) != 2 || row[1].URL != "https://t.me/"+testUsername+"?start="+qid(q) {
			t.Errorf("row %+v lacks the deep link", row)
		}
	}
}

func TestAnnounceCommandLine(t *testing.T) {
	h := start(t)
	h.api.mu.Lock()
	h.api.chats["@kenhsukien"] = -100900
	h.api.mu.Unlock()
	ctx := context.Background()
	if err := h.bot.Announce(ctx, "@kenhsukien", ""); err != nil {
		t.Fatal(err)
	}
	checkAnnouncement(t, h, h.waitSends(-100900, 1)[0])
	for _, bad := range []string{"", "kenh", "@nosuchchat"} {
		if err := h.bot.Announce(ctx, bad, ""); err == nil {
			t.Errorf("Announce(%q) succeeded", bad)
		}
	}
}

func TestEditedQuestion(t *testing.T) {
	tests := []struct {
		name string
		chat models.ChatType
		text string
		edit string
	}{
		{"private", models.ChatTypePrivate, "bao nhiêu mô hình?", "ai được tặng Bằng khen?"},
		{"group", models.ChatTypeSupergroup, "/hoi bao nhiêu mô hình?", "/hoi ai được tặng Bằng khen?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			chat := int64(6000)
			if tt.chat != models.ChatTypePrivate {
				chat = -6000
			}
			m := message(chat, tt.chat, 6000, tt.text)
			h.api.push(update(m))
			first := h.waitSends(chat, 1)[0]
			edited := *m
			edited.Text, edited.EditDate = tt.edit, 1700000100
			h.api.push(&models.Update{EditedMessage: &edited})
			c := h.api.waitN("editMessageText", 1)[0]
			if c.Params["message_id"] != "1" || c.chat() != chat || !strings.Contains(c.text(), "<b>3 tập thể</b>") {
				t.Errorf("edit %v, want the answer (message 1) in %d edited to 3 tập thể; first answer %q", c.Params, chat, first.text())
			}
			// An edit of a message never answered is answered anew.
			other := message(chat, tt.chat, 6000, "/hoi x")
			other.Text = tt.edit
			other.EditDate = 1700000200
			h.api.push(&models.Update{EditedMessage: other})
			h.waitSends(chat, 2)
		})
	}
}

func TestTooManyRequests(t *testing.T) {
	h := start(t)
	h.api.fail("sendMessage", apiError{Code: 429, Description: "Too Many Requests: retry after 7", RetryAfter: 7})
	h.api.push(update(privateMsg(7000, "bao nhiêu mô hình?")))
	h.waitSends(7000, 1)
	calls := h.api.record("sendMessage")
	if len(calls) != 2 || calls[0].Err == "" || calls[1].Err != "" {
		t.Fatalf("sendMessage calls %v, want a 429 then one success", summarize(calls))
	}
	if slept := h.clock.sleptFor(); slept < 7*time.Second {
		t.Errorf("waited %v after retry_after 7", slept)
	}
}

func TestForbidden(t *testing.T) {
	h := start(t)
	const user = 8000
	h.api.mu.Lock()
	h.api.blocked[user] = true
	h.api.mu.Unlock()
	// A long passage is three messages: after the 403 of the first, the
	// others are not tried.
	shown := &models.Message{ID: 1, Date: 1700000000, Chat: models.Chat{ID: user, Type: models.ChatTypePrivate}}
	h.api.push(callbackUpdate(shown, user, pid("000_test/p3")))
	h.api.waitAll("sendMessage", 1)
	h.api.waitN("answerCallbackQuery", 1)
	h.api.settle()
	if calls := h.api.record("sendMessage"); len(calls) != 1 || !strings.Contains(calls[0].Err, "blocked") {
		t.Fatalf("sendMessage calls %v, want one 403", summarize(calls))
	}
	if err := h.bot.Announce(context.Background(), strconv.Itoa(user), ""); err == nil {
		t.Error("announcing to a chat that blocked the bot succeeded")
	}
	if calls := h.api.record("sendMessage"); len(calls) != 1 {
		t.Errorf("sent to a blocked chat again: %v", summarize(calls))
	}
	// The user writes again: they unblocked the bot.
	h.api.mu.Lock()
	h.api.blocked[user] = false
	h.api.mu.Unlock()
	h.api.push(update(privateMsg(user, "bao nhiêu mô hình?")))
	h.waitSends(user, 1)
}

func TestMigration(t *testing.T) {
	h := start(t)
	const old, super = -700, -1000700
	h.api.mu.Lock()
	h.api.migrated[old] = super
	h.api.mu.Unlock()
	h.api.push(update(message(old, models.ChatTypeGroup, 9, "/hoi bao nhiêu mô hình?")))
	h.waitSends(super, 1)
	h.api.push(update(message(old, models.ChatTypeGroup, 9, "/hoi ai được tặng Bằng khen?")))
	h.waitSends(super, 2)
	if calls := h.api.record("sendMessage"); len(calls) != 3 || calls[0].chat() != old || calls[2].chat() != super {
		t.Errorf("sendMessage calls to %v", summarize(calls))
	}
	// The service message of a migration is followed too.
	svc := message(-800, models.ChatTypeGroup, 9, "")
	svc.MigrateToChatID = -1000800
	h.api.push(update(svc))
	h.api.settle()
	if got := h.bot.route(-800); got != -1000800 {
		t.Errorf("route(-800) = %d after migrate_to_chat_id", got)
	}
}

func TestHTMLEscaping(t *testing.T) {
	h := start(t)
	const user = 9100
	questions := []string{
		"echo <b>bold</b> & <script>alert(1)</script> a<b &amp; 1 > 0 &#x3C;",
		"ai tổ chức <hội nghị>?",
		"<<<>>>&&&",
	}
	for i, q := range questions {
		h.api.push(update(privateMsg(user, q)))
		c := h.waitSends(user, i+1)[i]
		if strings.Contains(c.text(), "<script>") {
			t.Errorf("unescaped: %q", c.text())
		}
	}
	c := h.sendsTo(user)[1]
	if !strings.Contains(c.text(), "<b>Công an tỉnh &lt;Quảng Nam&gt; &amp; đối tác</b>") {
		t.Errorf("answer %q", c.text())
	}
	for _, c := range h.api.record() {
		if c.Err != "" {
			t.Errorf("%s rejected: %s", c.Method, c.Err)
		}
	}
}

func TestNonText(t *testing.T) {
	sticker := privateMsg(9200, "")
	sticker.Sticker = &models.Sticker{FileID: "s"}
	voice := privateMsg(9200, "")
	voice.Voice = &models.Voice{FileID: "v"}
	photo := privateMsg(9200, "")
	photo.Photo, photo.Caption = []models.PhotoSize{{FileID: "p"}}, "bao nhiêu mô hình?"
	groupSticker := groupMsg(-9200, 5, "")
	groupSticker.Sticker = &models.Sticker{FileID: "s"}
	joined := groupMsg(-9200, 5, "")
	joined.NewChatMembers = []models.User{{ID: 77}}
	pinned := privateMsg(9200, "")
	pinned.PinnedMessage = &models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeInaccessibleMessage, InaccessibleMessage: &models.InaccessibleMessage{Chat: pinned.Chat, MessageID: 3}}
	channel := message(-9300, models.ChatTypeChannel, 0, "bao nhiêu mô hình?")
	channel.From = nil

	tests := []struct {
		name string
		u    *models.Update
		want string // a reply containing this, or "" for silence
	}{
		{"sticker in private", update(sticker), "chỉ đọc được tin nhắn chữ"},
		{"voice in private", update(voice), "chỉ đọc được tin nhắn chữ"},
		{"photo with a question", update(photo), "<b>55 mô hình</b>"},
		{"sticker in a group", update(groupSticker), ""},
		{"service message", update(joined), ""},
		{"pinned message", update(pinned), ""},
		{"channel post", &models.Update{ChannelPost: channel}, ""},
		{"poll", &models.Update{Poll: &models.Poll{ID: "1", Question: "?"}}, ""},
		{"callback of an inline message", &models.Update{CallbackQuery: &models.CallbackQuery{ID: "x", From: models.User{ID: 5}, InlineMessageID: "im", Data: "zzz"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.push(tt.u)
			if tt.want == "" {
				h.api.settle()
				if calls := h.api.record("sendMessage"); len(calls) != 0 {
					t.Fatalf("replied %q", calls[0].text())
				}
				return
			}
			c := h.api.waitN("sendMessage", 1)[0]
			if !strings.Contains(c.text(), tt.want) {
				t.Errorf("reply %q lacks %q", c.text(), tt.want)
			}
		})
	}
}

func TestFollowUp(t *testing.T) {
	h := start(t)
	const user = 9400
	h.api.push(update(privateMsg(user, "ai được tặng Bằng khen?")))
	h.waitSends(user, 1)
	h.api.push(update(privateMsg(user, "còn Giấy khen thì sao?")))
	c := h.waitSends(user, 2)[1]
	last := h.eng.lastAsk()
	if last.prev == nil || last.prev.Question != "ai được tặng Bằng khen?" || last.prev.Answer.Answer != "3 tập thể" {
		t.Fatalf("follow-up asked with previous turn %+v", last.prev)
	}
	if !strings.Contains(c.text(), "tiếp theo: ai được tặng Bằng khen?") {
		t.Errorf("follow-up answer %q", c.text())
	}
	// Another user's turn is their own.
	h.api.push(update(privateMsg(user+1, "còn Giấy khen thì sao?")))
	h.waitSends(user+1, 1)
	if last := h.eng.lastAsk(); last.prev != nil {
		t.Errorf("another chat got the previous turn %+v", last.prev)
	}
}

func TestFlood(t *testing.T) {
	h := start(t, func(c *Config) { c.FloodPerMin = 3 })
	const flooder, other = 9500, 9501
	for range 6 {
		h.api.push(update(privateMsg(flooder, "bao nhiêu mô hình?")))
	}
	h.api.push(update(privateMsg(other, "bao nhiêu mô hình?")))
	h.waitSends(other, 1)
	h.waitSends(flooder, 4)
	h.api.settle()
	sends := h.sendsTo(flooder)
	if len(sends) != 4 || !strings.Contains(sends[3].text(), "nhanh quá") {
		t.Fatalf("flooder got %d messages, want 3 answers and one notice", len(sends))
	}
}

func TestTypingWhenSlow(t *testing.T) {
	h := start(t, func(c *Config) { c.TypingDelay = 20 * time.Millisecond })
	h.eng.delay = 150 * time.Millisecond
	h.api.push(update(privateMsg(9600, "bao nhiêu mô hình?")))
	h.waitSends(9600, 1)
	calls := summarize(h.api.record("sendChatAction", "sendMessage"))
	if strings.Join(calls, " ") != "sendChatAction sendMessage" {
		t.Errorf("calls %v, want typing before the answer", calls)
	}
}

func TestNoTypingWhenFast(t *testing.T) {
	h := start(t)
	h.api.push(update(privateMsg(9601, "bao nhiêu mô hình?")))
	h.waitSends(9601, 1)
	if calls := h.api.record("sendChatAction"); len(calls) != 0 {
		t.Errorf("typing shown for a fast answer")
	}
}

func TestPanicRecovered(t *testing.T) {
	h := start(t)
	h.api.push(update(privateMsg(9700, "panic!")), update(privateMsg(9700, "bao nhiêu mô hình?")))
	if c := h.waitSends(9700, 1)[0]; !strings.Contains(c.text(), "55 mô hình") {
		t.Errorf("answer after a panic %q", c.text())
	}
	if !strings.Contains(h.logs.String(), "handler panic") {
		t.Error("the panic was not logged")
	}
}

func TestLogs(t *testing.T) {
	h := start(t)
	h.api.push(update(privateMsg(9800, "bí mật quốc gia ở đâu?")))
	h.waitSends(9800, 1)
	h.stop()
	logs := h.logs.String()
	if strings.Contains(logs, testToken) || strings.Contains(logs, "TEST-token-secret") {
		t.Error("the token was logged")
	}
	if strings.Contains(logs, "bí mật") {
		t.Error("a question was logged at info level")
	}
	for _, w := range []string{`"update":"message"`, `"chat":"private"`, `"question_len":22`, `"kind":"none"`, `"confidence":0`, `"latency":`} {
		if !strings.Contains(logs, w) {
			t.Errorf("logs lack %s:\n%s", w, logs)
		}
	}
}

func TestShutdownFinishesInFlight(t *testing.T) {
	h := start(t)
	h.eng.delay = 300 * time.Millisecond
	h.api.push(update(privateMsg(9900, "bao nhiêu mô hình?")))
	for h.eng.lastAsk().question == "" {
		time.Sleep(time.Millisecond)
	}
	h.stop()
	if got := len(h.sendsTo(9900)); got != 1 {
		t.Fatalf("%d answers sent for a question in flight at shutdown", got)
	}
	h.api.mu.Lock()
	defer h.api.mu.Unlock()
	if h.api.confirmed < h.api.nextID {
		t.Errorf("confirmed offset %d, want %d: a restart would answer again", h.api.confirmed, h.api.nextID)
	}
}

func TestGreetsNewGroup(t *testing.T) {
	h := start(t)
	h.api.push(&models.Update{MyChatMember: &models.ChatMemberUpdated{
		Chat:          models.Chat{ID: -9950, Type: models.ChatTypeSupergroup},
		From:          models.User{ID: 5},
		OldChatMember: models.ChatMember{Type: models.ChatMemberTypeLeft, Left: &models.ChatMemberLeft{}},
		NewChatMember: models.ChatMember{Type: models.ChatMemberTypeMember, Member: &models.ChatMemberMember{}},
	}})
	if c := h.waitSends(-9950, 1)[0]; !strings.Contains(c.text(), "/hoi câu hỏi") {
		t.Errorf("greeting %q", c.text())
	}
}

func TestMentionAlone(t *testing.T) {
	h := start(t)
	m := groupMsg(-14000, 5, "@HoiDapBot")
	m.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: 0, Length: 10}}
	h.api.push(update(m))
	if c := h.waitSends(-14000, 1)[0]; !strings.Contains(c.text(), "Bạn muốn hỏi gì") || len(callbacks(t, c)) == 0 {
		t.Errorf("reply to a bare mention %q", c.text())
	}
}
