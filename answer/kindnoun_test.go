package answer

import "testing"

// TestNounOfKindAlone checks the noun a question asks a name of: a noun of
// one syllable that asks a kind alone is not joined to the word before it.
func TestNounOfKindAlone(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"dự án thuộc nhóm nào", "nhom"},
		{"Hoàng Thị Thùy Giang thi đấu môn gì", "mon"},
		{"đua thuyền trên sông nào", "song"},
		// Nouns of two syllables are kept whole.
		{"tai nạn trên tuyến đường nào", "tuyen duong"},
		{"ở thành phố nào", "thanh pho"},
	}
	for _, tt := range tests {
		if got := phraseOf(nounOf(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("nounOf(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestExtractNameOfKind checks the name of the kind asked that a sentence
// gives: the noun asked is written alone before it, and the name ends
// before a word that opens a clause or a part of a road ("khi", "đoạn").
func TestExtractNameOfKind(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		{"dự án thuộc nhóm nào", "Công trình khởi công từ tháng 1/2023, được xếp vào dự án nhóm A, trọng điểm vùng Bắc Trung Bộ.", "nhóm A"},
		{"Hoàng Thị Thùy Giang thi đấu môn gì", "Đoàn thể thao Việt Nam mới có tấm HCV tiếp theo từ môn Kickboxing khi Hoàng Thị Thùy Giang xuất sắc đánh bại đối thủ.", "môn Kickboxing"},
		{"tai nạn trên tuyến đường nào", "Vụ tai nạn làm một người chết tại chỗ, xảy ra trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ, xã Thành Lập.", "đường Hồ Chí Minh"},
	}
	e := &Engine{}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.text)
		content := e.content(q)
		if got := e.extract(q, content, scored{s, e.overlapOf(content, s, q.lang)}); got != tt.want {
			t.Errorf("extract(%q, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

// TestPlaceInOn checks that "trên" opens a place as "tại" and "ở" do: a
// road, a river, an area.
func TestPlaceInOn(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Vụ tai nạn làm một người chết tại chỗ, xảy ra trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ, xã Thành Lập.", "Trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ"},
		{"Các đội tranh tài trên sông Mã.", "Trên sông Mã"},
		// "trên" before a number says more than: no place.
		{"Có trên 100 người tham gia.", ""},
	}
	for _, tt := range tests {
		if got := placeIn(testSent(tt.text), overlap{first: -1}); got != tt.want {
			t.Errorf("placeIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
