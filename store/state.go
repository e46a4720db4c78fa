package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// State implements Store.
func (s *sqlStore) State(ctx context.Context, chat int64, name string) ([]byte, bool, error) {
	var value []byte
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT value FROM chat_state WHERE chat_key = ? AND name = ?`),
		s.chatKey(chat), name).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: state %q: %w", name, err)
	}
	if value == nil {
		value = []byte{}
	}
	return value, true, nil
}

// SetState implements Store.
func (s *sqlStore) SetState(ctx context.Context, chat int64, name string, value []byte) error {
	if value == nil {
		value = []byte{}
	}
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO chat_state (chat_key, name, value, updated) VALUES (?, ?, ?, ?)
ON CONFLICT (chat_key, name) DO UPDATE SET value = excluded.value, updated = excluded.updated`),
		s.chatKey(chat), name, value, nanos(time.Now()))
	if err != nil {
		return fmt.Errorf("store: set state %q: %w", name, err)
	}
	return nil
}
