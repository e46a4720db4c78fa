package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestUnitGlued(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"412ha", "ha"},
		{"27kg", "kg"},
		{"2.350m2", "m2"},
		{"370m³", "m³"},
		{"5m²³", ""}, // more than one power digit
		{"8,5km", "km"},
		{"412", ""},   // a plain number
		{"ha", ""},    // a word
		{"72B1", ""},  // a code
		{"4G", ""},    // a capital: a name or a code
		{"3m2x", ""},  // letters after the power
		{"5m23", ""},  // more than one digit after the letters
		{"tấn", ""},   // no digits
		{"19/8", ""},  // a date
		{"2,5", ""},   // a decimal
		{"1.300", ""}, // thousands
	}
	for _, tt := range tests {
		if got := unitGlued(tt.in); got != tt.want {
			t.Errorf("unitGlued(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGluedFigureAgrees(t *testing.T) {
	tests := []struct {
		q, answer string
		agrees    bool
		focus     float64
		unit      string // the first word of unitOfTokens
	}{
		{"Khu dân cư mới rộng bao nhiêu ha?", "412ha", true, 1, "ha"},
		{"thu giữ bao nhiêu kg hàng lậu", "27kg hàng lậu", true, 1, "kg"},
		{"xưởng rộng bao nhiêu m2", "hơn 2.350m2", true, 1, "m2"},
		{"Khu dân cư mới rộng bao nhiêu ha?", "412 ha", true, 1, "ha"},
		{"có bao nhiêu xe", "72B1", false, 0, ""},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		toks := analysis.Analyze(tt.answer)
		agrees, _ := typeAgrees(q, tt.answer, toks)
		if agrees != tt.agrees {
			t.Errorf("%q — %q: type agrees %v, want %v", tt.q, tt.answer, agrees, tt.agrees)
		}
		if got := focusShare(q, toks); got != tt.focus {
			t.Errorf("%q — %q: focus %v, want %v", tt.q, tt.answer, got, tt.focus)
		}
		unit := ""
		if u := unitOfTokens(tt.answer, toks); len(u) > 0 {
			unit = u[0].text
		}
		if unit != tt.unit {
			t.Errorf("%q — %q: unit %q, want %q", tt.q, tt.answer, unit, tt.unit)
		}
	}
}
