package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/learn"
)

// trainCmd fits the answer engine's scorer on the committed question sets.
var trainCmd = &command{
	name:    "train",
	summary: "fit the answer scorer on the committed question sets",
	usage: `Usage: hoidap train [--testdata DIR] [--out FILE] [--max-wrong P] [--rows]

Train runs every committed question set through the engine: the seed's
sets, our articles, the blind rounds and the training articles of
DIR/train. Each candidate answer is labelled right when it holds the
case's must strings and no shorter candidate of the same sentence does.
To these it adds the questions about real crawled articles of the
batches DIR/real/training.txt lists, as the rows file DIR/real/rows.tsv
holds them: their candidates' features and labels, without the
articles' text, which is not committed. With --rows the rows are first
written again from the texts in DIR/real/text (each checked against its
recipe's sha256; those absent or different are named and left out).
A logistic regression over the candidates' named features is fitted, and
the refusal threshold is chosen on out-of-fold predictions (ten folds,
split by article, six times over) so that at most P percent of questions
get a wrong answer. The weights, each beside its feature's name and rounded to 4
decimals, are written to FILE, with the out-of-fold figures and the
calibration bins as comments; the same figures go to stdout. Training is
deterministic: the same sets give the same file. Rebuild hoidap to use
the new weights.

Run it from the repository's top folder.

Flags:
  --testdata DIR  the question sets (default testdata)
  --out FILE      where to write the weights (default answer/weights.txt;
                  - for stdout)
  --max-wrong P   the most questions, in percent, that may get a wrong
                  answer out of fold (default 4)
  --rows          write DIR/real/rows.tsv again from the real articles'
                  texts before training on it; needed whenever a
                  feature, a generator or the corpus reader changes

Exit status: 0 on success, 1 when a set cannot be read or the fit fails,
2 on a usage error.
`,
}

func init() { trainCmd.run = runTrain }

func runTrain(ctx context.Context, args []string, sio stdio) int {
	c := trainCmd
	fs := c.newFlagSet()
	root := fs.String("testdata", "testdata", "")
	out := fs.String("out", filepath.FromSlash(answer.WeightsFile), "")
	maxWrong := fs.Float64("max-wrong", learn.DefaultOptions.MaxWrong, "")
	writeRows := fs.Bool("rows", false, "")
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	if !(*maxWrong >= 0 && *maxWrong <= 100) {
		c.usageError(sio, "--max-wrong must be a percentage from 0 to 100")
		return exitUsage
	}
	sets, err := learn.Sets(*root)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
		return exitRuntime
	}
	var rows *learn.Rows
	var rowsData []byte
	if *writeRows {
		rows, rowsData, err = realRows(ctx, *root, sio)
	} else {
		rows, err = learn.LoadRows(*root)
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
		return exitRuntime
	}
	opt := learn.DefaultOptions
	opt.MaxWrong = *maxWrong
	s, r, err := learn.Train(ctx, sets, rows, opt)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
		return exitRuntime
	}
	if rowsData != nil {
		name := filepath.Join(*root, filepath.FromSlash(learn.RowsFile))
		if err := writeFileAtomic(name, rowsData); err != nil {
			fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
			return exitRuntime
		}
		fmt.Fprintf(sio.out, "wrote %s: %d questions about %d real articles\n", name, rows.Questions(), len(rows.Articles()))
	}
	var buf bytes.Buffer
	if err := s.Joined().Write(&buf, learn.Header(r)...); err != nil {
		fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
		return exitRuntime
	}
	if *out == "-" {
		_, err = sio.out.Write(buf.Bytes())
	} else {
		for _, l := range r.Lines() {
			fmt.Fprintln(sio.out, l)
		}
		err = writeFileAtomic(*out, buf.Bytes())
		if err == nil {
			fmt.Fprintf(sio.out, "wrote %s\n", *out)
		}
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap train: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

// realRows collects the rows of the real articles under root whose text
// is there, naming on stderr those left out, and returns them as read back
// from what they write: training then reads exactly what the rows file
// will hold.
func realRows(ctx context.Context, root string, sio stdio) (*learn.Rows, []byte, error) {
	sets, missing, err := learn.RealSets(root)
	if err != nil {
		return nil, nil, err
	}
	for _, m := range missing {
		fmt.Fprintf(sio.err, "hoidap train: real article %s left out: %s\n", m.ID, m.Reason)
	}
	if len(sets) == 0 {
		return nil, nil, fmt.Errorf("no real article to write rows of: fetch the texts into %s (see its README)", filepath.Join(root, "real", "text"))
	}
	collected, err := learn.CollectRows(ctx, sets)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	if err := collected.Write(&buf); err != nil {
		return nil, nil, err
	}
	rows, err := learn.ReadRows(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return nil, nil, err
	}
	return rows, buf.Bytes(), nil
}

// writeFileAtomic writes data to name through a temporary file in the same
// folder, so that an interrupted run leaves the old file whole. A name that
// is not a regular file (/dev/null, a pipe) is written to directly: renaming
// over it would replace the device with a file.
func writeFileAtomic(name string, data []byte) error {
	if info, err := os.Stat(name); err == nil && !info.Mode().IsRegular() {
		if err := os.WriteFile(name, data, 0); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".weights-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
