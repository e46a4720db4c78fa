package answer

import "testing"

// TestWrittenOtherwise checks the question words an article writes
// another way than typed, which fNameMissing does not read as missing.
func TestWrittenOtherwise(t *testing.T) {
	e := articleEngine(t, "date 2025-06 Thời sự Bắt giữ (PLO) - Ngày 9/6, công an thị xã Sa Pa bắt đối tượng H.V.L. cùng hai thanh niên.\n\n"+
		"Năm ngoái, huyện có 5 vụ.\n")
	a := e.doc.articles[0]
	tests := []struct {
		q    string
		want bool // name_missing
	}{
		{"năm nay bắt bao nhiêu người", false}, // the article's year
		{"2 thanh nien la ai", false},          // spelled out
		{"HVL bị bắt ngày nào", false},         // initials with dots
		{"PLO là báo gì", false},               // the newspaper's code
		{"công an thị xã Sapa bắt ai", false},  // two syllables typed as one
		{"công an thị xã Bắc Hà bắt ai", true},
		{"HVT bị bắt ngày nào", true},
		{"năm 2019 bắt bao nhiêu người", true},
		{"3 thanh nien la ai", true},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		if _, got := e.doc.missingFrom(e.content(q), a, q.lang); got != tt.want {
			t.Errorf("%q: name missing %v, want %v", tt.q, got, tt.want)
		}
	}
}
