package answer

import (
	"context"
	"testing"
)

// TestCalendarTimeNeedsATime checks that a question asking a day, a month,
// a year or a clock time gets no candidate that writes neither a time nor
// a number, while "khi nào" may be answered by a clause.
func TestCalendarTimeNeedsATime(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Văn hóa Lễ hội pháo hoa (ABC) - Tối 31/5/2025, lễ hội pháo hoa khai mạc tại Đà Nẵng.\n\n"+
		"Ca sĩ Tùng Dương, Kiều Anh là những gương mặt sẽ xuất hiện trong đêm khai mạc lễ hội.")
	for _, q := range []string{"lễ hội khai mạc ngày nào", "ca sĩ Tùng Dương xuất hiện trong đêm khai mạc ngày nào"} {
		for _, c := range e.Candidates(context.Background(), q) {
			if !hasDigit(c.Answer) {
				t.Errorf("%q: candidate %q (%s) writes no time", q, c.Answer, c.Generator)
			}
		}
	}
	cases := []struct {
		q    string
		want bool
	}{
		{"lễ hội khai mạc ngày nào", true},
		{"khai mac luc may gio", true},
		{"năm nào tỉnh được tái lập", true},
		{"tai nạn xảy ra khi nào", false},
		{"ai khai mạc lễ hội", false},
	}
	for _, c := range cases {
		if got := asksCalendarTime(parseQuestion(c.q)); got != c.want {
			t.Errorf("asksCalendarTime(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
