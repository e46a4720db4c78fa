package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestKindItems(t *testing.T) {
	tests := []struct {
		name, answer string
		head         []string // folded
		items        int
		written      bool
	}{
		{"names parted by commas and và",
			"Các tỉnh gồm Quảng Trị, Thừa Thiên Huế và Đà Nẵng bị ảnh hưởng.",
			[]string{"tinh"}, 3, true},
		{"bodies named without the kind's noun",
			"Văn phòng Cơ quan Cảnh sát điều tra và Phòng Cảnh sát hình sự Công an tỉnh đã phối hợp điều tra.",
			[]string{"don", "vi"}, 2, false},
		{"names of another kind opened by their noun",
			"Mưa lớn gây sạt lở tại các tỉnh Điện Biên, Lai Châu, Sơn La.",
			[]string{"quoc", "lo"}, 0, false},
		{"a sentence naming no item of the kind",
			"Chương trình năm nay vinh danh 6 cá nhân, 7 tập thể tiêu biểu.",
			[]string{"don", "vi"}, 0, false},
		{"a single name is one item",
			"Sáng nay, hàng ngàn người dân cổ vũ bên kênh Nhiêu Lộc.",
			[]string{"tinh", "thanh"}, 1, false},
		{"short items after the kind's noun",
			"Giải có các cự ly 5 km, 10 km và 21 km.",
			[]string{"cu", "ly"}, 3, true},
		{"items after a colon",
			"Hùng hoạt động trên địa bàn các huyện: Hà Trung, Vĩnh Lộc, Thạch Thành.",
			[]string{"huyen"}, 3, true},
		{"the sentence's opening capital is no name",
			"Tập trung vào ung thư, ngoại khoa.",
			nil, 0, false},
	}
	for _, tt := range tests {
		var head []word
		for _, h := range tt.head {
			head = append(head, word{text: h, fold: h})
		}
		items, written := kindItems(tt.answer, analysis.Tokens(tt.answer), head)
		if items != tt.items || written != tt.written {
			t.Errorf("%s: kindItems(%q) = %d, %v; want %d, %v", tt.name, tt.answer, items, written, tt.items, tt.written)
		}
	}
}

func TestListKind(t *testing.T) {
	tests := []struct {
		q, answer     string
		none, several bool
	}{
		{"Những tỉnh nào bị thiệt hại?", "7.581 ha lúa và hoa màu bị thiệt hại nặng.", true, false},
		{"Những tỉnh nào bị thiệt hại?", "Thiệt hại nặng nhất ở các tỉnh Lào Cai, Cao Bằng.", false, true},
		{"Những đơn vị nào tổ chức chương trình?", "Báo Lao Động và Tổng Liên đoàn Lao động Việt Nam tổ chức.", false, true},
		{"Nội dung gồm những gì?", "Khen thưởng thành tích điều tra.", false, false},
		{"nhung quoc lo nao bi sat lo", "Sạt lở tại các tỉnh Điện Biên, Lai Châu.", true, false},
		{"Giải có những cự ly nào?", "Giải có các cự ly 5 km, 10 km và 21 km.", false, true},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		none, several := listKind(q, tt.answer, analysis.Tokens(tt.answer))
		if none != tt.none || several != tt.several {
			t.Errorf("listKind(%q, %q) = %v, %v; want %v, %v", tt.q, tt.answer, none, several, tt.none, tt.several)
		}
	}
}
