package answer

import (
	"context"
	"testing"
)

// TestAskedClass reads how many places of one class a total question
// counts, typed with diacritics or without.
func TestAskedClass(t *testing.T) {
	tests := []struct {
		q     string
		n     int
		class string
		ok    bool
	}{
		{"tổng cộng 2 xã tặng quà cho bao nhiêu hộ", 2, "xa", true},
		{"tổng số ca mắc của hai tỉnh là bao nhiêu", 2, "tinh", true},
		{"tong cong 2 phuong trao qua cho bao nhieu ho", 2, "phuong", true},
		// One place is no total over places.
		{"tổng cộng 1 xã tặng bao nhiêu hộ", 0, "", false},
		// More places than a total over places counts.
		{"tổng cộng 60 xã tặng bao nhiêu hộ", 0, "", false},
		// A number of no place.
		{"tổng cộng 3 đội có bao nhiêu người", 0, "", false},
	}
	for _, tt := range tests {
		n, class, ok := askedClass(parseQuestion(tt.q))
		if n != tt.n || class != tt.class || ok != tt.ok {
			t.Errorf("%q: %d %q %v, want %d %q %v", tt.q, n, class, ok, tt.n, tt.class, tt.ok)
		}
	}
}

// TestClassSum adds one figure a place over the places a question counts,
// and adds nothing when a place is missing or the places count other
// nouns.
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
		// Typed without diacritics.
		{"tong cong 2 xa trao qua cho bao nhieu nguoi", "24 + 15 = 39 hội viên."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q (%v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
	// Three places asked, two reported: no sum over places.
	if _, ok := classSumOf(e, "tổng cộng 3 xã trao quà cho bao nhiêu người"); ok {
		t.Errorf("three places asked: a sum over places")
	}
	// One place counts its members, the other its people: no sum of one
	// noun.
	mixed := articleEngine(t, "date 2025-06 Thời sự Hai xã trao quà (ABC) - Ngày 3/6, 2 xã Tân Lập và Hòa Bình trao quà.\n\n"+
		"Tại xã Tân Lập, Hội đã trao quà cho 24 hội viên.\n\n"+
		"Tại xã Hòa Bình, Hội đã trao quà cho 15 người.")
	if c, ok := classSumOf(mixed, "tổng cộng 2 xã trao quà cho bao nhiêu người"); ok {
		t.Errorf("places of other nouns: sum %q", c.answer)
	}
}

// classSumOf returns classSum's candidate for question text of e's
// articles.
func classSumOf(e *Engine, text string) (candidate, bool) {
	q := parseQuestion(text)
	return e.classSum(q, e.scope(context.Background(), q, e.content(q)))
}
