package analysis

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"awarded", "award"},
		{"awards", "award"},
		{"conferences", "confer"},
		{"models", "model"},
		{"provided", "provid"},
		{"the", "the"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
