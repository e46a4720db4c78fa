package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestCauseBound(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		bound, known               bool
	}{
		// The question's verb right before the cause.
		{"vì sao ông S chết", "Ông S. chết do bị nước cuốn trôi khi lội qua suối.", "Do bị nước cuốn trôi khi lội qua suối", true, true},
		// A purpose, the answer right after its word.
		{"vì sao tổ chức bữa tiệc", "Thảo tổ chức bữa tiệc để mừng sinh nhật em trai.", "mừng sinh nhật em trai", true, true},
		// A fronted cause governs the rest of its sentence.
		{"tại sao quán bị đình chỉ", "Do không đảm bảo phòng cháy, quán bị đình chỉ hoạt động.", "Do không đảm bảo phòng cháy", true, true},
		// A cause inside a whole sentence.
		{"vì sao khách quốc tế tăng cao", "Cũng theo Tổng cục Thống kê, do chính sách thị thực thuận lợi, khách quốc tế tăng cao.", "Cũng theo Tổng cục Thống kê, do chính sách thị thực thuận lợi, khách quốc tế tăng cao", true, true},
		// A cause word capitalised inside a sentence opens a name.
		{"vì sao các cá nhân được tặng kỷ niệm chương", "Trao Kỷ niệm chương Vì sự nghiệp bảo vệ an ninh Tổ quốc cho 9 đồng chí.", "Vì sự nghiệp bảo vệ an ninh Tổ quốc cho 9 đồng chí", false, true},
		// The question's words far from the cause.
		{"vì sao xây cơ sở 2", "Cơ sở 2 có diện tích 6 ha và đã được đưa vào sử dụng từ năm ngoái do Bộ Y tế đầu tư.", "do Bộ Y tế đầu tư", false, true},
		// No word of cause: judged by other features.
		{"vì sao nông dân được mùa", "Thời tiết ủng hộ nên nông dân được mùa.", "Thời tiết ủng hộ", false, false},
		// Not a why-question.
		{"ông S chết ở đâu", "Ông S. chết do bị nước cuốn trôi.", "do bị nước cuốn trôi", false, false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		bound, known := causeBound(q, testSent(c.sentence), analysis.Tokens(c.answer), questionWords(q))
		if bound != c.bound || known != c.known {
			t.Errorf("%q in %q for %q: bound %v known %v, want %v %v", c.answer, c.sentence, c.question, bound, known, c.bound, c.known)
		}
	}
}
