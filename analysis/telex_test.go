package analysis

import "testing"

func TestUnTelex(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"bawngf", "bằng", true},
		{"MW", "MW", false},     // a unit, not "mư"
		{"UBND", "UBND", false}, // an abbreviation
		{"Bawngf", "Bằng", true},
		{"dd", "đ", true},
		{"ddieemr", "điểm", true},
		{"hinhf", "hình", true},
		{"nhieeuf", "nhiều", true},
		{"nguwoif", "người", true},
		{"dduwowcj", "được", true},
		{"nuwowcs", "nước", true},
		{"hoafn", "hoàn", true},
		{"hoaf", "hòa", true},
		{"khoer", "khỏe", true},
		{"thuys", "thúy", true},
		{"tooi", "tôi", true},
		{"Vieetj", "Việt", true},
		{"quyeenf", "quyền", true},
		{"giuwx", "giữ", true},
		{"gif", "gì", true},
		{"muwa", "mưa", true},
		{"nhw", "như", true},
		{"owr", "ở", true},
		{"thuowr", "thuở", true},
		{"tieengs", "tiếng", true},
		{"hocj", "học", true},
		{"khen", "khen", false},
		{"mo", "mo", false},
		{"xoong", "xoong", false},
		{"of", "of", false},
		{"is", "is", false},
		{"free", "free", false},
		{"news", "news", false},
		{"the", "the", false},
		{"what", "what", false},
		{"how", "how", false},
		{"law", "law", false},
		{"hocf", "hocf", false}, // a stop final takes only sắc or nặng
		{"hoss", "hoss", false},
		{"bằng", "bằng", false},
		{"", "", false},
		{"5k", "5k", false},
		{"ddddd", "ddddd", false},
	}
	for _, tt := range tests {
		got, ok := UnTelex(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("UnTelex(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && Canonical(got) != got {
			t.Errorf("UnTelex(%q) = %q, not canonical", tt.in, got)
		}
	}
}
