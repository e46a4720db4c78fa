package corpus

import (
	"reflect"
	"testing"
)

// TestExtractPersonNotes checks the notes news writing puts beside a name:
// in brackets or after a comma, with initials and names of no known
// surname, a larger unit after a comma and an item shared by a list.
func TestExtractPersonNotes(t *testing.T) {
	type note struct{ Name, Born, Age, Residence, HomeTown string }
	tests := []struct {
		name     string
		sentence string
		want     []note
	}{
		{"brackets", "Các đối tượng gồm: Trần Văn Hùng (SN 1989, trú tổ dân phố 5, thị trấn Liên Nghĩa) và Hoàng Đức Thịnh (SN 2001, trú xã Ninh Gia, huyện Đức Trọng).",
			[]note{{"Trần Văn Hùng", "1989", "", "tổ dân phố 5, thị trấn Liên Nghĩa", ""}, {"Hoàng Đức Thịnh", "2001", "", "xã Ninh Gia, huyện Đức Trọng", ""}}},
		{"initials", "Ô tô do anh P.V.N. (sinh năm 1982, trú xã Sao Vàng, tỉnh Thanh Hóa) lái va chạm với xe máy do anh T.C.T. (sinh năm 1992, trú xã Thành Lập) điều khiển.",
			[]note{{"P.V.N", "1982", "", "xã Sao Vàng, tỉnh Thanh Hóa", ""}, {"T.C.T", "1992", "", "xã Thành Lập", ""}}},
		{"initials of two letters", "Công an bắt giam Đ.H.Th. (sinh năm 2008, ngụ tỉnh Sóc Trăng), T.G. H. (sinh năm 2010, ngụ quận Tân Bình).",
			[]note{{"Đ.H.Th", "2008", "", "tỉnh Sóc Trăng", ""}, {"T.G. H", "2010", "", "quận Tân Bình", ""}}},
		{"a place alone after the year", "Phước gọi điện cho chị Đ.T.Th. (SN 2002, xã Kbang) thì biết Th. ngồi cùng anh N.C.T. (SN 1996, xã Hội Sơn, huyện Kbang).",
			[]note{{"Đ.T.Th", "2002", "", "xã Kbang", ""}, {"N.C.T", "1996", "", "xã Hội Sơn, huyện Kbang", ""}}},
		{"a year glued to its cue", "Xe do Huỳnh Công Triển (SN1998, ngụ xã Đức Huệ) điều khiển.",
			[]note{{"Huỳnh Công Triển", "1998", "", "xã Đức Huệ", ""}}},
		{"age and home town", "Tai nạn khiến anh N.H.N (27 tuổi, quê An Giang) tử vong.",
			[]note{{"N.H.N", "", "27", "", "An Giang"}}},
		{"after a comma", "Quán karaoke do Hoàng Thị Thảo, sinh năm 1992 ở xã Hà Lĩnh, huyện Hà Trung làm chủ.",
			[]note{{"Hoàng Thị Thảo", "1992", "", "xã Hà Lĩnh, huyện Hà Trung", ""}}},
		{"a province in brackets", "Gia đình ông Hoàng Văn Hồng, ngụ tại H.Krông Pắc (Đắk Lắk), trồng 1 ha sầu riêng.",
			[]note{{"Hoàng Văn Hồng", "", "", "H.Krông Pắc (Đắk Lắk)", ""}}},
		{"shared by a list", "Đường dây do Huỳnh Kim Trí và Lương Ngọc Thành, cùng trú tại tỉnh Đắk Nông, cầm đầu.",
			[]note{{"Huỳnh Kim Trí", "", "", "tỉnh Đắk Nông", ""}, {"Lương Ngọc Thành", "", "", "tỉnh Đắk Nông", ""}}},
		{"after the brackets", "Bốn người gồm Chang A Minh (SN 1989) và Lý A Dê (SN 1990), cùng trú tại bản Chuyên Gia 1; Trang A Minh (SN 1999).",
			[]note{{"Chang A Minh", "1989", "", "bản Chuyên Gia 1", ""}, {"Lý A Dê", "1990", "", "bản Chuyên Gia 1", ""}, {"Trang A Minh", "1999", "", "", ""}}},
		{"shared right after the brackets, no comma", "Các đối tượng gồm Đỗ Đình Mạnh (sinh năm 1990), Đỗ Văn Tải (sinh năm 1999) cùng trú tại xã An Khê và Đặng Vũ Hùng (sinh năm 2003, trú tại huyện Thái Thụy).",
			[]note{{"Đỗ Đình Mạnh", "1990", "", "xã An Khê", ""}, {"Đỗ Văn Tải", "1999", "", "xã An Khê", ""}, {"Đặng Vũ Hùng", "2003", "", "huyện Thái Thụy", ""}}},
		{"a name listed with a shared note", "Ba người bị thương gồm Ma Văn Kh. (trú xã Vô Điếm), Sùng Văn S. và Vàng Văn T. (cùng trú xã Quảng Nguyên).",
			[]note{{"Ma Văn Kh", "", "", "xã Vô Điếm", ""}, {"Sùng Văn S", "", "", "xã Quảng Nguyên", ""}, {"Vàng Văn T", "", "", "xã Quảng Nguyên", ""}}},
		{"a place alone in brackets", "Trung ương Đoàn trao Huy hiệu cho anh Hà Văn Tú (huyện Lục Ngạn) và anh Đinh Công Khải (huyện Yên Dũng).",
			[]note{{"Hà Văn Tú", "", "", "huyện Lục Ngạn", ""}, {"Đinh Công Khải", "", "", "huyện Yên Dũng", ""}}},
		{"a cue of residence over a bare preposition", "Bị cáo Lê Văn Tâm (SN 1975, tại Nam Định, thường trú tổ 3, phường Tân Hưng, tỉnh Đồng Tháp) bị tuyên 9 năm tù.",
			[]note{{"Lê Văn Tâm", "1975", "", "tổ 3, phường Tân Hưng, tỉnh Đồng Tháp", ""}}},
		{"a bare preposition alone stays the residence", "Anh Đỗ Minh Quân (SN 1990, tại xã Phú Lộc) được khen.",
			[]note{{"Đỗ Minh Quân", "1990", "", "xã Phú Lộc", ""}}},
		{"a cue of residence over a bare ở", "Anh Cao Văn Lực (45 tuổi, ở Hà Tĩnh, trú phường Bến Thủy) bị thương.",
			[]note{{"Cao Văn Lực", "", "45", "phường Bến Thủy", ""}}},
		// A bare preposition after a cue of residence: the cued place stays.
		{"a bare preposition after a cue", "Bị cáo Mạc Văn Hiển (SN 1983, thường trú xã Tân Lợi, tại Bình Phước) bị phạt tù.",
			[]note{{"Mạc Văn Hiển", "1983", "", "xã Tân Lợi", ""}}},
		// A second cue resets nothing: the first cued place stays.
		{"a second cue of residence", "Bị cáo Mạc Văn Hiển (SN 1983, thường trú xã Tân Lợi, tạm trú phường Đông Hòa) bị phạt tù.",
			[]note{{"Mạc Văn Hiển", "1983", "", "xã Tân Lợi", ""}}},
		{"a clause after the residence ends it", "Bị cáo Phạm Văn Lộc (SN 1984, thường trú ấp 2, xã Long Điền, tỉnh Bạc Liêu, đang bỏ trốn, Tòa xử vắng mặt) bị tuyên 8 năm tù.",
			[]note{{"Phạm Văn Lộc", "1984", "", "ấp 2, xã Long Điền, tỉnh Bạc Liêu", ""}}},
		{"a trade after the residence ends it", "Anh Đ.V.T (52 tuổi, ở TP.Biên Hòa, Đồng Nai, làm nghề chạy xe ôm) bị thương.",
			[]note{{"Đ.V.T", "", "52", "TP.Biên Hòa, Đồng Nai", ""}}},
		{"a place after a few words goes on", "Ông Lê Văn Cẩn (SN 1911, nguyên quán: xã Phú Lộc, huyện Can Lộc, nay là xã Tùng Lộc, huyện Can Lộc) được truy tặng.",
			[]note{{"Lê Văn Cẩn", "1911", "", "", "xã Phú Lộc, huyện Can Lộc, nay là xã Tùng Lộc, huyện Can Lộc"}}},
		{"a bare ở after a comma", "Công an bắt hai người gồm: Giàng A Sử, ở bản Nậm Cang, xã Tà Phìn, và Lò Văn Khải.",
			[]note{{"Giàng A Sử", "", "", "bản Nậm Cang, xã Tà Phìn", ""}}},
		{"a bare tại after a comma ends at a verb", "Ông Trịnh Văn Đức, tại thị trấn Hòa Bình cho biết lúa đã chín.",
			[]note{{"Trịnh Văn Đức", "", "", "thị trấn Hòa Bình", ""}}},
		{"a bare ở then a clause", "Anh Lưu Quang Vinh, ở xã Đông Sơn, đang làm thuê thì bị bắt.",
			[]note{{"Lưu Quang Vinh", "", "", "xã Đông Sơn", ""}}},
		{"a bare ở after a comma with no place", "Ông Trịnh Văn Đức, ở đó nhiều năm, nói.", nil},
		{"a bare tại after a comma with no place", "Ông Trịnh Văn Đức, tại buổi họp, nói.", nil},
		{"a place in brackets makes no person", "Các trường gồm Trường Mầm non Ia Băng (huyện Đak Đoa).", nil},
		{"a body in brackets is no note", "Công an TP.Dĩ An (Bình Dương) cho biết.", nil},
		{"a year of birth with no comma before it", "Xe buýt do tài xế Ngô Quốc Huy, sinh năm 1974, trú tại xã Thái Sơn điều khiển va chạm với xe đầu kéo do tài xế Phạm Mạnh Cường sinh năm 1984, trú tại xã Văn Lang điều khiển.",
			[]note{{"Ngô Quốc Huy", "1974", "", "xã Thái Sơn", ""}, {"Phạm Mạnh Cường", "1984", "", "xã Văn Lang", ""}}},
		{"a cue of residence after the brackets with no comma", "Các bị cáo gồm Nguyễn Đình Dùng (SN 1985) trú tại tỉnh Bắc Giang và Cù Hoàng Hưng (SN 1976) trú tại Hà Nội.",
			[]note{{"Nguyễn Đình Dùng", "1985", "", "tỉnh Bắc Giang", ""}, {"Cù Hoàng Hưng", "1976", "", "Hà Nội", ""}}},
		{"a bare tại after the brackets is no residence", "Anh Nguyễn Văn Bình (SN 1990) tại buổi lễ đã phát biểu.",
			[]note{{"Nguyễn Văn Bình", "1990", "", "", ""}}},
		{"a year that is no birth", "Ông Nguyễn Văn An (Giám đốc Sở) nói năm 2024 là năm khó.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.sentence)
			var got []note
			for _, f := range ofType(Extract(a), FactPerson) {
				if f.Note != nil {
					got = append(got, note{f.Name, f.Note.Born, f.Note.Age, f.Note.Residence, f.Note.HomeTown})
					if f.Note.Passage != "t/p1" || f.Note.Text == "" {
						t.Errorf("%s: note %+v not placed or without text", f.Name, *f.Note)
					}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("notes\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestPlaces checks the places read without "tại" or "ở".
func TestPlaces(t *testing.T) {
	tests := []struct {
		text        string
		want, parts []string
	}{
		{"1h hôm nay, tại xã Khoen On, một người chết.", []string{"xã Khoen On"}, []string{"xã Khoen On"}},
		{"Công an TP.Dĩ An (Bình Dương) cho biết.", []string{"TP.Dĩ An (Bình Dương)"}, []string{"TP.Dĩ An", "Bình Dương"}},
		{"Mưa lũ làm toàn H.Mù Cang Chải (Yên Bái) mất điện.", []string{"H.Mù Cang Chải (Yên Bái)"}, []string{"H.Mù Cang Chải", "Yên Bái"}},
		{"Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức đại hội.", []string{"phường Chợ Lớn, TP.HCM"}, []string{"phường Chợ Lớn", "TP.HCM"}},
		{"Bệnh viện (tại xã Kiều Phú, Hà Nội) khánh thành.", []string{"xã Kiều Phú, Hà Nội"}, []string{"xã Kiều Phú", "Hà Nội"}},
		{"Tại huyện Di Linh, Lâm Hà, Bảo Lộc (Lâm Đồng) giá tăng.", []string{"huyện Di Linh, Lâm Hà, Bảo Lộc (Lâm Đồng)"}, []string{"huyện Di Linh", "Lâm Hà", "Bảo Lộc", "Lâm Đồng"}},
		{"Anh trú quận 12 và tổ dân phố 5.", []string{"quận 12", "tổ dân phố 5"}, []string{"quận 12", "tổ dân phố 5"}},
		{"Tại huyện Ea H'leo (Đắk Lắk) giá tăng.", []string{"huyện Ea H'leo (Đắk Lắk)"}, []string{"huyện Ea H'leo", "Đắk Lắk"}},
		{"Anh P.V.N. và tỉnh ủy tổ chức họp.", nil, nil},
	}
	for _, tt := range tests {
		var got, parts []string
		for _, p := range Places(tt.text) {
			got = append(got, tt.text[p.Start:p.End])
			for _, sp := range p.Parts {
				parts = append(parts, tt.text[sp.Start:sp.End])
			}
		}
		if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(parts, tt.parts) {
			t.Errorf("Places(%q) = %q, parts %q; want %q, %q", tt.text, got, parts, tt.want, tt.parts)
		}
	}
}

// TestClauseAt checks which parts of a note are clauses rather than units
// of place: a part opening in lower case with no unit of place among its
// first words before its next comma.
func TestClauseAt(t *testing.T) {
	tests := []struct {
		name, text, at string // at is the word the part opens with
		want           bool
	}{
		{"a clause", "Anh Trịnh Văn Nam (SN 1979, trú tổ 7, phường Quang Trung, đang bị truy nã) ra đầu thú.", "đang", true},
		{"a trade", "Ông Vũ Đình Khoa (61 tuổi, ở xã Yên Lạc, làm nghề lái xe) bị thương.", "làm", true},
		{"a unit of place", "Anh Trịnh Văn Nam (SN 1979, trú tổ 7, phường Quang Trung, đang bị truy nã) ra đầu thú.", "phường", false},
		{"a place in capitals", "Ông Vũ Đình Khoa (61 tuổi, ở xã Yên Lạc, Vĩnh Phúc) bị thương.", "Vĩnh", false},
		{"a unit a few words in", "Ông Đào Văn Chiến (quê xã Hải Lý, nay là xã Hải Chính) được tặng quà.", "nay", false},
		// A unit past noteClauseReach words: a clause.
		{"a unit too far in", "Ông Đào Văn Chiến (quê xã Hải Lý, vừa mới chuyển về xã Hải Chính) được tặng quà.", "vừa", true},
		// A unit after the part's comma is another part's.
		{"a unit past the comma", "Ông Đào Văn Chiến (quê xã Hải Lý, nay, xã Hải Chính) được tặng quà.", "nay", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := afterLead(t, tt.text)
			ss := sentencesOf(&a.Passages[len(a.Passages)-1])
			if len(ss) != 1 {
				t.Fatalf("%d sentences, want 1", len(ss))
			}
			s := &ss[0]
			i := -1
			for k, tok := range s.toks {
				if tok.Text == tt.at {
					i = k
					break
				}
			}
			if i < 0 {
				t.Fatalf("%q not a word of %q", tt.at, tt.text)
			}
			if got := s.clauseAt(i); got != tt.want {
				t.Errorf("clauseAt(%q) = %v, want %v", tt.at, got, tt.want)
			}
			if s.clauseAt(len(s.toks)) {
				t.Errorf("clauseAt past the last word = true, want false")
			}
		})
	}
}
