package corpus

import (
	"strings"
	"testing"
)

func TestCheckID(t *testing.T) {
	tests := []struct {
		id string
		ok bool
	}{
		{"000_5733c26161288d00", true},
		{"hội-thao 2024", true},
		{"Bài (1)", true},
		{strings.Repeat("a", MaxIDLength), true},
		{strings.Repeat("ộ", MaxIDLength), true},
		{"", false},
		{strings.Repeat("a", MaxIDLength+1), false},
		{"a/b", false},
		{`a\b`, false},
		{"..", false},
		{".hidden", false},
		{"x.txt", false},
		{"ho\u0300a", false}, // NFD
		{"a\x00b", false},
		{"a\nb", false},
		{"a\u200bb", false}, // zero-width space
		{"a\xffb", false},
	}
	for _, tt := range tests {
		if err := CheckID(tt.id); (err == nil) != tt.ok {
			t.Errorf("CheckID(%q) = %v, want ok %v", tt.id, err, tt.ok)
		}
	}
}
