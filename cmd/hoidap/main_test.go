package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/hoidap/hoidap/store"
)

// TestMain lets the test binary run as the real hoidap inside the scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"hoidap": main,
	})
}

// TestScript runs the command-line scripts in testdata/script.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			// A binary built with -race sleeps a second at exit by default;
			// the scripts run hoidap a hundred times.
			env.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":     cmdExits,
			"writeq":    cmdWriteq,
			"bigline":   cmdBigline,
			"jsonlines": cmdJSONLines,
			"factsjson": cmdFactsJSON,
			"recordq":   cmdRecordq,
		},
	})
}

// cmdExits runs a program and checks its exit code, keeping its output for
// stdout and stderr:
//
//	exits CODE PROGRAM [ARGS...]
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdWriteq writes TEXT to a file with Go's escapes (\xff, \r, \n,
// \u200b) interpreted, so a script can make invalid UTF-8, control
// characters and CRLF line ends (write a double quote as \x22):
//
//	writeq FILE 'a\xffb\r\n'
func cmdWriteq(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: writeq FILE TEXT")
	}
	s, err := strconv.Unquote(`"` + args[1] + `"`)
	if err != nil {
		ts.Fatalf("writeq: bad escapes in %q: %v", args[1], err)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(s), 0o666))
}

// cmdBigline writes a file of three lines, the middle one N bytes of "x":
//
//	bigline FILE N BEFORE AFTER
func cmdBigline(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 4 {
		ts.Fatalf("usage: bigline FILE N BEFORE AFTER")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	var b bytes.Buffer
	b.WriteString(args[2] + "\n")
	b.WriteString(strings.Repeat("x", n) + "\n")
	b.WriteString(args[3] + "\n")
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o666))
}

// cmdJSONLines checks that stdout is N answers in the JSON shape of the
// evaluation contract, one a line, and optionally the kind of each:
// "fact", "passage", "none", "choose", or "answered" for fact or passage.
//
//	jsonlines N [KIND...]
func cmdJSONLines(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: jsonlines N [KIND...]")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	kinds := args[1:]
	if len(kinds) != 0 && len(kinds) != n {
		ts.Fatalf("jsonlines: %d kinds for %d lines", len(kinds), n)
	}
	out := ts.ReadFile("stdout")
	if !strings.HasSuffix(out, "\n") {
		ts.Fatalf("stdout does not end in a newline")
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if out == "" {
		lines = nil
	}
	if len(lines) != n {
		ts.Fatalf("stdout has %d lines, want %d", len(lines), n)
	}
	for i, line := range lines {
		if err := checkAnswerJSON(line); err != nil {
			ts.Fatalf("line %d: %v: %s", i+1, err, abbrev(line))
		}
		if len(kinds) == 0 {
			continue
		}
		var a struct{ Kind string }
		ts.Check(json.Unmarshal([]byte(line), &a))
		switch want := kinds[i]; {
		case want == "answered" && (a.Kind == "fact" || a.Kind == "passage"):
		case want == a.Kind:
		default:
			ts.Fatalf("line %d: kind %q, want %q: %s", i+1, a.Kind, want, abbrev(line))
		}
	}
}

// checkAnswerJSON checks one answer line: every field of the contract
// present with its type, sources a list and never null.
func checkAnswerJSON(line string) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		return fmt.Errorf("not a JSON object: %w", err)
	}
	for _, k := range []string{"question", "answer", "reply", "kind"} {
		var s string
		if err := json.Unmarshal(m[k], &s); err != nil || m[k] == nil {
			return fmt.Errorf("%q is not a string", k)
		}
	}
	var a struct {
		Kind       string
		Answer     string
		Confidence *float64
		Sources    *[]struct {
			ID      string
			Article string
			Text    string
		}
		Choices []struct{ ID, Title, Date string }
	}
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		return err
	}
	switch {
	case a.Kind != "fact" && a.Kind != "passage" && a.Kind != "none" && a.Kind != "choose":
		return fmt.Errorf("kind %q", a.Kind)
	case (a.Kind == "choose") != (len(a.Choices) > 0):
		return fmt.Errorf("kind %q with %d choices", a.Kind, len(a.Choices))
	case a.Confidence == nil || *a.Confidence < 0 || *a.Confidence > 1:
		return fmt.Errorf("confidence missing or outside [0, 1]")
	case a.Sources == nil:
		return fmt.Errorf("sources missing or null")
	case len([]rune(a.Answer)) > 300:
		return fmt.Errorf("answer over 300 characters")
	case a.Answer == "":
		return fmt.Errorf("empty answer")
	}
	for _, c := range a.Choices {
		if c.ID == "" || c.Title == "" {
			return fmt.Errorf("choice without id or title")
		}
	}
	for _, s := range *a.Sources {
		if s.ID == "" || s.Article == "" || s.Text == "" {
			return fmt.Errorf("source without id, article or text")
		}
	}
	return nil
}

// cmdFactsJSON checks that stdout is the object hoidap facts prints, with N
// articles whose every header field is a string.
//
//	factsjson N
func cmdFactsJSON(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: factsjson N")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	var out struct {
		Articles []map[string]any
		Facts    *[]map[string]any
	}
	ts.Check(json.Unmarshal([]byte(ts.ReadFile("stdout")), &out))
	if len(out.Articles) != n {
		ts.Fatalf("%d articles, want %d", len(out.Articles), n)
	}
	for i, a := range out.Articles {
		for _, k := range []string{"id", "date", "section", "title", "source", "lead"} {
			if _, ok := a[k].(string); !ok {
				ts.Fatalf("article %d: %q is not a string", i, k)
			}
		}
	}
	if out.Facts == nil {
		ts.Fatalf("facts missing or null")
	}
	for i, f := range *out.Facts {
		if _, ok := f["type"].(string); !ok {
			ts.Fatalf("fact %d has no type", i)
		}
	}
}

// abbrev shortens s for a failure message.
func abbrev(s string) string {
	if r := []rune(s); len(r) > 300 {
		return string(r[:300]) + "…"
	}
	return s
}

// cmdRecordq records one asked question in the store at URL, as the bot
// would: asked ago (a Go duration, "0s" by default) before now, in chat
// (1 by default), then voted 1 or -1 when vote is given. There is no
// command to record questions; this seeds stores for report's scripts.
//
//	recordq URL ARTICLE KIND QUESTION [vote=V] [ago=D] [chat=N]
func cmdRecordq(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 4 {
		ts.Fatalf("usage: recordq URL ARTICLE KIND QUESTION [vote=V] [ago=D] [chat=N]")
	}
	r := store.Record{Time: time.Now(), Chat: 1, Article: args[1], Kind: args[2], Question: args[3], Answer: "a"}
	vote := 0
	for _, opt := range args[4:] {
		name, value, _ := strings.Cut(opt, "=")
		var err error
		switch name {
		case "vote":
			vote, err = strconv.Atoi(value)
		case "ago":
			var d time.Duration
			d, err = time.ParseDuration(value)
			r.Time = r.Time.Add(-d)
		case "chat":
			r.Chat, err = strconv.ParseInt(value, 10, 64)
		default:
			ts.Fatalf("recordq: unknown option %q", opt)
		}
		ts.Check(err)
	}
	url := args[0]
	if path, ok := strings.CutPrefix(url, "sqlite://"); ok {
		url = "sqlite://" + ts.MkAbs(path)
	}
	s, err := store.Open(context.Background(), url)
	ts.Check(err)
	defer s.Close()
	id, err := s.Record(context.Background(), r)
	ts.Check(err)
	if vote != 0 {
		ts.Check(s.Feedback(context.Background(), id, vote))
	}
}
