package analysis

import (
	"reflect"
	"strings"
	"testing"
)

func TestBuiltinAbbreviation(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"UBND", "Ủy ban nhân dân", true},
		{"ubnd", "Ủy ban nhân dân", true},
		{"HĐND", "Hội đồng nhân dân", true},
		{"HDND", "Hội đồng nhân dân", true},
		{"\u00D0BQH", "đại biểu Quốc hội", true}, // Ð U+00D0, a look-alike
		{"ĐBQH", "đại biểu Quốc hội", true},
		{"GD&ĐT", "Giáo dục và Đào tạo", true},
		{"GDĐT", "Giáo dục và Đào tạo", true},
		{"KT-XH", "kinh tế - xã hội", true},
		{"KTXH", "kinh tế - xã hội", true},
		{"ANTT", "an ninh trật tự", true},
		{"LĐTB&XH", "Lao động - Thương binh và Xã hội", true},
		{"NN&PTNT", "Nông nghiệp và Phát triển nông thôn", true},
		{"VHTTDL", "Văn hóa, Thể thao và Du lịch", true},
		{"TP", "thành phố", true},
		{"QNO", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := BuiltinAbbreviation(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("BuiltinAbbreviation(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBuiltinAbbreviationsCanonical(t *testing.T) {
	if len(abbreviations) < 40 {
		t.Errorf("only %d built-in abbreviations", len(abbreviations))
	}
	for k, v := range abbreviations {
		if Canonical(v) != v {
			t.Errorf("long form of %q is not canonical: %q", k, v)
		}
		if abbrevKey(k) != k {
			t.Errorf("key %q is not folded", k)
		}
	}
}

func TestFindDefinitions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Definition
	}{
		{"none", "Không có định nghĩa nào.", nil},
		{"article", "bảo vệ an ninh Tổ quốc (ANTQ), giai đoạn", []Definition{
			{Short: "ANTQ", Long: "an ninh Tổ quốc"},
		}},
		{"diacritics", "Ủy ban nhân dân (UBND) tỉnh", []Definition{
			{Short: "UBND", Long: "Ủy ban nhân dân"},
		}},
		{"lower initials", "an ninh trật tự (ANTT)", []Definition{
			{Short: "ANTT", Long: "an ninh trật tự"},
		}},
		{"va skipped", "Sở Giáo dục và Đào tạo (GD&ĐT)", []Definition{
			{Short: "GD&ĐT", Long: "Giáo dục và Đào tạo"},
		}},
		{"comma inside", "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL)", []Definition{
			{Short: "VHTTDL", Long: "Văn hóa, Thể thao và Du lịch"},
		}},
		{"source tag", "Tổ quốc (QNO) - Sáng nay", nil},
		{"place", "tại (TP. Kon Tum)", nil},
		{"lower code", "an ninh (an)", nil},
		{"one letter", "Nam (N)", nil},
		{"no close", "an ninh trật tự (ANTT", nil},
		{"sentence break", "an ninh. Trật tự (ANTT)", nil},
		{"space before paren", "Hội Nông dân  (HND)", []Definition{
			{Short: "HND", Long: "Hội Nông dân"},
		}},
		{"dotted", "tại Thành phố Hồ Chí Minh (TP.HCM).", []Definition{
			{Short: "TP.HCM", Long: "Thành phố Hồ Chí Minh"},
		}},
		{"trailing dot", "Hội Nông dân (HND.)", nil},
		{"many va", strings.Repeat("và ", 500) + "(VVVVVVVVVX)", nil},
		{"two", "Công an nhân dân (CAND) và Quân đội nhân dân (QĐND).", []Definition{
			{Short: "CAND", Long: "Công an nhân dân"},
			{Short: "QĐND", Long: "Quân đội nhân dân"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The expected offsets are those of the first occurrence of Long.
			for i, d := range tt.want {
				tt.want[i].Start = strings.Index(tt.in, d.Long)
				tt.want[i].End = tt.want[i].Start + len(d.Long)
			}
			got := FindDefinitions(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("FindDefinitions(%q) =\n%+v\nwant\n%+v", tt.in, got, tt.want)
			}
			for _, d := range got {
				if tt.in[d.Start:d.End] != d.Long {
					t.Errorf("offsets %d:%d give %q, want %q", d.Start, d.End, tt.in[d.Start:d.End], d.Long)
				}
			}
		})
	}
}
