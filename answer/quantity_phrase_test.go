package answer

import (
	"strings"
	"testing"
)

// TestHasWholePhrase checks hasWholePhrase against the padded Contains it
// stands for.
func TestHasWholePhrase(t *testing.T) {
	texts := []string{"", "ty le", "ty lee", "co ty le nao", "phan tram", "tram", "a ty le", "ty", "xty le ty le"}
	phrases := []string{"ty le", "tram", "phan tram", "ty", "le"}
	for _, text := range texts {
		for _, p := range phrases {
			want := strings.Contains(" "+text+" ", " "+p+" ")
			if got := hasWholePhrase(text, p); got != want {
				t.Errorf("hasWholePhrase(%q, %q) = %v, want %v", text, p, got, want)
			}
		}
	}
}
