package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestAnswerKey(t *testing.T) {
	tests := []struct {
		answer, want string
		whole        bool
	}{
		{"Sáng 19/9/2024", "19/9", false},
		{"Đại tá Nguyễn Hữu Hợp (Giám đốc Công an tỉnh)", "nguyen huu", false},
		// No number, no pair of capitals: a short answer is its own key,
		// quoted or not.
		{"“Tự phòng, tự quản, tự bảo vệ về ANTT”", "tu phong tu quan tu bao ve ve antt", true},
		{"phát động phong trào", "phat dong phong trao", true},
		// One word, or a passage, keys nothing.
		{"sáng", "", false},
		{"các cấp ủy đảng, chính quyền tiếp tục chỉ đạo để toàn Đảng, toàn dân thực hiện tốt", "", false},
	}
	for _, tt := range tests {
		if got, whole := answerKey(analysis.Tokens(tt.answer)); got != tt.want || whole != tt.whole {
			t.Errorf("answerKey(%q) = %q, %v; want %q, %v", tt.answer, got, whole, tt.want, tt.whole)
		}
	}
}

// TestAgreementOfWholeAnswers checks that a short answer agrees with
// another stage's answer of the same words, not with one that holds it
// among more.
func TestAgreementOfWholeAnswers(t *testing.T) {
	cand := func(g generator, answer string) candidate {
		return candidate{gen: g, answer: answer, toks: analysis.Tokens(answer)}
	}
	short := cand(genPassage, "Hội LHPN tỉnh")
	tests := []struct {
		other string
		want  float64
	}{
		{"“Hội LHPN tỉnh”", 0.5},
		{"Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh", 0},
	}
	for _, tt := range tests {
		all := []candidate{short, cand(genNamed, tt.other)}
		if got := agreement(short, all, yearlessAnswers(all)); got != tt.want {
			t.Errorf("agreement of %q with %q = %v, want %v", short.answer, tt.other, got, tt.want)
		}
	}
}
