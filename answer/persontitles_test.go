package answer

import (
	"context"
	"strings"
	"testing"
)

func TestPersonTitlesAsked(t *testing.T) {
	e := articleEngine(t, "date 2025-04 Thời sự Hội nghị tổng kết công tác (ABC) - Sáng 3/4, Sở Y tế tỉnh Đông Khoa tổ chức hội nghị tổng kết công tác năm 2024.\n\n"+
		"Tham dự có Thượng tá Trần Minh Khoa - Phó Giám đốc Sở Y tế tỉnh Đông Khoa, Trưởng ban Chỉ đạo phòng chống dịch tỉnh; ông Lê Văn Hải - Giám đốc Sở Y tế.")
	ctx := context.Background()
	tests := []struct {
		q, want string // want "" for no title answer
	}{
		// The body of the title named in the question.
		{"Minh Khoa giữ chức gì ở Sở Y tế", "Phó Giám đốc Sở Y tế"},
		// One title named, the other asked.
		{"ngoài phó giám đốc sở ông Khoa còn kiêm chức gì", "Trưởng ban Chỉ đạo"},
		// The rank, asked by "hàm".
		{"ông Khoa hàm gì", "Thượng tá"},
		// A who-question naming a title another holds, whose place ends
		// in the given name ("tỉnh Đông Khoa"), asks who holds it, not
		// this person's titles.
		{"Giám đốc Sở Y tế tỉnh Đông Khoa là ai", ""},
		// Another thing asked of the person: no title.
		{"ông Khoa phát biểu về kết quả tiêm chủng của huyện nào", ""},
		// "làm gì" asks the job of a question that says nothing else of
		// the person, when the person held it besides.
		{"ông Hải làm gì", "Giám đốc Sở Y tế"},
		{"ong Hai hien nay lam gi", "Giám đốc Sở Y tế"},
		// Beside other words it asks what the person did.
		{"ông Hải đã làm gì mà được khen", ""},
		{"ông Hải đang làm gì tại hội nghị tổng kết?", ""},
	}
	for _, tt := range tests {
		c, ok := candidateOf(e.Candidates(ctx, tt.q), "person_titles")
		if tt.want == "" {
			if ok {
				t.Errorf("%q: a title %q answers another question", tt.q, c.Answer)
			}
			continue
		}
		if !ok || !strings.Contains(c.Answer, tt.want) {
			t.Errorf("%q: titles %q, %v; want %q", tt.q, c.Answer, ok, tt.want)
		}
	}
}
