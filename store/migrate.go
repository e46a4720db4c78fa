package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrationsFS holds the schema migrations, one folder per dialect, each
// file named NNNN_what.sql and applied in order of its number.
//
//go:embed migrations/*/*.sql
var migrationsFS embed.FS

// A migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrationLock is the PostgreSQL advisory lock key that serialises
// migrations between replicas opening the same database at once.
const migrationLock = 0x686f6964617000 // "hoidap"

// migrations returns the dialect's migrations, in order.
func migrations(d dialect) ([]migration, error) {
	dir := path.Join("migrations", d.name)
	entries, err := fs.ReadDir(migrationsFS, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migrations: %s/%s: want NNNN_name.sql", dir, e.Name())
		}
		b, err := fs.ReadFile(migrationsFS, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("migrations: %w", err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migrations: %s/%s: version %d, want %d", dir, m.name, m.version, i+1)
		}
	}
	return ms, nil
}

// migrate applies the migrations the database has not had, each in a
// transaction that records it in schema_migrations. It fails when the
// database has a newer schema than this program knows.
func migrate(ctx context.Context, db *sql.DB, d dialect) error {
	ms, err := migrations(d)
	if err != nil {
		return err
	}
	err = inTx(ctx, db, func(tx *sql.Tx) error {
		if err := lockMigrations(ctx, tx, d); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	applied BIGINT NOT NULL
)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	var latest sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&latest); err != nil {
		return fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	if int(latest.Int64) > len(ms) {
		return fmt.Errorf("migrate: the database's schema is version %d, newer than this program's %d: run a newer hoidap", latest.Int64, len(ms))
	}
	for _, m := range ms[latest.Int64:] {
		applied := false
		err := inTx(ctx, db, func(tx *sql.Tx) error {
			if err := lockMigrations(ctx, tx, d); err != nil {
				return err
			}
			// Another replica may have applied it since it was read.
			var n int
			if err := tx.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, d.q(`INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`),
				m.version, m.name, time.Now().UnixNano())
			applied = err == nil
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: %s: %w", m.name, err)
		}
		if applied {
			slog.InfoContext(ctx, "store: schema migration applied", "dialect", d.name, "migration", m.name)
		}
	}
	return nil
}

// lockMigrations makes tx, on PostgreSQL, wait for any other replica's
// migration transaction to end; on SQLite every transaction begins with the
// write lock already.
func lockMigrations(ctx context.Context, tx *sql.Tx, d dialect) error {
	if !d.dollar {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock))
	return err
}

// inTx runs f in a transaction, committed when f returns nil and rolled
// back otherwise.
func inTx(ctx context.Context, db *sql.DB, f func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	return tx.Commit()
}
