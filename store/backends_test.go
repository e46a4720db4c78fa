package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A backend makes fresh, empty stores for the shared suite.
type backend struct {
	name string
	// url returns the URL of a fresh, empty store, or skips t.
	url func(t *testing.T) string
	// kept tells whether a store can be opened again from its URL with its
	// contents (not memory:).
	kept bool
}

var (
	memoryBackend = backend{name: "memory", url: func(*testing.T) string { return "memory:" }}
	sqliteBackend = backend{name: "sqlite", kept: true, url: func(t *testing.T) string {
		// A folder that does not exist yet: Open makes it.
		return "sqlite://" + filepath.Join(t.TempDir(), "data", "hoidap.db")
	}}
	postgresBackend = backend{name: "postgres", kept: true, url: postgresURL}
)

// postgresEnv names the variable that holds the URL of a PostgreSQL server
// the tests may create schemas in.
const postgresEnv = "HOIDAP_TEST_POSTGRES"

// postgresURL returns the URL of the test server with a fresh schema of its
// own as search_path, dropped when t ends, so parallel tests and runs never
// see each other's tables. It skips t when postgresEnv is unset.
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " is not set: the PostgreSQL tests need a server, e.g. " +
			postgresEnv + "=postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	schema := "hoidap_test_" + strings.ToLower(rand.Text())
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		db.Close()
		t.Fatalf("create schema on %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		db.Close()
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openStore opens the store at rawURL, to be closed when t ends.
func openStore(t *testing.T, rawURL string) *sqlStore {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := Open(ctx, rawURL)
	if err != nil {
		t.Fatalf("Open(%q): %v", rawURL, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s.(*sqlStore)
}

func TestStoreMemory(t *testing.T) {
	runSuite(t, memoryBackend)
}

func TestStoreSQLite(t *testing.T) {
	runSuite(t, sqliteBackend)
	runKeptSuite(t, sqliteBackend)
	t.Run("file", testSQLiteFile)
}

func TestStorePostgres(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip(postgresEnv + " is not set: the PostgreSQL tests need a server")
	}
	runSuite(t, postgresBackend)
	runKeptSuite(t, postgresBackend)
}
