package analysis

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Khen thưởng 33 tập thể", "Khen thưởng 33 tập thể"},
		{"NFD", "Ba\u0306\u0300ng khen", "Bằng khen"},
		{"NFD upper", "BA\u0306\u0300NG", "BẰNG"},
		{"new tone lower", "hoà thuận, uỷ ban, thuý", "hòa thuận, ủy ban, thúy"},
		{"new tone upper", "HOÀ, UỶ BAN, KHOẺ", "HÒA, ỦY BAN, KHỎE"},
		{"old tone kept", "hòa, ủy, khỏe", "hòa, ủy, khỏe"},
		{"zero width", "Hội\u200b nghị\ufeff", "Hội nghị"},
		{"soft hyphen", "biểu\u00addương", "biểudương"},
		{"eth", "\u00D0ại tá \u0189ồng", "Đại tá Đồng"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"controls", "a\x00b\tc\nd", "ab\tc\nd"},
		{"qu kept", "quý, quả", "quý, quả"},
		{"mark after vowel", "hoá\u0308", "hoá\u0308"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Canonical(tt.in)
			if got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Canonical(got); again != got {
				t.Errorf("Canonical not idempotent: %q then %q", got, again)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Canonical(%q) = %q: invalid UTF-8", tt.in, got)
			}
		})
	}
}

func ExampleCanonical() {
	// NFD input from a phone, new tone placement and a zero-width space.
	fmt.Println(Canonical("U\u0309y ban hoà\u200b giải"))
	// Output: Ủy ban hòa giải
}
