package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestOnlyFunctionWords(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"về việc", true},
		{"của các", true},
		{"về việc tặng Bằng khen", false},
		{"2 và 3", false},
		{"", false},
	}
	for _, tc := range tests {
		c := candidate{answer: tc.answer, toks: analysis.Tokens(tc.answer)}
		if got := onlyFunctionWords(c); got != tc.want {
			t.Errorf("onlyFunctionWords(%q) = %v, want %v", tc.answer, got, tc.want)
		}
	}
}
