package answer

import (
	"context"
	"strings"
	"testing"
)

func TestVerdictOf(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        yesNoVerdict
	}{
		// Another number for the same noun says no.
		{"Có phải đổi mới sách giáo khoa đến lớp 12 không?", "Đây là năm đổi mới sách giáo khoa đến lớp 4, 8 và 11.", verdictOther},
		{"co phai vu sat lo lam 3 nguoi chet ko?", "Vụ sạt lở khiến 1 người tử vong, 2 người mất tích.", verdictOther},
		{"15 tuổi có được chạy 21km không", "Riêng ở các cự ly 21km, VĐV phải từ 16 tuổi trở lên.", verdictOther},
		// Amounts of money compare by value, whatever their scale.
		{"moi hs dc thuong 20 trieu dung ko", "Số tiền khen thưởng cho mỗi học sinh là 18.720.000 đồng.", verdictOther},
		{"moi hs dc thuong 18,72 trieu dung ko", "Số tiền khen thưởng cho mỗi học sinh là 18.720.000 đồng.", verdictFound},
		{"Thiệt hại khoảng 1 tỷ đồng đúng không", "Tổng giá trị thiệt hại 338 triệu đồng.", verdictOther},
		{"có phải thiệt hại 20 tỉ không", "Ước tính thiệt hại gần 20 tỉ đồng, 20 căn nhà bị sập.", verdictFound},
		// What the claim says of its count, written after another number
		// of its unit only: no.
		{"hai anh co 4 nguoi chet phai khong", "Tại tổ 3, lốc làm 1 người chết, 4 người bị thương.", verdictOther},
		{"có 4 người bị thương phải không", "Tại tổ 3, lốc làm 1 người chết, 4 người bị thương.", verdictFound},
		{"có phải 4 người chết không", "Lốc làm chết 4 người, 1 người bị thương.", verdictFound},
		// The same body and unit before another place: another body.
		{"Chủ tịch UBND tỉnh Yên Bái khen thưởng CA Vĩnh Phúc phải ko", "Chủ tịch UBND tỉnh Vĩnh Phúc Lê Duy Thành quyết định khen thưởng Công an tỉnh.", verdictOther},
		{"Chủ tịch UBND tỉnh Vĩnh Phúc khen thưởng phải ko", "Chủ tịch UBND tỉnh Vĩnh Phúc Lê Duy Thành quyết định khen thưởng Công an tỉnh.", verdictFound},
		// A rank compares with the rank written after the same marker,
		// however written.
		{"Đại hội này là lần thứ hai phải không", "Tỉnh tổ chức Đại hội thi đua yêu nước lần thứ I, giai đoạn 2025 - 2030.", verdictOther},
		{"dai hoi lan thu 1 phai ko", "Tỉnh tổ chức Đại hội thi đua yêu nước lần thứ I, giai đoạn 2025 - 2030.", verdictFound},
		{"có phải là kỳ họp thứ 20 không", "HĐND tỉnh khóa IX tổ chức Kỳ họp thứ hai mươi.", verdictUnwritten},
		// A scale before a noun counts it: no amount.
		{"có phải hơn 20 triệu học sinh dự khai giảng không", "Hôm nay, hơn 20 triệu học sinh dự lễ khai giảng.", verdictFound},
		// Another name under the same head says no.
		{"Bình Phước được trao Huân chương Hồ Chí Minh phải ko", "Chủ tịch nước trao tặng Huân chương Lao động hạng Nhất cho tỉnh Bình Phước.", verdictOther},
		// The number written, but what the claim says has it has another
		// number of its unit in its own part: no.
		{"tỉnh lộ có 14 điểm ngập đúng không", "Trong đó, tuyến quốc lộ có 14 điểm bị ngập; tỉnh lộ có 62 điểm bị ngập tại TP. Đồng Hới.", verdictOther},
		{"quoc lo co 14 diem ngap dung ko", "Trong đó, tuyến quốc lộ có 14 điểm bị ngập; tỉnh lộ có 62 điểm bị ngập tại TP. Đồng Hới.", verdictFound},
		// A year written as a point of reference is no other year of the
		// claim's, unless the claim writes its year so too.
		{"Giải năm 2023 có nâng giá trị giải thưởng không", "Lần đầu tiên trở lại kể từ năm 2017, giải được mở rộng quy mô và nâng giá trị giải thưởng.", verdictUnwritten},
		{"Giải năm 2023 có nâng giá trị giải thưởng không", "Năm 2017, giải được mở rộng quy mô và nâng giá trị giải thưởng.", verdictOther},
		{"giai dua thuyen co tu nam 1975 dung ko", "Giải đua thuyền được tổ chức từ năm 1832, hàng năm vào dịp Tết.", verdictOther},
		// The value written says yes.
		{"Có phải đổi mới sách giáo khoa đến lớp 11 không?", "Đây là năm đổi mới sách giáo khoa đến lớp 4, 8 và 11.", verdictFound},
		{"Bình Phước được trao Huân chương Lao động phải ko", "Chủ tịch nước trao tặng Huân chương Lao động hạng Nhất cho tỉnh Bình Phước.", verdictFound},
		// Nothing of the slot is written: the sentence decides nothing.
		{"Có phải đổi mới sách giáo khoa đến lớp 12 không?", "Năm học mới bắt đầu từ ngày 5/9.", verdictUnwritten},
		// A name whose word before heads no name: no slot to compare.
		{"Thủ tướng có trao Cờ thi đua cho Hội không", "Hội đón nhận Huân chương Lao động.", verdictUnwritten},
		// A claim naming no value.
		{"đối tượng có bỏ trốn không", "Đối tượng bỏ xe máy trốn thoát.", verdictNone},
		// What the claim says of a name, said of another name: no.
		{"co phai Trung Quoc la thi truong lon nhat ko", "Mỹ là thị trường lớn nhất, theo sau là Trung Quốc (20%) và Nhật Bản.", verdictOther},
		{"co phai My la thi truong lon nhat ko", "Mỹ là thị trường lớn nhất, theo sau là Trung Quốc (20%) và Nhật Bản.", verdictFound},
		{"Trung Quốc là thị trường lớn nhất phải không", "Trung Quốc là thị trường lớn nhất, Mỹ là thị trường lớn thứ hai.", verdictFound},
		// A claim of every one of a group, another value for one: no.
		{"Có phải cả 3 đối tượng đều 27 tuổi ko?", "Tạm giữ 3 đối tượng gồm Vũ (27 tuổi), Nam (27 tuổi) và Thảo (20 tuổi).", verdictOther},
		{"Có phải cả 3 đối tượng đều 27 tuổi ko?", "Tạm giữ 3 đối tượng gồm Vũ (27 tuổi), Nam (27 tuổi) và Thảo (27 tuổi).", verdictFound},
		{"Có phải đối tượng Vũ 27 tuổi ko?", "Gồm Vũ (27 tuổi), Nam (27 tuổi) và Thảo (20 tuổi).", verdictFound},
		// An option excluding the one asked says no.
		{"ông Hải có qua khỏi không", "Ông Hải được đưa đi cấp cứu nhưng đã tử vong trên đường.", verdictOther},
		{"có phải ô tô con chạy ngược chiều ko", "Ô tô con chạy cùng chiều phía sau thì va chạm.", verdictOther},
		// The noun named in brackets after the number's noun.
		{"co phai 1.000 drone bay khong?", "Tối 9.6, 1.100 thiết bị bay không người lái (drone) đã vẽ lên bầu trời.", verdictOther},
		{"co phai 1.100 drone bay khong?", "Tối 9.6, 1.100 thiết bị bay không người lái (drone) đã vẽ lên bầu trời.", verdictFound},
		// A number counting several nouns together says nothing of one.
		{"co phai 40 hoc sinh duoc thuong ko", "Hội khuyến học thưởng 40 giáo viên, học sinh tiêu biểu.", verdictUnwritten},
		{"co phai 40 giao vien, hoc sinh duoc thuong ko", "Hội khuyến học thưởng 40 giáo viên, học sinh tiêu biểu.", verdictFound},
		{"co phai 25 hoc sinh duoc thuong ko", "Hội thưởng 15 giáo viên, 25 học sinh tiêu biểu.", verdictFound},
		// What leads to a name in the claim, written before another name: no.
		{"Ngọc có bị bắt ở Hà Nội ko", "Ngọc bị bắt ở Hải Phòng sau khi gây ra vụ cướp ở Ngân hàng chi nhánh Ngọc Khánh, Hà Nội.", verdictOther},
		{"Ngọc có bị bắt ở Hà Nội ko", "Ngọc bị bắt ở Hà Nội sau khi gây ra vụ cướp ở Hải Phòng.", verdictFound},
		{"Ngọc có bị bắt ở Hà Nội ko", "Ngọc và Nam bị bắt ở Hải Phòng và Hà Nội.", verdictFound},
		// The giver of the claim, another giver written before its verb: no.
		{"Bằng khen có phải của Bộ Công an tặng ko", "Chủ tịch UBND tỉnh Bình Thuận tặng Bằng khen cho Trạm CSGT, Công an tỉnh.", verdictOther},
		{"Bằng khen có phải của Bộ Công an tặng ko", "Bộ Công an tặng Bằng khen cho Trạm CSGT.", verdictFound},
		{"Bằng khen có phải của UBND tỉnh Đồng Tháp tặng ko", "Giá lúa tại Cần Thơ tăng nhẹ, UBND tỉnh Đồng Tháp cho biết.", verdictFound},
		// The title of the claim written only as a deputy's or a former one: no.
		{"Lê Hồng Vinh có phải Chủ tịch UBND tỉnh ko", "Có mặt đồng chí Lê Hồng Vinh, Phó Chủ tịch Thường trực UBND tỉnh Nghệ An.", verdictOther},
		{"Lê Hồng Vinh có phải Chủ tịch UBND tỉnh ko", "Ông Lê Hồng Vinh, Chủ tịch UBND tỉnh, cùng Phó Chủ tịch Bùi Đình Long dự lễ.", verdictFound},
		{"Ông Sơn có phải Bí thư Tỉnh ủy ko", "Đồng chí Nguyễn Xuân Sơn, nguyên Bí thư Tỉnh ủy, dự lễ.", verdictOther},
		// A claim of more or less than a number: a value meeting it says
		// yes, one missing it no.
		{"phao no co hon 4 tan ko", "Vận chuyển trái phép hơn 4,56 tấn pháo nổ.", verdictFound},
		{"phao no co hon 5 tan ko", "Vận chuyển trái phép hơn 4,56 tấn pháo nổ.", verdictOther},
		{"vốn đầu tư có trên 1.500 tỷ ko", "Dự án có tổng vốn đầu tư hơn 1.657 tỷ đồng.", verdictFound},
		{"co tren 5000 truong hop ko", "Tỉnh có hơn 5.000 trường hợp được khen.", verdictFound},
		{"co tren 5000 truong hop ko", "Tỉnh có 5.000 trường hợp được khen.", verdictOther},
		{"tong kinh phi co tren 300 ty k", "Dự án có tổng kinh phí hơn 262 tỷ đồng.", verdictOther},
		{"có dưới 16 tuổi không", "Em Nam, 15 tuổi, bị thương.", verdictFound},
		{"có dưới 16 tuổi không", "Anh Nam, 25 tuổi, bị thương.", verdictOther},
		{"có dưới 16 tuổi không", "Năm học mới bắt đầu từ ngày 5/9.", verdictUnwritten},
		// A number spelled is the same number in digits.
		{"2 nạn nhân có phải là công nhân không", "Hai nạn nhân là công nhân bốc vác.", verdictFound},
		{"3 nạn nhân có phải là công nhân không", "Hai nạn nhân là công nhân bốc vác.", verdictOther},
		// An auxiliary between the giver and the verb; a verb without
		// marks read as written in a question typed with them; the
		// particles ending a statement asked are no words of the claim.
		{"Có phải Chủ tịch UBND tỉnh An Giang tặng giấy khen không?", "Chủ tịch UBND huyện An Phú cũng tặng giấy khen cho 6 cá nhân.", verdictOther},
		{"Giấy khen do UBND huyện Long Mỹ trao đúng không?", "Chủ tịch UBND xã Vĩnh Viễn, huyện Long Mỹ, tỉnh Hậu Giang vừa trao tặng Giấy khen.", verdictOther},
		{"Giấy khen do UBND huyện Long Mỹ trao đúng không?", "UBND huyện Long Mỹ vừa trao giấy khen cho anh An.", verdictFound},
		// A place's name under a unit of another rank is another place:
		// the claim's unit written with another name says no.
		{"anh Hung nguoi tinh Quang Binh phai ko", "Anh Lê Văn Hùng, 42 tuổi, quê xã Quảng Bình, tỉnh Thanh Hóa điều khiển xe.", verdictOther},
		{"anh Hung nguoi tinh Quang Binh phai ko", "Anh Lê Văn Hùng, 42 tuổi, quê phường Đồng Sơn, tỉnh Quảng Bình điều khiển xe.", verdictFound},
		{"anh Hung nguoi tp Dong Hoi phai ko", "Anh Hùng, ngụ phường Nam Lý, thành phố Đồng Hới, điều khiển xe.", verdictFound},
		// A place typed in lower case after its unit, ending the claim,
		// is a name; a place written only where a person lives is not
		// where the event was, unless the claim asks where one lives.
		{"tai nan xay ra o huyen thong nhat phai ko", "Vụ tai nạn xảy ra trên quốc lộ 1A, đoạn qua xã Xuân Tâm, huyện Xuân Lộc, do Phạm Văn T. (21 tuổi, ngụ xã Gia Kiệm, huyện Thống Nhất) điều khiển.", verdictOther},
		{"tai nan xay ra o huyen thong nhat phai ko", "Vụ tai nạn xảy ra trên quốc lộ 1A, đoạn qua xã Xuân Tâm, do Phạm Văn T. (21 tuổi, ngụ xã Gia Kiệm, huyện Thống Nhất) điều khiển.", verdictUnwritten},
		{"anh T. ngu o huyen thong nhat phai ko", "Vụ tai nạn xảy ra trên quốc lộ 1A, do Phạm Văn T. (21 tuổi, ngụ xã Gia Kiệm, huyện Thống Nhất) điều khiển.", verdictFound},
		// A name right after a locative is a place, and one written
		// without its unit after a word of residence is where someone
		// lives, not where they were arrested.
		{"Nghi phạm bị bắt ở An Giang đúng không", "Công an phường Ô Môn (Cần Thơ) bắt giữ Nguyễn Trung T. (sinh năm 1996, ngụ An Giang).", verdictUnwritten},
		{"Nghi phạm bị bắt ở Cần Thơ đúng không", "Công an phường Ô Môn (Cần Thơ) bắt giữ Nguyễn Trung T. (sinh năm 1996, ngụ An Giang).", verdictFound},
		// A body's code typed in lower case before a unit heads the name.
		{"lễ khen thưởng do ubnd tỉnh Tây Ninh tổ chức đúng ko", "Sáng 26-9, UBND phường Long An, tỉnh Tây Ninh tổ chức lễ khen thưởng.", verdictUnwritten},
		// "quan" typed in a question with marks is no "quận".
		{"Hải quan Điện Biên có được khen không?", "Thứ trưởng khen Cục Hải quan và Công an tỉnh Điện Biên.", verdictFound},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := verdictOf(q, claimKeys(q), testSent(tt.sentence)); got != tt.want {
			t.Errorf("verdictOf(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestClaimKeys(t *testing.T) {
	tests := []struct {
		q                    string
		n                    int
		before, after, value string
	}{
		{"Có phải đổi mới sách giáo khoa đến lớp 12 không?", 1, "lop", "", "12"},
		{"co phai vu sat lo lam 3 nguoi chet ko?", 1, "lam", "nguoi", "3"},
		{"Bình Phước được trao Huân chương Hồ Chí Minh phải ko", 3, "huan chuong", "", "ho"},
		{"đối tượng có bỏ trốn không", 0, "", "", ""},
		// A body of a place is the name, not the place alone.
		{"Lễ trao bằng khen do UBND tỉnh Lào Cai tổ chức hả?", 1, "", "", "ubnd"},
	}
	for _, tt := range tests {
		keys := claimKeys(parseQuestion(tt.q))
		if len(keys) != tt.n {
			t.Errorf("claimKeys(%q): %d keys, want %d", tt.q, len(keys), tt.n)
			continue
		}
		if tt.n == 0 {
			continue
		}
		k := keys[len(keys)-1]
		if k.before != tt.before || k.after != tt.after || k.value[0].fold != tt.value {
			t.Errorf("claimKeys(%q) last = %q %q %q, want %q %q %q", tt.q, k.before, k.value[0].fold, k.after, tt.before, tt.value, tt.after)
		}
	}
}

func TestLowerFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đây là năm thứ hai.", "đây là năm thứ hai."},
		{"UBND tỉnh cho biết.", "UBND tỉnh cho biết."},
		{"TP.HCM có mưa.", "TP.HCM có mưa."},
		{"sau đó, trời mưa.", "sau đó, trời mưa."},
	}
	for _, tt := range tests {
		if got := lowerFirst(tt.in); got != tt.want {
			t.Errorf("lowerFirst(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOptionVerdict(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        yesNoVerdict
	}{
		{"gia ca phe gia lai co giam ko", "Sau khi tăng 900.000 đồng/tấn, giá cà phê ở mức 66 triệu đồng.", verdictOther},
		{"giá cà phê có tăng không", "Sau khi tăng 900.000 đồng/tấn, giá cà phê ở mức 66 triệu đồng.", verdictFound},
		{"ba hanh co phai uy vien chinh thuc bch tw ko", "Bà Tôn Ngọc Hạnh - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng.", verdictOther},
		{"Tài xế có bị thương nặng ko?", "Nam tài xế bị xây xát nhẹ.", verdictOther},
		// Neither option written: nothing decided.
		{"ca mổ có thành công k", "Ca phẫu thuật diễn ra tốt đẹp.", verdictNone},
		// No option asked.
		{"đối tượng có bỏ trốn không", "Đối tượng bỏ xe máy trốn thoát và giảm tốc.", verdictNone},
		// A rank, of an order or of a race.
		{"Nguyễn Xuân Sơn được huân chương hạng nhì phải k", "Trao Huân chương Lao động hạng Nhất cho đồng chí Nguyễn Xuân Sơn.", verdictOther},
		{"co phai doi khlang muong dat giai nhat ko", "Đội Khlang Mương (Châu Thành, Kiên Giang) giải nhì.", verdictOther},
		{"co phai doi khlang muong dat giai nhi ko", "Đội Khlang Mương (Châu Thành, Kiên Giang) giải nhì.", verdictFound},
		// Where under water.
		{"Có phải anh Hiếu cứu người dưới sông ko", "Anh cứu sống bốn người bị đuối nước dưới biển.", verdictOther},
		{"Có phải anh Hiếu cứu người dưới biển ko", "Anh cứu sống bốn người bị đuối nước dưới biển.", verdictFound},
		// Options of two groups: one written, the other's opposite
		// written — the claim is false.
		{"Giá cà phê trong nước hôm nay tăng phải không?", "Giá cà phê trong nước tiếp tục giảm nhẹ.", verdictOther},
		{"Giá cà phê trong nước hôm nay giảm phải không?", "Giá cà phê trong nước tiếp tục giảm nhẹ.", verdictFound},
		// Both options written, each in its own clause: the clause of
		// the claim's other words decides.
		{"Số học sinh tiểu học tăng phải không?", "Trong đó: Mầm non có 478 học sinh (tăng 47 học sinh); tiểu học có 939 học sinh (giảm 94 học sinh); THCS có 759 học sinh (tăng 42 học sinh).", verdictOther},
		{"so hs thcs giam ha", "Trong đó: Mầm non có 478 học sinh (tăng 47 học sinh); tiểu học có 939 học sinh (giảm 94 học sinh); THCS có 759 học sinh (tăng 42 học sinh).", verdictOther},
		{"so hoc sinh thcs tang ha", "Trong đó: Mầm non có 478 học sinh (tăng 47 học sinh); tiểu học có 939 học sinh (giảm 94 học sinh); THCS có 759 học sinh (tăng 42 học sinh).", verdictFound},
		// One clause: nothing to tell apart.
		{"giá vàng có tăng không", "Giá vàng tăng rồi giảm trong phiên.", verdictFound},
		// Staying and leaving; leaving by any word is no opposite of
		// fleeing.
		{"Sau khi gây án Nghĩa có ở lại hiện trường không?", "Sau khi gây án, Nghĩa bỏ đi khỏi hiện trường.", verdictOther},
		{"tai xe co bo tron ko", "Sau tai nạn, tài xế rời khỏi hiện trường, tìm đến công an trình diện.", verdictNone},
	}
	for _, tt := range tests {
		if got := optionVerdict(parseQuestion(tt.q), testSent(tt.sentence)); got != tt.want {
			t.Errorf("optionVerdict(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestNegatesClaim(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        bool
	}{
		// A negation right before the claim's words denies it.
		{"Bình Phước có ngộ độc thực phẩm k", "Tỉnh Bình Phước trong những ngày Tết không xảy ra ngộ độc thực phẩm.", true},
		{"ông Ba Be đã lấy cọc chưa", "Tôi chưa lấy cọc thương lái, ông Ba Be thổ lộ.", true},
		// A negation of another matter denies nothing of the claim.
		{"ngoài trấn áp tội phạm còn truy nã không", "Trong đợt cao điểm, công an trấn áp tội phạm, không để xảy ra điểm nóng.", false},
		{"Bình Phước có ngộ độc thực phẩm k", "Tỉnh Bình Phước không để xảy ra cháy nổ, ngộ độc thực phẩm được kiểm soát.", false},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.sentence)
		content := e.content(q)
		if got := negatesClaim(s, e.overlapOf(q, content, s)); got != tt.want {
			t.Errorf("negatesClaim(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestQuoteHolding(t *testing.T) {
	long := "Tập trung trấn áp mạnh mẽ tội phạm, nhất là các loại tội phạm thường xảy ra trong dịp Tết như: trộm cắp, cướp, cướp giật tài sản, đánh bạc; tội phạm hoạt động có tổ chức; gian lận thương mại, hàng gian, hàng giả, hàng kém chất lượng; tội phạm về môi trường."
	tests := []struct {
		q, sentence string
		limit       int
		want        string
	}{
		// A sentence that fits is quoted whole.
		{"có trấn áp hàng giả không", "Công an trấn áp hàng giả.", 100, "Công an trấn áp hàng giả."},
		// A long one: the parts holding the claim, the rest left out.
		{"hàng giả có bị trấn áp ko", long, 100, "Tập trung trấn áp mạnh mẽ tội phạm … hàng gian, hàng giả, hàng kém chất lượng"},
		// A label held holds its value.
		{"Hà Nội có ai chết không", "Quảng Ninh: 15 người; Hải Phòng: 2 người do bão; Hải Dương: 1 người do bão; Hà Nội: 1 người chết do bão.", 60, "… Hà Nội: 1 người chết do bão"},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.sentence)
		content := e.content(q)
		if got := quoteHolding(s, e.overlapOf(q, content, s), tt.limit); got != tt.want {
			t.Errorf("quoteHolding(%q, %q) = %q, want %q", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestAliasAfter(t *testing.T) {
	tests := []struct {
		sentence string
		at       int
		alias    string
		want     bool
	}{
		{"1.100 thiết bị bay không người lái (drone) đã bay.", 1, "drone", true},
		{"1.100 thiết bị bay không người lái (drone) đã bay.", 1, "uav", false},
		// A number before the bracket: the bracket names another noun.
		{"1.100 thiết bị bay và 20 chiếc (drone) đã bay.", 1, "drone", false},
		// Too far from the number.
		{"1.100 thiết bị bay được các kỹ sư của công ty lập trình sẵn (drone).", 1, "drone", false},
	}
	for _, tt := range tests {
		if got := aliasAfter(testSent(tt.sentence), tt.at, tt.alias); got != tt.want {
			t.Errorf("aliasAfter(%q, %d, %q) = %v, want %v", tt.sentence, tt.at, tt.alias, got, tt.want)
		}
	}
}

// yesNoArticle is a report, in our own words, whose sentences decide
// yes-no questions: a negation before the claim's words, a list of
// places each with its figure, a list of tasks.
const yesNoArticle = "date 2025-03 Thời sự Mưa lớn gây thiệt hại ở nhiều tỉnh\n\n" +
	"Vụ việc xảy ra lúc nửa đêm trên đoạn đường vắng, ông Lâm không nhớ biển số chiếc xe tải.\n\n" +
	"Thống kê sơ bộ: Nghệ An: 4 người bị thương do cây đổ; Quảng Bình: 2 người bị thương do sạt lở; Thanh Hóa: 5 người bị thương do lũ quét; " +
	"Hà Tĩnh: 3 người bị thương do tốc mái nhà; Quảng Trị: 6 người bị thương do lốc xoáy; Thừa Thiên Huế: 1 người bị thương do đuối nước; " +
	"Quảng Nam: 2 người bị thương do sạt lở đất đá ven đường; Quảng Ngãi: 7 người bị thương do nước cuốn khi qua ngầm tràn.\n\n" +
	"Ông Hải được đưa đi cấp cứu nhưng đã tử vong trên đường.\n\n" +
	"Phường đề ra 3 nhiệm vụ trọng tâm: phát triển hạ tầng giao thông, chuyển đổi số toàn diện và cải cách thủ tục hành chính.\n\n" +
	"Tòa tuyên phạt Trần Văn Lâm (30 tuổi) 18 năm tù về tội “Giết người”; Lê Văn Vũ (25 tuổi) 1 năm tù về tội “Chống người thi hành công vụ”.\n\n" +
	"Các dự án khởi công gồm Khu du lịch phức hợp Vân Đồn với mức đầu tư 51.000 tỷ đồng, Công viên Globe Hạ Long tại Tuần Châu với 5.380 tỷ đồng.\n\n" +
	"Đối với bị cáo Phạm Ngọc Hưng, tòa tuyên phạt 200 triệu đồng về tội cho vay lãi nặng.\n\n" +
	"Hội Chữ thập đỏ tỉnh Nghệ An, UBND xã Nghi Lộc tổ chức lễ trao bằng khen cho ông Hà Văn Sơn.\n\n" +
	"Tối 8-5, tại xã Vạn Tường, Công an tỉnh bắt quả tang 2 mẹ con Trương Thị Bé (sinh năm 1979) và Phạm Thành An (sinh năm 2002, cùng trú tại xã Đông Sơn) vận chuyển thuốc nổ.\n\n" +
	"Giám đốc Công an thành phố trao giấy khen cho anh Đỗ Văn Khải (31 tuổi, trú tại huyện Hưng Hà, tỉnh Thái Bình) vì đã cùng bắt giữ kẻ cướp.\n\n" +
	"Các đối tượng gồm: Đỗ Đình Mạnh (sinh năm 1990), Đỗ Văn Tải (sinh năm 1999) cùng trú tại xã An Khê, huyện Quỳnh Phụ và Đặng Vũ Hùng (sinh năm 2003, trú tại thị trấn Diêm Điền, huyện Thái Thụy).\n"

func TestYesNoGenerator(t *testing.T) {
	e := articleEngine(t, yesNoArticle)
	tests := []struct {
		q    string
		want string // a part the answer holds; "" for no answer
		not  string // a part the answer must not hold
	}{
		// Where people live is not where they were caught.
		{"hai me con tru o xa van tuong dung khong", "Không: ", ""},
		{"hai me con tru o xa dong son dung khong", "Có: ", ""},
		// A home claimed ("quê") that no sentence writes, where another
		// is written where he lives: no.
		{"Khải quê Thanh Hóa hả", "Không: ", ""},
		{"Khải quê Thái Bình hả", "Có: ", ""},
		// Of a sentence writing several people's homes, the home of the
		// one the claim names decides.
		{"Hùng có trú ở Quỳnh Phụ ko", "Không: ", ""},
		{"Tải có trú ở Quỳnh Phụ ko", "Có: ", ""},
		// A given name typed in lower case as the claim's whole subject.
		{"hung co tru o quynh phu ko", "Không: ", ""},
		// A negation right before the claim's words says no, though the
		// sentence holds only half of the question's words.
		{"nạn nhân có nhớ được biển số của xe gây ra vụ việc đêm đó không", "Không: ", ""},
		// Another option says no of the claim's name: the sentence holds
		// the name, though not the option asked.
		{"ông Hải có qua khỏi không", "Không: ", ""},
		// Of a list of places, the quote holds the part of the place asked.
		{"Hà Tĩnh có ai bị thương không", "Hà Tĩnh: 3 người bị thương", ""},
		// An index the article does not write is no count it lacks.
		{"trong nhiệm vụ trọng tâm 1 có nói về chuyển đổi số không", "", "không nêu con số"},
		// Of a list of people each with their own charge, the claim of one
		// is not said by another's clause.
		{"Lê Văn Vũ bị phạt tù về tội giết người phải ko", "", "Có: "},
		{"Trần Văn Lâm bị phạt tù về tội giết người phải ko", "Có: ", ""},
		// Of a list of items, the claim of one is not said by another
		// item's words or values.
		{"Công viên Globe Hạ Long ở Vân Đồn phải không", "", "Có: "},
		{"khu du lich phuc hop van don von 5380 ty dung ko", "", "Có: "},
		{"khu du lich phuc hop Vân Đồn vốn 51.000 tỷ đúng ko", "Có: ", ""},
		// A name of several words is written as a run.
		{"Lễ trao bằng khen do UBND tỉnh Nghệ An tổ chức hả", "", "Có: "},
		// The claim's predicate must be written, not its subject alone.
		{"Hưng bị phạt tù phải không", "", "Có: "},
		{"Hưng bị phạt tiền phải không", "", "Có: "},
		{"bị cáo Hưng có bị phạt 200 triệu đồng không", "Có: ", ""},
	}
	for _, tt := range tests {
		got := generatedBy(e, tt.q, e.yesNo).answer
		if tt.want == "" && tt.not == "" && got != "" || !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%q: %q, want it to hold %q and not %q", tt.q, got, tt.want, tt.not)
		}
	}
}

func TestCountsOnly(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"co phai vu sat lo lam 3 nguoi chet ko?", true},
		{"Có phải đổi mới sách giáo khoa đến lớp 12 không?", false},
		{"trong khâu trọng tâm 2 có nói về giao thông không", false},
		{"Bình Phước được trao Huân chương Hồ Chí Minh phải ko", false},
	}
	for _, tt := range tests {
		if got := countsOnly(claimKeys(parseQuestion(tt.q))); got != tt.want {
			t.Errorf("countsOnly(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestListsClaim(t *testing.T) {
	const list = "Đợt kiểm tra tập trung vào các sai phạm thường gặp như: buôn lậu, hàng nhái; kinh doanh hàng cấm, pháo nổ; ô nhiễm nguồn nước, vệ sinh lao động."
	tests := []struct {
		q, sentence string
		want        bool
	}{
		// An item of the list, whole, among the question's words.
		{"kinh doanh hang cam co bi kiem tra khong", list, true},
		{"vệ sinh lao động có nằm trong diện kiểm tra ko", list, true},
		// An item named in part, or one word alone, is no item listed.
		{"kinh doanh xăng dầu có bị kiểm tra không", list, false},
		{"pháo hoa có bị kiểm tra không", list, false},
		// The words stand before any colon: no list.
		{"đợt kiểm tra có tập trung vào sai phạm không", "Đợt kiểm tra tập trung vào sai phạm, kéo dài một tháng.", false},
	}
	for _, tt := range tests {
		e := articleEngine(t, "date 2025-01 Thời sự Kiểm tra thị trường\n\n"+tt.sentence+"\n")
		q := e.parse(tt.q)
		if got := listsClaim(testSent(tt.sentence), e.content(q)); got != tt.want {
			t.Errorf("listsClaim(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestClaimFrame(t *testing.T) {
	tests := []struct {
		q           string
		title, ends string // the first key's title; the particles that end q
	}{
		{"bà Lan có phải phó chủ tịch phường không", "ba", "khong"},
		{"ong Tuan la giam doc so phai k", "ong", "khong phai"},
		{"Đại tá Minh là chỉ huy trưởng đúng không", "", "khong dung"},
		{"tat ca hoc sinh deu do a", "", "a"},
		{"Hội An có mưa không", "", "khong"},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		title := ""
		if keys := claimKeys(q); len(keys) > 0 {
			title = keys[0].title
		}
		if ends := strings.Join(claimEnds(q), " "); title != tt.title || ends != tt.ends {
			t.Errorf("%q: title %q, ends %q; want %q, %q", tt.q, title, ends, tt.title, tt.ends)
		}
	}
}

func TestMentionLead(t *testing.T) {
	tests := []struct{ q, want string }{
		{"bai bao co noi den viec xay cau moi khong", "bai bao noi den"},
		{"Có nhắc tới đội bóng của trường không", "nhac toi"},
		{"bài báo có nhắc đến giá vàng ko", "bai bao nhac den"},
		// A single "trong" opens the claim; no mention asked.
		{"trong nhiệm vụ 1 có nói về giao thông không", ""},
		{"Có phải xe tải chạy quá tốc độ không", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(mentionLead(parseQuestion(tt.q)), " "); got != tt.want {
			t.Errorf("mentionLead(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestYesMissing checks that a yes answer carries the share of the
// question's words the article never writes, and a no answer does not.
func TestYesMissing(t *testing.T) {
	e := articleEngine(t, "date 2025-04 Thời sự Mưa đá (VOV) - Chiều 2/4, mưa đá xảy ra ở xã Mường Lèo.\n\n"+
		"Căn nhà của người dân xã Mường Lèo bị thủng mái do mưa đá.\n")
	tests := []struct {
		q       string
		missing bool
	}{
		{"Căn nhà ở Mường Lèo có bị sập mái do mưa đá không?", true},
		{"Căn nhà ở Mường Lèo có bị thủng mái do mưa đá không?", false},
	}
	for _, tt := range tests {
		found := false
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator != string(genYesNo) || !strings.HasPrefix(c.Answer, msgYesLead) {
				continue
			}
			found = true
			if got := featureOn(c, fYesMissing); got != tt.missing {
				t.Errorf("%q: yesno_yes_missing on %q is %v, want %v", tt.q, c.Answer, got, tt.missing)
			}
		}
		if !found {
			t.Errorf("%q: no yes answer", tt.q)
		}
	}
}

// TestExistentialWritten checks that a claim asking whether anyone at all
// did something is said yes of only by a sentence writing its verb.
func TestExistentialWritten(t *testing.T) {
	tests := []struct {
		q, sentence string
		verb        string // "" when the claim asks no such thing
		want        bool
	}{
		{"Có ai bị thương do mưa đá không?", "Căn nhà của người dân bị thủng mái do mưa đá.", "thương", false},
		{"co ai bi thuong do mua da khong", "Mưa đá làm 2 người bị thương nhẹ.", "thuong", true},
		{"vụ tông xe có ai chết ko", "Vụ tông xe khiến 2 người bị trọng thương.", "chết", false},
		{"có người nào được khen không", "Ba người dân được tặng giấy khen.", "khen", true},
		{"Vụ cháy có gây thiệt hại không?", "Vụ cháy không gây thiệt hại về người.", "", true},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		v, ok := existentialVerb(q)
		if ok != (tt.verb != "") || ok && v.text != tt.verb && v.fold != tt.verb {
			t.Errorf("existentialVerb(%q) = %q, %v; want %q", tt.q, v.text, ok, tt.verb)
		}
		if got := existentialWritten(q, testSent(tt.sentence)); got != tt.want {
			t.Errorf("existentialWritten(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestPredicateCover checks the share of what a yes-no claim says of its
// subject that a sentence writes outside the words naming the subject.
func TestPredicateCover(t *testing.T) {
	e := articleEngine(t, yesNoArticle)
	d := e.doc
	tests := []struct {
		q, in   string // the question, a part of the sentence
		subject int    // claimSubject
		cover   float64
		known   bool
	}{
		// "cáo" of the sentence is the subject's ("bị cáo"), not the
		// predicate's ("kháng cáo").
		{"các bị cáo có kháng cáo không", "Tòa tuyên phạt Trần Văn Lâm", 3, 0, true},
		// A sentence not naming the person the subject names says nothing
		// of them.
		{"lam bi phat 200 trieu dong a", "Đối với bị cáo Phạm Ngọc Hưng", 1, 0, true},
		{"hung bi phat 200 trieu dong a", "Đối với bị cáo Phạm Ngọc Hưng", 1, 1, true},
		// Without a yes-no lead, the subject ends at the first auxiliary.
		{"Lâm bị phạt tù phải không", "Tòa tuyên phạt Trần Văn Lâm", 1, 1, true},
		{"Vũ bị phạt tiền phải không", "Tòa tuyên phạt Trần Văn Lâm", 1, 0.5, true},
		// A synonym of the predicate's word is written.
		{"ông Hải có chết không", "Ông Hải được đưa đi cấp cứu", 2, 1, true},
		// A claim that opens with its lead: the subject ends at the
		// auxiliary after it.
		{"có phải Lâm bị phạt tù không", "Tòa tuyên phạt Trần Văn Lâm", 3, 1, true},
		// No lead after the first word and no auxiliary: no subject apart.
		{"có phải ông Hải tử vong không", "Ông Hải được đưa đi cấp cứu", 0, 0, false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := sentHolding(t, d, tt.in)
		if got := claimSubject(q); got != tt.subject {
			t.Errorf("claimSubject(%q) = %d, want %d", tt.q, got, tt.subject)
		}
		cover, known := d.predicateCover(q, d.content(q), s)
		if cover != tt.cover || known != tt.known {
			t.Errorf("predicateCover(%q, %q) = %v, %v, want %v, %v", tt.q, tt.in, cover, known, tt.cover, tt.known)
		}
	}
}

// TestPredicateHeldClause reads a claim of a person the question names
// in the part of the sentence that names them, parted by semicolons, and
// in the lead a colon closes, which governs every part after it.
func TestPredicateHeldClause(t *testing.T) {
	e := articleEngine(t, "date 2025-09 Pháp luật Xử phúc thẩm (TN) - Tòa xử phúc thẩm vụ án.\n\n"+
		"HĐXX tuyên phạt 5 năm tù đối với bị cáo Sầm Phúc Hiệp (35 tuổi, ngụ tỉnh Lâm Đồng); 6 năm tù đối với bị cáo Vũ Thanh Tuyền (27 tuổi, ngụ TP.HCM).\n\n"+
		"Các Phó Bí thư Tỉnh ủy được chỉ định gồm: ông Nguyễn Đăng Quang, Chủ tịch HĐND tỉnh; ông Trần Phong, Chủ tịch UBND tỉnh.")
	d := e.doc
	tests := []struct {
		q, in string
		held  bool
	}{
		{"vu thanh tuyen o lam dong phai ko", "HĐXX tuyên phạt", false},
		{"sam phuc hiep o lam dong phai ko", "HĐXX tuyên phạt", true},
		{"Trần Phong có phải phó bí thư không", "Các Phó Bí thư", true},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := sentHolding(t, d, tt.in)
		if held := d.predicateHeld(q, d.content(q), s); held != tt.held {
			t.Errorf("predicateHeld(%q) = %v, want %v", tt.q, held, tt.held)
		}
	}
}

// TestClaimKeyMeasure checks that a measure written short after a claim's
// number is the number's slot, not a particle ending the question: "80
// ha" is hectares, where "hả" alone ends a question.
func TestClaimKeyMeasure(t *testing.T) {
	tests := []struct {
		q, after string
	}{
		{"Có phải lúa bị thiệt hại hơn 80 ha không", "ha"},
		{"lúa bị thiệt hại 80 ha phải không", "ha"},
		{"thu giữ 4 kg ma túy phải không", "kg"},
		{"có 3 người chết hả", "nguoi"},
	}
	for _, tt := range tests {
		keys := claimKeys(parseQuestion(tt.q))
		if len(keys) == 0 || keys[0].after != tt.after {
			t.Errorf("claimKeys(%q) = %+v, want a number before %q", tt.q, keys, tt.after)
		}
	}
}

// TestResidenceClaimed reads the place a yes-no claim says someone lives
// in or comes from, only when a place follows the cue.
func TestResidenceClaimed(t *testing.T) {
	tests := []struct{ q, want string }{
		{"hai me con tru o xa van tuong dung khong", "xa van tuong"},
		{"Khải quê Thanh Hóa hả", "thanh hoa"},
		// "ngư dân", "sống sót": no cue before a place.
		{"ngu dan co giao nop ma tuy ko", ""},
		{"co ai song sot ko", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(residenceClaimed(parseQuestion(tt.q)), " "); got != tt.want {
			t.Errorf("residenceClaimed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestYesNoNameByInitials reads a name a claim spells by its initials
// ("HP") as the name the articles write, capitalised: the sentence of
// another place writing the claim's figure says no yes, the one of that
// place writing another figure says no.
func TestYesNoNameByInitials(t *testing.T) {
	e := articleEngine(t, "date 2025-07 Kinh tế Thu ngân sách 6 tháng (ABC) - Thu ngân sách hai địa phương tăng mạnh.\n\n"+
		"Theo UBND thành phố Hải Phòng, thu ngân sách nhà nước 6 tháng ước đạt 77.000 tỷ đồng, tăng 20% so với cùng kỳ.\n\n"+
		"Tại Hải Dương, tổng thu ngân sách nhà nước 6 tháng ước đạt 19.500 tỷ đồng, tăng 35% so với cùng kỳ.\n")
	tests := []struct {
		q, want string // the answer's lead
	}{
		{"thu ngân sách HP tăng 35% phải ko", msgNoLead},
	}
	for _, tt := range tests {
		c, _ := candidateOf(e.Candidates(context.Background(), tt.q), "yesno")
		if got := c.Answer; !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q: %q, want it to open with %q", tt.q, got, tt.want)
		}
	}
}

// TestYesNoPlaceOfAct reads a place a locative opens in a claim ("bắt …
// ở huyện Ia Grai") as where the act took place: a sentence writing it
// only as where a person lives does not say yes, and names the place of
// the act, which says no.
func TestYesNoPlaceOfAct(t *testing.T) {
	e := articleEngine(t, "date 2021-07 Pháp luật Bắt 2 đối tượng (GLO) - Công an tỉnh Gia Lai bắt 2 đối tượng mua bán ma túy.\n\n"+
		"Tại làng Rồi (xã Ia Phí, huyện Chư Păh), Công an tỉnh đã bắt quả tang 2 đối tượng gồm: Dương Hồng Thái (SN 1988, trú tại xã Ia Sao, huyện Ia Grai) và Hà Công Tuấn (SN 2001, trú tại xã Ia Sao, huyện Ia Grai).\n")
	tests := []struct {
		q, want string // the answer's lead
	}{
		{"Có phải bắt các đối tượng ở huyện Ia Grai không?", msgNoLead},
		{"Có phải bắt các đối tượng ở huyện Chư Păh không?", msgYesLead},
	}
	for _, tt := range tests {
		c, _ := candidateOf(e.Candidates(context.Background(), tt.q), "yesno")
		if !strings.HasPrefix(c.Answer, tt.want) {
			t.Errorf("%q: %q, want it to open with %q", tt.q, c.Answer, tt.want)
		}
	}
}

func TestPersonsBound(t *testing.T) {
	const text = "Hai người dân được khen thưởng là anh Phan Duy Quang (thôn Tây An Vĩnh) và anh Lê Văn Sanh (thôn Tây An Hải), đặc khu Lý Sơn."
	tests := []struct {
		q    string
		want bool
	}{
		{"Anh Sanh ở thôn Tây An Vĩnh đúng không", false}, // another person's place
		{"Anh Sanh ở thôn Tây An Hải đúng không", true},
		{"Anh Quang ở thôn Tây An Vĩnh đúng không", true},
	}
	e, s := sentenceEngine(t, text)
	for _, tt := range tests {
		q := e.parse(tt.q)
		if got := personsBound(claimKeys(q), s); got != tt.want {
			t.Errorf("personsBound(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSubjectBound(t *testing.T) {
	const crash = "Vụ tai nạn khiến tài xế xe tải Trần Quốc T. tử vong, phụ xe tải là anh Trịnh Huy T. (SN 1982, huyện Yên Mỹ) và tài xế xe container bị thương nặng."
	tests := []struct {
		q, sentence string
		want        bool
	}{
		// The predicate's segment writes another driver.
		{"Tài xế container có tử vong không?", crash, false},
		{"Tài xế xe tải có tử vong không?", crash, true},
		{"Tài xế container có bị thương không?", crash, true},
		// A segment writing the predicate without the head binds nothing
		// apart.
		{"Tài xế container có tử vong không?", "Tài xế xe container, 35 tuổi, đã tử vong.", true},
		// The head must be the subject's words side by side: "Thủ đô" is
		// no "thủ khoa".
		{"Thủ khoa khối y dược có được ghi danh không?", "95 thủ khoa các khối kỹ thuật, kinh tế, y dược, lực lượng vũ trang được ghi danh vào Sổ vàng của Thủ đô.", true},
	}
	for _, tt := range tests {
		if got := subjectBound(parseQuestion(tt.q), testSent(tt.sentence)); got != tt.want {
			t.Errorf("subjectBound(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}
