package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"time"
)

// PutArticle implements Store.
func (s *sqlStore) PutArticle(ctx context.Context, name string, data []byte) error {
	if name == "" {
		return errors.New("store: put article: empty name")
	}
	if data == nil {
		data = []byte{}
	}
	sum := sha256.Sum256(data)
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO articles (name, data, hash, size, updated) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (name) DO UPDATE SET data = excluded.data, hash = excluded.hash, size = excluded.size, updated = excluded.updated`),
		name, data, hex.EncodeToString(sum[:]), int64(len(data)), nanos(time.Now()))
	if err != nil {
		return fmt.Errorf("store: put article %q: %w", name, err)
	}
	return nil
}

// Articles implements Store.
func (s *sqlStore) Articles(ctx context.Context) ([]StoredArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, hash, size, updated FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	defer rows.Close()
	var as []StoredArticle
	for rows.Next() {
		var (
			a       StoredArticle
			updated int64
		)
		if err := rows.Scan(&a.Name, &a.Hash, &a.Size, &updated); err != nil {
			return nil, fmt.Errorf("store: articles: %w", err)
		}
		a.Updated = fromNanos(updated)
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	// In byte order, whatever the database's collation.
	slices.SortFunc(as, func(a, b StoredArticle) int { return cmp.Compare(a.Name, b.Name) })
	return as, nil
}

// Article implements Store.
func (s *sqlStore) Article(ctx context.Context, name string) ([]byte, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT data FROM articles WHERE name = ?`), name).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: article %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", name, err)
	}
	if data == nil {
		data = []byte{}
	}
	return data, nil
}

// DeleteArticle implements Store.
func (s *sqlStore) DeleteArticle(ctx context.Context, name string) error {
	res, err := s.db.ExecContext(ctx, s.d.q(`DELETE FROM articles WHERE name = ?`), name)
	if err != nil {
		return fmt.Errorf("store: delete article %q: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: delete article %q: %w", name, err)
	}
	if n == 0 {
		return fmt.Errorf("store: delete article %q: %w", name, ErrNotFound)
	}
	return nil
}
