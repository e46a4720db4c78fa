package answer

import (
	"context"
	"strings"
	"testing"
)

// TestTitleWrittenLiftsVeto checks that a who-question about a title a
// sentence writes beside a person, in a shape the facts do not read, is
// not vetoed as a title nobody holds, and that a title written nowhere,
// or held by a deputy only, still is.
func TestTitleWrittenLiftsVeto(t *testing.T) {
	text := "date 2024-01-06 Đại hội Đảng bộ huyện Đông Hải\n\n" +
		"Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Túy cho biết, lốc xoáy làm sập 5 căn nhà.\n\n" +
		"Cùng dự có đồng chí Nguyễn Thị Hồng Lâm - TUV, Phó Chủ tịch HĐND tỉnh.\n\n" +
		"Dự lễ bế mạc có bà Y Hlinh - Phó Chủ tịch UBND tỉnh; Thượng tá Đinh Văn Tâm - Phó Giám đốc Công an tỉnh.\n\n" +
		"Thừa ủy quyền của Tư lệnh BĐBP, Thiếu tướng Phạm Quang Định trao Kỷ niệm chương cho 6 cá nhân.\n" +
		"Trung tướng Lê Văn Hòa, Chính ủy Cảnh sát biển, trao bằng khen cho Bộ Tư lệnh Vùng Cảnh sát biển 2.\n"
	e := articleEngine(t, text)
	tests := []struct {
		q    string
		veto bool
		want string // the person answered, when not vetoed
	}{
		{"Chủ tịch UBND huyện Đông Hải là ai", false, "Bùi Minh Túy"},
		{"Ai là Phó Chủ tịch HĐND tỉnh dự đại hội", false, "Nguyễn Thị Hồng Lâm"},
		{"Ai là Phó Giám đốc Công an tỉnh dự lễ bế mạc", false, "Đinh Văn Tâm"},
		// Another unit's title, and a title only a deputy holds.
		{"Chủ tịch UBND tỉnh Bạc Liêu là ai", true, ""},
		{"Ai là Chủ tịch HĐND tỉnh", true, ""},
		// Someone else's title, by whose authority the one beside acts.
		{"Tư lệnh BĐBP tên là gì", true, ""},
		// A body whose name holds a title: the command, not its commander.
		{"Tư lệnh Vùng Cảnh sát biển 2 là ai", true, ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		c, veto := e.personByTitle(q, content, sc)
		if veto != tt.veto || !strings.Contains(c.answer, tt.want) {
			t.Errorf("personByTitle(%q) = %q, veto %v; want %q, veto %v", tt.q, c.answer, veto, tt.want, tt.veto)
		}
	}
}
