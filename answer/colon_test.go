package answer

import "testing"

func TestColonComplement(t *testing.T) {
	cases := []struct {
		sentence, after, want string
	}{
		// A quotation the colon opens, quotes and all.
		{"Đại hội có chủ đề là: “Xây dựng Đảng bộ trong sạch vững mạnh; đoàn kết, đổi mới” và diễn ra hai ngày.", "là", "“Xây dựng Đảng bộ trong sạch vững mạnh; đoàn kết, đổi mới”"},
		// Without a quotation, the rest of the sentence.
		{"Từ 7h đến 7h30: Tập trung học sinh và đón học sinh đầu cấp.", "7h30", "Tập trung học sinh và đón học sinh đầu cấp"},
		// No colon after the word.
		{"Đại hội có chủ đề là “Đoàn kết”.", "là", ""},
		// Nothing follows the colon.
		{"Chủ đề là:", "là", ""},
	}
	for _, c := range cases {
		s := testSent(c.sentence)
		k := s.find(c.after, 0)
		if got := colonComplement(s, k); got != c.want {
			t.Errorf("%q after %q: %q, want %q", c.sentence, c.after, got, c.want)
		}
	}
}
