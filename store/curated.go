package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// curatedColumns are the columns scanCurated reads, in its order.
const curatedColumns = `article, key, question, answer, article_hash, author, updated, used`

// SetCurated implements Store.
func (s *sqlStore) SetCurated(ctx context.Context, c Curated) error {
	if c.Updated.IsZero() {
		c.Updated = time.Now()
	}
	var used sql.NullInt64
	if !c.Used.IsZero() {
		used = sql.NullInt64{Int64: nanos(c.Used), Valid: true}
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO curated (`+curatedColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (article, key) DO UPDATE SET question = excluded.question, answer = excluded.answer,
	article_hash = excluded.article_hash, author = excluded.author, updated = excluded.updated, used = excluded.used`),
		c.Article, c.Key, c.Question, c.Answer, c.ArticleHash, c.Author, nanos(c.Updated), used)
	if err != nil {
		return fmt.Errorf("store: set curated %q %q: %w", c.Article, c.Key, err)
	}
	return nil
}

// Curated implements Store.
func (s *sqlStore) Curated(ctx context.Context, article, key string) (Curated, bool, error) {
	c, err := scanCurated(s.db.QueryRowContext(ctx, s.d.q(`SELECT `+curatedColumns+` FROM curated WHERE article = ? AND key = ?`),
		article, key))
	if errors.Is(err, sql.ErrNoRows) {
		return Curated{}, false, nil
	}
	if err != nil {
		return Curated{}, false, fmt.Errorf("store: curated %q %q: %w", article, key, err)
	}
	return c, true, nil
}

// CuratedList implements Store.
func (s *sqlStore) CuratedList(ctx context.Context, article string) ([]Curated, error) {
	var (
		rows *sql.Rows
		err  error
	)
	if article == "" {
		rows, err = s.db.QueryContext(ctx, `SELECT `+curatedColumns+` FROM curated`)
	} else {
		rows, err = s.db.QueryContext(ctx, s.d.q(`SELECT `+curatedColumns+` FROM curated WHERE article = ?`), article)
	}
	if err != nil {
		return nil, fmt.Errorf("store: curated list %q: %w", article, err)
	}
	defer rows.Close()
	var cs []Curated
	for rows.Next() {
		c, err := scanCurated(rows)
		if err != nil {
			return nil, fmt.Errorf("store: curated list %q: %w", article, err)
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: curated list %q: %w", article, err)
	}
	// In byte order, whatever the database's collation.
	slices.SortFunc(cs, func(a, b Curated) int {
		return cmp.Or(strings.Compare(a.Article, b.Article), strings.Compare(a.Key, b.Key))
	})
	return cs, nil
}

// scanCurated reads a row of curatedColumns.
func scanCurated(row interface{ Scan(...any) error }) (Curated, error) {
	var (
		c       Curated
		updated int64
		used    sql.NullInt64
	)
	if err := row.Scan(&c.Article, &c.Key, &c.Question, &c.Answer, &c.ArticleHash, &c.Author, &updated, &used); err != nil {
		return Curated{}, err
	}
	c.Updated = fromNanos(updated)
	if used.Valid {
		c.Used = fromNanos(used.Int64)
	}
	return c, nil
}
