package lexicon

import (
	"strings"
	"testing"
)

// TestHasPhraseIsHasOfJoined checks that HasPhrase, which folds and joins
// into a buffer of its own, answers as Has of the joined words, and that
// appendFold is Fold.
func TestHasPhraseIsHasOfJoined(t *testing.T) {
	s := NewSet("test", "bằng khen", "Thủ tướng", "ủy ban nhân dân tỉnh Quảng Nam và các sở ban ngành liên quan", "ABC", "đ")
	phrases := [][]string{
		{"bằng", "khen"}, {"bang", "khen"}, {"Bằng", "Khen"}, {"BANG", "KHEN"}, {"thủ", "tướng"}, {"thu", "tuong"},
		{"Thủ", "tướng"}, {"abc"}, {"ABC"}, {"d"}, {"Đ"}, {"đ"}, {"bằng khen"}, {}, {""}, {"bằng", "", "khen"},
		strings.Fields("ủy ban nhân dân tỉnh quảng nam và các sở ban ngành liên quan"),
		strings.Fields("uy ban nhan dan tinh quang nam va cac so ban nganh lien quan"),
		{"b\xe1ng", "khen"}, {"Ω"}, {"bă\u0300ng", "khen"},
	}
	for _, words := range phrases {
		for _, m := range []Mode{Exact, Folded, AsTyped} {
			if got, want := s.HasPhrase(words, m), s.Has(strings.Join(words, " "), m); got != want {
				t.Errorf("HasPhrase(%q, %v) = %v, Has of the joined words %v", words, m, got, want)
			}
			if got, want := s.Has(strings.Join(words, " "), m), oldHas(s, strings.Join(words, " "), m); got != want {
				t.Errorf("Has(%q, %v) = %v, was %v", strings.Join(words, " "), m, got, want)
			}
		}
		for _, w := range words {
			if got := string(appendFold(nil, w)); got != Fold(w) {
				t.Errorf("appendFold(%q) = %q, Fold %q", w, got, Fold(w))
			}
		}
	}
}

// oldHas is Has as it was before it folded into a buffer.
func oldHas(s *Set, w string, m Mode) bool {
	switch m {
	case Exact:
		return s.exact[w]
	case Folded:
		return s.folded[Fold(w)]
	}
	if HasDiacritics(w) {
		return s.exact[w]
	}
	return s.folded[Fold(w)]
}
