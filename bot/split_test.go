package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/library"
)

func TestSplitHTML(t *testing.T) {
	long := strings.Repeat("một hai ba bốn. ", 40) // 640 characters
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"short", "<b>a</b> &amp; b", 100, []string{"<b>a</b> &amp; b"}},
		{"empty", "", 100, nil},
		{"only tags", "<b></b>", 100, nil},
		{"at a line break", "aaaa\nbbbb\ncccc", 10, []string{"aaaa\nbbbb", "cccc"}},
		{"at a space", "aaaa bbbb cccc", 10, []string{"aaaa bbbb", "cccc"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"entity is one character", "&lt;&lt;&lt;&lt;&lt;", 2, []string{"&lt;&lt;", "&lt;&lt;", "&lt;"}},
		{"tags reopened", "<b>x</b>\n<blockquote>aaa bbb\nccc</blockquote>\n<i>d</i>", 6,
			[]string{"<b>x</b>", "<blockquote>aaa</blockquote>", "<blockquote>bbb</blockquote>", "<blockquote>ccc</blockquote>\n<i>d</i>"}},
		{"link reopened", `<a href="https://x.org/?a=1&amp;b=2">aaa bbb</a>`, 4,
			[]string{`<a href="https://x.org/?a=1&amp;b=2">aaa</a>`, `<a href="https://x.org/?a=1&amp;b=2">bbb</a>`}},
		{"astral runes count two", "😀😀😀", 4, []string{"😀😀", "😀"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitHTML(tt.in, tt.limit)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("splitHTML(%q, %d)\n got %q\nwant %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
	// Every part of a long quoted text is valid and within the limit, and
	// together they keep all the text.
	in := "<b>Đoạn gốc</b>\n<blockquote>" + esc(long+"<&>"+long) + "</blockquote>"
	parts := splitHTML(in, 100)
	var visible int
	for _, p := range parts {
		if err := checkHTML(p); err != nil {
			t.Fatalf("part %q: %v", p, err)
		}
		if n := visibleLen(p); n > 100 {
			t.Errorf("part of %d characters", n)
		}
		visible += visibleLen(p)
	}
	if want := visibleLen(in); visible < want-len(parts)*2 {
		t.Errorf("parts keep %d of %d characters", visible, want)
	}
}

func TestFormatEscapes(t *testing.T) {
	for _, s := range []string{"<b>", "a & b", `"quoted" <i>x</i> &amp;`, "</blockquote>"} {
		if err := checkHTML(formatPassageText(s)); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// formatPassageText renders s through the answer format.
func formatPassageText(s string) string {
	e := newFakeEngine()
	a := e.Ask(context.Background(), library.Request{Question: "echo " + s})
	return formatAnswer(a, true, "")
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"ngắn", 10, "ngắn"},
		{"một hai ba bốn năm", 10, "một hai…"},
		{"abcdefghijkl", 5, "abcd…"},
		{"  cách  ", 10, "cách"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestFakeAPIRejectsBadHTML checks the fake API's parser, which the other
// tests rely on to catch unescaped text.
func TestFakeAPIRejectsBadHTML(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"<b>a</b> &lt;&gt;&amp;&quot;&#39;&#x3C;", true},
		{`<blockquote>a</blockquote><a href="https://t.me/x?start=a&amp;b">l</a><tg-spoiler>s</tg-spoiler>`, true},
		{"<script>x</script>", false},
		{"a < b", false},
		{"a > b", false},
		{"a & b", false},
		{"&nbsp;", false},
		{"<b>unclosed", false},
		{"<b><i>crossed</b></i>", false},
		{"<a>no href</a>", false},
		{"", false},
		{strings.Repeat("a", MaxMessage+1), false},
		{strings.Repeat("&amp;", MaxMessage), true},
	}
	for _, tt := range tests {
		if err := checkHTML(tt.in); (err == nil) != tt.ok {
			t.Errorf("checkHTML(%.40q) = %v, want ok %v", tt.in, err, tt.ok)
		}
	}
}
