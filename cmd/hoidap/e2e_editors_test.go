package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// seedArticle is the id of the seed article in testdata/articles/multi.
const seedArticle = "000_5733c26161288d00"

// multiCorpus is the folder of the two articles of testdata/articles/multi.
func multiCorpus(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "articles", "multi"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// stopServe stops a `hoidap serve` with SIGTERM and checks that it exits 0.
func stopServe(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("hoidap serve after SIGTERM: %v, want exit 0", err)
		}
	case <-time.After(e2eTimeout):
		cmd.Process.Kill()
		<-done
		t.Fatalf("hoidap serve still running %v after SIGTERM", e2eTimeout)
	}
}

// runHoidap runs the binary with args in an empty folder, without the
// test's environment but PATH and HOME, and returns its stdout.
func runHoidap(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + cmd.Dir}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("hoidap %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errOut.String())
	}
	return out.String()
}

// waitText waits for a message of the bot in chat whose text has want, and
// returns it; the messages before it are read and dropped.
func (c *emulator) waitText(chat int, want string) botMessage {
	c.t.Helper()
	msgs := c.waitMessages(chat, func(m []botMessage) bool {
		return len(m) > 0 && strings.Contains(m[len(m)-1].Text, want)
	})
	return msgs[len(msgs)-1]
}

// traloiRE finds a question's code in a /thongke message.
var traloiRE = regexp.MustCompile(`«([^»]*)» [^\n]*<code>/traloi ([a-z0-9]+)</code>`)

// TestEndToEndEditors runs the real binary over two articles with a data
// dir and its SQLite store: a deep link sets the chat's article, the bot
// restarts and still answers from it; a 👎 and a question the article does
// not answer are recorded; an admin sees them in /thongke and answers the
// question with /traloi, which is then given to the question however it
// is typed; once the bot is stopped, "hoidap report" shows the 👎 and the
// unanswered question, and "hoidap curate --list" the editors' answer.
func TestEndToEndEditors(t *testing.T) {
	emu := e2eEmulator(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("end-to-end test skipped: node is not installed (it runs the Telegram emulator)")
	}
	bin := buildHoidap(t)
	emuURL := startEmulator(t, node, emu)
	corpusDir, dataDir := multiCorpus(t), t.TempDir()
	env := []string{"CORPUS_DIR=" + corpusDir, "DATA_DIR=" + dataDir}
	listen := func() string { return "127.0.0.1:" + strconv.Itoa(freePort(t)) }
	serve := startBot(t, bin, emuURL, listen(), env...)
	c := &emulator{t: t, url: emuURL}
	c.getMe()

	const lan = 2101
	chat := private(lan, "Lan")
	c.command(lan, chat, "/start a_"+seedArticle)
	c.waitText(lan, "Đã chọn bài")
	stopServe(t, serve)

	serve = startBot(t, bin, emuURL, listen(), env...)
	c.userMessage(lan, chat, "bao nhiêu mô hình?", nil)
	ans := c.waitText(lan, "55 mô hình")
	c.userMessage(lan, chat, "Buổi lễ diễn ra khi nào?", nil)
	if m := c.waitMessages(lan, atLeast(1))[0]; strings.Contains(m.Text, "sự kiện nào") || !strings.Contains(m.Text, "Khen thưởng") {
		t.Errorf("after a restart, a generic question is not answered from the chat's article: %v", m)
	}

	var down string
	for _, b := range ans.keyboard() {
		if b.Text == "👎" {
			down = b.CallbackData
		}
	}
	if down == "" {
		t.Fatalf("no 👎 under the answer: %v", ans)
	}
	c.callback(lan, chat, ans.ID, down)
	c.waitCall("answerCallbackQuery", func(b map[string]any) bool { return b["text"] == "Cảm ơn bạn đã góp ý!" })

	const unanswered = "thời tiết hôm nay thế nào?"
	c.userMessage(lan, chat, unanswered, nil)
	if m := c.waitMessages(lan, atLeast(1))[0]; !strings.Contains(m.Text, "không nói") {
		t.Fatalf("%q is answered: %v", unanswered, m)
	}

	// The admin answers it from the bot.
	admin := private(e2eOwner, "Biên tập")
	c.command(e2eOwner, admin, "/thongke")
	stats := c.waitText(e2eOwner, "Thống kê 7 ngày qua")
	code := ""
	for _, m := range traloiRE.FindAllStringSubmatch(stats.Text, -1) {
		if m[1] == unanswered {
			code = m[2]
		}
	}
	if code == "" || !strings.Contains(stats.Text, "Câu hỏi: <b>3</b>") || !strings.Contains(stats.Text, "👎 1") {
		t.Fatalf("/thongke does not count the questions and the 👎, or list %q with a code: %s", unanswered, stats.Text)
	}
	c.command(e2eOwner, admin, "/traloi "+code+" Bài báo không nói về thời tiết; hôm đó trời nắng.")
	c.waitText(e2eOwner, "Đã lưu câu trả lời")
	c.userMessage(lan, chat, "thoi tiet hom nay the nao", nil)
	if m := c.waitMessages(lan, atLeast(1))[0]; !strings.Contains(m.Text, "hôm đó trời nắng") || !strings.Contains(m.Text, "ban biên tập") {
		t.Errorf("the editors' answer is not given: %v", m)
	}
	stopServe(t, serve)

	var rep jsonReport
	out := runHoidap(t, bin, "report", "--format", "json", "--data", dataDir)
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("hoidap report: %v\n%s", err, out)
	}
	if rep.Questions != 4 || rep.Down != 1 || rep.Askers != 1 {
		t.Errorf("report %+v, want 4 questions from 1 chat, 1 👎", rep)
	}
	found := map[string]jsonUnanswered{}
	for _, u := range rep.Unanswered {
		found[u.Question] = u
	}
	if u := found["bao nhiêu mô hình?"]; u.Down != 1 || u.Article != seedArticle {
		t.Errorf("the 👎'd answer in the report: %+v", rep.Unanswered)
	}
	if u := found[unanswered]; u.Count != 1 || u.Article != seedArticle {
		t.Errorf("the unanswered question in the report: %+v", rep.Unanswered)
	}
	list := runHoidap(t, bin, "curate", "--list", "--data", dataDir, "--corpus", corpusDir)
	if !strings.Contains(list, unanswered) || !strings.Contains(list, "hôm đó trời nắng") || !strings.Contains(list, "current") {
		t.Errorf("hoidap curate --list does not show the editors' answer as current:\n%s", list)
	}
}

// e2eStoreURL returns the URL of a store both replicas share: a schema of
// its own on the PostgreSQL server of HOIDAP_TEST_POSTGRES when it is set
// (CI sets it), dropped when t ends; else a SQLite file.
func e2eStoreURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("HOIDAP_TEST_POSTGRES")
	if base == "" {
		return "sqlite://" + filepath.Join(t.TempDir(), "shared.db")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("HOIDAP_TEST_POSTGRES: %v", err)
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	schema := "hoidap_e2e_" + strings.ToLower(rand.Text())
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		db.Close()
		t.Fatalf("create schema on HOIDAP_TEST_POSTGRES: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		db.Close()
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// A replica is a `hoidap serve` in webhook mode.
type replica struct {
	addr string // where its webhook and /healthz listen
}

// startReplica runs `hoidap serve` in webhook mode on a data dir of its
// own over corpusDir, keeping its state in storeURL, and waits for its
// /healthz.
func startReplica(t *testing.T, bin, emuURL, corpusDir, storeURL string) replica {
	t.Helper()
	r := replica{addr: "127.0.0.1:" + strconv.Itoa(freePort(t))}
	startBot(t, bin, emuURL, r.addr,
		"CORPUS_DIR="+corpusDir, "DATA_DIR="+t.TempDir(), "STORE_URL="+storeURL,
		"WEBHOOK_URL=http://"+r.addr+"/hook")
	deadline := time.Now().Add(e2eTimeout)
	for {
		resp, err := http.Get("http://" + r.addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return r
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("replica %s: /healthz did not answer within %v: %v", r.addr, e2eTimeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// post delivers update to the replica's webhook, as Telegram would.
func (r replica) post(t *testing.T, update map[string]any) {
	t.Helper()
	body, err := json.Marshal(update)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post("http://"+r.addr+"/hook", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("webhook %s: %v", r.addr, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("webhook %s: %s", r.addr, resp.Status)
	}
}

// TestEndToEndReplicas runs two bots in webhook mode, each with a data dir
// of its own over the same articles, sharing one store (PostgreSQL when
// HOIDAP_TEST_POSTGRES is set, else a SQLite file): a follow-up posted to
// the second is answered from the turn the first kept.
func TestEndToEndReplicas(t *testing.T) {
	emu := e2eEmulator(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("end-to-end test skipped: node is not installed (it runs the Telegram emulator)")
	}
	bin := buildHoidap(t)
	emuURL := startEmulator(t, node, emu)
	corpusDir, storeURL := multiCorpus(t), e2eStoreURL(t)
	a := startReplica(t, bin, emuURL, corpusDir, storeURL)
	b := startReplica(t, bin, emuURL, corpusDir, storeURL)
	c := &emulator{t: t, url: emuURL}

	const hoa = 2201
	message := func(updateID, msgID int, text string) map[string]any {
		return map[string]any{
			"update_id": updateID,
			"message": map[string]any{
				"message_id": msgID,
				"date":       time.Now().Unix(),
				"from":       user(hoa, "Hoa"),
				"chat":       private(hoa, "Hoa"),
				"text":       text,
			},
		}
	}
	a.post(t, message(1, 1, "ai được tặng Bằng khen?"))
	if m := c.waitMessages(hoa, atLeast(1))[0]; !strings.Contains(m.Text, "3 tập thể") {
		t.Fatalf("replica A's answer: %v", m)
	}
	b.post(t, message(2, 3, "còn Giấy khen thì sao?"))
	m := c.waitMessages(hoa, atLeast(1))[0]
	if !strings.Contains(m.Text, "9 tập thể") || !strings.Contains(m.Text, "15 cá nhân") {
		t.Errorf("replica B's answer to the follow-up started on A: %v", m)
	}
}
