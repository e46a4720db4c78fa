package lexicon

import (
	"reflect"
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

func TestRecords(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []Record
		err        string // a part of the error; "" for none
	}{
		{"one field", "# c\n\nke ten = list\n", []Record{{"ke ten", []string{"list"}, "t.txt:3"}}, ""},
		{"two fields", "bao lau = count / lau\ngiai doan nao =  when/giai doan \n",
			[]Record{{"bao lau", []string{"count", "lau"}, "t.txt:1"}, {"giai doan nao", []string{"when", "giai doan"}, "t.txt:2"}}, ""},
		{"no equals", "ke ten\n", nil, `t.txt:1: "ke ten" is not`},
		{"equals unspaced", "a=who\n", nil, `t.txt:1: "a=who" is not`},
		{"no phrase", "# c\n = who\n", nil, "t.txt:2:"},
		{"empty field", "ai = who\nai nao = who / \n", nil, "t.txt:2: field 2"},
		{"empty first field", "ai = / khi\n", nil, "t.txt:1: field 1"},
		{"too many fields", "ai = who / khi / x\n", nil, "t.txt:1: 3 fields, at most 2"},
		{"twice", "ai = who\n\nai = what\n", nil, `t.txt:3: phrase "ai" again (first at t.txt:1)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseRecords("t.txt", entryLines(c.text), 2)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one holding %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
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
