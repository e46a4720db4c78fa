package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestEventDetailDayAndCause answers when the event a lead reports took
// place from the day its detail paragraph opens with ("Theo đó, tối
// 5.1, …"), not the day of the report, and its cause from a causative
// verb ("…, gây tai nạn").
func TestEventDetailDayAndCause(t *testing.T) {
	texts := []string{
		"date 2023-01 Ngày 6.1, Công an TP.Dĩ An cho biết, đang khẩn trương làm rõ vụ tai nạn giao thông giữa xe tải với xe máy làm một người tử vong.\n\n" +
			"Theo đó, tối 5.1, ô tô tải do một nam tài xế điều khiển bất ngờ va chạm với xe máy. Tai nạn khiến 2 người đi trên xe máy thương vong.\n\nVụ việc đang được điều tra.\n",
		"date 2026-03-09 (VTC News) - Công an tỉnh vừa bước đầu xác định nguyên nhân vụ tai nạn giữa ô tô đầu kéo và xe máy, xảy ra trên đường Hồ Chí Minh.\n\n" +
			"Cụ thể, hồi 12h08 ngày 08/3, tại đoạn đường trên, ô tô đầu kéo va chạm với xe máy chạy ngược chiều.\n\n" +
			"Lực lượng chức năng bước đầu xác định, tài xế lái xe đầu kéo đi không đúng làn đường, gây tai nạn giao thông.\n",
		"date 2024-08-20 Sáng 19/8, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai.\n\n" +
			"Trước đó, ngày 10/8, mưa lớn kéo dài gây sạt lở nhiều nơi.\n",
	}
	tests := []struct {
		art     int
		q, want string
	}{
		{0, "tai nạn xảy ra khi nào", "Tối 5.1."},
		{0, "công an thông tin vụ tai nạn ngày nào", "6.1.2023."}, // the report's day
		{1, "tai nạn ngày nào", "12h08 ngày 08/3."},
		{1, "nguyên nhân vụ tai nạn là gì", "Tài xế lái xe đầu kéo đi không đúng làn đường."},
		// "Trước đó" opens an earlier event, not the lead's.
		{2, "hội nghị diễn ra ngày nào", "Sáng 19/8/2024."},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte(texts[tt.art]))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		if got := e.event(q, content, sc, dated{}).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestCauseBeforeVerb reads the cause written before a causative verb
// whose effect opens with a word asked.
func TestCauseBeforeVerb(t *testing.T) {
	tests := []struct {
		sentence string
		asked    []string
		want     string
	}{
		{"Cơ quan chức năng xác định, tài xế đi không đúng làn đường, gây tai nạn giao thông.", []string{"tai", "nan"}, "Tài xế đi không đúng làn đường"},
		{"Mưa lớn kéo dài nhiều ngày khiến sạt lở đất.", []string{"sat", "lo"}, "Mưa lớn kéo dài nhiều ngày"},
		// The cause names only the question's words.
		{"Tai nạn khiến hai người tử vong.", []string{"tai", "nan", "tu", "vong"}, ""},
		// "làm rõ": the effect is not what is asked.
		{"Công an đang lấy lời khai để làm rõ nguyên nhân vụ tai nạn.", []string{"tai", "nan"}, ""},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte("date 2024-01-02 "+tt.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		s := e.sentOf[ref{a.Passages[0].ID, 0}]
		if s == nil {
			t.Fatalf("%q: no sentence", tt.sentence)
		}
		asked := map[string]bool{}
		for _, w := range tt.asked {
			asked[w] = true
		}
		if got, _ := causeBeforeVerb(s, asked); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
