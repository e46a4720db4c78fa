package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestAsksSpeaker(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"ai phat bieu tai buoi le", true},
		{"Ai phát biểu tại chương trình ghi danh?", true},
		{"ai cho biết thông tin", true},
		{"ai là người chia sẻ về kỷ niệm", true},
		{"ai đã nhấn mạnh vai trò của thanh niên", true},
		{"theo ai, dự án sẽ hoàn thành năm 2026", true},
		{"Ai dự và phát biểu chỉ đạo đại hội?", true},
		{"ai tổ chức lễ kỷ niệm", false},
		{"cơ quan nào thông báo số liệu", false}, // a body: the source's
		{"Ai trao Huân chương Lao động hạng nhất cho Hội?", false},
		{"Ai là Bí thư Thành Đoàn Hà Nội?", false},
		{"Nói gì tại buổi lễ?", false},
	} {
		if got := asksSpeaker(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksSpeaker(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestSpeakerIn(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, want string
	}{
		{"a speaker after a body's source frame, the verb past an apposition and a time",
			"Thông tin từ Bí thư Tỉnh ủy Vĩnh Long, ông Trần Văn Lâu, chiều 3/12 cho biết, tỉnh đã chọn ba dự án.",
			"Trần Văn Lâu"},
		{"a title before the name, the verb right after",
			"Bí thư Tỉnh ủy Trần Văn Lâu nhấn mạnh, cầu sẽ chấm dứt tình trạng ùn tắc.",
			"Trần Văn Lâu"},
		{"a long apposition in dashes",
			"Tại buổi lễ, bà Tôn Ngọc Hạnh - Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bình Phước – đã phát biểu: “Với khí chất của người dân miền Đông”.",
			"Tôn Ngọc Hạnh"},
		{"a fronted verb of speech",
			"Phát biểu tại buổi lễ, Thượng tá Nguyễn Văn Bình chúc mừng các tập thể.",
			"Nguyễn Văn Bình"},
		{"a fronted verb of speech after another verb",
			"Dự và phát biểu chỉ đạo đại hội, đồng chí Nguyễn Thị Mỹ Hằng, Ủy viên Ban Thường vụ Thành ủy, chúc mừng đại hội.",
			"Nguyễn Thị Mỹ Hằng"},
		{"after theo",
			"Theo Thượng tá Lê Văn Hùng, vụ việc đang được điều tra.",
			"Lê Văn Hùng"},
		{"the verb closing the sentence",
			"Mỗi ngày có hàng trăm khách đến tham quan, anh Phạm Văn Tài cho hay.",
			"Phạm Văn Tài"},
		{"the verb belongs to the next person",
			"Ông Lê Văn Dũng trao bằng khen cho bà Nguyễn Thị Lan, bà Trần Thị Mai cho biết.",
			"Trần Thị Mai"},
		{"no verb of speech",
			"Ông Lê Văn Dũng trao bằng khen cho các tập thể.",
			""},
		{"a name inside a part that does not open with it",
			"Các tập thể được ông Lê Văn Dũng trao bằng khen cho biết họ rất vui.",
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := documentOf(t, "date 2024-01-02 "+tt.sentence+"\n")
			s := d.sentOf[ref{d.articles[0].Passages[0].ID, 0}]
			if s == nil {
				t.Fatalf("%q: no sentence", tt.sentence)
			}
			got := ""
			if sp := d.speakers(s); len(sp) > 0 {
				got = s.text[s.starts[sp[0].at]:s.ends[sp[0].end-1]]
			}
			if got != tt.want {
				t.Errorf("speaker of %q = %q, want %q", tt.sentence, got, tt.want)
			}
			named, known := d.speakerNamed(parseQuestion("ai phát biểu"), s, analysis.Tokens(tt.want))
			if tt.want != "" && (!named || !known) {
				t.Errorf("speakerNamed(%q) = %v, %v, want true, true", tt.want, named, known)
			}
		})
	}
}
