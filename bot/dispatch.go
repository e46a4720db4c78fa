package bot

import (
	"errors"
	"sync"
)

// errQueueFull is returned by dispatcher.submit when a chat has too many
// updates waiting.
var errQueueFull = errors.New("chat queue is full")

// A dispatcher runs jobs in order per key (a chat) and concurrently across
// keys, with a bounded number of goroutines and a bounded queue per key.
// The library would run every update in its own goroutine; this keeps each
// chat's replies in the order of its messages.
type dispatcher struct {
	depth int           // most jobs waiting per key
	slots chan struct{} // one per running key
	wg    sync.WaitGroup

	mu     sync.Mutex
	queues map[int64][]func() // keys with a worker, running or starting
	peak   int                // most keys at once, for tests
}

func newDispatcher(workers, depth int) *dispatcher {
	return &dispatcher{
		depth:  depth,
		slots:  make(chan struct{}, workers),
		queues: make(map[int64][]func()),
	}
}

// submit queues job under key. It blocks while every worker is busy with
// other keys, and fails when key's queue is full.
func (d *dispatcher) submit(key int64, job func()) error {
	return d.enqueue(key, job, false)
}

// submitAlways queues job under key even when key's queue is full. It is
// for the one notice per chat that tells what was skipped, so the queue
// stays bounded: at most one job more than its depth.
func (d *dispatcher) submitAlways(key int64, job func()) {
	_ = d.enqueue(key, job, true) // never fails when forced
}

func (d *dispatcher) enqueue(key int64, job func(), force bool) error {
	d.mu.Lock()
	if q, ok := d.queues[key]; ok {
		if len(q) >= d.depth && !force {
			d.mu.Unlock()
			return errQueueFull
		}
		d.queues[key] = append(q, job)
		d.mu.Unlock()
		return nil
	}
	d.queues[key] = []func(){job}
	d.peak = max(d.peak, len(d.queues))
	d.wg.Add(1)
	d.mu.Unlock()

	d.slots <- struct{}{}
	go d.work(key)
	return nil
}

// work runs key's jobs until its queue is empty.
func (d *dispatcher) work(key int64) {
	defer d.wg.Done()
	defer func() { <-d.slots }()
	for {
		d.mu.Lock()
		q := d.queues[key]
		if len(q) == 0 {
			delete(d.queues, key)
			d.mu.Unlock()
			return
		}
		job := q[0]
		q[0] = nil
		d.queues[key] = q[1:]
		d.mu.Unlock()
		job()
	}
}

// wait blocks until every queued job has run.
func (d *dispatcher) wait() { d.wg.Wait() }
