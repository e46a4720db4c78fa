package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"

	"github.com/hoidap/hoidap/analysis"
)

func TestCauseBound(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		bound, known               bool
	}{
		// The question's verb right before the cause.
		{"vì sao ông S chết", "Ông S. chết do bị nước cuốn trôi khi lội qua suối.", "Do bị nước cuốn trôi khi lội qua suối", true, true},
		// A purpose, the answer right after its word.
		{"vì sao tổ chức bữa tiệc", "Thảo tổ chức bữa tiệc để mừng sinh nhật em trai.", "mừng sinh nhật em trai", true, true},
		// A fronted cause governs the rest of its sentence.
		{"tại sao quán bị đình chỉ", "Do không đảm bảo phòng cháy, quán bị đình chỉ hoạt động.", "Do không đảm bảo phòng cháy", true, true},
		// A cause inside a whole sentence.
		{"vì sao khách quốc tế tăng cao", "Cũng theo Tổng cục Thống kê, do chính sách thị thực thuận lợi, khách quốc tế tăng cao.", "Cũng theo Tổng cục Thống kê, do chính sách thị thực thuận lợi, khách quốc tế tăng cao", true, true},
		// A cause word capitalised inside a sentence opens a name.
		{"vì sao các cá nhân được tặng kỷ niệm chương", "Trao Kỷ niệm chương Vì sự nghiệp bảo vệ an ninh Tổ quốc cho 9 đồng chí.", "Vì sự nghiệp bảo vệ an ninh Tổ quốc cho 9 đồng chí", false, true},
		// The question's words far from the cause.
		{"vì sao xây cơ sở 2", "Cơ sở 2 có diện tích 6 ha và đã được đưa vào sử dụng từ năm ngoái do Bộ Y tế đầu tư.", "do Bộ Y tế đầu tư", false, true},
		// No word of cause: judged by other features.
		{"vì sao nông dân được mùa", "Thời tiết ủng hộ nên nông dân được mùa.", "Thời tiết ủng hộ", false, false},
		// Not a why-question.
		{"ông S chết ở đâu", "Ông S. chết do bị nước cuốn trôi.", "do bị nước cuốn trôi", false, false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		bound, known := causeBound(q, testSent(c.sentence), analysis.Tokens(c.answer), questionWords(q))
		if bound != c.bound || known != c.known {
			t.Errorf("%q in %q for %q: bound %v known %v, want %v %v", c.answer, c.sentence, c.question, bound, known, c.bound, c.known)
		}
	}
}

func TestReasonIn(t *testing.T) {
	cases := []struct {
		sentence string
		first    int   // the first word the question matched
		asked    []int // where the question's words were matched
		want     string
	}{
		// The cause after the question's words, to the clause's end.
		{"Ông S. chết do bị nước cuốn trôi khi lội qua suối.", 0, nil, "Do bị nước cuốn trôi khi lội qua suối"},
		// The effect the connective opens is not the cause.
		{"Do lỗi hệ thống nên số liệu chưa chính xác.", 5, nil, "Do lỗi hệ thống"},
		{"Do mưa lớn kéo dài khiến nước sông dâng cao.", 6, nil, "Do mưa lớn kéo dài"},
		// A quoted cause ends with its quotation; the question's words
		// inside the cause, after its word.
		{`"Nhà tôi bán đào với mai, do thời tiết năm nay nóng quá hoa nở sớm", ông Toàn nói.`, 9, nil, "Do thời tiết năm nay nóng quá hoa nở sớm"},
		// A quotation opened inside the cause is kept whole.
		{"Tiểu thương hạ giá để “xả hàng” mai đào do sức mua yếu.", 0, nil, "Để “xả hàng” mai đào do sức mua yếu"},
		// A capitalised word of cause opens a name.
		{"Trao Kỷ niệm chương Vì sự nghiệp bảo vệ an ninh Tổ quốc cho 9 đồng chí.", 0, nil, ""},
		// A fronted cause word that does not open its part of the
		// sentence is not theirs: "do" of the doer.
		{"Hội nghị do Bộ Y tế chủ trì, được tổ chức trong nhà.", 8, nil, ""},
		{"Do trời mưa, hội nghị được tổ chức trong nhà.", 4, nil, "Do trời mưa"},
		// A cause fronted in its own part of the sentence, before the
		// question's words: to the word that opens the effect, or to
		// their part.
		{"Tuy nhiên, do đoạn sạt lở dài khoảng 300 m, trời có mưa nên việc tìm kiếm các nạn nhân gặp nhiều khó khăn.", 14, nil, "Do đoạn sạt lở dài khoảng 300 m, trời có mưa"},
		{"Cũng theo Tổng cục Thống kê, do chính sách thị thực thuận lợi, lượng khách quốc tế tăng cao.", 13, nil, "Do chính sách thị thực thuận lợi"},
		// A purpose of the question's own words says nothing; one that
		// goes on says more.
		{"Công an yêu cầu các đối tượng sớm ra để trình diện.", 5, []int{5, 6, 8, 10, 11}, ""},
		{"Công an yêu cầu các đối tượng sớm ra để trình diện, để được hưởng chính sách khoan hồng.", 5, []int{5, 6, 8, 10, 11}, "Để trình diện, để được hưởng chính sách khoan hồng"},
		// Too short to be a cause.
		{"Hội nghị bị hoãn do đó.", 0, nil, ""},
	}
	for _, c := range cases {
		if got := reasonIn(testSent(c.sentence), overlap{first: c.first, pos: c.asked}); got != c.want {
			t.Errorf("reasonIn(%q, %d) = %q, want %q", c.sentence, c.first, got, c.want)
		}
	}
}

func TestCauseAfter(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		// The cause clause of the next sentence.
		{"Xe máy va chạm với ô tô. Nguyên nhân ban đầu được xác định là do tài xế phải né một xe máy.", "Do tài xế phải né một xe máy"},
		// A sentence of cause that writes no word of it is given whole.
		{"Xe máy va chạm với ô tô. Nguyên nhân đang được điều tra.", "Nguyên nhân đang được điều tra."},
		// A next sentence that gives no cause.
		{"Xe máy va chạm với ô tô. Một người bị thương.", ""},
	}
	for _, c := range cases {
		a, err := corpus.Parse("t", []byte("date 2024-01 "+c.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		var s *sent
		for r, x := range e.sentOf {
			if x.index == 0 && strings.HasPrefix(x.text, "Xe máy") {
				s = e.sentOf[r]
			}
		}
		if s == nil {
			t.Fatalf("no sentence of %q", c.text)
		}
		if got := e.causeAfter(s); got != c.want {
			t.Errorf("causeAfter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
