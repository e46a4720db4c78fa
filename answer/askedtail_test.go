package answer

import (
	"testing"
)

func TestPastAsked(t *testing.T) {
	cases := []struct {
		question, sentence string
		from               int // the word after the last matched one
		want               string
	}{
		// The sentence repeats the question's last word before the answer.
		{"chủ tịch đề nghị công an tỉnh làm gì", "Chủ tịch đề nghị Công an tỉnh phối hợp các hội.", 5, "phối"},
		// A word typed without marks that the sentence writes with them.
		{"nhung ket qua do the hien dieu gi", "Những kết quả này thể hiện sự kiên trì.", 5, "sự"},
		// A generic noun asked with the question word keeps its compound.
		{"thông tin giúp công an điều gì", "Thông tin giúp lực lượng công an điều tra vụ án.", 6, "điều"},
		// At most maxAskedTail words are skipped.
		{"hội nghị biểu dương ai", "Hội nghị biểu dương biểu dương biểu dương hội viên.", 4, "biểu"},
		// The answer's last word is never skipped.
		{"công an tỉnh làm gì", "Công an tỉnh.", 2, "tỉnh"},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		s := testSent(c.sentence)
		got := pastAsked(q, s, c.from, len(s.lower))
		if got >= len(s.lower) || s.lower[got] != c.want {
			t.Errorf("%q in %q from %d: starts at %d, want %q", c.question, c.sentence, c.from, got, c.want)
		}
	}
}

func TestGenericNounAskedIsNoContent(t *testing.T) {
	d := &document{}
	cases := []struct {
		question string
		generic  string // the generic noun
		content  bool   // whether it stays a content word
	}{
		{"thông tin giúp công an điều gì", "điều", false},
		{"đề nghị việc gì", "việc", false},
		{"điều tra vụ gì", "điều", true}, // not right before the question word
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		found := false
		for _, w := range d.content(q) {
			found = found || w.text == c.generic
		}
		if found != c.content {
			t.Errorf("%q: %q content %v, want %v", c.question, c.generic, found, c.content)
		}
	}
}
