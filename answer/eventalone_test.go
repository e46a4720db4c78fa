package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestEventAloneLeadTime answers a when-question that names the article's
// event by no words of its own ("vụ việc xảy ra ngày nào"), or asks when
// a report the lead's first sentence fronts its time before was made
// ("công an thông tin vụ việc ngày nào"), with the lead's time
// (leadBinds); a question naming an act the lead does not tell, typed
// with marks that fold to an event noun ("đâm" of "đám"), gets none.
func TestEventAloneLeadTime(t *testing.T) {
	texts := []string{
		"date 2025-07-14 Chiều 14/7, giàn giáo của một công trình trên đường Lê Lợi bất ngờ đổ sập khiến 2 công nhân bị thương.\n\n" +
			"Hai công nhân được đồng nghiệp đưa đến bệnh viện huyện Kỳ Sơn.\n",
		"date 2024-03 Ngày 9.3, Công an TP.Bến Lức cho biết đang điều tra vụ va chạm giữa xe khách và xe đạp làm một người bị thương.\n\n" +
			"Trước đó, khoảng 7 giờ sáng cùng ngày, một xe khách lưu thông trên tỉnh lộ 8.\n",
		"date 2026-01-30 Sáng 30/1, Công an xã trao thưởng cho tổ công tác bắt nhanh nghi phạm.\n\n" +
			"Tối 25/1, một người đàn ông bị kẻ lạ tấn công bằng dao trên đường về nhà.\n",
		"date 2025-07-14 Chiều 14/7, ông Trần Văn Bảo, Giám đốc Bệnh viện huyện Kỳ Sơn, cho biết bệnh viện đã tiếp nhận 4 công nhân nghi ngộ độc khí.\n\n" +
			"Bốn công nhân được đồng nghiệp đưa đến bệnh viện trong tình trạng khó thở.\n",
	}
	tests := []eventCase{
		{0, "vu viec xay ra ngay nao", "Chiều 14/7/2025."},
		{1, "cong an thong tin vu viec ngay nao", "9.3.2024."},
		// An act the lead does not tell: not the lead's day.
		{2, "Vụ đâm người xảy ra hôm nào?", ""},
		// A lead that dates its report of the incident does not date it.
		{3, "vu viec xay ra ngay nao", ""},
	}
	testEventAnswers(t, texts, tests)
}

// TestEventAloneWritten reads the words typed with marks as written:
// only the words of an event asked alone pass.
func TestEventAloneWritten(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"vụ việc xảy ra ngày nào", true},
		{"vu viec xay ra ngay nao", true},
		{"vụ đâm người xảy ra hôm nào", false},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		q := e.parse(tt.q)
		if got := eventAloneWritten(e.content(q)); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestEventHourAlone marks the hour of the article's event given to a
// clock question that names nothing but that event (hourAlone), and not
// the hour given to one that names an act of its own.
func TestEventHourAlone(t *testing.T) {
	text := "date 2024-09 Ngày 5/9, Công an huyện Tam Nông cho biết đang điều tra vụ tai nạn giữa xe khách và xe máy làm một người chết.\n\n" +
		"Theo thông tin ban đầu, khoảng 14 giờ cùng ngày, xe khách chạy trên quốc lộ 30 thì va chạm với xe máy đi ngược chiều.\n"
	tests := []struct {
		q         string
		hourAlone bool
	}{
		{"Vụ tai nạn xảy ra lúc mấy giờ?", true},
		{"tai nan xay ra luc may gio", true},
		{"Vụ tai nạn giữa xe khách và xe máy xảy ra lúc mấy giờ?", false},
	}
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	for _, tt := range tests {
		c := generatedBy(e, tt.q, func(q question, content []word, sc *scope) candidate { return e.event(q, content, sc, dated{}) })
		if tt.hourAlone && c.answer == "" {
			t.Errorf("%q: no hour", tt.q)
		}
		if c.hourAlone != tt.hourAlone {
			t.Errorf("%q: hourAlone = %v (answer %q), want %v", tt.q, c.hourAlone, c.answer, tt.hourAlone)
		}
	}
}
