package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestVictimHarms(t *testing.T) {
	tests := []struct {
		q    string
		want string // the first harm asked, folded; "" for none
	}{
		{"nan nhan ten gi", "chet"},
		{"người tử vong là ai", "tu vong"},
		{"ai đã tử vong", "tu vong"},
		{"ai bi thuong", "bi thuong"},
		{"ai báo cáo ca tử vong", ""},
		{"ai dua nan nhan di cap cuu", ""},
		{"tai xe ten gi", ""},
	}
	for _, tt := range tests {
		got := ""
		if h := victimHarms(parseQuestion(tt.q)); len(h) > 0 {
			got = strings.Join(h[0], " ")
		}
		if got != tt.want {
			t.Errorf("%q: first harm %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestHarmNamed(t *testing.T) {
	e := articleEngine(t, "date 2026-01 Tai nạn trên quốc lộ (XYZ) - Một vụ va chạm xảy ra tối qua.\n\n"+
		"Khoảng 20h ngày 31/12, chị Nguyễn Huỳnh Yến Thảo (SN 2002, trú xã Thượng Đức) chạy xe máy trên Quốc lộ 14B. Xe đầu kéo do ông Lê Văn Hùng điều khiển chạy ngược chiều.\n\n"+
		"Vụ va chạm khiến chị Thảo tử vong tại chỗ, anh T.C.T., người đi cùng, bị thương.")
	tests := []struct {
		q, answer string
		named     bool
	}{
		{"nan nhan ten gi", "Nguyễn Huỳnh Yến Thảo", true},
		{"nan nhan ten gi", "Lê Văn Hùng", false},
		{"người tử vong là ai", "Nguyễn Huỳnh Yến Thảo", true},
		{"người tử vong là ai", "T.C.T", false},
		{"ai bị thương", "T.C.T", true},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		var s *sent
		for _, c := range e.sents {
			if c.p.ID == "t/p1" && c.index == 0 {
				s = c
			}
		}
		named, known := e.harmNamed(victimHarms(q), s, analysis.Tokens(tt.answer))
		if !known || named != tt.named {
			t.Errorf("%q, %q: harmNamed = %v, %v; want %v, true", tt.q, tt.answer, named, known, tt.named)
		}
	}
}
