package answer

import (
	"context"
	"strings"
	"testing"
)

// TestMeasureKindCandidates checks what the generators propose for the
// kind of measure a count asks: no percent for a value asked, a percent
// for a share asked, and no count of another kind of the noun asked
// beside the kind asked.
func TestMeasureKindCandidates(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Kinh tế Xuất khẩu tăng (TNO) - Sáng 6/8, Sở Công thương cho biết số liệu.\n\n"+
		"Nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD. "+
		"Ban tổ chức trao 3 giải A, 5 giải B và 29 giải khuyến khích đối với Giải Bìa báo.")
	tests := []struct {
		name, q, want, not string
	}{
		{"a value asked", "thủy sản đạt bao nhiêu", "118,9 triệu USD", "3,65%"},
		{"a share asked by its verb", "thủy sản chiếm bao nhiêu", "3,65%", ""},
		{"a share asked by its noun", "thuy san ty trong bao nhieu", "3,65%", ""},
		{"a kind asked", "Giải Bìa báo có mấy giải A", "3 giải A", "29 giải khuyến khích"},
	}
	for _, tt := range tests {
		cs := e.Candidates(context.Background(), tt.q)
		found := false
		for _, c := range cs {
			found = found || strings.Contains(c.Answer, tt.want)
			if tt.not != "" && strings.Contains(c.Answer, tt.not) {
				t.Errorf("%s: %q: candidate %q", tt.name, tt.q, c.Answer)
			}
		}
		if !found {
			t.Errorf("%s: %q: no candidate %q among %+v", tt.name, tt.q, tt.want, cs)
		}
	}
}
