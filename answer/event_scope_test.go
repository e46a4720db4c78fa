package answer

import (
	"context"
	"strings"
	"testing"
)

// hoithao is an article whose title and lead name the event, and whose
// body gives its figures without naming it again.
const hoithao = "date 2024-11 Văn hóa - Thể thao Bế mạc Hội thao công nhân viên chức tỉnh Bình Định năm 2024 (BQN) - Chiều 12/11, Liên đoàn Lao động tỉnh Bình Định tổ chức lễ bế mạc Hội thao công nhân viên chức năm 2024 tại Nhà thi đấu tỉnh.\n\n" +
	"Hội thao thu hút 840 vận động viên của 42 đơn vị tham gia tranh tài ở 6 môn thi đấu.\n\n" +
	"Ông Trần Văn Nam - Chủ tịch Liên đoàn Lao động tỉnh trao 18 huy chương vàng cho các vận động viên đạt thành tích cao."

func TestWithoutEvent(t *testing.T) {
	e := articleEngine(t, hoithao)
	tests := []struct {
		q    string
		want string // the words left, "" when the question names no event
	}{
		// A name the title writes, and a run of words it holds.
		{"hội thao công nhân viên chức Bình Định có bao nhiêu vận động viên?", "có bao nhiêu vận động viên"},
		{"Bình Định có bao nhiêu vận động viên?", "có bao nhiêu vận động viên"},
		// What a count asks for is never dropped, even when the title
		// holds it.
		{"Hội thao công nhân viên chức có bao nhiêu đơn vị?", "có bao nhiêu đơn vị"},
		// Two words that are no name, and one word with a capital, name
		// no event.
		{"hội thao có bao nhiêu vận động viên?", ""},
		{"Giải có bao nhiêu vận động viên?", ""},
		// Nothing would be left to ask.
		{"Hội thao công nhân viên chức tỉnh Bình Định", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := e.expandAbbreviations(e.parse(tt.q))
			r, ok := e.withoutEvent(q)
			if tt.want == "" {
				if ok {
					t.Errorf("dropped words: left %q", wordsText(r))
				}
				return
			}
			if !ok || wordsText(r) != tt.want {
				t.Errorf("left %q (%v), want %q", wordsText(r), ok, tt.want)
			}
		})
	}
}

// wordsText joins the words of q.
func wordsText(q question) string {
	var ws []string
	for _, w := range q.words {
		ws = append(ws, w.text)
	}
	return strings.Join(ws, " ")
}

func TestAskNamed(t *testing.T) {
	e := articleEngine(t, hoithao)
	ctx := context.Background()
	q := "hội thao công nhân viên chức Bình Định có bao nhiêu vận động viên?"
	if a := e.AskNamed(ctx, q, nil); !strings.Contains(a.Answer, "840 vận động viên") {
		t.Errorf("AskNamed(%q) = %s %q, want 840 vận động viên", q, a.Kind, a.Answer)
	}
	// A question that names another province is still not answered.
	q = "hội thao công nhân viên chức Phú Yên có bao nhiêu vận động viên?"
	if a := e.AskNamed(ctx, q, nil); a.Kind != KindNone {
		t.Errorf("AskNamed(%q) = %s %q, want none", q, a.Kind, a.Answer)
	}
}

func TestOtherYearCompared(t *testing.T) {
	e := articleEngine(t, "date 2024-09 Du lịch Ninh Thuận đón khách hè 2024 (NTO) - Sáng 5/9, Sở VHTTDL tổng kết mùa du lịch hè 2024.\n\n"+
		"Từ ngày 1/5 đến 31/8, toàn tỉnh đón hơn 1,64 triệu lượt khách, tăng 18% so với cùng kỳ năm 2023; trong đó khách quốc tế gần 52.000 lượt.")
	ctx := context.Background()
	if a := e.Ask(ctx, "Năm 2023 tỉnh đón bao nhiêu lượt khách quốc tế?", nil); a.Kind != KindNone {
		t.Errorf("a year named only as the one compared with: %s %q, want none", a.Kind, a.Answer)
	}
	if a := e.Ask(ctx, "Năm 2024 tỉnh đón bao nhiêu lượt khách quốc tế?", nil); !strings.Contains(a.Answer, "52.000") {
		t.Errorf("the article's year: %s %q, want 52.000", a.Kind, a.Answer)
	}
}
