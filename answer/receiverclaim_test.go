package answer

import (
	"context"
	"strings"
	"testing"
)

func TestReceivedBy(t *testing.T) {
	tests := []struct {
		who    string // the claim's words, as a question types them
		winner string
		want   bool
	}{
		{"Tùng", "trung tướng Nguyễn Thanh Tùng, Giám đốc Công an Hà Nội", true},
		{"công an hà nội", "Công an Hà Nội", true},
		{"ca ha noi", "Công an Hà Nội", true}, // initials
		// The body is only where the winner works.
		{"công an hà nội", "trung tướng Nguyễn Thanh Tùng, Giám đốc Công an Hà Nội", false},
		{"công an hà nội", "Giám đốc Công an Hà Nội Nguyễn Thanh Tùng", false},
		{"Hùng", "trung tướng Nguyễn Thanh Tùng", false},
	}
	for _, tt := range tests {
		if got := receivedBy(parseQuestion(tt.who).words, tt.winner); got != tt.want {
			t.Errorf("receivedBy(%q, %q) = %v, want %v", tt.who, tt.winner, got, tt.want)
		}
	}
}

// receiverArticle reports two awards and who received each, in one
// sentence.
const receiverArticle = "date 2025-07 Tại lễ kỷ niệm ngày truyền thống, diễn ra sáng 30/7, Công an tỉnh Bắc Ninh vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng nhì và đại tá Trần Minh Khôi, Phó Giám đốc Công an tỉnh, vinh dự đón nhận Huân chương Chiến công hạng ba.\n\n" +
	"Lễ có nhiều đại biểu dự.\n"

func TestReceiverClaim(t *testing.T) {
	e := articleEngine(t, receiverArticle)
	tests := []struct {
		q    string
		want string // the verdict's lead, "" for no verdict
	}{
		{"Ông Khôi được tặng Huân chương Bảo vệ Tổ quốc hạng nhì phải không?", msgNoLead},
		{"Ông Khôi được tặng Huân chương Chiến công hạng ba phải không?", msgYesLead},
		{"Ông Khôi nhận Huân chương Chiến công hạng nhất à?", msgNoLead}, // the same award of another class
		{"cong an tinh bac ninh nhan huan chuong bao ve to quoc hang nhi ha", msgYesLead},
		{"Công an tỉnh Bắc Ninh được tặng Huân chương Chiến công hạng ba phải không?", msgNoLead},
		// A giver claimed, not a receiver.
		{"Ông Khôi trao Huân chương Chiến công hạng ba phải không?", ""},
		// Nobody the awards name.
		{"Ông Hùng được tặng Huân chương Chiến công hạng ba phải không?", ""},
	}
	for _, tt := range tests {
		q := e.readEpisode(e.parse(tt.q))
		content := e.content(q)
		c := e.receiverClaim(q, content, e.scopeOf(context.Background(), q, content))
		if tt.want == "" && c.answer != "" || tt.want != "" && !strings.HasPrefix(c.answer, tt.want) {
			t.Errorf("%q: %q, want a verdict led by %q", tt.q, c.answer, tt.want)
		}
	}
}
