package answer

import (
	"context"
	"testing"
)

// TestClassifierNoun checks that a count written with a classifier ("57
// chiếc") counts the noun written before its figure in its clause, for
// the whole and for the parts of its bracket, and that a part of a
// breakdown is written as the sentence writes it: the name first when the
// figure follows it.
func TestClassifierNoun(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Thời sự Thiệt hại do lốc (ABC) - Sáng 4/10, lốc xoáy gây thiệt hại ở ven biển.\n\n"+
		"Về tài sản, số nhà tốc mái là 40 (Hải Hậu 25 nhà, Giao Thủy 15 nhà); số thuyền, bè bị lật, hư hỏng 57 chiếc (Hải Hậu 31, Giao Thủy 26).")
	ctx := context.Background()
	tests := []struct {
		q, want string // want: a candidate's answer
	}{
		{"Giao Thủy có bao nhiêu thuyền bè bị lật?", "Giao Thủy 26 chiếc"},
		{"hai hau bao nhieu thuyen bi hu hong", "Hải Hậu 31 chiếc"},
		{"có bao nhiêu thuyền bị lật", "57 chiếc"},
	}
	for _, tt := range tests {
		found := false
		for _, c := range e.Candidates(ctx, tt.q) {
			found = found || c.Answer == tt.want
		}
		if !found {
			t.Errorf("%q: no candidate %q", tt.q, tt.want)
		}
	}
	// A classifier whose clause writes no noun before its figure stands
	// for nothing.
	s := &sent{}
	if got := classifierNounAt(s, 0, word{text: "chiếc", fold: "chiec"}); got != nil {
		t.Errorf("empty sentence: classifier noun %v, want none", got)
	}
}
