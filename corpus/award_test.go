package corpus

import (
	"reflect"
	"testing"
)

// TestAwardConstituents reads award facts from short sentences in the
// shapes news reports write them, and checks that each holds clean
// constituents: the award's full name, a giver that ends before the give
// verb and holds no preceding clause, winners that are neither the giver
// nor part of the award's name.
func TestAwardConstituents(t *testing.T) {
	tests := []struct {
		name, sentence string
		award, giver   string
		winners        []string
		recipients     []Count
	}{
		{"whole verb", "Chủ tịch nước Nguyễn Văn Bình trao tặng Huân chương Sao Vàng cho lực lượng Quân đội.",
			"Huân chương Sao Vàng", "Chủ tịch nước Nguyễn Văn Bình", []string{"lực lượng Quân đội"}, nil},
		{"rank", "Bộ trưởng Lê Minh trao Huân chương Lao động hạng Nhì cho Trường Đại học Nam Sơn.",
			"Huân chương Lao động hạng Nhì", "Bộ trưởng Lê Minh", []string{"Trường Đại học Nam Sơn"}, nil},
		{"ranks", "Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhất, Nhì và hạng Ba cho 4 cá nhân.",
			"Huân chương Lao động hạng Nhất, Nhì và hạng Ba", "Bí thư Tỉnh ủy", nil, []Count{{"4", "cá nhân"}}},
		{"named award", "Bí thư Thành đoàn trao Huy hiệu Tuổi trẻ Dũng cảm cho anh Trần Văn Hùng.",
			"Huy hiệu Tuổi trẻ Dũng cảm", "Bí thư Thành đoàn", []string{"anh Trần Văn Hùng"}, nil},
		{"clause before", "Ghi nhận những đóng góp trên, Giám đốc Sở Y tế quyết định tặng Giấy khen cho 3 tập thể.",
			"Giấy khen", "Giám đốc Sở Y tế", nil, []Count{{"3", "tập thể"}}},
		{"aux", "Hiệu trưởng đã có quyết định tặng Giấy khen cho 7 học sinh.",
			"Giấy khen", "Hiệu trưởng", nil, []Count{{"7", "học sinh"}}},
		{"request", "Giám đốc Công an huyện đề nghị UBND tỉnh tặng Bằng khen cho 2 tập thể.",
			"Bằng khen", "UBND tỉnh", nil, []Count{{"2", "tập thể"}}},
		{"ceremony", "Tại hội trường Nhà văn hóa huyện diễn ra lễ trao Bằng khen của Chủ tịch UBND huyện cho 6 cá nhân.",
			"Bằng khen", "Chủ tịch UBND huyện", nil, []Count{{"6", "cá nhân"}}},
		{"an address across commas", "Chủ tịch UBND xã Vĩnh Viễn A, huyện Long Mỹ, tỉnh Hậu Giang vừa trao tặng Giấy khen cho anh Nguyễn Bình An.",
			"Giấy khen", "Chủ tịch UBND xã Vĩnh Viễn A, huyện Long Mỹ, tỉnh Hậu Giang", []string{"anh Nguyễn Bình An"}, nil},
		{"a unit after a comma but no name before", "Ghi nhận thành tích, tỉnh Hậu Giang trao Giấy khen cho 5 cá nhân.",
			"Giấy khen", "tỉnh Hậu Giang", nil, []Count{{"5", "cá nhân"}}},
		{"comma before verb", "Hội đồng Thi đua huyện, sau khi xét duyệt, trao Giấy khen cho 5 cá nhân.",
			"Giấy khen", "", nil, []Count{{"5", "cá nhân"}}},
		{"person and title", "Thay mặt lãnh đạo tỉnh, ông Phan Văn Tâm, Phó Chủ tịch UBND tỉnh, đã trao Bằng khen cho đội Hòa Bình.",
			"Bằng khen", "ông Phan Văn Tâm, Phó Chủ tịch UBND tỉnh", []string{"đội Hòa Bình"}, nil},
		{"a welcoming verb", "Bộ đội Biên phòng tỉnh Long An đón nhận Huân chương Chiến công hạng Ba.",
			"Huân chương Chiến công hạng Ba", "", []string{"Bộ đội Biên phòng tỉnh Long An"}, nil},
		{"a subject shared with an organising verb", "Hội Nông dân tỉnh tổ chức lễ kỷ niệm 95 năm thành lập và đón nhận Huân chương Lao động hạng Nhất.",
			"Huân chương Lao động hạng Nhất", "", []string{"Hội Nông dân tỉnh"}, nil},
		{"no subject before the joined verb", "Lễ kỷ niệm 60 năm ngày thành lập và đón nhận Huân chương Chiến công hạng Nhất.",
			"Huân chương Chiến công hạng Nhất", "", nil, nil},
		{"an organising verb ends the giver", "Sáng 30-1, Đảng ủy phường đã tổ chức trao Huy hiệu Đảng cho 12 đảng viên.",
			"Huy hiệu Đảng", "Đảng ủy phường", nil, []Count{{"12", "đảng viên"}}},
		{"a signed decision ends the giver", "Chủ tịch nước Võ Văn Bình đã ký Quyết định số 158/QĐ-CTN phong tặng Huân chương Quân công cho Công an tỉnh.",
			"Huân chương Quân công", "Chủ tịch nước Võ Văn Bình", []string{"Công an tỉnh"}, nil},
		{"a verb joined to an earlier one", "Hội tổ chức lễ kỷ niệm; Đại hội Thi đua lần thứ V và trao Giải thưởng Phụ nữ cho 8 tập thể.",
			"Giải thưởng Phụ nữ", "", nil, []Count{{"8", "tập thể"}}},
		{"a title head holding a verb of signing", "Tổng thư ký Quốc hội Bùi Văn Cường trao Huân chương Lao động hạng Nhất cho 3 tập thể.",
			"Huân chương Lao động hạng Nhất", "Tổng thư ký Quốc hội Bùi Văn Cường", nil, []Count{{"3", "tập thể"}}},
		{"an issuer before a joined verb", "Có 64 giáo viên được trao Bằng khen của Chủ tịch UBND tỉnh và nhận phần thưởng.",
			"Bằng khen", "Chủ tịch UBND tỉnh", nil, []Count{{"64", "giáo viên"}}},
		{"passive giver", "Năm nay, Công an huyện vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua.",
			"Cờ thi đua", "Thủ tướng Chính phủ", nil, nil},
		{"winner", "Nhiều năm liền, đội bóng Sông Lam vinh dự nhận Huy chương Vàng.",
			"Huy chương Vàng", "", []string{"đội bóng Sông Lam"}, nil},
		{"a winner ends at a tense word", "Chủ tịch nước tặng Huân chương Sao Vàng cho Bộ Công an đã có bề dày truyền thống.",
			"Huân chương Sao Vàng", "Chủ tịch nước", []string{"Bộ Công an"}, nil},
		{"a winner ends at the title it is of", "Quyết định tặng Bằng khen cho ông Dương Hải Cường của Thủ tướng Chính phủ.",
			"Bằng khen", "", []string{"ông Dương Hải Cường"}, nil},
		{"a ceremony's guests are not its winners", "Dự lễ trao Huân chương Lao động có ông Lê Văn An, Phó Chủ tịch UBND tỉnh.",
			"Huân chương Lao động", "", nil, nil},
		{"the organiser of a ceremony of receiving, no word of manner", "Công an tỉnh tổ chức lễ đón nhận Huân chương Chiến công hạng Ba.",
			"Huân chương Chiến công hạng Ba", "", []string{"Công an tỉnh"}, nil},
		{"winners after the one who gave it", "Ông Lê Văn Hùng trao giải đặc biệt do tổ chức USAID tài trợ cho anh Lê Văn Tâm.",
			"giải đặc biệt", "Ông Lê Văn Hùng", []string{"anh Lê Văn Tâm"}, nil},
		{"co-winners joined by cùng stay", "Chủ tịch UBND tỉnh tặng Bằng khen cho anh Nguyễn Văn An cùng 5 đồng đội.",
			"Bằng khen", "Chủ tịch UBND tỉnh", []string{"anh Nguyễn Văn An cùng 5 đồng đội"}, nil},
		{"recipients joined by và before a passive", "Ông Nguyễn Văn An và bà Trần Thị Bình được tặng Bằng khen.",
			"Bằng khen", "", []string{"Ông Nguyễn Văn An và bà Trần Thị Bình"}, nil},
		{"the subject of a verb of winning ends at a tense word", "Các đội đua đã tập luyện nhiều tháng để có thể giành được giải thưởng cao nhất.",
			"giải thưởng cao nhất", "", []string{"Các đội đua"}, nil},
		{"the organiser of a ceremony of receiving wins", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang long trọng tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì.",
			"Huân chương Chiến công hạng Nhì", "", []string{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang"}, nil},
		{"a function word ends an award's name", "Giải Nhất Nữ thuộc về VĐV Doãn Thị Oanh.",
			"Giải Nhất Nữ", "", []string{"VĐV Doãn Thị Oanh"}, nil},
		{"an award's name ends before kèm", "Ông Đặng Văn Minh trao Bằng khen kèm theo tiền thưởng.",
			"Bằng khen", "Ông Đặng Văn Minh", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := firstAward(t, tt.sentence)
			if f.Award != tt.award {
				t.Errorf("Award = %q, want %q", f.Award, tt.award)
			}
			if f.Giver != tt.giver {
				t.Errorf("Giver = %q, want %q", f.Giver, tt.giver)
			}
			if !reflect.DeepEqual(f.Winners, tt.winners) {
				t.Errorf("Winners = %q, want %q", f.Winners, tt.winners)
			}
			if !reflect.DeepEqual(f.Recipients, tt.recipients) {
				t.Errorf("Recipients = %v, want %v", f.Recipients, tt.recipients)
			}
		})
	}
}

// TestAwardRoles keeps apart the roles an award sentence names beside the
// giver: the issuer the award is of, the authority it is handed over on
// behalf of, and the one who asked for it.
func TestAwardRoles(t *testing.T) {
	tests := []struct {
		name, sentence                      string
		giver, issuer, authority, requester string
	}{
		{"issuer after của", "Trưởng phòng Lê Hòa trao Giấy khen của Giám đốc Sở Nội vụ cho 4 cá nhân.",
			"Trưởng phòng Lê Hòa", "Giám đốc Sở Nội vụ", "", ""},
		{"issuer alone", "Dịp này, 3 tập thể được nhận Bằng khen của Chủ tịch UBND huyện.",
			"Chủ tịch UBND huyện", "Chủ tịch UBND huyện", "", ""},
		{"issuer after do", "Đơn vị đón nhận Huân chương Chiến công hạng Ba do Chủ tịch nước trao tặng.",
			"Chủ tịch nước", "Chủ tịch nước", "", ""},
		{"authority", "Thừa ủy quyền của Thủ tướng Chính phủ, Bí thư Huyện ủy trao Bằng khen cho 2 tập thể.",
			"Bí thư Huyện ủy", "", "Thủ tướng Chính phủ", ""},
		{"on behalf without comma", "Ông Trần Bình thay mặt Ban Thường vụ Tỉnh đoàn trao Giấy khen cho 5 đoàn viên.",
			"Ông Trần Bình", "", "", ""},
		{"requester", "Ghi nhận thành tích trên, Giám đốc Sở Y tế đã đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể.",
			"UBND tỉnh", "", "", "Giám đốc Sở Y tế"},
		{"requester after của", "Theo đề nghị của Giám đốc Sở Tư pháp, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 cá nhân.",
			"Chủ tịch UBND tỉnh", "", "", "Giám đốc Sở Tư pháp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := firstAward(t, tt.sentence)
			got := [4]string{f.Giver, f.Issuer, f.Authority, f.Requester}
			want := [4]string{tt.giver, tt.issuer, tt.authority, tt.requester}
			if got != want {
				t.Errorf("giver, issuer, authority, requester = %q, want %q", got, want)
			}
		})
	}
}

// firstAward returns the first award fact read from sentence, the body of
// an article after its lead; the test stops when there is none.
func TestWinnersOfTwoAwards(t *testing.T) {
	tests := []struct {
		name, sentence string
		winners        [][]string // of each award, in order
	}{
		{"a time clause before the first winner, a title after the second",
			"Tại lễ kỷ niệm, diễn ra sáng 30/7, Công an tỉnh Bắc Ninh vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng nhì và đại tá Trần Minh Khôi, Phó Giám đốc Công an tỉnh, vinh dự đón nhận Huân chương Chiến công hạng ba.",
			[][]string{{"Công an tỉnh Bắc Ninh"}, {"đại tá Trần Minh Khôi, Phó Giám đốc Công an tỉnh"}}},
		{"what was done before the comma names no one",
			"Với những cống hiến to lớn suốt 80 năm qua, Công an tỉnh đã vinh dự nhận nhiều huân chương cao quý.",
			[][]string{{"Công an tỉnh"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := ofType(Extract(afterLead(t, tt.sentence)), FactAward)
			if len(facts) != len(tt.winners) {
				t.Fatalf("%d awards, want %d", len(facts), len(tt.winners))
			}
			for i, f := range facts {
				if !reflect.DeepEqual(f.Winners, tt.winners[i]) {
					t.Errorf("award %d (%q): Winners = %q, want %q", i, f.Award, f.Winners, tt.winners[i])
				}
			}
		})
	}
}

func firstAward(t *testing.T, sentence string) Fact {
	t.Helper()
	facts := ofType(Extract(afterLead(t, sentence)), FactAward)
	if len(facts) == 0 {
		t.Fatalf("no award in %q", sentence)
	}
	return facts[0]
}
