package answer

import (
	"context"
	"testing"
)

// TestQuantityPerEach checks that a count asked per a unit ("mỗi năm",
// "mỗi ngày") is met by a rate written per that unit after a slash, as by
// a sentence writing the word of each; and that a phrase read on after a
// count stops at a bracket.
func TestQuantityPerEach(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Nhà máy mới (XYZ) - Tỉnh vừa khởi công nhà máy điện rác.\n\n"+
		"Dự án có tổng mức đầu tư 12.000 tỉ đồng, doanh thu dự kiến cả vòng đời đạt 90.000 tỉ đồng.\n\n"+
		"Khi đi vào hoạt động, doanh thu dự kiến đạt 3.100 - 3.400 tỉ đồng/năm.\n\n"+
		"Tổng số chuyến xe đến nhà máy ước đạt 479 chuyến (trung bình 50 chuyến/ngày), chuyến xe rác chiếm phần lớn.")
	tests := []struct {
		name, q, want string
	}{
		{"a rate per year for each year", "Doanh thu dự kiến mỗi năm là bao nhiêu?", "3.100 - 3.400 tỉ đồng/năm"},
		{"the phrase after a count stops at its bracket", "trung binh moi ngay bao nhieu chuyen xe rac", "50 chuyến/ngày"},
	}
	for _, tt := range tests {
		cs := e.Candidates(context.Background(), tt.q)
		if len(cs) == 0 || cs[0].Answer != tt.want {
			t.Errorf("%s: %q: candidates %+v, want %q first", tt.name, tt.q, cs, tt.want)
		}
	}
}
