package answer

import "testing"

func TestPartOther(t *testing.T) {
	kcn := testSent("Đến nay, trên địa bàn tỉnh có 465 dự án đầu tư nước ngoài (trong KCN 292 dự án với tổng vốn khoảng 15,408 tỷ USD; ngoài KCN 173 dự án với tổng vốn hơn 17,695 tỷ USD).")
	places := testSent("Trong đó, 4 người chết do lũ cuốn (Lai Châu 2, Sơn La 1, Thái Nguyên 1).")
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
		{"no sibling of its unit", "có bao nhiêu dự án", testSent("Tỉnh có 465 dự án."), "465", false, false},
	}
	for _, tt := range tests {
		other, known := partOther(partWords(parseQuestion(tt.q)), tt.s, wordIndex(t, tt.s, tt.number))
		if other != tt.other || known != tt.known {
			t.Errorf("%s: partOther(%q, %s) = %v, %v; want %v, %v", tt.name, tt.q, tt.number, other, known, tt.other, tt.known)
		}
	}
}
