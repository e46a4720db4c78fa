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
	usage: `Usage: hoidap eval [--corpus DIR] [--min P] [--max-wrong P] FILE

Eval asks every question of FILE, a JSONL question set ("-" reads stdin),
each on its own, and scores the answers as the eval contract says. Each
line of FILE is one case:

  {"q": "bao nhiêu mô hình?", "tag": "model", "must": [["55"]]}
  {"q": "Giá vàng hôm nay?", "tag": "none", "none": true}

where every "must" group must be found, folded and as whole words, in the
short answer (any one string of a group will do), "none" means the only
right reply is "not in the article", and "or_none" accepts that reply as
well. An answer of kind "choose" (which article?) is never right and never
wrong. A case is wrong when it is not right and the engine answered (kind
neither "none" nor "choose"): the answer is mistaken or made up, which costs
a user's trust where a refusal only costs a question.

Eval prints each failure, headed WRONG for a wrong answer and FAIL for any
other, then a strict line per tag ("TAG N/M (P%)", sorted by tag), and last
"strict N/M (P%) lenient N/M (P%) wrong N/M (P%)"; lenient scores the
whole reply instead of the short answer, without its length cap, and P is
rounded half up.

Flags:
  --min P        exit 1 when the strict percentage (0 to 100, unrounded)
                 is below P
  --max-wrong P  exit 1 when the wrong percentage (0 to 100, unrounded)
                 is above P
  --corpus DIR   answer from the *.txt articles in DIR instead of the
                 embedded seed article (default $CORPUS_DIR)

Exit status: 0 when it ran (and met --min and --max-wrong), 1 when FILE
cannot be read or parsed, has no cases, the corpus cannot be loaded, the
strict score is below --min or the wrong rate above --max-wrong, 2 on a
usage error.
`,
}

// evalCmd.run refers to evalCmd, so it is set here.
func init() { evalCmd.run = runEval }

func runEval(ctx context.Context, args []string, sio stdio) int {
	c := evalCmd
	fs := c.newFlagSet()
	dir := corpusFlag(fs)
	data := dataFlag(fs)
	article := articleFlag(fs)
	minStrict := fs.Float64("min", 0, "the least strict percentage to pass")
	maxWrong := fs.Float64("max-wrong", 100, "the largest wrong percentage to pass")
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
	case !isPercent(*minStrict):
		c.usageError(sio, "--min %v is not a percentage from 0 to 100", *minStrict)
		return exitUsage
	case !isPercent(*maxWrong):
		c.usageError(sio, "--max-wrong %v is not a percentage from 0 to 100", *maxWrong)
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
	lib, _, err := openLibrary(ctx, *dir, *data, sio.err)
	if err != nil {
		printCorpusError(sio, err)
		return exitRuntime
	}
	defer lib.Close()
	if _, ok := lib.Meta(*article); *article != "" && !ok {
		fmt.Fprintf(sio.err, "hoidap %s: no article %q: hoidap articles lists them\n", c.name, *article)
		return exitRuntime
	}
	k := &asker{lib: lib, article: *article, sio: sio}
	rep := eval.Run(cases, func(q string) eval.Result {
		a := k.ask(ctx, q)
		return eval.Result{Kind: string(a.Kind), Answer: a.Answer.Answer, Reply: a.Reply}
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
	status := exitOK
	if got := rep.Strict(); got < *minStrict {
		fmt.Fprintf(sio.err, "hoidap eval: strict %.2f%% is below --min %v%%\n", got, *minStrict)
		status = exitRuntime
	}
	if got := rep.Wrong(); got > *maxWrong {
		fmt.Fprintf(sio.err, "hoidap eval: wrong %.2f%% is above --max-wrong %v%%\n", got, *maxWrong)
		status = exitRuntime
	}
	return status
}

// isPercent reports whether p is a percentage from 0 to 100 (NaN is not).
func isPercent(p float64) bool { return 0 <= p && p <= 100 }

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
