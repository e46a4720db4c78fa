package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	// The database/sql drivers: "pgx" for PostgreSQL, "sqlite" for SQLite
	// files and memory (pure Go, so the binary stays static).
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// The accepted URL schemes, for errors.
const schemes = `"sqlite://PATH", "postgres://…", "postgresql://…" or "memory:"`

// sqliteBusyTimeout is how long a SQLite connection waits for another
// connection's, or another process's, write lock before it gives up.
const sqliteBusyTimeout = 5 * time.Second

// Open opens the store a URL names:
//
//   - "sqlite:///abs/path/hoidap.db" or "sqlite://relative/path.db": a SQLite
//     file, created with its folder if missing, in WAL mode so that several
//     processes can share it;
//   - "postgres://…" or "postgresql://…": a PostgreSQL database, with the
//     connection string's parameters (search_path, sslmode, connect_timeout…);
//   - "memory:": a store in memory, lost on Close.
//
// It pings the database with ctx, so the caller's timeout bounds how long
// an unreachable database is waited for, then applies the pending schema
// migrations and reads, or first makes, the secret of the chat keys.
func Open(ctx context.Context, rawURL string) (Store, error) {
	scheme, rest, ok := strings.Cut(rawURL, ":")
	if !ok {
		return nil, fmt.Errorf("store: open %q: no scheme: want %s", redact(rawURL), schemes)
	}
	var (
		kind, driver, dsn string
		d                 dialect
		maxConns          int
	)
	switch strings.ToLower(scheme) {
	case "sqlite":
		path, ok := strings.CutPrefix(rest, "//")
		if !ok || path == "" {
			return nil, fmt.Errorf("store: open %q: want sqlite:///abs/path.db or sqlite://relative/path.db", rawURL)
		}
		if strings.ContainsAny(path, "?#") {
			return nil, fmt.Errorf("store: open %q: a SQLite path takes no query or fragment", rawURL)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("store: open %q: %w", rawURL, err)
		}
		kind, driver, d, maxConns = "sqlite", "sqlite", sqliteDialect, 4
		// _txlock=immediate: a transaction takes the write lock when it
		// begins, so two writers wait for each other (busy_timeout) rather
		// than fail upgrading a read lock.
		dsn = fmt.Sprintf("%s?_busy_timeout=%d&_journal_mode=WAL&_txlock=immediate",
			path, sqliteBusyTimeout.Milliseconds())
	case "memory":
		if rest != "" {
			return nil, fmt.Errorf("store: open %q: want just \"memory:\"", rawURL)
		}
		// One named in-memory database per store; with one connection it
		// lives as long as the store.
		kind, driver, d, maxConns = "memory", "sqlite", sqliteDialect, 1
		dsn = "file:hoidap-" + rand.Text() + "?mode=memory&cache=shared"
	case "postgres", "postgresql":
		kind, driver, d, maxConns = "postgres", "pgx", postgresDialect, 10
		dsn = rawURL
	default:
		return nil, fmt.Errorf("store: open %q: unknown scheme %q: want %s", redact(rawURL), scheme, schemes)
	}

	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s %s: %w", kind, redact(rawURL), err)
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	if kind == "memory" {
		// The database goes with its last connection.
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	}
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s %s: cannot reach the database: %w", kind, redact(rawURL), err)
	}
	s := &sqlStore{db: db, d: d, kind: kind}
	if err := migrate(ctx, db, d); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s %s: %w", kind, redact(rawURL), err)
	}
	if s.secret, err = loadSecret(ctx, s); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s %s: %w", kind, redact(rawURL), err)
	}
	return s, nil
}

// sqliteBusy is SQLite's primary result code SQLITE_BUSY: another
// connection holds a lock this one needs. An extended result code keeps
// its primary code in its low byte (sqlitePrimary).
const (
	sqliteBusy    = 5
	sqlitePrimary = 0xff
)

// busyRetryPause is how long ping waits before it connects again after a
// connection's setup met SQLITE_BUSY.
const busyRetryPause = 20 * time.Millisecond

// ping connects once to check that the database is there. A new SQLite file
// opened by two processes at once can refuse the second connection's setup
// with SQLITE_BUSY without waiting out the busy timeout (the switch to WAL
// mode takes a lock SQLite does not wait for), so a busy setup is tried
// again until sqliteBusyTimeout has passed or ctx is done.
func ping(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(sqliteBusyTimeout)
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(busyRetryPause):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY, in any of its
// extended forms.
func isBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&sqlitePrimary == sqliteBusy
}

// redact hides the password of a URL, for errors and logs.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}
