package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestTitleWrittenLiftsVeto checks that a who-question about a title a
// sentence writes beside a person, in a shape the facts do not read, is
// not vetoed as a title nobody holds, and that a title written nowhere,
// or held by a deputy only, still is.
func TestTitleWrittenLiftsVeto(t *testing.T) {
	text := "date 2024-01-06 Đại hội Đảng bộ huyện Đông Hải\n\n" +
		"Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Túy cho biết, lốc xoáy làm sập 5 căn nhà.\n\n" +
		"Cùng dự có đồng chí Nguyễn Thị Hồng Lâm - TUV, Phó Chủ tịch HĐND tỉnh.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q    string
		veto bool
	}{
		{"Chủ tịch UBND huyện Đông Hải là ai", false},
		{"Ai là Phó Chủ tịch HĐND tỉnh dự đại hội", false},
		// Another unit's title, and a title only a deputy holds.
		{"Chủ tịch UBND tỉnh Bạc Liêu là ai", true},
		{"Ai là Chủ tịch HĐND tỉnh", true},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		if _, veto := e.personByTitle(q, content, sc); veto != tt.veto {
			t.Errorf("personByTitle(%q) veto = %v, want %v", tt.q, veto, tt.veto)
		}
	}
}
