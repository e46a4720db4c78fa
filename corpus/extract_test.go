package corpus

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// extracted caches the articles and facts articleFacts reads.
var extracted struct {
	sync.Mutex
	articles map[string]*Article
	facts    map[string][]Fact
}

// articleFacts returns the facts of the seed article ("seed") or of the
// second Vietnamese article ("vi"), and the article, parsed and extracted
// once per test binary. Callers must not modify them.
func articleFacts(t *testing.T, which string) (*Article, []Fact) {
	t.Helper()
	extracted.Lock()
	defer extracted.Unlock()
	if a, ok := extracted.articles[which]; ok {
		return a, extracted.facts[which]
	}
	var (
		as  []*Article
		err error
	)
	switch which {
	case "seed":
		as, err = Default()
	case "vi":
		as, err = Load("../testdata/articles/vi")
	default:
		t.Fatalf("unknown article %q", which)
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("%s: %d articles, want 1", which, len(as))
	}
	if extracted.articles == nil {
		extracted.articles = map[string]*Article{}
		extracted.facts = map[string][]Fact{}
	}
	extracted.articles[which] = as[0]
	extracted.facts[which] = Extract(as[0])
	return as[0], extracted.facts[which]
}

// ofType returns the facts of type typ.
func ofType(facts []Fact, typ FactType) []Fact {
	var out []Fact
	for _, f := range facts {
		if f.Type == typ {
			out = append(out, f)
		}
	}
	return out
}

// containsPart reports whether one of list contains part.
func containsPart(list []string, part string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return strings.Contains(s, part) })
}

// skipBug skips a case the extractor is known to get wrong, naming the bug;
// remove the bug text from the table once it is fixed.
func skipBug(t *testing.T, bug string, format string, args ...any) {
	t.Helper()
	if bug == "" {
		t.Errorf(format, args...)
		return
	}
	t.Skipf("known bug: "+bug+"; "+format, args...)
}

func TestExtractEvent(t *testing.T) {
	tests := []struct {
		article    string
		what       string
		when       string
		where      string
		locality   string
		organisers []string // each found in Organisers or Partners
		period     string
	}{
		{
			article:    "seed",
			what:       "hội nghị biểu dương điển hình tiên tiến",
			when:       "19/9/2024",
			where:      "",
			locality:   "tỉnh Quảng Nam",
			organisers: []string{"Công an tỉnh Quảng Nam", "Hội Cựu chiến binh", "Hội Nông dân", "Hội LHPN tỉnh"},
			period:     "giai đoạn 2019 - 2024",
		},
		{
			article:    "vi",
			what:       "Hội thao các dân tộc thiểu số (DTTS) tỉnh Kon Tum lần thứ VI",
			when:       "12/11/2024",
			where:      "Nhà Văn hóa tỉnh",
			organisers: []string{"Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			events := ofType(facts, FactEvent)
			if len(events) != 1 {
				t.Fatalf("%d events, want 1: %+v", len(events), events)
			}
			f := events[0]
			if !strings.Contains(f.What, tt.what) {
				t.Errorf("What = %q, want it to contain %q", f.What, tt.what)
			}
			if f.When != tt.when {
				t.Errorf("When = %q, want %q", f.When, tt.when)
			}
			if tt.where == "" && f.Where != "" || !strings.Contains(f.Where, tt.where) {
				t.Errorf("Where = %q, want %q", f.Where, tt.where)
			}
			if tt.locality != "" && f.Locality != tt.locality {
				t.Errorf("Locality = %q, want %q", f.Locality, tt.locality)
			}
			if tt.period != "" && f.Period != tt.period {
				t.Errorf("Period = %q, want %q", f.Period, tt.period)
			}
			if len(f.Organisers) == 0 {
				t.Error("no organisers")
			}
			all := append(slices.Clone(f.Organisers), f.Partners...)
			for _, o := range tt.organisers {
				if !slices.Contains(all, o) {
					t.Errorf("organisers %q, partners %q: want %q", f.Organisers, f.Partners, o)
				}
			}
			if tt.article == "seed" && !slices.Contains(f.Organisers, "Công an tỉnh Quảng Nam") {
				t.Errorf("Organisers = %q, want Công an tỉnh Quảng Nam first among them", f.Organisers)
			}
		})
	}
}

func TestExtractPeople(t *testing.T) {
	tests := []struct {
		article string
		name    string
		rank    string
		titles  []string // each contained in one of the titles
		caption bool     // named only in a caption
	}{
		{article: "seed", name: "Lê Văn Dũng", titles: []string{"Chủ tịch UBND tỉnh Quảng Nam", "Trưởng ban Chỉ đạo 138 tỉnh"}},
		{article: "seed", name: "Nguyễn Thế Chi", rank: "Đại tá", titles: []string{"Phó Cục trưởng Cục Xây dựng phong trào toàn dân bảo vệ ANTQ"}},
		{article: "seed", name: "Nguyễn Hữu Hợp", rank: "Đại tá", titles: []string{"Giám đốc Công an tỉnh"}, caption: true},
		{article: "vi", name: "Y Hlinh", titles: []string{"Phó Chủ tịch UBND tỉnh"}},
		{article: "vi", name: "A Thuyết", titles: []string{"Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"}},
		{article: "vi", name: "Đinh Văn Tâm", rank: "Thượng tá", titles: []string{"Phó Giám đốc Công an tỉnh"}},
		{article: "vi", name: "Trần Quốc Bảo", titles: []string{"Giám đốc Sở VHTTDL", "Trưởng ban Tổ chức hội thao"}},
		{article: "vi", name: "Nguyễn Thị Hà Vy", titles: []string{"Bí thư Tỉnh đoàn"}},
		{article: "vi", name: "Lê Minh Khoa", rank: "Trung tá"},
		{article: "vi", name: "A Vương"},
		{article: "vi", name: "Y Xuân", caption: true},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.name, func(t *testing.T) {
			a, facts := articleFacts(t, tt.article)
			people := ofType(facts, FactPerson)
			i := slices.IndexFunc(people, func(f Fact) bool { return f.Name == tt.name })
			if i < 0 {
				t.Fatalf("no person %q", tt.name)
			}
			f := people[i]
			if f.Rank != tt.rank {
				t.Errorf("Rank = %q, want %q", f.Rank, tt.rank)
			}
			for _, title := range tt.titles {
				if !containsPart(f.Titles, title) {
					t.Errorf("Titles = %q, want %q", f.Titles, title)
				}
			}
			if tt.caption {
				if p, ok := passageByID(a, f.Passage); !ok || p.Kind != KindCaption {
					t.Errorf("read from %q, want a caption", f.Passage)
				}
			}
		})
	}
}

func passageByID(a *Article, id string) (Passage, bool) {
	for _, p := range a.Passages {
		if p.ID == id {
			return p, true
		}
	}
	return Passage{}, false
}

// TestExtractPeopleExactly checks that the people found are the people
// named, each once, without honorifics and without organisations taken for
// names.
func TestExtractPeopleExactly(t *testing.T) {
	tests := []struct {
		article string
		names   []string
		bug     string
	}{
		{"seed", []string{"Lê Văn Dũng", "Nguyễn Hữu Hợp", "Nguyễn Thế Chi"}, ""},
		{"vi", []string{"A Thuyết", "A Vương", "Lê Minh Khoa", "Nguyễn Thị Hà Vy", "Trần Quốc Bảo", "Y Hlinh", "Y Xuân", "Đinh Văn Tâm"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			var names []string
			for _, f := range ofType(facts, FactPerson) {
				names = append(names, f.Name)
			}
			slices.Sort(names)
			if !slices.Equal(names, tt.names) {
				skipBug(t, tt.bug, "people = %q, want %q", names, tt.names)
			}
		})
	}
}

func TestExtractQuantities(t *testing.T) {
	tests := []struct {
		article   string
		number    string
		value     float64
		qualifier string
		unit      string // the unit starts with it
		bug       string
	}{
		{article: "seed", number: "55", value: 55, unit: "mô hình"},
		{article: "seed", number: "2.430", value: 2430, qualifier: "hơn", unit: "thông tin có giá trị"},
		{article: "seed", number: "910", value: 910, unit: "điểm"},
		{article: "seed", number: "215", value: 215, unit: "điểm mô hình"},
		{article: "seed", number: "33", value: 33, unit: "tập thể"},
		{article: "vi", number: "1.200", value: 1200, qualifier: "hơn", unit: "vận động viên"},
		{article: "vi", number: "40", value: 40, qualifier: "khoảng", unit: "đội"},
		{article: "vi", number: "7", value: 7, unit: "môn"},
		{article: "vi", number: "36.500", value: 36500, qualifier: "gần", unit: "lượt khán giả"},
		{article: "vi", number: "150", value: 150, qualifier: "hơn", unit: "cán bộ"},
		{article: "vi", number: "300", value: 300, qualifier: "gần", unit: "đoàn viên"},
		{article: "vi", number: "12", value: 12, unit: "đội cồng chiêng"},
		{article: "vi", number: "20", value: 20, unit: "gian hàng"},
		{article: "vi", number: "138", value: 138, qualifier: "tổng cộng", unit: "huy chương"},
		{article: "vi", number: "54", value: 54, unit: "huy chương Đồng"},
		{article: "vi", number: "850", value: 850, qualifier: "khoảng", unit: "vận động viên"},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.number+" "+tt.unit, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			var got []Fact
			for _, f := range ofType(facts, FactQuantity) {
				if f.Number == tt.number && strings.HasPrefix(f.Unit, tt.unit) {
					got = append(got, f)
				}
			}
			if len(got) == 0 {
				skipBug(t, tt.bug, "no quantity %s %s in %v", tt.number, tt.unit, ofType(facts, FactQuantity))
				return
			}
			f := got[0]
			if f.Value != tt.value {
				t.Errorf("Value = %v, want %v", f.Value, tt.value)
			}
			if f.Qualifier != tt.qualifier {
				t.Errorf("Qualifier = %q, want %q", f.Qualifier, tt.qualifier)
			}
			if !strings.Contains(f.Text, tt.number) {
				t.Errorf("Text = %q, want it to contain %q", f.Text, tt.number)
			}
		})
	}
}

// TestExtractCountsWrittenTwice checks that a count a sentence writes
// twice is two facts of that sentence ("5 tập thể; … 5 tập thể"), while a
// count a later sentence writes again is a repeat, read once.
func TestExtractCountsWrittenTwice(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each quantity: its text @ its sentence
	}{
		{"twice in one sentence", "Chủ tịch UBND huyện tặng giấy khen 5 tập thể; Trưởng Công an huyện tặng giấy khen 5 tập thể.",
			[]string{"5 tập thể @0", "5 tập thể @0"}},
		{"once in each of two sentences", "Chủ tịch UBND huyện tặng giấy khen 5 tập thể. Trưởng Công an huyện tặng giấy khen 5 tập thể.",
			[]string{"5 tập thể @0"}},
		{"after an earlier sentence, twice in one", "Năm nay, huyện khen 5 tập thể. Chủ tịch UBND huyện tặng giấy khen 5 tập thể; Trưởng Công an huyện tặng giấy khen 5 tập thể.",
			[]string{"5 tập thể @0"}},
		{"different counts of one sentence", "Chủ tịch UBND huyện tặng giấy khen 5 tập thể; Trưởng Công an huyện tặng giấy khen 6 tập thể.",
			[]string{"5 tập thể @0", "6 tập thể @0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.text)
			var got []string
			for _, f := range ofType(Extract(a), FactQuantity) {
				if f.Passage == "t/p1" {
					got = append(got, fmt.Sprintf("%s @%d", f.Text, f.Sentence))
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quantities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractNotQuantities checks numbers that name rather than count, and
// numbers inside quotation marks, are not quantities.
func TestExtractNotQuantities(t *testing.T) {
	tests := []struct {
		name    string
		article string
		// bad reports whether a quantity is wrong.
		bad func(Fact) bool
		bug string
	}{
		{"Ban Chỉ đạo 138", "seed", func(f Fact) bool { return f.Number == "138" }, ""},
		{"Nghị quyết số 12", "seed", func(f Fact) bool { return f.Number == "12" }, ""},
		{"years", "seed", func(f Fact) bool { return f.Number == "2019" || f.Number == "2024" }, ""},
		{"date 19/9", "seed", func(f Fact) bool { return f.Number == "19" || strings.Contains(f.Text, "/") }, ""},
		{"Chi hội 3 không, 5 không", "seed", func(f Fact) bool { return strings.Contains(f.Unit, "không") }, ""},
		{"quoted slogan", "seed", func(f Fact) bool { return strings.Contains(f.Passage, "/p5") }, ""},
		{"Quyết định số 45", "vi", func(f Fact) bool { return f.Number == "45" }, ""},
		{"dates 8/11, 12/11", "vi", func(f Fact) bool { return strings.Contains(f.Text, "/") }, ""},
		{"years 2024, 2025, 2020", "vi", func(f Fact) bool { return f.Number == "2024" || f.Number == "2025" || f.Number == "2020" }, ""},
		{"Đội 3, Đội 1", "vi", func(f Fact) bool { return strings.HasPrefix(f.Unit, "của huyện") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			for _, f := range ofType(facts, FactQuantity) {
				if tt.bad(f) {
					skipBug(t, tt.bug, "quantity %q (number %q, unit %q)", f.Text, f.Number, f.Unit)
				}
			}
		})
	}
}

func TestExtractIdentifiersAndDocuments(t *testing.T) {
	tests := []struct {
		article string
		typ     FactType
		number  string
		unit    string
		text    string // Text contains it
	}{
		{"seed", FactIdentifier, "138", "Trưởng ban Chỉ đạo", "Chỉ đạo 138"},
		{"seed", FactDocument, "12", "Nghị quyết", "Nghị quyết số 12 của Bộ Chính trị"},
		{"vi", FactDocument, "45", "Quyết định", "Quyết định số 45 của UBND tỉnh"},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.text, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			for _, f := range ofType(facts, tt.typ) {
				if f.Number != tt.number {
					continue
				}
				if f.Unit != tt.unit || !strings.Contains(f.Text, tt.text) {
					t.Errorf("%s %s: unit %q text %q, want %q, %q", tt.typ, tt.number, f.Unit, f.Text, tt.unit, tt.text)
				}
				return
			}
			t.Errorf("no %s %s in %+v", tt.typ, tt.number, ofType(facts, tt.typ))
		})
	}
}

// TestExtractLabels checks that a rank or an order after a label head is
// an identifier, in digits, words or roman numerals, with its value.
func TestExtractLabels(t *testing.T) {
	tests := []struct {
		sentence string
		text     string
		value    float64
	}{
		{"Đại hội đại biểu Đảng bộ Chính phủ lần thứ nhất diễn ra sáng nay.", "Đảng bộ Chính phủ lần thứ nhất", 1},
		{"Cả nước hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", "lần thứ XIV của Đảng", 14},
		{"Hai trường đạt chuẩn quốc gia mức độ I trong năm.", "mức độ I", 1},
		{"Em được tặng Huân chương Lao động hạng Ba.", "Huân chương Lao động hạng Ba", 3},
		{"Đội tuyển nằm trong top 10 quốc gia dẫn đầu.", "top 10", 10},
		{"Tỉnh khánh thành Bệnh viện Ung bướu giai đoạn 2 vào sáng nay.", "Bệnh viện Ung bướu giai đoạn 2", 2},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			ids := ofType(Extract(a), FactIdentifier)
			for _, f := range ids {
				if f.Text == tt.text {
					if f.Value != tt.value {
						t.Errorf("%q: value %v, want %v", f.Text, f.Value, tt.value)
					}
					return
				}
			}
			t.Errorf("no identifier %q in %+v", tt.text, ids)
		})
	}
}

func TestExtractAwards(t *testing.T) {
	tests := []struct {
		article    string
		award      string
		giver      string // Giver contains it
		recipients []Count
		winners    []string // each contained in one of Winners
		bug        string
	}{
		{article: "seed", award: "Bằng khen", giver: "Chủ tịch UBND tỉnh", recipients: []Count{{"3", "tập thể"}, {"6", "cá nhân"}}},
		{article: "seed", award: "Giấy khen", giver: "Giám đốc Công an tỉnh", recipients: []Count{{"9", "tập thể"}, {"15", "cá nhân"}}},
		{article: "vi", award: "Bằng khen", giver: "Chủ tịch UBND tỉnh", recipients: []Count{{"5", "tập thể"}, {"12", "cá nhân"}}},
		{article: "vi", award: "Giấy khen", giver: "Giám đốc Sở VHTTDL", recipients: []Count{{"8", "tập thể"}, {"21", "cá nhân"}}},
		{article: "vi", award: "giải Nhất toàn đoàn", giver: "Ban Tổ chức", winners: []string{"đoàn huyện Đăk Hà"}},
		{article: "vi", award: "giải Nhì", giver: "Ban Tổ chức", winners: []string{"đoàn huyện Sa Thầy"}},
		{article: "vi", award: "giải Ba", giver: "Ban Tổ chức", winners: []string{"đoàn TP. Kon Tum"}},
		{article: "vi", award: "giải Khuyến khích", giver: "Ban Tổ chức", winners: []string{"đoàn huyện Kon Plông", "đoàn huyện Ia H'Drai"}},
		{article: "vi", award: "giải Nhất đồng đội nam", winners: []string{"Đội bắn nỏ của Bộ Chỉ huy Quân sự tỉnh"}},
		{article: "vi", award: "Vận động viên xuất sắc nhất", winners: []string{"A Vương"}},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.award, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			// The award stated in a paragraph, with its recipients or
			// winners (captions restate awards without counts).
			var f *Fact
			for _, a := range ofType(facts, FactAward) {
				if strings.Contains(a.Award, tt.award) && (len(a.Recipients) > 0 || len(a.Winners) > 0) {
					f = &a
					break
				}
			}
			if f == nil {
				t.Fatalf("no award %q with recipients in %+v", tt.award, ofType(facts, FactAward))
			}
			if !strings.Contains(f.Giver, tt.giver) {
				t.Errorf("Giver = %q, want it to contain %q", f.Giver, tt.giver)
			}
			if tt.recipients != nil && !reflect.DeepEqual(f.Recipients, tt.recipients) {
				skipBug(t, tt.bug, "Recipients = %v, want %v", f.Recipients, tt.recipients)
			}
			for _, w := range tt.winners {
				if !containsPart(f.Winners, w) {
					t.Errorf("Winners = %q, want %q", f.Winners, w)
				}
			}
		})
	}
}

func TestExtractNamed(t *testing.T) {
	tests := []struct {
		article string
		text    string
		unit    string // the noun before the quotes, "" not checked
		bug     string
	}{
		{article: "seed", text: "Hai giữ về ANTT", unit: "mô hình nổi bật"},
		{article: "seed", text: "Địa chỉ tin cậy", unit: "mô hình nổi bật"},
		{article: "seed", text: "Chi hội 3 không, 5 không", unit: "mô hình nổi bật"},
		{article: "seed", text: "Tự phòng, tự quản, tự bảo vệ về ANTT", unit: "mô hình"},
		{article: "vi", text: "Đoàn kết, giao lưu, phát triển", unit: "chủ đề"},
		{article: "vi", text: "Đêm cồng chiêng Kon Tum", unit: "chương trình"},
		{article: "vi", text: "Ẩm thực truyền thống các dân tộc", unit: "Hội thi"},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.text, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			i := slices.IndexFunc(facts, func(f Fact) bool { return f.Type == FactNamed && f.Text == tt.text })
			if i < 0 {
				t.Fatalf("no named item %q in %+v", tt.text, ofType(facts, FactNamed))
			}
			if f := facts[i]; f.Unit != tt.unit {
				skipBug(t, tt.bug, "Unit = %q, want %q", f.Unit, tt.unit)
			}
		})
	}
}

func TestExtractAbbreviations(t *testing.T) {
	tests := []struct {
		article string
		short   string
		long    string
		builtin bool
	}{
		{"seed", "ANTQ", "an ninh Tổ quốc", false},
		{"seed", "ANTT", "an ninh trật tự", false},
		{"seed", "UBND", "Ủy ban nhân dân", true},
		{"seed", "LHPN", "Liên hiệp Phụ nữ", true},
		{"vi", "DTTS", "dân tộc thiểu số", false},
		{"vi", "TTATGT", "trật tự an toàn giao thông", false},
		{"vi", "UBND", "Ủy ban nhân dân", true},
		{"vi", "HĐND", "Hội đồng nhân dân", true},
		{"vi", "MTTQ", "Mặt trận Tổ quốc", true},
	}
	for _, tt := range tests {
		t.Run(tt.article+"/"+tt.short, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			var got []Fact
			for _, f := range ofType(facts, FactAbbreviation) {
				if f.Short == tt.short {
					got = append(got, f)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d abbreviations %s, want 1", len(got), tt.short)
			}
			if got[0].Long != tt.long || got[0].Builtin != tt.builtin {
				t.Errorf("%s = %q (builtin %v), want %q (builtin %v)", tt.short, got[0].Long, got[0].Builtin, tt.long, tt.builtin)
			}
		})
	}
	// The seed never writes HĐND: no abbreviation may claim it does.
	_, facts := articleFacts(t, "seed")
	for _, f := range ofType(facts, FactAbbreviation) {
		if f.Short == "HĐND" {
			t.Errorf("seed has abbreviation %+v, but never mentions HĐND", f)
		}
	}
}

// TestExtractAbbreviationsBuiltinInParentheses checks that a code with a
// usual meaning, written in parentheses after a body's name, keeps that
// meaning: it is a place or body of its own, not the name's code.
func TestExtractAbbreviationsBuiltinInParentheses(t *testing.T) {
	tests := []struct {
		sentence string
		short    string
		long     string
		builtin  bool
	}{
		{"Ngày 16-9, Công an huyện Bình Chánh (TPHCM) đã khởi tố vụ án.", "TPHCM", "Thành phố Hồ Chí Minh", true},
		{"Trung tâm Kiểm soát bệnh tật (CDC) cho biết có 5 ca bệnh.", "CDC", "Trung tâm Kiểm soát bệnh tật", false},
		{"Phòng Cảnh sát điều tra tội phạm về ma túy (CSĐT) đã vào cuộc.", "CSĐT", "cảnh sát điều tra", true},
	}
	for _, tt := range tests {
		t.Run(tt.short, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			var got []Fact
			for _, f := range ofType(Extract(a), FactAbbreviation) {
				if f.Short == tt.short {
					got = append(got, f)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d abbreviations %s, want 1: %+v", len(got), tt.short, got)
			}
			if got[0].Long != tt.long || got[0].Builtin != tt.builtin {
				t.Errorf("%s = %q (builtin %v), want %q (builtin %v)", tt.short, got[0].Long, got[0].Builtin, tt.long, tt.builtin)
			}
		})
	}
}

func TestExtractCredits(t *testing.T) {
	tests := []struct {
		article string
		credits []string
	}{
		{"seed", []string{"M.L"}},
		{"vi", []string{"Hoàng Yến", "Minh Thư"}},
	}
	for _, tt := range tests {
		t.Run(tt.article, func(t *testing.T) {
			_, facts := articleFacts(t, tt.article)
			var got []string
			for _, f := range ofType(facts, FactCredit) {
				got = append(got, f.Text)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.credits) {
				t.Errorf("credits = %q, want %q, each once", got, tt.credits)
			}
		})
	}
}

// TestExtractInvariants checks what holds for every fact: it names a real
// sentence, has text, is typed, and for facts read verbatim, its text is in
// the sentence.
func TestExtractInvariants(t *testing.T) {
	verbatim := map[FactType]bool{FactQuantity: true, FactIdentifier: true, FactNamed: true, FactDocument: true, FactAward: true, FactEvent: true}
	for _, which := range []string{"seed", "vi"} {
		t.Run(which, func(t *testing.T) {
			a, facts := articleFacts(t, which)
			if len(facts) == 0 {
				t.Fatal("no facts")
			}
			for _, f := range facts {
				p, ok := passageByID(a, f.Passage)
				if !ok || f.Sentence < 0 || f.Sentence >= len(p.Sentences) {
					t.Errorf("%s %q: no sentence %s#%d", f.Type, f.Text, f.Passage, f.Sentence)
					continue
				}
				if f.Text == "" {
					t.Errorf("%s fact without text: %+v", f.Type, f)
				}
				if verbatim[f.Type] && !strings.Contains(p.Sentence(f.Sentence), f.Text) {
					t.Errorf("%s %q not in its sentence %q", f.Type, f.Text, p.Sentence(f.Sentence))
				}
				if (f.Type == FactQuantity || f.Type == FactIdentifier || f.Type == FactDocument) && (f.Number == "" || f.Value == 0) {
					t.Errorf("%s %q without number or value", f.Type, f.Text)
				}
			}
			if again := Extract(a); !reflect.DeepEqual(again, facts) {
				t.Error("Extract is not deterministic")
			}
		})
	}
}

func TestExtractSmallArticles(t *testing.T) {
	tests := []struct {
		name string
		raw  string
	}{
		{"header only", "date 2024-09 Thời sự Họp báo (QNO) - Sáng 19/9, họp báo.\n"},
		{"no source", "date 2024-09 Thời sự Họp báo\n\nĐoạn một.\n"},
		{"numbers only", "date 2024-09 Thời sự 1 2 3 (QNO) - 4 5 6.\n\n7 8 9 “10” (11).\n"},
		{"unclosed quote", "date 2024-09 Thời sự Tin (QNO) - Mô hình “Hai giữ.\n\nÔng A - .\n"},
		{"dangling award", "date 2024-09 Thời sự Tin (QNO) - tặng Bằng khen\n\nBằng khen cho\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, f := range Extract(a) {
				if f.Type == "" || f.Passage == "" {
					t.Errorf("untyped or unplaced fact %+v", f)
				}
			}
		})
	}
}

// TestExtractCrawledQuantities checks counts as crawled news writes them:
// numbers in words, amounts in a foreign currency, and the parts of a
// count broken down in parentheses.
func TestExtractCrawledQuantities(t *testing.T) {
	type q struct{ Number, Unit, Of string }
	tests := []struct {
		name     string
		sentence string
		want     []q
	}{
		{"numbers in words", "Vụ sạt lở làm hai người chết và ba người bị thương.", []q{{"hai", "người chết", ""}, {"ba", "người bị thương", ""}}},
		{"một and năm count only nouns counted", "Một số hộ dân và một người dân báo tin; năm nay có năm ngày mưa.", []q{{"một", "người dân báo tin", ""}, {"năm", "ngày mưa", ""}}},
		{"a number word in a name is no count", "Học sinh Trường Tiểu học Võ Thị Sáu trong ngày tựu trường, bà Năm bán hàng cho hai người khách.", []q{{"hai", "người khách", ""}}},
		{"a number before a preposition counts nothing", "Bệnh viện cơ sở 2 và Bệnh viện Phụ sản cùng khánh thành, Đội khu vực 3 cùng 40 cán bộ có mặt.", []q{{"40", "cán bộ có mặt", ""}}},
		{"a number in a compound noun", "Xe tải đến ngã ba giao với đường tỉnh, mùng 4 Tết có hai người bị thương; anh Nam bị ngã 2 lần.", []q{{"hai", "người bị thương", ""}, {"2", "lần", ""}}},
		{"an ordinal is no count", "Đây là lần thứ hai đoàn đến thăm.", nil},
		{"a currency is part of the unit", "Xuất khẩu đạt 19,95 tỷ USD trong 6 tháng.", []q{{"19,95", "tỷ USD", ""}, {"6", "tháng", ""}}},
		{"a breakdown in parentheses", "Có 288 ngôi nhà bị ngập (Đắk Nông 161, Đắk Lắk 57).", []q{{"288", "ngôi nhà bị ngập", ""}, {"161", "ngôi nhà bị ngập", "Đắk Nông"}, {"57", "ngôi nhà bị ngập", "Đắk Lắk"}}},
		{"a breakdown after more of what is counted", "Có 99 ngôi nhà bị ảnh hưởng, hư hỏng (Điện Biên 82, Cà Mau 5 và Trà Vinh 3).", []q{{"99", "ngôi nhà bị ảnh hưởng", ""}, {"82", "ngôi nhà bị ảnh hưởng, hư hỏng", "Điện Biên"}, {"5", "ngôi nhà bị ảnh hưởng, hư hỏng", "Cà Mau"}, {"3", "ngôi nhà bị ảnh hưởng, hư hỏng", "Trà Vinh"}}},
		{"parts that go on past their number", "Mưa lũ làm 12 người chết (Sơn La 1 người do sạt lở đất; Ninh Bình 9 người do dông, lốc; Nghệ An 2 người bị đuối nước).", []q{{"12", "người chết", ""}, {"1", "người chết", "Sơn La"}, {"9", "người chết", "Ninh Bình"}, {"2", "người chết", "Nghệ An"}, {"1", "người", ""}, {"9", "người", ""}, {"2", "người bị đuối nước", ""}}},
		{"the parts break down the nearest count", "Có 32 hộ dân tại 3 xã (Lai Châu 4, Sơn La 28).", []q{{"32", "hộ dân", ""}, {"3", "xã", ""}, {"4", "xã", "Lai Châu"}, {"28", "xã", "Sơn La"}}},
		{"a period's number is no count", "GRDP quý 3 ước tính tăng 6,06%, tháng 7 có 12 dự án, tuần 2 đạt 5 tấn, phường 10 có 4 hộ, lớp 9 có 30 em, vòng 2 có 8 đội.", []q{{"6,06", "%", ""}, {"12", "dự án", ""}, {"5", "tấn", ""}, {"4", "hộ", ""}, {"30", "em", ""}, {"8", "đội", ""}}},
		{"a rank in words is no count", "Hai học sinh được tặng Huân chương Lao động hạng Ba cho 2 học sinh.", []q{{"Hai", "học sinh", ""}, {"2", "học sinh", ""}}},
		{"a quoted name counts nothing", "Đơn vị duy trì mô hình “3 ca, 4 kíp” với 20 cán bộ.", []q{{"20", "cán bộ", ""}}},
		{"a size written as a product", "Kè bị sạt khoảng 20 x 15m, tường dài 3 × 4 m.", []q{{"15", "m", ""}, {"4", "m", ""}}},
		{"a quoted saying reports its figures", "\"Giá lúa ở xã chỉ còn 6.500 đồng/kg, nhiều hộ đã bán hết lúa trong kho từ tuần trước\", ông Ba cho biết.", []q{{"6.500", "đồng", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			var got []q
			for _, f := range ofType(Extract(a), FactQuantity) {
				if f.Passage == "t/p1" {
					got = append(got, q{f.Number, f.Unit, f.Of})
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quantities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractNameLength checks that a name of five syllables is read whole
// when a marker or a title says it is a person's, and that a long run of
// capitals is no name without one.
func TestExtractNameLength(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string
	}{
		{"five syllables", "date 2025-08 Thời sự Tin (PLO) - Bà Huỳnh Ngọc Nữ Phương Hồng, Bí thư Quận ủy quận 5, được chỉ định giữ chức Bí thư.\n", []string{"Huỳnh Ngọc Nữ Phương Hồng"}},
		{"four syllables", "date 2025-08 Thời sự Tin (PLO) - Bà Đặng Ngọc Quế Hương giữ chức vụ Phó Bí thư Thường trực.\n", []string{"Đặng Ngọc Quế Hương"}},
		{"a body", "date 2025-08 Thời sự Tin (PLO) - Giải A gồm Liên Chi hội Nhà báo Thông Tấn Xã Việt Nam; Khối Báo chí Quân đội.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var names []string
			for _, f := range ofType(Extract(a), FactPerson) {
				names = append(names, f.Name)
			}
			if !slices.Equal(names, tt.want) {
				t.Errorf("people = %q, want %q", names, tt.want)
			}
		})
	}
}

// afterLead parses body as the paragraphs after a short lead, as a crawled
// file writes them: its first paragraph is passage t/p1. The test fails
// when the file does not parse.
func afterLead(t *testing.T, body string) *Article {
	t.Helper()
	a, err := Parse("t", []byte("date 2025-08 Thời sự Tin (TNO) - Sáng 6/8, có tin.\n\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestExtractRepeatedCount checks that a count an earlier sentence wrote
// is a repeat when written alone, and a figure of its own in a series of
// counts, and that a verb between a name and a number makes a count.
func TestExtractRepeatedCount(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string // the quantities' passages and texts
	}{
		{"in a series", "date 2025-08 Thời sự Tin (TNO) - Việt Nam đã giành 29 HCV.\n\nTính tới ngày 20-8, Việt Nam giành 29 HCV, 28 HCB, 40 HCĐ.\n",
			[]string{"t/lead1 29 HCV", "t/p1 29 HCV", "t/p1 28 HCB", "t/p1 40 HCĐ"}},
		{"alone", "date 2025-08 Thời sự Tin (TNO) - Việt Nam đã giành 29 HCV.\n\nTính tới ngày 20-8, Việt Nam giành 29 HCV trong các nội dung.\n",
			[]string{"t/lead1 29 HCV"}},
		{"a name's number", "date 2025-08 Thời sự Tin (TNO) - Có tin.\n\nBan Chỉ đạo 138 họp với 12 xã.\n",
			[]string{"t/p1 12 xã"}},
		{"after a verb", "date 2025-08 Thời sự Tin (TNO) - Có tin.\n\nCông an TP Hà Nội bắt 5 đối tượng.\n",
			[]string{"t/p1 5 đối tượng"}},
		{"after a label of its own", "date 2025-09 Thời sự Tin (TNO) - Có tin.\n\nHải Dương: 1 người chết do bão.\n\nHà Nội: 1 người chết do bão.\n",
			[]string{"t/p1 1 người chết", "t/p2 1 người chết"}},
		{"after a verb of causing", "date 2026-03 Thời sự Tin (TNO) - Có tin.\n\nVụ tai nạn trên đường Hồ Chí Minh khiến 1 người tử vong.\n",
			[]string{"t/p1 1 người tử vong"}},
		// A figure in thousands, or an approximate one, after a name
		// counts: no name is numbered so.
		{"thousands after a name", "date 2024-02 Thời sự Tin (TNO) - Có tin.\n\nKhu di tích Yên Tử đón 900 lượt khách, Công viên Sun World khoảng 12.000 lượt khách.\n",
			[]string{"t/p1 900 lượt khách", "t/p1 khoảng 12.000 lượt khách"}},
		{"thousands alone after a name", "date 2024-02 Thời sự Tin (TNO) - Có tin.\n\nKhu di tích danh thắng Yên Tử 1.435 lượt khách trong ngày.\n",
			[]string{"t/p1 1.435 lượt khách"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t", []byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range ofType(Extract(a), FactQuantity) {
				got = append(got, f.Passage+" "+f.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quantities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractCompoundDuration checks that a count of a unit of time
// followed by a count of a shorter one reads as one length of time, and
// the other way round, or after another unit, as two.
func TestExtractCompoundDuration(t *testing.T) {
	tests := []struct {
		sentence, want string // the text of the sentence's first quantity
	}{
		{"Bị cáo bị tuyên phạt 4 năm 6 tháng tù.", "4 năm 6 tháng"},
		{"Đám cháy được khống chế sau 2 giờ 15 phút.", "2 giờ 15 phút"},
		{"Chị về đích với thành tích 1 giờ 33 phút 49 giây.", "1 giờ 33 phút 49 giây"},
		{"Anh về đích sau 1 giờ 33 phút, 49 giây sau người thứ nhất.", "1 giờ 33 phút"},
		{"Dự án kéo dài 6 tháng, 2 năm liền.", "6 tháng"},
		{"Đoàn đi 3 ngày 5 năm trước.", "3 ngày"},
		{"Có 4 người 6 tháng tuổi.", "4 người"},
	}
	for _, tt := range tests {
		a := afterLead(t, tt.sentence)
		got := ""
		for _, f := range ofType(Extract(a), FactQuantity) {
			if f.Passage == "t/p1" && got == "" {
				got = f.Text
			}
		}
		if got != tt.want {
			t.Errorf("%q: first quantity %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestExtractProvinceNoPerson checks that a province's name after a title
// is the title's place, not a person, though it opens with a family name;
// nor are a country's name and a title's capitalised start.
func TestExtractProvinceNoPerson(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string
	}{
		{"after the party secretary's title", "Đồng chí Nguyễn Duy Lâm, Bí thư Tỉnh ủy Hà Tĩnh dự lễ; Bí thư Tỉnh ủy Lâm Đồng phát biểu.", []string{"Nguyễn Duy Lâm"}},
		{"after a director's title", "Giám đốc Công an Thái Nguyên trao thưởng.", nil},
		{"a person after the province", "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải trao thưởng.", []string{"Võ Trọng Hải"}},
		{"a country after a word of a person", "Các VĐV Việt Nam giành 3 HCV.", nil},
		{"a title capitalised in part", "Trong thư, đồng chí Phó Thủ tướng thường trực ghi nhận thành tích; ông Phó Đức Phương dự lễ.", []string{"Phó Đức Phương"}},
		{"a province before a place after a comma", "Theo Ban Chỉ huy Phòng thủ dân sự Ninh Bình, tại tổ 3, xã Hải Thịnh có lốc.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			var got []string
			for _, f := range ofType(Extract(a), FactPerson) {
				got = append(got, f.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("people %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractBreakdownNoCode checks that the number of a part of a count's
// breakdown is no code of the place before it ("Đắk Nông 161" counts
// houses), while a name's own number stays one ("Ban Chỉ đạo 138").
func TestExtractBreakdownNoCode(t *testing.T) {
	got := factTexts(t, "Có 288 ngôi nhà bị ngập (Điện Biên 17, Đắk Nông 161); Ban Chỉ đạo 138 họp.", FactIdentifier)
	if want := []string{"Ban Chỉ đạo 138"}; !slices.Equal(got, want) {
		t.Errorf("identifiers %q, want %q", got, want)
	}
}

// TestExtractYearNoOrdinal checks that "năm" after a label's head is the
// year when a year or a word of time follows, and the ordinal five
// otherwise.
func TestExtractYearNoOrdinal(t *testing.T) {
	got := factTexts(t, "Doanh thu tăng 12% so với cùng kỳ năm trước, cao hơn kỳ năm 2023; đây là lần thứ năm giải được tổ chức, vào thứ năm tới.", FactIdentifier)
	if want := []string{"lần thứ năm", "thứ năm"}; !slices.Equal(got, want) {
		t.Errorf("identifiers %q, want %q", got, want)
	}
}

// TestExtractTitlesAfterDash checks that a title after a dash may open in
// lower case, and that titles end before the words of acting for another
// ("thừa ủy quyền").
func TestExtractTitlesAfterDash(t *testing.T) {
	for _, dash := range []string{"-", "–"} {
		a := afterLead(t, "Đại tá Lê Hồng Phong "+dash+" tỉnh ủy viên, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh thừa ủy quyền của Bộ trưởng Bộ Công an trao thư khen.")
		people := ofType(Extract(a), FactPerson)
		if len(people) != 1 {
			t.Fatalf("%s: people %v, want one", dash, people)
		}
		want := []string{"tỉnh ủy viên", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh"}
		if got := people[0].Titles; !slices.Equal(got, want) {
			t.Errorf("%s: titles %q, want %q", dash, got, want)
		}
	}
}

// TestExtractTitleEndsAtNextPerson checks that a title ends before "và"
// and the next person, and before a verb of what its holder does.
func TestExtractTitleEndsAtNextPerson(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string
	}{
		{"a name after the joiner", "Bà Bùi Thị Thủy - Phó trưởng Ban Dân vận Tỉnh ủy và Hồ Hồng Nguyên trao quà.", []string{"Phó trưởng Ban Dân vận Tỉnh ủy"}},
		{"a rank after the joiner", "Đại tá Trần Phú Hà - Giám đốc Công an tỉnh và Đại tá Trần Văn Chính dự lễ.", []string{"Giám đốc Công an tỉnh"}},
		{"a body's name goes on", "Ông Lê Văn Hải - Giám đốc Sở Giáo dục và Đào tạo dự lễ.", []string{"Giám đốc Sở Giáo dục và Đào tạo"}},
		{"a verb of the holder", "Bà Trương Mỹ Hoa - Chủ tịch Quỹ học bổng Vừ A Dính khen thưởng 10 học sinh.", []string{"Chủ tịch Quỹ học bổng Vừ A Dính"}},
		{"a province after the joiner", "Ông Lê Văn Hải - Chủ tịch Hội đồng hương Thái Bình và Hà Nam dự lễ.", []string{"Chủ tịch Hội đồng hương Thái Bình và Hà Nam"}},
		{"a body after the joiner", "Ông Lê Văn Hải - Bí thư Tỉnh ủy và Đoàn Thanh niên dự lễ.", []string{"Bí thư Tỉnh ủy và Đoàn Thanh niên"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			people := ofType(Extract(a), FactPerson)
			if len(people) == 0 {
				t.Fatal("no person")
			}
			if got := people[0].Titles; !slices.Equal(got, tt.want) {
				t.Errorf("titles %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractSpeechNoName checks that a quotation of what someone said is
// no named item, while a slogan and a programme stay ones.
func TestExtractSpeechNoName(t *testing.T) {
	got := factTexts(t, "Ông Lợi nói: “Tôi chưa lấy cọc thương lái, đợi giá lúa lên cao nữa”, còn phong trào “Vì nước quên thân, vì dân phục vụ” được phát động với các mô hình “Địa chỉ tin cậy”, “Câu lạc bộ phòng chống tội phạm, cảm hóa, giáo dục người lầm lỗi tại cộng đồng dân cư”.", FactNamed)
	// A long item of a list keeps the noun of the list's first.
	if want := []string{"Vì nước quên thân, vì dân phục vụ", "Địa chỉ tin cậy", "Câu lạc bộ phòng chống tội phạm, cảm hóa, giáo dục người lầm lỗi tại cộng đồng dân cư"}; !slices.Equal(got, want) {
		t.Errorf("named %q, want %q", got, want)
	}
}

// factTexts returns the texts of the facts of type typ read from a
// paragraph after a lead.
func factTexts(t *testing.T, paragraph string, typ FactType) []string {
	t.Helper()
	var out []string
	for _, f := range ofType(Extract(afterLead(t, paragraph)), typ) {
		out = append(out, f.Text)
	}
	return out
}

// TestExtractSize checks that a size written as a product ("20 x 15m") is
// one quantity, read whole from its first number, its qualifier kept.
func TestExtractSize(t *testing.T) {
	a := afterLead(t, "Kè bị sạt khoảng 20 x 15m, tường dài 3 × 4 m.")
	var got []string
	for _, f := range ofType(Extract(a), FactQuantity) {
		if f.Passage == "t/p1" {
			got = append(got, f.Text)
		}
	}
	if want := []string{"khoảng 20 x 15m", "3 × 4 m"}; !slices.Equal(got, want) {
		t.Errorf("quantities %q, want %q", got, want)
	}
}
