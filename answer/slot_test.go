package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestSlotAlignment(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		want                       bool
	}{
		// The question's words on both sides stand against the answer.
		{"đối tượng ném gì xuống gầm xe", "Đối tượng trên ném 1 túi ni lông màu đen xuống phía dưới gầm ô tô.", "1 túi ni lông màu đen", true},
		// The noun asked which of opens the answer; the words after the
		// question word follow it.
		{"báo nào đã đưa tin trước đó?", "Trước đó, như Báo Người Lao Động đã đưa tin, đã xảy ra một vụ sạt lở.", "Báo Người Lao Động", true},
		// A preposition the question writes opens the answer.
		{"chủ tịch quốc hội đề nghị cải thiện đời sống cho ai", "Cải thiện đời sống cho đồng bào dân tộc thiểu số.", "cho đồng bào dân tộc thiểu số", true},
		{"chủ tịch quốc hội đề nghị cải thiện đời sống cho ai", "Cải thiện đời sống cho đồng bào dân tộc thiểu số.", "đồng bào dân tộc thiểu số", true},
		// Typed without diacritics.
		{"doi tuong nem gi xuong gam xe", "Đối tượng trên ném 1 túi ni lông màu đen xuống phía dưới gầm ô tô.", "1 túi ni lông màu đen", true},
		// Only one side stands against the answer: the slot is open.
		{"đối tượng ném gì xuống gầm xe", "Đối tượng trên ném 1 túi ni lông màu đen rồi bỏ chạy.", "1 túi ni lông màu đen", false},
		// A comma parts the answer from the question's word.
		{"báo nào đã đưa tin trước đó?", "Báo Người Lao Động, đã đưa tin trước đó.", "Báo Người Lao Động", false},
		// The question's word nearest the slot is not written before it.
		{"đại hội thông qua báo cáo gì", "Đại hội đã thông qua nhiều nội dung quan trọng.", "nhiều nội dung quan trọng", false},
		// A question with no word beside its question word has no slot.
		{"ai?", "Ông Nguyễn Văn A phát biểu.", "Nguyễn Văn A", false},
		// The sentence does not write the answer.
		{"báo nào đã đưa tin trước đó?", "Báo Tuổi Trẻ đã đưa tin.", "Báo Người Lao Động", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		got := slotAlignment(q, testSent(c.sentence), analysis.Tokens(c.answer))
		if got != c.want {
			t.Errorf("%q in %q for %q: closed %v, want %v", c.answer, c.sentence, c.question, got, c.want)
		}
	}
}

func TestAsksSlot(t *testing.T) {
	cases := []struct {
		question string
		want     bool
	}{
		{"đối tượng ném gì xuống gầm xe", true},
		{"ai thắng 21 km nam", true},
		{"chợ Tam Trinh thuộc phường nào?", true},
		{"thu giữ bao nhiêu gói ma túy", false},
		{"vụ việc xảy ra ngày nào?", false},
		{"vì sao ông S chết", false},
	}
	for _, c := range cases {
		if got := asksSlot(parseQuestion(c.question)); got != c.want {
			t.Errorf("asksSlot(%q) = %v, want %v", c.question, got, c.want)
		}
	}
}

// TestWrittenFrom checks that a run of question words is read in order
// from a sentence's word, and not elsewhere.
func TestWrittenFrom(t *testing.T) {
	s := testSent("Đối tượng ném 1 túi ni lông xuống gầm xe.")
	q := parseQuestion("đối tượng ném gì xuống gầm xe")
	tests := []struct {
		from, to, at int
		want         bool
	}{
		{0, 3, 0, true},  // "đối tượng ném"
		{4, 7, 7, true},  // "xuống gầm xe"
		{0, 3, 1, false}, // one word on
		{4, 7, 6, false},
		{0, 0, 3, true}, // no words
	}
	for _, tt := range tests {
		if got := writtenFrom(q.words[tt.from:tt.to], s, tt.at); got != tt.want {
			t.Errorf("writtenFrom(%v, %d) = %v, want %v", foldsOf(q.words[tt.from:tt.to]), tt.at, got, tt.want)
		}
	}
}
