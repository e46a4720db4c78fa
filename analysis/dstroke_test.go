package analysis

import "testing"

func TestNormalizeD(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Đà Nẵng", "Đà Nẵng"},
		{"\u00D0à Nẵng", "Đà Nẵng"},
		{"\u0189ồng \u0256ội", "Đồng đội"},
		{"Ðại tá", "Đại tá"},
		{"no d here", "no d here"},
	}
	for _, tt := range tests {
		if got := NormalizeD(tt.in); got != tt.want {
			t.Errorf("NormalizeD(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
