package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestAsksSource(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"cơ quan nào thông báo số liệu thiệt hại", true},
		{"co quan nao cung cap thong tin", true},
		{"cơ quan nào đưa ra dự báo mưa", true},
		{"Số liệu do cơ quan nào công bố?", true},
		{"số liệu theo báo cáo của cơ quan nào", true},
		{"ai cho biết thông tin", true},
		{"Ai trình bày Báo cáo chính trị?", false},
		{"ai yêu cầu kiểm tra tổng hợp lại số liệu", false},
		{"Cục trưởng Cục Thống kê Tiền Giang là ai?", false},
		{"Ai tổ chức ngày hội?", false},
		{"Số liệu là của giai đoạn nào?", false},
	} {
		if got := asksSource(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksSource(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSourceIn(t *testing.T) {
	for _, tt := range []struct {
		sentence, want string
	}{
		{"Tin từ Sở Công thương cho biết, tháng 7/2022 kim ngạch xuất khẩu đạt gần 721 triệu USD.", "Sở Công thương"},
		{"Theo báo cáo của Bộ Xây dựng, cả nước có 234 công trình.", "Bộ Xây dựng"},
		{"Số liệu sơ bộ của Tổng cục Hải quan cho thấy, cả nước có 7 tỉnh đạt kim ngạch trên 10 tỷ USD.", "Tổng cục Hải quan"},
		{"Ngày 21/6, Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh Sóc Trăng thông tin, vừa xảy ra sạt lở.", "Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh Sóc Trăng"},
		{"Sở Y tế tổ chức hội nghị tổng kết năm 2024.", ""},
	} {
		if got := sourceIn(testSent(tt.sentence)); got != tt.want {
			t.Errorf("sourceIn(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestSourceNamed(t *testing.T) {
	for _, tt := range []struct {
		q, sentence, answer string
		named, known        bool
	}{
		{"cơ quan nào cung cấp thông tin", "Tin từ Sở Công thương cho biết, kim ngạch đạt 721 triệu USD.", "Sở Công thương", true, true},
		{"cơ quan nào đưa ra dự báo mưa", "Theo Trung tâm dự báo khí tượng thủy văn quốc gia, mưa lớn kéo dài.", "Trung tâm dự báo khí tượng thủy văn quốc gia", true, true},
		{"cơ quan nào báo cáo thiệt hại", "Báo cáo nhanh của Ban Chỉ huy Phòng chống thiên tai cho biết 3 người chết.", "Báo cáo nhanh", false, true},
		{"cơ quan nào báo cáo thiệt hại", "Sở Y tế phối hợp với Công an tỉnh, theo quy định.", "Công an tỉnh", false, true},
		{"Ai tổ chức ngày hội?", "Tin từ Sở Công thương cho biết.", "Sở Công thương", false, false},
	} {
		named, known := sourceNamed(parseQuestion(tt.q), testSent(tt.sentence), analysis.Tokens(tt.answer))
		if named != tt.named || known != tt.known {
			t.Errorf("sourceNamed(%q, %q, %q) = %v, %v, want %v, %v", tt.q, tt.sentence, tt.answer, named, known, tt.named, tt.known)
		}
	}
}

func TestSourceActWords(t *testing.T) {
	for _, tt := range []struct {
		q, want string
	}{
		{"Số liệu xuất khẩu do cơ quan nào công bố?", "số liệu công bố"},
		{"cơ quan nào cung cấp số liệu", "số liệu cung cấp"},
		{"cơ quan nào thông báo số liệu thiệt hại", "thông báo số liệu"},
		{"Ai tổ chức ngày hội?", ""},
	} {
		// Compared folded: the words are dropped from the content folded.
		if got := strings.Join(sourceActWords(parseQuestion(tt.q)), " "); analysis.Fold(got) != analysis.Fold(tt.want) {
			t.Errorf("sourceActWords(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPassageNotTheQuestionsName checks that the passage generator never
// answers a who-question with nothing but its own words ("X là ai?" with
// X), and still answers with a name the question does not give.
func TestPassageNotTheQuestionsName(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Hội nghị tổng kết\n\nSáng 6/8, tỉnh tổ chức hội nghị tổng kết.\n\nDự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.\n")
	ctx := context.Background()
	for _, tt := range []struct {
		q, not string
	}{
		{"Nguyễn Văn An là ai?", "Nguyễn Văn An"},
		{"ông Nguyễn Văn An là ai", "Nguyễn Văn An"},
	} {
		q := e.parse(tt.q)
		content := e.content(q)
		if got := e.passage(q, content, e.scope(ctx, q, content)).answer; got == tt.not {
			t.Errorf("%q: answered %q, its own words", tt.q, got)
		}
	}
	q := e.parse("Ai dự hội nghị?")
	content := e.content(q)
	if got := e.passage(q, content, e.scope(ctx, q, content)).answer; !strings.Contains(got, "Nguyễn Văn An") {
		t.Errorf("Ai dự hội nghị?: %q, want Nguyễn Văn An", got)
	}
}
