package answer

import (
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestCredits answers who took the article's photos from its credits, and
// leaves to other generators a question about what a photo shows: where
// or when it was taken, whether it shows something.
func TestCredits(t *testing.T) {
	a, err := corpus.Parse("t", []byte("date 2025-07-04 Sân bay đón chuyến bay mới\n\n(TNO) - Sáng 4/7, chuyến bay đầu tiên từ Hà Nội đến Rome đã hạ cánh.\n\nHành khách xuống máy bay tại sân bay Fiumicino. Ảnh: Lê Minh\n\nHãng dự kiến khai thác 3 chuyến mỗi tuần.\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t, []*corpus.Article{a})
	tests := []struct {
		q, want string
	}{
		{"ai chụp ảnh", "Ảnh: Lê Minh."},
		{"anh do ai chup", "Ảnh: Lê Minh."},
		{"ảnh trong bài của ai", "Ảnh: Lê Minh."},
		{"nguồn ảnh là gì", "Ảnh: Lê Minh."},
		{"ảnh của báo nào chụp", "Ảnh: Lê Minh."},
		{"ảnh chụp ở sân bay nào", ""},
		{"anh chup luc nao", ""},
		{"ảnh có phải chụp tại sân bay Rome không", ""},
		{"ảnh chụp mấy hành khách", ""},
		{"tàu chạy ở đâu", ""},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		if got := e.credits(q, e.content(q)).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}
