package answer

import "testing"

func TestNamesAroundCommonWord(t *testing.T) {
	const text = "Ông Phạm Đức Thắng, Trưởng ban tổ chức, cho biết giải ghi nhận 81 bàn thắng; Đắk Nông có 161 nhà bị ngập."
	tests := []struct {
		name, q, number string
		beside, apart   float64
	}{
		// "thắng" of "bàn thắng" is the common word, not Mr Thắng's name.
		{"a compound written in lower case", "Cả giải có tổng cộng bao nhiêu bàn thắng?", "81", 0, 0},
		{"typed without marks", "ca giai co bao nhieu ban thang", "81", 0, 0},
		// A name the sentence capitalises stays a name.
		{"a name in another part", "Đắk Nông có bao nhiêu bàn thắng", "81", 0, 1},
		{"a name in the same part", "Đắk Nông có bao nhiêu nhà bị ngập", "161", 1, 0},
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
				t.Errorf("%q: beside %.2f apart %.2f, want %v %v", tt.q, beside, apart, tt.beside, tt.apart)
			}
		})
	}
}

func TestNamesAroundHeadings(t *testing.T) {
	tests := []struct {
		name, text, q, number string
		beside, apart         float64
	}{
		{"a label closed by a colon", "Quảng Ninh: 15 người chết; Tuyên Quang: 5 người chết do lũ; Lạng Sơn: 3 người chết.",
			"Tuyên Quang có bao nhiêu người chết", "5", 1, 0},
		{"another label's figure", "Quảng Ninh: 15 người chết; Tuyên Quang: 5 người chết do lũ; Lạng Sơn: 3 người chết.",
			"Tuyên Quang có bao nhiêu người chết", "3", 0, 1},
		{"a label's bracket", "Hà Giang: 2 người (1 người chết; 1 người mất tích); Lai Châu: 4 người chết.",
			"Hà Giang có bao nhiêu người chết", "1", 1, 0},
		{"a fronted place", "Tại Lai Châu, 2 người chết, 3 người bị thương; tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người bị thương", "3", 1, 0},
		{"past the semicolon", "Tại Lai Châu, 2 người chết, 3 người bị thương; tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người chết", "7", 0, 1},
		{"another fronted place", "Tại Lai Châu, 2 người chết, tại Lào Cai, 7 người chết.",
			"Lai Châu có bao nhiêu người chết", "7", 0, 1},
		{"a long part is no heading", "Mưa lũ kéo dài nhiều ngày qua tại các tỉnh miền núi như Lai Châu, 9 người chết.",
			"Lai Châu có bao nhiêu người chết", "9", 0, 1},
		{"one name of three beside", "Khu đô thị Đông Hòa Phát rộng 300 ha; khu đô thị Tây Minh Hòa có diện tích 250 ha.",
			"Khu đô thị Đông Hòa Phát rộng bao nhiêu ha", "250", 1.0 / 3, 2.0 / 3},
		{"all three beside", "Khu đô thị Đông Hòa Phát rộng 300 ha; khu đô thị Tây Minh Hòa có diện tích 250 ha.",
			"Khu đô thị Đông Hòa Phát rộng bao nhiêu ha", "300", 1, 0},
		{"the subject of a semicolon item", "Khu Đông Bình Phát rộng 300 ha, vốn 900 tỷ đồng; khu Tây Minh Hòa rộng 250 ha, vốn 700 tỷ đồng.",
			"Khu Tây Minh Hòa vốn bao nhiêu", "700", 1, 0},
		{"another semicolon item", "Khu Đông Bình Phát rộng 300 ha, vốn 900 tỷ đồng; khu Tây Minh Hòa rộng 250 ha, vốn 700 tỷ đồng.",
			"Khu Tây Minh Hòa vốn bao nhiêu", "900", 0, 1},
		{"a count of the same unit between", "xã Hòa Phú có 30 hộ bị ngập, xã bên cạnh có 50 hộ bị ngập; Lào Cai có 7 hộ.",
			"Hòa Phú có bao nhiêu hộ bị ngập", "50", 0, 1},
		{"another name between", "Lai Châu có 2 người chết, Lào Cai 7 người chết; Sơn La 1 người chết.",
			"Lai Châu có bao nhiêu người chết", "7", 0, 1},
		{"a comma part with no place word", "Ông Nguyễn Văn Nam, 45 tuổi.",
			"Nam bao nhiêu tuổi", "45", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSent(tt.text)
			q := parseQuestion(tt.q)
			at := firstWordAt(s, tt.number)
			beside, apart := namesAround(q, q.words, s, at)
			if beside != tt.beside || apart != tt.apart {
				t.Errorf("%q in %q: beside %.2f apart %.2f, want %v %v", tt.number, tt.text, beside, apart, tt.beside, tt.apart)
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
