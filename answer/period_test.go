package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestAskedSide(t *testing.T) {
	tests := []struct {
		q    string
		want timeSide
	}{
		{"Hội thao bắt đầu từ ngày nào?", sideStart},
		{"benh vien khoi cong tu khi nao", sideStart},
		{"lượng mưa được đo từ lúc nào", sideStart},
		{"Cao điểm kết thúc ngày nào?", sideEnd},
		{"dot cao diem keo dai den ngay nao", sideEnd},
		{"số liệu tính đến khi nào", sideEnd},
		{"Đại hội XIV bế mạc khi nào?", sideEnd},
		{"mưa ở Lai Châu từ mấy giờ đến mấy giờ", sideBoth},
		{"Kỳ nghỉ Tết kéo dài từ ngày nào đến ngày nào?", sideBoth},
		{"nhom trom gay an trong khoang thoi gian nao?", sideBoth},
		{"Khách mua bánh mì trong khoảng thời gian nào?", sideBoth},
		{"Hội thao diễn ra ngày nào?", sideNone},
		{"người dân tới khám lúc nào", sideNone},
		{"cao điểm kéo dài bao lâu", sideNone},
		{"Hội thao bắt đầu có bao nhiêu đội?", sideNone},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).side; got != tt.want {
			t.Errorf("side of %q = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestPeriodParts(t *testing.T) {
	tests := []timePartsCase{
		{"Hội thao diễn ra từ ngày 8/11 đến ngày 12/11 với chủ đề mới.", "[{1 8/11} {2 12/11} {3 từ ngày 8/11 đến ngày 12/11}]"},
		{"Đại hội dự kiến diễn ra từ 19-25/1.", "[{1 19/1} {2 25/1} {3 19-25/1}]"},
		{"Công trình khởi công từ tháng 1/2023, hoàn thành đầu tháng 6/2025.", "[{1 tháng 1/2023}]"},
		{"Bốn người tử vong do lũ cuốn, tính đến 6/8.", "[{2 6/8}]"},
		{"Lượng mưa từ 19h ngày 4/8 đến 15h ngày 5/8 vượt 100 mm.", "[{1 19h ngày 4/8} {2 15h ngày 5/8} {3 từ 19h ngày 4/8 đến 15h ngày 5/8}]"},
		{"Ngày 13.12, công an tổ chức lễ ra quân.", "[]"},
		{"Bắt đầu từ 8 giờ ngày 15.12.2023 đến hết ngày 29.2.2024, công an ra quân.", "[{1 8 giờ ngày 15.12.2023} {2 ngày 29.2.2024} {3 từ 8 giờ ngày 15.12.2023 đến hết ngày 29.2.2024}]"},
		{"Thời gian mua từ 8h đến 20h ngày 11/9.", "[{1 8h } {2 20h ngày 11/9} {3 từ 8h đến 20h ngày 11/9}]"},
	}
	testTimeParts(t, "periodParts", periodParts, tests)
}

// TestDashedParts checks the periods written with only a dash between
// two dates.
func TestDashedParts(t *testing.T) {
	tests := []timePartsCase{
		{"Lễ kỷ niệm 20 năm Ngày hội (19/8/2005-19/8/2025) diễn ra sáng 17/8.", "[{1 19/8/2005} {2 19/8/2025} {3 19/8/2005-19/8/2025}]"},
		{"Kỷ niệm Ngày truyền thống (12/5/1976 – 12/5/2026).", "[{1 12/5/1976} {2 12/5/2026} {3 12/5/1976 – 12/5/2026}]"},
		{"Ngày 13.12, công an tổ chức lễ ra quân, ngày 15/12 bế mạc.", "[]"},
		{"Hội nghị từ ngày 8/11 đến ngày 12/11.", "[]"},
	}
	testTimeParts(t, "dashedParts", dashedParts, tests)
}

// A timePartsCase is a sentence and the parts of periods it must give,
// written {side text}.
type timePartsCase struct{ text, want string }

// testTimeParts checks the time parts that parts, named name, reads in
// each case's sentence.
func testTimeParts(t *testing.T, name string, parts func(*sent) []timePart, tests []timePartsCase) {
	t.Helper()
	for _, tt := range tests {
		var got []string
		for _, p := range parts(testSent(tt.text)) {
			got = append(got, fmt.Sprintf("{%d %s}", p.side, p.text))
		}
		if s := "[" + strings.Join(got, " ") + "]"; s != tt.want {
			t.Errorf("%s(%q) = %s, want %s", name, tt.text, s, tt.want)
		}
	}
}

func TestSameAnswer(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ngày 25/5", "Ngày 25/5.", true},
		{"15/12", "Sáng 15/12", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := sameAnswer(tt.a, tt.b); got != tt.want {
			t.Errorf("sameAnswer(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPeriodOfDaysIsNoHours(t *testing.T) {
	e := articleEngine(t, "date 2026-02 Hội chợ mùa xuân (XYZ) - Hội chợ khai mạc sáng nay.\n\n"+
		"Hội chợ mở cửa từ 9h đến 21h hằng ngày, đón du khách từ ngày 2/2 đến ngày 13/2 tại Trung tâm Triển lãm.")
	q := e.parse("hoi cho keo dai tu ngay nao den ngay nao")
	content := e.content(q)
	c := e.period(q, content, e.scopeOf(context.Background(), q, content))
	if c.answer != "từ ngày 2/2 đến ngày 13/2" {
		t.Errorf("period = %q, want the days", c.answer)
	}
}

func TestDateAfterAskedCue(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Giải kết thúc ngày nào?", "ngày 30.4"},
		{"Giải khai mạc ngày nào?", "ngày 3.4"},
	}
	e, s := sentenceEngine(t, "Giải khai mạc ngày 3.4, xuất phát tại TP.Điện Biên Phủ và kết thúc đúng vào ngày 30.4 trước Hội trường Thống Nhất.")
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		if got := dateAfter(q, s, e.overlapOf(q, content, s), content); got != tt.want {
			t.Errorf("%q: dateAfter = %q, want %q", tt.q, got, tt.want)
		}
	}
}
