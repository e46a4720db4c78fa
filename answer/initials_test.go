package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

func TestNounInitials(t *testing.T) {
	tests := []struct{ fold, want string }{
		{"hc", "hc"},
		{"hcv", "hcv"},
		{"dv", "dv"},   // "ĐV", folded
		{"h", ""},      // one letter is a name's initial
		{"ubnd", ""},   // a vowel: a syllable's, or a body's code
		{"cand", ""},   // a vowel
		{"hcmtp", ""},  // too long for a noun
		{"m3", ""},     // a digit
		{"chương", ""}, // a syllable
		{"vàng", ""},   // not folded, and a syllable
	}
	for _, tt := range tests {
		if got := nounInitials(tt.fold); got != tt.want {
			t.Errorf("nounInitials(%q) = %q, want %q", tt.fold, got, tt.want)
		}
	}
}

func TestUnitAbbreviates(t *testing.T) {
	tests := []struct {
		q, unit string
		want    bool
	}{
		{"Việt Nam giành bao nhiêu huy chương vàng", "HC vàng", true},
		{"Việt Nam giành bao nhiêu huy chương vàng", "HCV", true},
		{"phường có bao nhiêu đảng viên", "ĐV", true},
		// Letters that begin other words, or a syllable, shorten nothing.
		{"Việt Nam giành bao nhiêu huy chương vàng", "HS", false},
		{"Việt Nam giành bao nhiêu huy chương vàng", "vàng", false},
		// Initials must start at the counted noun.
		{"bao nhiêu người học sinh", "HS", false},
		// Units of measure are written in lower case or mixed: no
		// initials.
		{"bao nhiêu khách mời", "km", false},
		{"cắm bao nhiêu cột mốc", "cm", false},
		{"mất điện ở bao nhiêu khu vực", "kV", false},
	}
	for _, tt := range tests {
		q := parseQuestion(analysis.Canonical(tt.q))
		if q.counted == nil {
			t.Fatalf("%q: no counted noun", tt.q)
		}
		if got := unitAbbreviates(analysis.Tokens("87 "+tt.unit), *q.counted, q.focus); got != tt.want {
			t.Errorf("unitAbbreviates(%q, %q) = %v, want %v", tt.q, tt.unit, got, tt.want)
		}
	}
}

// TestFocusBehind marks the count that writes less of the noun asked than
// another candidate does: "278 huy chương" beside "87 HC vàng" for "bao
// nhiêu huy chương vàng".
func TestFocusBehind(t *testing.T) {
	text := "date 2025-12-20 Việt Nam đứng thứ ba với 278 huy chương.\n\n" +
		"Đoàn thể thao Việt Nam khép lại 10 ngày tranh tài với 87 HC vàng, 81 HC bạc và 110 HC đồng.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	got := map[string]float64{}
	for _, c := range e.Candidates(context.Background(), "Việt Nam giành bao nhiêu huy chương vàng?") {
		for _, n := range []string{"278", "87"} {
			if strings.HasPrefix(c.Answer, n+" ") {
				got[n] = c.NamedFeatures()[fFocusBehind]
			}
		}
	}
	if got["278"] != 1 || got["87"] != 0 {
		t.Errorf("focus_behind: 278 → %v, 87 → %v; want 1, 0 (%v)", got["278"], got["87"], got)
	}
}
