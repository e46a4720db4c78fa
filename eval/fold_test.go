package eval

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"lower and diacritics", "Bằng Khen", "bang khen"},
		{"d stroke", "Đại tá Đinh", "dai ta dinh"},
		{"nfd input", norm.NFD.String("tập thể"), "tap the"},
		{"old tone placement", "hoà uỷ thuý", "hoa uy thuy"},
		{"thousands dot", "hơn 2.430 thông tin", "hon 2430 thong tin"},
		{"thousands space", "gần 36 500 lượt", "gan 36500 luot"},
		{"thousands nbsp", "2\u00a0430", "2430"},
		{"repeated groups", "1.234.567 đồng", "1234567 dong"},
		{"four digits before", "1234.567", "1234.567"},
		{"two digits after", "19.09", "19.09"},
		{"four digits after", "1.2345", "1.2345"},
		{"date kept", "19/9/2024", "19/9/2024"},
		{"period kept", "giai đoạn 2019 - 2024", "giai doan 2019 - 2024"},
		{"sentence end kept", "có 55. Mô hình", "co 55. mo hinh"},
		{"initials kept", "Ảnh: M.L", "anh: m.l"},
		{"squeeze white space", "  a \t\n b  ", "a b"},
		{"nbsp squeezed", "a\u00a0b", "a b"},
		{"comma kept", "3,000 people", "3,000 people"},
		{"double space is not a separator", "2  430", "2 430"},
		{"digits then separator then digits", "Đội 3 120 người", "doi 3120 nguoi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFoldTwice checks that folding folded text changes nothing, except where
// white space squeezed after the separator step (the README's order) brings
// digit groups together.
func TestFoldTwice(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Hơn 2.430 thông tin, 1.234.567 đồng", "hon 2430 thong tin, 1234567 dong"},
		{"Lần thứ VI – giai đoạn 2019 - 2024", "lan thu vi – giai doan 2019 - 2024"},
		{"2  430", "2430"},
	}
	for _, tt := range tests {
		if got := Fold(Fold(tt.in)); got != tt.want {
			t.Errorf("Fold(Fold(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFound(t *testing.T) {
	tests := []struct {
		name, text, must string
		want             bool
	}{
		{"plain", "Chủ tịch tặng Bằng khen 3 tập thể, 6 cá nhân", "3 tap the", true},
		{"digit before", "Khen thưởng 33 tập thể", "3 tap the", false},
		{"letter after", "lần thứ VI", "lan thu v", false},
		{"whole roman numeral", "lần thứ V diễn ra", "lan thu v", true},
		{"thousands folded", "hơn 2.430 thông tin", "2430", true},
		{"nbsp thousands folded", "hơn 2\u00a0430 thông tin", "2430", true},
		{"must folded too", "hơn 2430 thông tin", "2.430", true},
		{"later occurrence", "233 và 33 tập thể", "33", true},
		{"no occurrence", "55 mô hình", "910", false},
		{"punctuation around", "(Nguyễn Hữu Hợp).", "nguyen huu hop", true},
		{"at start and end", "19/9", "19/9", true},
		{"digit after", "2430", "243", false},
		{"inside word", "dũng cảm", "dung c", false},
		{"unicode letter boundary", "xã Ia H'Drai", "drai", true},
		{"empty must", "anything", "", false},
		{"blank must", "anything", "   ", false},
		{"empty text", "", "a", false},
		{"nfd text", norm.NFD.String("Lê Văn Dũng"), "le van dung", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Found(tt.text, tt.must); got != tt.want {
				t.Errorf("Found(%q, %q) = %v, want %v", tt.text, tt.must, got, tt.want)
			}
		})
	}
}
