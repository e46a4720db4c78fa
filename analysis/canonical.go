package analysis

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Canonical returns s in the canonical form every offset in hoidap refers
// to: invalid UTF-8 replaced by U+FFFD, invisible and control characters
// removed (new lines and tabs kept), Unicode NFC, look-alike Đ letters made
// Đ, and tone marks in one placement. It is lossless for ordinary text: a
// canonical string is returned unchanged.
func Canonical(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = RemoveInvisible(s)
	s = norm.NFC.String(s)
	s = NormalizeD(s)
	return NormalizeTones(s)
}
