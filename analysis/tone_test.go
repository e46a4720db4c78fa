package analysis

import "testing"

func TestNormalizeTones(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"hoà", "hòa"},
		{"hòa", "hòa"},
		{"HOÀ", "HÒA"},
		{"Hoà", "Hòa"},
		{"khoẻ", "khỏe"},
		{"KHOẺ", "KHỎE"},
		{"uỷ ban", "ủy ban"},
		{"UỶ BAN", "ỦY BAN"},
		{"Uỷ ban", "Ủy ban"},
		{"thuý", "thúy"},
		{"thuỵ", "thụy"},
		{"loã", "lõa"},
		{"quý", "quý"},
		{"quả", "quả"},
		{"QUÝ", "QUÝ"},
		{"hoàn", "hoàn"},
		{"thuyền", "thuyền"},
		{"cá", "cá"},
		{"tiếp tục, hoà bình!", "tiếp tục, hòa bình!"},
		{"á", "á"},
	}
	for _, tt := range tests {
		if got := NormalizeTones(tt.in); got != tt.want {
			t.Errorf("NormalizeTones(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
