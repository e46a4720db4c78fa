package answer

import (
	"testing"
)

// TestClauseOfLabelledItem checks that in a list of labelled items, parted
// by ";", a short label before ":" is in the clause of the figures after
// it, while a colon that opens speech or a label of a sentence with no
// list still parts two clauses.
func TestClauseOfLabelledItem(t *testing.T) {
	cases := []struct {
		name, text    string
		label, figure string // the first word of the label, and a figure
		same          bool
	}{
		{"an item of a list", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "hỏa", "1.389", true},
		{"the first item", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "ron95", "439", true},
		{"another item's figure", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "ron95", "1.389", false},
		{"no list", "Ông Nguyễn Văn A cho biết: giá tăng 1.389 đồng/lít.", "a", "1.389", false},
		{"a long clause before the colon", "Trong ngày hôm qua các cửa hàng xăng dầu trên địa bàn tỉnh cho biết: giá tăng 1.389 đồng; giá gas giảm 20 đồng.", "hôm", "1.389", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := testSent(c.text)
			l, f := s.find(c.label, 0), s.find(c.figure, 0)
			if l < 0 || f < 0 {
				t.Fatalf("no %q or %q in %q", c.label, c.figure, s.lower)
			}
			if got := s.clause[l] == s.clause[f]; got != c.same {
				t.Errorf("%q and %q in one clause: %v, want %v", c.label, c.figure, got, c.same)
			}
		})
	}
}
