package answer

import "testing"

func TestCountedNoun(t *testing.T) {
	tests := []struct {
		unit   string
		closed bool   // punctuation or the sentence's end follows the unit
		want   string // "" when no suggestion asks it
	}{
		{"tập thể", false, "tập thể"},
		{"ngôi nhà bị hư hỏng", false, "ngôi nhà"},
		{"học sinh lẫn người dân", false, "học sinh"},
		{"vụ vi phạm lâm luật", true, "vụ vi phạm lâm luật"},
		{"vụ vi phạm lâm luật", false, ""}, // as long as units are read: may be cut short
		{"đường dây buôn lậu vàng trong vụ án là", false, "đường dây buôn lậu vàng"},
		{"ngôi nhà bị hư hỏng, thiệt hại và di dời khẩn cấp", false, "ngôi nhà"},
		{"ha lúa, hoa màu bị ngập úng", false, ""}, // a measure
		{"người", false, ""},                      // too short to ask
		{"triệu đồng", false, ""},                 // money's scale
		{"tỷ đồng", false, ""},                    // money's scale
		{"đồng", false, ""},                       // money
		{"tháng tù", false, ""},                   // time
		{"giờ ngày", false, ""},                   // a clock time
		{"tuổi bị lũ cuốn trôi", false, ""},       // an age
		{"%", false, ""},                          // a share
		{"kg ma túy", false, ""},                  // a measure
		{"năm Ngày truyền thống Công", false, ""}, // years
		{"cựu Phó Chủ tịch Ủy", false, ""},        // cut before a name: one word left
		{"thành viên bến bãi an ninh", false, ""}, // as long as units are read, and not ended: may be cut short
		{"lính cứu hỏa cùng tám", false, "lính cứu hỏa"},
		{"điểm trường bị thiệt hại,", false, "điểm trường"},
		{"hộ dân (gồm", false, ""},
		{"bị ùn tắc kéo dài", true, ""}, // no noun: a verb
		{"mươi hai hộ dân", true, ""},   // a number word misread as a unit
	}
	for _, tt := range tests {
		got, ok := countedNoun(tt.unit, tt.closed)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("countedNoun(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

func TestClosedAfter(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"Phát hiện 22 vụ vi phạm lâm luật, 10 vụ phá rừng.", "22 vụ vi phạm lâm luật", true},
		{"Phát hiện 22 vụ vi phạm lâm luật", "22 vụ vi phạm lâm luật", true},
		{"Có 85 thành viên Tổ an ninh tham gia.", "85 thành viên Tổ an", false},
		{"Không có.", "22 vụ", false},
	}
	for _, tt := range tests {
		if got := closedAfter(tt.sentence, tt.text); got != tt.want {
			t.Errorf("closedAfter(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
		}
	}
}
