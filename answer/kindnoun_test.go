package answer

import "testing"

// TestNounOfKindAlone checks the noun a question asks a name of: a noun of
// one syllable that asks a kind alone is not joined to the word before it.
func TestNounOfKindAlone(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"dự án thuộc nhóm nào", "nhom"},
		{"Hoàng Thị Thùy Giang thi đấu môn gì", "mon"},
		{"đua thuyền trên sông nào", "song"},
		// The noun of a body or a school asked alone, not joined to the
		// verb before it.
		{"cuc quan ly de dieu thuoc bo nao", "bo"},
		{"thuan hoc truong nao", "truong"},
		{"tran quang tuan lam giam doc so gi", "so"},
		{"Thư của Chủ tịch nước gửi ngành nào?", "nganh"},
		{"PA05 là phòng gì", "phong"},
		// A word asking a kind of the noun is no syllable of it.
		{"Nghi phạm dùng loại súng gì?", "sung"},
		{"Tàu cá trúng loại cá gì", "ca"},
		{"Doanh nghiệp thuộc loại hình gì?", "loai hinh"},
		{"Xe có kiểu dáng gì?", "kieu dang"},
		// Nouns of two syllables are kept whole.
		{"tai nạn trên tuyến đường nào", "tuyen duong"},
		{"ở thành phố nào", "thanh pho"},
	}
	for _, tt := range tests {
		if got := phraseOf(nounOf(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("nounOf(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestExtractNameOfKind checks the name of the kind asked that a sentence
// gives: the noun asked is written alone before it, and the name ends
// before a word that opens a clause or a part of a road ("khi", "đoạn").
func TestExtractNameOfKind(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		{"dự án thuộc nhóm nào", "Công trình khởi công từ tháng 1/2023, được xếp vào dự án nhóm A, trọng điểm vùng Bắc Trung Bộ.", "nhóm A"},
		{"Hoàng Thị Thùy Giang thi đấu môn gì", "Đoàn thể thao Việt Nam mới có tấm HCV tiếp theo từ môn Kickboxing khi Hoàng Thị Thùy Giang xuất sắc đánh bại đối thủ.", "môn Kickboxing"},
		{"tai nạn trên tuyến đường nào", "Vụ tai nạn làm một người chết tại chỗ, xảy ra trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ, xã Thành Lập.", "đường Hồ Chí Minh"},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.text)
		content := e.content(q)
		if got := e.extract(q, content, scored{s, e.overlapOf(q, content, s)}); got != tt.want {
			t.Errorf("extract(%q, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

// TestPlaceInOn checks that "trên" opens a place as "tại" and "ở" do: a
// road, a river, an area.
func TestPlaceInOn(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Vụ tai nạn làm một người chết tại chỗ, xảy ra trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ, xã Thành Lập.", "Trên đường Hồ Chí Minh đoạn qua thôn Ngù Xẻ"},
		{"Các đội tranh tài trên sông Mã.", "Trên sông Mã"},
		// "trên" before a number says more than: no place.
		{"Có trên 100 người tham gia.", ""},
	}
	for _, tt := range tests {
		if got := placeIn(testSent(tt.text), overlap{first: -1}); got != tt.want {
			t.Errorf("placeIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEntityInWholeNames checks that a name of the kind asked runs to its
// end: past a dash between capitalised parts, past lower-case words that
// lead to the number ending it, and on to the next name after "và".
func TestEntityInWholeNames(t *testing.T) {
	tests := []struct {
		text, noun, want string
	}{
		{"Việt Nam cử 1 đoàn Tin học tham dự Olympic khu vực châu Á - Thái Bình Dương, 1 đoàn Vật lý tham dự Olympic khu vực châu Á.", "khu vực", "khu vực châu Á - Thái Bình Dương"},
		{"Sáng 19-8, Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản Trung ương cơ sở 2 (tại xã Kiều Phú, Hà Nội) được khánh thành.", "bệnh viện", "Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản Trung ương cơ sở 2"},
		// A dash before a title gives the person's title, not a part of
		// the name.
		{"Dự lễ có đội Sông Lam - Trưởng ban tổ chức.", "đội", "đội Sông Lam"},
		// A name stops before lower-case words that lead to no number.
		{"Đội Krông Pắc giành giải nhất toàn đoàn.", "đội", "Đội Krông Pắc"},
		// A nominalizer right after a capitalised word is its second
		// syllable ("Hình sự"), not a break.
		{"Công an phường phối hợp với Phòng Cảnh sát Hình sự Công an tỉnh Tây Ninh truy xét.", "phòng", "Phòng Cảnh sát Hình sự Công an tỉnh Tây Ninh"},
		{"Công an phường phối hợp với Phòng cảnh sát Hình sự (PC02) Công an TPHCM, vào cuộc truy xét.", "phòng", "Phòng cảnh sát Hình sự (PC02) Công an TPHCM"},
	}
	for _, tt := range tests {
		if got := entityIn(testSent(tt.text), foldWords(tt.noun), overlap{first: -1}); got != tt.want {
			t.Errorf("entityIn(%q, %q) = %q, want %q", tt.text, tt.noun, got, tt.want)
		}
	}
}

// TestJoinsNames checks that two names joined by "và" are a list, and
// verbs or lower-case words joined by it are not.
func TestJoinsNames(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản Trung ương cơ sở 2", true},
		{"tư vấn sức khỏe và nhận thuốc", false},
		{"Đội Krông Pắc", false},
	}
	for _, tt := range tests {
		if got := joinsNames(tt.answer); got != tt.want {
			t.Errorf("joinsNames(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

// TestWardAsksWhere checks that a unit of place below the district asked
// with "nào" ("phường nào", "thôn nào", "ấp nào", "thị trấn nào") asks
// where, as "xã nào" does, typed with diacritics or without.
func TestWardAsksWhere(t *testing.T) {
	tests := []struct {
		q    string
		want wh
	}{
		{"Đại hội của Đảng bộ phường nào?", whWhere},
		{"vu truong victory o phuong nao", whWhere},
		{"sạt lở ở thôn nào", whWhere},
		{"nhà ở ấp nào", whWhere},
		{"trụ sở ở thị trấn nào", whWhere},
		{"sạt lở ở xã nào", whWhere},
		// Another noun before "nào" still asks what.
		{"đội nào vô địch", whWho},
		{"thi đấu môn gì", whWhat},
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).wh; got != tt.want {
			t.Errorf("parseQuestion(%q).wh = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestPlaceInNotAsked checks that a place phrase opening with the
// question's own words is not the place of what they name: "tại Hội nghị
// …" answers no "Hội nghị … tổ chức ở đâu".
func TestPlaceInNotAsked(t *testing.T) {
	text := "Ngày 17-12, Công an tỉnh cho biết tại Hội nghị Công an toàn quốc lần thứ 81 do Bộ Công an tổ chức ở Hà Nội, Công an tỉnh được trao Cờ thi đua."
	tests := []struct{ q, want string }{
		{"Hội nghị công an toàn quốc tổ chức ở đâu", "Ở Hà Nội"},
		{"Công an tỉnh được trao cờ ở đâu", "Tại Hội nghị Công an toàn quốc lần thứ 81 do Bộ Công an tổ chức ở Hà Nội"},
	}
	e := seedEngine(t)
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(text)
		if got := placeIn(s, e.overlapOf(q, e.content(q), s)); got != tt.want {
			t.Errorf("placeIn(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
