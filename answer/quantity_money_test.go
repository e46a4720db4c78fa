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

// TestAsksMoney: a count asked after a verb of money, with no noun after
// the count word, asks an amount of money; a noun counted after it asks a
// count whatever the verb.
func TestAsksMoney(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Bị cáo phải bồi thường bao nhiêu?", true},
		{"nguoi bi thuong duoc ho tro bao nhieu", true},
		{"tiền thưởng là bao nhiêu", true},
		{"bao nhiêu người được hỗ trợ", false},
		{"bị phạt bao nhiêu năm tù", false},
		{"bao nhiêu người bị thương", false},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).asksMoney(); got != tt.want {
			t.Errorf("asksMoney(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
