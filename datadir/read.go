package datadir

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// A job is a corpus file to read.
type job struct {
	name string
	st   stat
	// oldHash is the manifest's hash of the file, empty when it is new.
	oldHash string
}

// A result is what reading one corpus file gave.
type result struct {
	name string
	st   stat
	// hash is the hex sha256 of the file's bytes, empty when they could
	// not be read.
	hash string
	// same: the bytes are those the manifest records; nothing was parsed.
	same bool
	// bad says why the file is not an article.
	bad error
	// meta and docs are the article's, when it is one.
	meta *Meta
	docs []index.Doc
	// err is a failure to write the data dir: Sync stops.
	err error
}

// process reads the files of work on every CPU, applies the results in
// the order they come and flushes them in batches.
func (s *syncer) process(ctx context.Context, folders []Folder, work []job) error {
	if len(work) == 0 {
		return nil
	}
	s.progress(len(work), true)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make(chan result)
	go func() {
		defer close(jobs)
		for _, j := range work {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range jobs {
				select {
				case results <- s.d.read(folders[j.st.Folder].Path, j):
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var err error
	for r := range results {
		if err != nil {
			continue // drain: the workers stop
		}
		if r.err != nil {
			err = r.err
			cancel()
			continue
		}
		s.apply(r)
		s.done++
		if len(s.docs) >= flushPassages || s.files >= flushFiles {
			if err = s.flush(ctx); err != nil {
				cancel()
				continue
			}
		}
		s.progress(len(work), false)
	}
	if err != nil {
		return err
	}
	if s.done < len(work) {
		return ctx.Err()
	}
	if err := s.flush(ctx); err != nil {
		return err
	}
	s.progress(len(work), true)
	return nil
}

// read reads, hashes and, unless its hash is the manifest's, parses the
// corpus file of j in folder corpusDir, extracts its facts and writes the article's file.
func (d *Dir) read(corpusDir string, j job) result {
	r := result{name: j.name, st: j.st}
	d.reads.Add(1)
	data, err := os.ReadFile(filepath.Join(corpusDir, j.name))
	if err != nil {
		r.bad = err
		return r
	}
	r.hash = corpus.Hash(data)
	if r.hash == j.oldHash {
		r.same = true
		return r
	}
	d.parses.Add(1)
	a, facts, err := parse(idOf(j.name), data)
	if err != nil {
		r.bad = err
		return r
	}
	if err := writeArticle(d.path, r.hash, a, facts); err != nil {
		r.err = err
		return r
	}
	r.meta = &Meta{
		ID:       a.ID,
		Title:    a.Headline(),
		Source:   a.Source,
		Section:  a.Section,
		Language: a.Language,
		Date:     a.Date,
		File:     j.name,
		Hash:     r.hash,
		Passages: len(a.Passages),
	}
	r.docs = make([]index.Doc, len(a.Passages))
	for i, p := range a.Passages {
		r.docs[i] = index.Doc{ID: p.ID, Article: a.ID, Text: p.Text, Language: a.Language}
	}
	return r
}

// parse parses an article and extracts its facts. A panic in either is
// an error: one file must not stop the others.
func parse(id string, data []byte) (a *corpus.Article, facts []corpus.Fact, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, facts, err = nil, nil, fmt.Errorf("internal error reading article %s: %v", id, p)
		}
	}()
	a, err = corpus.Parse(id, data)
	if err != nil {
		return nil, nil, err
	}
	switch a.Language {
	case "", "vi", "en":
	default:
		return nil, nil, fmt.Errorf("article %s: unknown language %q", id, a.Language)
	}
	return a, corpus.Extract(a), nil
}
