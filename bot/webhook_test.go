package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// freeAddr returns a loopback address that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func TestWebhook(t *testing.T) {
	addr := freeAddr(t)
	const secret = "s3cret-Token"
	h := start(t, func(c *Config) {
		c.WebhookURL = "https://bot.example.org/tg/hook"
		c.WebhookSecret = secret
		c.ListenAddr = addr
	})
	set := h.api.waitN("setWebhook", 1)[0]
	if set.Params["url"] != "https://bot.example.org/tg/hook" || set.Params["secret_token"] != secret ||
		!strings.Contains(set.Params["allowed_updates"], "callback_query") {
		t.Errorf("setWebhook %v", set.Params)
	}
	base := "http://" + addr
	var resp *http.Response
	var err error
	for range 100 { // the server starts before setWebhook, but be patient
		if resp, err = http.Get(base + "/healthz"); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(body) != "ok\n" {
		t.Errorf("/healthz: %d %q", resp.StatusCode, body)
	}

	post := func(secretHeader string, v any) int {
		raw, _ := json.Marshal(v)
		req, _ := http.NewRequest(http.MethodPost, base+"/tg/hook", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "application/json")
		if secretHeader != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secretHeader)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	u := update(privateMsg(12000, "bao nhiêu mô hình?"))
	u.ID = 1
	tests := []struct {
		name   string
		secret string
		body   any
		code   int
	}{
		{"no secret", "", u, http.StatusForbidden},
		{"wrong secret", "nope", u, http.StatusForbidden},
		{"bad body", secret, "not an update", http.StatusBadRequest},
		{"update", secret, u, http.StatusOK},
	}
	for _, tt := range tests {
		if got := post(tt.secret, tt.body); got != tt.code {
			t.Errorf("%s: HTTP %d, want %d", tt.name, got, tt.code)
		}
	}
	if c := h.waitSends(12000, 1); len(c) != 1 || !strings.Contains(c[0].text(), "55 mô hình") {
		t.Errorf("webhook answers %v", c)
	}
	// Telegram delivers an update again when the answer came late: it is
	// answered once.
	if got := post(secret, u); got != http.StatusOK {
		t.Errorf("redelivery: HTTP %d", got)
	}
	u2 := update(privateMsg(12000, "ai được tặng Bằng khen?"))
	u2.ID = 2
	post(secret, u2)
	if c := h.waitSends(12000, 2); len(c) != 2 || !strings.Contains(c[1].text(), "3 tập thể") {
		t.Errorf("after a redelivered update: %v", summarize(c))
	}
	h.stop()
	if calls := h.api.record("deleteWebhook", "getUpdates"); len(calls) != 0 {
		t.Errorf("webhook mode called %v", summarize(calls))
	}
}

// getHealth waits for /healthz on addr to answer and returns its status
// and body.
func getHealth(t *testing.T, addr string) (int, string) {
	t.Helper()
	var err error
	for range 100 {
		var resp *http.Response
		if resp, err = http.Get("http://" + addr + "/healthz"); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return resp.StatusCode, string(body)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal(err)
	return 0, ""
}

// TestHealthInPollingMode: /healthz answers 200 while getUpdates succeeds,
// and 503 once it has failed for over a minute on the bot's clock.
func TestHealthInPollingMode(t *testing.T) {
	addr := freeAddr(t)
	h := start(t, func(c *Config) { c.ListenAddr = addr })
	if code, body := getHealth(t, addr); code != http.StatusOK || body != "ok\n" {
		t.Fatalf("/healthz at start: %d %q", code, body)
	}

	// Another instance polls: every getUpdates fails from the first failure
	// on, the one in flight before it excepted.
	h.api.failPolls(&apiError{Code: http.StatusConflict, Description: "Conflict: terminated by other getUpdates request"})
	h.api.waitAll("getUpdates", 1)
	h.clock.advance(59 * time.Second)
	if code, body := getHealth(t, addr); code != http.StatusOK {
		t.Errorf("/healthz 59 s after the last getUpdates: %d %q, want 200", code, body)
	}
	h.clock.advance(2 * time.Second)
	if code, body := getHealth(t, addr); code != http.StatusServiceUnavailable || !strings.Contains(body, "getUpdates for 1m1s") {
		t.Errorf("/healthz 61 s after the last getUpdates: %d %q, want 503", code, body)
	}

	// Polling works again: healthy at once.
	h.api.failPolls(nil)
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, _ := getHealth(t, addr)
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz still %d after getUpdates works again", code)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(h.logs.String(), "getUpdates failed") {
		t.Errorf("the failed getUpdates calls were not logged: %s", h.logs)
	}
}

func TestRunFailsWithoutAPI(t *testing.T) {
	addr := freeAddr(t) // nothing listens there
	b, err := New(newFakeEngine(), Config{Token: testToken, APIURL: "http://" + addr, Clock: newFakeClock(),
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "getMe") || strings.Contains(err.Error(), testToken) {
		t.Errorf("Run without a Bot API: %v", err)
	}
}
