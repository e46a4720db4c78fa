package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Record implements Store.
func (s *sqlStore) Record(ctx context.Context, r Record) (int64, error) {
	if r.Time.IsZero() {
		r.Time = time.Now()
	}
	var id int64
	err := s.db.QueryRowContext(ctx, s.d.q(`INSERT INTO records (asked, chat_key, article, question, answer, kind, confidence)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		nanos(r.Time), s.chatKey(r.Chat), r.Article, r.Question, r.Answer, r.Kind, r.Confidence).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: record: %w", err)
	}
	return id, nil
}

// Feedback implements Store.
func (s *sqlStore) Feedback(ctx context.Context, id int64, vote int) error {
	if vote != 1 && vote != -1 {
		return fmt.Errorf("store: feedback on record %d: vote %d: want +1 or -1", id, vote)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`UPDATE records SET vote = ? WHERE id = ?`), vote, id)
	if err != nil {
		return fmt.Errorf("store: feedback on record %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: feedback on record %d: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: feedback on record %d: %w", id, ErrNotFound)
	}
	return nil
}

// Prune implements Store.
func (s *sqlStore) Prune(ctx context.Context, before time.Time) (int64, error) {
	var total int64
	err := inTx(ctx, s.db, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM chat_state WHERE updated < ?`,
			`DELETE FROM records WHERE asked < ?`,
		} {
			res, err := tx.ExecContext(ctx, s.d.q(q), nanos(before))
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			total += n
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: prune: %w", err)
	}
	return total, nil
}
