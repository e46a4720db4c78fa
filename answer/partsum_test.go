package answer

import (
	"context"
	"testing"
)

func TestPartsSum(t *testing.T) {
	e := articleEngine(t, "date 2025-07 Thời sự Mưa lũ (TTXVN) - Mưa lũ gây thiệt hại ở miền núi.\n\n"+
		"Trong đó, 3 người chết do lũ cuốn (Hà Giang 2, Cao Bằng 1); 5 người chết do sạt lở đất (Hà Giang 1, Lào Cai 4).\n\n"+
		"Đến chiều 12/9, mưa lũ đã làm 4 người chết (Cao Bằng 2, Lào Cai 2).\n\n"+
		"Mưa lũ làm 6 người chết (Sơn La 4, Yên Bái 2); trong đó 3 người chết là trẻ em (Sơn La 2, Yên Bái 1).\n")
	tests := []struct {
		q, want string
	}{
		{"Hà Giang có bao nhiêu người chết", "2 + 1 = 3 người chết."},
		// Words of one breakdown tell it apart: one part answers.
		{"Hà Giang có bao nhiêu người chết do lũ cuốn", ""},
		// A part written once is no sum.
		{"Lào Cai có bao nhiêu người chết", ""},
		// Two parts named: which one is unclear.
		{"bao nhiêu người chết", ""},
		// A figure written again, updated, or a share of a whole: no sum.
		{"Cao Bằng có bao nhiêu người chết", ""},
		{"Sơn La có bao nhiêu người chết", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		if got := e.partsSum(q, content, sc).answer; got != tt.want {
			t.Errorf("partsSum(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
