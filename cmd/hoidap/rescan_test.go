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
