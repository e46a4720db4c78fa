package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestPartNamed checks that the figure of the list item a question names
// is a candidate marked part_named, and that no other item's figure is
// proposed as that item's: in a list written "NAME FIGURE unit", and in
// one written "FIGURE unit ở NAME" with one verb after the last item,
// where the figure stands before its name and the verb goes into its
// answer.
func TestPartNamed(t *testing.T) {
	k := slices.Index(FeatureNames(), fPartNamed)
	tourists := "date 2024-09 Thời sự Khách du lịch dịp lễ (ABC) - Sáng 3/9, Sở Du lịch cho biết số khách dịp lễ.\n\n" +
		"Khách du lịch đến TP Hạ Long 59.000 lượt khách; TP Móng Cái 18.000 lượt khách; huyện Vân Đồn 21.000 lượt khách, Cô Tô 2.500 lượt khách."
	deaths := "date 2023-08 Thời sự Mưa lũ (ABC) - Sáng 6/8, mưa lũ gây thiệt hại ở nhiều tỉnh.\n\n" +
		"Bốn người Lai Châu, hai người ở Yên Bái, một người ở Sơn La tử vong do đất đá sạt lở."
	tests := []struct {
		article, q, want string // want: the part_named candidate's answer
	}{
		{tourists, "Cô Tô đón bao nhiêu khách", "Cô Tô 2.500 lượt khách"},
		{tourists, "ha long don bao nhieu khach", "Hạ Long 59.000 lượt khách"},
		{tourists, "Móng Cái có bao nhiêu lượt khách", "Móng Cái 18.000 lượt khách"},
		{tourists, "bao nhiêu lượt khách", ""}, // no item named
		{deaths, "yen bai may nguoi tu vong", "hai người tử vong (Yên Bái)"},
		{deaths, "Sơn La có bao nhiêu người tử vong", "một người tử vong (Sơn La)"},
		{deaths, "lai chau co bao nhieu nguoi tu vong", "Bốn người tử vong (Lai Châu)"},
		{deaths, "bao nhiêu người tử vong", ""}, // no item named
	}
	engines := map[string]*Engine{}
	for _, tt := range tests {
		e, ok := engines[tt.article]
		if !ok {
			e = articleEngine(t, tt.article)
			engines[tt.article] = e
		}
		var named []string
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Features[k] > 0 {
				named = append(named, c.Answer)
			}
		}
		if strings.Join(named, "|") != tt.want {
			t.Errorf("%q: part_named %q, want %q", tt.q, named, tt.want)
		}
	}
}
