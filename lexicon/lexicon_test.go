package lexicon

import (
	"strings"
	"testing"
)

// Every role file loads, holds at least one phrase and no phrase twice.
func TestRoles(t *testing.T) {
	roles := Roles()
	if len(roles) == 0 {
		t.Fatal("no role files")
	}
	for _, r := range roles {
		ls, err := lines(r)
		if err != nil {
			t.Error(err)
			continue
		}
		seen := map[string]bool{}
		for _, l := range ls {
			if seen[l] {
				t.Errorf("%s.txt: %q twice", r, l)
			}
			seen[l] = true
		}
	}
}

func TestMissingRole(t *testing.T) {
	if _, err := Load("no_such_role"); err == nil {
		t.Fatal("Load of a missing role: no error")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("MustSet of a missing role did not panic")
		}
	}()
	MustSet("no_such_role")
}

func TestModes(t *testing.T) {
	s := NewSet("test", "giá", "bằng khen", "duoc")
	for _, c := range []struct {
		w    string
		m    Mode
		want bool
	}{
		{"giá", Exact, true}, {"gia", Exact, false}, {"Giá", Exact, false},
		{"gia", Folded, true}, {"già", Folded, true}, {"GIA", Folded, true}, {"được", Folded, true},
		{"gia", AsTyped, true}, {"già", AsTyped, false}, {"giá", AsTyped, true},
		{"được", AsTyped, false}, {"duoc", AsTyped, true},
	} {
		if got := s.Has(c.w, c.m); got != c.want {
			t.Errorf("Has(%q, %v) = %v, want %v", c.w, c.m, got, c.want)
		}
	}
	if !s.HasPhrase(strings.Fields("bang khen"), Folded) || s.HasPhrase([]string{"bang", "khen"}, Exact) {
		t.Error("HasPhrase")
	}
	if s.MaxWords() != 2 || s.Len() != 3 || s.Words()[1] != "bằng khen" || s.FoldedWords()[0] != "gia" {
		t.Errorf("MaxWords %d, Len %d, Words %q, FoldedWords %q", s.MaxWords(), s.Len(), s.Words(), s.FoldedWords())
	}
}

// TestMarkedTables checks that the tables HasDiacritics reads say what
// folding each rune says.
func TestMarkedTables(t *testing.T) {
	for _, block := range []struct{ from, to rune }{{0x00C0, 0x0250}, {0x1E00, 0x1F00}} {
		for r := block.from; r < block.to; r++ {
			if got, want := marked(r), hasMark(r); got != want {
				t.Errorf("marked(%q) = %v, want %v", r, got, want)
			}
		}
	}
}
