package answer

import "testing"

// TestReadPerUnit checks how a question asking money reads the unit it
// asks the amount per: a word of one before a unit however typed is
// dropped, the unit written as a rate writes it after its slash, and the
// count asks a price per it; a word after a slash is a unit, never
// shorthand; without money asked, or with another word after the word of
// one, nothing is read.
func TestReadPerUnit(t *testing.T) {
	cases := []struct {
		q     string
		words string // the question's words after reading
		per   string // q.per
		focus string // "-" for no check
	}{
		{"Dak Lak gia ca phe bao nhieu 1 ky?", "dak lak gia ca phe bao nhieu kg", "kg", "giá"},
		{"Lâm Đồng thu mua bao nhiêu 1 kg", "lâm đồng thu mua bao nhiêu kg", "kg", "giá"},
		{"nông dân lời bao nhiêu 1 ha", "nông dân lời bao nhiêu ha", "ha", "giá"},
		{"giá lúa mỗi kg bao nhiêu", "giá lúa kg bao nhiêu", "kg", "-"},
		{"gia xuat khau tang bn usd moi tan", "gia xuat khau tang bao nhiêu usd tấn", "tan", "-"},
		{"gia lua st24 bn 1 kg", "gia lua st24 bao nhiêu kg", "kg", "giá"},
		// The word of one glued to its unit.
		{"cam gia bao nhieu 1kg", "cam gia bao nhieu kg", "kg", "giá"},
		// No money asked: a count per one is left as typed.
		{"mỗi kỳ họp bao nhiêu ngày", "mỗi kỳ họp bao nhiêu ngày", "", "-"},
		{"1 ha trồng bao nhiêu cây", "1 ha trồng bao nhiêu cây", "", "-"},
		// "kỳ" typed with diacritics is no "ký".
		{"giá bao nhiêu 1 kỳ", "giá bao nhiêu 1 kỳ", "", "-"},
		// After a slash, "kg" is the unit, no "không".
		{"Lam Dong tang 2.000 dong/kg len bao nhieu?", "lam dong tang 2.000 dong kg len bao nhieu", "", "-"},
	}
	for _, c := range cases {
		q := parseQuestion(c.q)
		if got := textOf(q.words); got != c.words {
			t.Errorf("%q: words %q, want %q", c.q, got, c.words)
		}
		if q.per != c.per {
			t.Errorf("%q: per %q, want %q", c.q, q.per, c.per)
		}
		if c.focus != "-" && textOf(q.focus) != c.focus {
			t.Errorf("%q: focus %q, want %q", c.q, textOf(q.focus), c.focus)
		}
	}
}

// TestRateUnitOf checks the spellings of a unit a rate is per.
func TestRateUnitOf(t *testing.T) {
	for _, c := range []struct {
		w    word
		want string
	}{
		{word{text: "ký", fold: "ky", marked: true}, "kg"},
		{word{text: "ky", fold: "ky"}, "kg"},
		{word{text: "kỳ", fold: "ky", marked: true}, ""},
		{word{text: "kg", fold: "kg"}, "kg"},
		{word{text: "hecta", fold: "hecta"}, "ha"},
		{word{text: "tan", fold: "tan"}, "tấn"},
		{word{text: "người", fold: "nguoi", marked: true}, ""},
	} {
		if got := rateUnitOf(c.w); got != c.want {
			t.Errorf("rateUnitOf(%q) = %q, want %q", c.w.text, got, c.want)
		}
	}
}

// TestPerWritten checks the ways a rate writes the unit it is per.
func TestPerWritten(t *testing.T) {
	for _, c := range []struct {
		text, per string
		want      bool
	}{
		{"117.000 đồng/kg", "kg", true},
		{"60.000-70.000 đồng một ký", "kg", true},
		{"25.000 đồng mỗi kg", "kg", true},
		{"40 triệu đồng 1ha", "ha", true},
		{"60.000 đồng một kỳ", "kg", false}, // a period, no kilogram
		{"60.000 đồng", "kg", false},
		{"117.000 đồng/kg", "ha", false},
	} {
		if got := perWritten(c.text, c.per); got != c.want {
			t.Errorf("perWritten(%q, %q) = %v, want %v", c.text, c.per, got, c.want)
		}
	}
}
