package bot

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
)

func TestNotSent(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"connection refused", &url.Error{Op: "Post", URL: "http://x", Err: dial}, true},
		{"wrapped refused", fmt.Errorf("error do request: %w", syscall.ECONNREFUSED), true},
		{"no such host", &url.Error{Op: "Post", Err: &net.DNSError{Err: "no such host", Name: "x"}}, true},
		{"timeout", &url.Error{Op: "Post", Err: context.DeadlineExceeded}, false},
		{"reset while reading", &url.Error{Op: "Post", Err: &net.OpError{Op: "read", Err: syscall.ECONNRESET}}, false},
		{"bad request", errors.New("bad request, Bad Request: can't parse entities"), false},
	}
	for _, tt := range tests {
		if got := notSent(tt.err); got != tt.want {
			t.Errorf("%s: notSent = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAmbiguousTimeoutNotRetried: a send that timed out may have reached
// Telegram, so it is not sent again.
func TestAmbiguousTimeoutNotRetried(t *testing.T) {
	h := start(t, func(c *Config) { c.SendTimeout = 100 * time.Millisecond })
	h.api.mu.Lock()
	h.api.delay = 400 * time.Millisecond
	h.api.mu.Unlock()
	h.api.push(update(privateMsg(13000, "bao nhiêu mô hình?")))
	h.api.waitAll("sendMessage", 1)
	time.Sleep(500 * time.Millisecond) // time enough for a retry after the 100 ms timeout
	if calls := h.api.record("sendMessage"); len(calls) != 1 {
		t.Errorf("sendMessage tried %d times after a timeout, want once", len(calls))
	}
}

// TestUnreachableRetried: a send that could not connect is retried.
func TestUnreachableRetried(t *testing.T) {
	const user = 13100
	addr := freeAddr(t) // nothing listens there
	var tries atomic.Int32
	// The first sendMessage goes to a closed port.
	client := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if strings.HasSuffix(r.URL.Path, "/sendMessage") && tries.Add(1) == 1 {
			r = r.Clone(r.Context())
			r.URL.Host = addr
		}
		return http.DefaultTransport.RoundTrip(r)
	})}
	h := start(t, func(c *Config) { c.HTTPClient = client })
	h.api.push(update(privateMsg(user, "bao nhiêu mô hình?")))
	h.waitSends(user, 1)
	if n := tries.Load(); n != 2 {
		t.Errorf("%d tries, want the unreachable one and one more", n)
	}
}

func TestAlertTextLimit(t *testing.T) {
	tests := []answer.Answer{
		{Kind: answer.KindFact, Answer: strings.Repeat("ắ", 300)},
		{Kind: answer.KindFact, Answer: strings.Repeat("😀", 150)},
		{Kind: answer.KindNone, Reply: "Bài báo không nói về điều này."},
		{Kind: answer.KindNone},
	}
	for _, a := range tests {
		s := alertText(a)
		if n := len([]rune(s)); n == 0 || visibleLen(esc(s)) > maxAlert {
			t.Errorf("alert of %d characters: %.30q", n, s)
		}
	}
}

func TestGroupRelatedButtonAndInlineMessageCallback(t *testing.T) {
	h := start(t)
	const group = -13200
	shown := &models.Message{ID: 5, Date: 1700000000, Chat: models.Chat{ID: group, Type: models.ChatTypeSupergroup, IsForum: true},
		IsTopicMessage: true, MessageThreadID: 9}
	h.api.push(callbackUpdate(shown, 77, qid("bao nhiêu mô hình?")))
	c := h.waitSends(group, 1)[0]
	if !strings.Contains(c.text(), "❓ <i>bao nhiêu mô hình?</i>") || c.Params["message_thread_id"] != "9" {
		t.Errorf("answer to a related question in a topic: %v", c.Params)
	}
	// A button under a message sent inline has no chat: it answers as an
	// alert.
	h.api.push(&models.Update{CallbackQuery: &models.CallbackQuery{ID: "in", From: models.User{ID: 77},
		InlineMessageID: "imsg", Data: qid("ai được tặng Bằng khen?")}})
	cb := h.api.wait("answerCallbackQuery", func(cs []apiCall) bool {
		for _, c := range cs {
			if c.Params["callback_query_id"] == "in" {
				return true
			}
		}
		return false
	})
	for _, c := range cb {
		if c.Params["callback_query_id"] == "in" && (c.Params["text"] != "3 tập thể" || c.Params["show_alert"] != "true") {
			t.Errorf("inline message callback answer %v", c.Params)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
