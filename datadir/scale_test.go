package datadir

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestScale measures a data dir of many articles: a cold Sync, a warm Open
// and Sync with nothing changed, adding one article, and the process's peak
// memory. It runs only when HOIDAP_SCALE=1; HOIDAP_SCALE_N sets the number
// of articles (default 10,000). Run it alone:
//
//	HOIDAP_SCALE=1 go test -run TestScale -v -timeout 30m ./datadir
func TestScale(t *testing.T) {
	if os.Getenv("HOIDAP_SCALE") != "1" {
		t.Skip("set HOIDAP_SCALE=1 to run")
	}
	n := 10000
	if s := os.Getenv("HOIDAP_SCALE_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			t.Fatalf("HOIDAP_SCALE_N=%q: want a positive number", s)
		}
	}
	ctx := context.Background()
	root := t.TempDir()
	if keep := os.Getenv("HOIDAP_SCALE_DIR"); keep != "" {
		// Kept for the command line's figures (README, "Many articles at
		// scale"): hoidap ask --data DIR/data.
		root = keep
	}
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	start := time.Now()
	bytes := generateCorpus(t, corpusDir, n)
	t.Logf("generated %d articles (%.1f MB) in %s", n, float64(bytes)/1e6, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	d, err := Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := d.Sync(ctx, corpusDir, SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cold := time.Since(start)
	passages := d.Index().Len()
	if len(ch.Added) != n || len(ch.Bad) != 0 {
		t.Fatalf("cold Sync: %d added, bad %v; want %d, none", len(ch.Added), ch.Bad, n)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	start = time.Now()
	d, err = Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	open := time.Since(start)
	ch, err = d.Sync(ctx, corpusDir, SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	warm := time.Since(start)
	if len(ch.Added)+len(ch.Changed)+len(ch.Removed) != 0 || d.reads.Load() != 0 {
		t.Errorf("warm Sync: %+v, %d files read; want nothing", ch, d.reads.Load())
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	warmHeap := ms.HeapInuse

	b, err := os.ReadFile(filepath.Join(corpusDir, "g00000.txt"))
	if err != nil {
		t.Fatal(err)
	}
	writeAt(t, filepath.Join(corpusDir, "zz_new.txt"), vary(string(b), n+1), time.Now().Add(-time.Hour))
	start = time.Now()
	ch, err = d.Sync(ctx, corpusDir, SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	addOne := time.Since(start)
	if len(ch.Added) != 1 {
		t.Errorf("adding one: %+v", ch)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	t.Logf("articles %d, passages %d, GOMAXPROCS %d", n, passages, runtime.GOMAXPROCS(0))
	t.Logf("cold Open+Sync: %s (%.0f articles/s)", cold.Round(time.Millisecond), float64(n)/cold.Seconds())
	t.Logf("warm Open: %s; warm Open+Sync, nothing changed: %s; heap in use after: %.1f MB", open.Round(time.Millisecond), warm.Round(time.Millisecond), float64(warmHeap)/1e6)
	t.Logf("Sync adding one article: %s", addOne.Round(time.Millisecond))
	t.Logf("data dir: %.1f MB; peak RSS of the test process (VmHWM): %s", float64(dirSize(t, data))/1e6, peakRSS(t))
}

// nameSwap are family names the generated articles trade for one another.
var nameSwap = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}

// varyNames matches a family name of nameSwap followed by a capitalised word.
var varyNames = regexp.MustCompile(`\b(` + strings.Join(nameSwap, "|") + `) (\p{Lu})`)

// varyNumbers matches a number of two digits or more that is not part of
// a date, a decimal or a range.
var varyNumbers = regexp.MustCompile(`(^|[^\d/.,\-])(\d{2,})([^\d/.,\-]|$)`)

// dateLineRE matches the date line's "date YYYY-MM(-DD)".
var dateLineRE = regexp.MustCompile(`^\s*date \d{4}-\d{1,2}(-\d{1,2})?`)

// vary makes the i-th variant of a raw article: another date line, other
// numbers, other family names.
func vary(text string, i int) string {
	head := fmt.Sprintf("date %d-%02d-%02d", 2020+i%6, 1+i%12, 1+i%28)
	loc := dateLineRE.FindStringIndex(text)
	if loc == nil {
		return text
	}
	body := text[loc[1]:]
	body = varyNumbers.ReplaceAllStringFunc(body, func(m string) string {
		sub := varyNumbers.FindStringSubmatch(m)
		v, err := strconv.Atoi(sub[2])
		if err != nil {
			return m
		}
		return sub[1] + strconv.Itoa(v+i) + sub[3]
	})
	k := 0
	body = varyNames.ReplaceAllStringFunc(body, func(m string) string {
		sub := varyNames.FindStringSubmatch(m)
		k++
		return nameSwap[(i+k)%len(nameSwap)] + " " + sub[2]
	})
	return head + body
}

// generateCorpus writes n articles into dir, varied from the training
// articles, with mtimes an hour ago, and returns their total size.
func generateCorpus(t *testing.T, dir string, n int) int64 {
	t.Helper()
	files, err := filepath.Glob("../testdata/train/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no training articles: %v", err)
	}
	var bases []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bases = append(bases, string(b))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Hour)
	var total int64
	for i := range n {
		text := vary(bases[i%len(bases)], i)
		name := filepath.Join(dir, fmt.Sprintf("g%05d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(name, past, past); err != nil {
			t.Fatal(err)
		}
		total += int64(len(text))
	}
	return total
}

// dirSize returns the bytes of the files under dir.
func dirSize(t *testing.T, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// peakRSS returns the VmHWM line of /proc/self/status: the peak resident
// memory of the whole test process.
func peakRSS(t *testing.T) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
