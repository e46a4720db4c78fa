package datadir

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// ErrNotDataDir is reported by Open for a folder that holds files but no
// marker: it is left untouched.
var ErrNotDataDir = errors.New("not a hoidap data dir")

// ErrInUse is reported by Open for a data dir another Dir has open, in this
// process or another.
var ErrInUse = errors.New("data dir in use")

// Names of the files and folders of a data dir.
const (
	markerName   = "hoidap-data.json"
	lockName     = "hoidap-data.lock"
	manifestName = "manifest.json"
	articlesName = "articles"
	indexName    = "index"
)

// A Meta describes one article of the data dir, without reading it.
type Meta struct {
	// ID is the article's ID: its file name without ".txt".
	ID string `json:"id"`
	// Title, Source, Section, Language and Date are the article's.
	Title    string      `json:"title"`
	Source   string      `json:"source,omitempty"`
	Section  string      `json:"section,omitempty"`
	Language string      `json:"language"`
	Date     corpus.Date `json:"date"`
	// File is the corpus file's name, "<ID>.txt".
	File string `json:"file"`
	// Hash is the hex sha256 of the corpus file's bytes.
	Hash string `json:"hash"`
	// Passages is the number of the article's passages.
	Passages int `json:"passages"`
}

// A Dir is an open data dir. Its methods are safe for concurrent use.
type Dir struct {
	path string
	lock *os.File
	ix   *index.Index

	// syncing makes Syncs run one at a time; only Sync changes man.
	syncing sync.Mutex
	// last is the size and mtime of each corpus file at the previous Sync,
	// for SyncOptions.Stable. Guarded by syncing.
	last map[string]stat
	// clean is set once a Sync of this Dir has run to its end: the index
	// and the manifest agree, and the next Sync need not repair them.
	// Guarded by syncing.
	clean bool

	mu     sync.RWMutex
	man    manifest // as last written
	byID   map[string]Meta
	sorted []Meta // every article newest first; nil until Articles needs it

	// reads and parses count the corpus files read and parsed, for tests.
	reads, parses atomic.Int64
	// beforeCommit, when set (by tests), runs before each manifest is
	// written; an error stops Sync there, as if the process were killed.
	beforeCommit func() error
}

// Open opens the data dir at path, creating it when missing or empty. A
// data dir of another format is emptied and made anew. A folder of other
// files is an error wrapping ErrNotDataDir; a data dir another Dir has open
// an error wrapping ErrInUse. Open reads the manifest, not the articles.
func Open(ctx context.Context, path string) (*Dir, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open data dir %s: %w", path, err)
	}
	if err := checkFolder(path); err != nil {
		return nil, err
	}
	lock, err := lockFolder(path)
	if err != nil {
		return nil, err
	}
	d := &Dir{path: path, lock: lock}
	if err := d.prepare(ctx); err != nil {
		return nil, errors.Join(err, lock.Close())
	}
	return d, nil
}

// checkFolder creates the folder at path when missing and checks that it
// is empty or a data dir: it holds the marker, or nothing but a lock file
// and temporary files of ours left by a run cut short.
func checkFolder(path string) error {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return fmt.Errorf("open data dir: %w", err)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return fmt.Errorf("open data dir: %w", err)
	}
	for _, e := range entries {
		if e.Name() == markerName {
			return nil
		}
	}
	for _, e := range entries {
		if e.Name() != lockName && !IsTemp(e.Name()) {
			return fmt.Errorf("open data dir %s: %w: it holds %s but no %s", path, ErrNotDataDir, e.Name(), markerName)
		}
	}
	return nil
}

// lockFolder takes the data dir's lock without waiting.
func lockFolder(path string) (*os.File, error) {
	name := filepath.Join(path, lockName)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open data dir: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("open data dir %s: %w: another hoidap has it open", path, ErrInUse)
		}
		return nil, fmt.Errorf("open data dir: locking %s: %w", name, err)
	}
	return f, nil
}

// prepare makes the locked folder a data dir of this program's format and
// opens its manifest and index. Anything of another format, or unreadable,
// is removed and made anew.
func (d *Dir) prepare(ctx context.Context) error {
	ok, why, err := d.checkMarker()
	if err != nil {
		return err
	}
	if !ok {
		if why != "" {
			slog.Warn("datadir: rebuilding the data dir", "path", d.path, "reason", why)
		}
		if err := d.reset(); err != nil {
			return err
		}
	}
	err = d.load(ctx)
	if err == nil || errors.Is(err, ctx.Err()) {
		return err
	}
	slog.Warn("datadir: rebuilding the data dir", "path", d.path, "reason", err.Error())
	if err := d.reset(); err != nil {
		return err
	}
	return d.load(ctx)
}

// load reads the manifest, opens the index and removes temporary files
// left by a run cut short.
func (d *Dir) load(ctx context.Context) error {
	m, err := readManifest(filepath.Join(d.path, manifestName))
	if err != nil {
		return err
	}
	if err := removeTemps(d.path); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(d.path, articlesName), 0o755); err != nil {
		return fmt.Errorf("open data dir: %w", err)
	}
	if err := removeTemps(filepath.Join(d.path, articlesName)); err != nil {
		return err
	}
	ix, err := index.Open(ctx, filepath.Join(d.path, indexName))
	if err != nil {
		return fmt.Errorf("open data dir %s: %w", d.path, err)
	}
	d.ix = ix
	d.setManifest(m)
	return nil
}

// reset removes the data dir's files, all but the lock, and writes the
// marker of this program's format.
func (d *Dir) reset() error {
	for _, name := range []string{markerName, manifestName, articlesName, indexName} {
		if err := os.RemoveAll(filepath.Join(d.path, name)); err != nil {
			return fmt.Errorf("empty data dir: %w", err)
		}
	}
	if err := removeTemps(d.path); err != nil {
		return err
	}
	return writeMarker(d.path)
}

// removeTemps removes the temporary files writeFile leaves in dir when cut
// short.
func removeTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("open data dir: %w", err)
	}
	for _, e := range entries {
		if IsTemp(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("open data dir: %w", err)
			}
		}
	}
	return nil
}

// setManifest makes m the data dir's manifest.
func (d *Dir) setManifest(m manifest) {
	byID := make(map[string]Meta, len(m.Files))
	for _, e := range m.Files {
		if e.Meta != nil {
			byID[e.Meta.ID] = *e.Meta
		}
	}
	d.mu.Lock()
	d.man, d.byID, d.sorted = m, byID, nil
	d.mu.Unlock()
}

// Articles returns every article of the data dir, newest first (by Date,
// then ID).
func (d *Dir) Articles() []Meta {
	d.mu.RLock()
	sorted := d.sorted
	d.mu.RUnlock()
	if sorted == nil {
		d.mu.Lock()
		if d.sorted == nil {
			d.sorted = make([]Meta, 0, len(d.byID))
			for _, m := range d.byID {
				d.sorted = append(d.sorted, m)
			}
			slices.SortFunc(d.sorted, newestFirst)
		}
		sorted = d.sorted
		d.mu.Unlock()
	}
	return slices.Clone(sorted)
}

// newestFirst orders articles by date, newest first, then by ID.
func newestFirst(a, b Meta) int {
	da, db := a.Date, b.Date
	for _, c := range [][2]int{{da.Year, db.Year}, {da.Month, db.Month}, {da.Day, db.Day}} {
		if c[0] != c[1] {
			return c[1] - c[0]
		}
	}
	return strings.Compare(a.ID, b.ID)
}

// Meta returns the article id, and whether the data dir has it.
func (d *Dir) Meta(id string) (Meta, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	m, ok := d.byID[id]
	return m, ok
}

// Article reads article id and its facts from the data dir.
func (d *Dir) Article(id string) (*corpus.Article, []corpus.Fact, error) {
	m, ok := d.Meta(id)
	if !ok {
		return nil, nil, fmt.Errorf("data dir %s: no article %q", d.path, id)
	}
	return readArticle(d.path, m)
}

// Index returns the index of every passage of every article. It changes as
// Sync runs, and is closed by Close.
func (d *Dir) Index() *index.Index { return d.ix }

// Close waits for a Sync under way, closes the index and releases the data
// dir.
func (d *Dir) Close() error {
	d.syncing.Lock()
	defer d.syncing.Unlock()
	return errors.Join(d.ix.Close(), d.lock.Close())
}
