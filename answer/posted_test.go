package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestPostedAnswer writes the posting time of each kind asked, and nothing
// for a kind the header does not give.
func TestPostedAnswer(t *testing.T) {
	day := corpus.Date{Year: 2025, Month: 8, Day: 8}
	stamped := corpus.Date{Year: 2025, Month: 6, Day: 9, Written: "09/06"}
	month := corpus.Date{Year: 2020, Month: 8}
	tests := []struct {
		when     string
		d        corpus.Date
		at, line string
		want     string
	}{
		{whenClock, day, "18:13", "2025-08-08", "Lúc 18:13 ngày 8/8/2025."},
		{whenClock, stamped, "10:45", "2025-06", "Lúc 10:45 ngày 09/06/2025."},
		{whenClock, day, "", "2025-08-08", ""},
		{whenDay, day, "", "2025-08-08", "Ngày 8/8/2025 (2025-08-08)."},
		{whenDay, day, "", "", "Ngày 8/8/2025."},
		{whenDay, stamped, "10:45", "2025-06", "Ngày 09/06/2025."},
		{whenDay, month, "", "2020-08", ""},
		{whenMonth, month, "", "2020-08", "Tháng 8/2020."},
		{whenYear, day, "", "2025-08-08", "Năm 2025."},
		{whenAny, month, "", "2020-08", "Tháng 8/2020."},
		{whenAny, day, "", "2025-08-08", "Ngày 8/8/2025 (2025-08-08)."},
		{whenPeriod, day, "", "2025-08-08", ""},
	}
	for _, tt := range tests {
		if got := postedAnswer(tt.when, tt.d, tt.at, tt.line); got != tt.want {
			t.Errorf("postedAnswer(%q, %v, %q, %q) = %q, want %q", tt.when, tt.d, tt.at, tt.line, got, tt.want)
		}
	}
}

// TestPostedAndDetailClock asks when the article was posted, and the hour
// of its event the lead does not give: the posting time answers only a
// question about the article, the detail paragraph's hour only one about
// the event.
func TestPostedAndDetailClock(t *testing.T) {
	text := "date 2026-03-09 Tai nạn giao thông ở xã Thành Lập 09/03/2026 07:45\n\n(VTC News) - Công an tỉnh vừa xác định nguyên nhân vụ tai nạn giữa ô tô đầu kéo và xe máy, xảy ra trên đường Hồ Chí Minh.\n\n" +
		"Theo đó, hồi 12h08 ngày 08/3, tại đoạn đường trên, ô tô đầu kéo va chạm với xe máy chạy ngược chiều.\n\nVụ việc đang được điều tra.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	ctx := context.Background()
	tests := []struct {
		q    string
		gen  func(q question, content []word, sc *scope) candidate
		want string
	}{
		{"bài đăng ngày nào", e.posted, "Ngày 09/03/2026."},
		{"bai dang luc may gio", e.posted, "Lúc 07:45 ngày 09/03/2026."},
		{"tin này tháng mấy", e.posted, "Tháng 3/2026."},
		{"tai nạn xảy ra lúc mấy giờ", e.posted, ""},
		{"bài phát biểu diễn ra lúc mấy giờ", e.posted, ""},
		{"bài đăng ở đâu", e.posted, ""},
		{"bài này của báo nào", e.newspaper, "VTC News."},
		{"bài này đăng trên báo nào", e.newspaper, "VTC News."},
		{"báo nào đưa tin", e.newspaper, "VTC News."},
		{"bão nào gây thiệt hại", e.newspaper, ""},
		{"bao nao", e.newspaper, ""},
		{"xe máy chạy trên đường nào", e.newspaper, ""},
		{"tai nạn xảy ra lúc mấy giờ", func(q question, content []word, sc *scope) candidate {
			return e.event(q, content, sc, dated{})
		}, "12h08 ngày 08/3."},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(ctx, q, content)
		if got := tt.gen(q, content, sc).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestEventDetail answers the hour and the day of the event a lead reports
// from the paragraph that details it, when the lead and the date line do
// not give them, and takes the headline's words as naming the lead's event.
func TestEventDetail(t *testing.T) {
	text := "date 2023-02 Bắt quả tang 13 đối tượng sử dụng trái phép ma túy\n\nĐang tổ chức sử dụng trái phép chất ma túy, 13 đối tượng đã bị Công an tỉnh Thanh Hóa phát hiện, bắt giữ.\n\n" +
		"Các đối tượng bị bắt quả tang. Ảnh: CA\n\nQua công tác nắm tình hình, khoảng 2 giờ sáng ngày 12-2-2023, Công an tỉnh Thanh Hóa đã phát hiện 13 đối tượng tại quán karaoke.\n\nHiện vụ việc đang được tiếp tục điều tra.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	ctx := context.Background()
	tests := []struct{ q, want string }{
		{"bắt quả tang lúc mấy giờ", "2 giờ sáng ngày 12-2-2023."},
		{"bắt quả tang ngày nào", "2 giờ sáng ngày 12-2-2023."},
		{"quán karaoke mở cửa lúc mấy giờ", ""},
		{"bắt quả tang ở đâu", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(ctx, q, content)
		if got := e.event(q, content, sc, dated{}).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
