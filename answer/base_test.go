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
		{"a base stated in brackets after its cue", "Kim ngạch xuất khẩu của tỉnh đạt 39,6 triệu USD, tăng 12% so với cùng kỳ (35,4 triệu USD).",
			"cùng kỳ kim ngạch xuất khẩu của tỉnh đạt bao nhiêu", "35,4 triệu USD"},
		{"a base stated in brackets after its cue and year word", "Kim ngạch xuất khẩu của tỉnh đạt 39,6 triệu USD, tăng 12% so với cùng kỳ năm trước (35,4 triệu USD).",
			"cùng kỳ năm trước kim ngạch xuất khẩu là bao nhiêu", "35,4 triệu USD"},
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
		{"the current period asked", "Kim ngạch xuất khẩu của tỉnh đạt 39,6 triệu USD, tăng 12% so với cùng kỳ (35,4 triệu USD).",
			"kim ngạch xuất khẩu của tỉnh đạt bao nhiêu"},
		{"a bracket after the cue that opens with a change", "Kim ngạch xuất khẩu của tỉnh đạt 39,6 triệu USD, cao hơn so với cùng kỳ (tăng 4,2 triệu USD).",
			"cùng kỳ kim ngạch xuất khẩu của tỉnh đạt bao nhiêu"},
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

func TestCuedFigure(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"tăng 12% so với cùng kỳ (35,4 triệu USD)", 6, true},
		{"tăng 12% so với cùng kỳ năm trước (35,4 triệu USD)", 8, true},
		{"giảm 3 vụ so với cùng kỳ năm ngoái (7 vụ)", 9, true},
		// The current figure and the change stand before the comparison.
		{"đạt 39,6 triệu USD, tăng 12% so với cùng kỳ (35,4 triệu USD)", 1, false},
		{"đạt 39,6 triệu USD, tăng 12% so với cùng kỳ (35,4 triệu USD)", 5, false},
		// The bracket follows a comparison with no base period cue.
		{"tăng 12% so với tỉnh Bình Dương (35,4 triệu USD)", 8, false},
		// The number is not the first word of the bracket.
		{"tăng so với cùng kỳ (tăng 4,2 triệu USD)", 6, false},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := cuedFigure(s, tt.at); got != tt.want {
			t.Errorf("cuedFigure(%q, %d) = %v, want %v (words %v)", tt.text, tt.at, got, tt.want, s.fold)
		}
	}
}

func TestBaseAskedOther(t *testing.T) {
	const text = "Kim ngạch đạt 39,6 triệu USD, tăng 4,2 triệu USD so với cùng kỳ (35,4 triệu USD)."
	tests := []struct {
		name, text, q          string
		at                     int
		change, current, known bool
	}{
		{"the change, a base asked", "So với cùng kỳ năm ngoái, số vụ tai nạn giảm 3 vụ.", "cùng kỳ năm ngoái có bao nhiêu vụ tai nạn", 11, true, false, true},
		{"the current figure, a base asked", text, "cùng kỳ năm trước kim ngạch đạt bao nhiêu", 3, false, true, true},
		{"the change before the bracket, a base asked", text, "cùng kỳ năm trước kim ngạch đạt bao nhiêu", 7, true, false, true},
		{"the base in the bracket", text, "cùng kỳ năm trước kim ngạch đạt bao nhiêu", 14, false, false, true},
		{"a year written after so với", "Năm 2024 xảy ra 705 vụ tai nạn, giảm 354 vụ so với năm 2023.", "năm 2023 có bao nhiêu vụ tai nạn", 4, false, true, true},
		// The current period asked: no base named.
		{"the current period asked", text, "năm nay kim ngạch đạt bao nhiêu", 3, false, false, false},
		// The change itself asked.
		{"the change asked", text, "so với cùng kỳ kim ngạch tăng bao nhiêu", 7, false, false, false},
		// A figure and the base, no change between: both left alone.
		{"no change written", "Hải Phòng đạt 11,5 tỷ USD, gần như bằng mức 11,47 tỷ USD của cùng kỳ 2022.", "cùng kỳ 2022 Hải Phòng đạt bao nhiêu", 3, false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.text)
			if !numberLike(s, tt.at) {
				t.Fatalf("word %d of %v is no number", tt.at, s.fold)
			}
			change, current, known := baseAskedOther(parseQuestion(tt.q), s, tt.at)
			if change != tt.change || current != tt.current || known != tt.known {
				t.Errorf("baseAskedOther(%q, %q, %d) = %v, %v, %v; want %v, %v, %v (words %v)", tt.q, tt.text, tt.at, change, current, known, tt.change, tt.current, tt.known, s.fold)
			}
		})
	}
}

// TestComputedCover checks that an answer worked out from two sentences is
// covered as the better of them covers the question ("cùng kỳ năm ngoái"
// stands only in the change's sentence), and that the base features mark
// the change when the question names the base and not otherwise.
func TestComputedCover(t *testing.T) {
	const lead = "date 2025-02 Thời sự Tai nạn giao thông dịp Tết (ABC) - Sáng 5/2, Công an tỉnh Y cho biết tình hình tai nạn giao thông dịp Tết.\n\n"
	const text = "Trong 4 ngày nghỉ Tết, trên địa bàn tỉnh xảy ra 4 vụ tai nạn giao thông làm 5 người tử vong. So với cùng kỳ năm ngoái, số vụ tai nạn giảm 3 vụ, số người chết giảm 1 người."
	tests := []struct {
		name, q, gen, feature string
		want                  float64
	}{
		{"the base, covered by the change's sentence", "cùng kỳ năm ngoái có bao nhiêu vụ tai nạn", "base", fSentenceCover, 1},
		{"the change, a base asked", "cùng kỳ năm ngoái có bao nhiêu vụ tai nạn", "quantity", fBaseAskedChange, 1},
		// No candidate of a question asking the change itself is marked.
		{"the change asked", "so voi cung ky so vu tai nan giam bao nhieu", "", fBaseAskedChange, 0},
	}
	ctx := context.Background()
	e := articleEngine(t, lead+text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := e.Candidates(ctx, tt.q)
			if tt.gen == "" {
				for _, c := range cs {
					if got := c.NamedFeatures()[tt.feature]; got != tt.want {
						t.Errorf("%q: %s of %q = %v, want %v", tt.q, tt.feature, c.Answer, got, tt.want)
					}
				}
				return
			}
			c, ok := candidateOf(cs, tt.gen)
			if !ok {
				t.Fatalf("%q: no %s candidate", tt.q, tt.gen)
			}
			if got := c.NamedFeatures()[tt.feature]; got != tt.want {
				t.Errorf("%q: %s of %q = %v, want %v", tt.q, tt.feature, c.Answer, got, tt.want)
			}
		})
	}
}
