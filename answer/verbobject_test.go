package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// TestObjectOfVerb marks an answer that its sentence writes right after
// the verb a what-question asks the object of: past a name before the
// verb ("ông Lợi mua"), past a generic noun in the question ("thể hiện
// điều gì") or a plural marker, not past a preposition, never a syllable
// of another word ("đề" of "đề nghị" for "chủ đề gì"), nor for a question
// whose "gì" follows a copula or asks an action ("làm gì").
func TestObjectOfVerb(t *testing.T) {
	tests := []struct {
		text, q, answer string
		want            bool
	}{
		{"Nhận tiền xong ông Lợi mua chiếc xe máy cho con.", "ông Lợi mua gì", "chiếc xe máy", true},
		{"Nhận tiền xong ông Lợi mua chiếc xe máy cho con.", "ong loi mua gi", "chiếc xe máy", true},
		{"Đối tượng cướp túi xách của chị rồi bỏ trốn.", "đối tượng cướp gì", "túi xách", true},
		{"Lễ hội thể hiện bản sắc của thành phố biển.", "Lễ hội thể hiện điều gì?", "bản sắc", true},
		// Not right after the verb.
		{"Đối tượng cướp túi xách của chị rồi bỏ trốn.", "đối tượng cướp gì", "của chị", false},
		// "chủ đề" is written whole: "đề nghị" is no form of it.
		{"Đại hội có chủ đề đoàn kết, Tổng Bí thư đề nghị tăng cường kỷ luật.", "Đại hội có chủ đề gì", "tăng cường kỷ luật", false},
		{"Đại hội có chủ đề đoàn kết, Tổng Bí thư đề nghị tăng cường kỷ luật.", "Đại hội có chủ đề gì", "đoàn kết", true},
		// A preposition before "gì" asks what the verb's phrase leads to,
		// written after "vào", not the verb's object.
		{"Kết quả góp phần phát triển kinh tế.", "kết quả góp phần vào điều gì", "phát triển kinh tế", false},
		// "là gì" asks what a subject is; "làm gì" what was done.
		{"Chủ đề là đoàn kết.", "Chủ đề là gì?", "đoàn kết", false},
		{"Công an làm rõ đối tượng gây án.", "công an làm gì", "rõ đối tượng", false},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte("date 2025-09-05 "+tt.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		s := e.doc.sentsOf[a.Passages[0].ID][0]
		q := e.parse(tt.q)
		if got := objectOfVerb(q, s, analysis.Tokens(tt.answer), e.content(q)); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.q, tt.answer, got, tt.want)
		}
	}
}
