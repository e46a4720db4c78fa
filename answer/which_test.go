package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestAbbreviationAnswersMeaningOnly checks that an abbreviation's long
// form answers a question about what it means, and not a question that
// only names the abbreviation on the way to asking something else.
func TestAbbreviationAnswersMeaningOnly(t *testing.T) {
	e := seedEngine(t)
	tests := []struct {
		q    string
		want bool // the abbreviation generator proposes the long form
	}{
		{"ANTQ là viết tắt của gì?", true},
		{"ANTQ là gì", true},
		{"ANTQ?", true},
		{"phong trào ANTQ có bao nhiêu mô hình nào nổi bật", false},
		{"Hội nghị tổng kết phong trào ANTQ tổ chức ở hội trường nào", false},
		{"ANTQ nào?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := e.parse(tt.q)
			c := e.abbreviation(q, e.content(q))
			if got := strings.Contains(c.answer, "an ninh Tổ quốc"); got != tt.want {
				t.Errorf("abbreviation(%q) = %q, want the long form: %v", tt.q, c.answer, tt.want)
			}
		})
	}
}

func TestOpensWithNumber(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"150 triệu đồng được tặng giải Nhất.", true},
		{"3 tập thể, 6 cá nhân", true},
		{"2.430 thông tin", true},
		{"Đội Chùa Tum Núp", false},
		{"giải Nhất", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensWithNumber(analysis.Tokens(tt.answer)); got != tt.want {
			t.Errorf("opensWithNumber(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

// TestAbbreviationJoined checks that a question about a code joined to the
// next ("TP.HCM") is answered with the joined code's meaning, not its
// first part's ("TP" = thành phố).
func TestAbbreviationJoined(t *testing.T) {
	e := articleEngine(t, "date 2024-03 Xã hội Hội Báo (TNO) - Sáng 3/3, Hội Báo toàn quốc khai mạc tại TP.HCM.\n\nNhiều đơn vị tham gia.\n")
	tests := []struct {
		q, want string
	}{
		{"TP.HCM là gì", "Thành phố Hồ Chí Minh"},
		{"tp hcm la viet tat cua gi", "Thành phố Hồ Chí Minh"},
		{"TP là viết tắt của gì", "thành phố"},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		if c := e.abbreviation(q, e.content(q)); !strings.Contains(c.answer, "“"+tt.want+"”") {
			t.Errorf("abbreviation(%q) = %q, want the meaning %q", tt.q, c.answer, tt.want)
		}
	}
}

func TestOtherLevel(t *testing.T) {
	tests := []struct {
		q, title string
		want     bool
	}{
		{"ai là chủ nhiệm ủy ban kiểm tra tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", true},
		{"ai là chủ nhiệm ủy ban kiểm tra tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", false},
		{"chu nhiem uy ban kiem tra trung uong la ai", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", false},
		// A question that names no level, or a title that writes none.
		{"ai là chủ nhiệm ủy ban kiểm tra", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", false},
		{"ai là bí thư tỉnh ủy", "Bí thư", false},
	}
	for _, tt := range tests {
		if got := otherLevel(parseQuestion(tt.q).words, tt.title); got != tt.want {
			t.Errorf("otherLevel(%q, %q) = %v, want %v", tt.q, tt.title, got, tt.want)
		}
	}
}
