package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hoidap/hoidap/answer"
)

// askCmd answers questions given as arguments or, one a line, on stdin.
var askCmd = &command{
	name:    "ask",
	summary: "answer questions about the articles",
	usage: `Usage: hoidap ask [--json [--explain]] [--corpus DIR] [QUESTION...]

Ask answers a question about the articles: the short answer, the source
sentence and the newspaper it came from, or says that the articles do not
say.

The words of QUESTION are joined with spaces into one question; flags may
come anywhere, and "--" ends them. With no QUESTION at all, ask reads
questions from stdin, one a line, and writes exactly one answer per line in
order: a blank line gets a "not in the article" answer, a trailing "\r" is
dropped, and a line over 1 MB is not answered but the batch goes on. Every
question is answered on its own, with no previous turn.

Without --json each answer is the reply a user sees, followed by a blank
line. With --json each answer is one JSON object a line:

  {"question", "answer", "reply", "kind", "confidence", "sources", ...}

where kind is "fact", "passage" or "none" and sources is a list (never
null) of {"id", "article", "text", ...}. With --explain the object also
has "explain": the engine's top three candidate answers, best first as
its ranker orders them, each with its generator, the probability the
scorer gives it and its non-zero features by name — to see why an answer
won, or why the articles were said not to say.

Flags:
  --json        print one JSON object a line
  --explain     with --json, add the top three candidates and their
                features
  --corpus DIR  answer from the *.txt articles in DIR instead of the
                embedded seed article (default $CORPUS_DIR)

Exit status: 0 when every question was answered, 1 when the corpus cannot
be loaded (nothing is answered) or an answer failed, 2 on a usage error.
`,
}

// askCmd.run refers to askCmd, so it is set here.
func init() { askCmd.run = runAsk }

// maxLine is the longest stdin line ask answers, in bytes.
const maxLine = 1 << 20

// replyTooLong is the reply to a stdin line over maxLine.
const replyTooLong = "Câu hỏi dài quá (hơn 1 MB) nên không được trả lời. Xin hỏi ngắn gọn hơn."

func runAsk(ctx context.Context, args []string, sio stdio) int {
	c := askCmd
	fs := c.newFlagSet()
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	explain := fs.Bool("explain", false, "add the top candidates to the JSON")
	dir := corpusFlag(fs)
	data := dataFlag(fs)
	article := articleFlag(fs)
	words, code, ok := c.parse(fs, args, sio)
	if !ok {
		return code
	}
	if *explain && !*asJSON {
		c.usageError(sio, "--explain needs --json")
		return exitUsage
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
	k := &asker{lib: lib, article: *article, sio: sio, explain: *explain}
	w := &answerWriter{w: bufio.NewWriter(sio.out), json: *asJSON}
	if len(words) > 0 {
		w.write(k.ask(ctx, strings.Join(words, " ")))
		if err := w.flush(); err != nil {
			fmt.Fprintf(sio.err, "hoidap ask: %v\n", err)
			return exitRuntime
		}
		return exitCode(k)
	}
	if err := askLines(ctx, k, sio.in, w); err != nil {
		fmt.Fprintf(sio.err, "hoidap ask: %v\n", err)
		return exitRuntime
	}
	return exitCode(k)
}

// exitCode is the exit code after k answered everything.
func exitCode(k *asker) int {
	if k.failed {
		return exitRuntime
	}
	return exitOK
}

// askLines answers every line of in with k and writes the answers to w,
// exactly one per line, in order. It flushes w whenever no more input is
// buffered, so an interactive user sees each answer at once. When ctx is
// cancelled (Ctrl-C) it stops at once, even while waiting for input.
func askLines(ctx context.Context, k *asker, in io.Reader, w *answerWriter) error {
	lines := readLines(ctx, in)
	for n := 1; ; n++ {
		var l inputLine
		select {
		case <-ctx.Done():
			w.flush()
			return fmt.Errorf("stopped before line %d: %w", n, ctx.Err())
		case l = <-lines:
		}
		if errors.Is(l.err, io.EOF) {
			return w.flush()
		}
		if l.err != nil {
			w.flush()
			return fmt.Errorf("reading line %d: %w", n, l.err)
		}
		if l.tooLong {
			w.write(noneAnswer("", replyTooLong))
		} else {
			w.write(k.ask(ctx, string(l.text)))
		}
		if w.err != nil {
			return w.err
		}
		if !l.more {
			if err := w.flush(); err != nil {
				return err
			}
		}
	}
}

// An inputLine is one result of readLine.
type inputLine struct {
	text    []byte
	tooLong bool
	// more is set when more input was already buffered after the line.
	more bool
	err  error
}

// readLines reads in line by line in a goroutine, so that the reader of the
// channel can give up waiting when ctx is done. The last value sent carries
// an error, io.EOF at the end of the input.
func readLines(ctx context.Context, in io.Reader) <-chan inputLine {
	lines := make(chan inputLine)
	go func() {
		br := bufio.NewReaderSize(in, 64<<10)
		for {
			text, tooLong, err := readLine(br, maxLine)
			select {
			case lines <- inputLine{text: text, tooLong: tooLong, more: br.Buffered() > 0, err: err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return lines
}

// readLine reads the next line from br and returns it without its "\n" or
// "\r\n". A line longer than limit bytes is read to its end and discarded:
// readLine then returns tooLong and no text. After the last line it returns
// io.EOF; a last line without "\n" is still a line.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	read := 0
	for {
		chunk, err := br.ReadSlice('\n')
		read += len(chunk)
		// Keep at most limit+2 bytes: enough to know, once "\r\n" is
		// dropped, whether the line is over limit.
		if !tooLong {
			if len(line)+len(chunk) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		if err != nil && read == 0 {
			return nil, false, io.EOF
		}
		break
	}
	if tooLong {
		return nil, true, nil
	}
	line = trimEOL(line)
	if len(line) > limit {
		return nil, true, nil
	}
	return line, false, nil
}

// trimEOL drops a trailing "\n" and then a trailing "\r".
func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

// answerWriter writes answers as replies or JSON lines and keeps the first
// write error.
type answerWriter struct {
	w    *bufio.Writer
	json bool
	err  error
}

// write writes one answer: its reply and a blank line, or one JSON line.
func (w *answerWriter) write(a asked) {
	if w.err != nil {
		return
	}
	if w.json {
		enc := json.NewEncoder(w.w)
		enc.SetEscapeHTML(false)
		var v any = a.Answer
		if a.explain != nil {
			v = struct {
				answer.Answer
				Explain []explained `json:"explain"`
			}{a.Answer, a.explain}
		}
		if err := enc.Encode(v); err != nil {
			w.err = fmt.Errorf("encode answer: %w", err)
		}
		return
	}
	reply := strings.TrimRight(a.Reply, "\n")
	if reply == "" {
		reply = a.Answer.Answer
	}
	if _, err := fmt.Fprintf(w.w, "%s\n\n", reply); err != nil {
		w.err = fmt.Errorf("write answer: %w", err)
	}
}

// flush flushes the answers written so far.
func (w *answerWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.w.Flush(); err != nil {
		w.err = fmt.Errorf("write answers: %w", err)
	}
	return w.err
}
