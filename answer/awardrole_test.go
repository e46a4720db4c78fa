package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestAwardRole checks that a who-question about an award asks for the
// role its words choose: the authority, the one who asked, the issuer or,
// for none of them, no role at all (the giver, as before).
func TestAwardRole(t *testing.T) {
	facts := []corpus.Fact{{Type: corpus.FactAward, Awarding: corpus.Awarding{
		Award: "Bằng khen", Giver: "Giám đốc Sở", Issuer: "Chủ tịch UBND tỉnh",
		Authority: "Thủ tướng Chính phủ", Requester: "Trưởng phòng Nội vụ",
	}}}
	noIssuer := []corpus.Fact{{Type: corpus.FactAward, Awarding: corpus.Awarding{Award: "Bằng khen", Giver: "Giám đốc Sở"}}}
	cases := []struct {
		question string
		facts    []corpus.Fact
		asked    bool
		want     string
	}{
		{"trao bằng khen thừa ủy quyền của ai", facts, true, "Thủ tướng Chính phủ."},
		{"theo uy quyen cua ai", facts, true, "Thủ tướng Chính phủ."},
		{"ai thay mặt lãnh đạo trao bằng khen", facts, false, ""},
		{"Ai đề nghị tặng Bằng khen?", facts, true, "Trưởng phòng Nội vụ."},
		{"Ai được đề nghị tặng Bằng khen?", facts, false, ""},
		{"Bằng khen là của ai?", facts, true, "Chủ tịch UBND tỉnh."},
		{"bằng khen do ai trao tặng", facts, true, "Chủ tịch UBND tỉnh."},
		{"bằng khen của ai", noIssuer, false, ""},
		{"ảnh trao bằng khen do ai chụp", facts, false, ""},
		{"Ai trao Bằng khen?", facts, false, ""},
	}
	var d document
	for _, c := range cases {
		q := parseQuestion(c.question)
		got, ok := d.awardRole(q, c.facts, 1, giveWordsList.first(q.words))
		if ok != c.asked || got.answer != c.want {
			t.Errorf("%q: %q, %v; want %q, %v", c.question, got.answer, ok, c.want, c.asked)
		}
	}
}

// TestAwardNamedIn checks that a question names an award by its whole name
// or its kind and some of its words, quotation marks left out,
// ranking the award that shares more of them first.
func TestAwardNamedIn(t *testing.T) {
	cases := []struct {
		award, question string
		want            int
	}{
		{"Huy hiệu “Tuổi trẻ dũng cảm”", "Ai được trao Huy hiệu Tuổi trẻ dũng cảm?", awardNamedBase + 4*awardWordWeight},
		{"Huân chương Lao động hạng Nhì", "những ai được huân chương hạng nhì", awardNamedBase + 2*awardWordWeight},
		{"Huân chương Lao động hạng Nhất, hạng Nhì và hạng Ba", "những ai được huân chương hạng nhì", awardNamedBase + 2*awardWordWeight - 3},
		{"Huân chương Lao động", "ai nhận Huân chương Hồ Chí Minh", 0},
		{"Huân chương Sao Vàng", "ai dc tang huan chuong ho chi minh", 0},
		{"Huân chương Sao Vàng", "huân chương tặng cho ai", awardNamedBase},
		{"Bằng khen", "ai trao bằng khen", awardNamedBase},
		{"Kỷ niệm chương Vì sự nghiệp Công an", "Ai quyết định tặng Kỷ niệm chương?", awardNamedBase},
		{"Huân chương Lao động hạng Nhất", "ai trao huân chương", awardNamedBase},
		{"Bằng khen", "ai trao giấy khen", 0},
	}
	for _, c := range cases {
		aw := splitPhrase(strings.ToLower(strings.Map(withoutQuotes, c.award)))
		if got := awardNamedIn(aw, parseQuestion(c.question)); got != c.want {
			t.Errorf("%q in %q: %d, want %d", c.award, c.question, got, c.want)
		}
	}
}
