package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// fakeClock's time passes only when someone waits on it, at once.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2024, 9, 19, 8, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	c.slept += d
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// advance moves the time on by d, as if d had passed with nobody waiting.
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func (c *fakeClock) sleptFor() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.slept
}

// syncBuffer is a bytes.Buffer safe for concurrent use, for logs.
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

// A harness is a bot running against the fake API.
type harness struct {
	t     *testing.T
	api   *fakeAPI
	eng   *fakeEngine // nil with the real engine
	bot   *Bot
	clock *fakeClock
	logs  *syncBuffer
	stop  func() // stops the bot and checks Run's result
}

const adminID = 42

// start runs a bot with a fake engine against a fake API, with a fake
// clock, until the test ends.
func start(t *testing.T, opts ...func(*Config)) *harness {
	t.Helper()
	eng := newFakeEngine()
	h := startEngine(t, eng, opts...)
	h.eng = eng
	return h
}

// startEngine runs a bot with engine against a fake API, with a fake
// clock, until the test ends.
func startEngine(t *testing.T, engine Engine, opts ...func(*Config)) *harness {
	t.Helper()
	h := &harness{t: t, api: newFakeAPI(t), clock: newFakeClock(), logs: &syncBuffer{}}
	h.api.clock = h.clock
	cfg := Config{
		Token:       testToken,
		APIURL:      h.api.srv.URL,
		AdminIDs:    []int64{adminID},
		PollTimeout: time.Second,
		Clock:       h.clock,
		Logger:      slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
	for _, o := range opts {
		o(&cfg)
	}
	b, err := New(engine, cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.bot = b
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(15 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(func() {
		h.stop()
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	})
	return h
}

var nextMessageID atomic.Int64

// message builds a message; a leading command gets its entity.
func message(chat int64, kind models.ChatType, user int64, text string) *models.Message {
	m := &models.Message{
		ID:   int(nextMessageID.Add(1)),
		Date: 1700000000,
		Chat: models.Chat{ID: chat, Type: kind, Title: "Nhóm"},
		From: &models.User{ID: user, FirstName: "An"},
		Text: text,
	}
	if strings.HasPrefix(text, "/") {
		word, _, _ := strings.Cut(text, " ")
		m.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: len(utf16.Encode([]rune(word)))}}
	}
	return m
}

func privateMsg(user int64, text string) *models.Message {
	return message(user, models.ChatTypePrivate, user, text)
}

func groupMsg(chat, user int64, text string) *models.Message {
	return message(chat, models.ChatTypeSupergroup, user, text)
}

func update(m *models.Message) *models.Update { return &models.Update{Message: m} }

// resolve resolves a button id: its kind and what it stands for.
func (h *harness) resolve(data string) (kind byte, value string, ok bool) {
	id, ok := h.bot.ids.resolve(context.Background(), data)
	return id.kind, id.value, ok
}

// sendsTo returns the successful sendMessage calls to chat.
func (h *harness) sendsTo(chat int64) []apiCall {
	var out []apiCall
	for _, c := range h.api.record("sendMessage") {
		if c.Err == "" && c.chat() == chat {
			out = append(out, c)
		}
	}
	return out
}

// waitSends waits for n messages to chat.
func (h *harness) waitSends(chat int64, n int) []apiCall {
	h.t.Helper()
	h.api.wait("sendMessage", func([]apiCall) bool { return len(h.sendsTo(chat)) >= n })
	return h.sendsTo(chat)
}

// callbacks returns the callback_data of every button of a call.
func callbacks(t testing.TB, c apiCall) []string {
	var out []string
	for _, row := range c.keyboard(t) {
		for _, b := range row {
			if b.CallbackData != "" {
				out = append(out, b.CallbackData)
			}
		}
	}
	return out
}

// callbackUpdate is a button press under message m by user.
func callbackUpdate(m *models.Message, user int64, data string) *models.Update {
	return &models.Update{CallbackQuery: &models.CallbackQuery{
		ID:      "cb" + data,
		From:    models.User{ID: user, FirstName: "An"},
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: m},
		Data:    data,
	}}
}
