package answer

import (
	"context"
	"testing"
)

func TestAskedClass(t *testing.T) {
	tests := []struct {
		q     string
		n     int
		class string
	}{
		{"tổng cộng 2 xã tặng quà cho bao nhiêu hộ", 2, "xã"},
		{"tổng số ca mắc của hai tỉnh là bao nhiêu", 2, "tỉnh"},
		// One place is no total over places.
		{"tổng cộng 1 xã tặng bao nhiêu hộ", 0, ""},
		// A number of no place.
		{"tổng cộng 3 đội có bao nhiêu người", 0, ""},
	}
	for _, tt := range tests {
		n, class, _ := askedClass(parseQuestion(tt.q))
		if n != tt.n || class != tt.class {
			t.Errorf("%q: %d %q, want %d %q", tt.q, n, class, tt.n, tt.class)
		}
	}
}

func TestClassSum(t *testing.T) {
	e := articleEngine(t, "date 2025-06 Thời sự Hai xã trao quà cho hội viên (ABC) - Ngày 3/6, Hội Nông dân 2 xã Tân Lập và Hòa Bình trao quà cho hội viên khó khăn.\n\n"+
		"Tại xã Tân Lập, Hội đã trao quà cho 24 hội viên; trong đó có 4 hội viên 70 tuổi và 20 hội viên khác.\n\n"+
		"Tại xã Hòa Bình, Hội đã trao quà cho 15 hội viên, gồm: 3 hội viên 70 tuổi và 12 hội viên khác.")
	ctx := context.Background()
	tests := []struct {
		q, want string
	}{
		// One figure a place, its parts left out.
		{"tổng cộng 2 xã trao quà cho bao nhiêu người", "24 + 15 = 39 hội viên."},
		// A number the question writes picks each place's part.
		{"tổng cộng 2 xã có bao nhiêu hội viên 70 tuổi", "4 + 3 = 7 hội viên."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q (%v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
	// Three places asked, two reported: no sum.
	if c, ok := candidateOf(e.Candidates(ctx, "tổng cộng 3 xã trao quà cho bao nhiêu người"), "sum"); ok && c.Answer == "24 + 15 = 39 hội viên." {
		t.Errorf("three places asked: sum %q", c.Answer)
	}
}
