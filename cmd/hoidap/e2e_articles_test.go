package main

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEndToEndArticles runs the real binary over two articles, with a data
// dir and its SQLite store, against the emulator: a generic question gets
// "which event?" with a button per article, a tap answers it from the one
// chosen in place of that message, the next question is answered from it
// at once, and a deep link to the other article makes it the chat's.
func TestEndToEndArticles(t *testing.T) {
	emu := e2eEmulator(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("end-to-end test skipped: node is not installed (it runs the Telegram emulator)")
	}
	bin := buildHoidap(t)
	emuURL := startEmulator(t, node, emu)
	corpusDir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "articles", "multi"))
	if err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	startBot(t, bin, emuURL, "127.0.0.1:"+strconv.Itoa(freePort(t)), "CORPUS_DIR="+corpusDir, "DATA_DIR="+dataDir)
	c := &emulator{t: t, url: emuURL}
	c.getMe()

	const lan = 2001
	chat := private(lan, "Lan")
	c.userMessage(lan, chat, "Buổi lễ diễn ra ở đâu?", nil)
	choose := c.waitMessages(lan, atLeast(1))[0]
	if !strings.Contains(choose.Text, "Bạn hỏi về sự kiện nào?") || choose.buttons() != 2 {
		t.Fatalf("a generic question over two articles: %v", choose)
	}
	var kontum button
	for _, b := range choose.keyboard() {
		if strings.Contains(b.Text, "Hội thao") {
			kontum = b
		}
	}
	if kontum.CallbackData == "" || !strings.Contains(kontum.Text, "11/2024") && !strings.Contains(kontum.Text, "12/11/2024") {
		t.Fatalf("no button for the Kon Tum games, with its date: %v", choose)
	}
	c.callback(lan, chat, choose.ID, kontum.CallbackData)
	edit := c.waitCall("editMessageText", func(b map[string]any) bool {
		return strings.Contains(strings.ToLower(stringOf(b["text"])), "nhà văn hóa")
	})
	if !strings.Contains(stringOf(edit["text"]), "Kon Tum") {
		t.Errorf("the answer does not name its article: %v", edit["text"])
	}
	c.userMessage(lan, chat, "Lễ bế mạc diễn ra vào ngày nào?", nil)
	if ans := c.waitMessages(lan, atLeast(1))[0]; !strings.Contains(ans.Text, "12/11") {
		t.Errorf("the next question, from the chosen article: %v", ans)
	}

	const minh = 2002
	c.command(minh, private(minh, "Minh"), "/start a_000_5733c26161288d00")
	if m := c.waitMessages(minh, atLeast(1))[0]; !strings.Contains(m.Text, "Đã chọn bài") || !strings.Contains(m.Text, "Khen thưởng") {
		t.Errorf("deep link to the seed: %v", m)
	}
	c.userMessage(minh, private(minh, "Minh"), "Buổi lễ diễn ra khi nào?", nil)
	if m := c.waitMessages(minh, atLeast(1))[0]; strings.Contains(m.Text, "sự kiện nào") || !strings.Contains(m.Text, "Khen thưởng") {
		t.Errorf("after the deep link, a generic question: %v", m)
	}
}

// stringOf is v as a string, "" when it is not one.
func stringOf(v any) string {
	s, _ := v.(string)
	return s
}
