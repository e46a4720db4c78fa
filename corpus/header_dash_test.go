package corpus

import "testing"

func TestSplitHeaderNameTitleDash(t *testing.T) {
	tests := []struct {
		header      string
		title, lead string
	}{
		// A dash between a name and its title parts no title from a lead.
		{"Dự lễ có các đồng chí Ủy viên BTV Tỉnh ủy: Nguyễn Thị Thu Hường - Trưởng Ban Tuyên giáo Tỉnh ủy; Võ Trọng Hải - Giám đốc Công an Nghệ An.",
			"", "Dự lễ có các đồng chí Ủy viên BTV Tỉnh ủy: Nguyễn Thị Thu Hường - Trưởng Ban Tuyên giáo Tỉnh ủy; Võ Trọng Hải - Giám đốc Công an Nghệ An."},
		// A short headline that holds one stays the title, whole.
		{"Ông Trần Văn Nam - Phó Giám đốc Sở Y tế được bổ nhiệm lại",
			"Ông Trần Văn Nam - Phó Giám đốc Sở Y tế được bổ nhiệm lại", ""},
		// A headline and its lead are still parted.
		{"Nghệ An trao Kỷ niệm chương - Sáng 24/9, Bộ Công an trao Kỷ niệm chương cho 20 cá nhân.",
			"Nghệ An trao Kỷ niệm chương", "Sáng 24/9, Bộ Công an trao Kỷ niệm chương cho 20 cá nhân."},
		// A name before a dash with no title after it is a headline's end.
		{"Gặp gỡ Nguyễn Văn An - Người giữ rừng giỏi",
			"Gặp gỡ Nguyễn Văn An", "Người giữ rừng giỏi"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			_, title, _, lead := splitHeader(tt.header)
			if title != tt.title || lead != tt.lead {
				t.Errorf("splitHeader = title %q, lead %q; want %q, %q", title, lead, tt.title, tt.lead)
			}
		})
	}
}
