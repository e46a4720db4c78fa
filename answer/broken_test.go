package answer

import "testing"

func TestBrokenSpan(t *testing.T) {
	e := articleEngine(t, "date 2020-08 An ninh Gặp mặt (GLO) - Sáng 17-8, Công an thị xã An Khê (tỉnh Gia Lai) tổ chức gặp mặt cán bộ.\n\n"+
		"Tặng giấy khen của Chủ tịch UBND thị xã An Khê cho tập thể và cá nhân.\n\n"+
		"Dịp này, Giám đốc Công an tỉnh đã trao bằng khen của Bộ trưởng Bộ Công an cho xã Tú An.")
	tests := []struct {
		span, sentence string
		want           bool
	}{
		{"Giám đốc Công an tỉnh đã", "Dịp này, Giám đốc Công an tỉnh đã trao bằng khen của Bộ trưởng Bộ Công an cho xã Tú An.", true},
		{"Giám đốc Công an tỉnh", "Dịp này, Giám đốc Công an tỉnh đã trao bằng khen của Bộ trưởng Bộ Công an cho xã Tú An.", false},
		{"Chủ tịch UBND thị", "Tặng giấy khen của Chủ tịch UBND thị xã An Khê cho tập thể và cá nhân.", true},
		{"Chủ tịch UBND thị xã", "Tặng giấy khen của Chủ tịch UBND thị xã An Khê cho tập thể và cá nhân.", true},
		{"Chủ tịch UBND thị xã An Khê", "Tặng giấy khen của Chủ tịch UBND thị xã An Khê cho tập thể và cá nhân.", false},
		{"xã An Khê (tỉnh Gia Lai)", "Sáng 17-8, Công an thị xã An Khê (tỉnh Gia Lai) tổ chức gặp mặt cán bộ.", true},
		{"Bộ trưởng Bộ Công an", "", false},
		{"Chủ tịch", "", true},
		{"Đại hội", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		var s *sent
		for _, c := range e.sents {
			if c.text == tt.sentence {
				s = c
			}
		}
		if tt.sentence != "" && s == nil {
			t.Fatalf("no sentence %q", tt.sentence)
		}
		if got := e.brokenSpan(tt.span, s); got != tt.want {
			t.Errorf("brokenSpan(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}
