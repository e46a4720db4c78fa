package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
)

// Tests of how the bot talks in private chats and groups: greetings, small
// talk, keyboards, passages, inline results, failures told to users, and
// bursts.

// botMessageIn is a message of the bot in chat, to reply to.
func botMessageIn(chat models.Chat) *models.Message {
	return &models.Message{ID: 1, Date: 1700000000, Chat: chat,
		From: &models.User{ID: testBotID, IsBot: true, Username: testUsername}, Text: "55 mô hình"}
}

// replyToBot is a message in a group replying to the bot.
func replyToBot(group int64, user int64, text string) *models.Message {
	m := groupMsg(group, user, text)
	m.ReplyToMessage = botMessageIn(m.Chat)
	return m
}

// repliesTo returns the successful sendMessage calls replying to message id.
func (h *harness) repliesTo(chat int64, id int) []apiCall {
	var out []apiCall
	want := `"message_id":` + strconv.Itoa(id) + `,`
	for _, c := range h.sendsTo(chat) {
		if strings.Contains(c.Params["reply_parameters"], want) {
			out = append(out, c)
		}
	}
	return out
}

// questionButtons returns the questions of a call's question buttons.
func questionButtons(t *testing.T, h *harness, c apiCall) []string {
	t.Helper()
	var qs []string
	for _, data := range callbacks(t, c) {
		if isVote(data) {
			continue // resolved through the chat state: see feedback_test.go
		}
		kind, q, ok := h.resolve(data)
		if !ok {
			t.Errorf("button %q does not resolve", data)
		}
		if kind == idQuestion {
			qs = append(qs, q)
		}
	}
	return qs
}

func TestStartByChat(t *testing.T) {
	tests := []struct {
		name    string
		msg     *models.Message
		want    []string
		notWant []string
		maxRows int
	}{
		{"private", privateMsg(20001, "/start"), []string{"Xin chào", "Cứ gõ câu hỏi"}, []string{"/hoi"}, 4},
		{"group", groupMsg(-20001, 5, "/start"),
			[]string{"Xin chào", "<code>/hoi câu hỏi</code>", "@" + testUsername, "trả lời tin nhắn của mình"}, []string{"Cứ gõ câu hỏi"}, 1},
		{"group, addressed", groupMsg(-20002, 5, "/start@"+testUsername),
			[]string{"<code>/hoi câu hỏi</code>"}, []string{"Cứ gõ câu hỏi"}, 1},
		{"basic group", message(-20003, models.ChatTypeGroup, 5, "/start"),
			[]string{"<code>/hoi câu hỏi</code>"}, []string{"Cứ gõ câu hỏi"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.push(update(tt.msg))
			c := h.waitSends(tt.msg.Chat.ID, 1)[0]
			for _, w := range tt.want {
				if !strings.Contains(c.text(), w) {
					t.Errorf("greeting %q lacks %q", c.text(), w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(c.text(), w) {
					t.Errorf("greeting %q has %q", c.text(), w)
				}
			}
			if rows := c.keyboard(t); len(rows) == 0 || len(rows) > tt.maxRows {
				t.Errorf("%d rows of buttons, want 1 to %d", len(rows), tt.maxRows)
			}
		})
	}
}

func TestKeyboards(t *testing.T) {
	const group = -20100
	topic := models.Chat{ID: group, Type: models.ChatTypeSupergroup}
	tests := []struct {
		name     string
		u        *models.Update
		chat     int64
		asked    string // the question answered
		maxRows  int
		minAsked int // fewest question buttons
	}{
		{"private answer", update(privateMsg(20100, "ai được tặng Bằng khen?")), 20100, "ai được tặng Bằng khen?", 4, 2},
		{"private answer, asked otherwise", update(privateMsg(20100, "Ai đã được tặng bằng khen vậy?")), 20100, "Ai đã được tặng bằng khen vậy?", 4, 2},
		{"private none", update(privateMsg(20100, "thời tiết hôm nay?")), 20100, "thời tiết hôm nay?", 4, 3},
		{"private related button", callbackUpdate(botMessageIn(models.Chat{ID: 20100, Type: models.ChatTypePrivate}), 20100,
			qid("bao nhiêu mô hình?")), 20100, "bao nhiêu mô hình?", 4, 2},
		{"group answer", update(groupMsg(group, 5, "/hoi ai được tặng Bằng khen?")), group, "ai được tặng Bằng khen?", 1, 0},
		{"group answer by reply", update(replyToBot(group, 5, "bao nhiêu mô hình?")), group, "bao nhiêu mô hình?", 1, 0},
		{"group none", update(groupMsg(group, 5, "/hoi thời tiết hôm nay?")), group, "thời tiết hôm nay?", 1, 1},
		{"group /hoi alone", update(groupMsg(group, 5, "/hoi")), group, "", 1, 1},
		{"group related button", callbackUpdate(botMessageIn(topic), 5, qid("ai được tặng Bằng khen?")), group, "ai được tặng Bằng khen?", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.push(tt.u)
			c := h.waitSends(tt.chat, 1)[0]
			rows := c.keyboard(t)
			if len(rows) > tt.maxRows {
				t.Errorf("%d rows of buttons, want at most %d: %+v", len(rows), tt.maxRows, rows)
			}
			qs := questionButtons(t, h, c)
			if len(qs) < tt.minAsked {
				t.Errorf("%d question buttons, want at least %d", len(qs), tt.minAsked)
			}
			seen := newQuestionSet()
			if tt.asked != "" {
				seen.add(tt.asked)
			}
			for _, q := range qs {
				if !seen.add(q) {
					t.Errorf("button %q asks what was asked or another button asks", q)
				}
				if a, ok := h.eng.answers[q]; !ok || a.Kind == answer.KindNone {
					t.Errorf("button %q is not a question the engine answers", q)
				}
			}
			if strings.Count(c.text(), "dưới đây") > 1 {
				t.Errorf("answer %q points to the buttons twice", c.text())
			}
		})
	}
}

func TestPassageButton(t *testing.T) {
	tests := []struct {
		question string
		want     string // in the passage sent; "" for no button
	}{
		{"bao nhiêu mô hình?", ""}, // the paragraph is the quote
		{"ai tổ chức <hội nghị>?", ""},
		{"ai được tặng Bằng khen?", "<blockquote>Tại hội nghị, <b>Bộ Công an tặng Bằng khen cho 3 tập thể.</b> Giám đốc Công an tỉnh khen 12 cá nhân.</blockquote>"},
		{"bài báo dài không?", "<blockquote><b>Đây là một câu rất dài của đoạn văn.</b> Đây là"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			h := start(t)
			const user = 20200
			h.api.push(update(privateMsg(user, tt.question)))
			c := h.waitSends(user, 1)[0]
			var passage string
			for _, data := range callbacks(t, c) {
				if kind, _, ok := h.resolve(data); ok && kind == idPassage {
					passage = data
				}
			}
			if tt.want == "" {
				if passage != "" {
					t.Fatalf("a Đoạn gốc button under %q, which quotes the whole paragraph", c.text())
				}
				return
			}
			if passage == "" {
				t.Fatalf("no Đoạn gốc button under %q", c.text())
			}
			h.api.push(callbackUpdate(botMessageIn(models.Chat{ID: user, Type: models.ChatTypePrivate}), user, passage))
			if p := h.waitSends(user, 2)[1]; !strings.Contains(p.text(), tt.want) {
				t.Errorf("passage %q lacks %q", p.text(), tt.want)
			}
		})
	}
}

func TestFormatPassageSpan(t *testing.T) {
	eng := newFakeEngine()
	p, _ := eng.Passage(context.Background(), "000_test/p2")
	whole := "<blockquote>" + esc(p.Text) + "</blockquote>"
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 0, whole},
		{len(p.Text), len(p.Text) + 10, whole}, // out of the text: a stale or forged id
		{14, 13, whole},
		{1, 3, whole}, // inside a letter of "Tại"
		{0, len("Tại"), "<blockquote><b>Tại</b> hội nghị"},
	}
	for _, tt := range tests {
		got := formatPassage(p, "", tt.start, tt.end)
		if !strings.Contains(got, tt.want) {
			t.Errorf("formatPassage(%d, %d) = %q, want %q in it", tt.start, tt.end, got, tt.want)
		}
		if err := checkHTML(got); err != nil {
			t.Errorf("formatPassage(%d, %d): %v", tt.start, tt.end, err)
		}
	}
}

func TestSmallTalkReplies(t *testing.T) {
	cases := readTalkCases(t)
	// The fake clock stands still, and the group's messages come at once.
	noFlood := func(c *Config) { c.FloodPerMin, c.QueueLen = -1, 2*len(cases) }
	t.Run("private", func(t *testing.T) {
		h := start(t, noFlood)
		const user = 20300
		for i, c := range cases {
			asked := h.eng.askedCount()
			h.api.push(update(privateMsg(user, c.text)))
			r := h.waitSends(user, i+1)[i]
			want := map[talkKind]string{talkGreeting: greetPrivate, talkThanks: thanksReply, talkEmpty: emptyHint}[c.kind]
			switch {
			case c.kind == talkQuestion:
				if h.eng.askedCount() != asked+1 {
					t.Errorf("%q: the engine was not asked; reply %q", c.text, r.text())
				}
			case r.text() != want:
				t.Errorf("%q (%s): reply %q, want %q", c.text, c.kind, r.text(), want)
			case h.eng.askedCount() != asked:
				t.Errorf("%q (%s): the engine was asked", c.text, c.kind)
			}
			if strings.Contains(r.text(), "không nói về điều này") && c.kind != talkQuestion {
				t.Errorf("%q: small talk got %q", c.text, r.text())
			}
			if n := strings.Count(r.text(), "dưới đây"); n > 1 {
				t.Errorf("%q: the hint %d times in %q", c.text, n, r.text())
			}
		}
	})
	for _, how := range []string{"reply", "mention"} {
		t.Run("group "+how, func(t *testing.T) {
			h := start(t, noFlood)
			const group = -20300
			var msgs []*models.Message
			for _, c := range cases {
				m := replyToBot(group, 7, c.text)
				if how == "mention" {
					m = groupMsg(group, 7, "@"+testUsername+" "+c.text)
					m.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: 0, Length: 1 + len(testUsername)}}
				}
				msgs = append(msgs, m)
				h.api.push(update(m))
			}
			// The chat's updates are handled in order: once the last is
			// answered, every one before was handled.
			last := groupMsg(group, 7, "/hoi bao nhiêu mô hình?")
			h.api.push(update(last))
			h.api.wait("sendMessage", func([]apiCall) bool { return len(h.repliesTo(group, last.ID)) > 0 })
			for i, c := range cases {
				rs := h.repliesTo(group, msgs[i].ID)
				switch c.kind {
				case talkThanks, talkEmpty:
					if len(rs) != 0 {
						t.Errorf("%q (%s): replied %q", c.text, c.kind, rs[0].text())
					}
				case talkGreeting:
					if len(rs) != 1 || !strings.Contains(rs[0].text(), "<code>/hoi câu hỏi</code>") ||
						strings.Contains(rs[0].text(), "\n") || rs[0].Params["reply_markup"] != "" {
						t.Errorf("%q: replies %v, want one line on how to ask", c.text, rs)
					}
				case talkQuestion:
					if len(rs) != 1 || strings.Contains(rs[0].text(), "/hoi câu hỏi") {
						t.Errorf("%q: replies %v, want an answer", c.text, rs)
					}
				}
			}
		})
	}
}

func TestAnswerTextHintOnce(t *testing.T) {
	three := &keyboard{InlineKeyboard: questionRows(idQuestion, fakeArticle, []string{"a?", "b?", "c?"})}
	one := &keyboard{InlineKeyboard: questionRows(idQuestion, fakeArticle, []string{"a?"})}
	tests := []struct {
		name  string
		a     answer.Answer
		kb    *keyboard
		hints int
	}{
		{"engine's hint", answer.Answer{Kind: answer.KindNone, Answer: "Bạn hãy gõ một câu hỏi về bài viết, ví dụ một trong các câu dưới đây."}, three, 1},
		{"not said", answer.Answer{Kind: answer.KindNone, Answer: answer.NotInArticle}, three, 1},
		{"not said, one button", answer.Answer{Kind: answer.KindNone, Answer: answer.NotInArticle}, one, 1},
		{"not said, no button", answer.Answer{Kind: answer.KindNone, Answer: answer.NotInArticle}, nil, 0},
		{"an answer", answer.Answer{Kind: answer.KindFact, Answer: "55 mô hình"}, three, 0},
	}
	h := start(t)
	for _, tt := range tests {
		if text := h.bot.answerText(tt.a, fakeArticle, tt.kb); strings.Count(text, "dưới đây") != tt.hints {
			t.Errorf("%s: %q points %d times to the buttons, want %d", tt.name, text, strings.Count(text, "dưới đây"), tt.hints)
		}
	}
}

func TestAnnounceFailureTold(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		blocked bool   // the channel answers 403
		want    string // in the reply
		log     string // in the logs
	}{
		{"unknown name", "/thongbao @tenkenh", false, "@tenkenh", "chat not found"},
		{"not allowed to post", "/thongbao @kenhsukien", true, "quản trị viên", "bot was blocked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t)
			h.api.mu.Lock()
			h.api.chats["@kenhsukien"] = -100800
			h.api.blocked[-100800] = tt.blocked
			h.api.mu.Unlock()
			h.api.push(update(privateMsg(adminID, tt.text)))
			c := h.waitSends(adminID, 1)[0]
			if !strings.Contains(c.text(), tt.want) || !strings.Contains(c.text(), "kiểm tra") {
				t.Errorf("reply %q lacks %q and what to check", c.text(), tt.want)
			}
			for _, raw := range []string{"getChat", "error", "Bad Request", "Forbidden", "telegram"} {
				if strings.Contains(c.text(), raw) {
					t.Errorf("reply %q shows the library's error (%s)", c.text(), raw)
				}
			}
			if !strings.Contains(h.logs.String(), tt.log) {
				t.Errorf("logs lack %q:\n%s", tt.log, h.logs.String())
			}
		})
	}
}

func TestEditedIntoSameText(t *testing.T) {
	h := start(t)
	const user = 20500
	m := privateMsg(user, "bao nhiêu mô hình?")
	h.api.push(update(m))
	h.waitSends(user, 1)
	for _, text := range []string{"bao nhiêu mô hình?", "ai được tặng Bằng khen?", "ai được tặng Bằng khen?"} {
		edited := *m
		edited.Text, edited.EditDate = text, 1700000100
		h.api.push(&models.Update{EditedMessage: &edited})
	}
	h.api.push(update(privateMsg(user, "bài báo dài không?")))
	h.waitSends(user, 2) // the edits before it were handled
	if calls := h.api.record("editMessageText"); len(calls) != 1 || calls[0].Err != "" || !strings.Contains(calls[0].text(), "3 tập thể") {
		t.Errorf("editMessageText calls %v, want the one that changes the answer", summarize(calls))
	}
}

func TestUnreachableLogWithoutChat(t *testing.T) {
	addr := freeAddr(t) // nothing listens there
	var tries atomic.Int32
	client := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if strings.HasSuffix(r.URL.Path, "/getMe") && tries.Add(1) == 1 {
			r = r.Clone(r.Context())
			r.URL.Host = addr
		}
		return http.DefaultTransport.RoundTrip(r)
	})}
	h := start(t, func(c *Config) { c.HTTPClient = client })
	h.api.waitN("getMe", 1)
	logs := h.logs.String()
	if !strings.Contains(logs, "Bot API unreachable") {
		t.Fatalf("no unreachable warning:\n%s", logs)
	}
	if strings.Contains(logs, `"chat":0`) {
		t.Errorf("a call to no chat logged chat=0:\n%s", logs)
	}
}

// burstAnswerRE reads the answer to "echo CHAT-I".
var burstAnswerRE = regexp.MustCompile(`^<b>(-?\d+)-(\d+)</b>`)

// skipNoticeRE reads a skip notice's count.
var skipNoticeRE = regexp.MustCompile(`chưa trả lời được (\d+) tin:`)

// TestBurst sends questions faster than a chat's queue and the flood limit
// allow, with the engine held until every update has been dispatched. In
// each chat the first questions are answered in order, and one notice
// after them tells the count of the others and quotes the first five:
// none is lost without a word.
func TestBurst(t *testing.T) {
	tests := []struct {
		name         string
		chats, each  int
		flood, queue int
		group        bool
		most, fewest int // answers per chat
		mustSkip     bool
	}{
		{"one chat, flood limit", 1, 50, 10, 16, false, 10, 10, true},
		{"one chat, full queue", 1, 50, -1, 4, false, 5, 4, true},
		{"one group, full queue", 1, 50, -1, 4, true, 5, 4, true},
		{"100 chats, flood limit", 100, 5, 3, 16, false, 3, 3, true},
		{"100 chats, full queue", 100, 5, -1, 1, false, 2, 1, true},
		{"100 chats, room enough", 100, 5, 20, 16, false, 5, 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng := newFakeEngine()
			eng.gate = make(chan struct{})
			h := startEngine(t, eng, func(c *Config) {
				c.ChatPerSec, c.GroupPerMin, c.GlobalPerSec = 1, 20, 30 // Telegram's; the clock is fake
				c.FloodPerMin, c.QueueLen, c.MaxChats = tt.flood, tt.queue, 2*tt.chats
				c.Logger = slog.New(slog.DiscardHandler)
			})
			h.eng = eng
			chatOf := func(c int) int64 {
				if tt.group {
					return int64(-30000 - c)
				}
				return int64(30000 + c)
			}
			var us []*models.Update
			for i := range tt.each {
				for c := range tt.chats {
					chat := chatOf(c)
					text := fmt.Sprintf("echo %d-%d", chat, i)
					if tt.group {
						us = append(us, update(groupMsg(chat, int64(100+i), "/hoi "+text)))
					} else {
						us = append(us, update(privateMsg(chat, text)))
					}
				}
			}
			h.api.push(us...)
			h.api.settle() // every update dispatched; the engine is held
			close(eng.gate)

			// done tells, from the messages of a chat, how many of its
			// questions were answered and how many the notice reports.
			told := func(calls []apiCall) (answered, skipped int) {
				for _, c := range calls {
					if burstAnswerRE.MatchString(c.text()) {
						answered++
					} else if m := skipNoticeRE.FindStringSubmatch(c.text()); m != nil {
						n, _ := strconv.Atoi(m[1])
						skipped += n
					}
				}
				return answered, skipped
			}
			h.api.wait("sendMessage", func([]apiCall) bool {
				for c := range tt.chats {
					if a, s := told(h.sendsTo(chatOf(c))); a+s < tt.each {
						return false
					}
				}
				return true
			})
			h.api.settle()
			totalSkipped := 0
			for c := range tt.chats {
				chat := chatOf(c)
				calls := h.sendsTo(chat)
				answered, skipped := told(calls)
				totalSkipped += skipped
				if answered+skipped != tt.each || answered > tt.most || answered < tt.fewest {
					t.Fatalf("chat %d: %d answered and %d reported skipped, want %d in all, %d to %d answered",
						chat, answered, skipped, tt.each, tt.fewest, tt.most)
				}
				// The answers come first, in order; the notice last.
				for i, call := range calls[:answered] {
					m := burstAnswerRE.FindStringSubmatch(call.text())
					if m == nil || m[1] != strconv.FormatInt(chat, 10) || m[2] != strconv.Itoa(i) {
						t.Fatalf("chat %d: message %d is %q, want the answer to question %d", chat, i, call.text(), i)
					}
				}
				if skipped == 0 {
					if len(calls) != answered {
						t.Errorf("chat %d: %d messages for %d answers", chat, len(calls), answered)
					}
					continue
				}
				if len(calls) != answered+1 {
					t.Fatalf("chat %d: %d messages, want %d answers and one notice", chat, len(calls), answered)
				}
				notice := calls[answered].text()
				for i := answered; i < min(answered+maxSkipSamples, tt.each); i++ {
					q := fmt.Sprintf("echo %d-%d", chat, i)
					if tt.group {
						q = "/hoi " + q
					}
					if !strings.Contains(notice, "• "+q+"\n") {
						t.Errorf("chat %d: notice %q does not quote %q", chat, notice, q)
					}
				}
				if strings.Count(notice, "• ") != min(skipped, maxSkipSamples) {
					t.Errorf("chat %d: notice %q quotes %d questions", chat, notice, strings.Count(notice, "• "))
				}
			}
			if tt.mustSkip && totalSkipped == 0 {
				t.Error("nothing skipped")
			}
		})
	}
}
