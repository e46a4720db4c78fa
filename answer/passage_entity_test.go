package answer

import "testing"

// TestCodedEntityIn reads a body a sentence writes as its code for a
// which-noun its long form opens with.
func TestCodedEntityIn(t *testing.T) {
	tests := []struct{ sentence, noun, want string }{
		{"Ngày 8/9, TAND tỉnh Quảng Ngãi mở phiên sơ thẩm.", "tòa", "TAND tỉnh Quảng Ngãi"},
		{"Chiều 5/3, UBND huyện Krông Pắc tổ chức hội nghị.", "ủy ban", "UBND huyện Krông Pắc"},
		{"Hôm qua, TAND tỉnh mở phiên tòa.", "tòa", "TAND"},
		{"Hôm qua, UBND tỉnh họp.", "tòa", ""},
	}
	for _, tt := range tests {
		if got := codedEntityIn(testSent(tt.sentence), foldWords(tt.noun)); got != tt.want {
			t.Errorf("codedEntityIn(%q, %q) = %q, want %q", tt.sentence, tt.noun, got, tt.want)
		}
	}
}
