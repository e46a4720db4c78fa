package answer

import (
	"context"
	"strings"
	"testing"
)

// longForms is an article that writes terms out in full and shortens one.
const longForms = "date 2025-03-12 Thời sự Hội thi sáng tạo (VTC) - Sáng 12/3, tỉnh tổ chức Hội thi sáng tạo khoa học kỹ thuật lần thứ 5.\n\n" +
	"Khu công nghiệp Yên Bình rộng 300 ha, do HĐND tỉnh phê duyệt.\n\n" +
	"Luật Thuế thu nhập cá nhân (sửa đổi) được thông qua."

func TestLongFormWritten(t *testing.T) {
	e := articleEngine(t, longForms)
	tests := []struct {
		q    string
		want string // the long form the abbreviation candidate quotes; "" for none
	}{
		{"KHKT là gì", "khoa học kỹ thuật"},
		{"KCN là gì?", "Khu công nghiệp"},
		{"TNCN là gì", "thu nhập cá nhân"},
		// The article uses the abbreviation itself: not this generator.
		{"HĐND là gì", ""},
		// An abbreviation whose long form the article does not write.
		{"BHXH là gì", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator == string(genAbbreviation) && strings.Contains(c.Answer, "(bài viết viết đầy đủ") {
				got = c.Answer
			}
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, "“"+tt.want+"”") {
			t.Errorf("%q: abbreviation %q, want long form %q", tt.q, got, tt.want)
		}
	}
}

func TestFoldedRun(t *testing.T) {
	tests := []struct {
		folds, run string
		want       int
	}{
		{"hoi thi khoa hoc ky thuat", "khoa hoc ky thuat", 2},
		{"khoa hoc ky", "khoa hoc ky thuat", -1},
		{"khu cong nghiep", "khu cong nghiep", 0},
		{"khu nghiep cong", "cong nghiep", -1},
	}
	for _, tt := range tests {
		if got := foldedRun(testSent(tt.folds), strings.Fields(tt.run)); got != tt.want {
			t.Errorf("foldedRun(%q, %q) = %d, want %d", tt.folds, tt.run, got, tt.want)
		}
	}
}
