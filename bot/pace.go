package bot

import (
	"context"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// A pacer keeps outgoing messages within Telegram's limits: per chat, per
// group and in all. Limiters idle for a minute are full again, so they are
// forgotten.
type pacer struct {
	clock  Clock
	chat   rate.Limit
	group  rate.Limit
	global *rate.Limiter

	mu     sync.Mutex
	chats  map[int64]*chatLimiter
	sweeps time.Time
}

type chatLimiter struct {
	chat, group *rate.Limiter // group is nil for a private chat
	last        time.Time
}

func limit(perSec float64) rate.Limit {
	if math.IsInf(perSec, 1) {
		return rate.Inf
	}
	return rate.Limit(perSec)
}

func newPacer(cfg Config) *pacer {
	return &pacer{
		clock:  cfg.Clock,
		chat:   limit(cfg.ChatPerSec),
		group:  limit(cfg.GroupPerMin / 60),
		global: rate.NewLimiter(limit(cfg.GlobalPerSec), 1),
		chats:  make(map[int64]*chatLimiter),
	}
}

// isGroup reports whether chat is a group, supergroup or channel: their ids
// are negative.
func isGroup(chat int64) bool { return chat < 0 }

// wait blocks until a message may be sent to chat. It takes a token from
// every limiter of chat at once, when all have one, so that each limiter
// sees the moment the message really goes.
func (p *pacer) wait(ctx context.Context, chat int64) error {
	for {
		now := p.clock.Now()
		p.mu.Lock()
		l := p.limiter(chat, now)
		ls := []*rate.Limiter{p.global, l.chat}
		if l.group != nil {
			ls = append(ls, l.group)
		}
		var delay time.Duration
		for _, l := range ls {
			delay = max(delay, delayFor(l, now))
		}
		if delay == 0 {
			for _, l := range ls {
				l.AllowN(now, 1)
			}
			p.mu.Unlock()
			return nil
		}
		p.mu.Unlock()
		if err := sleep(ctx, p.clock, delay); err != nil {
			return err
		}
	}
}

// delayFor returns how long until l has a token.
func delayFor(l *rate.Limiter, now time.Time) time.Duration {
	if l.Limit() == rate.Inf {
		return 0
	}
	missing := 1 - l.TokensAt(now)
	if missing <= 0 {
		return 0
	}
	return time.Duration(math.Ceil(missing / float64(l.Limit()) * float64(time.Second)))
}

// limiter returns chat's limiters; p.mu must be held.
func (p *pacer) limiter(chat int64, now time.Time) *chatLimiter {
	if now.Sub(p.sweeps) > time.Minute {
		for id, l := range p.chats {
			if now.Sub(l.last) > 2*time.Minute {
				delete(p.chats, id)
			}
		}
		p.sweeps = now
	}
	l, ok := p.chats[chat]
	if !ok {
		l = &chatLimiter{chat: rate.NewLimiter(p.chat, 1)}
		if isGroup(chat) {
			l.group = rate.NewLimiter(p.group, 1)
		}
		p.chats[chat] = l
	}
	l.last = now
	return l
}
