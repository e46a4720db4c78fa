package store

import (
	"database/sql"
	"math"
	"time"
)

// sqlStore is the Store of every backend: database/sql over SQLite (a file
// or memory) or PostgreSQL.
type sqlStore struct {
	db     *sql.DB
	d      dialect
	kind   string
	secret []byte
}

// Kind implements Store.
func (s *sqlStore) Kind() string { return s.kind }

// Close implements Store.
func (s *sqlStore) Close() error { return s.db.Close() }

// Times are kept as Unix nanoseconds; these are the bounds of what that
// holds, to which earlier and later times (the zero time) are clamped.
var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
)

// nanos returns t as kept: Unix nanoseconds, clamped to what an int64 holds.
func nanos(t time.Time) int64 {
	switch {
	case t.Before(minTime):
		return math.MinInt64
	case t.After(maxTime):
		return math.MaxInt64
	}
	return t.UnixNano()
}

// fromNanos returns the time kept as n, in UTC.
func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }
