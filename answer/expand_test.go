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
