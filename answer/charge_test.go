package answer

import (
	"strings"
	"testing"
)

// TestChargeAsked checks which questions ask for a charge.
func TestChargeAsked(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Các bị cáo bị xét xử về tội gì?", true},
		{"trung hieu bi xu toi gi", true},
		{"Tội danh là gì?", true},
		{"Tuấn bị xử về những tội gì?", true},
		{"vì sao bị cáo được giảm án", false},
		{"bị cáo bị phạt bao nhiêu năm tù", false},
	}
	for _, tt := range tests {
		if got := chargeAsked(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("chargeAsked(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestChargeAfter checks the charges read after their head: quoted whole,
// unquoted to the end of the clause or a stop, several joined by "và".
func TestChargeAfter(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // the charges, joined by " | "; "" for none
	}{
		{"Tòa phạt A 20 năm tù về tội “Mua bán, vận chuyển trái phép chất ma túy”.", "Mua bán, vận chuyển trái phép chất ma túy"},
		{"Tòa phạt B 7 năm tù về tội Nhận hối lộ và 5 năm tù về tội Môi giới hối lộ.", "Nhận hối lộ"},
		{"Hai bị cáo bị xử về tội đưa hối lộ và buôn lậu.", "đưa hối lộ | buôn lậu"},
		{"Bị cáo bị truy tố về tội giết người theo điều 123 Bộ luật Hình sự.", "giết người"},
		{"Tình hình tội phạm giảm mạnh.", ""},
		// A capital opens the charge's name, whatever its first word.
		{"Tòa phạt Hưng 200 triệu đồng về tội Cho vay lãi nặng trong giao dịch dân sự.", "Cho vay lãi nặng"},
		{"Bị cáo bị xử về tội cho người khác vay.", ""},
		// Quoted charges a comma or "và" joins, spaced or not.
		{"Tòa phạt 3 bị cáo về các tội \"Giết người\"và \"Cướp tài sản\".", "Giết người | Cướp tài sản"},
		{"Bị cáo bị xử về tội “Trộm cắp tài sản”, “Cướp giật tài sản” và “Hủy hoại tài sản”.", "Trộm cắp tài sản | Cướp giật tài sản | Hủy hoại tài sản"},
		{"Bị cáo bị xử về tội “Giết người” và bồi thường 100 triệu đồng.", "Giết người"},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		var got []string
		for k := range s.lower {
			if n := chargeHeadAt(s, k); n > 0 {
				got = chargeAfter(s, k+n)
				break
			}
		}
		if strings.Join(got, " | ") != tt.want {
			t.Errorf("%q: %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestChargeGenerator answers a charge of the defendant a question names
// from that defendant's clause.
func TestChargeGenerator(t *testing.T) {
	e := articleEngine(t, "date 2025-12 Pháp luật Y án hai bị cáo\n\n"+
		"Tòa tuyên phạt Nguyễn Văn Hùng (21 tuổi) 20 năm tù về tội “Giết người”; Trần Văn Dũng (25 tuổi) 1 năm tù về tội “Chống người thi hành công vụ”; Nguyễn Thành Đạt (30 tuổi) 2 năm tù tội “Gây rối trật tự công cộng”.\n")
	tests := []struct{ q, want string }{
		{"Nguyễn Văn Hùng bị xử tội gì?", "Giết người"},
		{"tran van dung bi xu toi gi", "Chống người thi hành công vụ"},
		// The syllables of a name outweigh a common word of another
		// clause ("tuyên").
		{"nguyen thanh dat bi tuyen toi gi", "Gây rối trật tự công cộng"},
		{"bị cáo bị phạt bao nhiêu năm tù", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.charge).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestChargeOfOneDefendant answers the charge of a defendant a lead lists
// with another from the sentence naming that one alone, and a sentence's
// first word, capitalised as its first, names no defendant.
func TestChargeOfOneDefendant(t *testing.T) {
	e := articleEngine(t, "date 2026-01 Pháp luật Xét xử hai bị cáo\n\n"+
		"Tòa án tỉnh xét xử bị cáo Trần Văn Tài và Phạm Ngọc Hưng về tội Tham ô tài sản.\n\n"+
		"Đối với bị cáo Phạm Ngọc Hưng, Tòa tuyên phạt 200 triệu đồng về tội Cho vay lãi nặng trong giao dịch dân sự.\n\n"+
		"Về tội danh trên, bị cáo Tài bị phạt tù chung thân.\n")
	tests := []struct{ q, want string }{
		{"hung bi xu ve toi gi", "Cho vay lãi nặng"},
		{"Tài bị xử về tội gì?", "Tham ô tài sản"},
		{"Các bị cáo bị xét xử về tội gì?", "Tham ô tài sản"},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.charge).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
