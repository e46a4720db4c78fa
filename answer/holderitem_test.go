package answer

import "testing"

func TestHolderItem(t *testing.T) {
	e := articleEngine(t, "date 2025-04 Thể thao Taekwondo trẻ (ABC) - Đội tuyển trẻ giành nhiều huy chương.\n\n"+
		"Kết quả đáng chú ý gồm HCV hạng cân 33kg U14 nữ (Nguyễn Ngọc Kiều Linh), HCV hạng cân 37kg nam U14 (Trịnh Thành Đạt) và HCB hạng cân 41kg U14 nam (Lê Thái Hoàng Hùng).\n\n"+
		"Giá cà phê ở mức 109.100 đồng/kg (Chư Prông).\n")
	tests := []struct {
		q, want string // "" for none
	}{
		{"Trịnh Thành Đạt giành HCV hạng cân nào?", "HCV hạng cân 37kg nam U14"},
		// The conjunction before the last item is left out.
		{"le thai hoang hung dat huy chuong gi", "HCB hạng cân 41kg U14 nam"},
		// A name the question types in part, or a place in brackets:
		// no holder.
		{"Hùng giành huy chương gì", ""},
		{"Chư Prông giá bao nhiêu", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.holderItem).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
