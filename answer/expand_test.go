package answer

import "testing"

// benhvien is an article that writes "Bệnh viện" and "Công ty" in full.
const benhvien = "date 2024-06 Thời sự Ngộ độc sau tiệc cưới (XYZ) - Tối 4/6, ông Lâm Văn Tới, Giám đốc Bệnh viện Đa khoa Hòa Bình, cho biết đã tiếp nhận 9 người bị ngộ độc.\n\n" +
	"Thực phẩm do Công ty Minh Phát cung cấp."

// TestExpandAbbreviations reads an abbreviation typed in lower case: one
// of two letters only when it is no Vietnamese syllable.
func TestExpandAbbreviations(t *testing.T) {
	e := articleEngine(t, benhvien)
	tests := []struct {
		q, want string
	}{
		{"giam doc bv ten gi", "giam doc bệnh viện ten gi"},
		{"cty nao cung cap thuc pham", "công ty nao cung cap thuc pham"},
		// A syllable of two letters is a word, not an abbreviation.
		{"to chuc o dau", "to chuc o dau"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := wordsText(e.expandAbbreviations(e.parse(tt.q))); got != tt.want {
				t.Errorf("expanded %q, want %q", got, tt.want)
			}
		})
	}
}

// congan is an article that writes "Công an tỉnh" in full and "cá nhân",
// whose folded "ca" is also the code's.
const congan = "date 2025-03 Thời sự Khen thưởng lực lượng phá án (XYZ) - Sáng 2/3, Giám đốc Công an tỉnh Lạng Sơn tặng Giấy khen cho 4 tập thể, 7 cá nhân.\n\n" +
	"Đại tá Hà Văn Minh đề nghị các đơn vị tiếp tục phát huy."

// TestExpandCodeBeforeUnit reads a code that is also a syllable ("ca") as
// its long form before a unit of place the articles write after that
// long form, and only there.
func TestExpandCodeBeforeUnit(t *testing.T) {
	checkExpanded(t, []expandCase{
		{congan, "giam doc ca tinh la ai", "giam doc công an tinh la ai"},
		{congan, "Giám đốc CA tỉnh tặng gì", "giám đốc công an tỉnh tặng gì"},
		// Before no unit of place, "ca" is the syllable of "cá nhân".
		{congan, "bao nhieu ca nhan", "bao nhieu ca nhan"},
		// An article that never writes "Công an tỉnh" leaves it.
		{benhvien, "giam doc ca tinh la ai", "giam doc ca tinh la ai"},
	})
}

// An expandCase is a question about one article and its words once its
// abbreviations are expanded.
type expandCase struct {
	article, q, want string
}

// checkExpanded checks expandAbbreviations on each case.
func checkExpanded(t *testing.T, cases []expandCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.q, func(t *testing.T) {
			e := articleEngine(t, tt.article)
			if got := wordsText(e.expandAbbreviations(e.parse(tt.q))); got != tt.want {
				t.Errorf("expanded %q, want %q", got, tt.want)
			}
		})
	}
}

// thisinh is an article that writes "khoa học tự nhiên" twice and never
// its code, and "khoa học xã hội" once.
const thisinh = "date 2024-08 Giáo dục Khen học sinh giỏi (XYZ) - Chiều 21/8, tỉnh khen 26 học sinh có điểm tổ hợp khoa học tự nhiên cao.\n\n" +
	"Em Nguyên đạt điểm khoa học tự nhiên cao nhất; 26 em khác đạt điểm khoa học xã hội cao."

// TestExpandInitials reads a code of three or more consonants that no
// list knows as the phrase the articles write whose syllables it spells.
func TestExpandInitials(t *testing.T) {
	e := articleEngine(t, thisinh)
	tests := []struct {
		q, want string
	}{
		{"bao nhieu hs khtn duoc khen", "bao nhieu học sinh khoa học tự nhiên duoc khen"},
		{"Điểm KHXH cao nhất là bao nhiêu", "điểm khoa học xã hội cao nhất là bao nhiêu"},
		// No phrase of the articles spells it: left as typed.
		{"điểm KHMT cao nhất", "điểm khmt cao nhất"},
		// Two letters spell too many phrases by chance.
		{"diem kh cao nhat", "diem kh cao nhat"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := wordsText(e.expandAbbreviations(e.parse(tt.q))); got != tt.want {
				t.Errorf("expanded %q, want %q", got, tt.want)
			}
		})
	}
}

// haiphong is an article that writes the names "Hải Phòng" and "Hải
// Dương"; hocphi one that writes "học phí" and no name of those letters.
const (
	haiphong = "date 2025-07 Kinh tế Thu ngân sách (XYZ) - Trong 6 tháng, Hải Phòng thu 77.319 tỷ đồng, tăng 27,1%.\n\n" +
		"Hải Dương thu 19.500 tỷ đồng. Thu nội địa của Hải Phòng tăng 29,4%."
	hocphi = "date 2025-07 Giáo dục Học phí (XYZ) - Năm học tới, học phí tăng 5%, thành phố hỗ trợ học phí cho 3.000 học sinh."
)

// TestExpandNameInitials reads a code of two consonants as the name the
// articles write whose capitalised words it spells, never a phrase in
// lower case.
func TestExpandNameInitials(t *testing.T) {
	checkExpanded(t, []expandCase{
		{haiphong, "thu ngan sach hp tang bao nhieu", "thu ngan sach hải phòng tang bao nhieu"},
		{haiphong, "HD thu bao nhiêu", "hải dương thu bao nhiêu"},
		// "học phí" is no name.
		{hocphi, "hp tang bao nhieu", "hp tang bao nhieu"},
	})
}
