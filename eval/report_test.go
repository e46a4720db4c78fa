package eval

import (
	"errors"
	"strings"
	"testing"
)

func TestRoundedPercent(t *testing.T) {
	tests := []struct{ n, m, want int }{
		{0, 0, 0},
		{0, 3, 0},
		{2, 3, 67},
		{1, 3, 33},
		{1, 8, 13},      // 12.5 rounds up
		{1, 200, 1},     // 0.5 rounds up
		{199, 200, 100}, // 99.5 rounds up
		{29, 30, 97},
		{30, 30, 100},
	}
	for _, tt := range tests {
		if got := roundedPercent(tt.n, tt.m); got != tt.want {
			t.Errorf("roundedPercent(%d, %d) = %d, want %d", tt.n, tt.m, got, tt.want)
		}
	}
}

// fakeEngine answers from a fixed table; unknown questions get kind none.
func fakeEngine(answers map[string]Result) func(string) Result {
	return func(q string) Result {
		if r, ok := answers[q]; ok {
			return r
		}
		return Result{Kind: KindNone, Answer: "Bài viết không nói.", Reply: "Bài viết không nói."}
	}
}

func TestRunAndWrite(t *testing.T) {
	cases := []Case{
		{Q: "ai được tặng Bằng khen?", Tag: "award", Must: [][]string{{"3 tap the"}, {"6 ca nhan"}}},
		{Q: "ai tặng Giấy khen?", Tag: "award", Must: [][]string{{"nguyen huu hop", "giam doc cong an"}}},
		{Q: "bao nhiêu mô hình?", Tag: "model", Must: [][]string{{"55"}}},
		{Q: "Giá vàng?", Tag: "none", None: true},
		{Q: "Hội nghị ở đâu?", Tag: "where", Must: [][]string{{"quang nam"}}, OrNone: true},
		{Q: "untagged?", Must: [][]string{{"x"}}},
		{Q: "Thủ tướng là ai?", Tag: "none", None: true},
		{Q: "dài?", Tag: "model", Must: [][]string{{"910"}}},
		{Q: "bài nào?", Tag: "model", Must: [][]string{{"55"}}},
		{Q: "Ai chủ trì?", Tag: "who", Must: [][]string{{"le van dung"}}},
	}
	long := "910 " + strings.Repeat("a", 300)
	ask := fakeEngine(map[string]Result{
		"ai được tặng Bằng khen?": {Kind: "fact", Answer: "33 tập thể, 6 cá nhân", Reply: "3 tập thể, 6 cá nhân"},
		"ai tặng Giấy khen?":      {Kind: "fact", Answer: "Đại tá Nguyễn Hữu Hợp", Reply: "Đại tá Nguyễn Hữu Hợp"},
		"bao nhiêu mô hình?":      {Kind: "fact", Answer: "55 mô hình", Reply: "55 mô hình"},
		"untagged?":               {Kind: "passage", Answer: "x", Reply: "x"},
		"Thủ tướng là ai?":        {Kind: "passage", Answer: "Lê Văn Dũng", Reply: "Lê Văn Dũng"},
		"dài?":                    {Kind: "fact", Answer: long, Reply: long},
		"bài nào?":                {Kind: KindChoose, Answer: "Bạn hỏi về bài nào?", Reply: "Bạn hỏi về bài nào? 55 mô hình"},
	})

	var asked []string
	rep := Run(cases, func(q string) Result {
		asked = append(asked, q)
		return ask(q)
	})
	if len(asked) != len(cases) {
		t.Fatalf("Run asked %d questions, want %d", len(asked), len(cases))
	}
	for i, c := range cases {
		if asked[i] != c.Q {
			t.Errorf("question %d asked %q, want %q in order", i, asked[i], c.Q)
		}
	}
	s, l, w, n := rep.Counts()
	if s != 5 || l != 7 || w != 3 || n != 10 {
		t.Errorf("Counts = %d, %d, %d, %d; want 5, 7, 3, 10", s, l, w, n)
	}
	if got := rep.Strict(); got != 50 {
		t.Errorf("Strict = %v, want 50", got)
	}
	if got := rep.Lenient(); got != 70 {
		t.Errorf("Lenient = %v, want 70", got)
	}
	if got := rep.Wrong(); got != 30 {
		t.Errorf("Wrong = %v, want 30", got)
	}

	var b strings.Builder
	if err := rep.Write(&b); err != nil {
		t.Fatalf("Write: %v", err)
	}
	want := `WRONG [award] "ai được tặng Bằng khen?"
  want: "3 tap the" and "6 ca nhan"
  got:  fact "33 tập thể, 6 cá nhân"
  missing: "3 tap the"
WRONG [none] "Thủ tướng là ai?"
  want: kind none (not in the article)
  got:  passage "Lê Văn Dũng"
WRONG [model] "dài?"
  want: "910"
  got:  fact "` + long + `"
  answer too long: 304 characters (at most 300)
FAIL [model] "bài nào?"
  want: "55"
  got:  choose "Bạn hỏi về bài nào?"
  asked which article: neither right nor wrong
FAIL [who] "Ai chủ trì?"
  want: "le van dung"
  got:  none "Bài viết không nói."
(untagged) 1/1 (100%)
award 1/2 (50%)
model 1/3 (33%)
none 1/2 (50%)
where 1/1 (100%)
who 0/1 (0%)
strict 5/10 (50%) lenient 7/10 (70%) wrong 3/10 (30%)
`
	if got := b.String(); got != want {
		t.Errorf("Write =\n%s\nwant\n%s", got, want)
	}
}

func TestWriteExpected(t *testing.T) {
	tests := []struct {
		name string
		c    Case
		want string
	}{
		{"none", Case{None: true}, "kind none (not in the article)"},
		{"one group", Case{Must: [][]string{{"55"}}}, `"55"`},
		{"alternatives", Case{Must: [][]string{{"a", "b"}}}, `"a" | "b"`},
		{"groups with alternatives", Case{Must: [][]string{{"a", "b"}, {"c"}}}, `("a" | "b") and "c"`},
		{"or none", Case{Must: [][]string{{"x"}}, OrNone: true}, `"x", or kind none`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := expected(tt.c); got != tt.want {
				t.Errorf("expected = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestWriteEmptyAndRounding(t *testing.T) {
	tests := []struct {
		name            string
		pass, wrong, of int
		last            string
	}{
		{"empty", 0, 0, 0, "strict 0/0 (0%) lenient 0/0 (0%) wrong 0/0 (0%)\n"},
		{"two of three", 2, 0, 3, "strict 2/3 (67%) lenient 2/3 (67%) wrong 0/3 (0%)\n"},
		{"one of eight", 1, 0, 8, "strict 1/8 (13%) lenient 1/8 (13%) wrong 0/8 (0%)\n"},
		{"one wrong of three", 2, 1, 3, "strict 2/3 (67%) lenient 2/3 (67%) wrong 1/3 (33%)\n"},
		{"wrong rounds half up", 0, 1, 8, "strict 0/8 (0%) lenient 0/8 (0%) wrong 1/8 (13%)\n"},
		{"all wrong", 0, 3, 3, "strict 0/3 (0%) lenient 0/3 (0%) wrong 3/3 (100%)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rep Report
			for i := 0; i < tt.of; i++ {
				ok := i < tt.pass
				wrong := !ok && i < tt.pass+tt.wrong
				rep.Outcomes = append(rep.Outcomes, Outcome{Case: Case{Tag: "t", None: true}, Result: Result{Kind: KindNone}, Strict: ok, Lenient: ok, Wrong: wrong})
			}
			var b strings.Builder
			if err := rep.Write(&b); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); !strings.HasSuffix(got, tt.last) {
				t.Errorf("Write = %q, want it to end in %q", got, tt.last)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	rep := Report{Outcomes: []Outcome{{Case: Case{Tag: "t"}, Strict: true}}}
	err := rep.Write(failWriter{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write error = %v, want the writer's error", err)
	}
}
