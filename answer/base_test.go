package answer

import (
	"context"
	"testing"
)

func TestAsksBase(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"cùng kỳ năm ngoái có bao nhiêu vụ tai nạn", true},
		{"nam ngoai cung ky bao nhieu nguoi chet", true},
		{"cùng kỳ năm trước mấy ca bị thương do pháo", true},
		// The change itself is asked, and stated.
		{"so voi cung ky so vu tai nan giam bao nhieu", false},
		// No base period asked.
		{"có bao nhiêu vụ tai nạn", false},
		// Not a count.
		{"so sánh với cùng kỳ năm nào", false},
	}
	for _, tt := range tests {
		if got := asksBase(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("%q: asksBase %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestComparedBase(t *testing.T) {
	const lead = "date 2025-02 Thời sự Tai nạn giao thông dịp Tết (ABC) - Sáng 5/2, Công an tỉnh Y cho biết tình hình tai nạn giao thông dịp Tết.\n\n"
	tests := []struct {
		name, text, q, want string
	}{
		{"a fall in the next sentence", "Trong 4 ngày nghỉ Tết, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông làm 5 người tử vong. So với cùng kỳ năm ngoái, số vụ tai nạn giảm 3 vụ, số người chết giảm 1 người và số người bị thương giảm 5 người.",
			"cùng kỳ năm ngoái có bao nhiêu vụ tai nạn", "4 + 3 = 7 vụ tai nạn giao thông."},
		{"a fall of people, named by a synonym", "Trong 4 ngày nghỉ Tết, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông làm 5 người tử vong. So với cùng kỳ năm ngoái, số vụ tai nạn giảm 3 vụ, số người chết giảm 1 người và số người bị thương giảm 5 người.",
			"năm ngoái bao nhiêu người chết", "5 + 1 = 6 người tử vong."},
		{"a rise in brackets", "Liên quan đến pháo nổ, có 18 trường hợp bị thương (tăng 16 ca so với cùng kỳ); 4 ca khám bệnh do vật liệu nổ tự chế.",
			"cùng kỳ năm trước mấy ca bị thương do pháo", "18 − 16 = 2 trường hợp bị thương."},
		{"a year compared with, a change naming nothing", "Trong năm 2024, trên địa bàn tỉnh xảy ra 705 vụ tai nạn giao thông, giảm 354 vụ so với năm 2023.",
			"năm 2023 có bao nhiêu vụ tai nạn", "705 + 354 = 1.059 vụ tai nạn giao thông."},
		{"a change by abbreviation after a closed bracket", "Các đoàn đoạt 13 Huy chương Vàng (HCV), 16 Huy chương Bạc (HCB), 8 Huy chương Đồng (HCĐ); tăng 1 HCV, 1 HCB so với năm 2024.",
			"Năm 2024 Việt Nam được bao nhiêu HCV", "13 − 1 = 12 Huy chương Vàng."},
		{"a base stated in brackets after the compared year", "Trong đó, 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,452 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD). 5 dự án điều chỉnh tăng vốn, đạt 104,79 triệu USD, tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD).",
			"Cùng kỳ 2023 vốn điều chỉnh là bao nhiêu?", "37,37 triệu USD"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			c, ok := candidateOf(e.Candidates(ctx, tt.q), "base")
			if !ok || c.Answer != tt.want {
				t.Errorf("%q: base %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
			}
		})
	}
}

// TestComparedBaseNone checks that no base is worked out where it cannot
// be: injured people whose figure the article does not give, a share, and
// a base the article states itself.
func TestComparedBaseNone(t *testing.T) {
	const lead = "date 2025-02 Thời sự Tai nạn giao thông dịp Tết (ABC) - Sáng 5/2, Công an tỉnh Y cho biết tình hình tai nạn giao thông dịp Tết.\n\n"
	tests := []struct {
		name, text, q string
	}{
		{"no figure of the injured", "Trong 4 ngày nghỉ Tết, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông làm 5 người tử vong. So với cùng kỳ năm ngoái, số người bị thương giảm 5 người.",
			"năm ngoái bao nhiêu người bị thương"},
		{"a share", "Các cơ sở y tế tiếp nhận 456 trường hợp bị tai nạn giao thông (tăng 13,4% so với cùng kỳ).",
			"cùng kỳ năm ngoái bao nhiêu trường hợp bị tai nạn giao thông"},
		{"a year not compared with", "Trong năm 2024, trên địa bàn tỉnh xảy ra 705 vụ tai nạn giao thông, giảm 354 vụ so với năm 2023.",
			"năm 2022 có bao nhiêu vụ tai nạn"},
		{"a bracketed figure after another year", "Trong đó, 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,452 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD).",
			"Năm 2022 vốn cấp mới là bao nhiêu?"},
		{"a base stated", "Trong 4 ngày nghỉ Tết, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông, giảm 3 vụ so với 7 vụ cùng kỳ năm ngoái.",
			"cùng kỳ năm ngoái có bao nhiêu vụ tai nạn"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			if c, ok := candidateOf(e.Candidates(ctx, tt.q), "base"); ok {
				t.Errorf("%q: base %q, want none", tt.q, c.Answer)
			}
		})
	}
}

func TestNamesUnit(t *testing.T) {
	tests := []struct {
		named []string
		unit  string
		want  bool
	}{
		{[]string{"so", "vu", "tai", "nan", "giam"}, "vụ tai nạn giao thông", true},
		{[]string{"so", "nguoi", "chet", "giam"}, "người tử vong", true},
		{[]string{"so", "nguoi", "bi", "thuong", "giam"}, "người tử vong", false},
		{[]string{"giam"}, "người", false},
	}
	for _, tt := range tests {
		if got := namesUnit(tt.named, tt.unit); got != tt.want {
			t.Errorf("namesUnit(%v, %q) = %v, want %v", tt.named, tt.unit, got, tt.want)
		}
	}
}

func TestSameHeadAbbreviation(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Huy chương Vàng", "HCV", true},
		{"HCĐ", "Huy chương Đồng", true},
		{"Huy chương Bạc", "HCV", false},
		{"vụ tai nạn", "vụ", true},
		{"người", "ngày", false},
		{"tỷ USD", "tu", false},
	}
	for _, tt := range tests {
		if got := sameHead(tt.a, tt.b); got != tt.want {
			t.Errorf("sameHead(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestBracketBetween(t *testing.T) {
	tests := []struct {
		text     string
		from, to int
		want     bool
	}{
		{"có 18 trường hợp bị thương (tăng 16 ca so với cùng kỳ)", 1, 7, true},
		{"8 Huy chương Đồng (HCĐ); tăng 1 HCV", 0, 5, false},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := bracketBetween(s, tt.from, tt.to); got != tt.want {
			t.Errorf("bracketBetween(%q, %d, %d) = %v, want %v (words %v)", tt.text, tt.from, tt.to, got, tt.want, s.fold)
		}
	}
}

func TestComparedFigure(t *testing.T) {
	tests := []struct {
		text, year string
		at         int
		want       bool
	}{
		{"tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD)", "2023", 8, true},
		{"năm 2023 (37,37 triệu USD)", "2023", 2, false},
		{"tăng 1 HCV so với năm 2024 (12 HCV)", "2024", 7, true},
		{"tăng 1 HCV so với năm 2024 (12 HCV)", "2023", 7, false},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := comparedFigure(s, tt.at, tt.year); got != tt.want {
			t.Errorf("comparedFigure(%q, %d, %q) = %v, want %v (words %v)", tt.text, tt.at, tt.year, got, tt.want, s.fold)
		}
	}
}
