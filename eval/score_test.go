package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestScore(t *testing.T) {
	award := Case{Q: "ai được tặng Bằng khen?", Tag: "award", Must: [][]string{{"3 tap the"}, {"6 ca nhan"}}}
	giver := Case{Q: "ai tặng Giấy khen?", Tag: "award", Must: [][]string{{"nguyen huu hop", "giam doc cong an"}}}
	none := Case{Q: "Giá vàng hôm nay?", Tag: "none", None: true}
	orNone := Case{Q: "Hội nghị ở đâu?", Tag: "where", Must: [][]string{{"quang nam"}}, OrNone: true}
	good := "Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân."
	long := good + strings.Repeat("x", MaxAnswer-len([]rune(good))+1)
	exact := good + strings.Repeat("ữ", MaxAnswer-len([]rune(good)))
	choose := func(answer string) Result {
		return Result{Kind: KindChoose, Answer: answer, Reply: answer}
	}

	tests := []struct {
		name                   string
		c                      Case
		r                      Result
		strict, lenient, wrong bool
	}{
		{"all groups in answer", award, Result{Kind: "fact", Answer: good, Reply: good}, true, true, false},
		{"group missing", award, Result{Kind: "fact", Answer: "3 tập thể", Reply: "3 tập thể"}, false, false, true},
		{"digit before must", award, Result{Kind: "fact", Answer: "33 tập thể, 6 cá nhân", Reply: "33 tập thể, 6 cá nhân"}, false, false, true},
		{"only reply has it", award, Result{Kind: "passage", Answer: "3 tập thể", Reply: good}, false, true, true},
		{"any string of a group", giver, Result{Kind: "fact", Answer: "Giám đốc Công an tỉnh", Reply: ""}, true, false, false},
		{"answer over 300 characters", award, Result{Kind: "fact", Answer: long, Reply: long}, false, true, true},
		{"answer of exactly 300 characters", award, Result{Kind: "fact", Answer: exact, Reply: exact}, true, true, false},
		{"later kind right", award, Result{Kind: "curated", Answer: good, Reply: good}, true, true, false},
		{"later kind mistaken", award, Result{Kind: "curated", Answer: "Hà Nội", Reply: "Hà Nội"}, false, false, true},
		{"empty kind is an answer", award, Result{Answer: "Hà Nội"}, false, false, true},

		// A refusal fails an answerable case but is not wrong.
		{"kind none on answerable case", award, Result{Kind: KindNone, Answer: good, Reply: good}, false, false, false},

		// none: only kind none is right; any answer is wrong.
		{"none case answered none", none, Result{Kind: KindNone, Answer: "Bài viết không nói."}, true, true, false},
		{"none case answered", none, Result{Kind: "passage", Answer: "Giá vàng", Reply: "Giá vàng"}, false, false, true},
		{"none case answered by a fact", none, Result{Kind: "fact", Answer: "55 mô hình", Reply: "55 mô hình"}, false, false, true},
		{"none case, empty kind", none, Result{}, false, false, true},

		// or_none: kind none or a right answer is right; a mistaken one is wrong.
		{"or_none answered none", orNone, Result{Kind: KindNone}, true, true, false},
		{"or_none answered right", orNone, Result{Kind: "fact", Answer: "Quảng Nam", Reply: "Quảng Nam"}, true, true, false},
		{"or_none answered wrong", orNone, Result{Kind: "fact", Answer: "Hà Nội", Reply: "Hà Nội"}, false, false, true},
		{"or_none, right only in reply", orNone, Result{Kind: "passage", Answer: "Hội trường", Reply: "Hội trường tỉnh Quảng Nam"}, false, true, true},

		// choose: never right, never wrong, whatever the case and text.
		{"choose on answerable case", award, choose("Bạn hỏi bài nào?"), false, false, false},
		{"choose whose text has the answer", award, choose(good), false, false, false},
		{"choose on none case", none, choose("Bạn hỏi bài nào?"), false, false, false},
		{"choose on or_none case", orNone, choose("Quảng Nam"), false, false, false},
		{"choose with a long answer", award, choose(long), false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			strict, lenient := Score(tt.c, tt.r)
			if strict != tt.strict || lenient != tt.lenient {
				t.Errorf("Score = (%v, %v), want (%v, %v)", strict, lenient, tt.strict, tt.lenient)
			}
			if got := Wrong(tt.c, tt.r); got != tt.wrong {
				t.Errorf("Wrong = %v, want %v", got, tt.wrong)
			}
			if tt.wrong && strict {
				t.Error("a case cannot be both right and wrong")
			}
		})
	}
}

func TestMissing(t *testing.T) {
	c := Case{Must: [][]string{{"3 tap the"}, {"6 ca nhan", "sau ca nhan"}, {"2430"}}}
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{"none missing", "3 tập thể, 6 cá nhân, hơn 2.430", nil},
		{"some missing", "33 tập thể, 6 cá nhân", [][]string{{"3 tap the"}, {"2430"}}},
		{"all missing", "", c.Must},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Missing(c, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Missing(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
