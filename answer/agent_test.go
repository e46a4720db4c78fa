package answer

import "testing"

// TestAgentSpan: the office, body or titled person written right before
// the verb a who-question asks the doer of, sentences in our own words.
func TestAgentSpan(t *testing.T) {
	tests := []struct {
		question, text, want string
	}{
		// An office as the doer, no name after the title.
		{"ai tặng huân chương", "Theo Quyết định số 412, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Y tế.", "Chủ tịch nước"},
		// After an agent marker or a passive marker.
		{"huan chuong do ai trao tang", "Trường Cao đẳng Nghề Hà Giang đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng.", "Chủ tịch nước"},
		{"ai tặng bằng khen", "Một cán bộ Phòng Cảnh sát kinh tế được Bộ trưởng Bộ Công an tặng Bằng khen.", "Bộ trưởng Bộ Công an"},
		// A body, past auxiliaries.
		{"Đơn vị nào khởi tố vụ án?", "Sau khi điều tra, Công an huyện Tuy Phong đã khởi tố vụ án.", "Công an huyện Tuy Phong"},
		// Who received is asked: no doer.
		{"ai được tặng bằng khen", "Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.", ""},
		// Not a title nor a body before the verb.
		{"ai trao huân chương", "Dự lễ trao Huân chương có đại diện lãnh đạo tỉnh.", ""},
		// A verb phrase between the body and the verb.
		{"cơ quan nào vào cuộc", "Công an huyện Krông Pắc đã khẩn trương vào cuộc điều tra.", ""},
		// Not opened by a marker, the sentence's start or its first comma.
		{"ai phát biểu", "Nghị quyết của Bộ Chính trị về khoa học được nhắc lại khi Chủ tịch tỉnh phát biểu.", ""},
		// An apposition after a name: the name's title, left to others.
		{"ai công bố quyết định", "Tại buổi lễ, ông Lê Văn Hòa, Trưởng Ban Tổ chức Tỉnh ủy, công bố quyết định.", ""},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.question)
		s := testSent(tt.text)
		got := ""
		if i := agentVerbAt(q); i >= 0 {
			for _, v := range questionVerbIn(q, s, i) {
				if from, to := agentSpan(s, v); from >= 0 {
					got = trimPunct(spanOf(s, from, to))
					break
				}
			}
		}
		if got != tt.want {
			t.Errorf("agent(%q, %q) = %q, want %q", tt.question, tt.text, got, tt.want)
		}
	}
}
