package answer

import (
	"testing"
)

// TestAskedUnit checks the class of the unit of place a question asks
// which of, and none for a unit that ends a longer noun or a title.
func TestAskedUnit(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Sạt lở đất (TNO) - Sáng 29/9, tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang xảy ra sạt lở đất.\n")
	tests := []struct {
		q, want string
	}{
		{"Sạt lở ở tỉnh nào?", "tinh"},
		{"sat lo o xa nao", "xa"},
		{"xảy ra ở thị trấn nào", "thi tran"},
		{"lễ hội diễn ra ở thành phố nào", "thanh pho"},
		{"du khách đến từ nước nào", "quoc gia"},
		{"quốc gia nào đăng cai", "quoc gia"},
		{"cơ quan nào cung cấp thông tin", ""},
		{"những nguyên chủ tịch nước nào dự lễ", ""},
		{"sạt lở ở đâu", ""},
	}
	for _, tt := range tests {
		if got := askedUnit(e.parse(tt.q)); got != tt.want {
			t.Errorf("askedUnit(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestUnitAgreement checks whether an answer holds a place of the unit
// asked, read from its own unit, from the unit the article writes before
// the same name, or from a province or a country by name.
func TestUnitAgreement(t *testing.T) {
	names := map[string]map[string]bool{"gia lai": {"tinh": true}, "tan hoa": {"xa": true}}
	asked := map[string]bool{"tay": true, "ninh": true}
	tests := []struct {
		name, text, class string
		least             int
		agrees, other     bool
	}{
		{"the unit written", "xã Tân Hòa, huyện Phú Giáo", "xa", 1, true, false},
		{"another unit written", "xã Tân Hòa, huyện Phú Giáo", "tinh", 1, false, true},
		{"an abbreviated unit", "H.Krông Pắc", "huyen", 1, true, false},
		{"a name the article writes with its unit", "đội bóng Gia Lai", "tinh", 1, true, false},
		{"a name the article writes with another unit", "Tân Hòa", "tinh", 1, false, true},
		{"a province by name", "Lai Châu (Bốn người)", "tinh", 1, true, false},
		{"a city of the first rank, asked as a city", "TPHCM", "thanh pho", 1, true, false},
		{"a city of the first rank, asked as a province", "TP.HCM", "tinh", 1, true, false},
		{"a country by name", "đối thủ Myanmar", "quoc gia", 1, true, false},
		{"a bare part after a smaller place", "TP.Dĩ An (Bình Dương)", "tinh", 1, true, false},
		{"the place the question names", "tỉnh Tây Ninh", "tinh", 1, false, true},
		{"one place, several asked", "tỉnh Long An", "tinh", 2, false, false},
		{"several places, several asked", "tỉnh Đồng Nai và Bà Rịa - Vũng Tàu", "tinh", 2, true, false},
		{"no place", "Hiện trường vụ tai nạn", "phuong", 1, false, false},
	}
	for _, tt := range tests {
		agrees, other := unitAgreement(tt.text, tt.class, tt.least, asked, names)
		if agrees != tt.agrees || other != tt.other {
			t.Errorf("%s: unitAgreement(%q, %q) = %v, %v, want %v, %v", tt.name, tt.text, tt.class, agrees, other, tt.agrees, tt.other)
		}
	}
}

// TestPlaceUnitCuts checks the candidates cut to the place of the unit
// asked that a longer candidate holds.
func TestPlaceUnitCuts(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Sạt lở đất (TNO) - Sáng 29/9, tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang xảy ra sạt lở đất.\n")
	tests := []struct {
		q, answer, want string
	}{
		{"sạt lở ở huyện nào", "tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang xảy ra sạt lở đất", "huyện Bắc Quang, tỉnh Hà Giang"},
		{"sạt lở ở tỉnh nào", "Sáng 29/9, tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang", "tỉnh Hà Giang"},
		{"sạt lở ở tỉnh nào", "tỉnh Hà Giang", ""},
		{"sạt lở ở thôn nào", "tại xã Việt Vinh, huyện Bắc Quang", ""},
		{"Bắc Quang thuộc tỉnh nào", "huyện Bắc Quang", ""},
		{"công an xã nào phối hợp", "Công an xã Minh Hòa và Thanh Sơn triển khai", "xã Minh Hòa và Thanh Sơn"},
		{"những tỉnh nào bị sạt lở", "tại xã Việt Vinh, huyện Bắc Quang, tỉnh Hà Giang xảy ra sạt lở đất", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		got := ""
		if cs := e.placeUnitCuts(q, []candidate{{answer: tt.answer}}); len(cs) > 0 {
			got = cs[0].answer
		}
		if got != tt.want {
			t.Errorf("placeUnitCuts(%q, %q) = %q, want %q", tt.q, tt.answer, got, tt.want)
		}
	}
}
