package answer

import "testing"

// TestParseQuestionKinds checks what a question is read to ask, and the
// words it is read as.
func TestParseQuestionKinds(t *testing.T) {
	cases := []struct {
		q     string
		wh    wh
		when  string
		words string // "" for no check
	}{
		// A name joined by an apostrophe is read as typed: no shorthand,
		// no Telex.
		{"Cư M'gar giá cà phê bao nhiêu", whCount, "", "cư m gar giá cà phê bao nhiêu"},
		// "bị sao", "sao rồi" ask how, typed with marks or not; "thì
		// sao" asks of the turn before ("thế còn chi bộ thì sao").
		{"Lương Văn Hoại bị sao", whHow, "", ""},
		{"cabin xe container bi sao", whHow, "", ""},
		{"3 người nặng còn lại giờ sao rồi", whHow, "", ""},
		// A statement asked for confirmation by its last particle is a
		// yes-no question; the particle after another question word is not.
		{"Lễ trao bằng khen do UBND tỉnh Lào Cai tổ chức hả?", whYesNo, "", ""},
		{"tai xe container que hau giang ha", whYesNo, "", ""},
		{"Năm nay giải đua thuyền bị hủy à?", whYesNo, "", ""},
		{"ai dự lễ hả", whWho, "", ""},
		// Typed without marks, only the particles that fold alone: "nhi"
		// ends "giải nhì".
		{"con giai nhi", whNone, "", ""},
		{"Đắk R'lấp giá bn", whCount, "", "đắk r lấp giá bao nhiêu"},
		{"Đắk R’lấp giá bn", whCount, "", "đắk r lấp giá bao nhiêu"},
		{"giá ở Cư M'gar tăng bao nhiêu %", whCount, "", "giá ở cư m gar tăng bao nhiêu phần trăm"},
		// A unit of time after a period edge is the period's: the count
		// asks for what follows.
		{"6 tháng đầu năm bao nhiêu lượt người Việt xuất cảnh", whCount, "", ""},
		{"6 thang dau nam bao nhieu luot khach", whCount, "", ""},
		{"cuối tháng mấy người nhập viện", whCount, "", ""},
		{"Du Đức Lai sinh năm bao nhiêu", whWhen, whenYear, ""},
		{"tin nay thang may", whWhen, whenMonth, ""},
		{"le dien ra ngay may", whWhen, whenDay, ""},
		// A period noun right before a count word that ends the
		// question asks which period; a count after it is still a count.
		{"nhiệm kỳ mấy", whWhen, whenPeriod, ""},
		{"nhiem ky may", whWhen, whenPeriod, ""},
		{"đại hội nhiệm kỳ mấy?", whWhen, whenPeriod, ""},
		{"nhiệm kỳ nào", whWhen, whenPeriod, ""},
		{"nhiệm kỳ tới kết nạp mấy đảng viên", whCount, "", ""},
		{"giai đoạn mấy", whNumber, "", ""},
		// A which word after a title asks who holds it.
		{"phó thủ tướng nào đến dự", whWho, "", ""},
		{"bi thu nao phat bieu", whWho, "", ""},
		{"anh binh con la chu tich hoi nao", whWhat, "", ""},
		{"giải thưởng nào được trao", whWhat, "", ""},
		{"Phó Thủ tướng nào khác cũng dự lễ khai mạc?", whWhat, "", ""},
		{"pham tien son o truong nao", whWhat, "", ""},
		{"ông Hùng là trưởng phòng nào", whWhat, "", ""},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if q.wh != c.wh || q.when != c.when {
			t.Errorf("%q: wh %v when %q, want %v %q", c.q, q.wh, q.when, c.wh, c.when)
		}
		if c.words != "" && textOf(q.words) != c.words {
			t.Errorf("%q: words %q, want %q", c.q, textOf(q.words), c.words)
		}
	}
}

// TestFindWhTai checks how the phrases that open with "tại" ("tại sao",
// "tại đâu") are found, typed with diacritics or without, and that a "tại"
// (or "tai", "tài") outside them opens no phrase: no phrase of
// question_phrases is "tại" alone, so no rule reads the word typed.
func TestFindWhTai(t *testing.T) {
	for _, c := range []struct {
		q           string
		wh          wh
		whAt, whEnd int
	}{
		{"lễ được tổ chức tại đâu", whWhere, 4, 6},
		{"le to chuc tai dau", whWhere, 3, 5},
		{"ở tại đâu", whWhere, 1, 3},
		{"tài đâu", whWhere, 1, 2},
		{"tại sao nhà bị ngập", whWhy, 0, 2},
		{"tai sao nha bi ngap", whWhy, 0, 2},
		{"tài xế tại sao bị bắt", whWhy, 2, 4},
		{"giải được trao tại lễ nào", whWhat, 5, 6},
		{"tại Gia Lai có bao nhiêu người", whCount, 4, 6},
		{"tai gia lai bao nhieu nguoi", whCount, 3, 5},
	} {
		q := parseQuestion(c.q)
		if q.wh != c.wh || q.whAt != c.whAt || q.whEnd != c.whEnd {
			t.Errorf("%q: %v at %d-%d, want %v at %d-%d", c.q, q.wh, q.whAt, q.whEnd, c.wh, c.whAt, c.whEnd)
		}
	}
}

// TestParseQuestionCompoundsAndCapitals checks three rules of reading a
// question: a count word typed without diacritics that ends a noun ("xe
// may", xe máy) asks no count; a word written with inner capitals
// ("HoSE") is an abbreviation, read as typed, never Telex; a unit of time
// alone after the count word counts time, not a price per unit.
func TestParseQuestionCompoundsAndCapitals(t *testing.T) {
	cases := []struct {
		q     string
		wh    wh
		words string // "" for no check
		focus string // "-" for no check
	}{
		{"xe may bien so gi", whWhat, "", "-"},
		{"xe may cua anh H bien so gi", whWhat, "", "-"},
		{"nha may o dau", whWhere, "", "-"},
		{"xe máy có mấy người", whCount, "", "-"},
		{"xe may co may nguoi", whCount, "", "-"},
		{"trên xe có mấy người", whCount, "", "-"},
		{"HoSE là gì", whWhat, "hose là gì", "-"},
		{"iPhone giá bao nhiêu", whCount, "iphone giá bao nhiêu", "-"},
		{"Được hỗ trợ tiền thuê nhà trong mấy tháng?", whCount, "", "tháng"},
		{"tiền thuê nhà bao nhiêu một tháng", whCount, "", "giá"},
		{"giá cà phê bao nhiêu kg", whCount, "", "giá"},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if q.wh != c.wh {
			t.Errorf("%q: wh %v, want %v", c.q, q.wh, c.wh)
		}
		if c.words != "" && textOf(q.words) != c.words {
			t.Errorf("%q: words %q, want %q", c.q, textOf(q.words), c.words)
		}
		if c.focus != "-" && textOf(q.focus) != c.focus {
			t.Errorf("%q: focus %q, want %q", c.q, textOf(q.focus), c.focus)
		}
	}
}

// TestHasInnerCapital checks which words are written with a capital after
// a small letter.
func TestHasInnerCapital(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"HoSE", true},
		{"iPhone", true},
		{"PetroVietnam", true},
		{"UBND", false},
		{"Hà", false},
		{"hose", false},
		{"", false},
	} {
		if got := hasInnerCapital(c.w); got != c.want {
			t.Errorf("hasInnerCapital(%q) = %v, want %v", c.w, got, c.want)
		}
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
