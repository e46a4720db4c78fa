package answer

import (
	"strings"
	"testing"
)

func TestSuperlativeAt(t *testing.T) {
	for _, c := range []struct {
		q     string
		dir   int
		place bool
	}{
		{"nơi nào giá cà phê cao nhất", superlativeHighest, true},
		{"tỉnh nào có nhiều người chết nhất", superlativeHighest, true},
		{"địa phương nào tăng thấp nhất", superlativeLowest, true},
		{"tinh nao tang it nhat", superlativeLowest, true},
		{"tỉnh nào có bao nhiêu người chết", 0, true},
		{"giải nhất thuộc về ai", 0, false},
		{"loại gạo nào đắt nhất", 0, false},
	} {
		q := parseQuestion(c.q)
		if _, _, dir := superlativeAt(q); dir != c.dir {
			t.Errorf("superlativeAt(%q) = %d, want %d", c.q, dir, c.dir)
		}
		if got := asksWhichPlace(q); got != c.place {
			t.Errorf("asksWhichPlace(%q) = %v, want %v", c.q, got, c.place)
		}
	}
}

func TestStatedPlace(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
	}{
		{"Tỉnh Đăk Nông là nơi có giá cao nhất, đạt 119.300 đồng/kg.", "tỉnh nào giá cao nhất", "Tỉnh Đăk Nông"},
		{"Doanh thu tăng cao nhất là Quảng Ninh, với 25,2%.", "tỉnh nào tăng cao nhất", "Quảng Ninh"},
		{"Tiền Giang có diện tích lớn nhất vùng Đồng bằng sông Cửu Long.", "tien giang co dien tich lon nhat vung nao", ""},
		{"Giá đạt mức cao nhất từ trước đến nay.", "nơi nào giá cao nhất", ""},
	} {
		q := parseQuestion(c.q)
		at, dirAt, _ := superlativeAt(q)
		if got := statedPlace(testSent(c.text), q.words[dirAt:at+1], foldSet(q.words)); got != c.want {
			t.Errorf("statedPlace(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestPlaceValues(t *testing.T) {
	for _, c := range []struct {
		text  string
		names map[string]bool
		want  string // place=text|key, joined by "; "
	}{
		{"Doanh thu của một số địa phương như sau: Quảng Ninh tăng 25,2%; Đà Nẵng tăng 22,2%; TPHCM tăng 8,1%.", nil,
			"Quảng Ninh=25,2%|tăng %; Đà Nẵng=22,2%|tăng %; TPHCM=8,1%|tăng %"},
		{"Tại tỉnh Gia Lai, giá cà phê hôm nay ở mức 109,100 đồng/kg (Chư Prông), ở Pleiku và La Grai cùng giá 109,000 đồng/kg.", map[string]bool{"gia": true, "lai": true},
			"Chư Prông=109,100 đồng/kg|đồng/kg; Pleiku=109,000 đồng/kg|đồng/kg"},
		{"Tương tự tại tỉnh Đắk Nông, giá cà phê thu mua ở mức 109,200 đồng/kg tại Gia Nghĩa và 109,100 đồng/kg ở Đắk R'lấp.", nil,
			"Gia Nghĩa=109,200 đồng/kg|đồng/kg; Đắk R'lấp=109,100 đồng/kg|đồng/kg"},
		// After a colon that opens a list, an item's place is its own,
		// not the one the head names.
		{"Lượng mưa tại Lâm Đồng rất lớn như: Đạ Huoai 179mm, Quảng Tín 171,4mm.", nil,
			"Đạ Huoai=179mm|mm; Quảng Tín=171,4mm|mm"},
		{"Tại huyện Cư M'gar (Đắk Lắk) giá cà phê hôm nay ở mức 109,200 đồng/kg.", nil,
			"Cư M'gar=109,200 đồng/kg|đồng/kg"},
		{"Bốn người Lai Châu, hai người ở Yên Bái, một người ở Sơn La tử vong.", nil,
			"Lai Châu=Bốn người|người; Yên Bái=hai người|người; Sơn La=một người|người"},
		// A date, a range and a run-on sentence's capital give no place.
		{"Giá hôm nay 1/11 ở mức 108,800 - 109,200 đồng/kg, quay đầu tăng 600 đồng/kg Giá cà phê tuần này.", nil, ""},
	} {
		var got []string
		for _, p := range placeValues(testSent(c.text), c.names) {
			got = append(got, p.place+"="+p.text+"|"+p.key)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("placeValues(%q)\n got %q\nwant %q", c.text, g, c.want)
		}
	}
}
