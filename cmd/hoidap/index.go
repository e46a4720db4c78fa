package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/hoidap/hoidap/datadir"
)

// indexCmd brings a data dir in step with a corpus folder.
var indexCmd = &command{
	name:    "index",
	summary: "parse and index the articles of a corpus folder into a data dir",
	usage: `Usage: hoidap index [--corpus DIR] [--data DIR]

Index brings the data dir in step with the *.txt articles in the corpus
folder: new and changed files (by content hash) are parsed, their facts
extracted and their passages indexed; the articles of files gone are
deleted. Unchanged files are not read again, so a second run is quick. The
data dir is made when missing or empty; one of an older format is rebuilt.
A folder of other files is never written to.

It prints one line on stdout: the articles added, changed and removed, the
bad files, the articles in the data dir and the time taken. Malformed files
are named on stderr and skipped. On a terminal, a progress line on stderr
shows the files read, the rate and the time left.

Flags:
  --corpus DIR  the folder of *.txt articles (default $CORPUS_DIR)
  --data DIR    the data dir (default $DATA_DIR)

Exit status: 0 when the data dir holds at least one article, 1 when it
holds none or on an error (among them "data dir in use" when another
hoidap has it open), 2 on a usage error.
`,
}

func init() { indexCmd.run = runIndex }

func runIndex(ctx context.Context, args []string, sio stdio) int {
	c := indexCmd
	fs := c.newFlagSet()
	corpusDir := fs.String("corpus", os.Getenv("CORPUS_DIR"), "")
	dataDir := fs.String("data", os.Getenv("DATA_DIR"), "")
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	switch {
	case *corpusDir == "":
		c.usageError(sio, "no corpus folder: give --corpus DIR or set CORPUS_DIR")
		return exitUsage
	case *dataDir == "":
		c.usageError(sio, "no data dir: give --data DIR or set DATA_DIR")
		return exitUsage
	}
	// The data dir logs what the command does not print itself: a
	// rebuild, a repair.
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(sio.err, &slog.HandlerOptions{Level: slog.LevelWarn})))

	start := time.Now()
	d, err := datadir.Open(ctx, *dataDir)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap index: %v\n", err)
		return exitRuntime
	}
	var opt datadir.SyncOptions
	var bar *progressLine
	if isTerminal(sio.err) {
		bar = &progressLine{w: sio.err}
		opt.Progress = bar.show
	}
	// The uploaded articles the bot keeps in the data dir stay.
	folders, err := corpusFolders(*corpusDir, *dataDir)
	var ch datadir.Changes
	if err == nil {
		ch, err = d.SyncFolders(ctx, folders, opt)
	}
	bar.clear()
	total := len(d.Articles())
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap index: %v\n", err)
		return exitRuntime
	}
	for _, b := range ch.Bad {
		fmt.Fprintf(sio.err, "hoidap index: bad file %s\n", b)
	}
	fmt.Fprintf(sio.out, "%d added, %d changed, %d removed, %d bad; %d articles in %s\n",
		len(ch.Added), len(ch.Changed), len(ch.Removed), len(ch.Bad), total, time.Since(start).Round(time.Millisecond))
	if total == 0 {
		fmt.Fprintf(sio.err, "hoidap index: no articles in %s\n", *corpusDir)
		return exitRuntime
	}
	return exitOK
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// A progressLine shows Sync's progress on one line of a terminal,
// rewritten in place.
type progressLine struct {
	w     io.Writer
	width int // of the longest line shown
}

// show rewrites the line with p.
func (l *progressLine) show(p datadir.Progress) {
	if p.Total == 0 {
		return
	}
	s := formatProgress(p)
	l.width = max(l.width, len(s))
	fmt.Fprintf(l.w, "\r%-*s", l.width, s)
}

// clear blanks the line, if one was shown. A nil l does nothing.
func (l *progressLine) clear() {
	if l == nil || l.width == 0 {
		return
	}
	fmt.Fprintf(l.w, "\r%s\r", strings.Repeat(" ", l.width))
}

// formatProgress says how far p is: "120/1000 files, 40/s, 22s left".
func formatProgress(p datadir.Progress) string {
	s := fmt.Sprintf("%d/%d files", p.Done, p.Total)
	secs := p.Elapsed.Seconds()
	if p.Done == 0 || secs <= 0 {
		return s
	}
	rate := float64(p.Done) / secs
	left := time.Duration(float64(p.Total-p.Done) / rate * float64(time.Second))
	return fmt.Sprintf("%s, %.0f/s, %s left", s, rate, left.Round(time.Second))
}
