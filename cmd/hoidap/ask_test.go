package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/hoidap/hoidap/answer"
)

// line is one result of readLine.
type line struct {
	text    string
	tooLong bool
}

func TestReadLine(t *testing.T) {
	const limit = 8
	tests := []struct {
		name string
		in   string
		want []line
	}{
		{"empty input", "", nil},
		{"one line", "abc\n", []line{{"abc", false}}},
		{"no final newline", "abc\ndef", []line{{"abc", false}, {"def", false}}},
		{"blank lines", "\n\n", []line{{"", false}, {"", false}}},
		{"crlf", "a\r\n\r\nb\r\n", []line{{"a", false}, {"", false}, {"b", false}}},
		{"inner cr kept", "a\rb\n", []line{{"a\rb", false}}},
		{"lone cr at end", "a\r", []line{{"a", false}}},
		{"exactly the limit", "12345678\n", []line{{"12345678", false}}},
		{"the limit with crlf", "12345678\r\n", []line{{"12345678", false}}},
		{"one over", "123456789\nok\n", []line{{"", true}, {"ok", false}}},
		{"far over, batch goes on", strings.Repeat("x", 100) + "\nok\n" + strings.Repeat("y", 50), []line{{"", true}, {"ok", false}, {"", true}}},
		{"invalid utf-8 passed through", "\xff\xfe\n", []line{{"\xff\xfe", false}}},
	}
	for _, tt := range tests {
		for _, mode := range []string{"whole", "one byte at a time"} {
			t.Run(tt.name+"/"+mode, func(t *testing.T) {
				var r io.Reader = strings.NewReader(tt.in)
				if mode != "whole" {
					r = iotest.OneByteReader(r)
				}
				// The smallest buffer bufio allows, to cross buffer boundaries.
				br := bufio.NewReaderSize(r, 16)
				var got []line
				for {
					text, tooLong, err := readLine(br, limit)
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						t.Fatalf("readLine: %v", err)
					}
					got = append(got, line{string(text), tooLong})
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("lines = %+v, want %+v", got, tt.want)
				}
			})
		}
	}
}

func TestReadLineError(t *testing.T) {
	boom := errors.New("boom")
	br := bufio.NewReader(io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(boom)))
	if _, _, err := readLine(br, 8); !errors.Is(err, boom) {
		t.Fatalf("readLine error = %v, want %v", err, boom)
	}
}

// TestAskLinesCancel checks that Ctrl-C stops a batch waiting for input.
func TestAskLinesCancel(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- askLines(ctx, &asker{}, pr, &answerWriter{w: bufio.NewWriter(&out)})
	}()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("askLines error = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("askLines still waits for input after its context was cancelled")
	}
	if out.Len() != 0 {
		t.Errorf("askLines wrote %q, want nothing", out.String())
	}
}

// TestAskerRecovers checks that a panicking engine (here a nil one) gives a
// none answer, is reported, and marks the run failed.
func TestAskerRecovers(t *testing.T) {
	var stderr bytes.Buffer
	k := &asker{sio: stdio{err: &stderr}}
	a := k.ask(context.Background(), "ai được tặng Bằng khen?\xff")
	if a.Kind != answer.KindNone || a.Sources == nil || a.Reply == "" {
		t.Errorf("answer = %+v, want a none answer with a reply and non-nil sources", a)
	}
	if a.Question != "ai được tặng Bằng khen?\uFFFD" {
		t.Errorf("question = %q, want invalid bytes replaced", a.Question)
	}
	if !k.failed {
		t.Error("asker not marked failed")
	}
	if !strings.Contains(stderr.String(), "internal error") {
		t.Errorf("stderr = %q, want the panic reported", stderr.String())
	}
}
