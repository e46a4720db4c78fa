package answer

import "testing"

// TestAuthor checks that a question about who wrote the article is
// answered from its byline, and that one about something else is not.
func TestAuthor(t *testing.T) {
	e := articleEngine(t, "date 2024-05 Xe khách lật trên đèo (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương, ông Lê Văn Hùng cho biết.\n\nThái Thanh\n")
	tests := []struct {
		q    string
		want string // "" when the byline must not answer
	}{
		{"ai viet bai nay", "Thái Thanh"},
		{"Ai viết bài?", "Thái Thanh"},
		{"tác giả bài viết là ai", "Thái Thanh"},
		{"Phóng viên nào viết bài này?", "Thái Thanh"},
		{"xe nào viết bài này", ""}, // a which-question of no writer
		{"ai viết bài hát", ""},
		{"ai bị thương", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.author).answer; got != tt.want {
			t.Errorf("author(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
