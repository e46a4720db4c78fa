package answer

import (
	"context"
	"testing"
)

func TestCompleteName(t *testing.T) {
	tests := []struct {
		name, text, answer, want string
	}{
		{"dash between capitalised parts",
			"Đại học Sân khấu - Điện ảnh Hà Nội cũng tổ chức khánh thành Trung tâm.", "Đại học Sân khấu", "Đại học Sân khấu - Điện ảnh Hà Nội"},
		{"dash part stops at a verb",
			"Đồng chí Hoàng Minh Hải, Phó Trưởng ban Kinh tế - Ngân sách trình bày Báo cáo thẩm tra.", "Hoàng Minh Hải: Phó Trưởng ban Kinh tế.", "Hoàng Minh Hải: Phó Trưởng ban Kinh tế - Ngân sách."},
		{"dash part goes on over a noun holding a verb",
			"Ông Hoàng Văn An, Giám đốc Ban Kinh tế - Quản lý dự án giao thông phát biểu.", "Hoàng Văn An: Giám đốc Ban Kinh tế.", "Hoàng Văn An: Giám đốc Ban Kinh tế - Quản lý dự án giao thông."},
		{"no dash before a title",
			"Đồng chí Vi Mạnh Hùng - Ủy viên BTV Tỉnh ủy dự Đại hội.", "Vi Mạnh Hùng", "Vi Mạnh Hùng"},
		{"no dash before a lower-case word",
			"Công trình có ý nghĩa về chính trị, Kinh tế – xã hội của tỉnh.", "Kinh tế", "Kinh tế"},
		{"no dash between names of places",
			"Trận đấu giữa Hà Nội - Hải Phòng diễn ra tối qua.", "Hà Nội", "Hà Nội"},
		{"list of parts closed by và, with its place",
			"Sáng 23-11, tại khu vực Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh (đường Trần Quốc Nghiễn), giải chạy diễn ra.", "Tại khu vực Cung Quy hoạch.", "Tại khu vực Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh."},
		{"list of parts of one body",
			"Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu.", "Sở Văn hóa", "Sở Văn hóa, Thể thao và Du lịch"},
		{"và between two parts",
			"Sở Giáo dục và Đào tạo tổ chức kỳ thi.", "Sở Giáo dục", "Sở Giáo dục và Đào tạo"},
		{"a list of three bodies is not one name",
			"Sở Y tế, Sở Tài chính và Sở Nội vụ cùng tham gia.", "Sở Y tế", "Sở Y tế"},
		{"a list of three places is not one name",
			"Đoàn đã đến Hà Nội, Đà Nẵng và Quảng Ninh.", "Hà Nội", "Hà Nội"},
		{"a list not closed by và is not one name",
			"Các Sở Văn hóa, Thể thao, Du lịch đều có mặt.", "Sở Văn hóa", "Sở Văn hóa"},
		{"a predicate after a name is no part of it",
			"Kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa.", "80 năm Cách mạng Tháng Tám thành công", "80 năm Cách mạng Tháng Tám thành công"},
		{"a bare number closes a body's name",
			"Tin từ Bộ Tư lệnh Vùng Hải quân 3 cho biết, đơn vị đã bắt giữ 1 tàu.", "Bộ Tư lệnh Vùng Hải quân", "Bộ Tư lệnh Vùng Hải quân 3"},
		{"a bare number before a verb",
			"Tổ công tác thuộc Bộ Chỉ huy Bộ đội Biên phòng 2 tổ chức lễ ra quân.", "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng 2"},
		{"a number that counts is no part of the name",
			"Công an tỉnh Lạng Sơn 3 năm liền dẫn đầu phong trào.", "Công an tỉnh Lạng Sơn", "Công an tỉnh Lạng Sơn"},
		{"a date is no part of the name",
			"Quyết định của Sở Nội vụ 15/3 được công bố.", "Sở Nội vụ", "Sở Nội vụ"},
		{"a number after no body's head",
			"Vận động viên Lê Văn Hào 2 lần vô địch.", "Lê Văn Hào", "Lê Văn Hào"},
		{"về and the domain of a department",
			"Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an và Công an tỉnh Bình Dương phá án.", "Cục Cảnh sát điều tra tội phạm", "Cục Cảnh sát điều tra tội phạm về ma túy"},
		{"về and a capitalised domain",
			"Bàn giao đối tượng cho Phòng Cảnh sát Điều tra Tội phạm về Ma túy thụ lý.", "Phòng Cảnh sát Điều tra Tội phạm", "Phòng Cảnh sát Điều tra Tội phạm về Ma túy"},
		{"về after no body's head",
			"Hội thảo chia sẻ kinh nghiệm về ma túy học đường.", "chia sẻ kinh nghiệm", "chia sẻ kinh nghiệm"},
		{"về before no domain",
			"Ông báo cáo Ban Tuyên giáo về công tác tuyên truyền.", "Ban Tuyên giáo", "Ban Tuyên giáo"},
		{"document number glued by slash",
			"Ban hành kèm theo Nghị quyết số 03/2022/NQ-HĐND ngày 27/4/2022.", "số 03/2022.", "số 03/2022/NQ-HĐND."},
		{"a period is no document number",
			"Giai đoạn 2021-2025 trên địa bàn tỉnh.", "2021", "2021"},
		{"body and unit of place after a name",
			"Góp phần cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh, đồng thời chào mừng Đại hội.", "Nghị quyết Đại hội.", "Nghị quyết Đại hội Đảng bộ tỉnh."},
		{"body, unit and place after a noun",
			"Tại buổi lễ, đại diện lãnh đạo Công an tỉnh Bình Phước đã công bố quyết định.", "đại diện lãnh đạo", "đại diện lãnh đạo Công an tỉnh Bình Phước"},
		{"a unit before a verb",
			"Lãnh đạo Công an tỉnh tổ chức hội nghị.", "Lãnh đạo", "Lãnh đạo Công an tỉnh"},
		{"a unit before a word of its phrase is no end",
			"Lãnh đạo Công an huyện đảo Lý Sơn dự.", "Lãnh đạo", "Lãnh đạo"},
		{"a count names no body",
			"Kỷ niệm 75 năm thành lập Đảng bộ tỉnh Lai Châu.", "75 năm thành lập", "75 năm thành lập"},
		{"no body after a function word",
			"Bằng khen được trao cho Công an tỉnh Bình Phước.", "trao cho", "trao cho"},
		{"a head left alone to its unit",
			"Đồng chí Vi Mạnh Hùng - Ủy viên BTV Tỉnh ủy, Tổng Biên tập Báo và phát thanh, truyền hình tỉnh dự và chỉ đạo Đại hội.", "Vi Mạnh Hùng: Ủy viên BTV Tỉnh ủy; Tổng Biên tập Báo.", "Vi Mạnh Hùng: Ủy viên BTV Tỉnh ủy; Tổng Biên tập Báo và phát thanh, truyền hình tỉnh."},
		{"a head left alone with no unit",
			"Giám đốc Sở và các phòng ban tham dự.", "Giám đốc Sở", "Giám đốc Sở"},
		{"a part of a name runs on in lower case to its end",
			"Ông Lê Quyết Tiến, Cục trưởng Cục Kinh tế - Quản lý đầu tư xây dựng, cho biết.", "Cục trưởng Cục Kinh tế", "Cục trưởng Cục Kinh tế - Quản lý đầu tư xây dựng"},
		{"a body is no part of a list of parts",
			"Bằng khen của Bộ trưởng Bộ Công an và Cờ thi đua của Chính phủ.", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Công an"},
		{"a person after the unit is no part of the body",
			"Phó Chủ tịch UBND tỉnh Phan Đình Khải phát biểu.", "Phó Chủ tịch", "Phó Chủ tịch UBND tỉnh"},
		{"an answer the sentence does not end",
			"Sở Giáo dục và Đào tạo tổ chức kỳ thi.", "kỳ thi quốc gia", "kỳ thi quốc gia"},
	}
	people := nameRuns{{"phan", "dinh", "khai"}}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := completeName(s, tt.answer, people); got != tt.want {
			t.Errorf("%s: completeName(%q) = %q, want %q", tt.name, tt.answer, got, tt.want)
		}
	}
}

// TestNameOverLowerSyllables checks that a body's name goes on over a run
// of lower-case syllables that leads to a capital of the same name, and
// is not cut inside it.
func TestNameOverLowerSyllables(t *testing.T) {
	tests := []struct{ body, q, want string }{
		{"Cơ quan An ninh điều tra Công an tỉnh đã khởi tố vụ án và khởi tố 11 bị can.", "Cơ quan nào khởi tố vụ án?", "Cơ quan An ninh điều tra Công an tỉnh"},
		{"Cơ quan Cảnh sát điều tra Công an huyện đã khởi tố vụ án.", "Cơ quan nào khởi tố vụ án?", "Cơ quan Cảnh sát điều tra Công an huyện"},
		{"Sáng nay, Hội Cựu chiến binh đã tổ chức đại hội.", "Hội nào tổ chức đại hội?", "Hội Cựu chiến binh"},
		// The name keeps the word of the compound the question asks by
		// ("lễ hội"), not cut after it.
		{"Lễ hội Tết Nguyên đán trên đầm Trà Ổ thu hút du khách.", "Lễ hội nào thu hút du khách?", "Lễ hội Tết Nguyên đán"},
	}
	for _, tt := range tests {
		e := articleEngine(t, "date 2025-05 Thời sự Tin (ABC) - Sáng 12/5, có tin.\n\n"+tt.body)
		c, ok := candidateOf(e.Candidates(context.Background(), tt.q), "kind_name")
		if !ok || c.Answer != tt.want {
			t.Errorf("%q: kind_name %q (found %v), want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}
