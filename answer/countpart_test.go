package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestCountPartLeftOut(t *testing.T) {
	const awards = "Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân có thành tích xuất sắc."
	tests := []struct {
		q, sentence, answer string
		want                bool
	}{
		// Two counts asked, one given, the other counted in the sentence.
		{"Giấy khen được tặng cho bao nhiêu tập thể, cá nhân?", awards, "9 tập thể", true},
		{"bắt giữ bao nhiêu vụ và đối tượng", "Lực lượng chức năng bắt giữ 33 vụ, 380 đối tượng.", "33 vụ", true},
		// Both given.
		{"Giấy khen được tặng cho bao nhiêu tập thể, cá nhân?", awards, "9 tập thể, 15 cá nhân", false},
		// One thing asked, in two words the sentence never counts apart.
		{"tổng cộng bao nhiêu điểm mô hình", "Toàn tỉnh có 910 điểm mô hình tự quản.", "910 điểm", false},
		// One thing asked, in two words the sentence counts apart and
		// together too: it counts them as one noun.
		{"có tất cả bao nhiêu điểm mô hình", "Toàn tỉnh có 55 mô hình với 910 điểm; trong đó hội viên xây dựng 215 điểm mô hình.", "910 điểm", false},
		{"bao nhiêu tập thể cá nhân", "Tặng 9 tập thể, 15 cá nhân; tổng cộng 24 tập thể, cá nhân.", "9 tập thể", true},
		// One count asked.
		{"bao nhiêu tập thể", awards, "9 tập thể", false},
		// Not a count question.
		{"ai được tặng Giấy khen", awards, "9 tập thể", false},
		// An answer counting nothing.
		{"Giấy khen được tặng cho bao nhiêu tập thể, cá nhân?", awards, "Giám đốc Công an tỉnh", false},
	}
	for _, tt := range tests {
		got := countPartLeftOut(parseQuestion(tt.q), testSent(tt.sentence), analysis.Tokens(tt.answer))
		if got != tt.want {
			t.Errorf("countPartLeftOut(%q, %q, %q) = %v, want %v", tt.q, tt.sentence, tt.answer, got, tt.want)
		}
	}
}
