package corpus

import (
	"strconv"
	"strings"
	"testing"
)

// TestApproximateCounts checks that a scale after a word that makes it
// vague ("hàng nghìn", "vài trăm", "gần chục") is read as a count with
// no number, its lead kept as its qualifier, and that a scale after a
// number or alone is not read so.
func TestApproximateCounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "number value unit|text", "" for none
	}{
		{"hàng nghìn", "Lực lượng tham gia hàng nghìn trận đánh lớn nhỏ.", "nghìn 1000 trận đánh lớn nhỏ|hàng nghìn trận đánh lớn nhỏ"},
		{"vài trăm", "Anh đã bán được vài trăm cây mai.", "trăm 100 cây mai|vài trăm cây mai"},
		{"gần chục", "Nhóm trộm đã gây ra gần chục vụ.", "chục 10 vụ|gần chục vụ"},
		{"a scale after a number", "Có 2 nghìn người dự lễ.", ""},
		{"a scale with no lead", "Trăm người như một.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.text)
			got := ""
			for _, f := range ofType(Extract(a), FactQuantity) {
				if f.Passage == "t/p1" && approximateScales[strings.ToLower(f.Number)] > 0 {
					got = f.Number + " " + formatValue(f.Value) + " " + f.Unit + "|" + f.Text
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// formatValue writes a whole value without decimals.
func formatValue(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(v, 'f', 2, 64), "0"), ".")
}
