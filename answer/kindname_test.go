package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestKindName answers a which-question with the name of the kind its
// focus noun says from any sentence of the article, whole to its grade,
// never with the name the question itself writes, and never with a word
// written like the noun but another ("Bộ trưởng" for "trường").
func TestKindName(t *testing.T) {
	text := "date 2025-09-05 Sáng 5/9, Bộ trưởng GD&ĐT dự lễ khai giảng năm học mới tại Hà Nội.\n\n" +
		"Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường) cho biết mực nước đang lên.\n\n" +
		"Trường có hai điểm: trường Đồng Tậu, Mầm non Lương Thiện, có 98% trẻ là người dân tộc thiểu số.\n\n" +
		"Hội LHPN tỉnh được tặng Huân chương Lao động hạng Nhất.\n\n" +
		"Đơn vị tổ chức giải chạy là báo Tuổi Trẻ.\n\n" +
		"Chiều 14/8, Tòa án nhân dân thành phố Hà Nội đã tuyên án hai bị cáo.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q, want string
	}{
		{"Cục Quản lý đê điều thuộc bộ nào?", "Bộ Nông nghiệp và Môi trường"},
		{"Điểm trường Đồng Tậu thuộc trường nào?", "Mầm non Lương Thiện"},
		{"Hội LHPN được tặng huân chương gì?", "Huân chương Lao động hạng Nhất"},
		{"báo nào tổ chức giải chạy", "báo Tuổi Trẻ"},
		// "trưởng" of "Bộ trưởng" is no "trường": the school is read
		// from another sentence.
		{"Bộ trưởng dự lễ khai giảng ở trường nào?", "trường Đồng Tậu, Mầm non Lương Thiện"},
		// No kind of named body asked.
		{"mực nước thế nào?", ""},
		// A body whose name runs on in lower case to its place.
		{"Tòa nào xét xử vụ án?", "Tòa án nhân dân thành phố Hà Nội"},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.kindName).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestOwnItemsDropped keeps of a list of names the items the question
// does not name and that are of the kind asked.
func TestOwnItemsDropped(t *testing.T) {
	a, err := corpus.Parse("t", []byte("date 2025-09-05 Trường khai giảng.\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q, kind, ans, want string
	}{
		{"Điểm trường Đồng Tậu thuộc trường nào?", "truong", "trường Đồng Tậu, Mầm non Lương Thiện", "Mầm non Lương Thiện"},
		{"báo nào đồng tổ chức", "bao", "Báo Tuổi trẻ, Sở VH-TT và DL Long An", "Báo Tuổi trẻ"},
		{"lực lượng nào hỗ trợ", "luc luong", "Lực lượng Công an phường và Dân quân tự vệ", "Lực lượng Công an phường và Dân quân tự vệ"},
	}
	for _, tt := range tests {
		if got := ownItemsDropped(e.parse(tt.q), tt.kind, tt.ans); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.ans, got, tt.want)
		}
	}
}

// TestGradeAppended closes an award's name with its grade.
func TestGradeAppended(t *testing.T) {
	tests := []struct {
		text, ans, want string
	}{
		{"Tỉnh được tặng Huân chương Độc lập hạng Ba.", "Huân chương Độc lập hạng", "Huân chương Độc lập hạng Ba"},
		{"Hội được tặng Huân chương Lao động hạng nhất, cờ thi đua.", "Huân chương Lao động hạng", "Huân chương Lao động hạng nhất"},
		{"Đội Krông Pắc giành giải nhất.", "Đội Krông Pắc", "Đội Krông Pắc"},
	}
	for _, tt := range tests {
		if got := gradeAppended(testSent(tt.text), tt.ans); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.ans, got, tt.want)
		}
	}
}

// TestNamedKindOf reads the kind noun a focus noun ends in.
func TestNamedKindOf(t *testing.T) {
	tests := []struct{ noun, want string }{
		{"thuộc bộ", "bo"},
		{"tòa án", "toa an"},
		{"giám đốc sở", "so"},
		{"công trình", ""},
	}
	for _, tt := range tests {
		if got := namedKindOf(foldWords(tt.noun)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.noun, got, tt.want)
		}
	}
}

// TestKindNameAbbreviated answers "Tòa nào" with a court the article
// names by its abbreviation, whole to its place, not on into the verb.
func TestKindNameAbbreviated(t *testing.T) {
	tests := []struct{ text, want string }{
		{"date 2025-12-15 Ngày 15-12, TAND TP Cần Thơ mở phiên tòa sơ thẩm xét xử các bị cáo.\n", "TAND TP Cần Thơ"},
		{"date 2017-04 Ngày 27/4, TAND TPHCM mở phiên tòa sơ thẩm xét xử bị cáo.\n", "TAND TPHCM"},
		// Any capital after the code is no place: the name reads on.
		{"date 2017-04 Ngày 27/4, TAND Tối cao xét xử phúc thẩm vụ án.\n", "TAND Tối cao"},
		// The abbreviation alone names no court, nor does a sentence's
		// first word.
		{"date 2017-04 Ngày 27/4, TAND mở phiên tòa sơ thẩm xét xử bị cáo.\n", ""},
		{"date 2017-04 Tòa tuyên phạt bị cáo 5 năm tù.\n", ""},
		{"date 2017-04 Tòa tuyên phạt Nguyễn Văn An 5 năm tù.\n", ""},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		if got := generatedBy(e, "Tòa nào xét xử vụ án?", e.kindName).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNounOpened checks that a name found after a one-word kind noun
// keeps the capitalised word before it that the question's noun writes.
func TestNounOpened(t *testing.T) {
	d := documentOf(t, "date 2025-12 Tin\n\nHướng tới Đại hội XIV của Đảng, tỉnh tổ chức lễ khánh thành. Ông A là hội viên Hội Nông dân tỉnh.\n")
	tests := []struct {
		q, in, ans, kind, want string
	}{
		{"su kien huong toi dai hoi nao", "Đại hội XIV", "hội XIV", "hoi", "Đại hội XIV"},
		{"ông A thuộc hội nào", "Hội Nông dân", "Hội Nông dân tỉnh", "hoi", "Hội Nông dân tỉnh"},
		// The word before is not the question's.
		{"tham gia ky hoi nao", "Đại hội XIV", "hội XIV", "hoi", "hội XIV"},
	}
	for _, tt := range tests {
		s := sentHolding(t, d, tt.in)
		if got := nounOpened(s, tt.ans, tt.kind, nounOf(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("nounOpened(%q, %q) = %q, want %q", tt.q, tt.ans, got, tt.want)
		}
	}
}
