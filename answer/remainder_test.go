package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

func TestAskedRemainder(t *testing.T) {
	tests := []struct {
		q    string
		want string // the part's words; "" for no remainder question
	}{
		{"ngoài xã Tân Phú, còn bao nhiêu hộ bị mất điện", "xã tân phú"},
		{"không tính vốn vay, phần vốn còn lại là bao nhiêu", "vốn vay"},
		{"trong 120 dự án, ngoài 9 dự án của bộ thì còn mấy dự án", "9 dự án của"},
		// No part set aside, or nothing asked to be left: no remainder.
		{"còn bao nhiêu hộ bị mất điện", ""},
		{"ngoài xã Tân Phú có bao nhiêu hộ bị mất điện", ""},
		{"ai còn ở lại ngoài xã", ""},
	}
	for _, tt := range tests {
		part, _ := askedRemainder(parseQuestion(tt.q))
		if g := strings.Join(words(part), " "); g != tt.want {
			t.Errorf("%q: part %q, want %q", tt.q, g, tt.want)
		}
	}
}

func TestRemainder(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Thời sự Mưa lớn gây mất điện (ABC) - Mưa lớn gây mất điện ở nhiều nơi.\n\n"+
		"Đêm 12/10, mưa lớn khiến khoảng 4.310 căn hộ ở tỉnh B bị mất điện, riêng xã Tân Phú có 1.250 hộ mất điện.\n\n"+
		"Dự án có tổng vốn đầu tư 2.400 tỷ đồng, trong đó phần vốn vay là 900 tỷ đồng.\n\n"+
		"Các dự án này nằm trong 120 dự án trọng điểm khởi công dịp này.\n\n"+
		"Trong đó, Bộ Xây dựng có 9 dự án khởi công.")
	ctx := context.Background()
	tests := []struct {
		q, want string // want "" for no remainder
	}{
		{"ngoài xã Tân Phú, còn bao nhiêu hộ bị mất điện", "4.310 − 1.250 = khoảng 3.060 hộ mất điện."},
		{"không tính vốn vay, phần vốn còn lại là bao nhiêu", "2.400 − 900 = 1.500 tỷ đồng."},
		// The part by its number, the whole the question states.
		{"trong 120 dự án, ngoài 9 dự án của bộ thì còn mấy dự án", "120 − 9 = 111 dự án."},
		// A part the article does not write: no remainder.
		{"ngoài xã Tân Lập, còn bao nhiêu hộ bị mất điện", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(ctx, tt.q) {
			if strings.Contains(c.Answer, minusSign) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: remainder %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestToComma checks that a part set aside ends at the comma the question
// as typed writes after it, and is kept whole when no comma follows or
// the lead cannot be found in the text.
func TestToComma(t *testing.T) {
	tests := []struct {
		q, lead string
		part    []string // the part's words before the cut
		want    string
	}{
		// The comma ends the part: the words after it are cut.
		{"ngoài vốn tự có, phần vốn còn lại là bao nhiêu", "ngoài", []string{"vốn", "tự", "có", "phần"}, "vốn tự có"},
		{"không tính huyện Đông Sơn, còn bao nhiêu xã", "không tính", []string{"huyện", "đông", "sơn", "còn"}, "huyện đông sơn"},
		// No comma: the part as it is.
		{"ngoài xã Hòa Bình còn bao nhiêu hộ", "ngoài", []string{"xã", "hòa", "bình"}, "xã hòa bình"},
		// The lead is not in the text: the part as it is.
		{"trừ khoản vay, còn lại bao nhiêu", "ngoài", []string{"khoản", "vay", "còn"}, "khoản vay còn"},
		// The part's first word is not the one after the lead: kept.
		{"ngoài vốn tự có, phần vốn còn lại là bao nhiêu", "ngoài", []string{"tiền", "mặt"}, "tiền mặt"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		lead := phrasesOf([]string{tt.lead}).items[0]
		var part []word
		for _, f := range tt.part {
			part = append(part, word{text: f, fold: analysis.Fold(f)})
		}
		part = toComma(q, lead, part)
		var got []string
		for _, w := range part {
			got = append(got, w.fold)
		}
		if g := strings.Join(got, " "); g != analysis.Fold(tt.want) {
			t.Errorf("toComma(%q, %q) = %q, want %q", tt.q, tt.lead, g, tt.want)
		}
	}
}

// TestSameUnitHead checks which units count one thing: the same head, or
// a classifier before the other's head, but no scale before it.
func TestSameUnitHead(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"hộ", "hộ dân", true},
		{"căn nhà", "nhà", true},
		{"nhà", "căn nhà", true},
		{"con bò", "bò", true},
		// A scale is no classifier.
		{"triệu đồng", "đồng", false},
		{"đồng", "tỷ đồng", false},
		// Other things counted, or no unit.
		{"căn nhà", "ha", false},
		{"căn nhà", "căn hộ", true}, // same head "căn"
		{"", "nhà", false},
		{"nhà", "", false},
	}
	for _, tt := range tests {
		if got := sameUnitHead(tt.a, tt.b); got != tt.want {
			t.Errorf("sameUnitHead(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestRemainderUnit checks the unit a remainder is written with: the
// words the two units share, or the noun itself when a classifier opens
// one of them only.
func TestRemainderUnit(t *testing.T) {
	unit := func(u string) counted {
		return counted{f: corpus.Fact{Type: corpus.FactQuantity, Quantity: corpus.Quantity{Unit: u}}}
	}
	tests := []struct {
		whole, part, want string
	}{
		{"ha lúa", "ha ngô", "ha"},
		{"hộ dân", "hộ dân", "hộ dân"},
		// A classifier opens the whole's unit only: the part's noun.
		{"căn nhà", "nhà bị ngập", "nhà bị ngập"},
		// A classifier opens the part's unit only: the whole's noun.
		{"nhà", "căn nhà", "nhà"},
		// Units of nothing in common: the whole's.
		{"công trình", "dự án", "công trình"},
	}
	for _, tt := range tests {
		if got := remainderUnit(unit(tt.whole), unit(tt.part)); got != tt.want {
			t.Errorf("remainderUnit(%q, %q) = %q, want %q", tt.whole, tt.part, got, tt.want)
		}
	}
}
