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
	// Handed over on behalf of an authority, no issuer written: the
	// award is the authority's.
	onBehalf := []corpus.Fact{{Type: corpus.FactAward, Awarding: corpus.Awarding{Award: "Bằng khen", Giver: "Đại tá Lê Văn A", Authority: "Chủ tịch UBND tỉnh"}}}
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
		{"bằng khen là của ai tặng", onBehalf, true, "Chủ tịch UBND tỉnh."},
		{"bang khen do ai tang", onBehalf, true, "Chủ tịch UBND tỉnh."},
		{"ai ký quyết định tặng bằng khen", onBehalf, false, ""}, // who signs may sign for another
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

// TestByGiveVerb checks that a question asking who gave an award by a verb
// keeps the statements writing that verb: "tặng" for who grants it,
// "trao" for who hands it over.
func TestByGiveVerb(t *testing.T) {
	facts := []corpus.Fact{
		{Type: corpus.FactAward, Text: "Đại tá Lê Văn A trao giấy khen cho ba người dân", Awarding: corpus.Awarding{Award: "giấy khen", Giver: "Đại tá Lê Văn A"}},
		{Type: corpus.FactAward, Text: "Giám đốc Công an tỉnh đã tặng giấy khen cho ba người dân", Awarding: corpus.Awarding{Award: "giấy khen", Giver: "Giám đốc Công an tỉnh"}},
	}
	cases := []struct {
		question string
		want     []string // the givers kept
	}{
		{"Giấy khen là của ai tặng?", []string{"Giám đốc Công an tỉnh"}},
		{"giay khen do ai tang", []string{"Giám đốc Công an tỉnh"}},
		{"Ai trao giấy khen?", []string{"Đại tá Lê Văn A"}},
		{"Giấy khen của ai?", []string{"Đại tá Lê Văn A", "Giám đốc Công an tỉnh"}}, // no verb: all
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		var got []string
		for _, f := range byGiveVerb(q, facts, giveWordsList.first(q.words)) {
			got = append(got, f.Giver)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.question, got, c.want)
		}
	}
}
