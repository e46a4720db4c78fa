package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Report implements Store.
func (s *sqlStore) Report(ctx context.Context, since time.Time, topPerArticle int) (Report, error) {
	r := Report{Since: since}
	from := nanos(since)
	var up, down sql.NullInt64
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT COUNT(*),
	COUNT(CASE WHEN kind NOT IN ('none', 'choose') THEN 1 END),
	COUNT(DISTINCT chat_key),
	SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END),
	SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END)
FROM records WHERE asked >= ?`), from).Scan(&r.Questions, &r.Answered, &r.Askers, &up, &down)
	if err != nil {
		return Report{}, fmt.Errorf("store: report: %w", err)
	}
	r.Up, r.Down = int(up.Int64), int(down.Int64)

	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT article, question, COUNT(*),
	SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END), MAX(id), MAX(asked)
FROM records
WHERE asked >= ? AND (kind IN ('none', 'choose') OR vote = -1)
GROUP BY article, question`), from)
	if err != nil {
		return Report{}, fmt.Errorf("store: report: %w", err)
	}
	defer rows.Close()
	var all []Unanswered
	for rows.Next() {
		var u Unanswered
		var last int64
		if err := rows.Scan(&u.Article, &u.Question, &u.Count, &u.Down, &u.LastID, &last); err != nil {
			return Report{}, fmt.Errorf("store: report: %w", err)
		}
		u.Last = fromNanos(last)
		all = append(all, u)
	}
	if err := rows.Err(); err != nil {
		return Report{}, fmt.Errorf("store: report: %w", err)
	}
	r.Unanswered = topUnanswered(all, topPerArticle)
	return r, nil
}

// topUnanswered orders us by article (in byte order, whatever the
// database's collation), then most asked, latest and question first, and
// keeps at most top of each article (all when top <= 0).
func topUnanswered(us []Unanswered, top int) []Unanswered {
	slices.SortFunc(us, func(a, b Unanswered) int {
		return cmp.Or(
			strings.Compare(a.Article, b.Article),
			cmp.Compare(b.Count, a.Count),
			b.Last.Compare(a.Last),
			strings.Compare(a.Question, b.Question),
		)
	})
	var kept []Unanswered
	n := 0
	for i, u := range us {
		if i == 0 || us[i-1].Article != u.Article {
			n = 0
		}
		if top > 0 && n >= top {
			continue
		}
		n++
		kept = append(kept, u)
	}
	return kept
}
