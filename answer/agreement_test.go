package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestAnswerKey(t *testing.T) {
	tests := []struct {
		answer, want string
	}{
		{"Sáng 19/9/2024", "19/9"},
		{"Đại tá Nguyễn Hữu Hợp (Giám đốc Công an tỉnh)", "nguyen huu"},
		// No number, no pair of capitals: a short answer is its own key,
		// quoted or not.
		{"“Tự phòng, tự quản, tự bảo vệ về ANTT”", "tu phong tu quan tu bao ve ve antt"},
		{"phát động phong trào", "phat dong phong trao"},
		// One word, or a passage, keys nothing.
		{"sáng", ""},
		{"các cấp ủy đảng, chính quyền tiếp tục chỉ đạo để toàn Đảng, toàn dân thực hiện tốt", ""},
	}
	for _, tt := range tests {
		if got := answerKey(analysis.Tokens(tt.answer)); got != tt.want {
			t.Errorf("answerKey(%q) = %q, want %q", tt.answer, got, tt.want)
		}
	}
}
