package answer

import "testing"

// TestCountedList answers a list question with the list an article writes
// after a count of the noun asked, in a sentence of its own.
func TestCountedList(t *testing.T) {
	e := articleEngine(t, "date 2021-02 Ngày 19.2, Chủ tịch UBND tỉnh đã khen thưởng đột xuất 4 tập thể có thành tích xuất sắc.\n\n"+
		"Trước đó, 4 tập thể là: Phòng Cảnh sát hình sự; Phòng Cảnh sát kỹ thuật hình sự; Công an TX.Bình Long và Công an huyện Hớn Quản đã lập chiến công.\n\n"+
		"Tỉnh có 3 trường gồm Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng.\n\n"+
		"Có 5 người bị thương, 2 người tử vong.")
	tests := []struct{ q, want string }{
		{"Những tập thể nào được khen?", "Phòng Cảnh sát hình sự; Phòng Cảnh sát kỹ thuật hình sự; Công an TX.Bình Long và Công an huyện Hớn Quản"},
		{"nhung truong nao dat chuan", "Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu, Trường Mầm non Tuổi Hồng"},
		// A count followed by no intro and no list is none.
		{"những người nào bị thương", ""},
		// No list is asked.
		{"tập thể nào được khen", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.countedList).answer; got != tt.want {
			t.Errorf("countedList(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
