package analysis

import "strings"

// NormalizeD replaces letters that look like Đ/đ but are not it (Icelandic
// eth Ð U+00D0, African D Ɖ U+0189 and ɖ U+0256) with Đ U+0110 and đ U+0111.
func NormalizeD(s string) string {
	if !strings.ContainsAny(s, "ÐƉɖ") {
		return s
	}
	return strings.NewReplacer("Ð", "Đ", "Ɖ", "Đ", "ɖ", "đ").Replace(s)
}
