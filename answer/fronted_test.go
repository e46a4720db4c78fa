package answer

import (
	"strings"
	"testing"
)

func TestEndsFrontedClause(t *testing.T) {
	tests := []struct {
		text, name, title string
		want              bool
	}{
		{"Cùng với người báo tin giúp bắt được Triệu Quân Sự, Giám đốc Công an tỉnh cũng đã tặng giấy khen.", "Triệu Quân Sự", "Giám đốc", true},
		{"Sau khi ông Nguyễn Văn Nam phát biểu, Chủ tịch UBND tỉnh trao bằng khen.", "Nguyễn Văn Nam", "Chủ tịch", true},
		// A name and its title after a comma: the title is the name's.
		{"Tại buổi lễ, ông Nguyễn Văn Nam, Chủ tịch UBND tỉnh đã trao bằng khen.", "Nguyễn Văn Nam", "Chủ tịch", false},
		// No comma between them.
		{"Cùng với ông Nguyễn Văn Nam Chủ tịch UBND tỉnh dự lễ.", "Nguyễn Văn Nam", "Chủ tịch", false},
	}
	for _, tt := range tests {
		at, from := strings.Index(tt.text, tt.name), strings.Index(tt.text, tt.title)
		if got := endsFrontedClause(testSent(tt.text), at, from); got != tt.want {
			t.Errorf("endsFrontedClause(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
