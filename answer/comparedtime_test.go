package answer

import (
	"context"
	"testing"
)

func TestAsksComparedTime(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"giá tăng so với khi nào", true},
		{"tháng 7 tăng so với cùng kỳ năm nào", true},
		{"So sánh với cùng kỳ năm nào?", true},
		{"số liệu chênh lệch so với báo cáo ngày nào", true},
		{"gia tang so voi khi nao", true},
		// The event's own date.
		{"giá cà phê tăng vào ngày nào", false},
		{"Số liệu này là của quý mấy năm nào?", false},
		// "so" of "số liệu" typed without diacritics is no comparison.
		{"so lieu nay cong bo ngay nao", false},
		// A comparison, but the question asks a count.
		{"giá tăng bao nhiêu so với tuần trước", false},
		// The lead is too far from the question word.
		{"so với cùng kỳ thì số vụ tai nạn giao thông giảm vào tháng nào", false},
	}
	for _, tt := range tests {
		if got := asksComparedTime(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("%q: asksComparedTime %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestComparedTime(t *testing.T) {
	const lead = "date 2023-09 Kinh tế Giá cà phê (ABC) - Sáng 4/9, Sở Công thương tỉnh Y cho biết tình hình thị trường.\n\n"
	tests := []struct {
		name, text, q, want string
	}{
		{"a base period cue for khi nào", "Giá cà phê trong nước ngày 4-9 tăng 800.000 đồng/tấn so với tuần trước, dao động từ 65,7 triệu đồng/tấn.",
			"giá cà phê tăng so với khi nào", "tuần trước"},
		{"a year, not the event's", "Tháng 7/2022 kim ngạch xuất khẩu toàn tỉnh đạt gần 721 triệu USD, tăng gần 42% so với cùng kỳ năm 2021, đưa tổng kim ngạch lên 4 tỷ USD.",
			"kim ngạch xuất khẩu tăng so với cùng kỳ năm nào", "cùng kỳ năm 2021"},
		{"a day, cut at the comma", "Những con số này chênh lệch so với báo cáo ngày 14/2, lãnh đạo Sở Y tế cho biết do lỗi hệ thống.",
			"số liệu chênh lệch so với báo cáo ngày nào", "báo cáo ngày 14/2"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			c, ok := candidateOf(e.Candidates(ctx, tt.q), string(genComparedTime))
			if !ok || c.Answer != tt.want {
				t.Errorf("%q: compared time %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
			}
		})
	}
}

// TestComparedTimeNone checks that no compared time is cut where the
// sentence writes none of the kind asked: a year asked of "so với tuần
// trước", and a comparison with no time after it.
func TestComparedTimeNone(t *testing.T) {
	const lead = "date 2023-09 Kinh tế Giá cà phê (ABC) - Sáng 4/9, Sở Công thương tỉnh Y cho biết tình hình thị trường.\n\n"
	tests := []struct {
		name, text, q string
	}{
		{"a year asked, a week written", "Giá cà phê trong nước ngày 4-9 tăng 800.000 đồng/tấn so với tuần trước.",
			"giá cà phê tăng so với năm nào"},
		{"no time after so với", "Giá cà phê trong nước cao hơn nhiều so với giá hồ tiêu, theo các thương lái.",
			"giá cà phê cao so với khi nào"},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			if c, ok := candidateOf(e.Candidates(ctx, tt.q), string(genComparedTime)); ok {
				t.Errorf("%q: compared time %q, want none", tt.q, c.Answer)
			}
		})
	}
}
