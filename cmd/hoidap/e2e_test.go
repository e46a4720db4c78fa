package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/hoidap/hoidap/analysis"
)

// The end-to-end test runs the real hoidap binary against telegram-test-api,
// an independent Bot API emulator, through the project's launcher in
// e2e/telegram (npm ci there installs it; .ci/run does).
const (
	e2eToken = "123:ABC"
	// e2eGroup is a supergroup's chat id, e2eAdmin a user made its admin.
	e2eGroup   = -1001234567890
	e2eUser    = 1001
	e2eAsker   = 2002
	e2eAdmin   = 3003
	e2eTimeout = 20 * time.Second

	// e2eOwner is listed in ADMIN_IDS: a bot admin, who may announce from
	// a private chat.
	e2eOwner = 4004
	// The limits the bot runs with (see startBot). A user may ask
	// e2eFloodPerMin questions a minute, so every sub-test has users of
	// its own, and a sub-test's user asks fewer. A chat gets e2ePacePerSec
	// messages a second, groups too, which keeps the test quick and still
	// far slower than a burst arrives. The bot's queue of waiting
	// messages per chat is 16, its default: it has no variable.
	e2eFloodPerMin = 5
	e2ePacePerSec  = 4
)

// TestEndToEnd starts the telegram emulator and `hoidap serve`, then acts as
// users: a private question, /hoi in a supergroup, chatter the bot must
// ignore, /thongbao by a group admin and an inline query; then what users
// see of /start in a group, the buttons under answers, inline results,
// small talk, a /thongbao to a channel that cannot be found, and bursts of
// questions past the flood limit and the chat's queue; `hoidap
// healthcheck` must find the bot healthy. SIGTERM must then stop the bot with
// exit 0. Each sub-test has chats and users of its own.
func TestEndToEnd(t *testing.T) {
	emu := e2eEmulator(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("end-to-end test skipped: node is not installed (it runs the Telegram emulator)")
	}
	if _, err := os.Stat(emu); err != nil {
		t.Fatalf("HOIDAP_E2E_EMULATOR: %v", err)
	}

	start := time.Now()
	bin := buildHoidap(t)
	t.Logf("built hoidap in %v", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	emuURL := startEmulator(t, node, emu)
	t.Logf("emulator up at %s in %v", emuURL, time.Since(start).Round(time.Millisecond))
	health := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	bot := startBot(t, bin, emuURL, health)
	c := &emulator{t: t, url: emuURL}
	me := c.getMe()

	t.Run("private question", func(t *testing.T) {
		c := c.with(t)
		c.post("/sendMessage", map[string]any{
			"botToken": e2eToken,
			"date":     time.Now().Unix(),
			"from":     user(e2eUser, "Lan"),
			"chat":     map[string]any{"id": e2eUser, "type": "private", "first_name": "Lan"},
			"text":     "ai được tặng Bằng khen?",
		})
		msgs := c.waitMessages(e2eUser, func(m []botMessage) bool { return len(m) > 0 })
		ans := msgs[0]
		for _, want := range []string{"3 tập thể", "6 cá nhân"} {
			if !strings.Contains(ans.Text, want) {
				t.Errorf("private answer %q does not contain %q", ans.Text, want)
			}
		}
		if ans.ParseMode != "HTML" {
			t.Errorf("private answer parse_mode %q, want HTML: %v", ans.ParseMode, ans)
		}

		// A related-question button answers that question.
		var related button
		for _, b := range ans.keyboard() {
			if strings.HasSuffix(b.Text, "?") && b.CallbackData != "" {
				related = b
				break
			}
		}
		if related.CallbackData == "" {
			t.Fatalf("no related-question button under the answer: %v", ans)
		}
		c.post("/sendCallback", map[string]any{
			"botToken": e2eToken,
			"from":     user(e2eUser, "Lan"),
			"data":     related.CallbackData,
			"message": map[string]any{
				"message_id": ans.ID,
				"date":       time.Now().Unix(),
				"chat":       map[string]any{"id": e2eUser, "type": "private", "first_name": "Lan"},
			},
		})
		msgs = c.waitMessages(e2eUser, func(m []botMessage) bool { return len(m) > 0 })
		if msgs[0].Text == "" || msgs[0].Text == ans.Text {
			t.Errorf("answer to the button %q: %v", related.Text, msgs[0])
		}
		c.waitCall("answerCallbackQuery", func(map[string]any) bool { return true })
	})

	t.Run("group /hoi, chatter ignored", func(t *testing.T) {
		c := c.with(t)
		c.post("/sendMessage", map[string]any{
			"botToken": e2eToken,
			"date":     time.Now().Unix(),
			"from":     user(e2eAsker, "Minh"),
			"chat":     group(),
			"text":     "chào cả nhà, mai mấy giờ họp nhỉ?",
		})
		c.command(e2eAsker, group(), "/hoi bao nhieu mo hinh")
		msgs := c.waitMessages(e2eGroup, func(m []botMessage) bool { return len(m) > 0 })
		// Give an answer to the chatter, if any, time to arrive too: per-chat
		// order means it would come first.
		time.Sleep(time.Second)
		msgs = append(msgs, c.messages(e2eGroup)...)
		if len(msgs) != 1 {
			t.Fatalf("bot sent %d messages to the group, want 1 (the answer to /hoi): %+v", len(msgs), msgs)
		}
		if !strings.Contains(msgs[0].Text, "55") {
			t.Errorf("group answer %q does not contain %q", msgs[0].Text, "55")
		}
		if len(msgs[0].ReplyParameters) == 0 {
			t.Errorf("group answer does not reply to the question: %v", msgs[0])
		}
	})

	t.Run("/thongbao by a group admin", func(t *testing.T) {
		c := c.with(t)
		c.post("/_setChatMember", map[string]any{
			"token": e2eToken, "chat_id": e2eGroup, "user_id": e2eAdmin, "status": "administrator",
		})
		c.command(e2eAdmin, group(), "/thongbao")
		msgs := c.waitMessages(e2eGroup, func(m []botMessage) bool {
			for _, x := range m {
				if x.buttons() > 0 {
					return true
				}
			}
			return false
		})
		var ann botMessage
		for _, x := range msgs {
			if x.buttons() > 0 {
				ann = x
			}
		}
		if !strings.Contains(ann.Text, "19/9") {
			t.Errorf("announcement %q does not give the date 19/9", ann.Text)
		}
	})

	t.Run("inline query", func(t *testing.T) {
		c := c.with(t)
		c.post("/_sendUpdate", map[string]any{
			"botToken": e2eToken,
			"update": map[string]any{
				"inline_query": map[string]any{
					"id": "e2e-inline-1", "from": user(e2eUser, "Lan"), "query": "bao nhieu mo hinh", "offset": "",
				},
			},
		})
		call := c.waitCall("answerInlineQuery", func(body map[string]any) bool {
			return fmt.Sprint(body["inline_query_id"]) == "e2e-inline-1"
		})
		var results []map[string]any
		raw, _ := call["results"].(string)
		if err := json.Unmarshal([]byte(raw), &results); err != nil {
			t.Fatalf("answerInlineQuery results %q: %v", raw, err)
		}
		if len(results) == 0 || len(results) > 5 {
			t.Fatalf("answerInlineQuery gave %d results, want 1 to 5: %s", len(results), raw)
		}
		if !strings.Contains(raw, "55") {
			t.Errorf("inline results do not mention 55: %s", raw)
		}
	})

	t.Run("/start in a group says how to ask there", func(t *testing.T) {
		c := c.with(t)
		const chat, asker = -1001000000101, 10101
		c.command(asker, supergroup(chat), "/start")
		greeting := c.waitMessages(chat, atLeast(1))[0]
		for _, want := range []string{"<code>/hoi câu hỏi</code>", "@" + me.Username, "trả lời tin nhắn của mình"} {
			if !strings.Contains(greeting.Text, want) {
				t.Errorf("/start in a group: %q does not say %q", greeting.Text, want)
			}
		}
		if strings.Contains(greeting.Text, "Cứ gõ câu hỏi") {
			t.Errorf("/start in a group: %q says to just type a question", greeting.Text)
		}
		if rows := len(greeting.rows()); rows > 1 {
			t.Errorf("/start in a group: %d rows of buttons, want at most 1: %v", rows, greeting)
		}

		// In a private chat, typing the question is the way.
		c.command(asker, private(asker, "Hoa"), "/start")
		hello := c.waitMessages(asker, atLeast(1))[0]
		if !strings.Contains(hello.Text, "Cứ gõ câu hỏi") || strings.Contains(hello.Text, "/hoi câu hỏi") {
			t.Errorf("/start in a private chat: %q", hello.Text)
		}
	})

	t.Run("buttons under answers", func(t *testing.T) {
		c := c.with(t)
		const chat, lan, minh, hoa = -1001000000102, 10201, 10202, 10203
		g := supergroup(chat)
		// checkButtons checks an answer to asked: in a group one row of
		// buttons at most; no question button asks what was asked or
		// what another button asks.
		checkButtons := func(ans botMessage, asked string, group bool) []button {
			t.Helper()
			if rows := len(ans.rows()); group && rows > 1 {
				t.Errorf("answer to %q in a group has %d rows of buttons, want at most 1: %v", asked, rows, ans)
			}
			qs := ans.questionButtons()
			seen := newQuestionSet()
			seen.add(asked)
			for _, b := range qs {
				if !seen.add(b.Text) {
					t.Errorf("answer to %q suggests %q, which asks the same as the question or another button: %v", asked, b.Text, ans)
				}
			}
			return qs
		}

		c.command(lan, g, "/hoi ai được tặng Bằng khen?")
		ans := c.waitMessages(chat, atLeast(1))[0]
		if !strings.Contains(ans.Text, "3 tập thể") {
			t.Errorf("group answer %q does not contain %q", ans.Text, "3 tập thể")
		}
		checkButtons(ans, "ai được tặng Bằng khen?", true)

		// A mention, asked otherwise: particles and no capitals.
		c.mention(lan, g, me, "Ai đã được tặng bằng khen vậy?")
		checkButtons(c.waitMessages(chat, atLeast(1))[0], "Ai đã được tặng bằng khen vậy?", true)

		// A reply to the bot's answer.
		c.userMessage(minh, g, "bao nhiêu mô hình?", map[string]any{"reply_to_message": ans.asReplied(me, chat)})
		reply := c.waitMessages(chat, atLeast(1))[0]
		if !strings.Contains(reply.Text, "55") {
			t.Errorf("answer to a reply %q does not contain 55", reply.Text)
		}
		checkButtons(reply, "bao nhiêu mô hình?", true)

		// Nothing answers: the one row is a question the bot answers, and
		// tapping it answers it, again with one row at most.
		c.command(minh, g, "/hoi thời tiết hôm nay thế nào?")
		none := c.waitMessages(chat, atLeast(1))[0]
		qs := checkButtons(none, "thời tiết hôm nay thế nào?", true)
		if len(qs) != 1 {
			t.Fatalf("answer to a question the article does not answer has %d question buttons, want 1: %v", len(qs), none)
		}
		c.callback(hoa, g, none.ID, qs[0].CallbackData)
		tapped := c.waitMessages(chat, atLeast(1))[0]
		if tapped.Text == "" || strings.Contains(tapped.Text, "không nói về điều này") {
			t.Errorf("tapping %q in the group: %v", qs[0].Text, tapped)
		}
		checkButtons(tapped, qs[0].Text, true)

		// In a private chat: more rows, the same rule for suggestions.
		c.userMessage(hoa, private(hoa, "Hoa"), "Ai đã được tặng bằng khen vậy?", nil)
		priv := c.waitMessages(hoa, atLeast(1))[0]
		if qs := checkButtons(priv, "Ai đã được tặng bằng khen vậy?", false); len(qs) == 0 {
			t.Errorf("private answer without related questions: %v", priv)
		}
	})

	t.Run("inline results carry question and answer", func(t *testing.T) {
		c := c.with(t)
		const lan = 10301
		for _, tt := range []struct {
			query    string
			answered bool
			want     string // in the first result's message
		}{
			{"ai được tặng Bằng khen?", true, "3 tập thể"},
			{"thời tiết hôm nay thế nào?", false, "không nói về điều này"},
		} {
			results := c.inline(lan, tt.query)
			if len(results) == 0 || len(results) > 5 {
				t.Fatalf("inline %q: %d results, want 1 to 5: %+v", tt.query, len(results), results)
			}
			first := results[0].InputMessageContent.MessageText
			if !strings.Contains(first, tt.query) || !strings.Contains(first, tt.want) {
				t.Errorf("inline %q: the first result's message %q lacks the question or %q", tt.query, first, tt.want)
			}
			if !tt.answered {
				var link string
				for _, row := range results[0].ReplyMarkup.InlineKeyboard {
					for _, b := range row {
						link += b.URL
					}
				}
				if link != "https://t.me/"+me.Username {
					t.Errorf("inline %q: the not-said result's button opens %q, want the bot's private chat", tt.query, link)
				}
			}
			for i, r := range results {
				text := r.InputMessageContent.MessageText
				question, answer, _ := strings.Cut(text, "\n")
				if !strings.HasPrefix(question, "❓ ") || strings.TrimSpace(answer) == "" {
					t.Errorf("inline %q: result %d's message %q is not a question and its answer", tt.query, i, text)
				}
				if r.InputMessageContent.ParseMode != "HTML" {
					t.Errorf("inline %q: result %d's parse_mode %q, want HTML", tt.query, i, r.InputMessageContent.ParseMode)
				}
				if (i > 0 || tt.answered) && strings.Contains(text, "không nói về điều này") {
					t.Errorf("inline %q: result %d offers a refusal: %q", tt.query, i, text)
				}
			}
		}
	})

	t.Run("small talk", func(t *testing.T) {
		c := c.with(t)
		const lan, chat, minh, hoa = 10401, -1001000000104, 10402, 10403
		// Private: a short kind reply, no answer from the article.
		for _, tt := range []struct{ text, want string }{
			{"chào bot", "Chào bạn"},
			{"cảm ơn bot nhé 👍", "Không có gì"},
		} {
			c.userMessage(lan, private(lan, "Lan"), tt.text, nil)
			r := c.waitMessages(lan, atLeast(1))[0]
			if !strings.Contains(r.Text, tt.want) || strings.Contains(r.Text, "không nói về điều này") || len([]rune(r.Text)) > 200 {
				t.Errorf("%q in a private chat: reply %q, want a short one with %q", tt.text, r.Text, tt.want)
			}
		}

		// A group: thanks, even by reply or mention, get no message; a
		// greeting to the bot one line on how to ask. The group's
		// messages are answered in order, so once the last question is
		// answered, the bot has said all it would to the others.
		g := supergroup(chat)
		c.command(minh, g, "/hoi bao nhiêu mô hình?")
		ans := c.waitMessages(chat, atLeast(1))[0]
		c.userMessage(minh, g, "cảm ơn bot nhé", map[string]any{"reply_to_message": ans.asReplied(me, chat)})
		c.mention(minh, g, me, "👍")
		c.mention(hoa, g, me, "chào bạn")
		c.command(hoa, g, "/hoi ai được tặng Bằng khen?")
		msgs := c.waitMessages(chat, func(m []botMessage) bool {
			return len(m) > 0 && strings.Contains(m[len(m)-1].Text, "3 tập thể")
		})
		if len(msgs) != 2 {
			t.Fatalf("the bot sent %d messages to the group, want 2 (a line on how to ask, the answer): %v", len(msgs), msgs)
		}
		hello := msgs[0]
		if !strings.Contains(hello.Text, "<code>/hoi câu hỏi</code>") || strings.Contains(hello.Text, "\n") || hello.buttons() > 0 {
			t.Errorf("greeting in a group: %v, want one line on how to ask, without buttons", hello)
		}
	})

	t.Run("/thongbao to a channel that cannot be found", func(t *testing.T) {
		// The emulator has no getChat: it answers every getChat with an
		// error, as Telegram answers "chat not found" for a @name it
		// cannot resolve. So this is the bot failing to resolve the
		// channel; the reply must say what to check, not the error.
		c := c.with(t)
		c.command(e2eOwner, private(e2eOwner, "Chủ"), "/thongbao @tenkenh")
		r := c.waitMessages(e2eOwner, atLeast(1))[0]
		for _, want := range []string{"@tenkenh", "kiểm tra", "quản trị viên"} {
			if !strings.Contains(r.Text, want) {
				t.Errorf("reply %q does not say %q", r.Text, want)
			}
		}
		for _, raw := range []string{"getChat", "not supported", "API method", "rror", "telegram", "Bad Request", "500"} {
			if strings.Contains(r.Text, raw) {
				t.Errorf("reply %q shows the library's error (%q)", r.Text, raw)
			}
		}
		c.waitCall("getChat", func(body map[string]any) bool { return fmt.Sprint(body["chat_id"]) == "@tenkenh" })
	})

	t.Run("burst past the flood limit", func(t *testing.T) {
		c := c.with(t)
		const user, n = 10601, 25
		chat := private(user, "Tuấn")
		var qs []string
		for i := range n {
			q := fmt.Sprintf("bao nhiêu mô hình? (%02d)", i+1)
			qs = append(qs, q)
			c.rawMessage(60000+i, user, chat, q)
		}
		answers, notices := c.waitBurst(user, n)
		if len(answers) != e2eFloodPerMin {
			t.Errorf("%d questions answered, want %d (FLOOD_PER_MIN)", len(answers), e2eFloodPerMin)
		}
		for _, a := range answers {
			if !strings.Contains(a.Text, "55") {
				t.Errorf("answer %q does not contain 55", a.Text)
			}
		}
		checkNotices(t, qs, len(answers), notices)
		if len(notices) > 0 && !strings.Contains(notices[0].Text, "Đợi khoảng một phút") {
			t.Errorf("flood notice %q does not say to wait a minute", notices[0].Text)
		}
	})

	t.Run("burst past the chat's queue", func(t *testing.T) {
		// 30 questions from 10 users, 3 each, under the flood limit,
		// arrive within well under a second; at e2ePacePerSec answers a
		// second the queue of 16 overflows.
		c := c.with(t)
		const chat, n = -1001000000107, 30
		g := supergroup(chat)
		var qs []string
		ids := map[int]int{} // message id → question index
		for i := range n {
			q := fmt.Sprintf("/hoi bao nhiêu mô hình? (%02d)", i+1)
			qs = append(qs, q)
			ids[70000+i] = i
			c.rawMessage(70000+i, 10700+i%10, g, q)
		}
		answers, notices := c.waitBurst(chat, n)
		t.Logf("%d of %d questions answered", len(answers), n)
		if len(answers) == 0 || len(answers) == n {
			t.Errorf("%d of %d questions answered, want some answered and some skipped", len(answers), n)
		}
		// Per-chat order: the answers reply to the first questions, in order.
		for i, a := range answers {
			if id, ok := ids[a.replyTo()]; !ok || id != i {
				t.Errorf("answer %d replies to message %d, want the question %q", i, a.replyTo(), qs[i])
			}
			if !strings.Contains(a.Text, "55") {
				t.Errorf("answer %q does not contain 55", a.Text)
			}
		}
		checkNotices(t, qs, len(answers), notices)
	})

	t.Run("healthcheck", func(t *testing.T) {
		// The image's HEALTHCHECK: the bot polls, so /healthz answers ok.
		cmd := exec.Command(bin, "healthcheck")
		cmd.Dir = t.TempDir()
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "LISTEN_ADDR=" + health}
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "/healthz: ok") {
			t.Errorf("hoidap healthcheck: %v\n%s", err, out)
		}
	})

	// SIGTERM: the bot finishes what it is doing and exits 0.
	start = time.Now()
	if err := bot.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- bot.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("hoidap serve after SIGTERM: %v, want exit 0", err)
		}
		t.Logf("hoidap serve stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	case <-time.After(e2eTimeout):
		t.Errorf("hoidap serve still running %v after SIGTERM", e2eTimeout)
		bot.Process.Kill()
		<-done
	}
}

// emulatorDir is the project's emulator launcher, from this package.
const emulatorDir = "../../e2e/telegram"

// e2eEmulator returns the emulator's launcher: $HOIDAP_E2E_EMULATOR, else
// e2e/telegram/emulator.js once npm ci has installed its packages. It skips
// the test when there is neither.
func e2eEmulator(t *testing.T) string {
	t.Helper()
	if emu := os.Getenv("HOIDAP_E2E_EMULATOR"); emu != "" {
		return emu
	}
	emu, err := filepath.Abs(filepath.Join(emulatorDir, "emulator.js"))
	if err != nil {
		t.Fatalf("finding the emulator: %v", err)
	}
	if _, err := os.Stat(filepath.Join(emulatorDir, "node_modules", "telegram-test-api")); err != nil {
		t.Skip("end-to-end test skipped: the Telegram emulator is not installed; run `npm ci` in e2e/telegram (or set HOIDAP_E2E_EMULATOR to its emulator.js), as .ci/run does")
	}
	return emu
}

// buildHoidap builds the real binary as the Dockerfile does.
func buildHoidap(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("building hoidap: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "hoidap")
	cmd := exec.Command(gobin, "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startEmulator runs the emulator on a free loopback port until the test
// ends, and returns its URL once it answers getMe.
func startEmulator(t *testing.T, node, emu string) string {
	t.Helper()
	port := freePort(t)
	out := &syncBuffer{}
	cmd := exec.Command(node, emu, strconv.Itoa(port))
	cmd.Dir = filepath.Dir(emu)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the emulator: %v", err)
	}
	stopProcess(t, "emulator", cmd, out)
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(e2eTimeout)
	for {
		resp, err := http.Get(url + "/bot" + e2eToken + "/getMe")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return url
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the emulator did not answer getMe within %v: %v\n%s", e2eTimeout, err, out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// startBot runs `hoidap serve` against the emulator, with /healthz on
// listen, in an empty folder so that no .env is read. The test stops it; a
// cleanup kills it if the test failed first.
func startBot(t *testing.T, bin, emuURL, listen string, env ...string) *exec.Cmd {
	t.Helper()
	out := &syncBuffer{}
	cmd := exec.Command(bin, "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + cmd.Dir,
		"TELEGRAM_BOT_TOKEN=" + e2eToken,
		"TELEGRAM_API_URL=" + emuURL,
		"LISTEN_ADDR=" + listen,
		"LOG_LEVEL=debug",
		"ADMIN_IDS=" + strconv.Itoa(e2eOwner),
		"FLOOD_PER_MIN=" + strconv.Itoa(e2eFloodPerMin),
		"PACE_CHAT_PER_SEC=" + strconv.Itoa(e2ePacePerSec),
		"PACE_GROUP_PER_MIN=" + strconv.Itoa(60*e2ePacePerSec),
	}
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting hoidap serve: %v", err)
	}
	stopProcess(t, "hoidap serve", cmd, out)
	return cmd
}

// stopProcess registers a cleanup that kills cmd if it still runs, and logs
// its output when the test failed.
func stopProcess(t *testing.T, name string, cmd *exec.Cmd, out *syncBuffer) {
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", name, out)
		}
	})
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// emulator is a client of the emulator's user-side API.
type emulator struct {
	t   *testing.T
	url string
}

// with returns the client for subtest t.
func (c *emulator) with(t *testing.T) *emulator { return &emulator{t: t, url: c.url} }

// post posts body as JSON to path and decodes the "result" of the reply.
func (c *emulator) post(path string, body any) json.RawMessage {
	c.t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		c.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), e2eTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+path, bytes.NewReader(b))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatalf("POST %s: %v", path, err)
	}
	var r struct {
		OK     bool            `json:"ok"`
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(data, &r); err != nil || !r.OK {
		c.t.Fatalf("POST %s: %s %s", path, resp.Status, data)
	}
	return r.Result
}

// command sends a command message (with its bot_command entity) from user
// to chat.
func (c *emulator) command(from int, chat map[string]any, text string) {
	c.t.Helper()
	name, _, _ := strings.Cut(text, " ")
	c.post("/sendCommand", map[string]any{
		"botToken": e2eToken,
		"date":     time.Now().Unix(),
		"from":     user(from, "User"),
		"chat":     chat,
		"text":     text,
		"entities": []map[string]any{{"offset": 0, "length": len([]rune(name)), "type": "bot_command"}},
	})
}

// A botMessage is a message the bot sent, as the emulator stores it: the
// parameters of its sendMessage call.
type botMessage struct {
	Text        string          `json:"text"`
	ParseMode   string          `json:"parse_mode"`
	ReplyMarkup json.RawMessage `json:"reply_markup"`
	// ReplyParameters is set when the message replies to another.
	ReplyParameters json.RawMessage `json:"reply_parameters"`
	// ID is the message's id, kept apart by the emulator.
	ID int `json:"-"`
	// raw is the whole stored message, for failure messages.
	raw json.RawMessage
}

// String returns the whole stored message.
func (m botMessage) String() string { return string(m.raw) }

// A button is an inline keyboard button.
type button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
	URL          string `json:"url"`
}

// formField returns a parameter sent as a JSON string in a form field as
// the JSON it holds; other JSON as it is.
func formField(raw json.RawMessage) []byte {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []byte(s)
	}
	return raw
}

// rows returns the rows of inline buttons under m.
func (m botMessage) rows() [][]button {
	var rm struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	}
	if json.Unmarshal(formField(m.ReplyMarkup), &rm) != nil {
		return nil
	}
	return rm.InlineKeyboard
}

// keyboard returns the inline buttons under m, row after row.
func (m botMessage) keyboard() []button {
	var bs []button
	for _, row := range m.rows() {
		bs = append(bs, row...)
	}
	return bs
}

// questionButtons returns the buttons under m that ask a question: the
// callback buttons but the source paragraph's (📄 Đoạn gốc) and the votes
// (👍, 👎).
func (m botMessage) questionButtons() []button {
	var qs []button
	for _, b := range m.keyboard() {
		if b.CallbackData != "" && !strings.HasPrefix(b.Text, "📄") && !strings.HasPrefix(b.CallbackData, "v+") && !strings.HasPrefix(b.CallbackData, "v-") {
			qs = append(qs, b)
		}
	}
	return qs
}

// replyTo returns the id of the message m replies to, 0 for none.
func (m botMessage) replyTo() int {
	var rp struct {
		MessageID int `json:"message_id"`
	}
	if len(m.ReplyParameters) == 0 || json.Unmarshal(formField(m.ReplyParameters), &rp) != nil {
		return 0
	}
	return rp.MessageID
}

// asReplied returns m as the reply_to_message of a user's reply to it in
// chat, a supergroup.
func (m botMessage) asReplied(me botUser, chat int) map[string]any {
	return map[string]any{
		"message_id": m.ID,
		"date":       time.Now().Unix(),
		"from":       map[string]any{"id": me.ID, "is_bot": true, "first_name": me.FirstName, "username": me.Username},
		"chat":       supergroup(chat),
		"text":       m.Text,
	}
}

// buttons returns the number of inline buttons under m.
func (m botMessage) buttons() int { return len(m.keyboard()) }

// messages returns the bot's unread messages in chat and marks them read.
func (c *emulator) messages(chat int) []botMessage {
	c.t.Helper()
	var ups []struct {
		Message   json.RawMessage `json:"message"`
		MessageID int             `json:"messageId"`
	}
	res := c.post("/getUpdates", map[string]any{"token": e2eToken, "chatId": strconv.Itoa(chat)})
	if err := json.Unmarshal(res, &ups); err != nil {
		c.t.Fatalf("getUpdates: %v: %s", err, res)
	}
	msgs := make([]botMessage, len(ups))
	for i, u := range ups {
		if err := json.Unmarshal(u.Message, &msgs[i]); err != nil {
			c.t.Fatalf("getUpdates: %v: %s", err, u.Message)
		}
		msgs[i].ID, msgs[i].raw = u.MessageID, u.Message
	}
	return msgs
}

// waitMessages collects the bot's messages in chat until done says they are
// enough, failing after e2eTimeout.
func (c *emulator) waitMessages(chat int, done func([]botMessage) bool) []botMessage {
	c.t.Helper()
	var msgs []botMessage
	deadline := time.Now().Add(e2eTimeout)
	for {
		msgs = append(msgs, c.messages(chat)...)
		if done(msgs) {
			return msgs
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("no answer in chat %d within %v; bot messages so far: %+v", chat, e2eTimeout, msgs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitCall waits for the bot to call method with parameters that match,
// and returns them.
func (c *emulator) waitCall(method string, match func(map[string]any) bool) map[string]any {
	c.t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	for {
		var calls []struct {
			Method string         `json:"method"`
			Body   map[string]any `json:"body"`
		}
		res := c.post("/_calls", map[string]any{"token": e2eToken})
		if err := json.Unmarshal(res, &calls); err != nil {
			c.t.Fatalf("_calls: %v", err)
		}
		for _, call := range calls {
			if call.Method == method && match(call.Body) {
				return call.Body
			}
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("the bot did not call %s within %v", method, e2eTimeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// botUser is the bot as getMe describes it.
type botUser struct {
	ID        int    `json:"id"`
	FirstName string `json:"first_name"`
	Username  string `json:"username"`
}

// getMe asks the emulator who the bot is.
func (c *emulator) getMe() botUser {
	c.t.Helper()
	var me botUser
	res := c.post("/bot"+e2eToken+"/getMe", map[string]any{})
	if err := json.Unmarshal(res, &me); err != nil || me.ID == 0 || me.Username == "" {
		c.t.Fatalf("getMe: %v: %s", err, res)
	}
	return me
}

// userMessage sends a text message from user to chat, with extra fields
// of the message (entities, reply_to_message).
func (c *emulator) userMessage(from int, chat map[string]any, text string, extra map[string]any) {
	c.t.Helper()
	body := map[string]any{
		"botToken": e2eToken,
		"date":     time.Now().Unix(),
		"from":     user(from, "User"),
		"chat":     chat,
		"text":     text,
	}
	for k, v := range extra {
		body[k] = v
	}
	c.post("/sendMessage", body)
}

// mention sends "@bot text" from user to chat, with its mention entity.
func (c *emulator) mention(from int, chat map[string]any, me botUser, text string) {
	c.t.Helper()
	at := "@" + me.Username
	c.userMessage(from, chat, at+" "+text, map[string]any{
		"entities": []map[string]any{{"offset": 0, "length": len(utf16.Encode([]rune(at))), "type": "mention"}},
	})
}

// callback taps the button with data under the bot's message id in chat.
func (c *emulator) callback(from int, chat map[string]any, id int, data string) {
	c.t.Helper()
	c.post("/sendCallback", map[string]any{
		"botToken": e2eToken,
		"from":     user(from, "User"),
		"data":     data,
		"message":  map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": chat},
	})
}

// rawMessage sends a text message with the given message id from user to
// chat, as a raw update: the test knows its id, which the bot's replies in
// a group refer to.
func (c *emulator) rawMessage(id, from int, chat map[string]any, text string) {
	c.t.Helper()
	msg := map[string]any{
		"message_id": id,
		"date":       time.Now().Unix(),
		"from":       user(from, "User"),
		"chat":       chat,
		"text":       text,
	}
	if strings.HasPrefix(text, "/") {
		name, _, _ := strings.Cut(text, " ")
		msg["entities"] = []map[string]any{{"offset": 0, "length": len(utf16.Encode([]rune(name))), "type": "bot_command"}}
	}
	c.post("/_sendUpdate", map[string]any{"botToken": e2eToken, "update": map[string]any{"message": msg}})
}

// An inlineResult is a result of answerInlineQuery, an article.
type inlineResult struct {
	Type                string `json:"type"`
	Title               string `json:"title"`
	InputMessageContent struct {
		MessageText string `json:"message_text"`
		ParseMode   string `json:"parse_mode"`
	} `json:"input_message_content"`
	ReplyMarkup struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	} `json:"reply_markup"`
}

// inlineQueries numbers the test's inline queries.
var inlineQueries atomic.Int64

// inline sends an inline query from user and returns the results the bot
// answers it with.
func (c *emulator) inline(from int, query string) []inlineResult {
	c.t.Helper()
	id := fmt.Sprintf("e2e-inline-q%d", inlineQueries.Add(1))
	c.post("/_sendUpdate", map[string]any{
		"botToken": e2eToken,
		"update": map[string]any{
			"inline_query": map[string]any{"id": id, "from": user(from, "User"), "query": query, "offset": ""},
		},
	})
	call := c.waitCall("answerInlineQuery", func(body map[string]any) bool {
		return fmt.Sprint(body["inline_query_id"]) == id
	})
	raw, _ := call["results"].(string)
	var results []inlineResult
	if err := json.Unmarshal([]byte(raw), &results); err != nil {
		c.t.Fatalf("answerInlineQuery results %q: %v", raw, err)
	}
	return results
}

// skipNoticeRE reads the count of a skip notice.
var skipNoticeRE = regexp.MustCompile(`chưa trả lời được (\d+) tin:`)

// skipCount returns the count of skipped messages m tells of, ok false
// when m is no skip notice.
func skipCount(m botMessage) (int, bool) {
	sm := skipNoticeRE.FindStringSubmatch(m.Text)
	if sm == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(sm[1])
	return n, true
}

// waitBurst waits until the bot has answered or told as skipped n
// questions in chat, and returns its answers and its skip notices. No
// answer may come after a notice.
func (c *emulator) waitBurst(chat, n int) (answers, notices []botMessage) {
	c.t.Helper()
	msgs := c.waitMessages(chat, func(m []botMessage) bool {
		told := 0
		for _, x := range m {
			k, notice := skipCount(x)
			if !notice {
				k = 1
			}
			told += k
		}
		return told >= n
	})
	for _, m := range msgs {
		if _, notice := skipCount(m); notice {
			notices = append(notices, m)
			continue
		}
		if len(notices) > 0 {
			c.t.Errorf("an answer after the skip notice: %v", m)
		}
		answers = append(answers, m)
	}
	return answers, notices
}

// checkNotices checks the skip notices of a burst of questions qs, of
// which the first answered were answered: one notice tells the count of
// the others and quotes the first five of them, as they were written.
func checkNotices(t *testing.T, qs []string, answered int, notices []botMessage) {
	t.Helper()
	skipped := 0
	for _, m := range notices {
		k, _ := skipCount(m)
		skipped += k
	}
	if answered+skipped != len(qs) {
		t.Errorf("%d questions answered and %d told as skipped, want %d in all: %v", answered, skipped, len(qs), notices)
	}
	if len(notices) != 1 {
		t.Fatalf("%d skip notices, want 1: %v", len(notices), notices)
	}
	text := notices[0].Text
	var quoted []string
	for line := range strings.SplitSeq(text, "\n") {
		if q, ok := strings.CutPrefix(line, "• "); ok {
			quoted = append(quoted, q)
		}
	}
	want := qs[answered:min(answered+5, len(qs))]
	if !slices.Equal(quoted, want) {
		t.Errorf("skip notice quotes %q, want the first skipped questions %q: %q", quoted, want, text)
	}
	if more := skipped - len(quoted); more > 0 && !strings.Contains(text, fmt.Sprintf("… và %d tin khác.", more)) {
		t.Errorf("skip notice %q does not tell of the %d others", text, more)
	}
}

// particles are the words that do not change what a question asks.
var particles = map[string]bool{"được": true, "đã": true, "thì": true, "vậy": true, "nhé": true, "à": true, "ạ": true}

// A questionSet holds questions, to tell one that asks what another asks:
// equal in lower case without diacritics, or but for particles.
type questionSet map[string]bool

func newQuestionSet() questionSet { return questionSet{} }

// add adds q and reports whether it asks something new.
func (s questionSet) add(q string) bool {
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	ws := strings.FieldsFunc(analysis.Lower(analysis.Canonical(q)), isSep)
	kept := slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return particles[w] })
	folded := "f " + analysis.Fold(strings.Join(ws, " "))
	bare := "b " + analysis.Fold(strings.Join(kept, " "))
	if s[folded] || s[bare] {
		return false
	}
	s[folded], s[bare] = true, true
	return true
}

// atLeast returns a waitMessages condition: n messages or more.
func atLeast(n int) func([]botMessage) bool {
	return func(m []botMessage) bool { return len(m) >= n }
}

// user is a Telegram user object.
func user(id int, name string) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": name}
}

// group is the test supergroup's chat object.
func group() map[string]any {
	return map[string]any{"id": e2eGroup, "type": "supergroup", "title": "Hội viên Quảng Nam"}
}

// supergroup is the chat object of another supergroup.
func supergroup(id int) map[string]any {
	return map[string]any{"id": id, "type": "supergroup", "title": "Nhóm " + strconv.Itoa(id)}
}

// private is the chat object of user's private chat with the bot.
func private(id int, name string) map[string]any {
	return map[string]any{"id": id, "type": "private", "first_name": name}
}

// syncBuffer is a bytes.Buffer safe for a process's output and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
