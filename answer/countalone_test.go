package answer

import (
	"strings"
	"testing"
)

func TestCountAlone(t *testing.T) {
	text := "date 2025-03-08 Tin\n\n" +
		"Hội nghị bầu Ban Chấp hành khóa mới gồm 27 người. Ban Thường vụ được bầu sau đó.\n\n" +
		"Huyện Tân Lạc có 5 trường đạt chuẩn, huyện Mai Châu có 2 trường đạt chuẩn. Cả hai huyện còn 7 trường đang xây mới.\n\n" +
		"Tổng kinh phí xây dựng khoảng 2,5 tỷ đồng. Chi phí thiết bị do tỉnh cấp.\n\n" +
		"Tỷ lệ học sinh khá giỏi đạt 64%, tăng 3% so với năm trước.\n\n" +
		"Trong số đó, Ban Chấp hành gồm 27 người như đã nêu.\n\n" +
		"Khu dân cư phía bắc rộng 412ha. Khu dân cư phía nam rộng 380 ha.\n"
	d := documentOf(t, text)
	tests := []struct {
		name   string
		in     string // a sentence of the document
		number string // the number asked about, as written there
		alone  bool
		known  bool
	}{
		{"one figure of its unit, written twice", "khóa mới gồm 27 người", "27", true, true},
		{"three figures of one unit", "Tân Lạc có 5 trường", "5", false, true},
		{"the second of them", "Mai Châu có 2 trường", "2", false, true},
		{"money past its scale", "khoảng 2,5 tỷ đồng", "2,5", true, true},
		{"a share is not read", "đạt 64%", "64", false, false},
		{"another figure of its unit glued to its number", "phía nam rộng 380 ha", "380", false, true},
		{"the glued figure, beside the other", "phía bắc rộng 412ha", "412", false, true},
	}
	for _, tt := range tests {
		s := sentHolding(t, d, tt.in)
		at := -1
		for i, w := range s.lower {
			if w == tt.number {
				at = i
				break
			}
		}
		alone, known := d.countAlone(s, at)
		if alone != tt.alone || known != tt.known {
			t.Errorf("%s: countAlone(%q, %s) = %v, %v, want %v, %v", tt.name, tt.in, tt.number, alone, known, tt.alone, tt.known)
		}
	}
}

// sentHolding returns the first sentence of d whose text holds in; the
// test fails without one.
func sentHolding(t *testing.T, d *document, in string) *sent {
	t.Helper()
	for _, s := range d.sents {
		if strings.Contains(s.text, in) {
			return s
		}
	}
	t.Fatalf("no sentence with %q", in)
	return nil
}
