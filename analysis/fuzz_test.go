package analysis

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"",
		"Khen thưởng 33 tập thể, cá nhân (ANTQ) hơn 2.430 thông tin 19/9/2024",
		"hoà UỶ khoẻ quý",
		"Ba\u0306\u0300ng\u200b \u00D0ại tá",
		"a\xffb\x00c",
		"5k 1,5 bn ko dc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Canonical(s)
		if !utf8.ValidString(c) {
			t.Fatalf("Canonical(%q) = %q: invalid UTF-8", s, c)
		}
		if again := Canonical(c); again != c {
			t.Fatalf("Canonical not idempotent on %q: %q then %q", s, c, again)
		}
		// The reference goes by norm, which reads invalid UTF-8 its own
		// way; compare on valid text.
		if v := strings.ToValidUTF8(s, "\uFFFD"); Fold(v) != refFold(v) {
			t.Fatalf("Fold(%q) = %q, reference gives %q", v, Fold(v), refFold(v))
		}
		for _, r := range Fold(c) {
			if unicode.Is(unicode.Mn, r) {
				t.Fatalf("Fold(Canonical(%q)) holds combining mark %U", s, r)
			}
		}
		prev := 0
		for _, tok := range Tokens(c) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(c) {
				t.Fatalf("Tokens(%q): bad offsets %+v after %d", c, tok, prev)
			}
			if c[tok.Start:tok.End] != tok.Text {
				t.Fatalf("Tokens(%q): %+v does not match its offsets", c, tok)
			}
			if !tok.Number && tok.Folded != Fold(tok.Text) {
				t.Fatalf("Tokens(%q): %+v is not folded as Fold folds it: %q", c, tok, Fold(tok.Text))
			}
			prev = tok.End
		}
		for _, d := range FindDefinitions(c) {
			if d.Start < 0 || d.End > len(c) || c[d.Start:d.End] != d.Long {
				t.Fatalf("FindDefinitions(%q): bad %+v", c, d)
			}
		}
		words := Words(s)
		Teencode(words)
		for _, w := range words {
			UnTelex(w)
			ParseNumber(w)
			ParseDayMonth(w)
			IsStopword(w)
		}
		DetectLanguage(s)
	})
}
