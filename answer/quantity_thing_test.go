package answer

import "testing"

// TestThingCounted: the noun a count question counts things by, or none
// when it asks money or a share; a question whose words before the count
// word describe the number counts what the noun after it names.
func TestThingCounted(t *testing.T) {
	tests := []struct {
		q    string
		want string // folded; "" when it counts no things
	}{
		{"có bao nhiêu dự án", "du"},
		{"khám bệnh miễn phí cho bao nhiêu người", "nguoi"},
		{"phí khám bệnh là bao nhiêu", ""},
		{"bao nhiêu tiền", ""},
		{"tỷ lệ bao nhiêu phần trăm", ""},
	}
	for _, tt := range tests {
		got := ""
		if w, ok := parseQuestion(tt.q).thingCounted(); ok {
			got = w.fold
		}
		if got != tt.want {
			t.Errorf("thingCounted(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
