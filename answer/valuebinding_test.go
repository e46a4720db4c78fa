package answer

import (
	"strings"
	"testing"
)

// TestValueBinding reads the value noun an amount is bound to against the
// value nouns a question asks.
func TestValueBinding(t *testing.T) {
	cases := []struct {
		question, sentence, number string
		bound, other, known        bool
	}{
		// The value noun asked right before the amount.
		{"tổng kinh phí xây trường là bao nhiêu", "Ngôi trường xây trong bốn tháng, với tổng kinh phí gần 640 triệu đồng.", "640", true, false, true},
		// Typed without marks; words between the noun and the amount.
		{"loi nhuan quy 2 cua cong ty la bao nhieu", "Công ty ABC có lợi nhuận trước thuế quý 2 của năm nay đạt 318 tỷ đồng.", "318", true, false, true},
		// The noun written after the amount's units.
		{"doanh thu quý 2 là bao nhiêu", "Công ty XYZ ghi nhận hơn 412 tỷ đồng doanh thu trong quý 2.", "412", true, false, true},
		// The nearest value noun is another one.
		{"doanh thu quý 2 là bao nhiêu", "Doanh thu đạt 900 tỷ đồng, lợi nhuận đạt 127 tỷ đồng.", "127", false, true, true},
		// The amount has no value noun: left to other features.
		{"vốn đầu tư bao nhiêu", "Dự án khởi công hôm qua, cần 5.200 tỷ đồng.", "5.200", false, false, false},
		// A word shared alone is no binding: a fine is no bonus.
		{"tiền thưởng là bao nhiêu", "Chủ xe nộp tiền phạt 45 triệu đồng.", "45", false, true, true},
		{"tổng vốn bao nhiêu", "Dự án có tổng mức đầu tư 2.100 tỷ đồng.", "2.100", false, true, true},
		// A value noun that ends with the one asked is it.
		{"vốn là bao nhiêu", "Dự án có tổng vốn 2.100 tỷ đồng.", "2.100", true, false, true},
		// An amount that opens the sentence, its noun after the units.
		{"doanh thu quý 2 là bao nhiêu", "412 tỷ đồng doanh thu là mức cao nhất của công ty.", "412", true, false, true},
		// The question names no value.
		{"bao nhiêu tiền", "Tổng kinh phí gần 640 triệu đồng.", "640", false, false, false},
	}
	for _, c := range cases {
		s := testSent(c.sentence)
		at := -1
		for i, w := range s.lower {
			if w == strings.ToLower(c.number) {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("%q not in %q", c.number, c.sentence)
		}
		bound, other, known := valueBinding(askedValues(parseQuestion(c.question)), s, at)
		if bound != c.bound || other != c.other || known != c.known {
			t.Errorf("%q in %q for %q: bound %v other %v known %v, want %v %v %v", c.number, c.sentence, c.question, bound, other, known, c.bound, c.other, c.known)
		}
	}
}
