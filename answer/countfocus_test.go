package answer

import "testing"

// TestCountFocusAtEnd checks what a count question counts when its count
// word ends the question or a word of no noun follows it: the measure
// before the count word, the years or the noun after it, past a particle
// that ends the question.
func TestCountFocusAtEnd(t *testing.T) {
	cases := []struct {
		q         string
		focus     string
		counted   string // "" for none
		described bool
	}{
		{"htx co dien tich bao nhieu", "dien tich", "", true},
		{"KCN Yên Bình 2 rộng bao nhiêu", "rộng", "", true},
		{"gia đình ông Hồng lãi bao nhiêu", "lãi", "", true},
		{"ông Lợi dự tính lãi bao nhiêu từ cà phê", "lãi", "", true},
		{"nhà máy có công suất bao nhiêu", "công suất", "", true},
		// A prize's value is money, not a count of prizes or a length.
		{"Giải đặc biệt cho VĐV phá kỷ lục bán marathon trị giá bao nhiêu?", "trị giá", "", true},
		{"ngay hoi bao ve an ninh to quoc bao nhieu nam roi", "nam", "nam", false},
		{"co may nam", "nam", "nam", false},
		{"kỷ niệm bao nhiêu năm quan hệ ngoại giao", "năm quan hệ ngoại giao", "năm", false},
		{"Trên xe máy có mấy người?", "người", "người", false},
		// A noun after the count word stays what is counted; a
		// predicate before it stays its focus.
		{"cầu dài bao nhiêu mét", "mét", "mét", false},
		{"Victory bị tạm giữ hình sự mấy người", "victory bị tạm giữ hình sự", "người", true},
		{"giá cà phê bao nhiêu", "giá cà phê", "", true},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		counted := ""
		if q.counted != nil {
			counted = q.counted.text
		}
		if q.wh != whCount || textOf(q.focus) != c.focus || counted != c.counted || q.described != c.described {
			t.Errorf("%q: %v focus %q counted %q described %v, want focus %q counted %q described %v", c.q, q.wh, textOf(q.focus), counted, q.described, c.focus, c.counted, c.described)
		}
	}
}
