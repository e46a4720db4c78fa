package corpus

import (
	"reflect"
	"testing"
)

// TestExtractTitlesBesideNames checks the ways news writing puts a title
// beside a name.
func TestExtractTitlesBesideNames(t *testing.T) {
	type person struct {
		Name   string
		Titles []string
	}
	tests := []struct {
		name     string
		sentence string
		want     []person
	}{
		{"title before a name of two syllables", "Tổng Bí thư Tô Lâm trao Huân chương Sao Vàng.",
			[]person{{"Tô Lâm", []string{"Tổng Bí thư"}}}},
		{"a name of five syllables, comma, title", "Bà Huỳnh Ngọc Nữ Phương Hồng, Bí thư Quận ủy quận 5, phát biểu. Bà Huỳnh Ngọc Nữ Phương Hồng được chỉ định giữ chức vụ Bí thư Đảng ủy phường Chợ Lớn.",
			[]person{{"Huỳnh Ngọc Nữ Phương Hồng", []string{"Bí thư Quận ủy quận 5", "Bí thư Đảng ủy phường Chợ Lớn"}}}},
		{"giữ chức vụ, two titles", "Ông Nguyễn Xuân Trung giữ chức vụ Phó Bí thư Đảng ủy, Chủ tịch UBND phường Chợ Lớn.",
			[]person{{"Nguyễn Xuân Trung", []string{"Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Chợ Lớn"}}}},
		{"a code in brackets inside a title", "Ông Nguyễn Trung Hinh, Phó chủ tịch (PCT) Liên đoàn điền kinh Việt Nam, nhận định giải chạy bền vững.",
			[]person{{"Nguyễn Trung Hinh", []string{"Phó chủ tịch (PCT) Liên đoàn điền kinh Việt Nam"}}}},
		{"a title goes on over a noun holding a verb", "Ông Trần Văn An, Phó Giám đốc Trung tâm Dịch vụ việc làm tỉnh, cho biết hội chợ có 40 doanh nghiệp.",
			[]person{{"Trần Văn An", []string{"Phó Giám đốc Trung tâm Dịch vụ việc làm tỉnh"}}}},
		{"a title goes on over dự án", "Ông Lê Hữu Tài, Giám đốc Ban Quản lý dự án giao thông, phát biểu.",
			[]person{{"Lê Hữu Tài", []string{"Giám đốc Ban Quản lý dự án giao thông"}}}},
		{"title, comma, ông Name", "Phó Chủ tịch Liên đoàn điền kinh Việt Nam, ông Nguyễn Trung Hinh chia sẻ.",
			[]person{{"Nguyễn Trung Hinh", []string{"Phó Chủ tịch Liên đoàn điền kinh Việt Nam"}}}},
		{"an honour and a title after a dash", "Có thượng tá Lê Thị Hằng - Anh hùng Lực lượng vũ trang nhân dân, Giám đốc Trung tâm C4.",
			[]person{{"Lê Thị Hằng", []string{"Anh hùng Lực lượng vũ trang nhân dân", "Giám đốc Trung tâm C4"}}}},
		{"a title in brackets after the name", "Các Phó Bí thư gồm bà Trần Thị Lan (Phó Bí thư Thường trực), ông Lê Văn Nam (Chủ tịch UBND huyện).",
			[]person{{"Trần Thị Lan", []string{"Phó Bí thư Thường trực"}}, {"Lê Văn Nam", []string{"Chủ tịch UBND huyện"}}}},
		{"a title that opens the next clause is not the name's", "Cùng với người dân giúp bắt được Hoàng Văn Tùng, Giám đốc Công an tỉnh đã tặng giấy khen.",
			[]person{{"Hoàng Văn Tùng", nil}}},
		{"a title unclosed beside its subject", "Ông Lê Văn Nam, Giám đốc Công an tỉnh cho biết đã bắt 3 đối tượng.",
			[]person{{"Lê Văn Nam", []string{"Giám đốc Công an tỉnh"}}}},
		{"a title unclosed after a title and a name", "Sáng 15/4, Thẩm phán Lê Văn Nam, Phó Chánh án Tòa án tỉnh cho biết phiên tòa tạm hoãn.",
			[]person{{"Lê Văn Nam", []string{"Phó Chánh án Tòa án tỉnh"}}}},
		{"a title unclosed after a word of address in a fronted clause", "Hội nghị diễn ra sáng 5/3, do ông Nguyễn Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì.",
			[]person{{"Nguyễn Văn Nam", []string{"Phó Chủ tịch UBND tỉnh"}}}},
		{"a title unclosed after the subject of a fronted clause", "Tuy nhiên, khi Trần Văn Bình, Chủ tịch UBND xã đến kiểm tra thì nhà đã sập.",
			[]person{{"Trần Văn Bình", []string{"Chủ tịch UBND xã"}}}},
		{"a title beside an object, joined on", "Dự lễ có Lê Văn Nam, Chủ tịch UBND tỉnh cùng lãnh đạo các sở.",
			[]person{{"Lê Văn Nam", []string{"Chủ tịch UBND tỉnh"}}}},
		{"a note in brackets is no title", "Ông Lê Văn Nam (Giám đốc Sở, 52 tuổi) phát biểu.",
			[]person{{"Lê Văn Nam", nil}}},
		{"a former title after a dash", "Trao Huân chương cho đồng chí Phạm Quốc Bảo - nguyên Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện.",
			[]person{{"Phạm Quốc Bảo", []string{"nguyên Bí thư Huyện ủy", "nguyên Chủ tịch UBND huyện"}}}},
		{"a former title in brackets", "Ông Phạm Quốc Bảo (cựu Giám đốc Sở Y tế) dự lễ.",
			[]person{{"Phạm Quốc Bảo", []string{"cựu Giám đốc Sở Y tế"}}}},
		// Where former titles in brackets end is counted in tokens: the
		// article's separators need not be the ", " they are joined by
		// (Parse makes a run of spaces one space; a space before the
		// comma is kept, and a count of the joined text's length missed
		// the closing bracket by it).
		{"former titles in brackets, two spaces between", "Ông Phạm Quốc Bảo (nguyên Bí thư Huyện ủy,  nguyên Chủ tịch UBND huyện) dự lễ.",
			[]person{{"Phạm Quốc Bảo", []string{"nguyên Bí thư Huyện ủy", "nguyên Chủ tịch UBND huyện"}}}},
		{"former titles in brackets, a no-break space between", "Ông Phạm Quốc Bảo (nguyên Bí thư Huyện ủy,\u00a0nguyên Chủ tịch UBND huyện) dự lễ.",
			[]person{{"Phạm Quốc Bảo", []string{"nguyên Bí thư Huyện ủy", "nguyên Chủ tịch UBND huyện"}}}},
		{"former titles in brackets, a space before the comma", "Ông Phạm Quốc Bảo (nguyên Bí thư Huyện ủy , nguyên Chủ tịch UBND huyện) dự lễ.",
			[]person{{"Phạm Quốc Bảo", []string{"nguyên Bí thư Huyện ủy", "nguyên Chủ tịch UBND huyện"}}}},
		{"former titles after a dash, two spaces between", "Trao Huân chương cho đồng chí Phạm Quốc Bảo - nguyên Bí thư Huyện ủy,  nguyên Chủ tịch UBND huyện.",
			[]person{{"Phạm Quốc Bảo", []string{"nguyên Bí thư Huyện ủy", "nguyên Chủ tịch UBND huyện"}}}},
		{"former titles in brackets that hold more are no title", "Ông Phạm Quốc Bảo (nguyên Bí thư Huyện ủy,  nguyên Chủ tịch UBND huyện, 70 tuổi) dự lễ.",
			[]person{{"Phạm Quốc Bảo", nil}}},
		{"a former title before the name keeps its marker", "Đến dự có nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước Nguyễn Minh Triết.",
			[]person{{"Nguyễn Minh Triết", []string{"nguyên Chủ tịch nước"}}}},
		{"a title before the name is read back to its opening", "Đến dự có nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư Lê Hồng Anh.",
			[]person{{"Lê Hồng Anh", []string{"nguyên Thường trực Ban Bí thư"}}}},
		{"a title after a comma is read back to its opening", "Sáng 5/3, Thường trực Ban Bí thư Trần Cẩm Tú dự lễ.",
			[]person{{"Trần Cẩm Tú", []string{"Thường trực Ban Bí thư"}}}},
		{"a sentence's opening words are no part of the title", "Hôm nay Chủ tịch nước Võ Văn Thưởng dự lễ.",
			[]person{{"Võ Văn Thưởng", []string{"Chủ tịch nước"}}}},
		{"a place word that ends a title head is the title's", "Chủ tịch nước Lương Cường trao tặng Huân chương.",
			[]person{{"Lương Cường", []string{"Chủ tịch nước"}}}},
		{"a verb before the title is no part of it", "Dự lễ có Chủ tịch nước Võ Văn Thưởng.",
			[]person{{"Võ Văn Thưởng", []string{"Chủ tịch nước"}}}},
		{"a title ends at làm", "Bà Nguyễn Thị Hoa, Bí thư quận 5 cũ làm Bí thư phường.",
			[]person{{"Nguyễn Thị Hoa", []string{"Bí thư quận 5 cũ"}}}},
		{"a caption: title, body, name", "Chủ tịch Quốc hội Vương Đình Huệ với các đại biểu",
			[]person{{"Vương Đình Huệ", []string{"Chủ tịch Quốc hội"}}}},
		{"a guest list parted by semicolons, a family name that heads bodies", "Dự có lãnh đạo Ban Thường vụ Tỉnh ủy; Chủ tịch UBND tỉnh Đoàn Anh Dũng; Bí thư, Chủ tịch UBND các huyện.",
			[]person{{"Đoàn Anh Dũng", []string{"Chủ tịch UBND tỉnh"}}}},
		{"a marker before a family name that heads bodies", "Ông Đoàn Văn Việt, Chủ tịch UBND tỉnh, dự.",
			[]person{{"Đoàn Văn Việt", []string{"Chủ tịch UBND tỉnh"}}}},
		{"a body's name after a title is no person", "Bí thư Đoàn Thanh niên Nguyễn Văn An dự lễ.",
			[]person{{"Nguyễn Văn An", []string{"Bí thư Đoàn Thanh niên"}}}},
		{"a place's name before the name", "Chủ tịch UBND huyện Đông Hải Bùi Minh Tuy phát biểu.",
			[]person{{"Bùi Minh Tuy", []string{"Chủ tịch UBND huyện Đông Hải"}}}},
		{"a place's name of three syllables before the name", "Chủ tịch UBND thành phố Hồ Chí Minh Phan Văn Mãi phát biểu.",
			[]person{{"Phan Văn Mãi", []string{"Chủ tịch UBND thành phố Hồ Chí Minh"}}}},
		{"a place's name that opens with a family name", "Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng dự.",
			[]person{{"Hoàng Trung Dũng", []string{"Bí thư Tỉnh ủy Hà Tĩnh"}}}},
		{"a place after a body before the name", "Giám đốc Sở Y tế tỉnh Quảng Nam Nguyễn Văn Hai dự.",
			[]person{{"Nguyễn Văn Hai", []string{"Giám đốc Sở Y tế tỉnh Quảng Nam"}}}},
		{"a title and a place with no name is no person", "Chủ tịch Hội Nông dân tỉnh Bắc Ninh phát biểu.",
			nil},
		{"a title held in a term", "Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 Nguyễn Văn Gấu dự lễ.",
			[]person{{"Nguyễn Văn Gấu", []string{"Bí thư Tỉnh ủy nhiệm kỳ 2020-2025"}}}},
		{"a title held in a numbered term", "Chủ tịch HĐND tỉnh khóa 15 Trần Văn Nam dự lễ.",
			[]person{{"Trần Văn Nam", []string{"Chủ tịch HĐND tỉnh khóa 15"}}}},
		{"a term with no title before it is no title", "Trong nhiệm kỳ 2020-2025 Nguyễn Văn Gấu dự lễ.",
			[]person{{"Nguyễn Văn Gấu", nil}}},
		{"two titled people joined by và", "Bộ trưởng Nguyễn Văn An và Thứ trưởng Lê Văn Bình dự.",
			[]person{{"Nguyễn Văn An", []string{"Bộ trưởng"}}, {"Lê Văn Bình", []string{"Thứ trưởng"}}}},
		{"titles listed before the name, a body's fields joined by a dash", "Phát biểu khai mạc, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh An Giang Hồ Văn Mừng cho biết phong trào lan tỏa.",
			[]person{{"Hồ Văn Mừng", []string{"Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh An Giang"}}}},
		{"a title after the name, a body's fields joined by a dash", "Dự có bà Nguyễn Thị Lan - Giám đốc Sở Lao động - Thương binh và Xã hội.",
			[]person{{"Nguyễn Thị Lan", []string{"Giám đốc Sở Lao động - Thương binh và Xã hội"}}}},
		{"a title before và is the person's before it; a family name that is a place word", "Bà Bùi Thị Bích Thủy - Phó trưởng Ban Dân vận Tỉnh ủy và Hồ Hồng Nguyên - Bí thư Tỉnh đoàn trao tặng Huy hiệu.",
			[]person{{"Bùi Thị Bích Thủy", []string{"Phó trưởng Ban Dân vận Tỉnh ủy"}}, {"Hồ Hồng Nguyên", []string{"Bí thư Tỉnh đoàn"}}}},
		{"a title read back ends at a word no title holds", "Công an tỉnh trao Quyết định thăng hàm của Bộ trưởng Bộ Công an đối với Trung úy Thái Ngô Hiếu.",
			[]person{{"Thái Ngô Hiếu", nil}}},
		{"no name starts inside an abbreviation", "Dự lễ có anh Lâm Tùng, Ủy viên Ban Chấp hành T.Ư Đoàn, Phó chủ tịch thường trực T.Ư Hội Sinh viên Việt Nam.",
			[]person{{"Lâm Tùng", []string{"Ủy viên Ban Chấp hành T.Ư Đoàn", "Phó chủ tịch thường trực T.Ư Hội Sinh viên Việt Nam"}}}},
		{"a letter alone is no name", "Ban tổ chức trao 1 giải A - Báo Điện tử Vietnamplus cho ông Lê Văn Nam.",
			[]person{{"Lê Văn Nam", nil}}},
		{"và inside a body's name before the person", "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh dự.",
			[]person{{"Đặng Quốc Khánh", []string{"Bộ trưởng Bộ Tài nguyên và Môi trường"}}}},
		{"và after a name ends the title read back", "Tổng Bí thư Tô Lâm và Thủ tướng Phạm Minh Chính dự lễ.",
			[]person{{"Tô Lâm", []string{"Tổng Bí thư"}}, {"Phạm Minh Chính", []string{"Thủ tướng"}}}},
		{"a dash before a second office parts two titles", "Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Nguyễn Văn Lợi dự.",
			[]person{{"Nguyễn Văn Lợi", []string{"Chủ tịch HĐND tỉnh"}}}},
		{"a place word's name after a title is a place", "Trưởng ban Quản lý Hồ Núi Cốc phát biểu.",
			nil},
		{"a street's name across a dash from another street's is a place", "Các đối tượng ngồi nhậu ở ngã tư đường Phạm Văn Đồng - Tôn Đức Thắng (phường Thống Nhất).",
			nil},
		{"a name after a house's number is its street", "Khi đến trước nhà số 92C Trần Đại Nghĩa, phường Tân Tạo thì xảy ra va chạm.",
			nil},
		{"a name after a marker and a number stays a person", "Ban tổ chức trao 2 giải cho ông Trần Đại Nghĩa.",
			[]person{{"Trần Đại Nghĩa", nil}}},
		{"a guest list parted by commas: the title after a comma is the next person's", "Dự có Bộ trưởng Bộ Công an Lương Tam Quang, Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức.",
			[]person{{"Lương Tam Quang", []string{"Bộ trưởng Bộ Công an"}}, {"Võ Tấn Đức", []string{"Chủ tịch UBND tỉnh Đồng Nai"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			var got []person
			for _, f := range ofType(Extract(a), FactPerson) {
				got = append(got, person{f.Name, f.Titles})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("people\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTitleAfterNameIsThatNames checks that a title written after a
// person's name and a comma is not read as a second title of the next
// person, listed before that one's own.
func TestTitleAfterNameIsThatNames(t *testing.T) {
	a := afterLead(t, "Dự có bà Lê Thị Cúc, Phó Chủ tịch UBND tỉnh, Giám đốc Công an tỉnh Trần Văn Dũng.")
	for _, f := range ofType(Extract(a), FactPerson) {
		if f.Name != "Trần Văn Dũng" {
			continue
		}
		if want := []string{"Giám đốc Công an tỉnh"}; !reflect.DeepEqual(f.Titles, want) {
			t.Errorf("Titles = %q, want %q", f.Titles, want)
		}
		return
	}
	t.Error("no person Trần Văn Dũng")
}
