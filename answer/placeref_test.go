package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

func TestPlacesTypedLowerCase(t *testing.T) {
	a, err := corpus.Parse("t", []byte("date 2026-01-05 Tai nạn ở Thanh Hóa\n\nSáng 5/1, anh Lê Văn Hùng, quê xã Quảng Bình, tỉnh Thanh Hóa, điều khiển ôtô trên quốc lộ 47B.\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q    string
		caps []string // folded words read as a name
	}{
		// After its unit, the whole name the articles write there.
		{"anh hung nguoi tinh thanh hoa phai ko", []string{"thanh", "hoa"}},
		{"anh hung que xa quang binh a", []string{"quang", "binh"}},
		// Not after a unit, or not a name written after one.
		{"thanh hoa co may nguoi chet", nil},
		{"anh hung o tinh nghe an phai ko", nil},
		{"xa quang co bao nhieu nguoi", nil}, // part of a name only
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		var got []string
		for _, w := range q.words {
			if w.cap {
				got = append(got, w.fold)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.caps, " ") {
			t.Errorf("%q: names %v, want %v", tt.q, got, tt.caps)
		}
	}
}
