package index

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// openTest opens the on-disk index at path, failing the test on error.
func openTest(t *testing.T, path string) *Index {
	t.Helper()
	ix, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return ix
}

// closeTest closes ix, failing the test on error.
func closeTest(t *testing.T, ix *Index) {
	t.Helper()
	if err := ix.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// testQueries are searches run on both an in-memory and an on-disk index.
var testQueries = []Query{
	{Words: []string{"bằng", "khen"}, Exact: true},
	{Words: []string{"bang", "khen"}},
	{Words: []string{"vi", "pham", "2.430"}},
	{Words: []string{"gioong"}},
	{Words: []string{"mô", "hình"}, Exact: true},
	{Words: []string{"trao"}},
	{Words: []string{"dũng"}, Exact: true},
	{Words: []string{"awards"}, Language: "en"},
	{Words: []string{"hội", "nghị", "police"}, Articles: []string{"a2", "a3"}, Limit: 100},
}

// TestOpenRoundTrip adds passages to an on-disk index, closes and reopens
// it, and checks that it finds what an in-memory index of the same
// passages finds, with the same scores.
func TestOpenRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ix")
	ix := openTest(t, path)
	if ix.Len() != 0 {
		t.Errorf("new index: Len %d, want 0", ix.Len())
	}
	// Two calls: two segments, merged or not.
	if err := ix.Add(ctx, testDocs[:6]); err != nil {
		t.Fatalf("Add: %v", err)
	}
	if err := ix.Add(ctx, testDocs[6:]); err != nil {
		t.Fatalf("Add: %v", err)
	}
	if ix.Len() != len(testDocs) {
		t.Errorf("Len %d, want %d", ix.Len(), len(testDocs))
	}
	closeTest(t, ix)

	ix = openTest(t, path)
	defer closeTest(t, ix)
	if ix.Len() != len(testDocs) {
		t.Errorf("reopened: Len %d, want %d", ix.Len(), len(testDocs))
	}
	mem := newTestIndex(t)
	for _, q := range testQueries {
		want, err := mem.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 {
			t.Errorf("%v: in memory, no hits", q.Words)
		}
		if !sameHits(got, want) {
			t.Errorf("%v: on disk %v, in memory %v", q.Words, got, want)
		}
	}
	arts, err := ix.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a1", "a2", "a3", "a4"}; !slices.Equal(arts, want) {
		t.Errorf("Articles %q, want %q", arts, want)
	}
}

// sameHits reports whether a and b hold the same passages in the same
// order with scores within 10%: bleve's BM25 scores move a little with how
// the index is cut into segments, and an index on disk is cut and merged
// otherwise than one in memory.
func sameHits(a, b []Hit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || math.Abs(a[i].Score-b[i].Score) > 0.1*math.Max(a[i].Score, b[i].Score) {
			return false
		}
	}
	return true
}

// TestAddReplaces checks that a passage added again under its ID is
// replaced, not doubled.
func TestAddReplaces(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	defer closeTest(t, ix)
	if err := ix.Add(ctx, []Doc{{ID: "x/p1", Article: "x", Text: "Nông dân thu hoạch lúa."}}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(ctx, []Doc{{ID: "x/p1", Article: "x", Text: "Cảnh sát giao thông xử lý vi phạm."}}); err != nil {
		t.Fatal(err)
	}
	if ix.Len() != 1 {
		t.Errorf("Len %d, want 1", ix.Len())
	}
	for _, tt := range []struct {
		word string
		want int
	}{{"lúa", 0}, {"cảnh", 1}} {
		hits, err := ix.Search(ctx, Query{Words: []string{tt.word}})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tt.want {
			t.Errorf("%s: hits %v, want %d", tt.word, hits, tt.want)
		}
	}
}

func TestAddInvalid(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	defer closeTest(t, ix)
	tests := []struct {
		name string
		docs []Doc
	}{
		{"no ID", []Doc{{Article: "a", Text: "x"}}},
		{"duplicate", []Doc{{ID: "a/p1", Text: "x"}, {ID: "a/p1", Text: "y"}}},
		{"language", []Doc{{ID: "a/p1", Text: "x", Language: "fr"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := ix.Add(ctx, tt.docs); err == nil {
				t.Error("no error")
			}
			if ix.Len() != 0 {
				t.Errorf("Len %d after a refused Add", ix.Len())
			}
		})
	}
}

func TestDeleteArticle(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir()
	ix := openTest(t, path)
	if err := ix.Add(ctx, testDocs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		article string
		want    int // passages left
	}{
		{"a1", len(testDocs) - 5},
		{"a1", len(testDocs) - 5}, // again: nothing to delete
		{"zz", len(testDocs) - 5},
		{"a3", len(testDocs) - 8},
	}
	for _, tt := range tests {
		if err := ix.DeleteArticle(ctx, tt.article); err != nil {
			t.Fatalf("DeleteArticle(%s): %v", tt.article, err)
		}
		if ix.Len() != tt.want {
			t.Errorf("after deleting %s: Len %d, want %d", tt.article, ix.Len(), tt.want)
		}
	}
	closeTest(t, ix)

	ix = openTest(t, path)
	defer closeTest(t, ix)
	if want := len(testDocs) - 8; ix.Len() != want {
		t.Errorf("reopened: Len %d, want %d", ix.Len(), want)
	}
	hits, err := ix.Search(ctx, Query{Words: []string{"hội", "nghị", "bằng", "khen", "police", "mô", "hình"}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal("no hits left")
	}
	for _, h := range hits {
		if art := h.ID[:2]; art == "a1" || art == "a3" {
			t.Errorf("hit %s of a deleted article", h.ID)
		}
	}
	arts, err := ix.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a2", "a4"}; !slices.Equal(arts, want) {
		t.Errorf("Articles %q, want %q", arts, want)
	}
}

// TestOpenInUse checks that a second Open of a folder fails at once with
// ErrInUse, and succeeds once the first is closed.
func TestOpenInUse(t *testing.T) {
	path := t.TempDir()
	ix := openTest(t, path)
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrInUse) {
		t.Errorf("second Open: %v, want ErrInUse", err)
	}
	closeTest(t, ix)
	closeTest(t, openTest(t, path))
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other")
	if err := os.MkdirAll(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		path string
	}{
		{"a file", context.Background(), file},
		{"a folder of other files", context.Background(), other},
		{"canceled", canceled, filepath.Join(dir, "new")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := Open(tt.ctx, tt.path)
			if err == nil {
				ix.Close()
				t.Fatal("no error")
			}
		})
	}
	// The folder of other files is left as it was.
	entries, err := os.ReadDir(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "notes.txt" {
			t.Errorf("Open wrote %s into a folder of other files", e.Name())
		}
	}
}

// TestOpenMappingVersion checks that an index recorded with another
// mapping version is refused.
func TestOpenMappingVersion(t *testing.T) {
	path := t.TempDir()
	ix := openTest(t, path)
	if err := ix.idx.SetInternal(versionKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	closeTest(t, ix)
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrMappingVersion) {
		t.Errorf("Open: %v, want ErrMappingVersion", err)
	}
}
