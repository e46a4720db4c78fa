package answer

import (
	"context"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestVerbObject answers a what-question whose "gì" stands after a verb
// with the noun phrase the article writes right after that verb, in a
// sentence that also writes another word of the question: past an adverb,
// to a recipient's "cho", a purpose or a clause's end; never a phrase the
// question already writes, nor when the question word follows a copula.
func TestVerbObject(t *testing.T) {
	text := "date 2025-09-05 Giá bán cao, nhận tiền xong ông Lợi mua ngay chiếc xe máy cho đứa con gái đi học.\n\n" +
		"Đối tượng bị một người đàn ông cướp mất túi xách chứa 1,5 tỷ đồng rồi bỏ trốn.\n\n" +
		"Các trường tổ chức lễ khai giảng tối đa 60 phút, sau đó tổ chức sinh hoạt đầu năm học.\n\n" +
		"Chủ đề Đại hội là đoàn kết và phát triển.\n\n" +
		"Lễ hội thể hiện bản sắc của thành phố biển, ban tổ chức cho biết.\n\n" +
		"Công an làm rõ đối tượng gây án.\n"
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q, want string
	}{
		{"ông Lợi mua gì cho con?", "chiếc xe máy"},
		{"ong loi mua gi sau khi ban", "chiếc xe máy"},
		{"đối tượng bị cướp gì", "túi xách chứa 1,5 tỷ đồng"},
		{"sau lễ khai giảng các trường tổ chức gì", "sinh hoạt đầu năm học"},
		// Past a generic noun: the verb is "thể hiện", not "hiện".
		{"Ban tổ chức muốn lễ hội thể hiện điều gì?", "bản sắc"},
		// "là gì" asks what a subject is: no verb's object.
		{"Chủ đề Đại hội là gì?", ""},
		// "làm gì" asks what was done.
		{"công an làm gì", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		if got := e.verbObject(q, content, sc).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestObjectAfter cuts the object a verb governs from the word after it.
func TestObjectAfter(t *testing.T) {
	tests := []struct {
		text string
		from int
		want string
	}{
		{"Tôi mua ngay chiếc xe máy cho con.", 2, "chiếc xe máy"},
		{"Ông trao tặng bức trướng tại buổi lễ.", 3, "bức trướng"},
		{"Hắn dùng dao đâm vào ngực nạn nhân.", 2, "dao đâm"},
		{"Hắn cướp túi xách, rồi bỏ chạy.", 2, "túi xách"},
		{"Họ mua của người dân.", 2, ""},
	}
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte("date 2025-09-05 "+tt.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		s := e.doc.sentsOf[a.Passages[0].ID][0]
		if got := objectAfter(s, tt.from); got != tt.want {
			t.Errorf("%q from %d: %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}
