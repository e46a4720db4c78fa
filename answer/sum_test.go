package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestSiblingNouns(t *testing.T) {
	units := [][]string{{"tap", "the"}, {"ca", "nhan", "co", "thanh", "tich"}, {"nguoi"}, {"giao", "vien"}}
	tests := []struct {
		q    string
		want string // the nouns, parted by "|"; "" for the focus alone
	}{
		{"tổng cộng bao nhiêu tập thể và cá nhân được khen", "tập thể|cá nhân"},
		{"tong cong bn tap the ca nhan duoc khen", "tap the|ca nhan"},
		{"tổng cộng bao nhiêu tập thể, cá nhân được tặng giấy khen", "tập thể|cá nhân"},
		// One noun: the focus alone.
		{"tổng cộng bao nhiêu cá nhân được khen", ""},
		// A noun the article counts nowhere is no sibling.
		{"tổng cộng bao nhiêu tập thể và hộ gia đình", ""},
		// The same noun twice is one noun.
		{"tổng cộng bao nhiêu tập thể và tập thể", ""},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		focus := withoutFillers(q.focus)
		var got []string
		for _, n := range siblingNouns(q.words, focus, units) {
			got = append(got, strings.Join(words(n), " "))
		}
		want := tt.want
		if want == "" {
			want = strings.Join(words(focus), " ")
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: nouns %q, want %q", tt.q, got, want)
		}
	}
}

func TestSumOfSiblings(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Thời sự Tổng kết phong trào thi đua (ABC) - Sáng 12/5, huyện Y tổng kết phong trào thi đua.\n\n"+
		"Dịp này, Chủ tịch UBND huyện tặng giấy khen 4 tập thể, 7 cá nhân; Trưởng Công an huyện tặng giấy khen 5 tập thể, 10 cá nhân.")
	ctx := context.Background()
	tests := []struct {
		q, want string
	}{
		// Both kinds, both givers: the sentence's total.
		{"tổng cộng bao nhiêu tập thể và cá nhân được khen", "4 + 7 + 5 + 10 = 26 tập thể, cá nhân."},
		// A giver the question names picks its clause out.
		{"chủ tịch ubnd huyện khen tổng cộng bao nhiêu tập thể cá nhân", "4 + 7 = 11 tập thể, cá nhân."},
		// One kind: as before.
		{"tổng cộng bao nhiêu cá nhân được khen", "7 + 10 = 17 cá nhân."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}

func TestAsksTotal(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"tổng cộng bao nhiêu tập thể được khen", true},
		{"tong so nguoi chet la bao nhieu", true},
		{"có tất cả bao nhiêu đội", true},
		{"Cộng cả quầy thủ tục và quầy check in thì có bao nhiêu quầy?", true},
		// "cong" typed without marks is as often "công": no cue alone;
		// "cộng" typed with them is one.
		{"cong an tinh khen thuong cho may tap the", false},
		{"Vốn khu du lịch Vân Đồn cộng công viên Globe Hạ Long là bao nhiêu tỷ", true},
		{"Công an tỉnh khen thưởng cho mấy tập thể", false},
		{"von khu du lich cong cong vien la bao nhieu", false},
		// A body, a title or an act that opens with "tổng" asks no total.
		{"Tổng Liên đoàn Lao động tặng bằng khen cho bao nhiêu tập thể", false},
		{"Tổng cục Thống kê công bố bao nhiêu chỉ số", false},
		{"hội nghị tổng kết có bao nhiêu đại biểu", false},
		{"tong bi thu tham bao nhieu ho dan", false},
		// A total asked beside such a name still asks a total.
		{"Tổng cục Hải quan thu tổng cộng bao nhiêu tiền", true},
	}
	for _, tt := range tests {
		if got := asksTotal(parseQuestion(tt.q).words); got != tt.want {
			t.Errorf("%q: asksTotal %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestSumOfCountsWrittenTwice checks that a count stands in the clause
// where its sentence writes it: a count written in two clauses ("5 tập
// thể; … 5 tập thể"), a count inside a longer number ("5 cá nhân" in "15
// cá nhân") and a count after a qualifier ("4 tập thể" in "hơn 4 tập
// thể") are each found at their own place, not at the first place the
// sentence writes their text.
func TestSumOfCountsWrittenTwice(t *testing.T) {
	const lead = "date 2025-05 Thời sự Tổng kết phong trào thi đua (ABC) - Sáng 12/5, huyện Y tổng kết phong trào thi đua.\n\n"
	const chair, police = "chủ tịch ubnd huyện khen tổng cộng bao nhiêu tập thể cá nhân", "trưởng công an huyện khen tổng cộng bao nhiêu tập thể cá nhân"
	tests := []sumCase{
		{"the same count in two clauses, the second giver", "Dịp này, Chủ tịch UBND huyện tặng giấy khen 5 tập thể, 7 cá nhân; Trưởng Công an huyện tặng giấy khen 5 tập thể, 10 cá nhân.",
			police, "5 + 10 = 15 tập thể, cá nhân."},
		{"the same count in two clauses, the first giver", "Dịp này, Chủ tịch UBND huyện tặng giấy khen 5 tập thể, 7 cá nhân; Trưởng Công an huyện tặng giấy khen 5 tập thể, 10 cá nhân.",
			chair, "5 + 7 = 12 tập thể, cá nhân."},
		{"the same count in two clauses, the sentence's total", "Dịp này, Chủ tịch UBND huyện tặng giấy khen 5 tập thể, 7 cá nhân; Trưởng Công an huyện tặng giấy khen 5 tập thể, 10 cá nhân.",
			"tổng cộng bao nhiêu tập thể và cá nhân được khen", "5 + 7 + 5 + 10 = 27 tập thể, cá nhân."},
		{"a count inside a longer number", "Dịp này, Chủ tịch UBND huyện tặng giấy khen 4 tập thể, 15 cá nhân; Trưởng Công an huyện tặng giấy khen 6 tập thể, 5 cá nhân.",
			police, "6 + 5 = 11 tập thể, cá nhân."},
		{"a count after a qualifier", "Dịp này, Chủ tịch UBND huyện tặng giấy khen hơn 4 tập thể, 7 cá nhân; Trưởng Công an huyện tặng giấy khen 4 tập thể, 10 cá nhân.",
			police, "4 + 10 = 14 tập thể, cá nhân."},
		{"a part written like an earlier count", "Dịp này, Chủ tịch UBND huyện tặng giấy khen 20 cá nhân; Trưởng Công an huyện tặng giấy khen 30 cá nhân, trong đó 20 cá nhân là đoàn viên.",
			"tổng cộng bao nhiêu cá nhân được khen", "20 + 30 = 50 cá nhân."},
	}
	testSums(t, lead, tests)
}

// TestUnitIsKind checks that a unit is the noun asked, a longer noun
// trailing, but never a count of another kind of it.
func TestUnitIsKind(t *testing.T) {
	tests := []struct {
		unit, noun string
		want       bool
	}{
		{"giải A", "giải A", true},
		{"giải A (tác phẩm", "giải A", true},
		{"giải", "giải A", false},
		// Another letter or rank: another kind.
		{"giải B", "giải A", false},
		{"giải khuyến khích", "giải A", false},
		{"giải Nhì", "giải nhất", false},
		// The noun alone asked: every kind counts.
		{"giải B", "giải", true},
		// A longer noun that trails otherwise: as before.
		{"cá nhân xuất sắc", "cá nhân được khen", true},
		{"tập thể", "cá nhân", false},
	}
	for _, tt := range tests {
		var noun []word
		for _, w := range strings.Fields(tt.noun) {
			noun = append(noun, word{text: w, fold: analysis.Fold(strings.ToLower(w))})
		}
		if got := unitIs(tt.unit, noun); got != tt.want {
			t.Errorf("unitIs(%q, %q) = %v, want %v", tt.unit, tt.noun, got, tt.want)
		}
	}
}

// TestSumStatedWhole checks that a sum which would add a stated whole to
// one of its parts answers with the whole its question's words pick out,
// and that counts of one list which add up by chance are no whole.
func TestSumStatedWhole(t *testing.T) {
	e := articleEngine(t, "date 2024-04 Kinh tế Thu hút FDI quý I - Quý I/2024, tỉnh cấp mới và điều chỉnh vốn 13 dự án đầu tư nước ngoài. "+
		"Trong đó, 8 dự án cấp mới với tổng vốn 1,4 tỷ USD. 5 dự án điều chỉnh tăng vốn. "+
		"Đến nay, toàn tỉnh có 465 dự án đầu tư nước ngoài (trong KCN 292 dự án; ngoài KCN 173 dự án).\n\n"+
		"Hội thi trao 1 giải A, 3 giải B, 4 giải C cho các đội; tổng cộng 5 đội tham gia.")
	ctx := context.Background()
	tests := []struct {
		q, want string
	}{
		// The whole of the period asked, not 13 + 5 + 465.
		{"quý I tổng cộng bao nhiêu dự án được cấp mới và điều chỉnh vốn", "13 dự án đầu tư nước."},
		// The whole of the places asked.
		{"tong so du an trong va ngoai KCN den nay la bao nhieu", "465 dự án đầu tư nước."},
		// 1 + 3 = 4 by chance in one list: a sum, no whole.
		{"tổng cộng bao nhiêu giải được trao", "1 + 3 + 4 = 8 giải A."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}

// TestSumWholeAlone checks that a total asked that no sentence or passage
// gives in parts is the whole the lead states, broken down in later
// paragraphs.
func TestSumWholeAlone(t *testing.T) {
	e := articleEngine(t, "date 2024-12 Pháp luật Bắt 2 đối tượng vận chuyển ma túy - Ngày 30/12, công an huyện bắt giữ 2 đối tượng vận chuyển 18.600 viên ma túy.\n\n"+
		"Đối tượng H. bị bắt cùng tang vật 18.000 viên ma túy.\n\n"+
		"Tại hiện trường, lực lượng chức năng thu giữ 600 viên ma túy.")
	c, ok := candidateOf(e.Candidates(context.Background(), "Thu giữ tổng cộng bao nhiêu viên ma túy?"), "sum")
	if want := "18.600 viên ma túy."; !ok || c.Answer != want {
		t.Errorf("sum %q, %v; want %q", c.Answer, ok, want)
	}
}

// TestSumOfUnitCutShort adds a count whose unit the article cuts short
// of what is asked ("4 căn nhà của người dân bị tốc mái" reads "căn nhà")
// when its part of the sentence writes the rest.
func TestSumOfUnitCutShort(t *testing.T) {
	e := articleEngine(t, "date 2024-08 Thời sự Mưa lớn gây thiệt hại - Mưa lớn làm nhiều nhà tốc mái.\n\n"+
		"Tại xã Tánh Linh có 34 căn nhà bị tốc mái; xã Đạ Tẻh 2 có 4 căn nhà của người dân bị tốc mái; xã Đức Trọng có 1 căn nhà bị tốc mái, hư hỏng.")
	c, ok := candidateOf(e.Candidates(context.Background(), "tổng cộng bao nhiêu căn nhà bị tốc mái"), "sum")
	if want := "34 + 4 + 1 = 39 căn nhà bị tốc mái."; !ok || c.Answer != want {
		t.Errorf("sum %q, %v; want %q", c.Answer, ok, want)
	}
}

// TestSumOfNamedParts checks that a total of items a question names adds
// exactly those items' figures of a breakdown written as a list, whatever
// order it names them in, and that a total naming no item is left to the
// other groups.
func TestSumOfNamedParts(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Khách du lịch dịp lễ (ABC) - Sáng 3/9, Sở Du lịch cho biết số khách dịp lễ.\n\n"+
		"Khách du lịch đến TP Hạ Long 59.000 lượt khách; TP Móng Cái 18.000 lượt khách; huyện Vân Đồn 21.000 lượt khách, Cô Tô 2.500 lượt khách.")
	ctx := context.Background()
	tests := []struct {
		q, want string
	}{
		{"Vân Đồn với Móng Cái tổng cộng bao nhiêu khách", "18.000 + 21.000 = 39.000 lượt khách."},
		{"tong cong ha long va co to bao nhieu luot khach", "59.000 + 2.500 = 61.500 lượt khách."},
		// No item named: the sentence's whole list.
		{"tổng cộng bao nhiêu lượt khách", "59.000 + 18.000 + 21.000 + 2.500 = 100.500 lượt khách."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}

// TestUnitHoldsAny checks a unit holds a noun counted at its start or
// after a measure word.
func TestUnitHoldsAny(t *testing.T) {
	tests := []struct {
		unit, noun string
		want       bool
	}{
		{"lượt khách", "khách", true},
		{"khách", "khách", true},
		{"lượt khách quốc tế", "khách", true},
		{"nhà bị sập", "khách", false},
		{"giải B", "giải A", false},
	}
	for _, tt := range tests {
		noun := sharedWords(tt.noun)
		if got := unitHoldsAny(tt.unit, [][]word{noun}); got != tt.want {
			t.Errorf("unitHoldsAny(%q, %q) = %v, want %v", tt.unit, tt.noun, got, tt.want)
		}
	}
}

// A sumCase is a question about an article of one lead and the sentence
// text, and the sum candidate it must get ("" for none).
type sumCase struct{ name, text, q, want string }

// testSums checks that each case's question gets its sum candidate from
// lead+text.
func testSums(t *testing.T, lead string, tests []sumCase) {
	t.Helper()
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, lead+tt.text)
			c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
			if tt.want == "" && ok {
				t.Errorf("%q: sum %q, want none", tt.q, c.Answer)
			}
			if tt.want != "" && (!ok || c.Answer != tt.want) {
				t.Errorf("%q: sum %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
			}
		})
	}
}

// TestUnitWordsLong checks that a code in capitals opening a unit is read
// in its long form, and a word in lower case is not.
func TestUnitWordsLong(t *testing.T) {
	cases := []struct{ unit, want string }{
		{"HCV", "huy chuong vang"},
		{"HCĐ", "huy chuong dong"},
		{"ca", "ca"},
		{"đối tượng", "doi tuong"},
		{"XYZ tấn", "xyz tan"},
	}
	for _, c := range cases {
		if got := strings.Join(unitWordsLong(c.unit), " "); got != c.want {
			t.Errorf("unitWordsLong(%q) = %q, want %q", c.unit, got, c.want)
		}
	}
}

// TestUnitKindOther checks when a unit counts another kind of the noun a
// question asks.
func TestUnitKindOther(t *testing.T) {
	cases := []struct {
		unit, q string
		want    bool
	}{
		{"HCV", "viet nam gianh bao nhieu huy chuong bac", true},
		{"HCB", "viet nam gianh bao nhieu huy chuong bac", false},
		{"HCV", "viet nam gianh bao nhieu huy chuong", false},
		{"giải A", "có bao nhiêu giải B", true},
		{"giải khuyến khích", "có bao nhiêu giải B", false},
		{"đối tượng", "bắt bao nhiêu đối tượng", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := unitKindOther(c.unit, q.focus); got != c.want {
			t.Errorf("unitKindOther(%q, %q) = %v, want %v", c.unit, textOf(q.focus), got, c.want)
		}
	}
}

// TestSumOfKinds checks that a total of a noun adds the counts of its
// kinds written as codes ("29 HCV, 28 HCB, 40 HCĐ"), and leaves out by
// how much a count changed ("tăng 1 HCV").
func TestSumOfKinds(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Thể thao Giải trẻ (ABC) - Việt Nam đã giành 29 HCV.\n\n"+
		"Tính tới ngày 20-8, Việt Nam giành 29 HCV, 28 HCB, 40 HCĐ; tăng 1 HCV, 2 HCB so với năm 2024.")
	ctx := context.Background()
	tests := []struct{ q, want string }{
		{"tong cong viet nam duoc bao nhieu huy chuong", "29 + 28 + 40 = 97 HCV."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q (found %v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}
