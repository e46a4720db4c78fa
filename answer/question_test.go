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
