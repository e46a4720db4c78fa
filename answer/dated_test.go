package answer

import (
	"context"
	"strings"
	"testing"
)

// kyniem is an article whose event commemorates other dated things.
const kyniem = "date 2025-08-17 Thời sự Kỷ niệm 80 năm Ngày truyền thống CAND (VTC) - Sáng 17/8, Bộ Công an tổ chức trọng thể Lễ kỷ niệm 80 năm Ngày truyền thống Công an Nhân dân (19/8/1945-19/8/2025) và 20 năm Ngày hội toàn dân bảo vệ An ninh Tổ quốc (19/8/2005-19/8/2025).\n\n" +
	"Hội Liên hiệp Phụ nữ tỉnh dự lễ kỷ niệm 95 năm thành lập Hội.\n\n" +
	"Dịp này, hai bệnh viện được khánh thành nhân dịp Quốc khánh 2-9.\n\n" +
	"Lễ trao tặng thưởng các tác phẩm lý luận xuất bản năm 2024 diễn ra cùng ngày."

func TestDatedThing(t *testing.T) {
	e := articleEngine(t, kyniem)
	tests := []struct {
		q    string
		want string // in the answer; "" when the event's date answers
		not  string // never in the answer
	}{
		{"Ngày truyền thống Công an Nhân dân là ngày nào", "19/8/1945", "17/8"},
		{"ngày hội toàn dân bảo vệ an ninh tổ quốc có từ năm nào", "2005", "2025"},
		{"Quốc khánh là ngày nào", "2-9", "17/8"},
		{"tác phẩm xuất bản năm nào", "2024", "2025"},
		// An anniversary counts back from the year of the article.
		{"Hội Liên hiệp Phụ nữ thành lập năm nào", "1930", "17/8"},
		// The event itself: its own date.
		{"Lễ kỷ niệm Ngày truyền thống Công an Nhân dân diễn ra ngày nào", "17/8", "1945"},
		{"lễ kỷ niệm tổ chức ngày nào", "17/8", "1945"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Ask(context.Background(), tt.q, nil)
			if !strings.Contains(a.Answer, tt.want) || strings.Contains(a.Answer, tt.not) {
				t.Errorf("%q: %q, want %q and not %q", tt.q, a.Answer, tt.want, tt.not)
			}
		})
	}
}

// giaiphong is an article whose header ends with its posting stamp and
// whose lead dates long names in brackets.
const giaiphong = "date 2026-04-23 Hà Tĩnh: Ra quân nhân kỷ niệm Ngày truyền thống của Công an tỉnh 23/04/2026 09:15\n" +
	"Sáng 23/4, Công an tỉnh Hà Tĩnh phát lệnh ra quân kỷ niệm ngày Giải phóng miền Nam thống nhất đất nước (30/4/1975-30/4/2026) và 50 năm Ngày truyền thống (12/5/1976 – 12/5/2026).\n\n" +
	"Lực lượng công an tỉnh Hà Tĩnh tuần tra suốt đợt cao điểm."

func TestDatedThingBracketed(t *testing.T) {
	e := articleEngine(t, giaiphong)
	tests := []struct {
		q    string
		want string
		not  string
	}{
		// The bracketed date dates the whole name before it.
		{"ngày giải phóng miền nam là ngày nào", "30/4/1975", "23/4"},
		// The head of the name the question gives stands in the name.
		{"Ngày truyền thống Công an tỉnh Hà Tĩnh là ngày nào", "12/5/1976", "23/04/2026"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Ask(context.Background(), tt.q, nil)
			if !strings.Contains(a.Answer, tt.want) || strings.Contains(a.Answer, tt.not) {
				t.Errorf("%q: %q, want %q and not %q", tt.q, a.Answer, tt.want, tt.not)
			}
		})
	}
}

func TestAskedNameHead(t *testing.T) {
	e := articleEngine(t, giaiphong)
	tests := []struct {
		q    string
		want string // folded words
	}{
		{"Ngày truyền thống BĐBP An Giang là ngày nào", "truyen thong"},
		{"Quốc khánh là ngày nào", ""},
		{"ngày giải phóng miền nam là ngày nào", "giai phong"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		var got []string
		for _, w := range askedNameHead(q, e.content(q)) {
			got = append(got, w.fold)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("askedNameHead(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestSameDate(t *testing.T) {
	tests := []struct {
		d    dated
		when string
		want bool
	}{
		{dated{c: candidate{answer: "Sáng 19/8."}, day: "19/8"}, "19/8/2025", true},
		{dated{c: candidate{answer: "19/8/1945."}, day: "19/8"}, "19/8/2025", false},
		{dated{c: candidate{answer: "19/8."}, day: "19/8"}, "17/8/2025", false},
		{dated{c: candidate{answer: "Năm 2024."}}, "29/12/2025", false},
		{dated{c: candidate{answer: "Năm 2025."}}, "29/12/2025", true},
	}
	for _, tt := range tests {
		if got := sameDate(tt.d, tt.when); got != tt.want {
			t.Errorf("sameDate(%q, %q) = %v, want %v", tt.d.c.answer, tt.when, got, tt.want)
		}
	}
}
