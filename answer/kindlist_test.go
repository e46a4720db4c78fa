package answer

import "testing"

// TestKindItemsOf checks which items of a list kindList picks for the
// kind a list question names: every item that writes the kind's noun, the
// first after the list's intro opened as the others are, and none when the
// noun heads no list of named items.
func TestKindItemsOf(t *testing.T) {
	tests := []struct {
		name, question, text, want string
	}{
		{"items with a count before the noun, the first after its intro",
			"Lô hàng gồm những nhãn hiệu nào?",
			"Lực lượng chức năng thu giữ 9.000 gói kẹo nhập lậu, gồm 5.000 gói nhãn hiệu Mira, 3.000 gói nhãn hiệu Sola và 1.000 gói nhãn hiệu Toba.",
			"5.000 gói nhãn hiệu Mira, 3.000 gói nhãn hiệu Sola và 1.000 gói nhãn hiệu Toba"},
		{"the items of the kind asked in a list of mixed kinds",
			"những loại trà nào đạt 3 sao",
			"8 sản phẩm đạt 3 sao gồm: bánh khô Bảo An (xã Tân Hòa), trà sen Mỹ Lợi (xã Mỹ Lợi, huyện Cẩm Xuyên), trà gừng Đông Sơn (xã Đông Sơn), mật ong Rừng Xanh (xã Phú Gia) và miến dong Kỳ Lạc.",
			"trà sen Mỹ Lợi (xã Mỹ Lợi, huyện Cẩm Xuyên), trà gừng Đông Sơn (xã Đông Sơn)"},
		{"items of the kind apart in the list are joined",
			"kể tên các sản phẩm nước mắm đạt 3 sao",
			"Các sản phẩm gồm: nước mắm cá thu Hòa Bình (xã An Hòa), gạo thơm Tân An, nước mắm ruốc Cửa Lò (phường Nghi Thủy) và bưởi Phúc Trạch.",
			"nước mắm cá thu Hòa Bình (xã An Hòa); nước mắm ruốc Cửa Lò (phường Nghi Thủy)"},
		{"an earlier mention of the kind outside the list is no first item",
			"Lô hàng gồm những nhãn hiệu nào?",
			"Kho có bánh nhãn hiệu Xa, còn lô hàng gồm 5.000 gói nhãn hiệu Mira, 3.000 gói nhãn hiệu Sola và 1.000 gói nhãn hiệu Toba.",
			"5.000 gói nhãn hiệu Mira, 3.000 gói nhãn hiệu Sola và 1.000 gói nhãn hiệu Toba"},
		{"one item of the kind is no list",
			"những loại trà nào đạt 3 sao",
			"Các sản phẩm gồm: bánh khô Bảo An, trà sen Mỹ Lợi và mật ong Rừng Xanh.",
			""},
		{"the noun in clauses, not items",
			"những nhãn hiệu nào bị thu giữ",
			"Nhãn hiệu Mira bị thu giữ tại kho, nhãn hiệu Sola được trả lại cho chủ hàng sau khi kiểm tra.",
			""},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.question)
		head := kindHead(q)
		s := testSent(tt.text)
		got := ""
		for n := len(head); n >= 1 && got == ""; n-- {
			if items := kindItemsOf(s, head[len(head)-n:]); len(items) >= minListItems {
				got = joinKindItems(s, items)
			}
		}
		if got != tt.want {
			t.Errorf("%s: head %v: got %q, want %q", tt.name, head, got, tt.want)
		}
	}
}
