package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestClauseOfLabelledItem checks that in a list of labelled items, parted
// by ";", a short label before ":" is in the clause of the figures after
// it, while a colon that opens speech or a label of a sentence with no
// list still parts two clauses.
func TestClauseOfLabelledItem(t *testing.T) {
	cases := []struct {
		name, text    string
		label, figure string // the first word of the label, and a figure
		same          bool
	}{
		{"an item of a list", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "hỏa", "1.389", true},
		{"the first item", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "ron95", "439", true},
		{"another item's figure", "Xăng RON95: không cao hơn 24.230 đồng/lít (giảm 439 đồng/lít); dầu hỏa: không cao hơn 25.445 đồng/lít (tăng 1.389 đồng/lít).", "ron95", "1.389", false},
		{"no list", "Ông Nguyễn Văn A cho biết: giá tăng 1.389 đồng/lít.", "a", "1.389", false},
		{"a long clause before the colon", "Trong ngày hôm qua các cửa hàng xăng dầu trên địa bàn tỉnh cho biết: giá tăng 1.389 đồng; giá gas giảm 20 đồng.", "hôm", "1.389", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := testSent(c.text)
			l, f := s.find(c.label, 0), s.find(c.figure, 0)
			if l < 0 || f < 0 {
				t.Fatalf("no %q or %q in %q", c.label, c.figure, s.lower)
			}
			if got := s.clause[l] == s.clause[f]; got != c.same {
				t.Errorf("%q and %q in one clause: %v, want %v", c.label, c.figure, got, c.same)
			}
		})
	}
}

// TestFocusStopsAtComparison checks that a count's focus ends where a
// comparison with a base starts, however typed: what follows "so với" is
// the base, and the count then reads what it describes before its count
// word.
func TestFocusStopsAtComparison(t *testing.T) {
	cases := []struct {
		q, focus  string
		described bool
	}{
		{"Lượng khách tháng 2 tăng bao nhiêu so với cùng kỳ?", "khách tháng 2 tăng", true},
		{"tong chi tang bn so cung ky", "chi tang", true},
		{"doanh thu tang bao nhieu so voi nam 2023", "doanh thu tang", true},
		{"tăng bao nhiêu hộ so với năm ngoái", "hộ", false},
		{"bao nhieu so ho ngheo", "so ho ngheo", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := textOf(q.focus); got != c.focus || q.described != c.described {
			t.Errorf("%q: focus %q described %v, want %q %v", c.q, got, q.described, c.focus, c.described)
		}
	}
}

// TestOwnPlace checks when a name a sentence does not write is the
// article's own place, referred to by its unit alone.
func TestOwnPlace(t *testing.T) {
	art := &corpus.Article{ID: "t", Language: "vi", Title: "Hà Nội", Lead: "Số liệu của Cục Thống kê Hà Nội cho biết GRDP quý 3 tăng 6,06%."}
	sentence := func(text string) *sent {
		p := &corpus.Passage{ID: "t/p2", Kind: corpus.KindParagraph, Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
		return newSent(art, p, 0, nil)
	}
	hanoi, hue := word{text: "hà", fold: "ha"}, word{text: "huế", fold: "hue"}
	cases := []struct {
		name, text string
		w          word
		want       bool
	}{
		{"the city by its unit", "Tính chung 9 tháng, GRDP của Thành phố ước tính tăng 6,12%.", hanoi, true},
		{"a lower-case unit", "Toàn thành phố có 12 dự án mới.", hanoi, true},
		{"a name the article does not give", "Tính chung 9 tháng, GRDP của Thành phố ước tính tăng 6,12%.", hue, false},
		{"a unit with its name", "GRDP của tỉnh Bắc Ninh tăng 6,12%.", hanoi, false},
		{"a sentence naming another place", "Tại phường Thống Nhất, Đảng ủy phường trao Huy hiệu cho 36 đảng viên.", hanoi, false},
		{"no unit", "GRDP ước tính tăng 6,12%.", hanoi, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ownPlace(c.w, sentence(c.text)); got != c.want {
				t.Errorf("ownPlace(%q) = %v, want %v", c.w.text, got, c.want)
			}
		})
	}
}

// TestNameOverLowerSyllables checks that a body's name goes on over a run
// of lower-case syllables that leads to a capital of the same name, and
// is not cut inside it.
func TestNameOverLowerSyllables(t *testing.T) {
	tests := []struct{ body, q, want string }{
		{"Cơ quan An ninh điều tra Công an tỉnh đã khởi tố vụ án và khởi tố 11 bị can.", "Cơ quan nào khởi tố vụ án?", "Cơ quan An ninh điều tra Công an tỉnh"},
		{"Cơ quan Cảnh sát điều tra Công an huyện đã khởi tố vụ án.", "Cơ quan nào khởi tố vụ án?", "Cơ quan Cảnh sát điều tra Công an huyện"},
		{"Sáng nay, Hội Cựu chiến binh đã tổ chức đại hội.", "Hội nào tổ chức đại hội?", "Hội Cựu chiến binh"},
		{"Lễ hội Tết Nguyên đán trên đầm Trà Ổ thu hút du khách.", "Lễ hội nào thu hút du khách?", "hội Tết Nguyên đán"},
	}
	for _, tt := range tests {
		e := articleEngine(t, "date 2025-05 Thời sự Tin (ABC) - Sáng 12/5, có tin.\n\n"+tt.body)
		c, ok := candidateOf(e.Candidates(context.Background(), tt.q), "kind_name")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: kind_name %q (found %v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}

// TestCalendarTimeNeedsATime checks that a question asking a day, a month,
// a year or a clock time gets no candidate that writes neither a time nor
// a number, while "khi nào" may be answered by a clause.
func TestCalendarTimeNeedsATime(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Văn hóa Lễ hội pháo hoa (ABC) - Tối 31/5/2025, lễ hội pháo hoa khai mạc tại Đà Nẵng.\n\n"+
		"Ca sĩ Tùng Dương, Kiều Anh là những gương mặt sẽ xuất hiện trong đêm khai mạc lễ hội.")
	for _, q := range []string{"lễ hội khai mạc ngày nào", "ca sĩ Tùng Dương xuất hiện trong đêm khai mạc ngày nào"} {
		for _, c := range e.Candidates(context.Background(), q) {
			if !strings.ContainsAny(c.Answer, digits) {
				t.Errorf("%q: candidate %q (%s) writes no time", q, c.Answer, c.Generator)
			}
		}
	}
	cases := []struct {
		q    string
		want bool
	}{
		{"lễ hội khai mạc ngày nào", true},
		{"khai mac luc may gio", true},
		{"năm nào tỉnh được tái lập", true},
		{"tai nạn xảy ra khi nào", false},
		{"ai khai mạc lễ hội", false},
	}
	for _, c := range cases {
		if got := asksCalendarTime(parseQuestion(c.q)); got != c.want {
			t.Errorf("asksCalendarTime(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestOwnPlaceCountedUnit checks that a unit of place counted ("248 xã",
// "các tỉnh") refers to no one place.
func TestOwnPlaceCountedUnit(t *testing.T) {
	art := &corpus.Article{ID: "t", Language: "vi", Title: "Thanh Hóa tuyên dương thầy cô", Lead: "Tỉnh Thanh Hóa tuyên dương 30 thầy cô."}
	for _, text := range []string{"Chương trình tuyên dương 201 thầy cô đến từ 248 xã biên giới.", "Thầy cô đến từ các xã biên giới."} {
		p := &corpus.Passage{ID: "t/p2", Kind: corpus.KindParagraph, Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
		if ownPlace(word{text: "hóa", fold: "hoa"}, newSent(art, p, 0, nil)) {
			t.Errorf("%q refers to the article's own place", text)
		}
	}
}
