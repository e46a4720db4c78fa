package answer

import (
	"context"
	"strings"
	"testing"
)

// notesArticle is a report whose people carry notes of every kind.
const notesArticle = "date 2024-10 Pháp luật Bắt 4 đối tượng mua bán ma túy (BLĐ) - Ngày 14/10, Công an huyện Đức Trọng bắt 4 đối tượng.\n\n" +
	"Các đối tượng gồm: Trần Văn Hùng (SN 1989, trú tổ dân phố 5, thị trấn Liên Nghĩa), Lê Minh Tuấn (SN 1995, trú xã Hiệp Thạnh) và Hoàng Đức Thịnh (SN 2001, trú xã Ninh Gia, huyện Đức Trọng).\n\n" +
	"Ô tô đầu kéo do anh P.V.N. (sinh năm 1982, trú xã Sao Vàng) lái va chạm với xe máy do anh Đ.H.Th. (27 tuổi, quê An Giang) điều khiển.\n\n" +
	"Quán karaoke do Hoàng Thị Thảo, sinh năm 1992 ở xã Hà Lĩnh, huyện Hà Trung làm chủ.\n"

func TestPersonNote(t *testing.T) {
	e := articleEngine(t, notesArticle)
	tests := []struct {
		q, want string
	}{
		{"Trần Văn Hùng sinh năm bao nhiêu?", "sinh năm 1989"},
		{"le minh tuan sinh nam nao", "sinh năm 1995"},
		{"bi cao tuan sinh nam nao", "sinh năm 1995"}, // a role before the given name
		{"nạn nhân Thịnh trú ở đâu", "xã Ninh Gia, huyện Đức Trọng"},
		{"Hoàng Đức Thịnh trú ở đâu?", "xã Ninh Gia, huyện Đức Trọng"},
		{"Hoàng Đức Thịnh ở đâu?", "xã Ninh Gia, huyện Đức Trọng"},
		{"Hoàng Đức Thịnh ở huyện nào?", "huyện Đức Trọng"},
		// A given name typed in lower case as the whole subject.
		{"thinh tru o dau", "xã Ninh Gia, huyện Đức Trọng"},
		{"tuan sinh nam nao", "sinh năm 1995"},
		{"P.V.N. trú ở đâu", "xã Sao Vàng"},
		// Initials typed with dots are the person's words, no others.
		{"anh P.V.N. ở xã nào", "xã Sao Vàng"},
		{"pvn sinh năm mấy", "sinh năm 1982"},
		{"Đ.H.Th. bao nhiêu tuổi", "27 tuổi"},
		{"Đ.H.Th. quê ở tỉnh nào", "An Giang"},
		{"P.V.N. quê ở đâu", "xã Sao Vàng"},                                        // a residence for a home town
		{"Lê Minh Tuấn quê ở đâu", "xã Hiệp Thạnh"},                                // the same
		{"P.V.N. năm 2024 bao nhiêu tuổi", "sinh năm 1982 (42 tuổi vào năm 2024)"}, // worked out
		{"Trần Văn Hùng bao nhiêu tuổi", "sinh năm 1989 (35 tuổi vào năm 2024)"},   // in the article's year
		{"ai sinh năm 2001", "Hoàng Đức Thịnh"},
		{"có ai sinh năm 1995 không", "Có: Lê Minh Tuấn."},
		{"ai trú ở xã Hiệp Thạnh", "Lê Minh Tuấn"},
		{"ai nhỏ tuổi nhất", "Hoàng Đức Thịnh (SN 2001, trú xã Ninh Gia, huyện Đức Trọng)"},
		{"chủ quán sinh năm bao nhiêu", "Hoàng Thị Thảo: sinh năm 1992"},
		{"2 chủ quán sinh năm bao nhiêu", ""},                                                       // one fits the role, two are asked
		{"chủ quán năm nay bao nhiêu tuổi", "Hoàng Thị Thảo: sinh năm 1992 (32 tuổi vào năm 2024)"}, // "năm" is the year
		{"chủ quán ở thôn 2 sinh năm bao nhiêu", "Hoàng Thị Thảo: sinh năm 1992"},                   // a label's number counts nobody
		{"tài xế đầu kéo trú ở đâu", "P.V.N: xã Sao Vàng"},
		{"tài xế đầu kéo ở xã nào", "P.V.N: xã Sao Vàng"},
		// "tai" of "tai xe" is the role's, no "tại" of a note's cue.
		{"tai xe dau keo sinh nam bao nhieu", "P.V.N: sinh năm 1982"},
		{"tai xe dau keo bao nhieu tuoi", "P.V.N: sinh năm 1982 (42 tuổi vào năm 2024)"},
		// Which people, as "ai": those whose note holds the place.
		{"những đối tượng nào trú ở xã Hiệp Thạnh", "Lê Minh Tuấn"},
		{"cac doi tuong tru o xa nao", ""},
		// No answer: a name the article does not give, a difference no
		// note states, a role nobody plays, no item of a note asked.
		{"Ông Nguyễn Văn Lực sinh năm bao nhiêu?", ""},
		{"người lớn tuổi nhất hơn người nhỏ tuổi nhất mấy tuổi", ""},
		{"bác sĩ bao nhiêu tuổi", ""},
		{"ai lai o to dau keo", ""},                            // "đầu kéo", no "đâu"
		{"người bao nhiêu tuổi thì được lái ô tô đầu kéo", ""}, // the role is no subject
		{"Trần Văn Hùng giữ chức gì", ""},
		{"xe anh N. chạy từ đâu ra", ""}, // where a vehicle went, not where its driver lives
		// A yes-no claim the note writes whole says yes; another says
		// nothing.
		{"tài xế đầu kéo trú ở xã Sao Vàng phải không", "Có: P.V.N: xã Sao Vàng"},
		{"tài xế đầu kéo trú ở xã Hiệp Thạnh phải không", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.personNote).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestBirthYearOnlyFromANote(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự\nĐại hội Hội Nông dân\n\n"+
		"Ông Nguyễn Văn Lực được bầu làm Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2024 - 2029. "+
		"Đối tượng Trần Văn Hùng (SN 1989, trú xã An Phú) bị bắt giữ.\n")
	ctx := context.Background()
	for _, c := range e.Candidates(ctx, "Ông Nguyễn Văn Lực sinh năm bao nhiêu?") {
		if strings.Contains(c.Answer, "2024") || strings.Contains(c.Answer, "2029") {
			t.Errorf("a year of another thing answers a birth year: %q (%s)", c.Answer, c.Generator)
		}
	}
	found := false
	for _, c := range e.Candidates(ctx, "Trần Văn Hùng sinh năm bao nhiêu?") {
		found = found || strings.Contains(c.Answer, "1989")
	}
	if !found {
		t.Error("no candidate gives Trần Văn Hùng's year of birth, 1989")
	}
	// A year in brackets after the next name of a list is that person's.
	e = articleEngine(t, "date 2024-01 Pháp luật\nXét xử\n\n"+
		"Tòa tuyên tử hình các bị cáo gồm Trần Thị Mậu, Nguyễn Sỹ Đức (SN 1965), Nguyễn Đình Tuấn (SN 1973) cùng trú tại huyện Đô Lương.\n")
	for _, c := range e.Candidates(ctx, "Trần Thị Mậu sinh năm bao nhiêu?") {
		if strings.Contains(c.Answer, "1965") {
			t.Errorf("another person's year answers a birth year: %q (%s)", c.Answer, c.Generator)
		}
	}
}

// TestSoleHomeTown checks that a question for where someone comes from,
// by a role no note's words hold, is answered by the only person whose
// note gives a home town, and by no one when two notes give one.
func TestSoleHomeTown(t *testing.T) {
	two := notesArticle + "\nChủ quán là bà Lê Thị Hoa (45 tuổi, quê Nghệ An).\n"
	tests := []struct {
		article, q, want string
	}{
		{notesArticle, "nạn nhân quê ở đâu", "Đ.H.Th: An Giang"},
		{notesArticle, "nam sinh quê ở tỉnh nào", "Đ.H.Th: An Giang"},
		{two, "nạn nhân quê ở đâu", ""},
	}
	for _, tt := range tests {
		e := articleEngine(t, tt.article)
		if got := generatedBy(e, tt.q, e.personNote).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestActAsked(t *testing.T) {
	cases := []struct {
		question, name string
		want           bool
	}{
		{"Lê Văn Hải ở đâu?", "Lê Văn Hải", false},
		{"anh T. ở đâu vậy", "T.", false},
		{"ông H.V.N ở đâu", "H.V.N", false},
		{"anh T. làm việc ở đâu?", "T.", true},
		{"Lê Văn Hải bị bắt ở đâu", "Lê Văn Hải", true},
		{"chị Mai ngồi ở đâu trên xe", "Mai", true},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		if got := actAsked(q, c.name); got != c.want {
			t.Errorf("actAsked(%q, %q) = %v, want %v", c.question, c.name, got, c.want)
		}
	}
}

// TestOwnWord checks which of a question's words are made of a name's
// syllables or initials.
func TestOwnWord(t *testing.T) {
	own := map[string]bool{"k": true, "v": true, "b": true, "hoang": true, "quy": true}
	tests := []struct {
		fold string
		want bool
	}{
		{"k.v.b", true},
		{"k.v.b.", true},
		{"v.b", true},
		{"hoang", true},
		{"quy", true},
		// An initial or a syllable not of the name.
		{"k.v.x", false},
		{"quyen", false},
		// Nothing but dots, or nothing: no word of the name.
		{".", false},
		{"", false},
		// doc says a word made of the name's initials is the name's; code
		// reads initials only between dots, so "kvb" typed glued is not
		// (and actAsked then takes "pvn ở đâu" for a verb of an act).
		{"kvb", false},
	}
	for _, tt := range tests {
		if got := ownWord(own, tt.fold); got != tt.want {
			t.Errorf("ownWord(%q) = %v, want %v", tt.fold, got, tt.want)
		}
	}
}

// driversArticle names drivers as crash reports do: after the vehicle, as
// the agent of "điều khiển", beside a passenger and a driver's mate.
const driversArticle = "date 2023-09 Giao thông Xe tải tông xe khách trên đèo (PLO) - Rạng sáng 13-9, một vụ tai nạn xảy ra trên đèo.\n\n" +
	"Ô tô khách 74B-00451 do ông Hoàng Gia Lâm (28 tuổi, ngụ Quảng Trị) điều khiển, chở 32 người, va chạm với xe tải 29LD-31113 do ông Nguyễn Trọng Ninh (40 tuổi, ngụ Hà Nội) điều khiển.\n\n" +
	"Vụ tai nạn làm ông Nguyễn Hữu Cừu (69 tuổi, ngụ Triệu Phong) đi trên xe khách tử vong.\n\n" +
	"Trước đó, lúc xe đầu kéo chạy đến ngã ba (P.Bình An) thì va chạm với xe máy do anh T.X.B (49 tuổi, ở TP.Thủ Đức, hành nghề tài xế xe ôm) điều khiển.\n\n" +
	"Anh Phạm Văn Hùng (34 tuổi, quê Thanh Hóa, phụ xe khách) đã tử vong tại bệnh viện.\n"

func TestDriverByVehicle(t *testing.T) {
	e := articleEngine(t, driversArticle)
	tests := []struct {
		q, want string
	}{
		// "ô tô khách" is a "xe khách"; the passenger and the driver's
		// mate who were on it did not drive it.
		{"tai xe xe khach bn tuoi", "Hoàng Gia Lâm: 28 tuổi"},
		{"Tài xế xe khách bao nhiêu tuổi", "Hoàng Gia Lâm: 28 tuổi"},
		{"Tài xế xe khách tên gì", "Hoàng Gia Lâm"},
		// "tải" is no "tại" of a where-question.
		{"tài xế xe tải ở đâu", "Nguyễn Trọng Ninh: Hà Nội"},
		// The vehicle before "do": the motorbike, not the tractor the
		// sentence names first.
		{"tài xế xe máy bao nhiêu tuổi", "T.X.B: 49 tuổi"},
		{"tài xế xe đầu kéo bao nhiêu tuổi", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.personNote).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestRoleShare reads parts as noteByRole does, with the roles their
// clause words give ("điều khiển": a driver).
func TestRoleShare(t *testing.T) {
	tests := []struct {
		role, part string
		want       float64
	}{
		{"tai xe xe khach", "ô tô khách do ông Lâm điều khiển", 1},
		// "tai" of "vụ tai nạn" is no "tài" of "tài xế".
		{"tai xe xe khach", "vụ tai nạn làm ông Cừu đi trên xe khách tử vong", 0},
		// "Tài" typed with its marks is no "tại".
		{"Tài xế xe khách", "anh Hùng phụ xe khách tử vong tại bệnh viện", 0},
		// A vehicle is named whole or not at all.
		{"tài xế xe tải", "xe máy do anh B hành nghề tài xế xe ôm điều khiển", 0},
		{"nạn nhân", "anh N tử vong tại chỗ nạn nhân", 1},
	}
	for _, tt := range tests {
		if got := roleShare(parseQuestion(tt.role).words, withClauseRoles(foldWords(tt.part))); got != tt.want {
			t.Errorf("%q in %q: %v, want %v", tt.role, tt.part, got, tt.want)
		}
	}
}

// TestNoteByRoleNear prefers, of two whose parts both write the role, the
// person the role noun names right before the name.
func TestNoteByRoleNear(t *testing.T) {
	e := articleEngine(t, "date 2024-08 Pháp luật Bắt kẻ trộm (PLO) - Người dân bắt giữ kẻ trộm tài sản.\n\n"+
		"Khoảng 16 giờ ngày 11-8, ông Bùi Văn Hiếu (SN 1970), ngụ xã Tân Bửu, phát hiện có một đối tượng vào nhà ông trộm tài sản nên tri hô.\n\n"+
		"Tại cơ quan công an, đối tượng khai tên Nguyễn Trọng Nguyễn (SN 1989, ngụ tỉnh Hậu Giang) đã có nhiều tiền án.\n")
	if got, want := generatedBy(e, "Đối tượng sinh năm bao nhiêu?", e.personNote).answer, "Nguyễn Trọng Nguyễn: sinh năm 1989"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestByAge names the person a question calls by the age their note
// gives, when one person alone has it.
func TestByAge(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Thời sự Lũ cuốn trôi 3 người (ABC) - Lũ cuốn trôi 3 người ở Yên Bái.\n\n"+
		"Các nạn nhân gồm Giàng Thị S. (47 tuổi, trú xã Mường Hum), Phạm Văn M. (60 tuổi, trú xã Việt Hồng) và Đặng Tòn V. (16 tuổi, trú xã Phong Dụ Hạ).\n")
	tests := []struct {
		q, want string // "" for none
	}{
		{"Em 16 tuổi tử vong tên là gì?", "Đặng Tòn V"},
		{"nạn nhân 60 tuổi trú ở xã nào", "xã Việt Hồng"},
		// Nobody of that age, or nothing asked of the person: none.
		{"Em 17 tuổi tử vong tên là gì?", ""},
		{"nạn nhân 60 tuổi bị cuốn trôi lúc mấy giờ", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.personNote).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
