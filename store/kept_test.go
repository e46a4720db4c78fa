package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// runKeptSuite runs what a store kept in a database (not memory) must do:
// keep its contents and chat keys when opened again, and share them with
// another store open on the same database at once.
func runKeptSuite(t *testing.T, b backend) {
	t.Run("reopen", func(t *testing.T) {
		t.Parallel()
		testReopen(t, b.url(t))
	})
	t.Run("two at once", func(t *testing.T) {
		t.Parallel()
		testTwoAtOnce(t, b.url(t))
	})
	t.Run("newer schema", func(t *testing.T) {
		t.Parallel()
		testNewerSchema(t, b.url(t))
	})
}

func testReopen(t *testing.T, rawURL string) {
	ctx := t.Context()
	first, err := Open(ctx, rawURL)
	if err != nil {
		t.Fatal(err)
	}
	const chat = int64(-100555)
	if err := first.SetState(ctx, chat, "article", []byte("000_x")); err != nil {
		t.Fatal(err)
	}
	id, err := first.Record(ctx, Record{Time: t0, Chat: chat, Article: "a", Question: "q", Kind: "none"})
	if err != nil {
		t.Fatal(err)
	}
	if err := first.SetCurated(ctx, Curated{Article: "a", Key: "q", Answer: "A", Updated: t0}); err != nil {
		t.Fatal(err)
	}
	if err := first.PutArticle(ctx, "up_1", []byte("date 2024-09 x")); err != nil {
		t.Fatal(err)
	}
	key := first.(*sqlStore).chatKey(chat)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	// Opened again, migrations are not applied twice and all is there.
	s := openStore(t, rawURL)
	if got := s.chatKey(chat); got != key {
		t.Errorf("chat key after reopening = %s, want %s: the secret was not kept", got, key)
	}
	if v, ok, err := s.State(ctx, chat, "article"); err != nil || !ok || string(v) != "000_x" {
		t.Errorf("State after reopening = %q, %v, %v; want 000_x", v, ok, err)
	}
	if err := s.Feedback(ctx, id, -1); err != nil {
		t.Errorf("Feedback on a record made before reopening: %v", err)
	}
	r, err := s.Report(ctx, t0, 0)
	if err != nil || r.Questions != 1 || r.Askers != 1 || r.Down != 1 {
		t.Errorf("Report after reopening = %+v, %v; want 1 question by 1 asker voted down", r, err)
	}
	if c, ok, err := s.Curated(ctx, "a", "q"); err != nil || !ok || c.Answer != "A" {
		t.Errorf("Curated after reopening = %+v, %v, %v", c, ok, err)
	}
	if data, err := s.Article(ctx, "up_1"); err != nil || string(data) != "date 2024-09 x" {
		t.Errorf("Article after reopening = %q, %v", data, err)
	}
	ms, err := migrations(s.d)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(ms) {
		t.Errorf("schema_migrations has %d rows (%v) after opening twice, want %d", n, err, len(ms))
	}
}

func testTwoAtOnce(t *testing.T, rawURL string) {
	ctx := t.Context()
	// Opened at the same moment, as two replicas starting together: both
	// migrate and make the secret without tripping over each other.
	var a, b *sqlStore
	var wg sync.WaitGroup
	var errA, errB error
	wg.Go(func() {
		var s Store
		if s, errA = Open(ctx, rawURL); errA == nil {
			a = s.(*sqlStore)
		}
	})
	wg.Go(func() {
		var s Store
		if s, errB = Open(ctx, rawURL); errB == nil {
			b = s.(*sqlStore)
		}
	})
	wg.Wait()
	for _, s := range []*sqlStore{a, b} {
		if s != nil {
			t.Cleanup(func() { s.Close() })
		}
	}
	if errA != nil || errB != nil {
		t.Fatalf("opening twice at once: %v; %v", errA, errB)
	}
	if a.chatKey(42) != b.chatKey(42) {
		t.Fatalf("two stores on one database give chat 42 the keys %s and %s", a.chatKey(42), b.chatKey(42))
	}
	if err := a.SetState(ctx, 42, "turn", []byte("from a")); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := b.State(ctx, 42, "turn"); err != nil || !ok || string(v) != "from a" {
		t.Errorf("b.State = %q, %v, %v; want what a set", v, ok, err)
	}
	id, err := b.Record(ctx, Record{Time: t0, Chat: 42, Article: "a", Question: "q", Kind: "fact"})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Feedback(ctx, id, 1); err != nil {
		t.Errorf("a.Feedback on b's record: %v", err)
	}
	// Both write at once.
	const each = 25
	errs := make(chan error, 2*each)
	for _, s := range []*sqlStore{a, b} {
		wg.Go(func() {
			for i := range each {
				if _, err := s.Record(ctx, Record{Time: t0, Chat: int64(i), Article: "a", Question: "q", Kind: "none"}); err != nil {
					errs <- err
				}
				if err := s.SetState(ctx, int64(i), "turn", []byte(s.kind)); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, s := range []*sqlStore{a, b} {
		r, err := s.Report(ctx, t0, 0)
		if err != nil || r.Questions != 1+2*each || r.Up != 1 {
			t.Errorf("Report = %+v, %v; want %d questions, 1 up", r, err, 1+2*each)
		}
	}
}

func testNewerSchema(t *testing.T, rawURL string) {
	s := openStore(t, rawURL)
	if _, err := s.db.ExecContext(t.Context(), `INSERT INTO schema_migrations (version, name, applied) VALUES (9999, '9999_future.sql', 0)`); err != nil {
		t.Fatal(err)
	}
	got, err := Open(t.Context(), rawURL)
	if err == nil {
		got.Close()
		t.Fatal("Open on a database of a newer schema succeeded")
	}
	if !strings.Contains(err.Error(), "version 9999, newer than this program's") || !strings.HasPrefix(err.Error(), "store: open ") {
		t.Errorf("Open on a database of a newer schema: %v; want it to say so", err)
	}
}

// testSQLiteFile checks what only a SQLite file shows: WAL mode, the busy
// timeout, and that no chat id is written in the file, its journal or its
// index.
func testSQLiteFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	rawURL := "sqlite://" + filepath.Join(dir, "hoidap.db")
	s := openStore(t, rawURL)
	ctx := t.Context()
	var mode string
	var timeout int
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&timeout); err != nil || timeout != int(sqliteBusyTimeout/time.Millisecond) {
		t.Errorf("busy_timeout = %d, %v; want %d", timeout, err, sqliteBusyTimeout/time.Millisecond)
	}
	recordChats(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "hoidap.db*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no database files in %s: %v", dir, err)
	}
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	if !bytes.Contains(all, []byte("privacy marker")) {
		t.Fatalf("the files %q lack the recorded question: the scan is broken", files)
	}
	for _, chat := range secretChats {
		for _, form := range chatIDForms(chat) {
			if bytes.Contains(all, form) {
				t.Errorf("the files %q hold chat id %d as % x", files, chat, form)
			}
		}
	}
}

func TestOpenBadURL(t *testing.T) {
	tests := []struct {
		url, want string
	}{
		{"mysql://x/y", `unknown scheme "mysql"`},
		{"/var/lib/hoidap.db", "no scheme"},
		{"", "no scheme"},
		{"sqlite:", "want sqlite:///abs/path.db"},
		{"sqlite://", "want sqlite:///abs/path.db"},
		{"sqlite:rel.db", "want sqlite:///abs/path.db"},
		{"sqlite:///tmp/x.db?mode=ro", "no query"},
		{"memory:x", `want just "memory:"`},
		{"redis://:hunter2@host/0", "xxxxx"}, // the password is hidden
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			s, err := Open(t.Context(), tt.url)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.url)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "store: open") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "hunter2") {
				t.Errorf("Open(%q) = %q, want it to say %q", tt.url, msg, tt.want)
			}
			if strings.Contains(tt.want, "scheme") && !strings.Contains(msg, `"sqlite://PATH", "postgres://…", "postgresql://…" or "memory:"`) {
				t.Errorf("Open(%q) = %q, want it to name the accepted schemes", tt.url, msg)
			}
		})
	}
}

func TestOpenSQLiteRelative(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	s := openStore(t, "sqlite://data/rel.db")
	if err := s.SetState(t.Context(), 1, "a", []byte("b")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "rel.db")); err != nil {
		t.Errorf("sqlite://data/rel.db is not data/rel.db in the working folder: %v", err)
	}
}

func TestOpenPostgresUnreachable(t *testing.T) {
	// Nothing listens on port 1; the caller's timeout bounds the wait even
	// where connect_timeout would not.
	for _, rawURL := range []string{
		"postgres://127.0.0.1:1/x?connect_timeout=1&sslmode=disable",
		"postgresql://hoidap:secretpw@127.0.0.1:1/x?sslmode=disable",
	} {
		ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
		start := time.Now()
		s, err := Open(ctx, rawURL)
		cancel()
		if err == nil {
			s.Close()
			t.Fatalf("Open(%q) succeeded", rawURL)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Open(%q) took %v to fail", rawURL, d)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "store: open postgres") || !strings.Contains(msg, "cannot reach the database") || strings.Contains(msg, "secretpw") {
			t.Errorf("Open(%q) = %q; want a store error saying the database cannot be reached, without the password", rawURL, msg)
		}
	}
}
