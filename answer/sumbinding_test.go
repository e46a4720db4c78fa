package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

func TestSameScaledHead(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"triệu ha", "triệu ha", true},
		{"triệu ha", "triệu ha lúa", true},
		// The scale is no noun: an area is no harvest.
		{"triệu ha", "triệu tấn", false},
		{"triệu ha", "ha", false},
		{"tỷ đồng", "triệu đồng", false},
		{"nhà", "nhà bị hư hỏng", true},
		{"HCV", "huy chương vàng", true},
	}
	for _, tt := range tests {
		if got := sameScaledHead(tt.a, tt.b); got != tt.want {
			t.Errorf("sameScaledHead(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNounHead(t *testing.T) {
	tests := []struct{ q, want string }{
		{"bao nhiêu triệu ha", "trieu ha"},
		{"bao nhiêu nhà bị hư hỏng", "nha"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := phraseOf(nounHead(withoutFillers(q.focus))); got != tt.want {
			t.Errorf("%q: head %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestCountedElsewhere(t *testing.T) {
	at := func(p string, s int, v float64) corpus.Fact {
		return corpus.Fact{Passage: p, Sentence: s, Quantity: corpus.Quantity{Value: v}}
	}
	group := []corpus.Fact{at("p1", 0, 1), at("p1", 0, 1)}
	tests := []struct {
		name   string
		counts []corpus.Fact
		want   bool
	}{
		{"the group alone", group, false},
		{"another sentence counts the noun", append(append([]corpus.Fact{}, group...), at("p2", 0, 5)), true},
		// A total stated elsewhere agrees with the sum: nothing beyond it.
		{"the total stated elsewhere", append(append([]corpus.Fact{}, group...), at("p0", 0, 2)), false},
	}
	for _, tt := range tests {
		if got := countedElsewhere(group, tt.counts, 2); got != tt.want {
			t.Errorf("%s: countedElsewhere = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// sumArticle is written in our own words, in the shape of news reports
// that count by district, by person and by season.
const sumArticle = "date 2025-03 Thời sự Mưa đá gây thiệt hại (ABC) - Mưa đá gây thiệt hại ở nhiều huyện.\n\n" +
	"Cụ thể, có 120 nhà bị hư hỏng, trong đó Bắc Sơn 70 nhà; Nam Sơn 38 nhà, Tây Sơn 12 nhà.\n\n" +
	"Tòa tuyên bị cáo Trần Văn Khải, cựu giám đốc công ty, 6 năm tù. Cùng tội danh, bị cáo Lê Minh Đạt bị tuyên 4 năm tù; Hồ Quang Vinh bị tuyên 4 năm tù; Đỗ Tấn Phát bị tuyên 1 năm tù.\n\n" +
	"Tại xã Đông Hòa, Đảng ủy xã trao huy hiệu cho 14 đảng viên, gồm: 3 đảng viên 50 năm tuổi Đảng, 5 đảng viên 40 năm tuổi Đảng và 6 đảng viên 30 năm tuổi Đảng.\n\n" +
	"Đoàn vận động viên của tỉnh giành tổng cộng 12 HCV tại giải năm nay."

func TestSumBinding(t *testing.T) {
	e := articleEngine(t, sumArticle)
	ctx := context.Background()
	tests := []struct {
		q string
		// answer is the sum candidate's, "" when there is none; bound and
		// guessed are its features.
		answer         string
		bound, guessed bool
	}{
		// Each side named binds its one figure of the breakdown, though
		// the question's noun is longer than the parts' unit.
		{"Tổng số nhà bị hư hỏng của Bắc Sơn và Nam Sơn là bao nhiêu?", "70 + 38 = 108 nhà.", true, false},
		// Three figures of one sentence for two people named: guessed.
		{"Tổng án tù của Lê Minh Đạt và Hồ Quang Vinh là bao nhiêu năm?", "4 + 4 + 1 = 9 năm tù.", false, true},
		// A part of another kind than the question's figure: "40 năm
		// tuổi Đảng" for "50 năm".
		{"tổng số đảng viên 50 năm tuổi đảng là bao nhiêu", "3 + 5 + 6 = 14 đảng viên.", false, true},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok {
			if tt.answer != "" {
				t.Errorf("%q: no sum, want %q", tt.q, tt.answer)
			}
			continue
		}
		if c.Answer != tt.answer {
			t.Errorf("%q: sum %q, want %q", tt.q, c.Answer, tt.answer)
		}
		if b, g := featureOn(c, fSumBound), featureOn(c, fSumGuessed); b != tt.bound || g != tt.guessed {
			t.Errorf("%q: bound %v guessed %v, want %v %v", tt.q, b, g, tt.bound, tt.guessed)
		}
	}
}

// featureOn reports whether candidate c has the named feature.
func featureOn(c Candidate, name string) bool {
	k := slices.Index(FeatureNames(), name)
	return k >= 0 && k < len(c.Features) && c.Features[k] > 0
}

func TestStatedAsTotal(t *testing.T) {
	tests := []struct {
		article, q, answer string
		stated             bool
	}{
		{"Đoàn vận động viên của tỉnh giành tổng cộng 12 HCV tại giải năm nay.", "tổng cộng đoàn giành bao nhiêu HCV", "12 HCV", true},
		{"Đoàn vận động viên của tỉnh giành 12 HCV ở môn bơi tại giải năm nay.", "tổng cộng đoàn giành bao nhiêu HCV", "12 HCV", false},
		{"Toàn huyện có 40 mô hình với 600 điểm; trong đó 90 điểm ở thị trấn.", "tổng cộng có bao nhiêu điểm", "600 điểm", true},
	}
	for _, tt := range tests {
		e := articleEngine(t, "date 2025-03 Thời sự Tin địa phương (ABC) - Tin tức.\n\n"+tt.article)
		var got *Candidate
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Answer == tt.answer && c.Generator != string(genSum) {
				got = &c
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no candidate %q", tt.q, tt.answer)
			continue
		}
		stated, single := featureOn(*got, fTotalStated), featureOn(*got, fSumAsked)
		if stated != tt.stated || single == tt.stated {
			t.Errorf("%q of %q: total_stated %v, sum_asked_single %v; want stated %v", tt.answer, tt.article, stated, single, tt.stated)
		}
	}
}

// TestSumAskedOfAddedAnswer checks that an answer adding its parts is
// read as a sum whichever stage wrote it: the award stage's "3 + 6 = 9
// Bằng khen." answers "tổng số bằng khen".
func TestSumAskedOfAddedAnswer(t *testing.T) {
	e := seedEngine(t)
	found := false
	for _, c := range e.Candidates(context.Background(), "tổng số bằng khen được trao là bao nhiêu") {
		if !strings.Contains(c.Answer, plusSign) {
			continue
		}
		found = true
		if featureOn(c, fSumAsked) {
			t.Errorf("%s candidate %q: sum_asked_single on an added answer", c.Generator, c.Answer)
		}
	}
	if !found {
		t.Fatal("no candidate adds its parts")
	}
}

func TestNamedSides(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"tổng số nhà bị sập của Tân Lập và Tân Hòa là bao nhiêu", 2},
		// Three things named: their number is not known, no side is.
		{"tổng kim ngạch cà phê, hạt điều và gạo là bao nhiêu", 0},
		{"tổng cộng bao nhiêu người bị thương", 0},
	}
	for _, tt := range tests {
		if got := namedSides(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("namedSides(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}
