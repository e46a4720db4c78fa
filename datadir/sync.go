package datadir

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/hoidap/hoidap/index"
)

// SyncOptions tune Sync.
type SyncOptions struct {
	// Progress, when set, is called now and then from Sync's goroutine
	// with the progress of reading the new and changed files.
	Progress func(Progress)
	// Stable makes a new or changed file count only once its size and
	// mtime are those it had at the previous Sync of this Dir, so that a
	// file being written is not read half-written: a server rescanning the
	// corpus now and then sets it. Other files are Pending. When false,
	// every file counts at once.
	Stable bool
}

// A Folder is a folder of *.txt articles that SyncFolders reads.
type Folder struct {
	// Path is the folder's path.
	Path string
	// Whole says its files are only ever written whole (to a temporary
	// file renamed to its name), so SyncOptions.Stable need not wait for
	// them to stop changing: they count at once.
	Whole bool
}

// A Progress is how far Sync has come.
type Progress struct {
	// Done is how many of the Total new or changed files have been read.
	Done, Total int
	// Elapsed is the time since Sync began.
	Elapsed time.Duration
}

// Changes says what a Sync changed. IDs are sorted.
type Changes struct {
	// Added are the articles new to the data dir, Changed those read
	// again, Removed those deleted: their file is gone, or malformed now.
	Added, Changed, Removed []string
	// Bad are the corpus files that are not served, malformed or sharing an
	// ID, newly found or not, by file name.
	Bad []BadFile
	// Pending is the number of new or changed files left for a later Sync
	// because they were still changing (SyncOptions.Stable).
	Pending int
}

// Batching and timing of Sync.
const (
	// flushPassages and flushFiles bound the passages and files Sync
	// holds before it indexes them and writes the manifest.
	flushPassages = 5000
	flushFiles    = 500
	// racyWindow: a file modified this close to the start of a Sync may
	// be modified again within its mtime's resolution, so its size and
	// mtime are not trusted next time: it is hashed again.
	racyWindow = 2 * time.Second
	// progressEvery is the least time between calls of Progress.
	progressEvery = 100 * time.Millisecond
)

// Sync brings the data dir in step with the *.txt files directly in folder
// corpusDir: new and changed files (by content hash) are read, parsed,
// their facts extracted and their passages indexed; the articles of files
// gone are deleted. A file whose size and mtime are those recorded is not
// read. Malformed files are skipped and reported in Changes.Bad.
//
// An error (a missing corpus folder, a failure to write the data dir, ctx
// ending) stops Sync; what it finished stays, the rest is done by the next
// Sync. Syncs run one at a time; the Dir serves meanwhile.
func (d *Dir) Sync(ctx context.Context, corpusDir string, opt SyncOptions) (Changes, error) {
	return d.SyncFolders(ctx, []Folder{{Path: corpusDir}}, opt)
}

// SyncFolders is Sync over several folders at once, read as one corpus:
// the *.txt files directly in each. A file name found in several folders
// is read from the last of them, which hides the others (so a folder of
// uploads given last overrides the corpus folder's file of that name), and
// a file that moves from one folder to another is read again. Missing
// folders are an error, as for Sync. Bad files are named by file name
// alone.
func (d *Dir) SyncFolders(ctx context.Context, folders []Folder, opt SyncOptions) (Changes, error) {
	d.syncing.Lock()
	defer d.syncing.Unlock()
	if len(folders) == 0 {
		return Changes{}, fmt.Errorf("sync data dir %s: no corpus folder", d.path)
	}
	paths := make([]string, len(folders))
	for i, f := range folders {
		paths[i] = f.Path
	}
	corpusDir := strings.Join(paths, ", ")
	s := &syncer{d: d, opt: opt, start: time.Now(), next: d.man.clone()}
	if err := s.run(ctx, folders); err != nil {
		return Changes{}, fmt.Errorf("sync data dir %s with %s: %w", d.path, corpusDir, err)
	}
	ch := s.ch
	for _, ids := range [][]string{ch.Added, ch.Changed, ch.Removed} {
		slices.Sort(ids)
	}
	slices.SortFunc(ch.Bad, func(a, b BadFile) int { return cmpString(a.File, b.File) })
	slog.Info("datadir: synced", "path", d.path, "corpus", corpusDir,
		"added", len(ch.Added), "changed", len(ch.Changed), "removed", len(ch.Removed),
		"bad", len(ch.Bad), "pending", ch.Pending, "articles", len(d.Articles()),
		"elapsed", time.Since(s.start).Round(time.Millisecond))
	return ch, nil
}

// cmpString compares a and b.
func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// A syncer is one Sync under way.
type syncer struct {
	d     *Dir
	opt   SyncOptions
	start time.Time
	// next is the manifest being made; it is written at each flush.
	next manifest
	ch   Changes
	// deletes and docs are the index changes not flushed yet; files the
	// number of files read since the last flush.
	deletes []string
	docs    []index.Doc
	files   int
	// done is the number of files read; lastProgress when Progress was
	// last called.
	done         int
	lastProgress time.Time
}

// run is Sync under the lock.
func (s *syncer) run(ctx context.Context, folders []Folder) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	files, dups, err := scan(folders)
	if err != nil {
		return err
	}
	last := s.d.last
	s.d.last = files
	s.ch.Bad = dups
	if !s.d.clean {
		if err := s.repair(ctx); err != nil {
			return err
		}
	}
	s.d.clean = false

	var work []job
	for name, st := range files {
		e, ok := s.next.Files[name]
		switch {
		case ok && e.Size == st.Size && e.ModTime == st.ModTime && e.Folder == st.Folder:
			if e.Error != "" {
				s.ch.Bad = append(s.ch.Bad, BadFile{File: name, Err: errors.New(e.Error)})
			}
		case s.opt.Stable && !folders[st.Folder].Whole && !stableSince(last, name, st):
			s.ch.Pending++
		default:
			work = append(work, job{name: name, st: st, oldHash: e.Hash})
		}
	}
	slices.SortFunc(work, func(a, b job) int { return cmpString(a.name, b.name) })

	for _, name := range slices.Sorted(maps.Keys(s.next.Files)) {
		if _, ok := files[name]; ok {
			continue
		}
		if m := s.next.Files[name].Meta; m != nil {
			s.deletes = append(s.deletes, m.ID)
			s.ch.Removed = append(s.ch.Removed, m.ID)
		}
		delete(s.next.Files, name)
		s.files++
	}
	if err := s.flush(ctx); err != nil {
		return err
	}
	if err := s.process(ctx, folders, work); err != nil {
		return err
	}
	if err := s.d.removeOrphans(); err != nil {
		return err
	}
	s.d.clean = true
	return nil
}

// stableSince reports whether file name had stat st at the previous Sync.
func stableSince(last map[string]stat, name string, st stat) bool {
	prev, ok := last[name]
	return ok && prev == st
}

// repair makes the index and the manifest agree, after a Sync cut short:
// it deletes the index entries of articles the manifest does not list, and
// marks the articles the index lacks to be read again (or removed).
func (s *syncer) repair(ctx context.Context) error {
	indexed, err := s.d.ix.Articles(ctx)
	if err != nil {
		return err
	}
	listed := map[string]bool{}
	for _, e := range s.next.Files {
		if e.Meta != nil {
			listed[e.Meta.ID] = true
		}
	}
	var stale []string
	in := make(map[string]bool, len(indexed))
	for _, id := range indexed {
		in[id] = true
		if !listed[id] {
			stale = append(stale, id)
		}
	}
	if len(stale) > 0 {
		slog.Warn("datadir: deleting index entries of articles not in the manifest", "path", s.d.path, "articles", len(stale))
		if err := s.d.ix.DeleteArticles(ctx, stale); err != nil {
			return err
		}
	}
	for name, e := range s.next.Files {
		if e.Meta != nil && e.Meta.Passages > 0 && !in[e.Meta.ID] {
			slog.Warn("datadir: article missing from the index, reading it again", "path", s.d.path, "file", name)
			e.Size, e.Hash = -1, "" // matches no file: read again, or removed
			s.next.Files[name] = e
		}
	}
	return nil
}

// apply records what reading one file gave.
func (s *syncer) apply(r result) {
	old, had := s.next.Files[r.name]
	var oldID string
	if had && old.Meta != nil {
		oldID = old.Meta.ID
	}
	mtime := r.st.ModTime
	if time.Unix(0, mtime).After(s.start.Add(-racyWindow)) {
		mtime = 0 // read it again next time
	}
	switch {
	case r.same:
		old.Size, old.ModTime, old.Folder = r.st.Size, mtime, r.st.Folder
		s.next.Files[r.name] = old
		if old.Error != "" {
			s.ch.Bad = append(s.ch.Bad, BadFile{File: r.name, Err: errors.New(old.Error)})
		}
	case r.bad != nil:
		slog.Info("datadir: skipping a malformed article", "file", r.name, "err", r.bad.Error())
		s.ch.Bad = append(s.ch.Bad, BadFile{File: r.name, Err: r.bad})
		if oldID != "" {
			s.deletes = append(s.deletes, oldID)
			s.ch.Removed = append(s.ch.Removed, oldID)
		}
		if r.hash == "" { // unreadable: try again next time
			delete(s.next.Files, r.name)
		} else {
			s.next.Files[r.name] = entry{Size: r.st.Size, ModTime: mtime, Hash: r.hash, Folder: r.st.Folder, Error: r.bad.Error()}
		}
	default:
		if oldID != "" {
			s.deletes = append(s.deletes, oldID)
			s.ch.Changed = append(s.ch.Changed, r.meta.ID)
		} else {
			s.ch.Added = append(s.ch.Added, r.meta.ID)
		}
		s.docs = append(s.docs, r.docs...)
		s.next.Files[r.name] = entry{Size: r.st.Size, ModTime: mtime, Hash: r.hash, Folder: r.st.Folder, Meta: r.meta}
	}
	s.files++
}

// flush indexes what was read since the last flush and writes the
// manifest.
func (s *syncer) flush(ctx context.Context) error {
	if s.files == 0 {
		return nil
	}
	if len(s.deletes) > 0 {
		if err := s.d.ix.DeleteArticles(ctx, s.deletes); err != nil {
			return err
		}
	}
	if len(s.docs) > 0 {
		if err := s.d.ix.Add(ctx, s.docs); err != nil {
			return err
		}
	}
	if err := s.d.commit(s.next); err != nil {
		return err
	}
	s.deletes, s.docs, s.files = nil, nil, 0
	return nil
}

// progress calls SyncOptions.Progress, at most every progressEvery unless
// final.
func (s *syncer) progress(total int, final bool) {
	if s.opt.Progress == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(s.lastProgress) < progressEvery {
		return
	}
	s.lastProgress = now
	s.opt.Progress(Progress{Done: s.done, Total: total, Elapsed: now.Sub(s.start)})
}

// commit writes m as the manifest and makes it the Dir's.
func (d *Dir) commit(m manifest) error {
	if d.beforeCommit != nil {
		if err := d.beforeCommit(); err != nil {
			return err
		}
	}
	if err := m.write(filepath.Join(d.path, manifestName)); err != nil {
		return err
	}
	d.setManifest(m.clone())
	return nil
}

// removeOrphans removes the article files the manifest does not name: the
// old files of changed and removed articles, and files of a Sync cut short.
func (d *Dir) removeOrphans() error {
	d.mu.RLock()
	keep := make(map[string]bool, len(d.byID))
	for _, m := range d.byID {
		keep[filepath.Base(articlePath(d.path, m.ID, m.Hash))] = true
	}
	d.mu.RUnlock()
	dir := filepath.Join(d.path, articlesName)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("clean up: %w", err)
	}
	for _, e := range entries {
		if !keep[e.Name()] {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("clean up: %w", err)
			}
		}
	}
	return nil
}
