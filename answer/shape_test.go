package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestRepeatsGluedUnit checks that a number glued to its unit repeats the
// question as the number and its unit written apart do.
func TestRepeatsGluedUnit(t *testing.T) {
	q := parseQuestion("Khu đô thị rộng bao nhiêu ha?")
	for _, ans := range []string{"298ha", "298 ha"} {
		if got := repeats(q, analysis.Tokens(ans)); got != 0.5 {
			t.Errorf("repeats(%q) = %v, want 0.5", ans, got)
		}
	}
}

// TestOnlyPraise checks answers that hold nothing but the question's words
// and words of praise.
func TestOnlyPraise(t *testing.T) {
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"Các đơn vị được khen vì thành tích gì?", "thành tích xuất sắc", true},
		{"hàng giả mạo nhãn hiệu gì", "nhãn hiệu nổi tiếng", true},
		{"Các đơn vị được khen vì thành tích gì?", "thành tích xuất sắc trong phòng, chống tội phạm", false},
		{"Các đơn vị được khen vì thành tích gì?", "xuất sắc", false},
		{"hàng giả mạo nhãn hiệu gì", "Nike, Hermes", false},
	}
	for _, tt := range tests {
		if got := onlyPraise(parseQuestion(tt.q), analysis.Tokens(tt.answer)); got != tt.want {
			t.Errorf("onlyPraise(%q, %q) = %v, want %v", tt.q, tt.answer, got, tt.want)
		}
	}
}
