package analysis

import "testing"

func TestRemoveInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"a\u200bb\u200cc\u200dd", "abcd"},
		{"\ufeffđầu", "đầu"},
		{"x\u2060y\u180ez", "xyz"},
		{"a\u00adb", "ab"},
		{"line\nnext\r\ttab", "line\nnext\r\ttab"},
		{"bell\x07 del\x7f", "bell del"},
		{"rtl\u200fmark\u202a", "rtlmark"},
	}
	for _, tt := range tests {
		if got := RemoveInvisible(tt.in); got != tt.want {
			t.Errorf("RemoveInvisible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
