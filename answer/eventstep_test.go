package answer

import "testing"

// TestEventStepAsked answers a when-question with the event's day only
// when it asks the step the lead tells: an award's day for the award even
// when the lead names a body whose name ends in "vụ" ("Ban Thường vụ"),
// the deed's earlier day for the deed it rewards, the incident's day for
// "vụ bắt giữ" of a lead that dates its report, and nothing for a stage of
// the event the lead does not tell ("khai mạc" of a closing).
func TestEventStepAsked(t *testing.T) {
	texts := []string{
		"date 2024-05-20 Chiều 20/5, Ban Thường vụ Huyện Đoàn Krông Pắc tổ chức trao tặng giấy khen cho ba học sinh dũng cảm cứu bạn bị đuối nước.\n\n" +
			"Tại buổi lễ, Bí thư Huyện Đoàn biểu dương hành động của các em.\n\n" +
			"Trước đó, vào chiều 17/5, khi đang tắm ở hồ Ea Kao, một học sinh bị trượt chân xuống chỗ sâu.\n",
		"date 2025-03-09 Ngày 9/3, Đồn Biên phòng Cửa khẩu Lệ Thanh cho biết, đơn vị vừa bắt giữ một vụ vận chuyển pháo lậu qua biên giới.\n\n" +
			"Lúc 21h ngày 8/3, tại đường tuần tra biên giới thuộc xã Ia Dom, tổ công tác kiểm tra một xe máy chở nhiều bao tải.\n",
		"date 2025-11-16 Sáng 16-11, tại phường Hội Phú, Hội Nông dân tỉnh tổ chức bế mạc phiên chợ nông sản năm 2025.\n\n" +
			"Phiên chợ thu hút hơn 120 gian hàng.\n",
	}
	tests := []eventCase{
		{0, "Huyện Đoàn trao giấy khen cho ba học sinh vào ngày nào?", "Chiều 20/5/2024."},
		{0, "vụ cứu bạn xảy ra lúc nào", "Chiều 17/5."},
		{1, "Vụ bắt giữ diễn ra ngày nào?", "21h ngày 8/3."},
		{1, "Đồn Biên phòng cho biết vào ngày nào", "9/3/2025."},
		{2, "phiên chợ bế mạc ngày nào", "Sáng 16-11-2025."},
		{2, "phiên chợ khai mạc ngày nào", ""},
	}
	testEventAnswers(t, texts, tests)
}
