package answer

import "testing"

func TestCompleteTime(t *testing.T) {
	tests := []struct {
		name, text, answer, want string
	}{
		{"a count of years goes on with its months",
			"Hội đồng xét xử tuyên phạt Huy 1 năm 9 tháng tù.", "1 năm", "1 năm 9 tháng"},
		{"every step, and the stop after",
			"Chị về đích với thành tích 1 giờ 33 phút 49 giây, dẫn đầu.", "1 giờ 33 phút.", "1 giờ 33 phút 49 giây."},
		{"a last step alone goes back over the longer ones",
			"Chị về đích với thành tích 1 giờ 33 phút 49 giây, dẫn đầu.", "49 giây", "1 giờ 33 phút 49 giây"},
		{"the words before the length stay",
			"Hai bị cáo bị phạt mỗi người 3 năm 9 tháng tù.", "mỗi người 3 năm", "mỗi người 3 năm 9 tháng"},
		{"a longer unit after is no step",
			"Dự án kéo dài 6 tháng 2 năm liền.", "6 tháng", "6 tháng"},
		{"a comma parts two lengths",
			"Anh về đích sau 1 giờ 33 phút, 49 giây sau người thứ nhất.", "1 giờ 33 phút", "1 giờ 33 phút"},
		{"a count of no unit of time",
			"Có 4 người 6 tháng tuổi.", "4 người", "4 người"},
		{"an answer not written in the sentence",
			"Huy bị phạt 1 năm 9 tháng tù.", "2 + 2 = 4", "2 + 2 = 4"},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		if got := completeTime(s, tt.answer); got != tt.want {
			t.Errorf("%s: completeTime(%q) = %q, want %q", tt.name, tt.answer, got, tt.want)
		}
	}
}
