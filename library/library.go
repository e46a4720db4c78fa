package library

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// ErrNoArticle is returned for an article ID the library does not hold.
var ErrNoArticle = errors.New("no such article")

// DefaultEngines is how many article engines a library keeps built: the
// articles asked about most recently.
const DefaultEngines = 64

// A Library answers questions about the articles of a shelf, each from one
// article. It is safe for concurrent use.
type Library struct {
	shelf Shelf

	listMu sync.RWMutex
	list   []Meta // the shelf's, newest first
	byID   map[string]Meta

	mu      sync.Mutex
	engines map[string]*list.Element // of *built, by article ID
	recent  *list.List               // of *built, most recently used first
	keep    int
}

// A built is one article's engine, shared by the questions that use it.
type built struct {
	id    string
	ready chan struct{} // closed once engine or err is set
	eng   *answer.Engine
	err   error
	users int  // questions using it now
	gone  bool // evicted: closed when the last user is done
}

// New returns a library over shelf that keeps up to keep article engines
// built (DefaultEngines when keep ≤ 0). The library owns the shelf: Close
// closes it.
func New(shelf Shelf, keep int) *Library {
	if keep <= 0 {
		keep = DefaultEngines
	}
	l := &Library{shelf: shelf, engines: map[string]*list.Element{}, recent: list.New(), keep: keep}
	l.Refresh()
	return l
}

// Refresh reads the shelf's listing again, after its articles changed,
// and drops the engines of the articles named in changed (added, changed
// or removed): the next question about one builds it from its new text.
func (l *Library) Refresh(changed ...string) {
	ms := l.shelf.Articles()
	byID := make(map[string]Meta, len(ms))
	for _, m := range ms {
		byID[m.ID] = m
	}
	l.listMu.Lock()
	l.list, l.byID = ms, byID
	l.listMu.Unlock()
	l.mu.Lock()
	for _, id := range changed {
		if el, ok := l.engines[id]; ok {
			b := el.Value.(*built)
			l.recent.Remove(el)
			delete(l.engines, id)
			b.gone = true
			if b.users == 0 {
				closeBuilt(b)
			}
		}
	}
	l.mu.Unlock()
}

// Open returns a library over articles held in memory.
func Open(ctx context.Context, articles []*corpus.Article) (*Library, error) {
	if len(articles) == 0 {
		return nil, fmt.Errorf("library: no articles")
	}
	s, err := NewShelf(ctx, articles)
	if err != nil {
		return nil, err
	}
	return New(s, 0), nil
}

// Articles lists the articles, newest first. The caller must not change
// the slice.
func (l *Library) Articles() []Meta {
	l.listMu.RLock()
	defer l.listMu.RUnlock()
	return l.list
}

// Meta returns the listing of the article with the given ID.
func (l *Library) Meta(id string) (Meta, bool) {
	l.listMu.RLock()
	defer l.listMu.RUnlock()
	m, ok := l.byID[id]
	return m, ok
}

// Use calls f with the engine of the article with the given ID, building it
// when it is not built yet. The engine is only valid during f.
func (l *Library) Use(ctx context.Context, id string, f func(*answer.Engine)) error {
	b, err := l.acquire(ctx, id)
	if err != nil {
		return err
	}
	defer l.release(b)
	f(b.eng)
	return nil
}

// acquire returns the built engine of article id, building it once however
// many ask at the same time, and counts one more user of it.
func (l *Library) acquire(ctx context.Context, id string) (*built, error) {
	if _, ok := l.Meta(id); !ok {
		return nil, fmt.Errorf("library: %w: %q", ErrNoArticle, id)
	}
	l.mu.Lock()
	el, ok := l.engines[id]
	var b *built
	if ok {
		b = el.Value.(*built)
		l.recent.MoveToFront(el)
	} else {
		b = &built{id: id, ready: make(chan struct{})}
		l.engines[id] = l.recent.PushFront(b)
		l.evict()
	}
	b.users++
	l.mu.Unlock()
	if !ok {
		b.eng, b.err = l.build(ctx, id)
		close(b.ready)
	}
	select {
	case <-b.ready:
	case <-ctx.Done():
	}
	select {
	case <-b.ready:
	default:
		// Still building for another question: this one gives up.
		l.release(b)
		return nil, fmt.Errorf("library: article %q: %w", id, ctx.Err())
	}
	if b.err != nil {
		l.mu.Lock()
		if el, ok := l.engines[id]; ok && el.Value.(*built) == b {
			// Not kept: the next question tries again.
			l.recent.Remove(el)
			delete(l.engines, id)
		}
		l.mu.Unlock()
		l.release(b)
		return nil, b.err
	}
	return b, nil
}

// build makes the engine of article id.
func (l *Library) build(ctx context.Context, id string) (*answer.Engine, error) {
	a, err := l.shelf.Article(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("library: read article %q: %w", id, err)
	}
	e, err := answer.New(ctx, []*corpus.Article{a})
	if err != nil {
		return nil, fmt.Errorf("library: build the engine of %q: %w", id, err)
	}
	return e, nil
}

// evict drops the least recently used engines beyond l.keep; each is
// closed once nobody uses it. l.mu is held.
func (l *Library) evict() {
	for l.recent.Len() > l.keep {
		el := l.recent.Back()
		b := el.Value.(*built)
		l.recent.Remove(el)
		delete(l.engines, b.id)
		b.gone = true
		if b.users == 0 {
			closeBuilt(b)
		}
	}
}

// release counts one user less of b, and closes it when it was evicted and
// that was the last.
func (l *Library) release(b *built) {
	l.mu.Lock()
	b.users--
	last := b.gone && b.users == 0
	l.mu.Unlock()
	if last {
		closeBuilt(b)
	}
}

// closeBuilt closes b's engine, if it was built.
func closeBuilt(b *built) {
	select {
	case <-b.ready:
	default:
		return // still building: its builder holds a user
	}
	if b.eng != nil {
		if err := b.eng.Close(); err != nil {
			slog.Warn("close an article engine", "article", b.id, "err", err)
		}
	}
}

// Close closes every engine and the shelf.
func (l *Library) Close() error {
	l.mu.Lock()
	for id, el := range l.engines {
		b := el.Value.(*built)
		b.gone = true
		if b.users == 0 {
			closeBuilt(b)
		}
		delete(l.engines, id)
	}
	l.recent.Init()
	l.mu.Unlock()
	return l.shelf.Close()
}
