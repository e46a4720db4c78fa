package answer

import (
	"strings"
	"testing"
)

// TestCodedEntityIn reads a body a sentence writes as its code for a
// which-noun its long form opens with.
func TestCodedEntityIn(t *testing.T) {
	tests := []struct{ sentence, noun, want string }{
		{"Ngày 8/9, TAND tỉnh Quảng Ngãi mở phiên sơ thẩm.", "tòa", "TAND tỉnh Quảng Ngãi"},
		{"Chiều 5/3, UBND huyện Krông Pắc tổ chức hội nghị.", "ủy ban", "UBND huyện Krông Pắc"},
		{"Hôm qua, TAND tỉnh mở phiên tòa.", "tòa", "TAND"},
		{"Hôm qua, UBND tỉnh họp.", "tòa", ""},
	}
	for _, tt := range tests {
		if got := codedEntityIn(testSent(tt.sentence), foldWords(tt.noun)); got != tt.want {
			t.Errorf("codedEntityIn(%q, %q) = %q, want %q", tt.sentence, tt.noun, got, tt.want)
		}
	}
}

// TestPassageWhenTolerance: a when-question is answered by the sentence
// that dates its event even when another, which dates nothing, holds a
// rarer word of the question.
func TestPassageWhenTolerance(t *testing.T) {
	e := articleEngine(t, "date 2024-03 (VTC News) - Thời tiết cực đoan ở vùng núi.\n\n"+
		"Chiều 22/3, trận mưa đá kèm dông lốc bất ngờ xuất hiện tại các xã Mường Và, Mường Lèo.\n\n"+
		"Ông Chủ cho biết, trận mưa đá kéo dài gần nửa giờ đồng hồ. Mưa đá làm hư hại nhiều hoa màu. Nhiều mái nhà bị mưa đá làm thủng.\n\n"+
		"Trong mưa dông khả năng xảy ra lốc, sét và gió giật mạnh.")
	if got := generatedBy(e, "Mưa đá xảy ra vào ngày nào?", e.passage).answer; !strings.Contains(got, "22/3") {
		t.Errorf("passage = %q, want the day of the hail, 22/3", got)
	}
}
