package analysis

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"55", 55, true},
		{"0", 0, true},
		{"2.430", 2430, true},
		{"36.500", 36500, true},
		{"1.234.567", 1234567, true},
		{"1,5", 1.5, true},
		{"1.234,5", 1234.5, true},
		{"1.5", 1.5, true},
		{"2019", 2019, true},
		{"5k", 5000, true},
		{"10K", 10000, true},
		{"2tr", 2e6, true},
		{"1tỷ", 1e9, true},
		{"19/9", 0, false},
		{"19/9/2024", 0, false},
		{"", 0, false},
		{"k", 0, false},
		{"abc", 0, false},
		{"1.2.3", 0, false},
		{"1.23.456", 0, false},
		{"1,2,3", 0, false},
		{"1,5.000", 0, false},
		{".5", 0, false},
		{"5.", 0, false},
		{"5kg", 0, false},
		{"3h", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIsQualifier(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"hon", true},
		{"gan", true},
		{"khoang", true},
		{"gan nhu", true},
		{"uoc tinh", true},
		{"len den", true},
		{"hang tram", true},
		{"hơn", false}, // callers pass folded phrases
		{"mo hinh", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsQualifier(tt.in); got != tt.want {
			t.Errorf("IsQualifier(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, q := range Qualifiers {
		if q != Fold(q) {
			t.Errorf("qualifier %q is not folded", q)
		}
	}
}

func TestParseDayMonth(t *testing.T) {
	tests := []struct {
		in         string
		day, month int
		ok         bool
	}{
		{"19/9", 19, 9, true},
		{"12/11", 12, 11, true},
		{"1/1", 1, 1, true},
		{"19/9/2024", 19, 9, true},
		{"19-9-2024", 19, 9, true},
		{"31/12/24", 31, 12, true},
		{"29/2", 29, 2, true},
		{"29/2/2024", 29, 2, true},
		{"29/2/2023", 0, 0, false},
		{"29/2/1900", 0, 0, false},
		{"29/2/2000", 29, 2, true},
		{"31/4", 0, 0, false},
		{"0/9", 0, 0, false},
		{"19/13", 0, 0, false},
		{"19/0", 0, 0, false},
		{"2.430", 0, 0, false},
		{"2019", 0, 0, false},
		{"19/9/202", 0, 0, false},
		{"19/9/2024/1", 0, 0, false},
		{"a/b", 0, 0, false},
		{"/9", 0, 0, false},
		{"123/4", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		d, m, ok := ParseDayMonth(tt.in)
		if d != tt.day || m != tt.month || ok != tt.ok {
			t.Errorf("ParseDayMonth(%q) = %d, %d, %v; want %d, %d, %v", tt.in, d, m, ok, tt.day, tt.month, tt.ok)
		}
	}
}

func TestGroupsThousands(t *testing.T) {
	tests := []struct {
		num  string
		want bool
	}{
		{"1.435", true},
		{"12.000", true},
		{"2.430.000", true},
		{"1.5", false},          // a decimal in English text
		{"0912.345.678", false}, // a phone number's first group is too long
		{"138", false},          // no group at all
		{"1.43", false},
		{"1..435", false},
		{"1.43a", false},
	}
	for _, tt := range tests {
		if got := GroupsThousands(tt.num); got != tt.want {
			t.Errorf("GroupsThousands(%q) = %v, want %v", tt.num, got, tt.want)
		}
	}
}
