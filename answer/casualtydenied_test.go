package answer

import (
	"context"
	"testing"
)

// TestCasualtiesDenied checks that a claim that anyone died or was hurt
// is answered no by a sentence denying casualties, unless the article
// writes the harm claimed of someone.
func TestCasualtiesDenied(t *testing.T) {
	denying := "date 2024-05 Hai xe khách va chạm (TNO) - Sáng 3-5, hai xe khách va chạm trên cao tốc.\n\n" +
		"Rất may không có thiệt hại về người, 10 người bị thương nhẹ.\n"
	dead := "date 2024-05 Sạt lở ở xã Tà Phìn (TNO) - Sáng 3-5, sạt lở làm 2 người chết.\n\n" +
		"Vụ thứ hai không gây thương vong.\n"
	tests := []struct {
		article, q string
		want       bool
	}{
		{denying, "vu va cham co ai chet ko", true},
		{denying, "vụ va chạm có người thiệt mạng không", true},
		// The injuries are written: no denial of them.
		{denying, "vụ va chạm có ai bị thương không", false},
		{denying, "vụ va chạm có ai bị thương hay chết không", false},
		// The deaths are written.
		{dead, "vu sat lo co ai chet ko", false},
		// A claim of no harm, or with a number, is none of these.
		{denying, "có 2 xe khách va chạm không", false},
		{denying, "vu va cham co ai chet trong 3 ngay ko", false},
	}
	for _, tt := range tests {
		e := articleEngine(t, tt.article)
		q := e.readEpisode(e.parse(tt.q))
		sc := e.scopeOf(context.Background(), q, e.content(q))
		if got := e.casualtiesDenied(q, sc) != nil; got != tt.want {
			t.Errorf("%q: denied %v, want %v", tt.q, got, tt.want)
		}
	}
}
