package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hoidap/hoidap/datadir"
)

// TestIndexInUse checks that hoidap index on a data dir another has open
// exits 1 at once, saying so.
func TestIndexInUse(t *testing.T) {
	root := t.TempDir()
	corpusDir, data := filepath.Join(root, "corpus"), filepath.Join(root, "data")
	if err := os.Mkdir(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpusDir, "a.txt"), []byte("date 2024-05 Xã hội Ra quân trồng cây xanh (DNO) - Sáng 7/5, UBND quận Hải Châu ra quân.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d, err := datadir.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var out, errb strings.Builder
	code := runIndex(ctx, []string{"--corpus", corpusDir, "--data", data}, stdio{in: strings.NewReader(""), out: &out, err: &errb})
	if code != exitRuntime || !strings.Contains(errb.String(), "data dir in use") || out.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and \"data dir in use\"", code, out.String(), errb.String())
	}
}

func TestFormatProgress(t *testing.T) {
	tests := []struct {
		p    datadir.Progress
		want string
	}{
		{datadir.Progress{Done: 0, Total: 100}, "0/100 files"},
		{datadir.Progress{Done: 10, Total: 100, Elapsed: 0}, "10/100 files"},
		{datadir.Progress{Done: 10, Total: 100, Elapsed: time.Second}, "10/100 files, 10/s, 9s left"},
		{datadir.Progress{Done: 250, Total: 1000, Elapsed: 5 * time.Second}, "250/1000 files, 50/s, 15s left"},
		{datadir.Progress{Done: 1000, Total: 1000, Elapsed: 20 * time.Second}, "1000/1000 files, 50/s, 0s left"},
	}
	for _, tt := range tests {
		if got := formatProgress(tt.p); got != tt.want {
			t.Errorf("formatProgress(%+v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestProgressLine checks that the progress line is rewritten in place
// and blanked at the end.
func TestProgressLine(t *testing.T) {
	var b strings.Builder
	l := &progressLine{w: &b}
	l.show(datadir.Progress{Done: 250, Total: 1000, Elapsed: 5 * time.Second})
	l.show(datadir.Progress{Done: 0, Total: 1000})
	l.show(datadir.Progress{Done: 0, Total: 0}) // nothing to read: not shown
	l.clear()
	want := "\r250/1000 files, 50/s, 15s left" +
		"\r0/1000 files                  " +
		"\r                              \r"
	if b.String() != want {
		t.Errorf("wrote %q, want %q", b.String(), want)
	}
}
