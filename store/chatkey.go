package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
)

// secretName is the row of the secrets table that holds the chat-key secret.
const secretName = "chat_key"

// chatKeyLen is how many hex digits of the HMAC a chat key keeps.
const chatKeyLen = 32

// loadSecret returns the store's chat-key secret, making it first when the
// store has none. Two replicas making it at once agree: the first insert wins
// and both read it back.
func loadSecret(ctx context.Context, s *sqlStore) ([]byte, error) {
	fresh := hex.EncodeToString(randomBytes(32))
	_, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`),
		secretName, fresh)
	if err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	var value string
	err = s.db.QueryRowContext(ctx, s.d.q(`SELECT value FROM secrets WHERE name = ?`), secretName).Scan(&value)
	if err != nil {
		return nil, fmt.Errorf("secret: %w", err)
	}
	secret, err := hex.DecodeString(value)
	if err != nil || len(secret) < 16 {
		return nil, fmt.Errorf("secret: the kept chat-key secret is not 16 or more hex bytes")
	}
	return secret, nil
}

// randomBytes returns n random bytes.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return b
}

// chatKey is the key a chat's rows are kept under: the HMAC-SHA256 of its
// id under the store's secret, in hex, cut to chatKeyLen digits.
func (s *sqlStore) chatKey(chat int64) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(strconv.FormatInt(chat, 10)))
	return hex.EncodeToString(m.Sum(nil))[:chatKeyLen]
}
