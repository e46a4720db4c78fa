package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/datadir"
)

// TestDirShelf serves a data dir's articles, then applies a changed file:
// the changed article's next answer comes from its new text.
func TestDirShelf(t *testing.T) {
	ctx := context.Background()
	corpusDir := t.TempDir()
	for _, id := range []string{seedID, kontumID} {
		b, err := os.ReadFile(filepath.Join(multiDir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpusDir, id+".txt"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := datadir.Open(ctx, filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Sync(ctx, corpusDir, datadir.SyncOptions{}); err != nil {
		t.Fatal(err)
	}
	l := New(DirShelf(d), 0)
	defer l.Close()
	if as := l.Articles(); len(as) != 2 || as[0].ID != kontumID || as[0].Title == "" {
		t.Fatalf("Articles() = %+v", as)
	}
	q := Request{Question: "Lễ bế mạc diễn ra vào ngày nào?", Article: kontumID}
	if a := l.Ask(ctx, q); a.Article != kontumID || !strings.Contains(a.Answer, "12/11") {
		t.Fatalf("before the change: %s %q from %q", a.Kind, a.Answer, a.Article)
	}
	if a := l.Ask(ctx, Request{Question: "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?"}); a.Article != kontumID {
		t.Errorf("routing over the data dir's index: %s %q from %q", a.Kind, a.Answer, a.Article)
	}

	path := filepath.Join(corpusDir, kontumID+".txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(b), "12/11", "14/11")), 0o644); err != nil {
		t.Fatal(err)
	}
	ch, err := d.Sync(ctx, corpusDir, datadir.SyncOptions{})
	if err != nil || len(ch.Changed) != 1 {
		t.Fatalf("Sync: %+v, %v", ch, err)
	}
	l.Refresh(ch.Changed...)
	if a := l.Ask(ctx, q); !strings.Contains(a.Answer, "14/11") {
		t.Errorf("after the change: %s %q", a.Kind, a.Answer)
	}
	// The listing knows each article's file by its hash: the changed one's
	// is that of its new bytes.
	b, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := l.Meta(kontumID); !ok || m.Hash != corpus.Hash(b) {
		t.Errorf("Meta(%q).Hash = %q, want the hash of the changed file %s", kontumID, m.Hash, corpus.Hash(b))
	}
	a, err := DirShelf(d).Article(ctx, kontumID)
	if err != nil || a.Hash != corpus.Hash(b) {
		t.Errorf("the data dir's article %q has Hash %q (%v), want %s", kontumID, a.Hash, err, corpus.Hash(b))
	}
}
