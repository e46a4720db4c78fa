package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestRepeatsGluedUnit checks that a number glued to its unit repeats the
// question as the number and its unit written apart do.
func TestRepeatsGluedUnit(t *testing.T) {
	q := parseQuestion("Khu đô thị rộng bao nhiêu ha?")
	for _, ans := range []string{"298ha", "298 ha"} {
		if got := repeats(q, analysis.Tokens(ans)); got != 0.5 {
			t.Errorf("repeats(%q) = %v, want 0.5", ans, got)
		}
	}
}
