package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// MappingVersion is the version of the fields and analyzers an index is
// built with. It is bumped whenever newMapping or an analyzer changes, so
// that an index kept on disk is rebuilt rather than searched with terms it
// was not built for.
const MappingVersion = 1

// ErrInUse is reported by Open for an index another Index holds, in this
// process or another.
var ErrInUse = errors.New("index in use")

// ErrMappingVersion is reported by Open for an index built with another
// MappingVersion.
var ErrMappingVersion = errors.New("index built with another mapping version")

// Names of the files Open keeps in the index folder besides bleve's own.
const (
	lockFile = "hoidap.lock"
)

// versionKey is the bleve internal key under which Open records
// MappingVersion.
var versionKey = []byte("hoidap_mapping_version")

// boltTimeout bounds how long bleve waits for the lock on its root.bolt,
// behind the folder's own lock: an index held elsewhere fails, never hangs.
const boltTimeout = "1s"

// Open opens the index kept in the folder at path, creating the folder and
// an empty index when path is missing or an empty folder. The index has
// the mapping and analyzers of New and is persisted by scorch: what Add
// and DeleteArticle change is on disk when they return.
//
// Only one Index may hold a folder at a time: when another holds it, in
// this process or another, Open fails at once with an error wrapping
// ErrInUse. An index built with another MappingVersion is an error
// wrapping ErrMappingVersion. Close releases the folder.
func Open(ctx context.Context, path string) (*Index, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("index: opening %s: %w", path, err)
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, fmt.Errorf("index: opening %s: %w", path, err)
	}
	if err := checkFolder(path); err != nil {
		return nil, err
	}
	lock, err := lockFolder(path)
	if err != nil {
		return nil, err
	}
	ix, err := openLocked(path)
	if err != nil {
		return nil, errors.Join(err, lock.Close())
	}
	ix.lock = lock
	return ix, nil
}

// lockFolder takes the exclusive lock of the index folder at path without
// waiting.
func lockFolder(path string) (*os.File, error) {
	name := filepath.Join(path, lockFile)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index: opening %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("index: opening %s: %w", path, ErrInUse)
		}
		return nil, fmt.Errorf("index: locking %s: %w", name, err)
	}
	return f, nil
}

// openLocked opens or creates the bleve index at path, whose lock is held.
func openLocked(path string) (*Index, error) {
	config := map[string]any{"bolt_timeout": boltTimeout}
	var (
		idx bleve.Index
		err error
	)
	_, statErr := os.Stat(filepath.Join(path, "index_meta.json"))
	switch {
	case errors.Is(statErr, os.ErrNotExist):
		idx, err = bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, config)
		if err != nil {
			return nil, fmt.Errorf("index: creating %s: %w", path, err)
		}
		if err := idx.SetInternal(versionKey, []byte(strconv.Itoa(MappingVersion))); err != nil {
			return nil, errors.Join(fmt.Errorf("index: creating %s: %w", path, err), closeErr(idx))
		}
	case statErr != nil:
		return nil, fmt.Errorf("index: opening %s: %w", path, statErr)
	default:
		idx, err = bleve.OpenUsing(path, config)
		if err != nil {
			return nil, fmt.Errorf("index: opening %s: %w", path, err)
		}
		v, err := idx.GetInternal(versionKey)
		if err != nil {
			return nil, errors.Join(fmt.Errorf("index: opening %s: %w", path, err), closeErr(idx))
		}
		if string(v) != strconv.Itoa(MappingVersion) {
			return nil, errors.Join(fmt.Errorf("index: opening %s: %w: %q, want %d", path, ErrMappingVersion, v, MappingVersion), closeErr(idx))
		}
	}
	en := idx.Mapping().AnalyzerNamed(analyzerEn)
	if en == nil {
		return nil, errors.Join(fmt.Errorf("index: analyzer %s not registered", analyzerEn), closeErr(idx))
	}
	n, err := idx.DocCount()
	if err != nil {
		return nil, errors.Join(fmt.Errorf("index: counting passages in %s: %w", path, err), closeErr(idx))
	}
	ix := &Index{idx: idx, en: en}
	ix.size.Store(int64(n))
	return ix, nil
}

// checkFolder checks that the folder at path holds an index, or nothing
// but the lock file: Open never writes into a folder of other files.
func checkFolder(path string) error {
	entries, err := os.ReadDir(path)
	if err != nil {
		return fmt.Errorf("index: opening %s: %w", path, err)
	}
	var other string
	for _, e := range entries {
		switch e.Name() {
		case "index_meta.json":
			return nil
		case lockFile:
		default:
			other = e.Name()
		}
	}
	if other != "" {
		return fmt.Errorf("index: opening %s: not an index: holds %s but no index_meta.json", path, other)
	}
	return nil
}
