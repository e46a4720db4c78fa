package answer

import "testing"

// TestFormerTitleAsked checks that a title held before answers only a
// question that asks who held it before.
func TestFormerTitleAsked(t *testing.T) {
	tests := []struct {
		question, head string
		vice, want     bool
	}{
		{"chu tich nuoc la ai", "chủ tịch", false, false},
		{"nguyên Chủ tịch nước là ai", "chủ tịch", false, true},
		{"cuu pho chu tich tinh la ai", "chủ tịch", true, true},
		{"Phó Chủ tịch tỉnh là ai", "chủ tịch", true, false},
	}
	for _, tt := range tests {
		if got := asksFormer(parseQuestion(tt.question), tt.head, tt.vice); got != tt.want {
			t.Errorf("asksFormer(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
	for title, want := range map[string]bool{"nguyên chủ tịch nước": true, "cựu giám đốc sở y tế": true, "chủ tịch nước": false} {
		if got := formerTitle(title); got != want {
			t.Errorf("formerTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
