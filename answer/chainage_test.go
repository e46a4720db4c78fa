package answer

import "testing"

// TestChainage checks that a question asking the kilometre is answered
// by the chainage written after most of its words, and that a count of
// kilometres asks none.
func TestChainage(t *testing.T) {
	e := articleEngine(t, "date 2024-05 Tai nạn trên quốc lộ 1A (TNO) - Sáng 3-5, xe tải lật tại Km 6 + 500 quốc lộ 1A, đoạn qua xã Tân Phú.\n\n"+
		"Tuyến cao tốc dài 14 km có điểm đầu tại Km0+000, điểm cuối tại Km14+274 thuộc huyện Long Thành.\n")
	tests := []struct {
		q, want string
	}{
		{"xe tai lat o km bao nhieu", "Km 6 + 500"},
		{"Điểm cuối ở km bao nhiêu?", "Km14+274"},
		{"điểm đầu cao tốc ở km nào", "Km0+000"},
		// A count of kilometres, not where along the road.
		{"cao tốc dài bao nhiêu km", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.chainage).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
