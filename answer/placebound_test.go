package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestPlaceBound(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		bound, known               bool
	}{
		// The question's verb right before the locative.
		{"đại hội tổ chức ở đâu", "Đại hội được tổ chức tại Trung tâm Hội nghị Quốc gia.", "Tại Trung tâm Hội nghị Quốc gia", true, true},
		// The answer right after the locative; a date between.
		{"lễ công bố giải tổ chức ở đâu", "Buổi lễ công bố giải hôm 31/5 tại TPHCM.", "TPHCM", true, true},
		// A place fronted before its clause.
		{"người phụ nữ chết ở đâu", "Tại xã Khoen On, một người phụ nữ 56 tuổi bị chết do sạt lở.", "Tại xã Khoen On", true, true},
		// A fronted place, a note in brackets after it, a long subject.
		{"buổi lễ diễn ra ở đâu", "Chiều 12/11, tại Nhà Văn hóa tỉnh (TP. Kon Tum), Sở Văn hóa, Thể thao và Du lịch phối hợp với Tỉnh đoàn tổ chức lễ bế mạc.", "Tại Nhà Văn hóa tỉnh (TP. Kon Tum)", true, true},
		// "về" meaning about: bound only by the question's verb.
		{"lễ trao giải Diên Hồng tổ chức ở đâu", "Giải báo chí toàn quốc về Quốc hội và Hội đồng nhân dân.", "Về Quốc hội và Hội đồng nhân dân", false, true},
		{"gia đình chuyển về đâu", "Gia đình anh đã chuyển về Hà Nội.", "về Hà Nội", true, true},
		// A comma parts the place from the question's words.
		{"tai nạn xảy ra ở đâu", "Vụ tai nạn xảy ra lúc 7 giờ, người dân ở Thanh Hóa đến giúp.", "Ở Thanh Hóa", false, true},
		// No locative opens the answer: judged by other features.
		{"trường ở huyện nào", "Trường Mầm non Ia Băng (huyện Đak Đoa).", "huyện Đak Đoa", false, false},
		// Not a where-question.
		{"đại hội tổ chức khi nào", "Đại hội được tổ chức tại Hà Nội.", "tại Hà Nội", false, false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		bound, known := placeBound(q, testSent(c.sentence), analysis.Tokens(c.answer), questionWords(q))
		if bound != c.bound || known != c.known {
			t.Errorf("%q in %q for %q: bound %v known %v, want %v %v", c.answer, c.sentence, c.question, bound, known, c.bound, c.known)
		}
	}
}

func TestPlaceVerb(t *testing.T) {
	cases := []struct{ question, want string }{
		{"đại hội tổ chức ở đâu", "chức tổ"},
		{"thi thể được tìm thấy ở đâu", "thấy tìm"},
		{"Đại hội diễn ra ở thành phố nào", "diễn"},
		{"ở đâu có lũ", ""},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		got := ""
		for _, w := range placeVerb(q, questionWords(q)) {
			got += " " + w.text
		}
		if len(got) > 0 {
			got = got[1:]
		}
		if got != c.want {
			t.Errorf("placeVerb(%q) = %q, want %q", c.question, got, c.want)
		}
	}
}
