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

	tests := []struct {
		name                string
		c                   Case
		r                   Result
		strict, wantLenient bool
	}{
		{"all groups in answer", award, Result{Kind: "fact", Answer: good, Reply: good}, true, true},
		{"group missing", award, Result{Kind: "fact", Answer: "3 tập thể", Reply: "3 tập thể"}, false, false},
		{"digit before must", award, Result{Kind: "fact", Answer: "33 tập thể, 6 cá nhân", Reply: "33 tập thể, 6 cá nhân"}, false, false},
		{"only reply has it", award, Result{Kind: "passage", Answer: "3 tập thể", Reply: good}, false, true},
		{"any string of a group", giver, Result{Kind: "fact", Answer: "Giám đốc Công an tỉnh", Reply: ""}, true, false},
		{"kind none on answerable case", award, Result{Kind: KindNone, Answer: good, Reply: good}, false, false},
		{"answer over 300 characters", award, Result{Kind: "fact", Answer: long, Reply: long}, false, true},
		{"answer of exactly 300 characters", award, Result{Kind: "fact", Answer: exact, Reply: exact}, true, true},
		{"none case answered none", none, Result{Kind: KindNone, Answer: "Bài viết không nói."}, true, true},
		{"none case answered", none, Result{Kind: "passage", Answer: "Giá vàng", Reply: "Giá vàng"}, false, false},
		{"or_none answered none", orNone, Result{Kind: KindNone}, true, true},
		{"or_none answered right", orNone, Result{Kind: "fact", Answer: "Quảng Nam", Reply: "Quảng Nam"}, true, true},
		{"or_none answered wrong", orNone, Result{Kind: "fact", Answer: "Hà Nội", Reply: "Hà Nội"}, false, false},
		{"empty kind is not none", none, Result{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			strict, lenient := Score(tt.c, tt.r)
			if strict != tt.strict || lenient != tt.wantLenient {
				t.Errorf("Score = (%v, %v), want (%v, %v)", strict, lenient, tt.strict, tt.wantLenient)
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
