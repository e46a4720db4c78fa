package answer

import "testing"

func TestNamesAroundCommonWord(t *testing.T) {
	const text = "Ông Phạm Đức Thắng, Trưởng ban tổ chức, cho biết giải ghi nhận 81 bàn thắng; Đắk Nông có 161 nhà bị ngập."
	tests := []struct {
		name, q, number string
		beside, apart   bool
	}{
		// "thắng" of "bàn thắng" is the common word, not Mr Thắng's name.
		{"a compound written in lower case", "Cả giải có tổng cộng bao nhiêu bàn thắng?", "81", false, false},
		{"typed without marks", "ca giai co bao nhieu ban thang", "81", false, false},
		// A name the sentence capitalises stays a name.
		{"a name in another part", "Đắk Nông có bao nhiêu bàn thắng", "81", false, true},
		{"a name in the same part", "Đắk Nông có bao nhiêu nhà bị ngập", "161", true, false},
	}
	s := testSent(text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := parseQuestion(tt.q)
			at := -1
			for i, f := range s.fold {
				if f == tt.number {
					at = i
				}
			}
			beside, apart := namesAround(q, q.words, s, at)
			if beside != tt.beside || apart != tt.apart {
				t.Errorf("%q: beside %v apart %v, want %v %v", tt.q, beside, apart, tt.beside, tt.apart)
			}
		})
	}
}
