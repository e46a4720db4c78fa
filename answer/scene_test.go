package answer

import (
	"context"
	"testing"
)

// TestScene checks the scene of an accident and the road a vehicle was on
// that accident reports write in clauses of their own.
func TestScene(t *testing.T) {
	text := "date 2025-07-04 Tai nạn giao thông làm 2 người tử vong\n\n" +
		"Ngày 4-7, Công an phường điều tra vụ tai nạn giao thông giữa 2 xe máy.\n\n" +
		"Khoảng 22 giờ ngày 3-7, anh N. chở bạn bằng xe máy trên đường Cách Mạng Tháng Tám theo hướng từ Thủ Dầu Một đi Lái Thiêu.\n\n" +
		"Khi đến khu vực cầu Bình Nhâm, phường Lái Thiêu, xe máy của N. đã va chạm trực diện với xe máy do anh D. điều khiển.\n\n" +
		"Cú va chạm mạnh làm 3 người ngã xuống đường.\n"
	e := articleEngine(t, text)
	tests := []struct {
		q    string
		want string // "" for no answer
	}{
		{"Tai nạn xảy ra ở đâu", "Khu vực cầu Bình Nhâm"},
		{"va cham o dau", "Khu vực cầu Bình Nhâm"},
		{"hai xe chạy trên đường nào", "Đường Cách Mạng Tháng Tám"},
		{"tai nạn xảy ra trên tuyến đường nào", "Đường Cách Mạng Tháng Tám"},
		// No accident nor vehicle on the move: what else stood on the road.
		{"cảnh sát kiểm tra trên tuyến đường nào", ""},
		// No accident named: another place asked.
		{"anh N. sống ở đâu", ""},
		// A kind of place other than a scene.
		{"tai nạn xảy ra ở phường nào", ""},
		// Not a where-question.
		{"tai nạn xảy ra khi nào", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		if got := e.scene(q, content, sc).answer; got != tt.want {
			t.Errorf("scene(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSpanFrom checks where a scene or a road written from a word ends.
func TestSpanFrom(t *testing.T) {
	tests := []struct {
		text  string
		at    int
		named bool
		want  string
	}{
		{"đến ngã ba đường D4 (thuộc P.Tân Đông Hiệp, TP.Dĩ An) thì va chạm", 1, false, "ngã ba đường D4 (thuộc P.Tân Đông Hiệp, TP.Dĩ An)"},
		{"trên quốc lộ 1K, theo hướng Đồng Nai", 1, true, "quốc lộ 1K"},
		{"trên đường về nhà", 1, true, ""},
		{"đến cầu, xe", 1, false, ""},
	}
	for _, tt := range tests {
		s := prepTestSent(t, tt.text)
		if got := spanFrom(s, tt.at, tt.named); got != tt.want {
			t.Errorf("spanFrom(%q, %d) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}
