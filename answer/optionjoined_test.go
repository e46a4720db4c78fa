package answer

import (
	"slices"
	"testing"
)

func TestOptionJoined(t *testing.T) {
	tests := []struct {
		name, question, text, number string
		want                         bool
	}{
		{"two options joined by a comma before the count",
			"bao nhieu du an dc khoi cong", "Quảng Ninh sẽ tổ chức khánh thành, khởi công 31 dự án, công trình.", "31", true},
		{"joined by và, far before the count",
			"chuyen bay noi dia bn chuyen", "Tổng số chuyến bay nội địa và quốc tế đến Đà Nẵng trong 04 ngày nghỉ lễ ước đạt 479 chuyến.", "479", true},
		{"the option asked alone",
			"chuyen bay noi dia bn chuyen", "Số chuyến bay nội địa là 277 chuyến, quốc tế là 202 chuyến.", "277", false},
		{"the pair counted by an earlier count of the noun",
			"bao nhieu du an dc khoi cong", "Tỉnh khởi công, khánh thành 20 dự án, trong đó khởi công 15 dự án.", "15", false},
		{"a question naming no option",
			"bao nhieu du an", "Quảng Ninh sẽ tổ chức khánh thành, khởi công 31 dự án.", "31", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.question)
		s := testSent(tt.text)
		at := slices.Index(s.lower, tt.number)
		if got := optionJoined(namedOptions(q), s, at); got != tt.want {
			t.Errorf("%s: optionJoined = %v, want %v", tt.name, got, tt.want)
		}
	}
}
