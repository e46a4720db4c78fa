package answer

import (
	"context"
	"slices"
	"testing"
)

func TestAskedDifference(t *testing.T) {
	tests := []struct {
		q    string
		want bool
		a, b []string // the folded side words, when asked
	}{
		{"giá Đak Nông cao hơn Lâm Đồng bao nhiêu", true, []string{"gia", "dak", "nong"}, []string{"lam", "dong"}},
		{"Vù A Giả hơn Vù A Nguyên mấy tuổi?", true, []string{"gia"}, []string{"nguyen"}},
		{"da nang don nhieu hon ha noi bao nhieu luot khach", true, []string{"da", "nang", "don"}, []string{"ha", "noi"}},
		{"hai đối tượng hơn kém nhau mấy tuổi", true, []string{"hai", "doi", "tuong"}, []string{"nhau"}},
		{"Vàng A Phừ kém Chang A Minh mấy tuổi", true, []string{"vang", "phu"}, []string{"chang", "minh"}},
		// "hơn" qualifies a number: no comparison.
		{"có phải hơn 20 triệu học sinh không", false, nil, nil},
		{"đạt hơn 2.000 tỷ đồng phải không", false, nil, nil},
		// A choice between options, not a difference.
		{"gạo Nhật hay gạo Nàng Nhen đắt hơn", false, nil, nil},
		// No comparison at all.
		{"có bao nhiêu người chết", false, nil, nil},
	}
	for _, tt := range tests {
		sides, ok := askedDifference(parseQuestion(tt.q))
		if ok != tt.want {
			t.Errorf("%q: asked %v, want %v", tt.q, ok, tt.want)
			continue
		}
		if !ok {
			continue
		}
		if got := foldsOf(sides.a); !slices.Equal(got, tt.a) {
			t.Errorf("%q: side a %v, want %v", tt.q, got, tt.a)
		}
		if got := foldsOf(sides.b); !slices.Equal(got, tt.b) {
			t.Errorf("%q: side b %v, want %v", tt.q, got, tt.b)
		}
	}
}

func TestDifference(t *testing.T) {
	const lead = "date 2025-05 Kinh tế Giá nông sản hôm nay (ABC) - Sáng 4/5, giá nông sản trong nước biến động.\n\n"
	tests := []struct {
		name, text, q, want string
	}{
		{"places of a list, each number in its own part",
			"Tiêu tại Đắk Lắk đã lên 101.000 đồng/kg, Gia Lai và Đắk Nông cùng ở mức 100.000 đồng/kg.",
			"tieu dak lak cao hon gia lai bao nhieu", "101.000 − 100.000 = 1.000 đồng."},
		{"names before the brackets of their figures",
			"Ở nhóm nữ và nam VĐV tiềm năng, Lê Thị Tuyết (471 bình chọn) và Nguyễn Trung Cường (410 bình chọn) dẫn đầu.",
			"Lê Thị Tuyết hơn Nguyễn Trung Cường bao nhiêu bình chọn", "471 − 410 = 61 bình chọn."},
		{"the smaller side asked first",
			"Ở nhóm nữ và nam VĐV tiềm năng, Lê Thị Tuyết (471 bình chọn) và Nguyễn Trung Cường (410 bình chọn) dẫn đầu.",
			"Nguyễn Trung Cường kém Lê Thị Tuyết bao nhiêu bình chọn", "471 − 410 = 61 bình chọn."},
		{"ages from the notes beside names",
			"Hai người tử vong là anh Vù A Nguyên (24 tuổi) và Vù A Giả (32 tuổi).",
			"Vù A Giả hơn Vù A Nguyên mấy tuổi?", "32 − 24 = 8 tuổi."},
		{"the only two ages, neither named",
			"Công an đã bắt giữ Hồ Văn Quynh (27 tuổi) và Trương Thanh Ngương (33 tuổi).",
			"hai đối tượng hơn kém nhau mấy tuổi", "33 − 27 = 6 tuổi."},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			c, ok := candidateOf(e.Candidates(ctx, tt.q), "difference")
			if !ok || c.Answer != tt.want {
				t.Errorf("%q: difference %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
			}
		})
	}
}

// TestDifferenceNone checks that no difference is worked out when a side
// cannot be bound: a place the article gives no figure of, and a person
// named on one side only.
func TestDifferenceNone(t *testing.T) {
	const lead = "date 2025-05 Kinh tế Giá nông sản hôm nay (ABC) - Sáng 4/5, giá nông sản trong nước biến động.\n\n"
	tests := []struct {
		name, text, q string
	}{
		{"a side with no figure",
			"Tiêu tại Đắk Lắk đã lên 101.000 đồng/kg, Gia Lai và Đắk Nông cùng ở mức 100.000 đồng/kg.",
			"tieu dak lak cao hon binh phuoc bao nhieu"},
		{"one side names a person, the other nobody",
			"Công an đã bắt giữ Hồ Văn Quynh (27 tuổi) và Trương Thanh Ngương (33 tuổi).",
			"Hồ Văn Quynh hơn người bị thương mấy tuổi"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			if c, ok := candidateOf(e.Candidates(ctx, tt.q), "difference"); ok {
				t.Errorf("%q: difference %q, want none", tt.q, c.Answer)
			}
		})
	}
}
