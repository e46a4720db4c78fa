package answer

import (
	"context"
	"testing"
)

// TestTitleQuestions checks questions about titles read beside names: a
// purpose asked of a person is no title, and a title of another place is
// nobody's here.
func TestTitleQuestions(t *testing.T) {
	e := articleEngine(t, "date 2025-01 Thời sự Ra quân (TNO) - Sáng 6/1, Công an tỉnh Vĩnh Long ra quân.\n\n"+
		"Tại Vĩnh Long, đại tá Nguyễn Trọng Dũng, Giám đốc Công an tỉnh Vĩnh Long, nổ súng phát lệnh ra quân.\n\n"+
		"Dự lễ có ông Phan Văn Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo 138 tỉnh.\n")
	tests := []struct {
		q    string
		want bool // answered by a title fact
	}{
		{"Đại tá Dũng giữ chức gì?", true},
		{"Đại tá Dũng nổ súng để làm gì?", false},
		{"Giám đốc Công an tỉnh Vĩnh Long là ai?", true},
		{"Giám đốc Công an tỉnh Trà Vinh là ai?", false},
		{"giám đốc công an tỉnh là ai?", true},
		{"giam doc cong an tinh vinh long la ai", true},
		{"giam doc cong an tinh tra vinh la ai", false},
		{"giám đốc công an tỉnh trà vinh là ai", false},
		{"giam doc cong an tien giang la ai", false},
		{"pho bi thu tinh uy hien nay la ai", true},   // "hiện nay" is no place
		{"Chủ tịch UBND tỉnh Vĩnh Long là ai?", true}, // "Tỉnh ủy" names no other place
		{"Trưởng ban Chỉ đạo 138 tỉnh là ai?", true},  // a verb in a body's name
		{"truong ban chi dao 138 tinh la ai", true},
		{"ai là người chỉ đạo ra quân?", false}, // a verb: who did it
		// The person picked by a title, whatever the question asks of
		// them.
		{"phó bí thư nào dự lễ?", true},
		{"chủ tịch tỉnh nào dự lễ?", false}, // a body: which province
		{"giam doc nao no sung phat lenh", true},
		{"vị chủ tịch nào dự lễ", true},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		byTitle, _ := e.personByTitle(q, content, sc)
		got := e.personTitles(q, content, sc).answer != "" || byTitle.answer != ""
		if got != tt.want {
			t.Errorf("%q: answered %v, want %v", tt.q, got, tt.want)
		}
	}
}
