package answer

import "testing"

// TestKindUnnamed checks that an answer writing the asked kind noun with
// no name after it is told apart from one naming it, in sentences written
// for the test.
func TestKindUnnamed(t *testing.T) {
	cases := []struct {
		q, answer string
		want      bool
	}{
		{"hai người bị thương được chuyển tới bệnh viện nào", "Hai người bị thương sau đó được chuyển tới bệnh viện điều trị nhưng ông K. đã qua đời.", true},
		{"hai người bị thương được chuyển tới bệnh viện nào", "Hai người bị thương được chuyển tới Bệnh viện Đa khoa Hòa Bình.", false},
		{"hai người bị thương được chuyển tới bệnh viện nào", "được chuyển tới bệnh viện đa khoa tỉnh Hòa Bình", false},
		{"hai người bị thương được chuyển tới bệnh viện nào", "Chợ Mới", false},
		{"những bệnh viện nào góp mặt", "với sự góp mặt của nhiều bệnh viện lớn, như Thống Nhất, An Bình", false},
		{"5 dự án của sở là những trường nào", "Sở có 5 dự án, ngoài ra còn có các dự án trường học tại các huyện.", true},
		{"ai là người dẫn đoàn", "bệnh viện cấp cứu", false},
		// The administrative words before a place take no room: the
		// name's place is still read as naming the court.
		{"tòa nào xét xử", "Tòa án nhân dân thành phố Hà Nội", false},
		{"tòa nào xét xử", "Tòa án nhân dân cấp tỉnh sẽ xét xử vụ án", true},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := kindUnnamed(q, c.answer); got != c.want {
			t.Errorf("kindUnnamed(%q, %q) = %v, want %v", c.q, c.answer, got, c.want)
		}
	}
}

// TestCountRestated checks that an answer restating the count a
// which-question names, with no names after it, is told apart from one
// naming the things counted, in sentences written for the test.
func TestCountRestated(t *testing.T) {
	cases := []struct {
		q, answer string
		want      bool
	}{
		{"bốn đơn vị được khen gồm những trường nào", "4 đơn vị, 6 cá nhân được Giám đốc Sở trao giấy khen.", true},
		{"bốn đơn vị được khen gồm những trường nào", "Bốn đơn vị được khen là Trường Tiểu học Hòa Lạc, Trường THCS Tân Phú.", false},
		{"5 dự án của huyện là những dự án nào", "Huyện có 5 dự án khởi công, ngoài ra còn nhiều dự án khác.", true},
		{"5 dự án của huyện là những dự án nào", "5 dự án gồm: khu dân cư Đồi Mây, chợ Bến Cũ", false},
		{"tặng huy chương gì cho 3 người", "Huy chương Chiến công: 3 người;", false},
		{"bao nhiêu đơn vị được khen", "4 đơn vị", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := countRestated(q, c.answer); got != c.want {
			t.Errorf("countRestated(%q, %q) = %v, want %v", c.q, c.answer, got, c.want)
		}
	}
}
