package answer

import (
	"strings"
	"testing"
)

// TestPlaceBefore checks the place written before the matched words in
// their clause, ending where they start.
func TestPlaceBefore(t *testing.T) {
	tests := []struct {
		text, first, want string
	}{
		{"Khi đi tuần tại thôn 5 (xã Ea Tiêu) tổ tuần tra bắt giữ Q. cùng tang vật.", "bắt", "Tại thôn 5 (xã Ea Tiêu)"},
		{"Khi đi tuần tại xã Ea Tiêu, tổ tuần tra bắt giữ Q. cùng tang vật.", "bắt", "Tại xã Ea Tiêu"},
		// Another clause, before a semicolon, does not hold their place.
		{"Đoàn dừng nghỉ tại Phú Yên; sau đó lực lượng bắt giữ Q. trong đêm.", "bắt", ""},
		// No capitalised word names the place: none.
		{"Tại nhà riêng, ông K. bị bắt giữ.", "bắt", ""},
		// A name running on into the matched words is cut: none.
		{"Anh T. đi chơi tại TP Bến Cát cùng bạn.", "Bến", ""},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := placeBefore(s, overlap{first: wordAt(s, tt.first)}); got != tt.want {
			t.Errorf("placeBefore(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestUnitNameIn checks the place of the unit asked named without its
// unit: a province or a country by name, nearest after the matched words;
// never the place that ends a body's name, unless the question asks it.
func TestUnitNameIn(t *testing.T) {
	tests := []struct {
		q, text, matched, want string
	}{
		{"người nuôi tôm ở tỉnh nào phấn khởi", "Giá tôm tăng mang lại niềm phấn khởi cho người nuôi tôm tại Cà Mau, khi nhiều hộ có lãi.", "phấn", "Cà Mau"},
		{"giải bơi diễn ra ở nước nào", "Hai vận động viên được mời dự giải bơi Sunrise Open diễn ra tại Malaysia vào năm sau.", "giải", "Malaysia"},
		// Of two, the one after the matched words.
		{"đoàn khách đến từ tỉnh nào", "Từ Hà Nội, đoàn khách đến từ Nghệ An đã tới nơi.", "đoàn", "Nghệ An"},
		// A province the question names is what it gives, not asks.
		{"nông dân Cà Mau bán tôm sang nước nào", "Nông dân Cà Mau bán tôm sang Campuchia.", "Nông", "Campuchia"},
		{"nông dân Cà Mau ở tỉnh nào", "Nông dân Cà Mau phấn khởi.", "Nông", ""},
		// A place that ends a body's name is no place of the event.
		{"vụ cháy xảy ra ở tỉnh nào", "Công an tỉnh Gia Lai cho biết vụ cháy xảy ra trong đêm.", "vụ", ""},
		{"vụ cháy xảy ra ở tỉnh nào", "Tỉnh ủy Gia Lai chỉ đạo khắc phục vụ cháy.", "vụ", ""},
		// Unless the question asks the body's place.
		{"anh Hùng là công an tỉnh nào", "Anh Hùng, cán bộ Công an tỉnh Gia Lai, được khen thưởng.", "Anh", "tỉnh Gia Lai"},
		// The home country is the setting, not the country asked.
		{"đoàn nghệ sĩ đến từ nước nào", "Đoàn nghệ sĩ Việt Nam biểu diễn cùng đoàn nghệ sĩ đến từ Lào.", "Đoàn", "Lào"},
		{"nhóm nhạc đến từ nước nào", "Nhóm nhạc lần đầu biểu diễn tại Việt Nam.", "Nhóm", ""},
		// The unit asked opens the question, its subject: the place
		// before the matched words first.
		{"Tỉnh nào dẫn đầu về số dự án", "Long An là tỉnh dẫn đầu về số dự án, tiếp đến là Tây Ninh.", "dẫn", "Long An"},
		// Of places in several clauses, the one in the clause of the
		// words matched, though another follows the first of them.
		{"đội Hoa Sen đến từ tỉnh nào", "Các đội gồm: đội Sao Mai (Cần Thơ); đội Hoa Sen (Sóc Trăng).", "đội Hoa Sen", "Sóc Trăng"},
		// "đường tỉnh" is a road, no province asked.
		{"cầu nối đường tỉnh nào", "Cây cầu nối tỉnh lộ với đường tỉnh 715 qua Đồng Tháp.", "cầu nối", ""},
		// Asked after a copula the sentence writes before the matched
		// words: its subject.
		{"Khách hàng lớn nhất là nước nào", "Năm nay, trong các khách hàng mới, Nhật Bản là khách hàng lớn nhất, tiếp đến là Lào.", "khách hàng lớn nhất", "Nhật Bản"},
		// No unit asked: none.
		{"vụ cháy xảy ra ở đâu", "Vụ cháy xảy ra tại Cà Mau.", "Vụ", ""},
	}
	d := &document{}
	for _, tt := range tests {
		s := testSent(tt.text)
		o := overlap{first: -1}
		for _, w := range strings.Fields(tt.matched) {
			p := wordAt(s, w)
			o.pos = append(o.pos, p)
			if p >= 0 && (o.first < 0 || p < o.first) {
				o.first = p
			}
		}
		if got := d.unitNameIn(parseQuestion(tt.q), s, o); got != tt.want {
			t.Errorf("unitNameIn(%q, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}
