package main

import (
	"context"
	"fmt"

	"github.com/hoidap/hoidap/eval"
)

// evalCmd scores the engine on a question set.
var evalCmd = &command{
	name:    "eval",
	summary: "score the answers to a question set",
	usage: `Usage: hoidap eval [--corpus DIR] [--min P] FILE

Eval asks every question of FILE, a JSONL question set ("-" reads stdin),
each on its own, and scores the answers as the eval contract says. Each
line of FILE is one case:

  {"q": "bao nhiêu mô hình?", "tag": "model", "must": [["55"]]}
  {"q": "Giá vàng hôm nay?", "tag": "none", "none": true}

where every "must" group must be found, folded and as whole words, in the
short answer (any one string of a group will do), "none" means the only
right reply is "not in the article", and "or_none" accepts that reply as
well. Eval prints each failure, then a strict line per tag ("TAG N/M (P%)",
sorted by tag), and last "strict N/M (P%) lenient N/M (P%)"; lenient
scores the whole reply instead of the short answer, without its length cap.

Flags:
  --min P       exit 1 when the strict percentage (0 to 100, unrounded)
                is below P
  --corpus DIR  answer from the *.txt articles in DIR instead of the
                embedded seed article (default $CORPUS_DIR)

Exit status: 0 when it ran (and met --min), 1 when FILE cannot be read or
parsed, has no cases, the corpus cannot be loaded or the score is below
--min, 2 on a usage error.
`,
}

// evalCmd.run refers to evalCmd, so it is set here.
func init() { evalCmd.run = runEval }

func runEval(ctx context.Context, args []string, sio stdio) int {
	c := evalCmd
	fs := c.newFlagSet()
	dir := corpusFlag(fs)
	minStrict := fs.Float64("min", 0, "the least strict percentage to pass")
	pos, code, ok := c.parse(fs, args, sio)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 0:
		c.usageError(sio, "missing the question set FILE")
		return exitUsage
	case len(pos) > 1:
		c.usageError(sio, "one question set FILE, not %d", len(pos))
		return exitUsage
	case *minStrict < 0 || *minStrict > 100:
		c.usageError(sio, "--min %v is not a percentage from 0 to 100", *minStrict)
		return exitUsage
	}
	cases, err := readCases(pos[0], sio)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap eval: %v\n", err)
		return exitRuntime
	}
	if len(cases) == 0 {
		fmt.Fprintf(sio.err, "hoidap eval: %s has no cases\n", pos[0])
		return exitRuntime
	}
	e, err := openEngine(ctx, *dir)
	if err != nil {
		printCorpusError(sio, err)
		return exitRuntime
	}
	k := &asker{engine: e, sio: sio}
	rep := eval.Run(cases, func(q string) eval.Result {
		a := k.ask(ctx, q)
		return eval.Result{Kind: string(a.Kind), Answer: a.Answer, Reply: a.Reply}
	})
	if err := ctx.Err(); err != nil {
		fmt.Fprintf(sio.err, "hoidap eval: stopped: %v\n", err)
		return exitRuntime
	}
	if err := rep.Write(sio.out); err != nil {
		fmt.Fprintf(sio.err, "hoidap eval: %v\n", err)
		return exitRuntime
	}
	if k.failed {
		return exitRuntime
	}
	if got := rep.Strict(); got < *minStrict {
		fmt.Fprintf(sio.err, "hoidap eval: strict %.2f%% is below --min %v%%\n", got, *minStrict)
		return exitRuntime
	}
	return exitOK
}

// readCases reads the question set in file, or stdin for "-".
func readCases(file string, sio stdio) ([]eval.Case, error) {
	if file == "-" {
		cases, err := eval.ReadCases(sio.in)
		if err != nil {
			return nil, fmt.Errorf("stdin: %w", err)
		}
		return cases, nil
	}
	return eval.ReadCasesFile(file)
}
