package datadir

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hoidap/hoidap/index"
)

// article returns a raw article of day/month 2024 about topic, a phrase
// that appears in its title, lead and paragraph.
func article(day, month int, topic string) string {
	return fmt.Sprintf("date 2024-%02d Xã hội Ra quân %s dọc bờ sông Hàn (DNO) - Sáng %d/%d, UBND quận Hải Châu tổ chức lễ ra quân %s.\n\nNgười dân các phường tham gia %s rất đông.\n",
		month, topic, day, month, topic, topic)
}

// past is the mtime writeCorpus gives files, so that Sync trusts their
// size and mtime at once (see racyWindow).
var past = time.Now().Add(-time.Hour)

// writeCorpus writes files, name to text, into dir, all with mtime past.
func writeCorpus(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		writeAt(t, filepath.Join(dir, name), text, past)
	}
}

// writeAt writes text to the file name with mtime at.
func writeAt(t *testing.T, name, text string, at time.Time) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(name, at, at); err != nil {
		t.Fatal(err)
	}
}

// openDir opens the data dir at path, closing it when the test ends
// unless the test closed it.
func openDir(t *testing.T, path string) *Dir {
	t.Helper()
	d, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if d.ix != nil {
			d.Close()
		}
	})
	return d
}

// closeDir closes d, failing the test on error.
func closeDir(t *testing.T, d *Dir) {
	t.Helper()
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	d.ix = nil
}

// syncDir syncs d with corpus, failing the test on error.
func syncDir(t *testing.T, d *Dir, corpus string, opt SyncOptions) Changes {
	t.Helper()
	ch, err := d.Sync(context.Background(), corpus, opt)
	if err != nil {
		t.Fatalf("Sync: %v", err)
	}
	return ch
}

// ids returns the IDs of metas in order.
func ids(metas []Meta) []string {
	var out []string
	for _, m := range metas {
		out = append(out, m.ID)
	}
	return out
}

// articlesFound returns the articles of the passages d's index finds for
// words, sorted, without repeats.
func articlesFound(t *testing.T, d *Dir, words ...string) []string {
	t.Helper()
	hits, err := d.Index().Search(context.Background(), index.Query{Words: words, Exact: true, Limit: index.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hits {
		a, _, _ := strings.Cut(h.ID, "/")
		out = append(out, a)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkConsistent checks that the index holds exactly the passages of the
// articles d lists, and that every article reads back.
func checkConsistent(t *testing.T, d *Dir) {
	t.Helper()
	n := 0
	for _, m := range d.Articles() {
		n += m.Passages
		a, _, err := d.Article(m.ID)
		if err != nil {
			t.Errorf("Article(%s): %v", m.ID, err)
			continue
		}
		if len(a.Passages) != m.Passages || a.Title != m.Title {
			t.Errorf("Article(%s) does not match its Meta %+v", m.ID, m)
		}
	}
	if d.Index().Len() != n {
		t.Errorf("index holds %d passages, the articles %d", d.Index().Len(), n)
	}
	arts, err := d.Index().Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := ids(d.Articles())
	slices.Sort(want)
	if !slices.Equal(arts, want) {
		t.Errorf("index holds articles %q, the data dir %q", arts, want)
	}
	files, err := os.ReadDir(filepath.Join(d.path, articlesName))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(want) {
		t.Errorf("%d article files for %d articles", len(files), len(want))
	}
}

// TestSync walks a data dir through its life: create, sync, reopen, change,
// bad file, remove.
func TestSync(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	writeCorpus(t, corpusDir, map[string]string{
		"cay.txt":   article(7, 5, "trồng cây xanh"),
		"rac.txt":   article(9, 5, "dọn rác thải"),
		"mau.txt":   article(1, 6, "hiến máu nhân đạo"),
		"notes.md":  "not an article",
		"sub.txt/x": "a folder named .txt",
	})

	// Create and sync.
	d := openDir(t, data)
	if len(d.Articles()) != 0 {
		t.Fatalf("new data dir has articles %v", ids(d.Articles()))
	}
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if want := []string{"cay", "mau", "rac"}; !slices.Equal(ch.Added, want) || len(ch.Changed)+len(ch.Removed)+len(ch.Bad) != 0 {
		t.Errorf("first Sync: %+v, want added %v only", ch, want)
	}
	if got, want := ids(d.Articles()), []string{"mau", "rac", "cay"}; !slices.Equal(got, want) {
		t.Errorf("Articles %v, want newest first %v", got, want)
	}
	m, ok := d.Meta("mau")
	if !ok || m.File != "mau.txt" || m.Date.Day != 1 || m.Date.Month != 6 || m.Language != "vi" || m.Passages < 2 || len(m.Hash) != 64 || m.Source != "DNO" {
		t.Errorf("Meta(mau) = %+v, %v", m, ok)
	}
	a, facts, err := d.Article("cay")
	if err != nil || a.ID != "cay" || !strings.Contains(a.Title, "trồng cây xanh") {
		t.Errorf("Article(cay) = %+v, %v", a, err)
	}
	if len(facts) == 0 {
		t.Error("Article(cay): no facts")
	}
	if got := articlesFound(t, d, "hiến", "máu"); !slices.Equal(got, []string{"mau"}) {
		t.Errorf("search hiến máu: %v, want [mau]", got)
	}
	checkConsistent(t, d)
	closeDir(t, d)

	// Reopen: nothing is read again.
	d = openDir(t, data)
	if got := ids(d.Articles()); !slices.Equal(got, []string{"mau", "rac", "cay"}) {
		t.Errorf("reopened: Articles %v", got)
	}
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if len(ch.Added)+len(ch.Changed)+len(ch.Removed)+len(ch.Bad) != 0 {
		t.Errorf("Sync of an unchanged corpus: %+v", ch)
	}
	if n := d.reads.Load(); n != 0 {
		t.Errorf("Sync of an unchanged corpus read %d files", n)
	}

	// Touched but unchanged: read, not parsed.
	writeAt(t, filepath.Join(corpusDir, "rac.txt"), article(9, 5, "dọn rác thải"), past.Add(time.Minute))
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if len(ch.Added)+len(ch.Changed)+len(ch.Removed) != 0 || d.reads.Load() != 1 || d.parses.Load() != 0 {
		t.Errorf("Sync of a touched file: %+v, %d reads, %d parses", ch, d.reads.Load(), d.parses.Load())
	}

	// Change a file; add a bad one.
	writeAt(t, filepath.Join(corpusDir, "rac.txt"), article(9, 5, "nạo vét kênh"), past.Add(2*time.Minute))
	writeAt(t, filepath.Join(corpusDir, "bad.txt"), "no date line here\n", past)
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Changed, []string{"rac"}) || len(ch.Added)+len(ch.Removed) != 0 {
		t.Errorf("Sync of a changed file: %+v", ch)
	}
	if len(ch.Bad) != 1 || ch.Bad[0].File != "bad.txt" || !strings.Contains(ch.Bad[0].String(), "date") {
		t.Errorf("Sync with a bad file: Bad %v", ch.Bad)
	}
	if got := articlesFound(t, d, "nạo", "vét"); !slices.Equal(got, []string{"rac"}) {
		t.Errorf("search of the new text: %v, want [rac]", got)
	}
	if got := articlesFound(t, d, "rác", "thải"); len(got) != 0 {
		t.Errorf("search of the old text: %v, want none", got)
	}
	if _, ok := d.Meta("bad"); ok {
		t.Error("the bad file has a Meta")
	}
	checkConsistent(t, d)

	// The bad file is reported again, not parsed again.
	parses := d.parses.Load()
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if len(ch.Bad) != 1 || d.parses.Load() != parses {
		t.Errorf("Sync again: Bad %v, %d parses", ch.Bad, d.parses.Load()-parses)
	}

	// Remove a file; the bad one turns good.
	if err := os.Remove(filepath.Join(corpusDir, "cay.txt")); err != nil {
		t.Fatal(err)
	}
	writeAt(t, filepath.Join(corpusDir, "bad.txt"), article(2, 6, "an toàn giao thông"), past)
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Removed, []string{"cay"}) || !slices.Equal(ch.Added, []string{"bad"}) || len(ch.Bad) != 0 {
		t.Errorf("Sync of a removed file: %+v", ch)
	}
	if _, ok := d.Meta("cay"); ok {
		t.Error("removed article still has a Meta")
	}
	if _, _, err := d.Article("cay"); err == nil {
		t.Error("removed article still reads")
	}
	if got := articlesFound(t, d, "trồng", "cây", "xanh"); slices.Contains(got, "cay") {
		t.Errorf("search of the removed article: %v, want no cay", got)
	}
	checkConsistent(t, d)

	// A good file turning bad is removed.
	writeAt(t, filepath.Join(corpusDir, "mau.txt"), "\xff\xfe", past)
	ch = syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Removed, []string{"mau"}) || len(ch.Bad) != 1 {
		t.Errorf("Sync of a file turned bad: %+v", ch)
	}
	checkConsistent(t, d)
}

// TestSyncDuplicateID checks that two files whose names give one ID after
// NFC normalisation are both bad, and the others serve.
func TestSyncDuplicateID(t *testing.T) {
	root := t.TempDir()
	corpusDir := filepath.Join(root, "corpus")
	writeCorpus(t, corpusDir, map[string]string{
		"h\u00f2a.txt":  article(7, 5, "trồng cây xanh"),
		"ho\u0300a.txt": article(8, 5, "dọn rác thải"),
		"mau.txt":       article(1, 6, "hiến máu nhân đạo"),
	})
	d := openDir(t, filepath.Join(root, "data"))
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Added, []string{"mau"}) || len(ch.Bad) != 2 || !strings.Contains(ch.Bad[0].Err.Error(), "same article ID") {
		t.Errorf("Sync: %+v", ch)
	}
	checkConsistent(t, d)
}

// TestSyncStable checks that with Stable a new or changed file counts only
// once a Sync saw it unchanged since the previous one.
func TestSyncStable(t *testing.T) {
	root := t.TempDir()
	corpusDir := filepath.Join(root, "corpus")
	writeCorpus(t, corpusDir, map[string]string{"cay.txt": article(7, 5, "trồng cây xanh")})
	d := openDir(t, filepath.Join(root, "data"))
	stable := SyncOptions{Stable: true}

	steps := []struct {
		name    string
		change  func()
		added   []string
		changed []string
		pending int
	}{
		{"first scan: not seen before", func() {}, nil, nil, 1},
		{"second scan: the same", func() {}, []string{"cay"}, nil, 0},
		{"new file", func() {
			writeAt(t, filepath.Join(corpusDir, "rac.txt"), article(9, 5, "dọn"), past)
		}, nil, nil, 1},
		{"new file grows", func() {
			writeAt(t, filepath.Join(corpusDir, "rac.txt"), article(9, 5, "dọn rác thải"), past)
		}, nil, nil, 1},
		{"new file done", func() {}, []string{"rac"}, nil, 0},
		{"changed file", func() {
			writeAt(t, filepath.Join(corpusDir, "cay.txt"), article(7, 5, "trồng cây"), past.Add(time.Minute))
		}, nil, nil, 1},
		{"changed file done", func() {}, nil, []string{"cay"}, 0},
	}
	for _, st := range steps {
		st.change()
		ch := syncDir(t, d, corpusDir, stable)
		if !slices.Equal(ch.Added, st.added) || !slices.Equal(ch.Changed, st.changed) || ch.Pending != st.pending {
			t.Errorf("%s: %+v, want added %v, changed %v, pending %d", st.name, ch, st.added, st.changed, st.pending)
		}
	}
	// A pending change leaves the old article serving.
	if got := articlesFound(t, d, "trồng", "cây"); !slices.Equal(got, []string{"cay"}) {
		t.Errorf("search: %v", got)
	}
	checkConsistent(t, d)
}

// TestSyncInterrupted cuts a Sync short before it writes its manifest and
// checks that the next Sync, in a new Dir, puts everything right.
func TestSyncInterrupted(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	writeCorpus(t, corpusDir, map[string]string{
		"cay.txt": article(7, 5, "trồng cây xanh"),
		"rac.txt": article(9, 5, "dọn rác thải"),
	})
	d := openDir(t, data)
	syncDir(t, d, corpusDir, SyncOptions{})

	// Add one, change one, remove one, and die before the manifest.
	writeCorpus(t, corpusDir, map[string]string{
		"mau.txt": article(1, 6, "hiến máu nhân đạo"),
		"rac.txt": article(9, 5, "nạo vét kênh mương"),
	})
	if err := os.Remove(filepath.Join(corpusDir, "cay.txt")); err != nil {
		t.Fatal(err)
	}
	killed := errors.New("killed")
	d.beforeCommit = func() error { return killed }
	if _, err := d.Sync(context.Background(), corpusDir, SyncOptions{}); !errors.Is(err, killed) {
		t.Fatalf("Sync: %v, want killed", err)
	}
	closeDir(t, d)

	d = openDir(t, data)
	// The manifest is the old one.
	if got := ids(d.Articles()); !slices.Equal(got, []string{"rac", "cay"}) {
		t.Errorf("after the cut: Articles %v", got)
	}
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Added, []string{"mau"}) || !slices.Equal(ch.Changed, []string{"rac"}) || !slices.Equal(ch.Removed, []string{"cay"}) {
		t.Errorf("Sync after the cut: %+v", ch)
	}
	checkConsistent(t, d)
	if got := articlesFound(t, d, "hiến", "máu", "nạo", "vét", "trồng", "cây"); !slices.Equal(got, []string{"mau", "rac"}) {
		t.Errorf("search: %v", got)
	}
}

// TestSyncInterruptedAdd cuts the first Sync short: the index holds
// passages of articles no manifest lists, which the next Sync deletes when
// the files are gone.
func TestSyncInterruptedAdd(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	writeCorpus(t, corpusDir, map[string]string{
		"cay.txt": article(7, 5, "trồng cây xanh"),
		"rac.txt": article(9, 5, "dọn rác thải"),
	})
	d := openDir(t, data)
	d.beforeCommit = func() error { return errors.New("killed") }
	if _, err := d.Sync(context.Background(), corpusDir, SyncOptions{}); err == nil {
		t.Fatal("Sync: no error")
	}
	if d.Index().Len() == 0 {
		t.Fatal("the cut Sync indexed nothing: the test tests nothing")
	}
	closeDir(t, d)
	if err := os.Remove(filepath.Join(corpusDir, "cay.txt")); err != nil {
		t.Fatal(err)
	}

	d = openDir(t, data)
	if n := len(d.Articles()); n != 0 {
		t.Errorf("after the cut: %d articles", n)
	}
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Added, []string{"rac"}) || len(ch.Removed) != 0 {
		t.Errorf("Sync after the cut: %+v", ch)
	}
	checkConsistent(t, d)
}

func TestSyncErrors(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "file.txt")
	writeAt(t, file, article(7, 5, "trồng cây xanh"), past)
	d := openDir(t, filepath.Join(root, "data"))
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name   string
		ctx    context.Context
		corpus string
	}{
		{"missing", context.Background(), filepath.Join(root, "nowhere")},
		{"a file", context.Background(), file},
		{"canceled", canceled, root},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := d.Sync(tt.ctx, tt.corpus, SyncOptions{}); err == nil {
				t.Error("no error")
			}
			if len(d.Articles()) != 0 {
				t.Error("articles after a failed Sync")
			}
		})
	}
}

// TestSyncProgress checks that Progress ends with every file done.
func TestSyncProgress(t *testing.T) {
	root := t.TempDir()
	corpusDir := filepath.Join(root, "corpus")
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("a%02d.txt", i)] = article(i+1, 5, fmt.Sprintf("trồng %d cây xanh", i))
	}
	writeCorpus(t, corpusDir, files)
	d := openDir(t, filepath.Join(root, "data"))
	var got []Progress
	syncDir(t, d, corpusDir, SyncOptions{Progress: func(p Progress) { got = append(got, p) }})
	if len(got) < 2 || got[0].Done != 0 || got[len(got)-1].Done != 12 || got[len(got)-1].Total != 12 {
		t.Errorf("progress %+v, want from 0 to 12 of 12", got)
	}
}

// TestOpenForeign checks that a folder of other files is refused and left
// as it was.
func TestOpenForeign(t *testing.T) {
	dir := t.TempDir()
	writeAt(t, filepath.Join(dir, "a.txt"), "mine", past)
	_, err := Open(context.Background(), dir)
	if !errors.Is(err, ErrNotDataDir) || !strings.Contains(err.Error(), dir) {
		t.Errorf("Open: %v, want ErrNotDataDir naming %s", err, dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("Open changed the folder: %v", entries)
	}
}

// TestOpenEmpty checks that a missing folder, an empty one and one left
// with only a lock file become data dirs.
func TestOpenEmpty(t *testing.T) {
	root := t.TempDir()
	empty := filepath.Join(root, "empty")
	lockOnly := filepath.Join(root, "lock")
	for _, dir := range []string{empty, lockOnly} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeAt(t, filepath.Join(lockOnly, lockName), "", past)
	for _, path := range []string{filepath.Join(root, "missing", "data"), empty, lockOnly} {
		d := openDir(t, path)
		closeDir(t, d)
		if _, err := os.Stat(filepath.Join(path, markerName)); err != nil {
			t.Errorf("%s: no marker: %v", path, err)
		}
	}
}

// TestOpenOtherFormat checks that a data dir of another format is rebuilt.
func TestOpenOtherFormat(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	writeCorpus(t, corpusDir, map[string]string{"cay.txt": article(7, 5, "trồng cây xanh")})
	d := openDir(t, data)
	syncDir(t, d, corpusDir, SyncOptions{})
	closeDir(t, d)

	tests := []struct {
		name   string
		marker string
	}{
		{"older format", `{"format":0,"mapping":1,"analysis":1,"facts":1}`},
		{"other mapping", fmt.Sprintf(`{"format":%d,"mapping":%d,"analysis":%d,"facts":%d}`, current.Format, current.Mapping+1, current.Analysis, current.Facts)},
		{"other facts", fmt.Sprintf(`{"format":%d,"mapping":%d,"analysis":%d,"facts":%d}`, current.Format, current.Mapping, current.Analysis, current.Facts+1)},
		{"unreadable", `{`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			writeAt(t, filepath.Join(data, markerName), tt.marker, past)
			d := openDir(t, data)
			defer closeDir(t, d)
			if n := len(d.Articles()); n != 0 || d.Index().Len() != 0 {
				t.Errorf("rebuilt: %d articles, %d passages", n, d.Index().Len())
			}
			var m marker
			b, err := os.ReadFile(filepath.Join(data, markerName))
			if err != nil || json.Unmarshal(b, &m) != nil || m != current {
				t.Errorf("marker %s, %v", b, err)
			}
			ch := syncDir(t, d, corpusDir, SyncOptions{})
			if !slices.Equal(ch.Added, []string{"cay"}) {
				t.Errorf("Sync: %+v", ch)
			}
		})
	}
}

// TestOpenBrokenManifest checks that an unreadable manifest rebuilds the
// data dir.
func TestOpenBrokenManifest(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	writeCorpus(t, corpusDir, map[string]string{"cay.txt": article(7, 5, "trồng cây xanh")})
	d := openDir(t, data)
	syncDir(t, d, corpusDir, SyncOptions{})
	closeDir(t, d)
	writeAt(t, filepath.Join(data, manifestName), `{"files":`, past)
	d = openDir(t, data)
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Added, []string{"cay"}) {
		t.Errorf("Sync: %+v", ch)
	}
	checkConsistent(t, d)
}

// TestOpenInUse checks that a second Open fails at once with ErrInUse.
func TestOpenInUse(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	d := openDir(t, data)
	_, err := Open(context.Background(), data)
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "data dir in use") {
		t.Errorf("second Open: %v, want ErrInUse", err)
	}
	closeDir(t, d)
	closeDir(t, openDir(t, data))
}

// TestSyncRetry cuts a Sync short and syncs the same Dir again, as a
// server does on its next rescan.
func TestSyncRetry(t *testing.T) {
	root := t.TempDir()
	corpusDir := filepath.Join(root, "corpus")
	writeCorpus(t, corpusDir, map[string]string{"cay.txt": article(7, 5, "trồng cây xanh")})
	d := openDir(t, filepath.Join(root, "data"))
	syncDir(t, d, corpusDir, SyncOptions{})
	writeCorpus(t, corpusDir, map[string]string{"rac.txt": article(9, 5, "dọn rác thải")})
	if err := os.Remove(filepath.Join(corpusDir, "cay.txt")); err != nil {
		t.Fatal(err)
	}
	d.beforeCommit = func() error { return errors.New("disk full") }
	if _, err := d.Sync(context.Background(), corpusDir, SyncOptions{}); err == nil {
		t.Fatal("Sync: no error")
	}
	d.beforeCommit = nil
	ch := syncDir(t, d, corpusDir, SyncOptions{})
	if !slices.Equal(ch.Added, []string{"rac"}) || !slices.Equal(ch.Removed, []string{"cay"}) {
		t.Errorf("Sync again: %+v", ch)
	}
	checkConsistent(t, d)
}

// TestSyncFolders checks that several folders serve as one corpus: a file
// of a later folder hides the file of the same name in an earlier one, a
// Whole folder's files count at once under Stable, and a file moving from
// one folder to the other is read again.
func TestSyncFolders(t *testing.T) {
	root := t.TempDir()
	corpusDir, uploads := filepath.Join(root, "corpus"), filepath.Join(root, "uploads")
	writeCorpus(t, corpusDir, map[string]string{"cay.txt": article(7, 5, "trồng cây xanh")})
	writeCorpus(t, uploads, map[string]string{"mau.txt": article(1, 6, "hiến máu nhân đạo")})
	d := openDir(t, filepath.Join(root, "data"))
	folders := []Folder{{Path: corpusDir}, {Path: uploads, Whole: true}}
	remove := func(name string) {
		if err := os.Remove(name); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name                    string
		change                  func()
		added, changed, removed []string
		bad, pending            int
		// find are words whose passages must be found in article found
		// ("" for none).
		find  []string
		found string
	}{
		{name: "first scan: the corpus file waits, the upload counts at once",
			change: func() {}, added: []string{"mau"}, pending: 1,
			find: []string{"hiến", "máu"}, found: "mau"},
		{name: "second scan",
			change: func() {}, added: []string{"cay"},
			find: []string{"trồng", "cây"}, found: "cay"},
		{name: "an upload of the corpus file's name wins",
			change:  func() { writeAt(t, filepath.Join(uploads, "cay.txt"), article(7, 5, "nạo vét kênh"), past) },
			changed: []string{"cay"}, find: []string{"nạo", "vét"}, found: "cay"},
		{name: "the corpus file it hides is not read",
			change: func() {
				writeAt(t, filepath.Join(corpusDir, "cay.txt"), article(7, 5, "quét vôi"), past.Add(time.Minute))
			},
			find: []string{"quét", "vôi"}, found: ""},
		{name: "the upload gone, the corpus file waits to be stable",
			change: func() { remove(filepath.Join(uploads, "cay.txt")) }, pending: 1,
			find: []string{"nạo", "vét"}, found: "cay"},
		{name: "then serves again",
			change: func() {}, changed: []string{"cay"}, find: []string{"quét", "vôi"}, found: "cay"},
		{name: "an upload gone with no corpus file is removed",
			change: func() { remove(filepath.Join(uploads, "mau.txt")) }, removed: []string{"mau"},
			find: []string{"hiến", "máu"}, found: ""},
		{name: "names giving one ID across folders are both bad",
			change: func() {
				writeAt(t, filepath.Join(corpusDir, "h\u00f2a.txt"), article(8, 5, "dọn rác thải"), past)
				writeAt(t, filepath.Join(uploads, "ho\u0300a.txt"), article(8, 5, "dọn rác thải"), past)
			}, bad: 2, find: []string{"rác", "thải"}, found: ""},
	}
	for _, st := range steps {
		st.change()
		ch, err := d.SyncFolders(context.Background(), folders, SyncOptions{Stable: true})
		if err != nil {
			t.Fatalf("%s: SyncFolders: %v", st.name, err)
		}
		if !slices.Equal(ch.Added, st.added) || !slices.Equal(ch.Changed, st.changed) || !slices.Equal(ch.Removed, st.removed) ||
			len(ch.Bad) != st.bad || ch.Pending != st.pending {
			t.Errorf("%s: %+v; want added %v, changed %v, removed %v, %d bad, %d pending",
				st.name, ch, st.added, st.changed, st.removed, st.bad, st.pending)
		}
		got := articlesFound(t, d, st.find...)
		if want := []string{st.found}; st.found == "" && len(got) != 0 || st.found != "" && !slices.Equal(got, want) {
			t.Errorf("%s: search %v found %v, want %q", st.name, st.find, got, st.found)
		}
		checkConsistent(t, d)
	}

	// A missing folder is an error, and changes nothing.
	before := ids(d.Articles())
	if _, err := d.SyncFolders(context.Background(), []Folder{{Path: corpusDir}, {Path: filepath.Join(root, "none")}}, SyncOptions{}); err == nil {
		t.Error("SyncFolders with a missing folder: no error")
	}
	if _, err := d.SyncFolders(context.Background(), nil, SyncOptions{}); err == nil {
		t.Error("SyncFolders with no folder: no error")
	}
	if got := ids(d.Articles()); !slices.Equal(got, before) {
		t.Errorf("after failed syncs, Articles %v, want %v", got, before)
	}
}
