package bot

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// maxInWindow returns the most times in any window [t, t+w). The window is
// a millisecond shorter, for the nanoseconds rate.Limiter rounds away
// (30 gaps of 33.333333 ms are not quite a second).
func maxInWindow(times []time.Time, w time.Duration) int {
	w -= time.Millisecond
	most := 0
	for i := range times {
		n := 0
		for _, t := range times[i:] {
			if t.Sub(times[i]) < w {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

// minGap returns the smallest gap between consecutive times.
func minGap(times []time.Time) time.Duration {
	gap := time.Duration(math.MaxInt64)
	for i := 1; i < len(times); i++ {
		gap = min(gap, times[i].Sub(times[i-1]))
	}
	return gap
}

// TestPacerLimits checks Telegram's real limits on a fake clock: a message
// a second per chat, 20 a minute per group, 30 a second in all.
func TestPacerLimits(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		chats   func(i int) int64 // the chat of message i
		n       int
		window  time.Duration
		most    int           // most messages in any window
		gap     time.Duration // least gap between messages, 0 for any
		elapsed time.Duration // least time the n messages take
	}{
		{"private chat", Config{}, func(int) int64 { return 1 }, 10, time.Second, 1, time.Second, 9 * time.Second},
		{"group", Config{}, func(int) int64 { return -1 }, 45, time.Minute, 20, 3 * time.Second, 132 * time.Second},
		{"global", Config{}, func(i int) int64 { return int64(i + 1) }, 300, time.Second, 30, 0, 9 * time.Second},
		{"many groups", Config{}, func(i int) int64 { return -int64(i%50 + 1) }, 300, time.Second, 30, 0, 9 * time.Second},
		{"configured", Config{ChatPerSec: 4, GroupPerMin: 60, GlobalPerSec: 100}, func(int) int64 { return -1 }, 20, time.Second, 1, time.Second, 19 * time.Second},
		{"configured private", Config{ChatPerSec: 4}, func(int) int64 { return 1 }, 20, time.Second, 4, 250 * time.Millisecond, 4750 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			tt.cfg.Token = testToken
			tt.cfg.Clock = clock
			p := newPacer(tt.cfg.withDefaults())
			start := clock.Now()
			var times []time.Time
			perChat := map[int64][]time.Time{}
			for i := range tt.n {
				chat := tt.chats(i)
				if err := p.wait(context.Background(), chat); err != nil {
					t.Fatal(err)
				}
				now := clock.Now()
				times = append(times, now)
				perChat[chat] = append(perChat[chat], now)
			}
			if got := maxInWindow(times, tt.window); got > tt.most {
				t.Errorf("%d messages in a window of %v, want at most %d", got, tt.window, tt.most)
			}
			if tt.gap > 0 {
				if got := minGap(times); got < tt.gap {
					t.Errorf("messages %v apart, want at least %v", got, tt.gap)
				}
			}
			for chat, ts := range perChat {
				if got := minGap(ts); got < time.Second/time.Duration(tt.cfg.withDefaults().ChatPerSec) {
					t.Errorf("chat %d: messages %v apart", chat, got)
				}
			}
			if got := times[len(times)-1].Sub(start); got < tt.elapsed {
				t.Errorf("%d messages took %v, want at least %v", tt.n, got, tt.elapsed)
			}
		})
	}
}

// TestPacerUnlimited checks that +Inf limits never wait.
func TestPacerUnlimited(t *testing.T) {
	clock := newFakeClock()
	inf := math.Inf(1)
	p := newPacer(Config{Token: testToken, Clock: clock, ChatPerSec: inf, GroupPerMin: inf, GlobalPerSec: inf}.withDefaults())
	for i := range 1000 {
		if err := p.wait(context.Background(), -int64(i%3)); err != nil {
			t.Fatal(err)
		}
	}
	if slept := clock.sleptFor(); slept != 0 {
		t.Errorf("waited %v without limits", slept)
	}
}

// TestPacedGroupAnswers checks the pacing of a bot's answers in a group.
func TestPacedGroupAnswers(t *testing.T) {
	h := start(t)
	const group = -4242
	const n = 5
	for i := range n {
		h.api.push(update(groupMsg(group, int64(i+1), fmt.Sprintf("/hoi echo %d", i))))
	}
	sends := h.waitSends(group, n)
	var times []time.Time
	for i, c := range sends {
		if want := fmt.Sprintf("<b>%d</b>", i); !strings.Contains(c.text(), want) {
			t.Errorf("answer %d is %q", i, c.text())
		}
		times = append(times, c.At)
	}
	if got := minGap(times); got < 3*time.Second {
		t.Errorf("group answers %v apart, want at least 3s (20 a minute)", got)
	}
}
