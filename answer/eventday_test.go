package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestEventDayOfAskedAct answers a when-question about the act the lead's
// own clause tells (a commendation, an award given) with the lead's day,
// not the earlier day of the incident the lead points back at and a
// later paragraph dates (leadTellsAsked); a question about the incident
// still gets the earlier day.
func TestEventDayOfAskedAct(t *testing.T) {
	texts := []string{
		"date 2025-06-12 Sáng 12/6, UBND phường Hòa Lạc tổ chức khen thưởng ba thanh niên có hành động dũng cảm cứu người trong vụ cháy nhà xảy ra ngày 8/6.\n\n" +
			"Trước đó, khoảng 22 giờ ngày 8/6, căn nhà của một hộ dân trên đường Lý Thái Tổ bốc cháy dữ dội.\n",
		"date 2025-04 Ngày 20/4, Thượng tá Lê Văn Tâm, Phó Trưởng Công an huyện, cho biết đã trao giấy khen cho một chiến sĩ vì nhặt được ví và trả lại cho người đánh rơi.\n\n" +
			"Trước đó, hơn 6h ngày 17/4, chiến sĩ Nguyễn Văn Hòa làm nhiệm vụ tuần tra trên quốc lộ 14.\n",
		"date 2025-10-06 Sáng 6/10, Trường THCS Nam Sơn đã tuyên dương, khen thưởng em Lê Minh Đức vì đã có hành động đẹp khi nhặt được ví tiền trả lại người mất.\n\n" +
			"Trước đó, ngày 2/10, trên đường đi học về, em Đức nhặt được một chiếc ví có 5 triệu đồng.\n",
		"date 2024-04 Ngày 15-4, Chủ tịch UBND huyện khen thưởng nóng những người dân đã tham gia vây bắt kẻ cướp giật dây chuyền ở tiệm vàng Kim Hoa.\n\n" +
			"Trước đó, khoảng 11 giờ ngày 14-4, một thanh niên vào tiệm vàng Kim Hoa giật sợi dây chuyền rồi bỏ chạy.\n",
	}
	tests := []eventCase{
		{0, "khen thưởng ba thanh niên vào ngày nào", "Sáng 12/6/2025."},
		// The incident the lead points back at: the earlier day.
		{0, "vụ cháy xảy ra khi nào", "22 giờ ngày 8/6."},
		{1, "trao giấy khen ngày mấy", "20/4/2025."},
		// The lead tells the act asked only as the reason for its award:
		// the deed was done before, on the day a later paragraph gives.
		{2, "nhặt được ví tiền vào ngày nào", "Ngày 2/10."},
		{2, "trường tuyên dương em Đức ngày nào", "Sáng 6/10/2025."},
		// The deed an award lead writes after its verb, asked by no word
		// of the award: the earlier day; the award asked: the lead's.
		{3, "cướp giật ở tiệm vàng ngày nào", "11 giờ ngày 14-4."},
		{3, "khen thưởng người dân ngày nào", "15-4-2024."},
	}
	testEventAnswers(t, texts, tests)
}

// TestEventDayAsWritten answers the event's day as the lead writes it —
// its separator, the part of the day, a span of days — with the year the
// lead leaves out, and never the day of a name the lead dates.
func TestEventDayAsWritten(t *testing.T) {
	texts := []string{
		"date 2025-11-03 (ABC)- Chiều 3-11, tại xã Tân Phú, Hội Nông dân huyện tổ chức khai mạc phiên chợ nông sản.\n",
		"date 2026-03-18 Ngày 17 và 18-3, Đảng ủy hai xã Phú Lộc và Phú Hòa tổ chức lễ trao Huy hiệu Đảng cho các đảng viên.\n",
		"date 2025-03-06 Nhân dịp Ngày Quốc tế Phụ nữ 8/3, sáng 6/3, hội phụ nữ phường Bình Minh tổ chức hội nghị gặp mặt.\n",
		"date 2025-05-20 Sáng nay 20/5, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác.\n",
	}
	tests := []eventCase{
		{0, "phiên chợ khai mạc ngày nào", "Chiều 3-11-2025."},
		{1, "lễ trao huy hiệu diễn ra ngày nào", "Ngày 17 và 18-3."},
		{2, "hội nghị gặp mặt diễn ra khi nào", "Sáng 6/3/2025."},
		// "nay" says the day to the article's reader only.
		{3, "hội nghị tổng kết diễn ra ngày nào", "Sáng 20/5/2025."},
	}
	testEventAnswers(t, texts, tests)
}

// TestLeadDayWritten reads the event's day from the lead's times as
// written.
func TestLeadDayWritten(t *testing.T) {
	tests := []struct {
		lead, date, want string
	}{
		{"Sáng 19-10, tỉnh tổ chức bế mạc hội chợ.", "19/10/2025", "Sáng 19-10-2025"},
		{"Tối nay 5.1, xảy ra hỏa hoạn.", "5/1/2024", "Tối 5.1.2024"},
		// The noun of days is left out: the question asks "ngày nào".
		{"Ngày 9/2/2024, hội nghị diễn ra.", "9/2/2024", "9/2/2024"},
		// The first date of the event's day, past the holiday's.
		{"Dịp Quốc khánh 2/9, sáng 31/8, xã trao quà.", "31/8/2025", "sáng 31/8/2025"},
		// Another day only: none.
		{"Ngày 4/3, hội nghị diễn ra.", "5/3/2026", ""},
		{"Hội nghị diễn ra trong tháng 3.", "5/3/2026", ""},
	}
	for _, tt := range tests {
		if got := leadDayWritten(analysis.Times(tt.lead), tt.date); got != tt.want {
			t.Errorf("leadDayWritten(%q, %q) = %q, want %q", tt.lead, tt.date, got, tt.want)
		}
	}
}
