package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

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
		{"đại hội chào mừng sự kiện nào", "Đại hội chào mừng Đại hội đại biểu toàn quốc lần thứ XIV.", "Đại hội đại biểu toàn quốc lần thứ XIV", true},
		// A span that cuts a phrase the question writes whole.
		{"phiếu xét nghiệm miễn phí về gì", "Phát phiếu xét nghiệm miễn phí về đường huyết.", "phí về đường huyết", false},
		{"khám những bệnh gì", "Người dân được khám bệnh miễn phí.", "bệnh miễn phí", false},
		// The name after the question's noun, past a link and a colon.
		{"bức trướng ghi dòng chữ gì", `Tổng Bí thư trao tặng bức trướng với dòng chữ: "Tuyệt đối trung thành".`, "“Tuyệt đối trung thành”", true},
		// The noun the question asks which of is headLeads' to judge.
		{"đại hội thông qua báo cáo gì", "Đại hội đã thông qua Báo cáo kết quả thực hiện Nghị quyết.", "Báo cáo kết quả thực hiện Nghị quyết", false},
		{"đại hội thông qua gì", "Đại hội đã thông qua Báo cáo kết quả thực hiện Nghị quyết.", "Báo cáo kết quả thực hiện Nghị quyết", true},
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
		for _, at := range answerStarts(s, analysis.Tokens(c.answer)) {
			got = got || governedByQuestion(q, s, at, questionWords(q))
		}
		if got != c.want {
			t.Errorf("%q in %q for %q: governed %v, want %v", c.answer, c.sentence, c.question, got, c.want)
		}
	}
}

func TestHeadLeads(t *testing.T) {
	cases := []struct {
		question, answer, sentence string
		want                       bool
	}{
		{"Dương đoạt huy chương gì?", "Huy chương Bạc Olympic Sinh học quốc tế", "", true},
		{"đại hội theo mô hình gì", "mô hình tổ chức mới", "", true},
		// The head's last syllable, where the sentence writes it after
		// another word than the head's.
		{"mỗi đợt đua phải qua mốc gì", "mốc phao tiêu quy định", "Mỗi đợt đua đủ 2 vòng vượt mốc phao tiêu quy định.", true},
		// Right after the head's syllable before it, the answer may cut a
		// word of two syllables: a verb and its noun ("qua mốc") cannot be
		// told from one ("sự kiện"), so neither counts.
		{"mỗi đợt đua phải qua mốc gì", "mốc phao tiêu quy định", "Mỗi đợt đua đủ 2 vòng qua mốc phao tiêu quy định.", false},
		// An answer that cuts the head's word.
		{"Mùa hè tỉnh tổ chức những sự kiện gì?", "kiện thu hút khách", "Tỉnh tổ chức nhiều sự kiện thu hút khách.", false},
		// A preposition before the noun is no syllable of it.
		{"đua thuyền trên sông nào", "sông Mã", "Các đội đua thuyền trên sông Mã.", true},
		{"phát triển theo hướng gì?", "hướng hàng hóa", "Nông nghiệp phát triển theo hướng hàng hóa.", true},
		// A noun a name follows is the name's kind, a word of its own.
		{"cầu chính vượt sông nào", "sông Cổ Chiên", "Cầu chính vượt sông Cổ Chiên.", true},
		// A qualifier that qualifies no number names.
		{"phát triển theo hướng gì?", "hướng hàng hóa", "", true},
		{"chuyển theo hướng gì?", "hướng hàng trăm", "", false},
		// The head alone names nothing more.
		{"đại hội theo mô hình gì", "mô hình", "", false},
		// What follows the head says how many, not which.
		{"mỗi chi đoàn nhận đỡ đầu gì", "đỡ đầu ít nhất", "", false},
		// What follows the head repeats the question.
		{"thu giữ những tang vật gì", "tang vật thu giữ", "", false},
		// Another phrase.
		{"đại hội theo mô hình gì", "tổ chức mới", "", false},
		// A link heads nothing.
		{"phiếu xét nghiệm miễn phí về gì", "phí về đường huyết", "", false},
		// "là gì" writes no head.
		{"Chủ đề Đại hội là gì?", "Đại hội có chủ đề", "", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		var s *sent
		if c.sentence != "" {
			s = testSent(c.sentence)
		}
		if got := headLeads(q, askedHead(q, questionWords(q), nil), analysis.Tokens(c.answer), s); got != c.want {
			t.Errorf("%q for %q: head leads %v, want %v", c.answer, c.question, got, c.want)
		}
	}
}

func TestHeadGoverned(t *testing.T) {
	cases := []struct {
		question, answer, sentence string
		want                       bool
	}{
		// The question's verb, right before the head, as the question writes it.
		{"Năm học này đổi mới chương trình gì?", "chương trình giáo dục phổ thông", "Năm học này tiếp tục đổi mới chương trình giáo dục phổ thông.", true},
		// Past a preposition the question writes too.
		{"Nông nghiệp phát triển theo hướng gì?", "hướng hàng hóa", "Nông nghiệp phát triển theo hướng hàng hóa.", true},
		// Past an object link.
		{"Dương đoạt huy chương gì?", "Huy chương Bạc", "Dương đã đoạt được Huy chương Bạc.", true},
		// The head met elsewhere, after words the question does not write.
		{"Năm học này đổi mới chương trình gì?", "chương trình tuyên dương thủ khoa", "Tỉnh tổ chức chương trình tuyên dương thủ khoa.", false},
		// A comma parts the answer from the question's verb.
		{"Năm học này đổi mới chương trình gì?", "chương trình hành động", "Đổi mới, chương trình hành động được ban hành.", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		content := (&document{}).content(q)
		got := headGoverned(testSent(c.sentence), analysis.Tokens(c.answer), askedHead(q, content, nil), content)
		if got != c.want {
			t.Errorf("%q in %q for %q: governed %v, want %v", c.answer, c.sentence, c.question, got, c.want)
		}
	}
}

func TestAskedHeadCompound(t *testing.T) {
	cases := []struct {
		question string
		bigrams  map[string]int
		want     string
	}{
		// The head's first syllable closes a verb with the one before it.
		{"Chị Mai học xong ngành gì?", map[string]int{"hoc xong": 3, "xong nganh": 1}, "ngành"},
		// The pair the articles write more is the noun: it stays whole.
		{"Chị Mai học xong ngành gì?", map[string]int{"hoc xong": 1, "xong nganh": 2}, "xong ngành"},
		// No counts: the head as written.
		{"Đội bạn giành huy chương gì?", nil, "huy chương"},
		// A head started by a function word is not cut short.
		{"Tỉnh mở những lễ hội gì?", map[string]int{"nhung le": 5, "le hoi": 1}, "lễ hội"},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		var got []string
		for _, w := range askedHead(q, (&document{}).content(q), c.bigrams) {
			got = append(got, w.text)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q with %v: head %q, want %q", c.question, c.bigrams, strings.Join(got, " "), c.want)
		}
	}
}
