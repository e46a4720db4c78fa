//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileAtomic checks that weights replace a regular file whole and
// that a name which is no regular file (here a named pipe, as /dev/null is
// a device) is written to, not renamed over.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()

	t.Run("regular file", func(t *testing.T) {
		name := filepath.Join(dir, "weights.txt")
		if err := os.WriteFile(name, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := writeFileAtomic(name, []byte("new")); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(name); string(got) != "new" {
			t.Errorf("file holds %q, want %q", got, "new")
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".weights-*")); len(left) > 0 {
			t.Errorf("temporary files left: %q", left)
		}
	})

	t.Run("named pipe", func(t *testing.T) {
		name := filepath.Join(dir, "pipe")
		if err := syscall.Mkfifo(name, 0o600); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(name)
			if err != nil {
				got <- err.Error()
				return
			}
			defer f.Close()
			b, _ := io.ReadAll(f)
			got <- string(b)
		}()
		if err := writeFileAtomic(name, []byte("weights")); err != nil {
			t.Fatal(err)
		}
		info, err := os.Lstat(name)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("%s is %v after writing, want a named pipe still", name, info.Mode())
		}
		if s := <-got; s != "weights" {
			t.Errorf("the pipe's reader got %q, want %q", s, "weights")
		}
	})

	t.Run("folder", func(t *testing.T) {
		if err := writeFileAtomic(dir, []byte("x")); err == nil {
			t.Error("writing over a folder: no error")
		}
	})
}
