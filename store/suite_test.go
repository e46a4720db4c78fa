package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// runSuite runs the behaviour every backend shares, each test on a fresh store.
func runSuite(t *testing.T, b backend) {
	tests := []struct {
		name string
		f    func(*testing.T, *sqlStore)
	}{
		{"state", testState},
		{"report", testReport},
		{"feedback", testFeedback},
		{"curated", testCurated},
		{"prune", testPrune},
		{"no chat id in clear", testNoChatID},
		{"concurrent use", testConcurrent},
		{"migrations", testMigrations},
		{"articles", testArticles},
	}
	t.Run("kind", func(t *testing.T) {
		if got := openStore(t, b.url(t)).Kind(); got != b.name {
			t.Errorf("Kind() = %q, want %q", got, b.name)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.f(t, openStore(t, b.url(t)))
		})
	}
}

func testState(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	const chatA, chatB = int64(-1001234567890), int64(77123456)
	steps := []struct {
		set   bool
		chat  int64
		name  string
		value []byte // to set, or wanted; nil wants none
	}{
		{false, chatA, "article", nil},
		{true, chatA, "article", []byte("000_x")},
		{false, chatA, "article", []byte("000_x")},
		{false, chatB, "article", nil},            // per chat
		{false, chatA, "turn", nil},               // per name
		{true, chatA, "article", []byte("001_y")}, // overwrite
		{false, chatA, "article", []byte("001_y")},
		{true, chatB, "article", []byte{0, 0xff, '\n', 0xc3}}, // any bytes
		{false, chatB, "article", []byte{0, 0xff, '\n', 0xc3}},
		{false, chatA, "article", []byte("001_y")},
		{true, chatA, "edit:123", []byte{}},
		{false, chatA, "edit:123", []byte{}}, // empty is kept
		{true, chatB, "edit:9", nil},
		{false, chatB, "edit:9", []byte{}}, // nil is kept as empty
	}
	for i, st := range steps {
		if st.set {
			if err := s.SetState(ctx, st.chat, st.name, st.value); err != nil {
				t.Fatalf("step %d: SetState(%d, %q): %v", i, st.chat, st.name, err)
			}
			continue
		}
		got, ok, err := s.State(ctx, st.chat, st.name)
		if err != nil {
			t.Fatalf("step %d: State(%d, %q): %v", i, st.chat, st.name, err)
		}
		if ok != (st.value != nil) || !bytes.Equal(got, st.value) || (ok && got == nil) {
			t.Errorf("step %d: State(%d, %q) = %q, %v; want %q, %v", i, st.chat, st.name, got, ok, st.value, st.value != nil)
		}
	}
}

// t0 is the time the test records are made around.
var t0 = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)

// reportData records the questions the report tests sum and returns their
// ids by label.
func reportData(t *testing.T, s Store) map[string]int64 {
	t.Helper()
	ctx := t.Context()
	recs := []struct {
		label string
		min   int // minutes after t0
		chat  int64
		art   string
		q     string
		kind  string
		votes []int
	}{
		{"r1", 0, 1, "a1", "q none", "none", nil},
		{"r2", 1, 2, "a1", "q none", "none", nil},
		{"r3", 2, 1, "a1", "q choose", "choose", nil},
		{"r4", 3, 3, "a1", "q fact", "fact", []int{1, -1}}, // the later vote wins
		{"r5", 4, 3, "a1", "q fact", "fact", []int{-1, 1}},
		{"r6", 5, 2, "a1", "q none", "passage", nil}, // answered this time
		{"r7", 6, 4, "a0", "x", "none", nil},
		{"r8", -48 * 60, 5, "a0", "old", "none", nil},
		{"r9", 7, 1, "a1", "q choose", "curated", []int{-1}},
	}
	ids := map[string]int64{}
	for _, r := range recs {
		id, err := s.Record(ctx, Record{
			Time: t0.Add(time.Duration(r.min) * time.Minute), Chat: r.chat, Article: r.art,
			Question: r.q, Answer: "answer to " + r.q, Kind: r.kind, Confidence: 0.5,
		})
		if err != nil {
			t.Fatalf("Record %s: %v", r.label, err)
		}
		for _, id2 := range ids {
			if id2 == id {
				t.Fatalf("Record %s: id %d given twice", r.label, id)
			}
		}
		ids[r.label] = id
		for _, v := range r.votes {
			if err := s.Feedback(ctx, id, v); err != nil {
				t.Fatalf("Feedback(%s, %d): %v", r.label, v, err)
			}
		}
	}
	return ids
}

func testReport(t *testing.T, s *sqlStore) {
	ids := reportData(t, s)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	x := Unanswered{"a0", "x", 1, 0, ids["r7"], at(6)}
	old := Unanswered{"a0", "old", 1, 0, ids["r8"], at(-48 * 60)}
	choose := Unanswered{"a1", "q choose", 2, 1, ids["r9"], at(7)}
	none := Unanswered{"a1", "q none", 2, 0, ids["r2"], at(1)}
	fact := Unanswered{"a1", "q fact", 1, 1, ids["r4"], at(3)}
	tests := []struct {
		name  string
		since time.Time
		top   int
		want  Report
	}{
		{"last hour, all", at(-60), 0, Report{Questions: 8, Answered: 4, Askers: 4, Up: 1, Down: 2,
			Unanswered: []Unanswered{x, choose, none, fact}}},
		{"last hour, top 1", at(-60), 1, Report{Questions: 8, Answered: 4, Askers: 4, Up: 1, Down: 2,
			Unanswered: []Unanswered{x, choose}}},
		{"last hour, top 2", at(-60), 2, Report{Questions: 8, Answered: 4, Askers: 4, Up: 1, Down: 2,
			Unanswered: []Unanswered{x, choose, none}}},
		{"ever", time.Time{}, 0, Report{Questions: 9, Answered: 4, Askers: 5, Up: 1, Down: 2,
			Unanswered: []Unanswered{x, old, choose, none, fact}}},
		{"since r6", at(5), 5, Report{Questions: 3, Answered: 2, Askers: 3, Up: 0, Down: 1,
			Unanswered: []Unanswered{x, {"a1", "q choose", 1, 1, ids["r9"], at(7)}}}},
		{"since r7, inclusive", at(6), 0, Report{Questions: 2, Answered: 1, Askers: 2, Up: 0, Down: 1,
			Unanswered: []Unanswered{x, {"a1", "q choose", 1, 1, ids["r9"], at(7)}}}},
		{"future", at(60), 3, Report{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Report(t.Context(), tt.since, tt.top)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Since = tt.since
			if diff := reportDiff(got, tt.want); diff != "" {
				t.Errorf("Report(%v, %d):\n%s", tt.since, tt.top, diff)
			}
		})
	}
}

// reportDiff describes how got differs from want, or is "".
func reportDiff(got, want Report) string {
	var b strings.Builder
	if !got.Since.Equal(want.Since) {
		fmt.Fprintf(&b, "Since = %v, want %v\n", got.Since, want.Since)
	}
	g := [5]int{got.Questions, got.Answered, got.Askers, got.Up, got.Down}
	w := [5]int{want.Questions, want.Answered, want.Askers, want.Up, want.Down}
	if g != w {
		fmt.Fprintf(&b, "Questions, Answered, Askers, Up, Down = %v, want %v\n", g, w)
	}
	if len(got.Unanswered) != len(want.Unanswered) {
		fmt.Fprintf(&b, "%d unanswered, want %d\n", len(got.Unanswered), len(want.Unanswered))
	}
	for i := range max(len(got.Unanswered), len(want.Unanswered)) {
		var gu, wu Unanswered
		if i < len(got.Unanswered) {
			gu = got.Unanswered[i]
		}
		if i < len(want.Unanswered) {
			wu = want.Unanswered[i]
		}
		if gu.Article != wu.Article || gu.Question != wu.Question || gu.Count != wu.Count ||
			gu.Down != wu.Down || gu.LastID != wu.LastID || !gu.Last.Equal(wu.Last) {
			fmt.Fprintf(&b, "unanswered[%d] = %+v\n           want %+v\n", i, gu, wu)
		}
	}
	return b.String()
}

func testFeedback(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	id, err := s.Record(ctx, Record{Chat: 5, Article: "a", Question: "q", Kind: "fact"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id       int64
		vote     int
		wantErr  bool
		notFound bool
	}{
		{id, 1, false, false},
		{id, -1, false, false},
		{id, 0, true, false},
		{id, 2, true, false},
		{id, -2, true, false},
		{id + 1000, 1, true, true},
		{-1, -1, true, true},
	}
	for _, tt := range tests {
		err := s.Feedback(ctx, tt.id, tt.vote)
		if (err != nil) != tt.wantErr || errors.Is(err, ErrNotFound) != tt.notFound {
			t.Errorf("Feedback(%d, %d) = %v; want error %v, ErrNotFound %v", tt.id, tt.vote, err, tt.wantErr, tt.notFound)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "store: ") {
			t.Errorf("Feedback(%d, %d) = %q, want it to start with store:", tt.id, tt.vote, err)
		}
	}
	// The bad votes changed nothing: the last good one, 👎, stands.
	r, err := s.Report(ctx, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Up != 0 || r.Down != 1 || len(r.Unanswered) != 1 || r.Unanswered[0].Down != 1 {
		t.Errorf("after votes +1, -1 and bad ones: Up %d, Down %d, Unanswered %+v; want 0, 1 and q with Down 1", r.Up, r.Down, r.Unanswered)
	}
	// A zero Time is taken as now.
	if d := time.Since(r.Unanswered[0].Last); d < 0 || d > time.Minute {
		t.Errorf("a record without a time was kept at %v, want now", r.Unanswered[0].Last)
	}
}

func testCurated(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	used := t0.Add(36 * time.Hour).Add(123456789) // nanoseconds survive
	cs := []Curated{
		{Article: "b", Key: "ai tang", Question: "Ai tặng?", Answer: "Ông A.", ArticleHash: "h1", Author: "editors", Updated: t0},
		{Article: "a", Key: "khi nao", Question: "Khi nào?", Answer: "Sáng 19/9.", ArticleHash: "h0", Author: "editors", Updated: t0, Used: used},
		{Article: "b", Key: "Bao nhieu", Question: "Bao nhiêu?", Answer: "3.", ArticleHash: "h1", Author: "ed", Updated: t0},
	}
	for _, c := range cs {
		if err := s.SetCurated(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	get := func(article, key string) (Curated, bool) {
		t.Helper()
		c, ok, err := s.Curated(ctx, article, key)
		if err != nil {
			t.Fatalf("Curated(%q, %q): %v", article, key, err)
		}
		return c, ok
	}
	if c, ok := get("a", "khi nao"); !ok || !curatedEqual(c, cs[1]) {
		t.Errorf("Curated(a, khi nao) = %+v, %v; want %+v", c, ok, cs[1])
	}
	for _, k := range [][2]string{{"a", "ai tang"}, {"c", "khi nao"}, {"b", "bao nhieu"}} {
		if c, ok := get(k[0], k[1]); ok {
			t.Errorf("Curated(%q, %q) = %+v, want none", k[0], k[1], c)
		}
	}
	// Upsert: the article changed (a new hash) but the editor kept the
	// answer; the stale hash stays until the editor writes it again.
	stale := cs[0]
	stale.Answer, stale.Updated = "Ông A và bà B.", t0.Add(time.Hour)
	if err := s.SetCurated(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if c, ok := get("b", "ai tang"); !ok || !curatedEqual(c, stale) || c.ArticleHash != "h1" {
		t.Errorf("after the upsert, Curated(b, ai tang) = %+v, %v; want %+v", c, ok, stale)
	}
	// Marking it used by SetCurated.
	stale.Used = t0.Add(2 * time.Hour)
	if err := s.SetCurated(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if c, _ := get("b", "ai tang"); !c.Used.Equal(stale.Used) {
		t.Errorf("Used = %v, want %v", c.Used, stale.Used)
	}
	// A zero Updated is taken as now.
	if err := s.SetCurated(ctx, Curated{Article: "c", Key: "k"}); err != nil {
		t.Fatal(err)
	}
	if c, _ := get("c", "k"); time.Since(c.Updated) > time.Minute || time.Since(c.Updated) < 0 || !c.Used.IsZero() {
		t.Errorf("Curated(c, k) = %+v, want Updated now and Used zero", c)
	}

	lists := []struct {
		article string
		want    []string
	}{
		{"", []string{"a/khi nao", "b/Bao nhieu", "b/ai tang", "c/k"}},
		{"b", []string{"b/Bao nhieu", "b/ai tang"}},
		{"a", []string{"a/khi nao"}},
		{"none", nil},
	}
	for _, l := range lists {
		got, err := s.CuratedList(ctx, l.article)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, c := range got {
			keys = append(keys, c.Article+"/"+c.Key)
		}
		if strings.Join(keys, "|") != strings.Join(l.want, "|") {
			t.Errorf("CuratedList(%q) = %q, want %q", l.article, keys, l.want)
		}
		if l.article == "a" && len(got) == 1 && !curatedEqual(got[0], cs[1]) {
			t.Errorf("CuratedList(a)[0] = %+v, want %+v", got[0], cs[1])
		}
	}
}

// curatedEqual tells whether a and b hold the same answer at the same times.
func curatedEqual(a, b Curated) bool {
	return a.Article == b.Article && a.Key == b.Key && a.Question == b.Question && a.Answer == b.Answer &&
		a.ArticleHash == b.ArticleHash && a.Author == b.Author && a.Updated.Equal(b.Updated) && a.Used.Equal(b.Used)
}

func testPrune(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	for i, at := range []time.Time{t0.Add(-10 * 24 * time.Hour), t0.Add(-2 * 24 * time.Hour), t0} {
		if _, err := s.Record(ctx, Record{Time: at, Chat: int64(i), Article: "a", Question: fmt.Sprint("q", i), Kind: "none"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetState(ctx, 1, "article", []byte("a")); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCurated(ctx, Curated{Article: "a", Key: "k", Updated: t0.Add(-100 * 24 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		before    time.Time
		gone      int64
		questions int
		state     bool
	}{
		{t0.Add(-20 * 24 * time.Hour), 0, 3, true},
		{t0.Add(-24 * time.Hour), 2, 1, true},
		{t0.Add(-24 * time.Hour), 0, 1, true},
		{t0, 0, 1, true}, // at t0 is not before t0
		{time.Now().Add(time.Minute), 2, 0, false},
	}
	for i, st := range steps {
		n, err := s.Prune(ctx, st.before)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(ctx, time.Time{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		_, ok, err := s.State(ctx, 1, "article")
		if err != nil {
			t.Fatal(err)
		}
		if n != st.gone || r.Questions != st.questions || ok != st.state {
			t.Errorf("step %d: Prune(%v) = %d, leaving %d questions, state %v; want %d, %d, %v",
				i, st.before, n, r.Questions, ok, st.gone, st.questions, st.state)
		}
	}
	if _, ok, err := s.Curated(ctx, "a", "k"); !ok || err != nil {
		t.Errorf("Prune removed a curated answer: %v, %v", ok, err)
	}
}

// Chat ids the privacy test looks for; distinctive enough not to appear by
// chance.
var secretChats = []int64{-1009876543210987, 5123498761}

// recordChats keeps state and records of the secretChats, with a marker
// question that must be found where they are not.
func recordChats(t *testing.T, s Store) {
	t.Helper()
	ctx := t.Context()
	for _, chat := range secretChats {
		if err := s.SetState(ctx, chat, "article", []byte("a")); err != nil {
			t.Fatal(err)
		}
		id, err := s.Record(ctx, Record{Time: t0, Chat: chat, Article: "a", Question: "privacy marker", Kind: "none"})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Feedback(ctx, id, -1); err != nil {
			t.Fatal(err)
		}
	}
}

// chatIDForms are the ways a chat id could be written: in decimal, with
// and without its sign, and as a big-endian integer (as SQLite and
// PostgreSQL keep them) without its leading zero bytes.
func chatIDForms(chat int64) [][]byte {
	abs := chat
	if abs < 0 {
		abs = -abs
	}
	forms := [][]byte{[]byte(fmt.Sprint(chat)), []byte(fmt.Sprint(abs))}
	for _, v := range []uint64{uint64(chat), uint64(abs)} {
		var be [8]byte
		for i := range be {
			be[7-i] = byte(v >> (8 * i))
		}
		forms = append(forms, bytes.TrimLeft(be[:], "\x00"))
	}
	return forms
}

func testNoChatID(t *testing.T, s *sqlStore) {
	recordChats(t, s)
	var text bytes.Buffer
	for _, table := range tables(t, s) {
		rows, err := s.db.QueryContext(t.Context(), `SELECT * FROM `+table)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				fmt.Fprintf(&text, "%s.%s=%v\n", table, cols[i], v)
			}
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Contains(text.Bytes(), []byte("privacy marker")) || !bytes.Contains(text.Bytes(), []byte(s.chatKey(secretChats[0]))) {
		t.Fatalf("the tables' text lacks the recorded question or chat key: the scan is broken:\n%s", text.String())
	}
	for _, chat := range secretChats {
		for _, form := range chatIDForms(chat)[:2] {
			if bytes.Contains(text.Bytes(), form) {
				t.Errorf("chat id %d is kept in clear (%q):\n%s", chat, form, text.String())
			}
		}
	}
}

// tables lists the store's tables.
func tables(t *testing.T, s *sqlStore) []string {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if s.kind == "postgres" {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`
	}
	rows, err := s.db.QueryContext(t.Context(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if len(names) < 5 {
		t.Fatalf("tables = %q, want the 5 of the schema at least", names)
	}
	return names
}

func testConcurrent(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	const workers, each = 8, 15
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			chat := int64(1000 + w)
			for i := range each {
				v := []byte(fmt.Sprint(w, "/", i))
				if err := s.SetState(ctx, chat, "turn", v); err != nil {
					errs <- err
					return
				}
				got, ok, err := s.State(ctx, chat, "turn")
				if err != nil || !ok || !bytes.Equal(got, v) {
					errs <- fmt.Errorf("worker %d: State = %q, %v, %v; want %q", w, got, ok, err, v)
					return
				}
				id, err := s.Record(ctx, Record{Time: t0, Chat: chat, Article: "a", Question: fmt.Sprint("q", i), Kind: "fact"})
				if err != nil {
					errs <- err
					return
				}
				if err := s.Feedback(ctx, id, 1); err != nil {
					errs <- err
					return
				}
				if _, err := s.Report(ctx, t0, 3); err != nil {
					errs <- err
					return
				}
				if err := s.SetCurated(ctx, Curated{Article: "a", Key: fmt.Sprint(i), Author: fmt.Sprint(w)}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	r, err := s.Report(ctx, t0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Questions != workers*each || r.Askers != workers || r.Up != workers*each || r.Answered != workers*each {
		t.Errorf("after %d workers × %d: %+v", workers, each, r)
	}
	cs, err := s.CuratedList(ctx, "a")
	if err != nil || len(cs) != each {
		t.Errorf("CuratedList = %d answers, %v; want %d", len(cs), err, each)
	}
}

func testMigrations(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	ms, err := migrations(s.d)
	if err != nil {
		t.Fatal(err)
	}
	count := func() (n, max int) {
		t.Helper()
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
			t.Fatal(err)
		}
		return n, max
	}
	if n, v := count(); n != len(ms) || v != len(ms) {
		t.Fatalf("schema_migrations has %d rows up to version %d, want %d", n, v, len(ms))
	}
	if err := s.SetState(ctx, 1, "x", []byte("kept")); err != nil {
		t.Fatal(err)
	}
	// Applying them again is a no-op.
	if err := migrate(ctx, s.db, s.d); err != nil {
		t.Fatalf("migrating again: %v", err)
	}
	if n, v := count(); n != len(ms) || v != len(ms) {
		t.Fatalf("after migrating again, schema_migrations has %d rows up to version %d, want %d", n, v, len(ms))
	}
	if v, ok, err := s.State(ctx, 1, "x"); err != nil || !ok || string(v) != "kept" {
		t.Errorf("after migrating again, State = %q, %v, %v; want kept", v, ok, err)
	}
	// A newer schema than this program knows is refused.
	if _, err := s.db.ExecContext(ctx, s.d.q(`INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`),
		len(ms)+1, "9999_future.sql", 0); err != nil {
		t.Fatal(err)
	}
	err = migrate(ctx, s.db, s.d)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("migrating a database of a newer schema: %v, want an error saying it is newer", err)
	}
}

func testArticles(t *testing.T, s *sqlStore) {
	ctx := t.Context()
	big := bytes.Repeat([]byte("date 2024-09 Tiêu đề\n\nđoạn văn. "), (1<<20)/40)
	hash := func(b []byte) string {
		sum := sha256.Sum256(b)
		return hex.EncodeToString(sum[:])
	}
	before := time.Now().Add(-time.Second)
	type want struct {
		name string
		data []byte
	}
	steps := []struct {
		op      string // put, get, delete
		name    string
		data    []byte // to put, or wanted by get
		wantErr error  // wanted by get and delete; nil for none
		list    []want // the listing after the step
	}{
		{op: "get", name: "a", wantErr: ErrNotFound},
		{op: "delete", name: "a", wantErr: ErrNotFound},
		{op: "put", name: "a", data: []byte("first"), list: []want{{"a", []byte("first")}}},
		{op: "put", name: "Ă-ă", data: []byte{0, 0xff, '\n'}, list: []want{{"a", []byte("first")}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
		{op: "get", name: "a", data: []byte("first")},
		{op: "put", name: "a", data: []byte("second"), list: []want{{"a", []byte("second")}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
		{op: "get", name: "a", data: []byte("second")},
		{op: "get", name: "A", wantErr: ErrNotFound}, // names are case-sensitive
		{op: "put", name: "big", data: big, list: []want{{"a", []byte("second")}, {"big", big}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
		{op: "get", name: "big", data: big},
		{op: "put", name: "empty", data: nil, list: []want{{"a", []byte("second")}, {"big", big}, {"empty", []byte{}}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
		{op: "get", name: "empty", data: []byte{}},
		{op: "delete", name: "big", list: []want{{"a", []byte("second")}, {"empty", []byte{}}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
		{op: "get", name: "big", wantErr: ErrNotFound},
		{op: "delete", name: "big", wantErr: ErrNotFound, list: []want{{"a", []byte("second")}, {"empty", []byte{}}, {"Ă-ă", []byte{0, 0xff, '\n'}}}},
	}
	for i, st := range steps {
		switch st.op {
		case "put":
			if err := s.PutArticle(ctx, st.name, st.data); err != nil {
				t.Fatalf("step %d: PutArticle(%q): %v", i, st.name, err)
			}
		case "get":
			got, err := s.Article(ctx, st.name)
			if !errors.Is(err, st.wantErr) || (st.wantErr != nil) != (err != nil) {
				t.Fatalf("step %d: Article(%q) error = %v, want %v", i, st.name, err, st.wantErr)
			}
			if err == nil && (!bytes.Equal(got, st.data) || got == nil) {
				t.Errorf("step %d: Article(%q) = %d bytes, want %d", i, st.name, len(got), len(st.data))
			}
			continue
		case "delete":
			err := s.DeleteArticle(ctx, st.name)
			if !errors.Is(err, st.wantErr) || (st.wantErr != nil) != (err != nil) {
				t.Fatalf("step %d: DeleteArticle(%q) error = %v, want %v", i, st.name, err, st.wantErr)
			}
			if st.list == nil {
				continue
			}
		}
		got, err := s.Articles(ctx)
		if err != nil {
			t.Fatalf("step %d: Articles: %v", i, err)
		}
		if len(got) != len(st.list) {
			t.Fatalf("step %d: Articles = %+v, want %d", i, got, len(st.list))
		}
		for j, w := range st.list {
			g := got[j]
			if g.Name != w.name || g.Hash != hash(w.data) || g.Size != int64(len(w.data)) {
				t.Errorf("step %d: Articles[%d] = %s %s %d, want %s %s %d", i, j, g.Name, g.Hash, g.Size, w.name, hash(w.data), len(w.data))
			}
			if g.Updated.Before(before) || g.Updated.After(time.Now().Add(time.Second)) {
				t.Errorf("step %d: Articles[%d].Updated = %v, want about now", i, j, g.Updated)
			}
		}
	}
	if err := s.PutArticle(ctx, "", []byte("x")); err == nil {
		t.Error("PutArticle with an empty name: no error")
	}
	// Pruning keeps article files.
	if _, err := s.Prune(ctx, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Articles(ctx); err != nil || len(got) != 3 {
		t.Errorf("after Prune, Articles = %d, %v; want the 3 kept", len(got), err)
	}
}
