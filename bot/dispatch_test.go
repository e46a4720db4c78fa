package bot

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestDispatcherOrderAndBounds(t *testing.T) {
	const workers, keys, jobs = 4, 20, 50
	d := newDispatcher(workers, jobs)
	var (
		mu      sync.Mutex
		got     = map[int64][]int{}
		running atomic.Int32
		peak    atomic.Int32
	)
	for i := range jobs {
		for k := range int64(keys) {
			err := d.submit(k, func() {
				n := running.Add(1)
				if n > peak.Load() {
					peak.Store(n)
				}
				time.Sleep(50 * time.Microsecond)
				mu.Lock()
				got[k] = append(got[k], i)
				mu.Unlock()
				running.Add(-1)
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	d.wait()
	for k := range int64(keys) {
		if len(got[k]) != jobs {
			t.Fatalf("key %d ran %d jobs", k, len(got[k]))
		}
		for i, v := range got[k] {
			if v != i {
				t.Fatalf("key %d ran job %d at %d", k, v, i)
			}
		}
	}
	if p := peak.Load(); p > workers {
		t.Errorf("%d jobs at once, want at most %d", p, workers)
	}
}

func TestDispatcherQueueFull(t *testing.T) {
	d := newDispatcher(1, 2)
	release := make(chan struct{})
	started := make(chan struct{})
	if err := d.submit(1, func() { close(started); <-release }); err != nil {
		t.Fatal(err)
	}
	<-started
	for i := range 3 {
		err := d.submit(1, func() {})
		if want := i >= 2; (err != nil) != want {
			t.Errorf("submit %d: %v", i, err)
		}
	}
	close(release)
	d.wait()
}

func TestMemo(t *testing.T) {
	clock := newFakeClock()
	m := newMemo[int, string](10, time.Minute, clock)
	for i := range 25 {
		m.put(i, "v")
		if n := m.len(); n > 10 {
			t.Fatalf("memo of 10 holds %d", n)
		}
	}
	if v, ok := m.get(24); !ok || v != "v" {
		t.Error("the newest entry was dropped")
	}
	clock.After(time.Minute)
	if _, ok := m.get(24); ok {
		t.Error("an entry outlived its time to live")
	}
	m.put(1, "w")
	m.remove(1)
	if _, ok := m.get(1); ok {
		t.Error("removed entry found")
	}
}

func TestFloodGate(t *testing.T) {
	clock := newFakeClock()
	f := newFloodGate(3, 100, clock)
	want := []floodVerdict{floodAllow, floodAllow, floodAllow, floodNotify, floodDrop, floodDrop}
	for i, w := range want {
		if got := f.check(7); got != w {
			t.Errorf("question %d: %v, want %v", i+1, got, w)
		}
	}
	if got := f.check(8); got != floodAllow {
		t.Errorf("another user: %v", got)
	}
	clock.After(time.Minute)
	if got := f.check(7); got != floodAllow {
		t.Errorf("after a minute: %v", got)
	}
	if got := newFloodGate(-1, 10, clock); got.check(1) != floodAllow {
		t.Error("flood control off still limits")
	}
	// Bounded: many users never grow the table past its size.
	for u := range int64(1000) {
		f.check(u + 100)
	}
	if n := len(f.users); n > 100 {
		t.Errorf("flood table of 100 holds %d users", n)
	}
}
