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
