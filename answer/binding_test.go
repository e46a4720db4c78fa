package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// wordIndex returns the position of the first word of s written w,
// lower-cased; the test fails without one.
func wordIndex(t *testing.T, s *sent, w string) int {
	t.Helper()
	for i, x := range s.lower {
		if x == strings.ToLower(w) {
			return i
		}
	}
	t.Fatalf("no %q in %q", w, s.text)
	return -1
}

func TestGovernor(t *testing.T) {
	tests := []struct {
		sentence, number string
		want             string // the governing words, in order back from the number
	}{
		{"Hội đồng tiếp nhận 973 tác phẩm, vinh danh 241 tác phẩm xuất sắc.", "241", "danh vinh"},
		{"Hội đồng tiếp nhận 973 tác phẩm, vinh danh 241 tác phẩm xuất sắc.", "973", "nhận tiếp"},
		{"Nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%.", "0,91", "tăng"},
		// A joiner names nothing: the figure after it is governed as the
		// item before.
		{"Nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%.", "118,9", "trọng tỷ"},
		{"Doanh thu tăng mạnh: Quảng Ninh tăng 25,2%; Đà Nẵng tăng 22,2%.", "22,2", "tăng nẵng"},
		{"Cơ quan điều tra đã bắt khẩn cấp 1 đối tượng.", "1", "cấp khẩn"},
		// A qualifier and a range opening are skipped; a range is governed
		// as a whole.
		{"Mỗi suất trị giá từ 2 đến 5 triệu đồng.", "5", "giá trị"},
		{"Kim ngạch đạt hơn 3,13 tỷ USD.", "3,13", ""},
		// A preposition makes the number its own.
		{"Có 262 người đang vui chơi tại 46 bàn.", "46", ""},
		// A list item is governed by what governs the list.
		{"Đoàn giành 13 HCV, 16 HCB; tăng 1 HCV, 1 HCB so với năm trước.", "HCB", ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.number, func(t *testing.T) {
			s := testSent(tt.sentence)
			at := wordIndex(t, s, tt.number)
			var got []string
			for _, k := range governor(s, at) {
				got = append(got, s.fold[k])
			}
			if strings.Join(got, " ") != foldAll(tt.want) {
				t.Errorf("governor of %s = %q, want %q", tt.number, got, tt.want)
			}
		})
	}
}

// foldAll folds a phrase word by word.
func foldAll(p string) string {
	var out []string
	for _, w := range foldWords(p) {
		out = append(out, w.fold)
	}
	return strings.Join(out, " ")
}

func TestChange(t *testing.T) {
	s := testSent("Đoàn giành 16 HCB, tăng 1 HCV, 1 HCB so với năm trước, nâng tổng lên 48 HCV.")
	for _, tt := range []struct {
		at   int
		want bool
	}{
		{wordIndex(t, s, "16"), false},
		{wordIndex(t, s, "1"), true},
		{wordIndex(t, s, "1") + 2, true}, // "1 HCB", an item of the list "tăng 1 HCV, 1 HCB"
		{wordIndex(t, s, "48"), false},   // "lên 48": the level reached
	} {
		if got := isChange(s, tt.at); got != tt.want {
			t.Errorf("isChange(%s) = %v, want %v", s.lower[tt.at], got, tt.want)
		}
	}
	// Words saying how a figure changed stand between the verb and the
	// amount; a level stays a level.
	for _, tt := range []struct {
		text, number string
		want         bool
	}{
		{"Sản lượng chè xuất đi đạt 41.200 tấn (giảm mạnh 18,3%).", "18,3%", true},
		{"Doanh thu quý này tăng nhẹ 2,7% so với quý trước.", "2,7%", true},
		{"Vốn góp của nhà đầu tư tăng thêm 3,15 tỷ USD.", "3,15", true},
		{"Số ca mắc tăng đột biến 46% trong tuần.", "46%", true},
		{"Giá heo hơi nhích 1.200 đồng/kg.", "1.200", true},
		{"Giá tiêu ở mức 141.500 đồng/kg.", "141.500", false},
		{"Tỉnh đẩy mạnh 7 chương trình khuyến nông.", "7", false},
		{"Xưởng chế biến 90 tấn hạt điều mỗi ngày.", "90", false},
		{"Giá thép giảm, mạnh 12 nhà máy ngừng lò.", "12", false},
	} {
		s := testSent(tt.text)
		at := wordIndex(t, s, strings.TrimSuffix(tt.number, "%"))
		if got := isChange(s, at); got != tt.want {
			t.Errorf("isChange(%s in %q) = %v, want %v", tt.number, tt.text, got, tt.want)
		}
	}
	for q, want := range map[string]bool{
		"bao nhiêu HCB":                  false,
		"so với năm 2024 tăng bao nhiêu": true,
		"thủy sản tăng bao nhiêu":        true,
		"giá tăng lên bao nhiêu":         false,
		"duong bien tang bao nhieu":      true,
		// The change given, the level it led to asked.
		"Lam Dong tang 2.000 dong/kg len bao nhieu?": false,
		"số vụ giảm 3 vụ còn bao nhiêu":              false,
		// A change verb in a clause of time: the level is asked.
		"giá tiêu trước khi tăng là bao nhiêu": false,
		"sau khi giam gia ve con bao nhieu":    false,
		"giá tiêu hôm nay tăng bao nhiêu":      true,
		"giá heo hơi nhích bao nhiêu":          true,
		"giá tiêu mới là bao nhiêu":            false,
		// "tang" without diacritics beside an award is "tặng", a give
		// verb, not "tăng".
		"bao nhieu ca nhan duoc tang bang khen": false,
		"co tat ca bao nhieu giay khen dc tang": false,
		"so huy chuong tang bao nhieu":          true,
		"duoc tang bao nhieu bang khen":         false,
		"trao tang bao nhieu bang khen":         false,
		"duoc tang may huy chuong vang":         false,
		"doanh thu tang bao nhieu":              true,
	} {
		if got := asksChange(parseQuestion(q)); got != want {
			t.Errorf("asksChange(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOtherPeriod(t *testing.T) {
	s := testSent("Tháng 7/2022 kim ngạch đạt gần 721 triệu USD, đưa kim ngạch 7 tháng qua đạt hơn 4,78 tỷ USD.")
	tests := []struct {
		q      string
		number string
		want   bool
	}{
		{"kim ngạch xuất khẩu tháng 7 đạt bao nhiêu", "4,78", true},
		{"kim ngạch xuất khẩu tháng 7 đạt bao nhiêu", "721", false},
		{"7 tháng kim ngạch đạt bao nhiêu", "721", true},
		{"7 tháng kim ngạch đạt bao nhiêu", "4,78", false},
		{"kim ngạch đạt bao nhiêu", "4,78", false},
	}
	for _, tt := range tests {
		if got := otherPeriod(parseQuestion(tt.q), s, wordIndex(t, s, tt.number)); got != tt.want {
			t.Errorf("otherPeriod(%q, %s) = %v, want %v", tt.q, tt.number, got, tt.want)
		}
	}
}

func TestCountedOther(t *testing.T) {
	tests := []struct {
		q, answer string
		other     bool
		known     bool
	}{
		{"bao nhieu du an dung von nha nuoc", "hơn 627.000 tỷ đồng", true, true},
		{"bao nhieu du an dung von nha nuoc", "96 dự án sử dụng vốn", false, true},
		{"có bao nhiêu người đang vui chơi", "46 bàn", true, true},
		{"có bao nhiêu người đang vui chơi", "262 người", false, true},
		{"bao nhiêu người tham gia", "400 cán bộ", false, true},
		{"bao nhiêu khách dương tính", "146 người dương tính", true, true},
		{"trẻ bao nhiêu tuổi thì được tiêm", "từ 1 đến 10 tuổi", false, true},
		{"bao nhiêu tiền", "400.000 đồng", false, true},
		// A question that describes its number names no noun counted.
		{"doanh thu tăng bao nhiêu", "22,2%", false, false},
		// But "người" after the count word still counts people.
		{"chủ tịch ubnd tỉnh trao bằng khen cho mấy người", "3 tập thể", true, true},
		{"chủ tịch ubnd tỉnh trao bằng khen cho mấy người", "6 cá nhân", false, true},
		{"Victory bị tạm giữ hình sự mấy người", "18 đối tượng", false, true},
		// A unit the describing words name counts what is asked.
		{"Số thí sinh dự thi là bao nhiêu người", "5.120 thí sinh", false, true},
		{"Dân số của xã là bao nhiêu người", "12.000 dân", false, true},
		// A number spelled in words counts the noun after it.
		{"bao nhiêu người chết", "một người chết", false, true},
		{"có mấy tàu bị chìm", "hai người mất tích", true, true},
		{"bao nhiêu người chết", "một số người", false, false},
		// A figure, not the spelled number before it, says what is counted.
		{"bao nhiêu con lợn", "Hai người đàn ông chở 5 con lợn", false, true},
	}
	for _, tt := range tests {
		other, known := countedOther(parseQuestion(tt.q), tt.answer, analysis.Tokens(tt.answer), nil, -1)
		if other != tt.other || known != tt.known {
			t.Errorf("countedOther(%q, %q) = %v, %v, want %v, %v", tt.q, tt.answer, other, known, tt.other, tt.known)
		}
	}
}

func TestLabelQuestions(t *testing.T) {
	tests := []struct {
		q     string
		wh    wh
		label string
	}{
		{"Hai học sinh được tặng huân chương hạng mấy", whNumber, "hạng"},
		{"đội tuyển nằm trong top mấy", whNumber, "top"},
		{"cac truong dat chuan quoc gia muc do may", whNumber, "muc do"},
		{"đại hội đảng bộ lần thứ mấy", whNumber, "lần thứ"},
		{"bệnh viện giai đoạn mấy", whNumber, "giai đoạn"},
		// A count, and a word folded like a label head ("tăng", "tầng").
		{"duong bien tang bao nhieu", whCount, ""},
		{"có mấy hạng huân chương", whCount, ""},
		// "thu" folds like "thứ"; a unit after the question word measures.
		{"ma tuy da thu bao nhieu kg", whCount, "thu"},
		{"nha may thu bao nhieu tan rac", whCount, "thu"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if q.wh != tt.wh || textOf(q.label) != tt.label {
			t.Errorf("%q: wh %s label %q, want %s %q", tt.q, q.wh, textOf(q.label), tt.wh, tt.label)
		}
	}
}

// TestNumberBinding asks about sentences that pack many numbers, written
// in the shape of news reports: the question's verb, the noun it counts,
// the period and the place it names pick the number.
func TestNumberBinding(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Kinh tế Xuất khẩu tăng (TNO) - Sáng 6/8, Sở Công thương cho biết số liệu.\n\n"+
		"Tháng 7/2022 kim ngạch xuất khẩu toàn tỉnh đạt gần 721 triệu USD, đưa kim ngạch xuất khẩu 7 tháng qua đạt hơn 4,78 tỷ USD. "+
		"Nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%. "+
		"Tổng mức đầu tư hơn 3,4 triệu tỷ đồng, trong đó 96 dự án sử dụng vốn nhà nước với hơn 627.000 tỷ đồng. "+
		"Hội đồng đã tiếp nhận 973 tác phẩm, vinh danh 241 tác phẩm xuất sắc. "+
		"Các tỉnh di dời 32 hộ dân khỏi vùng sạt lở, lũ quét (Lai Châu 4, Sơn La 28). "+
		"Đoàn giành 13 Huy chương Vàng, 16 Huy chương Bạc; tăng 1 Huy chương Vàng, 1 Huy chương Bạc so với năm trước. "+
		"Mưa lũ còn làm 160 con gia súc và hơn 11.000 con gia cầm bị chết.")
	ctx := context.Background()
	// What the generators rule out: another period; what they propose: a
	// count of the noun asked, the part a place names.
	tests := []struct {
		q, want, not string
	}{
		{"kim ngạch xuất khẩu tháng 7 đạt bao nhiêu", "721 triệu USD", "7 tháng"},
		{"bao nhiêu dự án dùng vốn nhà nước", "96 dự án", ""},
		{"son la di doi bao nhieu ho", "28 hộ dân", ""},
		{"bao nhiêu huy chương bạc", "16 Huy chương Bạc", ""},
		// More of the noun asked after the number: "gia súc", not the
		// "gia" of "gia cầm"; "Gia" typed in a question with marks asks
		// no price ("giá").
		{"bao nhiêu con gia súc bị chết", "160 con gia súc", "hơn 11.000"},
		{"Gia súc chết bao nhiêu con?", "160 con gia súc", ""},
	}
	for _, tt := range tests {
		cs := e.Candidates(ctx, tt.q)
		found := false
		for _, c := range cs {
			found = found || strings.Contains(c.Answer, tt.want)
			if tt.not != "" && strings.HasPrefix(c.Answer, tt.not) {
				t.Errorf("%q: candidate %q", tt.q, c.Answer)
			}
		}
		if !found {
			t.Errorf("%q: no candidate %q among %+v", tt.q, tt.want, cs)
		}
	}
	// What the features tell apart: the number the question's verb
	// governs, a change where none is asked.
	features := []struct {
		q, answer, feature string
		want               float64
	}{
		{"thủy sản tăng bao nhiêu", "0,91%", fVerbBefore, 1},
		{"thủy sản tăng bao nhiêu", "3,65%", fVerbBefore, 0},
		{"thủy sản tăng bao nhiêu", "3,65%", fChangeMismatch, 1},
		{"bao nhiêu tác phẩm được vinh danh", "241 tác phẩm xuất sắc", fVerbBefore, 1},
		{"bao nhiêu tác phẩm được vinh danh", "973 tác phẩm", fVerbBefore, 0},
		{"bao nhiêu dự án dùng vốn nhà nước", "hơn 627.000 tỷ đồng", fCountedOther, 1},
		{"bao nhiêu dự án dùng vốn nhà nước", "96 dự án sử dụng vốn nhà nước", fCountedOther, 0},
		{"bao nhiêu huy chương bạc", "1 Huy chương Bạc", fChangeMismatch, 1},
		{"bao nhiêu huy chương bạc", "16 Huy chương Bạc", fChangeMismatch, 0},
	}
	for _, tt := range features {
		c, ok := candidateAnswering(e.Candidates(ctx, tt.q), tt.answer)
		if !ok {
			t.Errorf("%q: no candidate %q", tt.q, tt.answer)
			continue
		}
		if got := c.NamedFeatures()[tt.feature]; got != tt.want {
			t.Errorf("%q: %q has %s %v, want %v", tt.q, tt.answer, tt.feature, got, tt.want)
		}
	}
}

// candidateAnswering returns the candidate whose answer is answer.
func candidateAnswering(cs []Candidate, answer string) (Candidate, bool) {
	for _, c := range cs {
		if c.Answer == answer {
			return c, true
		}
	}
	return Candidate{}, false
}

func TestStatesNumber(t *testing.T) {
	tests := []struct {
		q, number, unit string
		want            bool
	}{
		{"kim ngach xuat khau thang 7 dat bao nhieu", "7", "tháng qua", true},
		{"bao nhiêu tác phẩm được vinh danh qua 11 kỳ", "11", "kỳ xét chọn", true},
		{"bao nhiêu tác phẩm được vinh danh qua 11 kỳ", "241", "tác phẩm", false},
		{"quận Ba Đình có mấy người bị thương do bão số 3?", "3", "người bị thương", false},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).statesNumber(tt.number, tt.unit); got != tt.want {
			t.Errorf("%q states %s %s: %v, want %v", tt.q, tt.number, tt.unit, got, tt.want)
		}
	}
}

func TestCountsNegated(t *testing.T) {
	s := testSent("Hội đồng đã tiếp nhận 973 tác phẩm, vinh danh 241 tác phẩm xuất sắc.")
	not := testSent("Tỉnh đạt 16 chỉ tiêu, chưa đạt 3 chỉ tiêu.")
	tests := []struct {
		q      string
		s      *sent
		number string
		want   bool
	}{
		{"bao nhiêu tác phẩm không được vinh danh", s, "241", true},
		{"bao nhiêu tác phẩm không được vinh danh", s, "973", true},
		{"bao nhiêu tác phẩm được vinh danh", s, "241", false},
		{"bao nhiêu chỉ tiêu chưa đạt", not, "3", false},
		{"bao nhiêu chỉ tiêu chưa đạt", not, "16", true},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := countsNegated(tt.s, wordIndex(t, tt.s, tt.number), negatedWords(q)); got != tt.want {
			t.Errorf("%q, %s: %v, want %v", tt.q, tt.number, got, tt.want)
		}
	}
}

func TestPerNamed(t *testing.T) {
	s := testSent("Giá vé 200.000 đồng/người lớn và 40.000 đồng/trẻ em, bãi xe 5 chiếc.")
	tests := []struct {
		q, number       string
		named, known    bool
		anyNamedInQuery bool
	}{
		{"vé cho trẻ em bao nhiêu tiền", "40.000", true, true, true},
		{"vé cho trẻ em bao nhiêu tiền", "200.000", false, true, true},
		{"vé người lớn giá bao nhiêu", "200.000", true, true, true},
		{"bãi xe có mấy chiếc", "5", false, false, false},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		content := e.content(parseQuestion(tt.q))
		named, known := perNamed(s, wordIndex(t, s, tt.number), content)
		if named != tt.named || known != tt.known {
			t.Errorf("perNamed(%q, %s) = %v, %v; want %v, %v", tt.q, tt.number, named, known, tt.named, tt.known)
		}
		if got := anyPerNamed(s, content); got != tt.anyNamedInQuery {
			t.Errorf("anyPerNamed(%q) = %v, want %v", tt.q, got, tt.anyNamedInQuery)
		}
	}
}

func TestTimeOfVerb(t *testing.T) {
	e := seedEngine(t)
	tests := []struct {
		sentence, q, time string
		want              bool
	}{
		{"Bão số 6 đổ bộ vào đêm 26/10 gây thiệt hại nặng nề.", "bão số 6 đổ bộ hôm nào", "đêm", true},
		{"Sáng 28/10, Ban Chỉ huy cho biết bão gây thiệt hại.", "bão số 6 đổ bộ hôm nào", "Sáng", false},
		{"Lễ khai mạc lúc 8 giờ sáng 5/1.", "khai mạc lúc mấy giờ", "8", true},
		// Another verb's time.
		{"Đoàn xuất phát vào sáng 4/8 và đổ bộ lên đảo.", "đoàn đổ bộ khi nào", "sáng", false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		content := e.content(parseQuestion(tt.q))
		if got := timeOfVerb(s, wordIndex(t, s, tt.time), content); got != tt.want {
			t.Errorf("timeOfVerb(%q, %q at %q) = %v, want %v", tt.q, tt.sentence, tt.time, got, tt.want)
		}
	}
}

func TestCountedKindOther(t *testing.T) {
	const awards = "Trao 3 giải A, 5 giải B, 10 giải C và 29 giải khuyến khích đối với Giải Bìa báo Tết ấn tượng."
	tests := []struct {
		q, sentence, answer, number string
		other, known                bool
	}{
		{"Giải Bìa báo Tết ấn tượng có mấy giải A?", awards, "29 giải khuyến khích", "29", true, true},
		{"gian trưng bày có bn giải B", awards, "29 giải khuyến khích", "29", true, true},
		{"Giải Bìa báo Tết ấn tượng có mấy giải A?", awards, "3 giải A", "3", false, true},
		// The answer writes no kind after its noun: nothing to compare.
		{"có mấy giải A?", awards, "29 giải", "29", false, false},
		// The question writes no kind.
		{"có mấy giải?", awards, "29 giải khuyến khích", "29", false, false},
		// The sentence writes the question's kind beside no other number.
		{"bao nhiêu người chết", "Vụ tai nạn làm 35 người thiệt mạng.", "35 người thiệt mạng", "35", false, false},
		{"bao nhiêu người chết", "Có 27 người chết và 68 người bị thương.", "68 người bị thương", "68", true, true},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		other, known := countedKindOther(parseQuestion(tt.q), tt.answer, analysis.Tokens(tt.answer), s, wordIndex(t, s, tt.number))
		if other != tt.other || known != tt.known {
			t.Errorf("countedKindOther(%q, %q) = %v, %v, want %v, %v", tt.q, tt.answer, other, known, tt.other, tt.known)
		}
	}
}

// TestCausedCount checks that a count asked with a causative verb before
// its question word is bound by any causative verb governing the number.
func TestCausedCount(t *testing.T) {
	tests := []struct {
		q, sentence, number string
		want                bool
	}{
		{"tai nạn làm bao nhiêu người chết", "Vụ tai nạn khiến 1 người chết, 5 người bị thương.", "1", true},
		{"vu chay gay may nguoi bi thuong", "Đám cháy làm 2 người bị thương.", "2", true},
		// No causative verb before the question word.
		{"bao nhiêu người chết", "Vụ tai nạn khiến 1 người chết.", "1", false},
		// None governing the number.
		{"tai nạn làm bao nhiêu người chết", "Có 3 người chết tại chỗ.", "3", false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		if got := causedCount(parseQuestion(tt.q), s, wordIndex(t, s, tt.number)); got != tt.want {
			t.Errorf("causedCount(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestCountedWithOther checks a count written before the question's noun
// and another noun it counts together with it.
func TestCountedWithOther(t *testing.T) {
	tests := []struct {
		q, sentence, number string
		other, known        bool
	}{
		{"bao nhiêu dự án được khởi công", "Tỉnh khởi công tổng cộng 31 dự án, công trình với tổng vốn lớn.", "31", true, true},
		{"bao nhiêu cá nhân được khen", "Tỉnh khen 12 cá nhân và tập thể tiêu biểu.", "12", true, true},
		// Counted alone.
		{"bao nhiêu dự án được khởi công", "Tỉnh khởi công thêm 26 dự án khác.", "26", false, true},
		// The question counts both.
		{"bao nhiêu tập thể, cá nhân được khen", "Tỉnh khen 33 tập thể, cá nhân.", "33", false, true},
		// Another noun after a number is another count.
		{"bao nhiêu dự án được khởi công", "Tỉnh khởi công 26 dự án, khánh thành 5 công trình.", "26", false, true},
		// The number counts another noun.
		{"bao nhiêu dự án được khởi công", "Có 5 công trình được khánh thành.", "5", false, false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		other, known := countedWithOther(parseQuestion(tt.q), s, wordIndex(t, s, tt.number))
		if other != tt.other || known != tt.known {
			t.Errorf("countedWithOther(%q, %q) = %v, %v, want %v, %v", tt.q, tt.sentence, other, known, tt.other, tt.known)
		}
	}
}

// TestLabelWithItsNoun answers a number asked by a label with the noun the
// question writes before the label, when the sentence writes it there too;
// a rank is answered as its fact reads.
func TestLabelWithItsNoun(t *testing.T) {
	e := articleEngine(t, "date 2025-09 Thời sự Bão đổ bộ (TNO) - Sáng 30/9, Cục Quản lý đê điều cho biết số liệu.\n\n"+
		"Tính đến 13h, bão số 10 Bualoi và mưa lũ khiến 26 người chết. Kỳ họp thứ 10 của HĐND tỉnh khai mạc sáng nay.\n")
	tests := []struct{ q, want string }{
		{"Bão Bualoi là cơn bão số mấy", "bão số 10."},
		{"bao bualoi la bao so may", "bão số 10."},
		{"Đây là kỳ họp thứ mấy?", "Kỳ họp thứ 10 của HĐND tỉnh."},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.identifier).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestCountInTotal: a count's passage answer takes the number followed by
// more of the noun asked, but a total may be written with fewer of its
// words than its parts.
func TestCountInTotal(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Mô hình (QNO) - Toàn tỉnh xây dựng mô hình.\n\n"+
		"Đến nay, toàn tỉnh có 55 mô hình với 910 điểm; trong đó hội viên xây dựng 215 điểm mô hình. "+
		"Mưa lũ còn làm 160 con gia súc và hơn 11.000 con gia cầm bị chết.")
	tests := []struct{ q, want string }{
		{"tổng số điểm mô hình là bao nhiêu", "910 điểm"},
		{"hội viên xây dựng bao nhiêu điểm mô hình", "215 điểm mô hình"},
		{"bao nhiêu con gia súc bị chết", "160 con gia súc"},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.passage).answer; got != tt.want {
			t.Errorf("passage(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestCountedNounAsTyped(t *testing.T) {
	// "Nam" of a name after the count is no "năm" typed with its marks;
	// typed without them it may be.
	tests := []struct {
		q, sentence, answer string
		want                bool // counted_other
	}{
		{"Các bị cáo bị tuyên bao nhiêu năm tù?", "Tòa dự kiến tuyên án với 3 bị cáo Lê Nam và hai đồng phạm.", "3 bị cáo Lê Nam", true},
		{"Bị cáo Nam bị tuyên bao nhiêu năm tù?", "Tòa tuyên phạt bị cáo Nam 12 năm tù.", "12 năm tù", false},
		{"tong cong viet nam duoc bao nhieu huy chuong", "Việt Nam giành 29 Huy chương Vàng (HCV).", "29 HCV", false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.sentence)
		toks := analysis.Tokens(tt.answer)
		at := slices.IndexFunc(s.lower, func(w string) bool { return w == toks[0].Text })
		if other, known := countedOther(q, tt.answer, toks, s, at); !known || other != tt.want {
			t.Errorf("countedOther(%q, %q) = %v (known %v), want %v", tt.q, tt.answer, other, known, tt.want)
		}
	}
}
