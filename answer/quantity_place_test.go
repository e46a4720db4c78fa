package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestOwnPlace checks when a name a sentence does not write is the
// article's own place, referred to by its unit alone.
func TestOwnPlace(t *testing.T) {
	art := &corpus.Article{ID: "t", Language: "vi", Title: "Hà Nội", Lead: "Số liệu của Cục Thống kê Hà Nội cho biết GRDP quý 3 tăng 6,06%."}
	sentence := func(text string) *sent {
		p := &corpus.Passage{ID: "t/p2", Kind: corpus.KindParagraph, Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
		return newSent(art, p, 0, nil)
	}
	hanoi, hue := word{text: "hà", fold: "ha"}, word{text: "huế", fold: "hue"}
	cases := []struct {
		name, text string
		w          word
		want       bool
	}{
		{"the city by its unit", "Tính chung 9 tháng, GRDP của Thành phố ước tính tăng 6,12%.", hanoi, true},
		{"a lower-case unit", "Toàn thành phố có 12 dự án mới.", hanoi, true},
		{"a name the article does not give", "Tính chung 9 tháng, GRDP của Thành phố ước tính tăng 6,12%.", hue, false},
		{"a unit with its name", "GRDP của tỉnh Bắc Ninh tăng 6,12%.", hanoi, false},
		{"a sentence naming another place", "Tại phường Thống Nhất, Đảng ủy phường trao Huy hiệu cho 36 đảng viên.", hanoi, false},
		{"no unit", "GRDP ước tính tăng 6,12%.", hanoi, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ownPlace(c.w, sentence(c.text)); got != c.want {
				t.Errorf("ownPlace(%q) = %v, want %v", c.w.text, got, c.want)
			}
		})
	}
}

// TestOwnPlaceCountedUnit checks that a unit of place counted ("248 xã",
// "các tỉnh") refers to no one place.
func TestOwnPlaceCountedUnit(t *testing.T) {
	art := &corpus.Article{ID: "t", Language: "vi", Title: "Thanh Hóa tuyên dương thầy cô", Lead: "Tỉnh Thanh Hóa tuyên dương 30 thầy cô."}
	for _, text := range []string{"Chương trình tuyên dương 201 thầy cô đến từ 248 xã biên giới.", "Thầy cô đến từ các xã biên giới."} {
		p := &corpus.Passage{ID: "t/p2", Kind: corpus.KindParagraph, Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
		if ownPlace(word{text: "hóa", fold: "hoa"}, newSent(art, p, 0, nil)) {
			t.Errorf("%q refers to the article's own place", text)
		}
	}
}
