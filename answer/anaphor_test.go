package answer

import (
	"strings"
	"testing"
)

// TestPeopleBefore checks that a who-question answered by a sentence that
// points back at someone ("Đây cũng là thí sinh …") names the one person
// the sentence before it names, and no one when it names several.
func TestPeopleBefore(t *testing.T) {
	tests := []struct {
		article, q, want string
	}{
		{"date 2024-08 Giáo dục Khen học sinh (XYZ) - Chiều 21/8, tỉnh khen 26 học sinh giỏi.\n\n" +
			"Thí sinh có điểm cao nhất là em Nguyễn Duy Khôi Nguyên, Trường THPT chuyên Phan Bội Châu. Đây cũng là thí sinh có điểm tổ hợp khoa học tự nhiên cao nhất cả nước.\n",
			"Ai có điểm khoa học tự nhiên cao nhất cả nước", "Nguyễn Duy Khôi Nguyên"},
		{"date 2024-08 Giáo dục Khen học sinh (XYZ) - Chiều 21/8, tỉnh khen 26 học sinh giỏi.\n\n" +
			"Em Nguyễn Duy Khôi Nguyên và em Trần Thị Hoa được khen. Đây cũng là thí sinh có điểm tổ hợp khoa học tự nhiên cao nhất cả nước.\n",
			"Ai có điểm khoa học tự nhiên cao nhất cả nước", ""},
	}
	for _, tt := range tests {
		e := articleEngine(t, tt.article)
		c := generatedBy(e, tt.q, e.passage)
		if tt.want == "" && strings.Contains(c.answer, "Nguyễn Duy Khôi Nguyên") || tt.want != "" && !strings.Contains(c.answer, tt.want) {
			t.Errorf("passage(%q) = %q, want %q", tt.q, c.answer, tt.want)
		}
	}
}
