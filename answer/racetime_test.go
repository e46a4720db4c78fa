package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestRaceTime answers a competitor's race time from the part of the
// results that names them, and nothing for a question naming no one, two
// alike, or asking yes or no.
func TestRaceTime(t *testing.T) {
	text := "date 2025-11-23 Sáng 23-11, Giải Marathon Quốc tế Di Sản Hạ Long 2025 đã hoàn thành ngày thi đấu chính thức.\n\n" +
		"Với cự ly 42.195 km: Giải Nhất Nữ thuộc về VĐV Caroline Jepkemei Kimosop (2:43:26 - 2 giờ 43 phút 26 giây); giải Nhất Nam thuộc về VĐV Kennedy Kiprop Chelimo (2:13:57, thời gian kỷ lục cho một giải marathon tổ chức tại Việt Nam).\n\n" +
		"Cự ly 21 km: Giải Nhất Nữ thuộc về VĐV Doãn Thị Oanh (01:19:53); giải Nhất Nam thuộc về VĐV Edwin Yebei Kiptoo (01:11:23)\n"
	tests := []struct {
		q, want string
	}{
		{"Kennedy Kiprop Chelimo chạy hết bao lâu", "2:13:57"},
		{"caroline chay het bao lau", "2:43:26"},
		{"Doãn Thị Oanh đạt thành tích bao nhiêu?", "01:19:53"},
		{"Edwin Yebei Kiptoo về đích sau bao lâu", "01:11:23"},
		// Nobody named.
		{"giải chạy kéo dài bao lâu", ""},
		// A claim is the yes-no generator's.
		{"Có phải thành tích của Chelimo là kỷ lục không?", ""},
	}
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.raceTime).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
