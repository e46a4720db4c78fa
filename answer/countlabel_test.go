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

// TestOrdinalLabel checks that "thứ mấy" and "thứ bao nhiêu" ask an
// ordinal whatever words follow, that the label is the one said of the
// words the question writes before it in its part of the sentence, not
// of the label before it, and that a label head is answered by another
// phrase of its group ("lần 3" for "lần thứ mấy").
func TestOrdinalLabel(t *testing.T) {
	e := articleEngine(t, "date 2024-11 Thời sự Hội đồng họp (ABC) - Sáng 5/11, buổi làm việc thứ 12, Phiên họp thứ 7 của Hội đồng nhân dân huyện diễn ra tại hội trường.\n\n"+
		"Theo ban tổ chức, sau hội chợ lần thứ nhất, Hội chợ hoa kiểng Tân Phú lần 3 năm nay thu hút đông người dân.")
	ctx := context.Background()
	tests := []struct {
		q, want string // want: the identifier candidate's answer
	}{
		{"Đó là buổi làm việc thứ bao nhiêu của phiên họp?", "thứ 12."},
		{"phiên họp thứ mấy", "Phiên họp thứ 7 của Hội đồng."},
		{"Hội chợ hoa kiểng Tân Phú năm nay là lần thứ mấy?", "lần 3."},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "identifier")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: identifier %q, want %q", tt.q, c.Answer, tt.want)
		}
	}
}

// TestOrdinalLabelUnmarked checks that "thu" typed without marks before a
// count word followed by its noun is read as a verb, not as "thứ".
func TestOrdinalLabelUnmarked(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want wh
	}{
		{"thu bao nhieu vien dan", whCount},
		{"ngày họp thứ bao nhiêu của phiên họp", whNumber},
		{"lần thứ mấy", whNumber},
	} {
		if got := parseQuestion(tt.q).wh; got != tt.want {
			t.Errorf("%q: wh %v, want %v", tt.q, got, tt.want)
		}
	}
}
