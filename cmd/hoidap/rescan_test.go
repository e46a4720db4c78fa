package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

const (
	seedID   = "000_5733c26161288d00"
	kontumID = "001_2bd7fa3da5dabe67"
)

// copyArticle copies article id of testdata/articles/multi into dir.
func copyArticle(t *testing.T, dir, id string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "multi", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, id+".txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRescan serves a data dir, adds an article to the corpus folder and
// removes one: after rescans (a new file counts once it has stopped
// changing) the library answers from the new one and no longer lists the
// removed one. A bad file is logged once.
func TestRescan(t *testing.T) {
	ctx := context.Background()
	corpusDir, dataDir := t.TempDir(), filepath.Join(t.TempDir(), "data")
	copyArticle(t, corpusDir, seedID)
	lib, scan, err := openLibrary(ctx, corpusDir, dataDir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if scan == nil {
		t.Fatal("no rescanner with a data dir and a corpus folder")
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	named := library.Request{Question: "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?"}

	copyArticle(t, corpusDir, kontumID)
	if err := os.WriteFile(filepath.Join(corpusDir, "bad.txt"), []byte("no date line"), 0o644); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name     string
		change   func()
		articles int
		added    []string
		removed  []string
	}{
		{"new file seen", nil, 1, nil, nil},
		{"new file stable", nil, 2, []string{kontumID}, nil},
		{"nothing changed", nil, 2, nil, nil},
		{"file removed", func() { os.Remove(filepath.Join(corpusDir, seedID+".txt")) }, 1, nil, []string{seedID}},
	}
	for _, st := range steps {
		if st.change != nil {
			st.change()
		}
		ch, err := scan.rescan(ctx, log)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := len(lib.Articles()); got != st.articles || strings.Join(ch.Added, ",") != strings.Join(st.added, ",") || strings.Join(ch.Removed, ",") != strings.Join(st.removed, ",") {
			t.Errorf("%s: %d articles, changes %+v", st.name, got, ch)
		}
		if st.name == "new file stable" {
			if a := lib.Ask(ctx, named); a.Article != kontumID || !strings.Contains(a.Answer, "12/11") {
				t.Errorf("after the rescan: %q from %q", a.Answer, a.Article)
			}
		}
	}
	if n := strings.Count(logs.String(), "bad.txt"); n != 1 {
		t.Errorf("the bad file logged %d times:\n%s", n, logs.String())
	}
	if _, ok := lib.Meta(seedID); ok {
		t.Error("the removed article is still listed")
	}
}

// TestOpenLibraryNoRescanner: without a data dir, or without a corpus
// folder, there is nothing to rescan.
func TestOpenLibraryNoRescanner(t *testing.T) {
	ctx := context.Background()
	lib, scan, err := openLibrary(ctx, "", "", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	lib.Close()
	if scan != nil {
		t.Error("a rescanner without a data dir")
	}
}

func TestPruneStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SetState(ctx, 1, "article", []byte(`"x"`)); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	tests := []struct {
		name string
		now  time.Time
		rows int64
	}{
		{"within retention", time.Now(), 0},
		{"past retention", time.Now().Add(store.DefaultRetention + time.Hour), 1},
	}
	for _, tt := range tests {
		n, err := pruneStore(ctx, st, store.DefaultRetention, tt.now, log)
		if err != nil || n != tt.rows {
			t.Errorf("%s: pruned %d rows (%v), want %d", tt.name, n, err, tt.rows)
		}
	}
}

func TestServeSettings(t *testing.T) {
	tests := []struct {
		env       map[string]string
		retention time.Duration
		scan      time.Duration
		err       string
	}{
		{nil, store.DefaultRetention, 10 * time.Second, ""},
		{map[string]string{"STORE_RETENTION": "30d", "CORPUS_SCAN": "1m"}, 30 * 24 * time.Hour, time.Minute, ""},
		{map[string]string{"STORE_RETENTION": "soon"}, 0, 0, "STORE_RETENTION"},
		{map[string]string{"CORPUS_SCAN": "-1s"}, 0, 0, "CORPUS_SCAN"},
	}
	for _, tt := range tests {
		s, err := readServeSettings(func(k string) string { return tt.env[k] })
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%v: error %v, want one naming %s", tt.env, err, tt.err)
			}
		case err != nil || s.retention != tt.retention || s.scan != tt.scan:
			t.Errorf("%v: %+v, %v", tt.env, s, err)
		}
	}
}

func TestStoreURL(t *testing.T) {
	tests := []struct{ flag, data, want string }{
		{"postgres://h/db", "/srv/data", "postgres://h/db"},
		{"", "/srv/data", "sqlite:///srv/data/hoidap.db"},
		{"", "data", "sqlite://data/hoidap.db"},
	}
	for _, tt := range tests {
		if got, err := storeURL(tt.flag, tt.data); got != tt.want || err != nil {
			t.Errorf("storeURL(%q, %q) = %q, %v, want %q", tt.flag, tt.data, got, err, tt.want)
		}
	}
	if _, err := storeURL("", ""); !errors.Is(err, errNoStore) {
		t.Errorf("storeURL without a URL or a data dir: %v, want errNoStore", err)
	}
}

// TestRescanUploads: the articles kept in the store are written into the
// data dir's uploads folder at each rescan and served at once; an upload
// of a corpus file's name wins; an article deleted from the store is
// removed, and the corpus file it hid serves again.
func TestRescanUploads(t *testing.T) {
	ctx := context.Background()
	corpusDir, dataDir := t.TempDir(), filepath.Join(t.TempDir(), "data")
	copyArticle(t, corpusDir, seedID)
	lib, scan, err := openLibrary(ctx, corpusDir, dataDir, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	st, err := store.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	scan.store = st
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	read := func(id string) []byte {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "multi", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	seed, kontum := read(seedID), read(kontumID)
	steps := []struct {
		name   string
		change func() error
		// hashes are the articles served and the hash of each.
		hashes map[string][]byte
		files  []string // in the uploads folder
	}{
		{"first rescan", func() error { return nil },
			map[string][]byte{seedID: seed}, nil},
		{"an upload serves at once", func() error { return st.PutArticle(ctx, "kontum", kontum) },
			map[string][]byte{seedID: seed, "kontum": kontum}, []string{"kontum.txt"}},
		{"nothing changed", func() error { return nil },
			map[string][]byte{seedID: seed, "kontum": kontum}, []string{"kontum.txt"}},
		{"an upload of the corpus file's name wins", func() error { return st.PutArticle(ctx, seedID, kontum) },
			map[string][]byte{seedID: kontum, "kontum": kontum}, []string{seedID + ".txt", "kontum.txt"}},
		{"a changed upload", func() error { return st.PutArticle(ctx, "kontum", seed) },
			map[string][]byte{seedID: kontum, "kontum": seed}, []string{seedID + ".txt", "kontum.txt"}},
		{"a bad name in the store is skipped", func() error { return st.PutArticle(ctx, "../x", kontum) },
			map[string][]byte{seedID: kontum, "kontum": seed}, []string{seedID + ".txt", "kontum.txt"}},
		{"deleted uploads go", func() error {
			return errors.Join(st.DeleteArticle(ctx, "kontum"), st.DeleteArticle(ctx, "../x"), st.DeleteArticle(ctx, seedID))
		}, nil, nil},
		// The corpus file hidden by the upload counts once stable.
		{"the hidden corpus file serves again", func() error { return nil },
			map[string][]byte{seedID: seed}, nil},
	}
	for _, s := range steps {
		if err := s.change(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if _, err := scan.rescan(ctx, log); err != nil {
			t.Fatalf("%s: rescan: %v", s.name, err)
		}
		entries, err := os.ReadDir(uploadsDir(dataDir))
		if err != nil {
			t.Fatal(err)
		}
		var files []string
		for _, e := range entries {
			files = append(files, e.Name())
		}
		if strings.Join(files, ",") != strings.Join(s.files, ",") {
			t.Errorf("%s: uploads folder holds %v, want %v", s.name, files, s.files)
		}
		if s.hashes == nil {
			continue
		}
		if n := len(lib.Articles()); n != len(s.hashes) {
			t.Errorf("%s: %d articles served, want %d", s.name, n, len(s.hashes))
		}
		for id, data := range s.hashes {
			if m, ok := lib.Meta(id); !ok || m.Hash != corpus.Hash(data) {
				t.Errorf("%s: article %s = %+v, %v; want the hash of the text given", s.name, id, m, ok)
			}
		}
	}
	// A store that cannot be read leaves the uploads folder as it is, and
	// the error is returned.
	if err := st.PutArticle(ctx, "kontum", kontum); err != nil {
		t.Fatal(err)
	}
	if _, err := scan.rescan(ctx, log); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := scan.rescan(ctx, log); err == nil {
		t.Error("rescan with a closed store: no error")
	}
	if _, ok := lib.Meta("kontum"); !ok {
		t.Error("the upload went when the store could not be read")
	}
}
