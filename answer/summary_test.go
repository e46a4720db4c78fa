package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// testSent makes the sentence text of a Vietnamese article.
func testSent(text string) *sent {
	p := &corpus.Passage{ID: "t/p1", Kind: corpus.KindParagraph, Text: text, Sentences: []corpus.Span{{Start: 0, End: len(text)}}}
	return newSent(&corpus.Article{ID: "t", Language: "vi"}, p, 0, nil)
}

// testQuantity is the quantity fact of text ("hơn 2.430 thông tin"): its
// number is its first word in digits.
func testQuantity(text string) corpus.Fact {
	f := corpus.Fact{Type: corpus.FactQuantity, Text: text}
	for _, w := range strings.Fields(text) {
		if isNumberWord(w) {
			f.Number = strings.TrimRightFunc(w, func(r rune) bool { return r < '0' || r > '9' })
			if strings.HasSuffix(w, "%") {
				f.Unit = "%"
			}
			break
		}
	}
	if f.Number == "" {
		f.Number = strings.Fields(text)[0] // a number written in words
	}
	return f
}

// TestNumberPhraseExtent checks how far a number's phrase reaches: over a
// comma to the nouns coordinated with its own and back over one to the
// subject of a bare predicate, not over a comma that starts a new clause
// or a new item with its own number, nor over an adverbial; and how a
// phrase too long for a line is cut at a constituent.
func TestNumberPhraseExtent(t *testing.T) {
	for _, c := range []struct {
		why, text, quantity, want string
	}{
		{"coordinated nouns, cut before a preposition",
			"Khen thưởng 33 tập thể, cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
			"33 tập thể", "Khen thưởng 33 tập thể, cá nhân điển hình"},
		{"coordinated nouns, then a part of them",
			"Đội ngũ nhân lực hiện có 412 cán bộ, nhân viên, trong đó có 96 bác sĩ, gồm 2 tiến sĩ và 11 bác sĩ chuyên khoa II.",
			"412 cán bộ", "Đội ngũ nhân lực hiện có 412 cán bộ, nhân viên"},
		{"coordinated predicates",
			"Toàn tỉnh có 4.236 ngôi nhà bị tốc mái, hư hỏng, trong đó 58 nhà bị sập hoàn toàn; 126 phòng học và 9 trạm y tế bị hư hỏng.",
			"4.236 ngôi nhà bị tốc mái", "Toàn tỉnh có 4.236 ngôi nhà bị tốc mái, hư hỏng"},
		{"coordinated places, then a new clause",
			"Toàn tỉnh ghi nhận 87 ca mắc sởi tại 6 huyện, thị xã, chưa ghi nhận trường hợp tử vong.",
			"87 ca mắc sởi", "Toàn tỉnh ghi nhận 87 ca mắc sởi tại 6 huyện, thị xã"},
		{"a new item with its own number",
			"Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể, 6 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 9 tập thể, 15 cá nhân.",
			"3 tập thể", "Chủ tịch UBND tỉnh tặng Bằng khen 3 tập thể"},
		{"a new clause with its own number",
			"Sản lượng ước đạt 98.000 tấn, tăng khoảng 12% so với năm 2022.",
			"98.000 tấn", "Sản lượng ước đạt 98.000 tấn"},
		{"a new item does not reach back",
			"Bão số 6 làm 3 người chết, hơn 4.200 ngôi nhà hư hỏng ở Hà Tĩnh",
			"hơn 4.200 ngôi nhà hư hỏng", "Hơn 4.200 ngôi nhà hư hỏng ở Hà Tĩnh"},
		{"back over a comma to the subject of a bare predicate",
			"Đến nay, toàn tỉnh có 55 mô hình với 910 điểm; trong đó hội viên các tổ chức hội tham gia xây dựng, nhân rộng 215 điểm mô hình.",
			"215 điểm mô hình", "Hội viên các tổ chức hội tham gia xây dựng, nhân rộng 215 điểm mô hình"},
		{"not back over an adverbial",
			"Đến nay, toàn tỉnh có 55 mô hình với 910 điểm; trong đó hội viên các tổ chức hội tham gia xây dựng, nhân rộng 215 điểm mô hình.",
			"55 mô hình", "Toàn tỉnh có 55 mô hình với 910 điểm"},
		{"an existential verb takes its adverbial",
			"Ở kỳ thi cấp tỉnh, có 68 học sinh đạt giải Nhất, tiêu biểu như em Phạm Minh Khang (môn Toán).",
			"68 học sinh", "Ở kỳ thi cấp tỉnh, có 68 học sinh đạt giải Nhất"},
		{"a part takes its whole",
			"Bão đã làm 3 người chết, gồm 2 người ở huyện Kỳ Anh và 1 người ở huyện Cẩm Xuyên; 17 người bị thương.",
			"17 người bị thương", "17 người bị thương"},
		{"commas inside brackets part nothing; cut after them",
			"Tuyên Quang (thuộc tổ 5, TT.Việt Quang, H.Bắc Quang, Hà Giang) đã xảy ra vụ va chạm giữa 2 xe máy đi ngược chiều nhau.",
			"2 xe máy đi ngược chiều", "Đã xảy ra vụ va chạm giữa 2 xe máy đi ngược chiều nhau"},
		{"commas inside quotes part nothing",
			"Hội thao diễn ra với chủ đề “Đoàn kết, giao lưu, phát triển”, thu hút hơn 1.200 vận động viên của khoảng 40 đội.",
			"hơn 1.200 vận động viên", "Thu hút hơn 1.200 vận động viên của khoảng 40 đội"},
		{"a count that opens brackets takes the phrase before them",
			"Phần lớn bị can bị khởi tố về các tội: “Tàng trữ trái phép chất ma túy” (341 vụ, 409 bị can); “Mua bán trái phép chất ma túy” (206 vụ, 425 bị can).",
			"341 vụ", "“Tàng trữ trái phép chất ma túy” (341 vụ, 409 bị can)"},
		{"words in brackets are aside from a coordinated item",
			"Về tài sản, có 99 ngôi nhà bị ảnh hưởng, hư hỏng (Điện Biên 82); 288 ngôi nhà bị ngập.",
			"99 ngôi nhà bị ảnh hưởng", "Về tài sản, có 99 ngôi nhà bị ảnh hưởng, hư hỏng (Điện Biên 82)"},
		{"too long: the subject kept, the trailing phrase cut",
			"Riêng 18 học sinh đạt giải quốc gia được thưởng tổng cộng 500 triệu đồng từ ngân sách tỉnh.",
			"tổng cộng 500 triệu đồng", "Riêng 18 học sinh đạt giải quốc gia được thưởng tổng cộng 500 triệu đồng"},
		{"too long: the subject dropped, the noun phrase kept",
			"Năm học 2023 - 2024, ngành GD&ĐT Kon Tum có 18 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, gồm 1 giải Nhì.",
			"18 học sinh", "18 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia"},
		{"a share keeps its sign",
			"Tổng doanh thu từ hoạt động du lịch ước đạt 3.150 tỷ đồng, tăng 22%.",
			"22%", "Tổng doanh thu từ hoạt động du lịch ước đạt 3.150 tỷ đồng, tăng 22%"},
	} {
		s := testSent(c.text)
		sp, ok := locate(s, testQuantity(c.quantity))
		if !ok {
			t.Errorf("%s: %q not found", c.why, c.quantity)
			continue
		}
		a, b := phraseExtent(s, sp.from, sp.to)
		st, en := clipPhrase(s, a, b, sp.from, sp.to, maxPhraseWords)
		if got := spanText(s, st, en); got != c.want {
			t.Errorf("%s: %q in %q\n got %q\nwant %q", c.why, c.quantity, c.text, got, c.want)
		}
	}
}

// TestCountsSomething checks which numbers a summary may show: not times,
// dates, ages, durations or distances, not a part of a code or of another
// number, not a word that is also a number, and not one without a unit.
func TestCountsSomething(t *testing.T) {
	for _, c := range []struct {
		text, quantity string
		want           bool
	}{
		{"Bão số 6 làm 3 người chết, hơn 4.200 ngôi nhà hư hỏng", "3 người chết", true},
		{"Kon Tum tuyên dương 86 học sinh giỏi", "86 học sinh giỏi", true},
		{"Hai nạn nhân tử vong tại hiện trường", "Hai nạn nhân tử vong", true},
		{"Sản lượng ước đạt 98.000 tấn, tăng khoảng 12% so với năm 2022", "khoảng 12%", true},
		{"Vào khoảng 19 giờ 56 tối 29.9, tại Km60+800 trên QL2", "khoảng 19 giờ", false},
		{"Vào khoảng 19 giờ 56 tối 29.9, tại Km60+800 trên QL2", "800 trên", false},
		{"Xe máy biển số 23D1-343.49 chở 3 người", "343.49 chở", false},
		{"Chiến dịch tiêm vắc xin cho trẻ từ 1 đến 10 tuổi", "1 đến", false},
		{"Chiến dịch tiêm vắc xin cho trẻ từ 1 đến 10 tuổi", "từ 1 đến 10 tuổi", false},
		{"Các đội nam thi đấu ở cự ly 1.200m", "1.200m", false},
		{"Sau 5 ngày thi đấu, hội thao đã đón gần 36.500 lượt khán giả", "5 ngày thi đấu", false},
		{"Vải chín sớm chiếm khoảng 5.300 ha", "chín sớm", false},
	} {
		s := testSent(c.text)
		sp, ok := locate(s, testQuantity(c.quantity))
		if !ok {
			t.Errorf("%q not found in %q", c.quantity, c.text)
			continue
		}
		if got := countsSomething(sp); got != c.want {
			t.Errorf("countsSomething(%q in %q) = %v, want %v", c.quantity, c.text, got, c.want)
		}
	}
}
