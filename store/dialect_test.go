package store

import (
	"io/fs"
	"strings"
	"testing"
)

func TestDialectPlaceholders(t *testing.T) {
	tests := []struct {
		d        dialect
		in, want string
	}{
		{sqliteDialect, `SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = ? AND c = ?`},
		{postgresDialect, `SELECT a FROM t WHERE b = ? AND c = ?`, `SELECT a FROM t WHERE b = $1 AND c = $2`},
		{postgresDialect, `INSERT INTO t (a, b) VALUES (?,?) RETURNING id`, `INSERT INTO t (a, b) VALUES ($1,$2) RETURNING id`},
		{postgresDialect, `SELECT 'é' FROM t`, `SELECT 'é' FROM t`},
		{postgresDialect, `é ? ü ? ? ? ? ? ? ? ? ?`, `é $1 ü $2 $3 $4 $5 $6 $7 $8 $9 $10`},
	}
	for _, tt := range tests {
		if got := tt.d.q(tt.in); got != tt.want {
			t.Errorf("%s.q(%q) = %q, want %q", tt.d.name, tt.in, got, tt.want)
		}
	}
}

// TestMigrationFiles checks that every dialect has the same migrations,
// numbered from 1 without a gap.
func TestMigrationFiles(t *testing.T) {
	var names [2][]string
	for i, d := range []dialect{sqliteDialect, postgresDialect} {
		ms, err := migrations(d)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 {
			t.Fatalf("%s: no migrations", d.name)
		}
		for _, m := range ms {
			names[i] = append(names[i], m.name)
			if strings.TrimSpace(m.sql) == "" {
				t.Errorf("%s/%s is empty", d.name, m.name)
			}
		}
	}
	if strings.Join(names[0], " ") != strings.Join(names[1], " ") {
		t.Errorf("the dialects' migrations differ: sqlite %q, postgres %q", names[0], names[1])
	}
	all, err := fs.Glob(migrationsFS, "migrations/*/*")
	if err != nil || len(all) != 2*len(names[0]) {
		t.Errorf("migrations/ holds %q (%v), want %d files in sqlite/ and postgres/", all, err, 2*len(names[0]))
	}
}
