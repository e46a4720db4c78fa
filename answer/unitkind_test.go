package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestUnitWordsLong checks that a code in capitals opening a unit is read
// in its long form, and a word in lower case is not.
func TestUnitWordsLong(t *testing.T) {
	cases := []struct{ unit, want string }{
		{"HCV", "huy chuong vang"},
		{"HCĐ", "huy chuong dong"},
		{"ca", "ca"},
		{"đối tượng", "doi tuong"},
		{"XYZ tấn", "xyz tan"},
	}
	for _, c := range cases {
		if got := strings.Join(unitWordsLong(c.unit), " "); got != c.want {
			t.Errorf("unitWordsLong(%q) = %q, want %q", c.unit, got, c.want)
		}
	}
}

// TestUnitKindOther checks when a unit counts another kind of the noun a
// question asks.
func TestUnitKindOther(t *testing.T) {
	cases := []struct {
		unit, q string
		want    bool
	}{
		{"HCV", "viet nam gianh bao nhieu huy chuong bac", true},
		{"HCB", "viet nam gianh bao nhieu huy chuong bac", false},
		{"HCV", "viet nam gianh bao nhieu huy chuong", false},
		{"giải A", "có bao nhiêu giải B", true},
		{"giải khuyến khích", "có bao nhiêu giải B", false},
		{"đối tượng", "bắt bao nhiêu đối tượng", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := unitKindOther(c.unit, q.focus); got != c.want {
			t.Errorf("unitKindOther(%q, %q) = %v, want %v", c.unit, textOf(q.focus), got, c.want)
		}
	}
}

// TestSumOfKinds checks that a total of a noun adds the counts of its
// kinds written as codes ("29 HCV, 28 HCB, 40 HCĐ"), and leaves out by
// how much a count changed ("tăng 1 HCV").
func TestSumOfKinds(t *testing.T) {
	e := articleEngine(t, "date 2025-08 Thể thao Giải trẻ (ABC) - Việt Nam đã giành 29 HCV.\n\n"+
		"Tính tới ngày 20-8, Việt Nam giành 29 HCV, 28 HCB, 40 HCĐ; tăng 1 HCV, 2 HCB so với năm 2024.")
	ctx := context.Background()
	tests := []struct{ q, want string }{
		{"tong cong viet nam duoc bao nhieu huy chuong", "29 + 28 + 40 = 97 HCV."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "sum")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: sum %q (found %v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}

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
