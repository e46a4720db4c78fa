package store

import (
	"strconv"
	"strings"
)

// A dialect is what differs between the SQL databases: where the
// migrations are, and how placeholders are written. The queries are
// written with "?" placeholders and no "?" elsewhere.
type dialect struct {
	// name is the migrations' folder under migrations/.
	name string
	// dollar numbers the placeholders $1, $2… (PostgreSQL).
	dollar bool
}

var (
	sqliteDialect   = dialect{name: "sqlite"}
	postgresDialect = dialect{name: "postgres", dollar: true}
)

// q returns query with its placeholders as the dialect writes them.
func (d dialect) q(query string) string {
	if !d.dollar || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
