package bot

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// talkCase is one line of testdata/smalltalk.tsv: a message and what it is.
type talkCase struct {
	text string
	kind talkKind
}

// readTalkCases reads testdata/smalltalk.tsv, a table written apart from
// the word lists: text, then kind (greeting, thanks, question, empty).
func readTalkCases(t *testing.T) []talkCase {
	t.Helper()
	f, err := os.Open("testdata/smalltalk.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []talkCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text, kind, ok := strings.Cut(sc.Text(), "\t")
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue // the header
		}
		if !ok {
			t.Fatalf("smalltalk.tsv:%d: no tab", line)
		}
		cases = append(cases, talkCase{text, talkKind(strings.TrimSpace(kind))})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("smalltalk.tsv has %d cases", len(cases))
	}
	return cases
}

func TestClassify(t *testing.T) {
	cases := append(readTalkCases(t), []talkCase{
		{"bạn", talkQuestion},
		{"bot ơi", talkGreeting},
		{"tạm biệt nhé", talkGreeting},
		{"chào bạn, cảm ơn nhé", talkThanks},
		{"😀 ?", talkEmpty},
		{"cảm ơn bài báo nói gì", talkQuestion},
		{"có bao nhiêu mô hình?", talkQuestion},
	}...)
	for _, c := range cases {
		if got := classify(c.text); got != c.kind {
			t.Errorf("classify(%q) = %s, want %s", c.text, got, c.kind)
		}
	}
}
