package bot

import (
	"fmt"
	"log/slog"
	"math"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

// TestLoad sends 5,000 questions from 500 chats in bursts through the fake
// API, with the pacing limits raised (it measures the bot, not the pacer)
// and each chat below the flood threshold. Every question must be answered
// exactly once, in order per chat, with goroutines and queues bounded.
func TestLoad(t *testing.T) {
	chats, perChat := 500, 10
	if testing.Short() || raceEnabled {
		// Under the race detector the store (pure-Go SQLite, every answer
		// recorded) runs an order of magnitude slower: the full load would
		// measure the detector. The smaller one checks the same.
		chats, perChat = 100, 5
	}
	const maxChats = 64
	inf := math.Inf(1)
	h := start(t, func(c *Config) {
		c.ChatPerSec, c.GroupPerMin, c.GlobalPerSec = inf, inf, inf
		c.MaxChats = maxChats
		c.Logger = slog.New(slog.DiscardHandler)
	})
	base := runtime.NumGoroutine()
	var peakGoroutines atomic.Int64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-stopSampling:
				return
			case <-time.After(5 * time.Millisecond):
				if n := int64(runtime.NumGoroutine()); n > peakGoroutines.Load() {
					peakGoroutines.Store(n)
				}
			}
		}
	}()

	total := chats * perChat
	pushed := make(map[string]time.Time, total)
	begin := time.Now()
	for i := range perChat {
		burst := make([]*models.Update, 0, chats)
		for c := range chats {
			chat := int64(100000 + c)
			// Half private chats, half groups asking with /hoi.
			var m *models.Message
			if c%2 == 0 {
				m = privateMsg(chat, fmt.Sprintf("echo %d-%d", chat, i))
			} else {
				m = groupMsg(-chat, chat, fmt.Sprintf("/hoi echo %d-%d", -chat, i))
			}
			burst = append(burst, update(m))
		}
		now := time.Now()
		for _, u := range burst {
			pushed[loadKeyRE.FindString(u.Message.Text)] = now
		}
		h.api.push(burst...)
		time.Sleep(20 * time.Millisecond)
	}
	deadline := time.Now().Add(50 * time.Second)
	for h.api.count() < total && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	h.api.settle()
	close(stopSampling)
	<-sampled

	answerRE := regexp.MustCompile(`<b>(-?\d+)-(\d+)</b>`)
	seen := map[string]int{}
	next := map[int64]int{}
	var latencies []time.Duration
	var last time.Time
	for _, c := range h.api.record("sendMessage") {
		if c.Err != "" {
			t.Fatalf("sendMessage failed: %s", c.Err)
		}
		m := answerRE.FindStringSubmatch(c.text())
		if m == nil {
			t.Fatalf("unexpected message %q", c.text())
		}
		key := m[1] + "-" + m[2]
		seen[key]++
		chat, _ := strconv.ParseInt(m[1], 10, 64)
		i, _ := strconv.Atoi(m[2])
		if chat != c.chat() {
			t.Fatalf("answer for chat %d sent to %d", chat, c.chat())
		}
		if i != next[chat] {
			t.Fatalf("chat %d: answer %d came when %d was due", chat, i, next[chat])
		}
		next[chat]++
		latencies = append(latencies, c.Recv.Sub(pushed[key]))
		last = c.Recv
	}
	if len(seen) != total {
		t.Fatalf("%d questions answered, want %d", len(seen), total)
	}
	for k, n := range seen {
		if n != 1 {
			t.Fatalf("question %s answered %d times", k, n)
		}
	}
	slices.Sort(latencies)
	p99 := latencies[len(latencies)*99/100]
	elapsed := last.Sub(begin)
	t.Logf("%d questions from %d chats in %v: %.0f answers/s; latency p50 %v, p99 %v, max %v",
		total, chats, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(),
		latencies[len(latencies)/2].Round(time.Microsecond), p99.Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond))

	// Bounded: the chats served at once, and the goroutines: per busy chat a
	// worker, the library's request writer, a client connection's read and
	// write loops, the fake server's connection, a typing timer and the
	// context watcher of database/sql for its store query (every answer is
	// recorded): seven. On a loaded machine connections beyond the
	// transport's idle pool close while new ones open, and their goroutines
	// linger for a moment, so the bound allows ten per worker: still far
	// below one per chat (500 chats at full load).
	h.bot.disp.mu.Lock()
	peakChats := h.bot.disp.peak
	h.bot.disp.mu.Unlock()
	if peakChats > maxChats+1 {
		t.Errorf("%d chats served at once, want at most %d", peakChats, maxChats+1)
	}
	if peak := int(peakGoroutines.Load()); peak > base+10*maxChats+50 {
		t.Errorf("%d goroutines at peak (base %d), want them bounded by the workers", peak, base)
	}
	t.Logf("peak: %d goroutines (base %d), %d chats at once", peakGoroutines.Load(), base, peakChats)
}

// loadKeyRE finds the "chat-i" end of a load question.
var loadKeyRE = regexp.MustCompile(`-?\d+-\d+$`)
