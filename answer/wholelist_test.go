package answer

import "testing"

func TestWholeListIn(t *testing.T) {
	tests := []struct {
		name, text, item, want string
	}{
		{"places after a locative",
			"Dự án được thực hiện tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên). Công ty được giao làm chủ đầu tư.",
			"Tại phường Vạn Xuân", "tại phường Vạn Xuân, phường Phổ Yên, xã Điềm Thụy (tỉnh Thái Nguyên)"},
		{"names with notes, read back to the first",
			"Công an truy tìm các đối tượng gồm: Kha Minh Cường (SN 1993), Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ), Lê Quyên Bình (SN 1988).",
			"Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ)", "Kha Minh Cường (SN 1993), Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ), Lê Quyên Bình (SN 1988)"},
		{"one head word, parted by semicolons",
			"Quốc hội biểu quyết dự thảo Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm, chống lãng phí.",
			"Luật Quản lý thuế", "Luật Quản lý thuế (sửa đổi); Luật Thuế thu nhập cá nhân (sửa đổi); Luật Tiết kiệm"},
		{"bodies after a colon",
			"Tại TP. Pleiku gồm có 3 trường gồm: Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng.",
			"Trường Tiểu học Hồ Tùng Mậu", "Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng"},
		{"a name and its title is no list",
			"Dự lễ có Trần Hồng Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Thủ tướng Chính phủ.",
			"Trần Hồng Hà", ""},
		{"an item the sentence does not write as given",
			"Dự lễ có Trần Hồng Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Thủ tướng Chính phủ.",
			"Trần Hồng Hà (Ủy viên Ban Chấp hành Trung ương Đảng)", ""},
		{"a single place",
			"Lễ khởi công được tổ chức tại phường Vạn Xuân, với sự tham dự của lãnh đạo tỉnh.",
			"tại phường Vạn Xuân", ""},
	}
	for _, tt := range tests {
		if got := wholeListIn(testSent(tt.text), tt.item); got != tt.want {
			t.Errorf("%s: wholeListIn(%q) = %q, want %q", tt.name, tt.item, got, tt.want)
		}
	}
}

func TestSingleItem(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"Luật Quản lý thuế", true},
		{"Phan Văn Tân (SN 1987, cùng ngụ, TP Cần Thơ)", true},
		{"Lê Thị Hiền; Hà Thị Vui", false},
		{"vũ khí, vật liệu nổ", false},
		{"Bệnh viện Nhi Trung ương và Bệnh viện Phụ sản", false},
		{"tư vấn sức khỏe và nhận thuốc", true},
	}
	for _, tt := range tests {
		if got := singleItem(tt.answer); got != tt.want {
			t.Errorf("singleItem(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestWithoutNotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Phan Văn Tân (SN 1987, cùng ngụ)", "Phan Văn Tân "},
		{"A (b (c)) d", "A  d"},
		{"không ngoặc", "không ngoặc"},
	}
	for _, tt := range tests {
		if got := withoutNotes(tt.in); got != tt.want {
			t.Errorf("withoutNotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
