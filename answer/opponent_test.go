package answer

import (
	"testing"

	"github.com/hoidap/hoidap/lexicon"
)

func TestCountryAfter(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Hoàng Thị Thùy Giang xuất sắc đánh bại đối thủ tới từ Myanmar ở hạng 50kg của nữ.", "Myanmar"},
		{"Nguyễn Quang Huy xuất sắc đả bại VĐV của chủ nhà Thái Lan trong trận chung kết 57kg của nam.", "Thái Lan"},
		{"Đội Liên quân nữ giành HCV khi thắng Lào trong trận chung kết.", "Lào"},
		// The country of another part of the sentence is no opponent's.
		{"Đội tuyển thắng đối thủ, còn Thái Lan giành HCB.", ""},
		{"Vận động viên thắng Kim Anh ở chung kết.", ""},
	} {
		s := testSent(c.text)
		v, n := defeatAt(s.lower, lexicon.Exact)
		got := ""
		if v >= 0 {
			got = s.countryAfter(v+n, nil)
		}
		if got != c.want {
			t.Errorf("countryAfter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
