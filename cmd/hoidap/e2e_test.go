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
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
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
)

// TestEndToEnd starts the telegram emulator and `hoidap serve`, then acts as
// users: a private question, /hoi in a supergroup, chatter the bot must
// ignore, /thongbao by a group admin and an inline query; `hoidap
// healthcheck` must find the bot healthy. SIGTERM must then stop the bot with
// exit 0.
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
func startBot(t *testing.T, bin, emuURL, listen string) *exec.Cmd {
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
	}
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
}

// keyboard returns the inline buttons under m, row after row.
func (m botMessage) keyboard() []button {
	var rm struct {
		InlineKeyboard [][]button `json:"inline_keyboard"`
	}
	var s string
	raw := []byte(m.ReplyMarkup)
	if json.Unmarshal(raw, &s) == nil {
		raw = []byte(s) // sent as a JSON string in a form field
	}
	if json.Unmarshal(raw, &rm) != nil {
		return nil
	}
	var bs []button
	for _, row := range rm.InlineKeyboard {
		bs = append(bs, row...)
	}
	return bs
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

// user is a Telegram user object.
func user(id int, name string) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": name}
}

// group is the test supergroup's chat object.
func group() map[string]any {
	return map[string]any{"id": e2eGroup, "type": "supergroup", "title": "Hội viên Quảng Nam"}
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
