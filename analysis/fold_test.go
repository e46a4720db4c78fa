package analysis

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// refFold is Fold written plainly, over the whole string's NFD: the
// table-driven Fold must agree with it. A superscript digit folds to its
// digit.
func refFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case strings.ContainsRune("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", r):
			b.WriteString(norm.NFKD.String(string(r)))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func TestFoldMatchesReference(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x2100; r++ {
		all.WriteRune(r)
	}
	for _, s := range []string{all.String(), "Ba\u0306\u0300ng", "ỦY ban Đ ǅ ﬁ Ω"} {
		if got, want := Fold(s), refFold(s); got != want {
			t.Errorf("Fold(%q) = %q, reference gives %q", s, got, want)
		}
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ỦY BAN", "ủy ban"},
		{"Đại Tá", "đại tá"},
		{"UBND", "ubnd"},
	}
	for _, tt := range tests {
		if got := Lower(tt.in); got != tt.want {
			t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Bằng khen", "bang khen"},
		{"ĐẠI TÁ", "dai ta"},
		{"đường", "duong"},
		{"Ba\u0306\u0300ng", "bang"},
		{"Ủy ban", "uy ban"},
		{"2.430", "2.430"},
		{"café", "cafe"},
		{"370m³, 800 m²", "370m3, 800 m2"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHasDiacritics(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"bang khen", false},
		{"Bằng", true},
		{"đi", true},
		{"Đ", true},
		{"2.430", false},
		{"—", false},
		{"a\u0301", true},
		{"Ω", false},
		{"ß", false},
		{"\uFFFD", false},
	}
	for _, tt := range tests {
		if got := HasDiacritics(tt.in); got != tt.want {
			t.Errorf("HasDiacritics(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func ExampleFold() {
	fmt.Println(Fold("Đại tá Nguyễn Thế Chi"))
	// Output: dai ta nguyen the chi
}
