package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestSpanDays(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Giải diễn ra trong các ngày 20, 21 và 22/9.", 3},
		{"Đại hội được tổ chức ngày 12-13/10 tại Hà Nội.", 2},
		{"Đại hội được tổ chức ngày 12 và 13/10/2025.", 2},
		{"Triển lãm diễn ra từ ngày 8/11 đến ngày 12/11.", 5},
		{"Hội chợ diễn ra từ 30/9 đến 2/10.", 3},
		{"Lễ hội kéo dài từ 28/12 đến 3/1.", 7},
		{"Lễ hội diễn ra 19-25/1.", 7},
		{"Mưa lũ kéo dài từ ngày 1 - 4.8.", 4},
		// A single day, and a span too long to be an event's days.
		{"Lễ khai mạc diễn ra ngày 19/9.", 0},
		{"Chương trình kéo dài từ 1/1 đến 30/6.", 0},
	}
	for _, tt := range tests {
		got := 0
		for _, ts := range analysis.Times(tt.text) {
			if n := spanDays(ts); n > 0 {
				got = n
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: %d days, want %d (times %+v)", tt.text, got, tt.want, analysis.Times(tt.text))
		}
	}
}

func TestCountedYearsAt(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"kỷ niệm bao nhiêu năm quan hệ ngoại giao", true},
		{"ngay hoi toan dan bao nhieu nam roi", true},
		{"Ngày truyền thống có bao nhiêu năm?", true},
		// A year dates the count; unmarked "nam" before a noun is "nam".
		{"có bao nhiêu người năm 2024", false},
		{"bao nhiêu năm 2024 có bão", false},
		{"co bao nhieu nam sinh", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		got := durationOf(q) == askedYears
		if got != tt.want {
			t.Errorf("%q: counts years %v, want %v", tt.q, got, tt.want)
		}
	}
}

// durations is an article that dates spans without writing their length.
const durations = "date 2025-08-17 Thời sự Kỷ niệm 80 năm Ngày truyền thống CAND (VTC) - Sáng 17/8, Bộ Công an tổ chức trọng thể Lễ kỷ niệm 80 năm Ngày truyền thống Công an Nhân dân (19/8/1945-19/8/2025) và 20 năm Ngày hội toàn dân bảo vệ An ninh Tổ quốc (19/8/2005-19/8/2025).\n\n" +
	"Giải bóng chuyền diễn ra trong các ngày 20, 21 và 22/9 tại nhà thi đấu tỉnh.\n\n" +
	"Hội nghị tổng kết được tổ chức ngày 12-13/10 tại Hà Nội.\n\n" +
	"Quần thể danh thắng Tràng An được UNESCO ghi danh là Di sản thế giới (2014-2024).\n\n" +
	"Tỉnh tổ chức Lễ kỷ niệm 115 năm thành lập tỉnh Lai Châu và 20 năm chia tách, thành lập tỉnh Lai Châu (01/01/2004 - 01/01/2024)."

func TestDuration(t *testing.T) {
	e := articleEngine(t, durations)
	tests := []struct {
		q    string
		want string // the duration candidate's answer; "" for none
	}{
		{"giải bóng chuyền diễn ra trong mấy ngày", "3 ngày (ngày 20, 21 và 22/9)"},
		{"hội nghị tổng kết diễn ra mấy ngày", "2 ngày (12-13/10)"},
		{"hội nghị tổng kết kéo dài bao lâu", "2 ngày (12-13/10)"},
		// "80 năm Ngày truyền thống … (19/8/1945-19/8/2025)": the
		// sentence writes its counts of years; the quantities answer.
		{"Ngày hội toàn dân bảo vệ an ninh tổ quốc bao nhiêu năm rồi", ""},
		{"Tràng An được UNESCO ghi danh bao nhiêu năm", "10 năm (2014-2024)"},
		// A sentence that writes its counts of years: they answer.
		{"Lai Châu kỷ niệm bao nhiêu năm thành lập tỉnh", ""},
		// A count of another noun, and a span of the other unit.
		{"giải bóng chuyền có bao nhiêu đội", ""},
		{"hội nghị tổng kết diễn ra bao nhiêu năm", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator == string(genDuration) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: duration %q, want %q", tt.q, got, tt.want)
		}
	}
}
