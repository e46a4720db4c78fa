package answer

import "testing"

// questionWords returns the words of q outside its question phrase.
func questionWords(q question) []word {
	var out []word
	for i, w := range q.words {
		if i < q.whAt || i >= q.whEnd {
			out = append(out, w)
		}
	}
	return out
}

func TestGovernedByQuestion(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		want                       bool
	}{
		// The object of the question's verb.
		{"Dương đoạt huy chương gì?", "Dương đoạt Huy chương Bạc Olympic Sinh học quốc tế.", "Huy chương Bạc Olympic Sinh học quốc tế", true},
		// The name after the question's noun, past a link and a colon.
		{"bức trướng ghi dòng chữ gì", `Tổng Bí thư trao tặng bức trướng với dòng chữ: "Tuyệt đối trung thành".`, "“Tuyệt đối trung thành”", true},
		{"đại hội thông qua báo cáo gì", "Đại hội đã thông qua Báo cáo kết quả thực hiện Nghị quyết.", "Báo cáo kết quả thực hiện Nghị quyết", true},
		// A phrase that merely stands near the question's words.
		{"Dương đoạt huy chương gì?", "Dương đoạt huy chương, được Bộ tặng Bằng khen.", "Bằng khen", false},
		// A comma parts the answer from the question's verb.
		{"đại hội thông qua báo cáo gì", "Đại hội thông qua, Nghị quyết được ban hành.", "Nghị quyết", false},
		// The sentence does not write the answer.
		{"đại hội thông qua báo cáo gì", "Đại hội thông qua Báo cáo.", "Nghị quyết", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		s := testSent(c.sentence)
		got := false
		for _, at := range answerStarts(s, c.answer) {
			got = got || governedByQuestion(s, at, questionWords(q))
		}
		if got != c.want {
			t.Errorf("%q in %q for %q: governed %v, want %v", c.answer, c.sentence, c.question, got, c.want)
		}
	}
}

func TestHeadLeads(t *testing.T) {
	cases := []struct {
		question, answer string
		want             bool
	}{
		{"Dương đoạt huy chương gì?", "Huy chương Bạc Olympic Sinh học quốc tế", true},
		{"đại hội theo mô hình gì", "mô hình tổ chức mới", true},
		{"mỗi đợt đua phải qua mốc gì", "mốc phao tiêu quy định", true},
		// The head alone names nothing more.
		{"đại hội theo mô hình gì", "mô hình", false},
		// Another phrase.
		{"đại hội theo mô hình gì", "tổ chức mới", false},
		// "là gì" writes no head.
		{"Chủ đề Đại hội là gì?", "Đại hội có chủ đề", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		if got := headLeads(askedHead(q, questionWords(q)), c.answer); got != c.want {
			t.Errorf("%q for %q: head leads %v, want %v", c.answer, c.question, got, c.want)
		}
	}
}
