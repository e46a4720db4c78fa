package answer

import (
	"strings"
	"testing"
)

func TestUnclosedNote(t *testing.T) {
	for _, c := range []struct {
		text string
		// before is the text before the bracket left open, depth how
		// many are; no bracket left open when depth is 0.
		before string
		depth  int
	}{
		{"phường Hòa Hưng (TPHCM)", "", 0},
		{"phường Hòa Hưng (TPHCM", "phường Hòa Hưng ", 1},
		{"phường X (TP Y (cũ)", "phường X ", 1},
		{"xã A (huyện B (tỉnh C", "xã A ", 2},
		{"không có ngoặc", "", 0},
		{"thừa ngoặc đóng) ở đây", "", 0},
	} {
		want := len(c.before)
		if c.depth == 0 {
			want = -1
		}
		open, depth := unclosedNote(c.text)
		if open != want || depth != c.depth {
			t.Errorf("unclosedNote(%q) = %d, %d, want %d, %d", c.text, open, depth, want, c.depth)
		}
	}
}

func TestBalanceNotes(t *testing.T) {
	for _, c := range []struct {
		text, span, want string
	}{
		// Closed right after the span: closed.
		{"Lễ diễn ra tại phường Hòa Hưng (TPHCM) hôm qua.", "phường Hòa Hưng (TPHCM", "phường Hòa Hưng (TPHCM)"},
		// Nested and left open: the span ends before the outer note.
		{"Họ sống ở phường Tân An (TP Vĩnh Long (cũ), tỉnh Vĩnh Long).", "phường Tân An (TP Vĩnh Long (cũ)", "phường Tân An"},
		// Balanced: as it is.
		{"Ông Hà (55 tuổi) đã về.", "Ông Hà (55 tuổi)", "Ông Hà (55 tuổi)"},
	} {
		s := testSent(c.text)
		from := indexOf(t, c.text, c.span)
		if got := balanceNotes(s, from, from+len(c.span)); got != c.want {
			t.Errorf("balanceNotes(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

// indexOf is strings.Index, failing the test when span is not in text.
func indexOf(t *testing.T, text, span string) int {
	t.Helper()
	i := strings.Index(text, span)
	if i < 0 {
		t.Fatalf("%q not in %q", span, text)
	}
	return i
}

// TestBindsOn checks that a word binds on when the articles write the
// pair it opens more often than the pair it closes, and not when the
// pairs are as frequent, the next word is not spaced from it or it is the
// sentence's last word.
func TestBindsOn(t *testing.T) {
	const text = "UBND tỉnh công nhận xã Hòa Lợi đạt chuẩn nông thôn mới."
	tests := []struct {
		word    string // the word k of text
		bigrams map[string]int
		want    bool
	}{
		// "công nhận" written more than "tỉnh công".
		{"công", map[string]int{"cong nhan": 5, "tinh cong": 1}, true},
		// The pair it closes written more: it stays with the one before.
		{"công", map[string]int{"cong nhan": 1, "tinh cong": 4}, false},
		// Both as often ("nông thôn mới", always written whole): neither way.
		{"thôn", map[string]int{"nong thon": 3, "thon moi": 3}, false},
		// No pair known.
		{"công", nil, false},
		// The last word: no word after it (the full stop is none).
		{"mới", map[string]int{"thon moi": 3}, false},
	}
	s := testSent(text)
	for _, tt := range tests {
		k := -1
		for i, w := range s.lower {
			if w == tt.word {
				k = i
				break
			}
		}
		if k < 1 {
			t.Fatalf("%q not a word of %q after its first", tt.word, text)
		}
		d := &document{bigrams: tt.bigrams}
		if got := d.bindsOn(s, k); got != tt.want {
			t.Errorf("bindsOn(%q) with %v = %v, want %v", tt.word, tt.bigrams, got, tt.want)
		}
	}
}

// TestBindsOnGlued checks that a word set off from the next by a comma
// binds on to nothing, however often the pair is written.
func TestBindsOnGlued(t *testing.T) {
	s := testSent("Giá điện tăng, giảm theo quý.")
	k := -1
	for i, w := range s.lower {
		if w == "tăng" {
			k = i
		}
	}
	d := &document{bigrams: map[string]int{"tang giam": 9}}
	if k < 1 || d.bindsOn(s, k) {
		t.Errorf("bindsOn(%q) across a comma = true (or no word), want false", "tăng")
	}
}
