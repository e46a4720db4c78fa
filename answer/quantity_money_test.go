package answer

import "testing"

// TestIsMoney checks that a unit written with marks is money only as
// written ("đồng", not the "động" of "hành động"), and one typed without
// them is read folded.
func TestIsMoney(t *testing.T) {
	tests := []struct {
		unit string
		want bool
	}{
		{"tỷ đồng", true},
		{"triệu dong", true},
		{"USD/tấn", true},
		{"bố con có hành động dũng cảm", false},
		{"máy điện thoại di động", false},
		{"hộ dân xã Yên Thắng", false},
	}
	for _, tt := range tests {
		if got := isMoney(splitWords(tt.unit)); got != tt.want {
			t.Errorf("isMoney(%q) = %v, want %v", tt.unit, got, tt.want)
		}
	}
}
