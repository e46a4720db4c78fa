package lexicon

import "testing"

// TestFoldRune holds FoldRune(r) equal to Fold(string(r)) over the runes
// of the tables and around them.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		if got, want := FoldRune(r), Fold(string(r)); got != want {
			t.Errorf("FoldRune(%U) = %q, want %q", r, got, want)
		}
	}
}
