package lexicon

import (
	"strings"
	"testing"
)

func TestRegexp(t *testing.T) {
	for _, tc := range []struct {
		pattern, text, want string
	}{
		// Every phrase of the role matches, the longer first.
		{`(?i){{range_to}}\s+\d+`, "từ 3 tới 5", "tới 5"},
		{`(?i){{period_edge_words}}\s+tháng`, "Cuối tháng 9", "Cuối tháng"},
		// A phrase's space matches any white space.
		{`{{date_cues}}\s+\d+`, "rạng  sáng 5", "rạng  sáng 5"},
		// The pattern keeps its own syntax around the role.
		{`^(?:{{date_cues}})$`, "khuya", "khuya"},
		{`^(?:{{date_cues}})$`, "sáng nay", ""},
	} {
		re, err := Regexp(tc.pattern)
		if err != nil {
			t.Fatalf("Regexp(%q): %v", tc.pattern, err)
		}
		if got := re.FindString(tc.text); got != tc.want {
			t.Errorf("Regexp(%q).FindString(%q) = %q, want %q", tc.pattern, tc.text, got, tc.want)
		}
	}
}

func TestRegexpErrors(t *testing.T) {
	for _, p := range []string{
		`{{no_such_role_here}}`, // a role without a file
		`{{range_to}}(`,         // a pattern that does not compile
		`{{Range_to}}`,          // a placeholder that names no role
	} {
		if _, err := Regexp(p); err == nil {
			t.Errorf("Regexp(%q): no error", p)
		}
	}
}

func TestAlternationLongestFirst(t *testing.T) {
	got, err := alternation("date_cues")
	if err != nil {
		t.Fatal(err)
	}
	if want := `(?:rạng\s+sáng|`; !strings.HasPrefix(got, want) {
		t.Errorf("alternation(date_cues) = %q, want it to start %q", got, want)
	}
}
