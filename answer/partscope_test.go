package answer

import (
	"strings"
	"testing"
)

func TestPartOther(t *testing.T) {
	kcn := testSent("Đến nay, trên địa bàn tỉnh có 465 dự án đầu tư nước ngoài (trong KCN 292 dự án với tổng vốn khoảng 15,408 tỷ USD; ngoài KCN 173 dự án với tổng vốn hơn 17,695 tỷ USD).")
	places := testSent("Trong đó, 4 người chết do lũ cuốn (Lai Châu 2, Sơn La 1, Thái Nguyên 1).")
	awards := testSent("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân có thành tích xuất sắc.")
	tests := []struct {
		name         string
		q            string
		s            *sent
		number       string
		other, known bool
	}{
		{"the other part of the parenthesis", "ngoài KCN có bao nhiêu dự án", kcn, "292", true, true},
		{"the part asked", "ngoài KCN có bao nhiêu dự án", kcn, "173", false, true},
		{"no word sets a part apart", "KCN có bao nhiêu dự án", kcn, "292", false, true},
		{"a part of places, another place asked", "Sơn La có mấy người chết do lũ cuốn", places, "2", true, true},
		{"a part of places, the place asked", "Sơn La có mấy người chết do lũ cuốn", places, "1", false, true},
		{"a part of another scale", "bao nhiêu lượt khách đến bằng đường hàng không", testSent("Trong đó có 7,4 triệu lượt khách đến bằng đường hàng không; bằng đường biển đạt 164.900 lượt người."), "164.900", true, true},
		{"a list of counts shares its predicate", "chủ tịch ubnd tỉnh trao bằng khen cho mấy cá nhân", awards, "6", false, true},
		{"the list's other predicate", "chủ tịch ubnd tỉnh trao bằng khen cho mấy cá nhân", awards, "15", true, true},
		{"no sibling of its unit", "có bao nhiêu dự án", testSent("Tỉnh có 465 dự án."), "465", false, false},
	}
	for _, tt := range tests {
		other, known := partOther(partWords(parseQuestion(tt.q)), tt.s, wordIndex(t, tt.s, tt.number))
		if other != tt.other || known != tt.known {
			t.Errorf("%s: partOther(%q, %s) = %v, %v; want %v, %v", tt.name, tt.q, tt.number, other, known, tt.other, tt.known)
		}
	}
}

func TestCountListHead(t *testing.T) {
	tests := []struct {
		name, sentence, number, head string
	}{
		{"a count after a count", "Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân.", "6", "chủ tịch ubnd tỉnh tặng bằng khen"},
		{"the list's first count heads nothing", "Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân.", "3", ""},
		{"a list with no head", "Có 24 nhà sập; 30 ha lúa và hoa màu, 5,6 ha ao nuôi cá bị thiệt hại.", "5,6", ""},
		{"a count of the same noun is a share, no list", "Công an tỉnh bắt 150 đối tượng, 80 đối tượng đã bị khởi tố.", "80", ""},
		{"a semicolon ends the list", "Tỉnh tặng Bằng khen 3 tập thể; 6 cá nhân được Giấy khen.", "6", ""},
		{"no count before", "Dịp này, 6 cá nhân được khen.", "6", ""},
		{"no number opens the part", "Tỉnh có 3 tập thể, Giám đốc tặng 6 cá nhân.", "6", ""},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		from, to := countListHead(s, s.wordScopes(), wordIndex(t, s, tt.number))
		if got := strings.Join(s.lower[from:to], " "); got != tt.head {
			t.Errorf("%s: countListHead(%s) = %q; want %q", tt.name, tt.number, got, tt.head)
		}
	}
}
