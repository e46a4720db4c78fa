package answer

import "testing"

// placesArticle names its places without "tại" or "ở", as news writes
// them.
const placesArticle = "date 2025-08 Thời sự Mưa lũ gây thiệt hại (TNO) - Ngày 6/8, Công an TP.Dĩ An (Bình Dương) cho biết đang làm rõ vụ tai nạn.\n\n" +
	"Đặc biệt, mưa lũ cũng làm toàn H.Mù Cang Chải (Yên Bái) mất điện từ tối 5/8.\n\n" +
	"Các trường được công nhận gồm: Trường THCS Nguyễn Bá Ngọc (huyện Phú Thiện); Trường Tiểu học Lê Hồng Phong (huyện Ia Pa).\n\n" +
	"Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức đại hội.\n\n" +
	"1h hôm nay, tại xã Khoen On, một người phụ nữ 56 tuổi bị chết do đất đá sạt lở.\n\n" +
	"Ông Hàn Ngọc Cẩn, Giám đốc HTX Nông nghiệp Đoàn Kết, thị xã Buôn Hồ, tỉnh Đắk Lắk, cho biết hợp tác xã có 84 thành viên.\n"

func TestPlaceWhere(t *testing.T) {
	e := articleEngine(t, placesArticle)
	tests := []struct {
		q, want string
	}{
		{"huyện nào bị mất điện toàn huyện", "H.Mù Cang Chải"},
		{"vụ tai nạn ở tỉnh nào", "Bình Dương"},
		{"Trường Tiểu học Lê Hồng Phong thuộc huyện nào", "huyện Ia Pa"},
		{"phường Chợ Lớn thuộc thành phố nào", "TP.HCM"},
		{"người phụ nữ 56 tuổi chết ở xã nào", ""}, // "xã Khoen On" is the passage's to read
		{"người phụ nữ 56 tuổi chết ở đâu", ""},    // no kind asked: the nearest place is no answer
		{"huyện nào mất điện nhiều nhất", ""},      // a comparison
		{"HTX Đoàn Kết ở đâu", "thị xã Buôn Hồ, tỉnh Đắk Lắk"},
	}
	for _, tt := range tests {
		got := generatedBy(e, tt.q, e.place).answer
		if got == "" {
			got = generatedBy(e, tt.q, e.placeOfKind).answer
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
