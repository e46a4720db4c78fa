package answer

import (
	"testing"
)

// wordAt returns the position of the first word of s written w, or -1.
func wordAt(s *sent, w string) int {
	for i := range s.starts {
		if s.text[s.starts[i]:s.ends[i]] == w {
			return i
		}
	}
	return -1
}

func TestOrganisationEnd(t *testing.T) {
	tests := []struct {
		text, head, want string
	}{
		{"Ông Hà - Phó Cục trưởng Cục Quản lý chất lượng (Bộ GD&ĐT) cho biết.", "Quản", ""},
		{"Ông Hà - Phó Cục trưởng Cục Quản lý chất lượng (Bộ GD&ĐT) cho biết.", "Cục", "Cục trưởng Cục Quản lý chất lượng (Bộ GD&ĐT)"},
		{"Theo Trung tâm dự báo khí tượng thủy văn quốc gia, ngày 9.8 có mưa.", "Trung", "Trung tâm dự báo khí tượng thủy văn quốc gia"},
		{"Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai cho biết.", "Văn", "Văn phòng thường trực Ban Chỉ đạo quốc gia"},
		{"Đề nghị của Sở Giáo dục và Đào tạo tỉnh Gia Lai, mới đây.", "Sở", "Sở Giáo dục và Đào tạo tỉnh Gia Lai"},
		{"Công an huyện Bình Chánh tuần tra kiểm soát tại ấp 2.", "Công", "Công an huyện Bình Chánh"},
		{"Trường Tiểu học Phạm Hồng Thái, Trường Mầm non 1/6.", "Trường", "Trường Tiểu học Phạm Hồng Thái"},
		{"Bệnh viện Nhi Trung ương cơ sở 2 sẵn sàng hoạt động.", "Bệnh", "Bệnh viện Nhi Trung ương cơ sở 2"},
		{"Liên đoàn điền kinh Việt Nam nâng tầm giải đấu.", "Liên", "Liên đoàn điền kinh Việt Nam"},
		{"Trường Tiểu học Số 1 thị trấn Phú Túc, Trường Mầm non Sao Mai.", "Trường", "Trường Tiểu học Số 1 thị trấn Phú Túc"},
		{"Trường phổ thông Dân tộc bán trú THCS Nguyễn Bá Ngọc (huyện Phú Thiện).", "Trường", "Trường phổ thông Dân tộc bán trú THCS Nguyễn Bá Ngọc"},
		{"Tại huyện Đak Đoa có Trường THCS K’Pa K’lơng, Trường Mầm non Ia Băng.", "Trường", "Trường THCS K’Pa K’lơng"},
		{"Mới đây, UBND tỉnh đã có các quyết định.", "UBND", "UBND tỉnh"},
		{"Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản Trung ương cơ sở 2 (tại xã Kiều Phú).", "Bệnh", "Bệnh viện Nhi Trung ương cơ sở 2"},
		{"Hội nghị do Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) phối hợp với Hội LHPN tỉnh tổ chức.", "Sở", "Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH)"},
		{"Nhà tài trợ gồm Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Chi nhánh Huế.", "Ngân", "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Chi nhánh Huế"},
		{"Ông Thắng - Phó Giám đốc Sở VH-TT-DL - Trưởng ban tổ chức cho biết.", "Sở", "Sở VH-TT-DL"},
		{"Năm nay Trung ương Hội Nông dân Việt Nam đứng ra chủ trì.", "Trung", "Trung ương Hội Nông dân Việt Nam"},
		{"Hội đồng Lý luận Trung ương tổ chức Lễ trao tặng.", "Hội", "Hội đồng Lý luận Trung ương"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		at := wordAt(s, tt.head)
		end := organisationEnd(s, at, noStop)
		got := ""
		if at >= 0 {
			got = spanOf(s, at, end)
		}
		if got != tt.want {
			t.Errorf("organisationEnd(%q, %q) = %q, want %q", tt.text, tt.head, got, tt.want)
		}
	}
}

func TestPhraseEnd(t *testing.T) {
	tests := []struct {
		text, from, want string
	}{
		{"Đại hội theo mô hình tổ chức mới, được tổ chức ngày 12-13/10.", "mô", "mô hình tổ chức mới"},
		{"Cảnh báo thủ đoạn mới của tội phạm.", "thủ", "thủ đoạn mới"},
		{"Đoàn thể thao Việt Nam mới có tấm HCV.", "Đoàn", "Đoàn thể thao Việt Nam"},
		{"Nhóm này thừa nhận hành vi mua bán ma túy.", "hành", "hành vi mua bán ma túy"},
		{"Trao các phiếu xét nghiệm miễn phí về đường huyết, mỡ máu.", "phiếu", "phiếu xét nghiệm miễn phí"},
		{"Dự án này được khởi công.", "Dự", "Dự án này"},
		{"Cục phòng, chống ma túy cho biết.", "Cục", "Cục phòng, chống ma túy"},
		{"Giá cà phê tăng 5%, đạt mức cao.", "Giá", "Giá cà phê tăng 5%"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		at := wordAt(s, tt.from)
		if got := spanOf(s, at, phraseEnd(s, at, maxDescribed)); got != tt.want {
			t.Errorf("phraseEnd(%q, %q) = %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}

func TestListEnd(t *testing.T) {
	tests := []struct {
		text, from, want string
	}{
		{"Vận động người dân giao nộp vũ khí, vật liệu nổ... giúp người dân.", "vũ", "vũ khí, vật liệu nổ"},
		{"Trao phiếu xét nghiệm về đường huyết, mỡ máu để người dân kiểm tra.", "đường", "đường huyết, mỡ máu"},
		{"Vấn đề an toàn, an ninh và y tế được quan tâm hàng đầu.", "an", "an toàn, an ninh và y tế"},
		{"Tuyên truyền phòng chống ma túy, tội phạm; cảnh báo thủ đoạn.", "phòng", "phòng chống ma túy, tội phạm"},
		{"Giá tăng 5%, trong khi lượng hàng xuất khẩu của các doanh nghiệp lớn giảm mạnh.", "Giá", "Giá tăng 5%"},
		{"Giả vờ mua bán vàng miếng, hai thanh niên ở xã bên đã cướp chiếc túi.", "vàng", "vàng miếng"},
		{"Kiểm tra giấy phép, nồng độ cồn và tốc độ đã được tăng cường.", "giấy", "giấy phép, nồng độ cồn và tốc độ"},
		{"Kiểm tra giấy phép, nồng độ cồn, tốc độ đã được tăng cường.", "giấy", "giấy phép, nồng độ cồn, tốc độ"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		at := wordAt(s, tt.from)
		if got := spanOf(s, at, listEnd(s, at, phraseEnd(s, at, maxDescribed))); got != tt.want {
			t.Errorf("listEnd(%q, %q) = %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}

func TestClauseAround(t *testing.T) {
	tests := []struct {
		text        string
		first, last string
		want        string
	}{
		{"Ông Hàn Ngọc Cẩn, Giám đốc HTX Đoàn Kết, thị xã Buôn Hồ, tỉnh Đắk Lắk, cho biết hợp tác xã có 84 thành viên tham gia, diện tích 120 ha.", "HTX", "Kết",
			"Ông Hàn Ngọc Cẩn, Giám đốc HTX Đoàn Kết, thị xã Buôn Hồ, tỉnh Đắk Lắk"},
		{"Ông Phạm Văn T. (42 tuổi, trú Lâm Đồng) mất tích khi bị trượt chân xuống suối.", "mất", "tích",
			"Ông Phạm Văn T. (42 tuổi, trú Lâm Đồng) mất tích khi bị trượt chân xuống suối"},
		{"Giá lúa tăng; tại Đắk Nông, giá cà phê đạt 109.200 đồng/kg, tăng 500 đồng.", "cà", "phê",
			"tại Đắk Nông, giá cà phê đạt 109.200 đồng/kg, tăng 500 đồng"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		o := overlap{first: wordAt(s, tt.first), last: wordAt(s, tt.last)}
		if got := clauseAround(s, o); got != tt.want {
			t.Errorf("clauseAround(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestBodyIn(t *testing.T) {
	tests := []struct {
		question, text, want string
	}{
		{"số liệu do cơ quan nào công bố", "Ngày 29-6, theo số liệu của Tổng cục Thống kê công bố, số lượt khách tăng 5,2%.", "Tổng cục Thống kê"},
		{"cơ quan nào đưa ra dự báo mưa", "Theo Trung tâm dự báo khí tượng thủy văn quốc gia, ngày 9.8 có mưa vừa, mưa to.", "Trung tâm dự báo khí tượng thủy văn quốc gia"},
		{"ai de nghi cong nhan", "Trên cơ sở đề nghị của Sở Giáo dục và Đào tạo tỉnh Gia Lai, mới đây, UBND tỉnh đã có các quyết định công nhận trường học đạt chuẩn.", "Sở Giáo dục và Đào tạo tỉnh Gia Lai"},
		{"Ai công nhận các trường đạt chuẩn?", "Trên cơ sở đề nghị của Sở Giáo dục và Đào tạo tỉnh Gia Lai, mới đây, UBND tỉnh đã có các quyết định công nhận trường học đạt chuẩn.", "UBND tỉnh"},
		{"chuong trinh do ai to chuc", "Chương trình do Bộ Giáo dục và Đào tạo (GD&ĐT) phối hợp với Văn phòng Chủ tịch nước tổ chức, nhằm vinh danh học sinh.", "Bộ Giáo dục và Đào tạo (GD&ĐT) phối hợp với Văn phòng Chủ tịch nước"},
		{"Ai trực tiếp xuống hiện trường chỉ đạo?", "Giám đốc và Phó Giám đốc Công an tỉnh An Giang đã trực tiếp có mặt tại hiện trường chỉ đạo điều tra.", "Giám đốc và Phó Giám đốc Công an tỉnh An Giang"},
		{"Những nhà tài trợ của lễ hội là ai?", "Nhà tài trợ của lễ hội gồm Công ty CP Du lịch Hương Giang, Ngân hàng TMCP Ngoại thương Việt Nam.", "Công ty CP Du lịch Hương Giang, Ngân hàng TMCP Ngoại thương Việt Nam"},
		// The body the question names is no answer; none other is there.
		{"co quan nao bao cao lanh dao bo cong an", "Ngày 22/4, C04 báo cáo lãnh đạo Bộ Công an, đề xuất xác lập chuyên án.", ""},
		{"ai to chuc hoi nghi tong ket", "Hội nghị tổng kết do Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) phối hợp với Hội LHPN tỉnh tổ chức.", "Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) phối hợp với Hội LHPN tỉnh"},
		{"cơ quan nào thông báo số liệu thiệt hại", "Sáng 5.8, Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai cho biết, mưa lũ đã gây thiệt hại nghiêm trọng.", "Văn phòng thường trực Ban Chỉ đạo quốc gia"},
		{"Giấy khen do ai trao?", "Đại diện lãnh đạo UBND phường Hải Châu trao giấy khen cho các cá nhân.", "Đại diện lãnh đạo UBND phường Hải Châu"},
		// A body after "cùng" goes with the one before it, which acts.
		{"co quan nao xac minh nguon thuc pham", "Ngày 27-9, Chi cục Vệ sinh an toàn thực phẩm tỉnh Quảng Trị cho biết đã cùng Trung tâm Kiểm soát bệnh tật và công an địa phương đến xác minh nguồn thực phẩm.", "Chi cục Vệ sinh an toàn thực phẩm tỉnh Quảng Trị"},
		// A person asked for: a body in another part of the sentence did
		// not do it.
		{"ai tử vong", "Ngày 6.1, Công an TP.Dĩ An cho biết, vụ tai nạn làm một người tử vong.", ""},
		{"ai tử vong", "Ngày 6.1, Công an TP.Dĩ An (Bình Dương) cho hay đang khẩn trương điều tra vụ tai nạn giao thông giữa xe tải và xe máy khiến một người tử vong.", ""},
		// A person asked for, and the verb nowhere: no body answers.
		{"ai tử vong", "Ngày 6.1, Công an TP.Dĩ An cho biết đang làm rõ vụ tai nạn.", ""},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.question)
		s := testSent(tt.text)
		content := e.content(q)
		if got := bodyIn(q, content, s, e.overlapOf(q, content, s)); got != tt.want {
			t.Errorf("bodyIn(%q, %q) = %q, want %q", tt.question, tt.text, got, tt.want)
		}
	}
}

func TestDoerBodyIn(t *testing.T) {
	tests := []struct {
		question, text string
		names          []string
		want           string
	}{
		// The body right before the verb did it, past auxiliaries.
		{"ai chi dinh ban chap hanh", "Theo đó, Bộ Chính trị đã chỉ định Ban Chấp hành Đảng bộ tỉnh Bắc Ninh gồm 71 thành viên.", nil, "Bộ Chính trị"},
		{"ai quyet dinh thang cap bac ham cho hieu", "Cụ thể, Bộ trưởng Bộ Công an đã quyết định thăng cấp bậc hàm từ Trung uý lên Đại úy đối với chiến sĩ Thái Ngô Hiếu.", []string{"Thái Ngô Hiếu"}, "Bộ trưởng Bộ Công an"},
		{"ai tặng hoa chúc mừng ông Thái", "Lãnh đạo Bộ Quốc phòng tặng hoa chúc mừng ông Nguyễn Hồng Thái.", []string{"Nguyễn Hồng Thái"}, "Lãnh đạo Bộ Quốc phòng"},
		{"ai tổ chức giải", "Sự kiện do Sở Văn hóa - Thể thao phối hợp Sở Du lịch TPHCM tổ chức.", nil, "Sở Văn hóa - Thể thao phối hợp Sở Du lịch TPHCM"},
		// A title after a person's name is that person's: the person did it.
		{"ai tặng bằng khen", "Chủ tịch UBND tỉnh Lê Văn Dũng tặng Bằng khen các tập thể.", []string{"Lê Văn Dũng"}, ""},
		{"ai trao ky niem chuong", "Đại tá Võ Trọng Hải - Ủy viên BTV Tỉnh ủy, Giám đốc Công an Nghệ An trao Kỷ niệm chương cho 9 đồng chí.", []string{"Võ Trọng Hải"}, ""},
		// The agent of a passive did it too.
		{"ai công nhận trường", "Trường Mầm non Ia Băng được UBND tỉnh công nhận đạt chuẩn quốc gia.", nil, "UBND tỉnh"},
		// A passive marker between: the body received.
		{"ai tặng bằng khen", "Công an huyện Bến Lức được tặng bằng khen.", nil, ""},
		{"ai được tặng bằng khen", "Công an huyện Bến Lức được tặng bằng khen.", nil, ""},
		// Words between the body and the verb: not its doer.
		{"ai công nhận trường", "UBND tỉnh đã có các quyết định công nhận trường học đạt chuẩn quốc gia.", nil, ""},
		// The question word not first: another reader.
		{"trường do ai công nhận", "UBND tỉnh đã công nhận trường.", nil, ""},
		// A body asked for by its noun ("cơ quan nào") is the doer too.
		{"cơ quan nào chỉ định bí thư tỉnh ủy", "Bộ Chính trị đã chỉ định Bí thư Tỉnh ủy Lào Cai.", nil, "Bộ Chính trị"},
		{"đơn vị nào tổ chức giải", "Giải do Sở Văn hóa tổ chức.", nil, "Sở Văn hóa"},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.question)
		s := testSent(tt.text)
		content := e.content(q)
		if got := doerBodyIn(q, content, s, e.overlapOf(q, content, s), tt.names); got != tt.want {
			t.Errorf("doerBodyIn(%q, %q) = %q, want %q", tt.question, tt.text, got, tt.want)
		}
	}
}

func TestMayHold(t *testing.T) {
	tests := []struct {
		question, clause string
		want             bool
	}{
		{"HTX Đoàn Kết ở đâu?", "Giám đốc HTX Đoàn Kết, thị xã Buôn Hồ", true},
		{"y bác sĩ đến từ đâu", "đội ngũ y, bác sĩ đến từ nhiều bệnh viện", false},
		{"lễ diễn ra khi nào", "Sáng 17/8, Ban Chấp hành Trung ương tổ chức", true},
		{"lễ diễn ra khi nào", "Chiều nay, Ban Chấp hành Trung ương tổ chức", true},
		{"lễ diễn ra khi nào", "lễ diễn ra trang trọng", false},
		{"có bao nhiêu người chết", "hai người ở Yên Bái tử vong", false},
	}
	for _, tt := range tests {
		if got := mayHold(parseQuestion(tt.question), tt.clause); got != tt.want {
			t.Errorf("mayHold(%q, %q) = %v, want %v", tt.question, tt.clause, got, tt.want)
		}
	}
}

func TestListItems(t *testing.T) {
	tests := []struct {
		answer string
		want   int
	}{
		{"vũ khí", 1},
		{"vũ khí, vật liệu nổ", 2},
		{"khu tiếp đón, phòng khám, phòng cấp cứu", 3},
		{"Lê Thị Hiền; Hà Thị Vui", 2},
		// "và" joins verbs as often as items: not counted.
		{"tư vấn sức khỏe và nhận thuốc miễn phí", 1},
	}
	for _, tt := range tests {
		if got := listItems(tt.answer); got != tt.want {
			t.Errorf("listItems(%q) = %d, want %d", tt.answer, got, tt.want)
		}
	}
}

func TestListWritten(t *testing.T) {
	const text = "Khu khám ngoại trú bố trí khu tiếp đón, phòng khám, phòng cấp cứu."
	tests := []struct {
		answer string
		want   bool
	}{
		{"khu tiếp đón, phòng khám, phòng cấp cứu", true},
		{"khu tiếp đón", false},
		// Items a generator joined are no list the sentence writes.
		{"khu tiếp đón; phòng cấp cứu", false},
	}
	s := testSent(text)
	for _, tt := range tests {
		if got := listWritten(s, tt.answer); got != tt.want {
			t.Errorf("listWritten(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

func TestAsksList(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Người dân được kiểm tra những gì?", true},
		{"khám những bệnh gì", true},
		{"thu giữ những tang vật gì", true},
		{"bộ tứ rowing gồm những ai", true},
		{"những trường nào ở Pleiku đạt chuẩn", true},
		{"kể tên các môn thi đấu", true},
		// A plural cue on another noun of the question.
		{"các đại biểu ôn lại truyền thống gì", false},
		// A number is asked.
		{"các nguồn vốn khác chiếm bao nhiêu", false},
		{"Tổng Bí thư trao tặng gì", false},
	}
	for _, tt := range tests {
		if got := asksList(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksList(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestDescribedInTakesList(t *testing.T) {
	tests := []struct {
		text, noun, want string
	}{
		{"Vận động người dân giao nộp vũ khí, vật liệu nổ... giúp người dân.", "giao nộp", "giao nộp vũ khí, vật liệu nổ"},
		{"Bố trí khu vực tiếp đón, phòng khám, phòng cấp cứu.", "bố trí", "Bố trí khu vực tiếp đón, phòng khám, phòng cấp cứu"},
		{"Tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc.", "phong trào", "phong trào toàn dân bảo vệ an ninh Tổ quốc"},
	}
	for _, tt := range tests {
		if got := describedIn(question{}, testSent(tt.text), foldWords(tt.noun), overlap{first: -1}, nil); got != tt.want {
			t.Errorf("describedIn(%q, %q) = %q, want %q", tt.text, tt.noun, got, tt.want)
		}
	}
}

func TestDescribedInCompoundBefore(t *testing.T) {
	tests := []struct {
		q, text string
		bigrams map[string]int
		want    string
	}{
		// "ra quân" is a word the article writes often: the noun asked is
		// "đợt", and the answer opens with it.
		{"công an ra quân đợt gì", "Sáng nay công an tỉnh ra quân đợt tuần tra kiểm soát ban đêm.",
			map[string]int{"ra quan": 3, "quan dot": 1}, "đợt tuần tra kiểm soát ban đêm"},
		// "hành vi" is the noun: "về hành" is no word.
		{"bị bắt về hành vi gì", "Hai người bị bắt về hành vi buôn lậu thuốc lá điếu.",
			map[string]int{"ve hanh": 1, "hanh vi": 3}, "hành vi buôn lậu thuốc lá điếu"},
		// No bigrams known: the noun is taken whole.
		{"công an ra quân đợt gì", "Sáng nay công an tỉnh ra quân đợt tuần tra kiểm soát ban đêm.",
			nil, "quân đợt tuần tra kiểm soát ban đêm"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		noun := nounOf(q)
		if got := describedIn(q, testSent(tt.text), noun, overlap{first: -1}, tt.bigrams); got != tt.want {
			t.Errorf("describedIn(%q, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

func TestNounOfCopula(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"Nguồn nước được xác định là gì?", ""},
		{"Mục tiêu của trường là gì", ""},
		{"Đội nào vô địch?", "doi"},
	}
	for _, tt := range tests {
		if got := phraseOf(nounOf(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("nounOf(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestDescribedInBoundItem picks, of the mentions of the noun asked, the
// one whose item of the sentence (between semicolons) writes the
// question's other words; takes the one a described noun belongs to,
// written after "của".
func TestDescribedInBoundItem(t *testing.T) {
	tests := []struct {
		q, text string
		bigrams map[string]int
		want    string
	}{
		// The second item writes "mở rộng sản xuất".
		{"mở rộng sản xuất là mục tiêu gì", "Kế hoạch nêu: giữ ổn định giá là mục tiêu trước mắt; mở rộng sản xuất là mục tiêu lâu dài.",
			nil, "mục tiêu lâu dài"},
		// No item writes more of the question: the first mention.
		{"hợp tác xã có mục tiêu gì", "Kế hoạch nêu: giữ ổn định giá là mục tiêu trước mắt; mở rộng sản xuất là mục tiêu lâu dài.",
			nil, "mục tiêu trước mắt"},
		// The tradition belongs to the one named after "của".
		{"học sinh tìm hiểu truyền thống gì", "Các em học sinh tìm hiểu truyền thống hiếu học của quê hương Kinh Bắc và các làng nghề.",
			nil, "truyền thống hiếu học của quê hương Kinh Bắc"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := describedIn(q, testSent(tt.text), nounOf(q), overlap{first: -1}, tt.bigrams); got != tt.want {
			t.Errorf("describedIn(%q, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

// TestPhraseListOrder checks that a phrase list, indexed by first words,
// finds the first of its phrases in the list's order, not in the words',
// and at that phrase's first place.
func TestPhraseListOrder(t *testing.T) {
	ws := foldWords("a b c b c")
	tests := []struct {
		phrases []string
		first   int
		in      bool
	}{
		{[]string{"b c", "a"}, 1, true},
		{[]string{"a", "b c"}, 0, true},
		{[]string{"c d", "c"}, 2, true},
		{[]string{"d", "a c"}, -1, false},
		{nil, -1, false},
	}
	for _, tt := range tests {
		l := phrasesOf(tt.phrases)
		if got := l.first(ws); got != tt.first {
			t.Errorf("%q: first = %d, want %d", tt.phrases, got, tt.first)
		}
		if got := l.in(ws); got != tt.in {
			t.Errorf("%q: in = %v, want %v", tt.phrases, got, tt.in)
		}
	}
}
