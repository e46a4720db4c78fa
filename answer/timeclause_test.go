package answer

import (
	"strings"
	"testing"
)

func TestClauseTime(t *testing.T) {
	two := "Đến khoảng 10 giờ 45 cùng ngày, lực lượng chức năng tìm được thi thể nạn nhân Lê Thị Thúy H., khoảng 16 giờ 45 thì tìm được thi thể nạn nhân còn lại."
	three := "Khoảng 9 giờ, đoàn cứu hộ tìm thấy thi thể bé trai; đến 15 giờ, tìm thấy thi thể người cha."
	tests := []struct {
		q, text, want string
		ok            bool
	}{
		// Two times, each opening its clause: the one whose clause
		// holds the question's words.
		{"mấy giờ tìm thấy thi thể người cha", three, "15 giờ", true},
		{"thi thể bé trai được tìm thấy lúc mấy giờ", three, "9 giờ", true},
		{"mấy giờ thì tìm thấy thi thể em H.", two, "10 giờ 45", true},
		// The clauses hold the question's words alike: no choice.
		{"mấy giờ tìm được thi thể", two, "", false},
		// A date written after the name it dates opens no clause.
		{"Nghị quyết 57 ban hành ngày nào", "Ngày 5/1, Bộ triển khai Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "", false},
		// One clause only.
		{"tai nạn xảy ra lúc mấy giờ", "Khoảng 23 giờ, tai nạn xảy ra trên quốc lộ 1.", "", false},
		// A day and an hour fronted one after the other head one clause.
		{"mấy giờ xe khách lật", "Ngày 5/8, khoảng 9 giờ, xe khách lật; lúc 14 giờ, lực lượng cứu hộ có mặt.", "9 giờ", true},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		got, ok := clauseTime(q, testSent(tt.text), e.content(q))
		if ok != tt.ok || ok && trimPunct(got) != tt.want {
			t.Errorf("clauseTime(%q) = %q, %v; want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTimeOpensPart(t *testing.T) {
	s := testSent("Đến khoảng 10 giờ 45 cùng ngày, đoàn tìm được H., khoảng 16 giờ 45 thì tìm được người còn lại theo Quyết định ngày 27/4/2022.")
	tests := []struct {
		word string
		want bool
	}{
		{"10", true}, // past "Đến khoảng", opening the sentence
		{"16", true}, // past "khoảng", after a comma
		{"27/4/2022", false},
	}
	for _, tt := range tests {
		if got := timeOpensPart(s, wordIndex(t, s, tt.word)); got != tt.want {
			t.Errorf("timeOpensPart(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
	// A time right after an aside in brackets goes on with the clause
	// the aside interrupted: it opens no part.
	aside := testSent("Sáng 28/8, Giám đốc khen thưởng các đơn vị phá vụ cướp tiệm vàng xảy ra trên đường Núi Thành (phường Hòa Cường) vào đêm 26/8.")
	if timeOpensPart(aside, wordIndex(t, aside, "đêm")) {
		t.Errorf("timeOpensPart(đêm 26/8) after an aside = true, want false")
	}
}

func TestWritesOwnTime(t *testing.T) {
	tests := []struct {
		q, text string
		want    bool
	}{
		// The lead dates the award; the robbery it rewards is dated in
		// its own words, after them.
		{"vu cuop tiem vang xay ra ngay nao", "Sáng 28/8, Giám đốc Công an TP khen thưởng các đơn vị phá vụ cướp tiệm vàng xảy ra trên đường Núi Thành (phường Hòa Cường) vào đêm 26/8.", true},
		// The lead's only time dates the incident itself.
		{"tai nan xay ra ngay nao", "Một vụ tai nạn giao thông giữa xe container và xe máy xảy ra sáng 30/9, trên Quốc lộ 1A.", false},
		// The time after the words asked opens a part of its own.
		{"vu cuop tiem vang xay ra ngay nao", "Sáng 28/8, Giám đốc khen thưởng các đơn vị phá vụ cướp tiệm vàng; ngày 29/8, Bộ gửi thư khen.", false},
		// Too far after the words asked to date them.
		{"vu cuop xay ra ngay nao", "Sáng 28/8, Công an TP cho biết vụ cướp xảy ra tại một cửa hàng bán điện thoại di động trên đường Lê Lợi thuộc địa bàn phường Thạch Thang vào tối 26/8.", false},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.text)
		if got := writesOwnTime(q, s, e.overlapOf(q, e.content(q), s)); got != tt.want {
			t.Errorf("writesOwnTime(%q, %q) = %v, want %v", tt.q, tt.text, got, tt.want)
		}
	}
}

func TestDateAfterAsksYear(t *testing.T) {
	tests := []struct{ q, text, want string }{
		// "năm nào" is not answered by a day whose year is unwritten.
		{"nhiệm kỳ đến năm nào", "Hội đồng nhân dân thành phố khóa XVI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 30 (kỳ họp chuyên đề) vào chiều 26/10.", "nhiệm kỳ 2021 - 2026"},
		{"kỳ họp diễn ra ngày nào", "Hội đồng nhân dân thành phố khóa XVI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 30 (kỳ họp chuyên đề) vào chiều 26/10.", "chiều 26/10"},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.text)
		content := e.content(q)
		if got := dateAfter(q, s, e.overlapOf(q, content, s), content); got != tt.want {
			t.Errorf("dateAfter(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestTimeAfterConjunctionOpensClause(t *testing.T) {
	e, s := sentenceEngine(t, "Ngày 28/9, 2 em được xuất viện và ngày 30/9 trở lại đi học bình thường.")
	if n := len(timeClauses(s)); n != 2 {
		t.Errorf("timeClauses: %d clauses, want 2", n)
	}
	tests := []struct{ q, want string }{
		{"ngay nao 2 em xuat vien", "Ngày 28/9"},
		{"Bao giờ các em đi học lại?", "ngày 30/9"},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		if got := dateAfter(q, s, e.overlapOf(q, content, s), content); got != tt.want {
			t.Errorf("%q: dateAfter = %q, want %q", tt.q, got, tt.want)
		}
		if got := e.datedIn(q, content, s, askedThing(q, content), nil, nil); got.c.answer != "" && !strings.Contains(got.c.answer, strings.TrimPrefix(strings.TrimPrefix(tt.want, "Ngày "), "ngày ")) {
			t.Errorf("%q: datedIn = %q, want none or %q", tt.q, got.c.answer, tt.want)
		}
	}
}

func TestTimeEndingSentenceHeadsNoClause(t *testing.T) {
	e, s := sentenceEngine(t, "Chiều 14/1, Công an quận Hoàng Mai tổ chức lễ khen thưởng thành tích chữa cháy, xảy ra tại vụ cháy ở phường Tương Mai, hôm 12/1.")
	if n := len(timeClauses(s)); n != 1 {
		t.Errorf("timeClauses: %d clauses, want 1", n)
	}
	q := e.parse("vu chay xay ra hom nao")
	content := e.content(q)
	if got := dateAfter(q, s, e.overlapOf(q, content, s), content); got != "hôm 12/1" {
		t.Errorf("dateAfter = %q, want %q", got, "hôm 12/1")
	}
}
