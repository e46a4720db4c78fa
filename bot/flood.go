package bot

import (
	"sync"
	"time"
)

// A floodGate counts each user's questions in a fixed one-minute window
// that starts at the user's first question.
type floodGate struct {
	mu    sync.Mutex
	limit int // questions a minute; <= 0 means no limit
	max   int // users tracked
	clock Clock
	users map[int64]*floodWindow
}

type floodWindow struct {
	start    time.Time
	n        int
	notified bool
}

func newFloodGate(limit, max int, clock Clock) *floodGate {
	return &floodGate{limit: limit, max: max, clock: clock, users: make(map[int64]*floodWindow)}
}

// A floodVerdict says what to do with a user's question.
type floodVerdict int

const (
	floodAllow  floodVerdict = iota // answer it
	floodNotify                     // drop it and tell the user, once
	floodDrop                       // drop it silently
)

// check counts one question of user and says what to do with it.
func (f *floodGate) check(user int64) floodVerdict {
	if f.limit <= 0 {
		return floodAllow
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	now := f.clock.Now()
	w, ok := f.users[user]
	if !ok || now.Sub(w.start) >= time.Minute {
		if !ok && len(f.users) >= f.max {
			f.sweep(now)
		}
		w = &floodWindow{start: now}
		f.users[user] = w
	}
	w.n++
	switch {
	case w.n <= f.limit:
		return floodAllow
	case !w.notified:
		w.notified = true
		return floodNotify
	default:
		return floodDrop
	}
}

// sweep forgets the windows that have passed; if none has, it forgets the
// oldest half, which at worst lets those users ask a little more.
func (f *floodGate) sweep(now time.Time) {
	for id, w := range f.users {
		if now.Sub(w.start) >= time.Minute {
			delete(f.users, id)
		}
	}
	for id := range f.users {
		if len(f.users) < f.max/2 {
			break
		}
		delete(f.users, id)
	}
}
