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

func TestContinues(t *testing.T) {
	tests := []struct {
		second string
		want   bool
	}{
		{"Trong đó, cấp mầm non có 151 phòng học.", true},
		{"Cụ thể: cấp mầm non: 151 phòng học; cấp tiểu học: 585 phòng học.", true},
		// "Cụ thể," elaborates anything: no breakdown of the figure.
		{"Cụ thể, nhiều trường đã sửa chữa phòng học.", false},
		{"Cấp mầm non có 151 phòng học.", false},
	}
	for _, tt := range tests {
		e := articleEngine(t, "date 2025-07 Toàn thành phố sẽ có 1.287 phòng học mới. "+tt.second+"\n")
		var got bool
		for _, s := range e.sents {
			if s.index == 1 {
				got = continues(s)
			}
		}
		if got != tt.want {
			t.Errorf("continues(%q) = %v, want %v", tt.second, got, tt.want)
		}
	}
}
