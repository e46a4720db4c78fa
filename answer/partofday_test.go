package answer

import (
	"context"
	"strings"
	"testing"
)

func TestPartOfDayQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want bool // asks for the part of the day
	}{
		{"lễ diễn ra vào buổi nào", true},
		{"dai hoi khai mac buoi nao", true},
		{"buổi lễ diễn ra vào buổi nào trong ngày", true},
		{"buoi le to chuc sang hay chieu", true},
		{"hội nghị buổi sáng hay buổi chiều", true},
		{"lễ tổ chức sáng hoặc tối", true},
		// A part of the day named, none asked for.
		{"buổi sáng có bao nhiêu người dự", false},
		{"buổi lễ diễn ra ngày nào", false},
		{"sáng nay ai phát biểu", false},
		{"Hai xe đi cùng chiều hay ngược chiều?", false},
		{"xe đi chiều hay ngược lại", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := q.wh == whWhen && q.when == whenPartOfDay; got != tt.want {
			t.Errorf("%q: part of day = %v (wh %v, when %q), want %v", tt.q, got, q.wh, q.when, tt.want)
		}
	}
}

func TestPartOfDayIn(t *testing.T) {
	e := articleEngine(t, "date 2025-09 Thể thao Giải đua thuyền (BQN) - Sáng 7/9, xã Quý Lộc tổ chức lễ hội đua thuyền.\n\n"+
		"Trong buổi sáng hôm nay, các lượt thi đã diễn ra sôi động.\n\n"+
		"Phải bước sang giờ chiều, đội nhà mới có huy chương vàng.\n\n"+
		"Ánh sáng sân khấu được thiết kế mới.\n\n"+
		"Chiều cao của cột cờ là 12 mét.\n\n"+
		"Tai nạn xảy ra lúc 15h30 chiều 4/9 trên quốc lộ.")
	tests := []struct {
		sentence, want string
	}{
		{"Sáng 7/9, xã Quý Lộc tổ chức lễ hội đua thuyền.", "Sáng 7/9"},
		{"Trong buổi sáng hôm nay, các lượt thi đã diễn ra sôi động.", "buổi sáng hôm nay"},
		{"Phải bước sang giờ chiều, đội nhà mới có huy chương vàng.", "giờ chiều"},
		{"Ánh sáng sân khấu được thiết kế mới.", ""},
		{"Chiều cao của cột cờ là 12 mét.", ""},
		{"Tai nạn xảy ra lúc 15h30 chiều 4/9 trên quốc lộ.", "15h30 chiều 4/9"},
	}
	for _, tt := range tests {
		var s *sent
		for _, c := range e.sents {
			if c.text == tt.sentence {
				s = c
			}
		}
		if s == nil {
			t.Fatalf("no sentence %q", tt.sentence)
		}
		if got := partOfDayIn(s); got != tt.want {
			t.Errorf("partOfDayIn(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestPartOfDayAnswered(t *testing.T) {
	e := articleEngine(t, "date 2025-12 Văn hóa Trao tặng thưởng tác phẩm lý luận (BQN) - Tối 29/12, tại Hà Nội, Hội đồng Lý luận Trung ương tổ chức Lễ trao tặng thưởng các tác phẩm lý luận xuất bản năm 2024.\n\n"+
		"Hội đồng đã nhận 76 tác phẩm.")
	for _, q := range []string{"lễ diễn ra vào buổi nào", "le trao tang thuong to chuc sang hay toi"} {
		a := e.Ask(context.Background(), q, nil)
		if a.Kind == KindNone || !strings.Contains(strings.ToLower(a.Answer), "tối") {
			t.Errorf("%q: %q (%v), want the evening", q, a.Answer, a.Kind)
		}
	}
}

func TestWhereTypedWithoutMarks(t *testing.T) {
	tests := []struct {
		q    string
		want wh
	}{
		{"le khoi cong to chuc o dau", whWhere},
		{"le khoi cong to chuc o dau vay", whWhere},
		// "đầu cầu", typed without marks: who is asked.
		{"ai du le o dau cau trung tam", whWho},
		{"Ai dự lễ ở đâu?", whWhere},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).wh; got != tt.want {
			t.Errorf("%q: wh = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestPhraseTypedAsMeant(t *testing.T) {
	tests := []struct {
		q        string
		wantWhen bool
	}{
		{"Lễ diễn ra năm nào?", true},
		{"le dien ra nam nao", true},
		// Typed with marks on "nào", "nam" is written so: male, not year.
		{"Đua ghe Ngo 2023, đội nam nào giải Nhất?", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := q.wh == whWhen; got != tt.wantWhen {
			t.Errorf("%q: wh = %v (when %q), asks a time %v, want %v", tt.q, q.wh, q.when, got, tt.wantWhen)
		}
	}
}
