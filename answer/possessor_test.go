package answer

import "testing"

// TestPossessorIn checks who a who-question that asks whose a thing is
// gets: the one written after the question's word and the same
// possessive marker, read whole, not another "của" of the sentence; and
// which questions ask so.
func TestPossessorIn(t *testing.T) {
	tests := []struct {
		name, question, sentence, want string
	}{
		{"on whose behalf, a title and its body",
			"bo truong thua uy quyen cua ai",
			"Dưới sự điều hành của Phó Chủ tịch Quốc hội Nguyễn Đức Hải, Quốc hội nghe Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng thừa ủy quyền của Thủ tướng Chính phủ trình bày 3 báo cáo.",
			"Thủ tướng Chính phủ"},
		{"a title head written whole",
			"trao huân chương thừa ủy quyền của ai",
			"Tại lễ, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Thái Thanh Quý trao tặng Huân chương Lao động.",
			"Chủ tịch nước"},
		{"a role in a body and the body, past a list of nouns",
			"kỷ niệm chương là sự ghi nhận của ai",
			"Đây chính là sự ghi nhận, đánh giá cao của lãnh đạo Bộ Công an đối với những đóng góp.",
			"lãnh đạo Bộ Công an"},
		{"a phrase in lower case",
			"95 guong mat tieu bieu cua ai?",
			"Chương trình ghi lại tên tuổi của 95 gương mặt tiêu biểu của tuổi trẻ Thủ đô, những hạt giống vàng.",
			"tuổi trẻ Thủ đô"},
		{"a document's issuer",
			"qd 521 cua ai",
			"Qua 15 năm thực hiện Quyết định 521/QĐ-TTg của Thủ tướng Chính phủ, phong trào lan tỏa.",
			"Thủ tướng Chính phủ"},
		{"a marker past a clause's end is not the question's",
			"bằng khen của ai",
			"Xã nhận bằng khen. Đó là món quà của Chủ tịch tỉnh.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := parseQuestion(tt.question)
			if !asksPossessor(q) {
				t.Fatalf("asksPossessor(%q) = false", tt.question)
			}
			if got := possessorIn(q, testSent(tt.sentence)); got != tt.want {
				t.Errorf("possessorIn = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAsksPossessor checks which who-questions ask whose a thing is.
func TestAsksPossessor(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"qd 521 cua ai", true},
		{"Bằng khen tặng xã Tú An là bằng khen của ai", true},
		{"anh cua ai", false},               // a photo credit
		{"ai trao bang khen", false},        // no possessive marker
		{"của ai", false},                   // no word of its own before it
		{"bằng khen của ai tặng xã", false}, // the question goes on
	}
	for _, tt := range tests {
		if got := asksPossessor(parseQuestion(tt.question)); got != tt.want {
			t.Errorf("asksPossessor(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}
