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

func TestNamesAroundHeadings(t *testing.T) {
	tests := []struct {
		name, text, q, number string
		beside, apart         bool
	}{
		{"a label closed by a colon", "Quảng Ninh: 15 người chết; Tuyên Quang: 5 người chết do lũ; Lạng Sơn: 3 người chết.",
			"Tuyên Quang có bao nhiêu người chết", "5", true, false},
		{"another label's figure", "Quảng Ninh: 15 người chết; Tuyên Quang: 5 người chết do lũ; Lạng Sơn: 3 người chết.",
			"Tuyên Quang có bao nhiêu người chết", "3", false, true},
		{"a label's bracket", "Hà Giang: 2 người (1 người chết; 1 người mất tích); Lai Châu: 4 người chết.",
			"Hà Giang có bao nhiêu người chết", "1", true, false},
		{"a fronted place", "Tại Lai Châu, 2 người chết, 3 người bị thương; tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người bị thương", "3", true, false},
		{"past the semicolon", "Tại Lai Châu, 2 người chết, 3 người bị thương; tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người chết", "7", false, true},
		{"another fronted place", "Tại Lai Châu, 2 người chết, tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người chết", "7", false, true},
		{"a long part is no heading", "Mưa lũ kéo dài nhiều ngày qua tại các tỉnh miền núi như Lai Châu, 9 người chết.",
			"Lai Châu có bao nhiêu người chết", "9", false, true},
		{"a comma part with no place word", "Ông Nguyễn Văn Nam, 45 tuổi.",
			"Nam bao nhiêu tuổi", "45", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.text)
			q := parseQuestion(tt.q)
			at := firstWordAt(s, tt.number)
			beside, apart := namesAround(q, q.words, s, at)
			if beside != tt.beside || apart != tt.apart {
				t.Errorf("%q in %q: beside %v apart %v, want %v %v", tt.number, tt.text, beside, apart, tt.beside, tt.apart)
			}
		})
	}
}

// firstWordAt returns the position of the first word of s folded as fold,
// or -1.
func firstWordAt(s *sent, fold string) int {
	for i, f := range s.fold {
		if f == fold {
			return i
		}
	}
	return -1
}
