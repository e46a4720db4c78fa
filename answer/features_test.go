package answer

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// articleEngine builds an engine over one article given as raw text.
func articleEngine(t *testing.T, raw string) *Engine {
	t.Helper()
	a, err := corpus.Parse("t", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	return newTestEngine(t, []*corpus.Article{a})
}

// sentenceEngine builds an engine over one article of one sentence, its
// lead, and returns it with that sentence.
func sentenceEngine(t *testing.T, sentence string) (*Engine, *sent) {
	t.Helper()
	e := articleEngine(t, "date 2024-01-02 "+sentence+"\n")
	if len(e.sents) == 0 {
		t.Fatalf("%q: no sentence", sentence)
	}
	return e, e.sents[0]
}

func TestTypeAgrees(t *testing.T) {
	tests := []struct {
		q, answer      string
		agrees, checks bool
	}{
		{"bao nhiêu người bị thương", "12 người bị thương", true, true},
		{"bao nhiêu người bị thương", "Tại đèo Khánh Lê", false, true},
		{"tăng bao nhiêu %", "14,36%", true, true},
		{"tăng bao nhiêu %", "2,6 triệu lượt", false, true},
		{"tổng vốn bao nhiêu tiền", "1.500 tỷ đồng", true, true},
		{"tổng vốn bao nhiêu tiền", "1.500 công nhân", false, true},
		{"tai nạn xảy ra lúc mấy giờ", "6h30", true, true},
		{"tai nạn xảy ra lúc mấy giờ", "Sáng 5-1", false, true},
		// A bare clock time does not tell the day.
		{"xay ra ngay nao", "17 giờ.", false, true},
		{"xảy ra ngày nào", "16 giờ ngày 6.9", true, true},
		{"xảy ra ngày nào", "17h30 chiều 9/10", true, true},
		{"xảy ra ngày nào", "Sáng 5-1", true, true},
		{"hội nghị diễn ra ngày nào", "Sáng 19/9/2024.", true, true},
		{"hội nghị diễn ra năm nào", "năm 2024", true, true},
		{"hội nghị diễn ra năm nào", "Ngày 21/10/2024", true, true},
		// A day without its year does not say the year asked.
		{"khen thưởng gắn với dịp Tết năm nào", "Sáng 27/2", false, true},
		{"hội nghị diễn ra buổi nào", "Tối 29/12/2025.", true, true},
		{"hội nghị diễn ra buổi nào", "29/12/2025", false, true},
		{"ai trao bằng khen", "Đại tá Nguyễn Hữu Hợp", true, true},
		{"ai trao bằng khen", "trao bằng khen cho các tập thể", false, true},
		{"lễ hội ở đâu", "tại xã Sông Bình", true, true},
		{"có ai tử vong không", "Không, bài viết không nêu con số đó.", true, true},
		{"vì sao được khen", "Vì có thành tích xuất sắc", true, true},
		{"vì sao ông S. chết", "Do bị nước cuốn trôi khi lội qua suối", true, true},
		{"tặng thưởng nhằm mục đích gì", "Nhằm đánh giá, tôn vinh", true, true},
		{"nguyên nhân vụ tai nạn là gì", "Nguyên nhân là do tài xế lấn làn", true, true},
		{"vì sao nông dân được mùa", "Thời tiết ủng hộ nên nông dân được mùa", false, false},
		{"vì sao được khen", "dodo", false, false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		agrees, checks := typeAgrees(q, tt.answer, analysis.Tokens(tt.answer))
		if agrees != tt.agrees || checks != tt.checks {
			t.Errorf("typeAgrees(%q, %q) = %v, %v; want %v, %v", tt.q, tt.answer, agrees, checks, tt.agrees, tt.checks)
		}
	}
}

func TestAsksFor(t *testing.T) {
	tests := []struct {
		q    string
		kind analysis.TimeKind
		want bool
	}{
		{"mấy giờ xảy ra tai nạn", analysis.TimeClock, true},
		{"mấy giờ xảy ra tai nạn", analysis.TimeDate, false},
		{"ngày nào khai mạc", analysis.TimeDate, true},
		{"ngày nào khai mạc", analysis.TimeYear, false},
		{"năm nào thành lập", analysis.TimeYear, true},
		{"khi nào hoàn thành", analysis.TimeQuarter, true},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).asksFor(tt.kind); got != tt.want {
			t.Errorf("%q asksFor(%v) = %v, want %v", tt.q, tt.kind, got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{21, "21"}, {2430, "2.430"}, {1234567, "1.234.567"}, {1.5, "1,5"}, {1149.5, "1.149,5"}, {2 + 5.9, "7,9"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v); got != tt.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestSnap(t *testing.T) {
	e := articleEngine(t, "date 2025-09 Y tế Ca ghép tạng (TNO) - Sáng 6/9, Bộ Y tế công bố phác đồ mới.\n\n"+
		"Theo phác đồ của Bộ Y tế, các bệnh viện điều trị miễn phí.\n\nBan Chấp hành Hội nghe báo cáo. Ban Chấp hành Hội họp.\n\n"+
		"Trường Hòa An được UBND huyện công nhận đạt chuẩn. Hai trường khác cũng được UBND huyện công nhận. Huyện trao bằng công nhận.\n\n"+
		"Sáng 5-3, xã Tân Phú (Đồng Nai) mở hội chợ nông sản.")
	tests := []struct {
		sentence, ans, want string
	}{
		{"Theo phác đồ của Bộ Y tế, các bệnh viện điều trị miễn phí.", "Bộ Y", "Bộ Y tế"},
		{"Ban Chấp hành Hội nghe báo cáo.", "Chấp hành Hội", "Ban Chấp hành Hội"},
		{"Theo phác đồ của Bộ Y tế, các bệnh viện điều trị miễn phí.", "các bệnh viện", "các bệnh viện"},
		{"Theo phác đồ của Bộ Y tế, các bệnh viện điều trị miễn phí.", "not in it", "not in it"},
		// The next word makes a word with the one after it: no snap.
		{"Trường Hòa An được UBND huyện công nhận đạt chuẩn.", "UBND huyện", "UBND huyện"},
		// A note closed right after the answer is closed.
		{"Sáng 5-3, xã Tân Phú (Đồng Nai) mở hội chợ nông sản.", "xã Tân Phú (Đồng Nai", "xã Tân Phú (Đồng Nai)"},
		// A note cut inside stays out.
		{"Sáng 5-3, xã Tân Phú (Đồng Nai) mở hội chợ nông sản.", "xã Tân Phú (Đồng", "xã Tân Phú"},
	}
	for _, tt := range tests {
		var s *sent
		for _, c := range e.sents {
			if c.text == tt.sentence {
				s = c
			}
		}
		if s == nil {
			t.Fatalf("no sentence %q", tt.sentence)
		}
		if got := e.snap(s, tt.ans); got != tt.want {
			t.Errorf("snap(%q) = %q, want %q", tt.ans, got, tt.want)
		}
	}
}

// candidateOf returns the first candidate of a generator, and whether
// there is one.
func candidateOf(cs []Candidate, gen string) (Candidate, bool) {
	for _, c := range cs {
		if c.Generator == gen {
			return c, true
		}
	}
	return Candidate{}, false
}

func TestSumGenerator(t *testing.T) {
	e := seedEngine(t)
	ctx := context.Background()
	c, ok := candidateOf(e.Candidates(ctx, "tổng cộng bao nhiêu cá nhân được khen"), "sum")
	if !ok || !strings.Contains(c.Answer, "6 + 15 = 21 cá nhân") {
		t.Errorf("sum candidate %q, %v; want 6 + 15 = 21 cá nhân", c.Answer, ok)
	}
	if _, ok := candidateOf(e.Candidates(ctx, "bao nhiêu cá nhân được tặng Bằng khen"), "sum"); ok {
		t.Error("a sum proposed for a question that asks no total")
	}
	// A part is not added to its whole: "55 mô hình với 910 điểm; trong
	// đó, hội viên … 215 điểm".
	if c, ok := candidateOf(e.Candidates(ctx, "tổng cộng bao nhiêu điểm mô hình"), "sum"); ok && strings.Contains(c.Answer, "215") {
		t.Errorf("sum %q adds a part to its whole", c.Answer)
	}
}

func TestBreakdownPart(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Thời sự Mưa lũ (TNO) - Sáng 6/8, mưa lũ gây thiệt hại nặng.\n\n"+
		"Có 288 ngôi nhà bị ngập (Điện Biên 17, Đắk Nông 161, Đắk Lắk 57, Đồng Nai 43), 99 ngôi nhà hư hỏng.")
	ctx := context.Background()
	for q, want := range map[string]string{
		"Đắk Nông có bao nhiêu nhà bị ngập": "Đắk Nông 161 ngôi nhà bị ngập",
		"dong nai ngap bao nhieu nha":       "Đồng Nai 43 ngôi nhà bị ngập",
	} {
		if _, ok := candidateOf(e.Candidates(ctx, q), "quantity"); !ok {
			t.Errorf("%q: no count proposed", q)
			continue
		}
		found := false
		for _, c := range e.Candidates(ctx, q) {
			found = found || c.Answer == want
		}
		if !found {
			t.Errorf("%q: no candidate %q", q, want)
		}
	}
	for _, c := range e.Candidates(ctx, "bao nhiêu nhà bị ngập") {
		if strings.Contains(c.Answer, "(") {
			t.Errorf("a part %q answers a question that names none", c.Answer)
		}
	}
}

func TestRoleFeatures(t *testing.T) {
	e := seedEngine(t)
	ctx := context.Background()
	tests := []struct {
		q, name string
		feature string
		// absentOK: the candidate may not be proposed at all (the
		// passage generator leaves the giver out of who was given:
		// giversIfGiven); when it is, it has the feature.
		absentOK bool
	}{
		// The giver, written before "tặng", does not say who received.
		{"ai được tặng Bằng khen?", "Lê Văn Dũng", fRoleMismatch, true},
		{"ai tặng Bằng khen?", "Lê Văn Dũng", fRoleAgrees, false},
	}
	for _, tt := range tests {
		var got map[string]float64
		for _, c := range e.Candidates(ctx, tt.q) {
			if strings.HasPrefix(c.Answer, tt.name) {
				got = c.NamedFeatures()
			}
		}
		if got == nil {
			if !tt.absentOK {
				t.Errorf("%q: no candidate naming %s", tt.q, tt.name)
			}
			continue
		}
		if got[tt.feature] != 1 {
			t.Errorf("%q: %s candidate features %v, want %s", tt.q, tt.name, got, tt.feature)
		}
	}
}

func TestDoerOf(t *testing.T) {
	tests := []struct {
		sentence, name, verb string
		want                 bool
	}{
		{"Chủ tịch UBND tỉnh Lê Văn Dũng tặng Bằng khen 3 tập thể.", "Lê", "tặng", true},
		{"Chủ tịch UBND tỉnh Lê Văn Dũng tặng Bằng khen 3 tập thể.", "3", "tặng", false},
		// Passive: the receivers stand before the marker, the giver after it.
		{"9 tập thể được Đại tá Nguyễn Hữu Hợp tặng Giấy khen.", "9", "tặng", false},
		{"9 tập thể được Đại tá Nguyễn Hữu Hợp tặng Giấy khen.", "Nguyễn", "tặng", true},
		{"Anh Tuấn bị Công an huyện bắt giữ.", "Tuấn", "bắt", false},
		// The verb read is the first after the name.
		{"Ông Hợp tặng hoa, sau đó bà Lan tặng quà.", "Lan", "tặng", true},
		// A title is no passive marker: "Bí" is not "bị".
		{"Ông Phan Huy Ngọc, Phó Bí thư Tỉnh ủy trình bày Báo cáo chính trị.", "Phan", "trình", true},
		// A verb that opens the sentence has its doer after it.
		{"Phát biểu khai mạc, ông Hầu A Lềnh nhấn mạnh vai trò của Đại hội.", "Hầu", "phát", true},
		{"Tham dự có ông Lê Hoàng Hải, Ủy viên Ban Thường vụ Thành ủy.", "Lê", "tham", true},
		{"Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Văn Dũng đề nghị các sở nỗ lực.", "Lê", "phát", true},
		{"Phát biểu khai mạc, ông Hầu A Lềnh nhấn mạnh, Đại hội là dịp để bà Lan báo cáo.", "Lan", "phát", false},
		// An agent marker puts the doer after the verb.
		{"Theo đề nghị của Sở Giáo dục và Đào tạo, UBND tỉnh công nhận 5 trường.", "Sở", "đề", true},
		{"Giấy khen do Chủ tịch UBND phường Lê Văn An trao.", "Lê", "trao", true},
		{"Bà Lan trao quà của nhà tài trợ cho Nguyễn Văn Hùng.", "Nguyễn", "trao", false},
		{"Trao quyết định, ông Hùng chúc mừng 3 tập thể được khen.", "3", "trao", false},
		// A verb past a clause break is another clause's: the answer's
		// is the one before it.
		{"Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể.", "3", "tặng", false},
		{"Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể.", "Giám", "tặng", true},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		at, verb := -1, s.pos[analysis.Fold(tt.verb)]
		for i := range s.starts {
			if s.text[s.starts[i]:s.ends[i]] == tt.name {
				at = i
				break
			}
		}
		if at < 0 || len(verb) == 0 {
			t.Fatalf("%q: no %q or %q", tt.sentence, tt.name, tt.verb)
		}
		if got := doerOf(s, at, verb); got != tt.want {
			t.Errorf("doerOf(%q, %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}

func TestCandidatesCarryNamedFeatures(t *testing.T) {
	e := seedEngine(t)
	cs := e.Candidates(context.Background(), "bao nhiêu mô hình?")
	if len(cs) == 0 {
		t.Fatal("no candidates")
	}
	for i, c := range cs {
		if len(c.Features) != len(FeatureNames()) {
			t.Errorf("candidate %d has %d features, want %d", i, len(c.Features), len(FeatureNames()))
		}
		if c.Probability < 0 || c.Probability > 1 {
			t.Errorf("candidate %d probability %v", i, c.Probability)
		}
		if i > 0 && c.Probability > cs[0].Probability {
			t.Errorf("candidate %d is more probable than the first", i)
		}
	}
	if f := cs[0].NamedFeatures(); f["gen:"+cs[0].Generator] != 1 || f["wh:count"] != 1 {
		t.Errorf("named features %v lack the generator or the question's kind", f)
	}
	if len(e.Candidates(context.Background(), "😀😀")) != 0 {
		t.Error("candidates for an emoji-only question")
	}
}

func TestScorerJoinSplit(t *testing.T) {
	s, err := EmbeddedScorer()
	if err != nil {
		t.Fatal(err)
	}
	j := s.Joined()
	if len(j.Names) != len(FeatureNames())+len(ConfidenceNames()) || len(j.Weights) != len(j.Names) {
		t.Fatalf("joined model has %d names and %d weights", len(j.Names), len(j.Weights))
	}
	back := SplitScorer(j)
	if back.Confidence.Threshold != s.Confidence.Threshold || back.Rank.Weights[0] != s.Rank.Weights[0] ||
		back.Confidence.Weights[len(back.Confidence.Weights)-1] != s.Confidence.Weights[len(s.Confidence.Weights)-1] {
		t.Error("split(joined) differs from the scorer")
	}
}

func TestAwardsGiven(t *testing.T) {
	e := seedEngine(t)
	ctx := context.Background()
	for q, want := range map[string]string{
		"ông Hợp trao gì?":  "Giấy khen cho 9 tập thể, 15 cá nhân.",
		"ông Dũng tặng gì?": "Bằng khen cho 3 tập thể, 6 cá nhân.",
	} {
		c, ok := candidateOf(e.Candidates(ctx, q), "award")
		if !ok || c.Answer != want {
			t.Errorf("%q: award candidate %q, %v; want %q", q, c.Answer, ok, want)
		}
	}
}

// TestFocusShare checks how much of a count's noun an answer holds: a
// word typed with its diacritics only as typed, one typed without them
// folded.
func TestFocusShare(t *testing.T) {
	tests := []struct {
		q, answer string
		want      float64
	}{
		{"thu giữ bao nhiêu cần sa", "1,2 kg cần sa khô", 1},
		{"thu giữ bao nhiêu cần sa", "2 cân", 0},
		{"thu giu bao nhieu can sa", "2 cân", 0.5},
		{"bao nhiêu tập thể", "3 tập thể", 1},
		{"bao nhiêu", "3 tập thể", 1},
		// Initials write the words they shorten.
		{"bao nhiêu huy chương vàng", "87 HC vàng", 1},
		{"bao nhiêu huy chương vàng", "278 huy chương", 2.0 / 3},
		{"bao nhiêu khách mời", "110 km", 0},
	}
	for _, tt := range tests {
		q := parseQuestion(analysis.Canonical(tt.q))
		if got := focusShare(q, analysis.Tokens(tt.answer)); got != tt.want {
			t.Errorf("focusShare(%q, %q) = %v, want %v", tt.q, tt.answer, got, tt.want)
		}
	}
}

func TestSentenceCoverOfAContinuation(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Pháp luật\nXử lý vi phạm giao thông\n\n"+
		"Đội Cảnh sát giao thông huyện Đức Trọng đã xử lý 437 trường hợp vi phạm trật tự an toàn giao thông. "+
		"Trong đó, có 173 trường hợp vi phạm nồng độ cồn. "+
		"Có 12 trường hợp vi phạm tốc độ.\n")
	q := parseQuestion("Đội Cảnh sát giao thông Đức Trọng xử lý bao nhiêu trường hợp vi phạm nồng độ cồn?")
	content := e.content(q)
	var sents []*sent
	for _, ss := range e.sentsOf {
		sents = append(sents, ss...)
	}
	sort.Slice(sents, func(i, j int) bool { return sents[i].index < sents[j].index })
	var part, other float64
	for _, s := range sents {
		switch {
		case strings.HasPrefix(s.text, "Trong đó"):
			part = e.sentenceCover(q, content, s)
			if alone := e.overlapOf(q, content, s).coverage(); part <= alone {
				t.Errorf("the continuation's cover %.2f is not above its own %.2f", part, alone)
			}
		case strings.HasPrefix(s.text, "Có 12"):
			other = e.sentenceCover(q, content, s)
			if alone := e.overlapOf(q, content, s).coverage(); other != alone {
				t.Errorf("a sentence that continues nothing: cover %.2f, want its own %.2f", other, alone)
			}
		}
	}
	if part <= other {
		t.Errorf("cover of the continuation %.2f, of the other sentence %.2f", part, other)
	}
}

func TestQuantityUnitEndsWithItsPhrase(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Pháp luật\nXử lý vi phạm giao thông\n\n"+
		"Đội Cảnh sát giao thông huyện Đức Trọng đã xử lý 437 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 1,3 tỷ đồng. "+
		"Trong đó, có 173 trường hợp vi phạm nồng độ cồn.\n")
	want := map[string]bool{
		"173 trường hợp vi phạm nồng độ cồn":                false,
		"437 trường hợp vi phạm trật tự an toàn giao thông": false,
	}
	for _, q := range []string{"bao nhiêu trường hợp vi phạm nồng độ cồn?", "xử lý bao nhiêu trường hợp vi phạm trật tự an toàn giao thông?"} {
		for _, c := range e.Candidates(context.Background(), q) {
			if _, ok := want[c.Answer]; ok {
				want[c.Answer] = true
			}
		}
	}
	for a, found := range want {
		if !found {
			t.Errorf("no candidate %q", a)
		}
	}
}

func TestNamesAsker(t *testing.T) {
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"tong bi thu bay to long biet on toi ai", "Tô Lâm (Tổng Bí thư)", true},
		{"Thảo tổ chức tiệc mừng sinh nhật ai", "Hoàng Thị Thảo", true},
		{"ông Hải trao kỷ niệm chương theo ủy quyền của ai", "Đại tá Võ Trọng Hải (Giám đốc Công an Nghệ An)", true},
		{"ông Hải trao kỷ niệm chương theo ủy quyền của ai", "Bộ trưởng Bộ Công an", false},
		{"đội Liên quân nữ thắng đội nào trong chung kết", "đội Liên quân nữ", true},
		{"đội Liên quân nữ thắng đội nào trong chung kết", "đội tuyển Lào", false},
		{"Tổng Bí thư trao huân chương cho ai", "Tô Lâm (Tổng Bí thư); Lê Văn Hùng (Giám đốc)", false},
		// The question word first: the question names nobody before it.
		{"ai trao huân chương cho Tổng Bí thư", "Tô Lâm (Tổng Bí thư)", false},
		// "X là ai" asks who X is: X's note answers it.
		{"Hoàng Thị Thảo là ai", "Hoàng Thị Thảo (giám đốc)", false},
		{"Phó Chủ tịch Hội Nông dân tỉnh gồm những ai", "Đinh Thị Thúy (Phó Chủ tịch Hội Nông dân tỉnh)", false},
		{"Phó Chủ tịch Hội Nông dân tỉnh gồm có những ai", "Đinh Thị Thúy (Phó Chủ tịch Hội Nông dân tỉnh)", false},
	}
	for _, tt := range tests {
		if got := namesAsker(parseQuestion(tt.q), tt.answer); got != tt.want {
			t.Errorf("namesAsker(%q, %q) = %v, want %v", tt.q, tt.answer, got, tt.want)
		}
	}
}

func TestRoleOf(t *testing.T) {
	tests := []struct {
		q, sentence, answer string
		agrees, known       bool
	}{
		{"ai tặng Bằng khen", "Chủ tịch UBND tỉnh Lê Văn Dũng tặng Bằng khen 3 tập thể.", "Lê Văn Dũng", true, true},
		{"ai được tặng Bằng khen", "Chủ tịch UBND tỉnh Lê Văn Dũng tặng Bằng khen 3 tập thể.", "Lê Văn Dũng", false, true},
		// A verb that gives an award stands for another its sentence writes.
		{"ai được trao giấy khen", "Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân.", "Giám đốc Công an tỉnh", false, true},
		{"ai dc trao giay khen", "Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân.", "9 tập thể, 15 cá nhân", true, true},
		{"ai được khen thưởng", "Chủ tịch UBND tỉnh trao Bằng khen cho 3 tập thể.", "Chủ tịch UBND tỉnh", false, true},
		{"ai được trao giấy khen", "Về việc tặng Giấy khen, Giám đốc Công an tỉnh đã ký quyết định.", "Giám đốc Công an tỉnh", false, false},
		{"ai dc trao giay khen", "Trong phong trào thi đua, Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể.", "9 tập thể", true, true},
		{"ai được tăng lương", "Giám đốc tặng Giấy khen 9 cá nhân.", "Giám đốc", false, false},
		// After an agent marker, the doer of the verb that follows.
		{"Giấy khen do ai trao", "Chủ tịch UBND phường Lê Văn An trao giấy khen cho 3 tập thể.", "Lê Văn An", true, true},
		{"Giấy khen do ai trao", "Ông Lê Văn An trao giấy khen cho bà Trần Thị Lan.", "Trần Thị Lan", false, true},
		// "… của ai": the one an agent marker puts before the answer.
		{"qd 521 cua ai", "Qua 15 năm thực hiện Quyết định 521/QĐ-TTg của Thủ tướng Chính phủ, phong trào lan tỏa.", "Thủ tướng Chính phủ", true, true},
		{"qd 521 cua ai", "Thủ tướng Chính phủ ký Quyết định 521.", "Thủ tướng Chính phủ", false, false},
		{"kỷ niệm chương là sự ghi nhận của ai", "Thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Võ Trọng Hải trao Kỷ niệm chương.", "Đại tá Võ Trọng Hải", false, false},
		{"kỷ niệm chương là sự ghi nhận của ai", "Thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Võ Trọng Hải trao Kỷ niệm chương.", "Bộ trưởng Bộ Công an", true, true},
		// A verb made a noun has no subject for its doer.
		{"ai chi dinh bch dang bo phuong", "Đoàn Chủ tịch đã công bố Quyết định của Ban Thường vụ Thành ủy về việc chỉ định Ban Chấp hành Đảng bộ phường.", "Đoàn Chủ tịch", false, false},
		// The doer of a verb the sentence does not write is not known.
		{"Giấy khen do ai trao", "3 tập thể nhận giấy khen của Chủ tịch UBND phường.", "Chủ tịch UBND phường", false, false},
		// A verb made a noun keeps the agent a marker puts after it.
		{"ai chu tri hoi nghi", "Hội nghị diễn ra dưới sự chủ trì của Chủ tịch tỉnh Lê Văn Nam.", "Lê Văn Nam", true, true},
		{"ai chủ trì hội nghị", "Hội nghị diễn ra dưới sự chủ trì của Chủ tịch tỉnh Lê Văn Nam.", "Lê Văn Nam", true, true},
		// A partner marker after the verb puts one who does it too.
		{"ai phối hợp phá án", "Công an tỉnh đã phối hợp với Cục Cảnh sát hình sự phá án.", "Cục Cảnh sát hình sự", true, true},
		{"ai phối hợp phá án", "Công an tỉnh đã phối hợp phá án cùng người dân, Cục Cảnh sát hình sự chỉ đạo.", "Cục Cảnh sát hình sự", false, true},
	}
	for _, tt := range tests {
		agrees, known := roleOf(parseQuestion(tt.q), testSent(tt.sentence), analysis.Tokens(tt.answer))
		if agrees != tt.agrees || known != tt.known {
			t.Errorf("roleOf(%q, %q, %q) = %v, %v, want %v, %v", tt.q, tt.sentence, tt.answer, agrees, known, tt.agrees, tt.known)
		}
	}
}

// TestObjectRole checks that a question word after its verb and doer
// asks the verb's object, and that other shapes are left to the other
// role readers.
func TestObjectRole(t *testing.T) {
	tests := []struct {
		q, sentence, answer string
		agrees, known       bool
	}{
		// A question word after its verb and doer asks the verb's object.
		{"Bà Hằng biểu dương ai?", "Bà Nguyễn Thị Mỹ Hằng biểu dương nhân dân thành phố.", "nhân dân thành phố", true, true},
		{"Bà Hằng biểu dương ai?", "Bà Nguyễn Thị Mỹ Hằng biểu dương nhân dân thành phố.", "Nguyễn Thị Mỹ Hằng", false, true},
		{"huân chương trao cho ai", "Chủ tịch nước trao Huân chương Lao động cho Đảng bộ tỉnh.", "Đảng bộ tỉnh", true, true},
		{"huân chương trao cho ai", "Chủ tịch nước trao Huân chương Lao động cho Đảng bộ tỉnh.", "Chủ tịch nước", false, true},
		{"Bà Hằng biểu dương ai?", "Nhân dân thành phố được bà Hằng biểu dương.", "Nhân dân thành phố", true, true},
		{"Bà Hằng biểu dương ai tại hội nghị?", "Bà Hằng biểu dương nhân dân tại hội nghị.", "nhân dân", true, true},
		// "… là ai" asks who they are: no verb's part.
		{"L.A.G. là ai", "L.A.G. là trưởng thôn Trung Hồ.", "trưởng thôn Trung Hồ", false, false},
		// A verb the sentence does not write.
		{"Bà Hằng biểu dương ai?", "Bà Hằng phát biểu tại hội nghị.", "Hằng", false, false},
		// The doer of what follows, or of an agent marker, is asked:
		// subjectRole and agentRole judge it.
		{"giải nhì ai đoạt", "Anh Nguyễn Văn Quyên đoạt giải nhì.", "Nguyễn Văn Quyên", false, false},
		{"Giấy khen do ai trao", "Chủ tịch UBND phường Lê Văn An trao giấy khen cho 3 tập thể.", "Lê Văn An", false, false},
	}
	for _, tt := range tests {
		agrees, known := objectRole(parseQuestion(tt.q), testSent(tt.sentence), analysis.Tokens(tt.answer))
		if agrees != tt.agrees || known != tt.known {
			t.Errorf("objectRole(%q, %q, %q) = %v, %v, want %v, %v", tt.q, tt.sentence, tt.answer, agrees, known, tt.agrees, tt.known)
		}
	}
}

func TestQuestionVerbIn(t *testing.T) {
	s := testSent("Hai cá nhân nhận giấy khen vì thành tích trong phong trào thi đua, ông Lê Văn An trao.")
	q := parseQuestion("Giấy khen do ai trao?")
	if got := questionVerbIn(q, s, q.whEnd); len(got) != 1 || s.lower[got[0]] != "trao" {
		t.Errorf("questionVerbIn = %v, want the one \"trao\"", got)
	}
	// Typed without diacritics, teencode and all: folded.
	s = testSent("9 tập thể được Đại tá Nguyễn Hữu Hợp tặng Giấy khen.")
	q = parseQuestion("ai dc tang giay khen")
	if got := questionVerbIn(q, s, q.whEnd+1); len(got) != 1 || s.lower[got[0]] != "tặng" {
		t.Errorf("questionVerbIn = %v, want the one \"tặng\"", got)
	}
}

func TestNamesGroup(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"các tập thể, cá nhân có thành tích xuất sắc", true},
		{"cho học sinh có hoàn cảnh khó khăn", true},
		{"hơn 500 người dân", true},
		{"em trai của Thảo", true},
		{"Công an nhân dân Việt Nam", false},
		{"5 suất quà", false},
		{"1 người", false},
		{"một người dân", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := namesGroup(tt.answer); got != tt.want {
			t.Errorf("namesGroup(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestAsksObject(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"buổi gặp mặt biểu dương những ai", true},
		{"Chương trình ưu tiên ai?", true},
		{"ai phát biểu khai mạc", false},
		{"Giấy khen do ai trao?", false},
	}
	for _, tt := range tests {
		if got := asksObject(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksObject(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSynonymIn(t *testing.T) {
	vocab := map[string]bool{"tang": true, "bang": true, "khen": true}
	tests := []struct {
		f    string
		want bool
	}{
		{"trao", true},  // "tặng" says it
		{"tang", false}, // present itself, but no synonym is
		{"khoi", false},
	}
	for _, tt := range tests {
		if got := synonymIn(vocab, tt.f); got != tt.want {
			t.Errorf("synonymIn(%q) = %v, want %v (synonyms %v)", tt.f, got, tt.want, synonyms(tt.f))
		}
	}
}

func TestNamedByTitle(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự\nBiểu dương điển hình\n\n"+
		"Đại tá Nguyễn Hữu Hợp - Giám đốc Công an tỉnh phát biểu tại hội nghị.\n\n"+
		"Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân.\n\n"+
		"Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân.\n")
	q := parseQuestion("Nguyễn Hữu Hợp tặng cho bao nhiêu cá nhân")
	content := e.content(q)
	var byTitle, byOther *sent
	for _, ss := range e.sentsOf {
		for _, s := range ss {
			switch {
			case strings.HasPrefix(s.text, "Giám đốc Công an tỉnh tặng"):
				byTitle = s
			case strings.HasPrefix(s.text, "Chủ tịch UBND tỉnh tặng"):
				byOther = s
			}
		}
	}
	if byTitle == nil || byOther == nil {
		t.Fatal("the award sentences not found")
	}
	if got := e.namedByTitle(content, byTitle, q.lang); got <= 0 {
		t.Errorf("the sentence names Hợp by his title: weight %v, want > 0", got)
	}
	if got := e.namedByTitle(content, byOther, q.lang); got != 0 {
		t.Errorf("a sentence naming another person's title: weight %v, want 0", got)
	}
}

func TestAsksDefinition(t *testing.T) {
	for q, want := range map[string]bool{
		"LHPN là gì":                      true,
		"ANTT viết tắt của gì":            true,
		"mo hinh hai giu la gi":           true,
		"Các mô hình nổi bật là gì?":      false,
		"nhung mo hinh noi bat la gi":     false,
		"bao nhiêu mô hình được khen":     false,
		"Phong trào được khen là gì vậy?": true,
		"biển số xe tải là gì":            false, // a label's value
		"Chủ đề Đại hội là gì?":           false, // a value
		"ngay hoi ten la gi":              false,
		"Nguyên nhân vụ cháy là gì?":      false,
		"ma tuy da la gi":                 true, // "ma" is no "mã"
	} {
		if got := asksDefinition(parseQuestion(q)); got != want {
			t.Errorf("asksDefinition(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestAsksOther checks which who-questions ask whom the one they name
// acts on, not that one's titles.
func TestAsksOther(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Bà Hằng biểu dương ai?", true},
		{"Thảo tổ chức tiệc mừng sinh nhật ai", true},
		{"Bà Hằng là ai?", false},
		{"Ai biểu dương nhân dân?", false},
		{"ba hang la uy vien cua co quan nao?", false},
		{"quyết định của ai", false},
		{"Bà Hằng giữ chức gì?", false},
	}
	for _, tt := range tests {
		if got := asksOther(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksOther(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// generatedBy returns what generator gen gives for question text of e's
// articles: the question parsed, its content words and its scope read as
// the engine reads them before its generators.
func generatedBy(e *Engine, text string, gen func(question, []word, *scope) candidate) candidate {
	q := e.readEpisode(e.parse(text))
	content := e.content(q)
	return gen(q, content, e.scopeOf(context.Background(), q, content))
}
