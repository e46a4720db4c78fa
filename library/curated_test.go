package library

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/store"
)

func TestCuratedAnswer(t *testing.T) {
	long := strings.Repeat("Ba tập thể, sáu cá nhân; ", 20) // 500 characters
	tests := []struct {
		name, question, text string
		wantQuestion         string
		wantAnswer           string // "" for the text itself
	}{
		{name: "plain", question: "ai được tặng Bằng khen?", text: "3 tập thể và 6 cá nhân.",
			wantQuestion: "ai được tặng Bằng khen?"},
		{name: "white space trimmed", question: "ai dc tang bang khen", text: "  3 tập thể và 6 cá nhân.\n",
			wantQuestion: "ai dc tang bang khen", wantAnswer: "3 tập thể và 6 cá nhân."},
		{name: "question made NFC and valid", question: "ai đươ\u0323c tă\u0323ng\xff?", text: "Ba tập thể.",
			wantQuestion: "ai được tặng\uFFFD?"},
		{name: "long text cut", question: "ai?", text: long, wantQuestion: "ai?",
			wantAnswer: answer.Trim(strings.TrimSpace(long), answer.MaxAnswer)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := store.Curated{Article: seedID, Key: "k", Question: "q", Answer: tt.text, ArticleHash: "h", Author: "editors"}
			a := CuratedAnswer(c, tt.question)
			text := strings.TrimSpace(tt.text)
			want := tt.wantAnswer
			if want == "" {
				want = text
			}
			switch {
			case a.Kind != answer.KindCurated:
				t.Errorf("Kind = %q, want %q", a.Kind, answer.KindCurated)
			case a.Question != tt.wantQuestion:
				t.Errorf("Question = %q, want %q", a.Question, tt.wantQuestion)
			case a.Answer != want:
				t.Errorf("Answer = %q, want %q", a.Answer, want)
			case utf8.RuneCountInString(a.Answer) > answer.MaxAnswer:
				t.Errorf("Answer has %d characters, over %d", utf8.RuneCountInString(a.Answer), answer.MaxAnswer)
			case a.Reply != text+"\n\n✍️ Câu trả lời của ban biên tập":
				t.Errorf("Reply = %q", a.Reply)
			case a.Article != seedID:
				t.Errorf("Article = %q, want %q", a.Article, seedID)
			case a.Sources == nil || len(a.Sources) != 0:
				t.Errorf("Sources = %#v, want empty and not nil", a.Sources)
			case a.Confidence != 1:
				t.Errorf("Confidence = %v, want 1", a.Confidence)
			}
		})
	}
}

func TestCuratedCurrent(t *testing.T) {
	c := store.Curated{Article: seedID, Key: "k", Answer: "A", ArticleHash: "abc"}
	tests := []struct {
		name string
		c    store.Curated
		m    Meta
		want bool
	}{
		{"same hash", c, Meta{ID: seedID, Hash: "abc"}, true},
		{"article changed", c, Meta{ID: seedID, Hash: "abd"}, false},
		{"another article", c, Meta{ID: kontumID, Hash: "abc"}, false},
		{"hash unknown", store.Curated{Article: seedID}, Meta{ID: seedID}, false},
	}
	for _, tt := range tests {
		if got := CuratedCurrent(tt.c, tt.m); got != tt.want {
			t.Errorf("%s: CuratedCurrent = %v, want %v", tt.name, got, tt.want)
		}
	}
}
