package answer

import "testing"

// TestSameDayClock dates an incident on the day a reporting lead gives
// when the paragraph after it fronts a clock time "cùng ngày"
// (sameDayClock), and binds a question that names nothing but the event
// to it; a clock time of no same-day word gives no day.
func TestSameDayClock(t *testing.T) {
	texts := []string{
		"date 2025-07-14 Tối 14/7, ông Trần Văn Phúc, Giám đốc Trung tâm Y tế huyện Lạc Sơn, cho biết đơn vị đã tiếp nhận 5 công nhân nghi bị ngộ độc thực phẩm.\n\n" +
			"Khoảng 11h cùng ngày, sau bữa trưa tại nhà ăn của công ty, các công nhân có biểu hiện nôn mửa, đau bụng.\n",
		"date 2025-07-14 Tối 14/7, ông Trần Văn Phúc, Giám đốc Trung tâm Y tế huyện Lạc Sơn, cho biết đơn vị đã tiếp nhận 5 công nhân nghi bị ngộ độc thực phẩm.\n\n" +
			"Khoảng 11h, sau bữa trưa tại nhà ăn của công ty, các công nhân có biểu hiện nôn mửa, đau bụng.\n",
	}
	tests := []eventCase{
		{0, "vụ việc xảy ra ngày nào", "11h ngày 14/7."},
		{0, "ngộ độc xảy ra ngày nào", "11h ngày 14/7."},
		// No word points the clock time back at the lead's day.
		{1, "vụ việc xảy ra ngày nào", ""},
	}
	testEventAnswers(t, texts, tests)
}
