package answer

import (
	"context"
	"strings"
	"testing"
)

// TestPeoplePredicates checks the predicates a total of people asks: each
// joined to the noun written once, none for a count of no people by what
// they did.
func TestPeoplePredicates(t *testing.T) {
	tests := []struct {
		q    string
		want string // the predicates, parted by "|"
	}{
		{"tong cong co bao nhieu nguoi chet va mat tich", "chet|mat tich"},
		{"tổng cộng bao nhiêu người chết", "chết"},
		{"tổng cộng bao nhiêu người chết và bị thương", "chết|bị thương"},
		// A predicate asked whole that the article counts in parts.
		{"Tổng cộng bao nhiêu người thương vong?", "chết|bị thương"},
		{"tong cong bao nhieu nguoi thuong vong", "chết|bị thương"},
		// Predicates of harm listed with a comma; a whole and its parts.
		{"Tổng cộng bao nhiêu người chết, mất tích và bị thương?", "chết|mất tích|bị thương"},
		{"tổng cộng bao nhiêu người thương vong (chết và bị thương)", "chết|bị thương"},
		// No predicate of people: a noun counted.
		{"tổng cộng bao nhiêu tập thể được khen", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range peoplePredicates(parseQuestion(tt.q)) {
			got = append(got, strings.Join(words(p), " "))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: predicates %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestPeopleUnitDoes checks which units count the people asked by their
// predicate: a people noun and the predicate's verb, passive markers
// aside, as written or as a synonym.
func TestPeopleUnitDoes(t *testing.T) {
	tests := []struct {
		unit, pred string
		want       bool
	}{
		{"người chết do lũ cuốn", "chết", true},
		{"người mất tích", "mất tích", true},
		{"người tử vong", "chết", true},
		{"đối tượng bị bắt", "bị bắt", true},
		// Another verb after the same passive marker.
		{"người bị thương", "bị bắt", false},
		{"người bị thương", "chết", false},
		// People with no predicate, and no people.
		{"người", "chết", false},
		{"tập thể được khen", "được khen", false},
	}
	for _, tt := range tests {
		if got := peopleUnitDoes(tt.unit, [][]word{sharedWords(tt.pred)}); got != tt.want {
			t.Errorf("%q of %q: %v, want %v", tt.unit, tt.pred, got, tt.want)
		}
	}
}

// TestSumOfPeopleByPredicate checks totals of people counted by what they
// underwent: the counts of each predicate joined in the question, never a
// count of another predicate, nor a part by name of a count its sentence
// states ("(Lai Châu 2, Sơn La 1)").
func TestSumOfPeopleByPredicate(t *testing.T) {
	const lead = "date 2024-09 Thời sự Mưa lũ gây thiệt hại (ABC) - Mưa lũ gây thiệt hại lớn tại các tỉnh miền núi.\n\n"
	tests := []sumCase{
		{"two predicates joined", "Theo báo cáo, 199 người chết, 128 người mất tích.",
			"tổng cộng có bao nhiêu người chết và mất tích", "199 + 128 = 327 người chết, mất tích."},
		{"two predicates joined, typed without marks", "Theo báo cáo, 199 người chết, 128 người mất tích.",
			"tong cong co bao nhieu nguoi chet va mat tich", "199 + 128 = 327 người chết, mất tích."},
		{"one predicate in sibling clauses, parts by name left out",
			"Theo báo cáo, 4 người chết do lũ cuốn (Lai Châu 2, Sơn La 1, Thái Nguyên 1); 4 người chết do sạt lở đất (Lai Châu 2, Yên Bái 2) và 3 người bị thương.",
			"tổng cộng bao nhiêu người chết", "4 + 4 = 8 người chết."},
		{"a whole broken down in a bracket",
			"Vụ sạt lở làm 95 người chết, mất tích (43 người chết, 52 người mất tích).",
			"tong cong co bao nhieu nguoi chet va mat tich", "95 người chết."},
		{"casualties, the dead and the injured",
			"Vụ tai nạn làm 6 người tử vong, 8 người bị thương.",
			"Tổng cộng có bao nhiêu người thương vong?", "6 + 8 = 14 người tử vong, bị thương."},
		{"a predicate asked that no count writes: no total",
			"Vụ sạt lở làm 3 người thiệt mạng, 1 người mất tích.",
			"Tổng cộng bao nhiêu người chết, mất tích và bị thương?", ""},
	}
	testSums(t, lead, tests)
}

func TestSumOfPredicatesBeforeCounts(t *testing.T) {
	e := articleEngine(t, "date 2026-01 Tai nạn dịp Tết (XYZ) - Cục CSGT vừa thông tin số liệu.\n\n"+
		"Trong 4 ngày nghỉ Tết Dương lịch, toàn quốc xảy ra 196 vụ tai nạn giao thông, làm chết 94 người, bị thương 154 người.")
	q := e.parse("tong cong bao nhieu nguoi chet va bi thuong dip tet duong lich")
	content := e.content(q)
	c := e.sum(q, content, e.scopeOf(context.Background(), q, content))
	if want := "94 + 154 = 248 người chết, bị thương."; c.answer != want {
		t.Errorf("sum = %q, want %q", c.answer, want)
	}
}
