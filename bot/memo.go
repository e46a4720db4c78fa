package bot

import (
	"sync"
	"time"
)

// A memo is a bounded map whose entries expire. It keeps per-replica state
// (last turns, edited-question mapping, blocked chats) without growing
// without bound: when full, it drops expired entries and then arbitrary
// ones.
type memo[K comparable, V any] struct {
	mu    sync.Mutex
	m     map[K]memoEntry[V]
	max   int
	ttl   time.Duration
	clock Clock
}

type memoEntry[V any] struct {
	v       V
	expires time.Time
}

func newMemo[K comparable, V any](max int, ttl time.Duration, clock Clock) *memo[K, V] {
	return &memo[K, V]{m: make(map[K]memoEntry[V]), max: max, ttl: ttl, clock: clock}
}

// get returns the value stored under k, if it has not expired.
func (m *memo[K, V]) get(k K) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[k]
	if !ok || !m.clock.Now().Before(e.expires) {
		var zero V
		return zero, false
	}
	return e.v, true
}

// put stores v under k for the memo's time to live.
func (m *memo[K, V]) put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.clock.Now()
	if _, ok := m.m[k]; !ok && len(m.m) >= m.max {
		for k, e := range m.m {
			if !now.Before(e.expires) {
				delete(m.m, k)
			}
		}
		// Still full: drop a tenth, whichever the map yields first.
		for k := range m.m {
			if len(m.m) < m.max-m.max/10 {
				break
			}
			delete(m.m, k)
		}
	}
	m.m[k] = memoEntry[V]{v: v, expires: now.Add(m.ttl)}
}

// remove deletes k.
func (m *memo[K, V]) remove(k K) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, k)
}

// len returns the number of entries, expired or not.
func (m *memo[K, V]) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.m)
}
