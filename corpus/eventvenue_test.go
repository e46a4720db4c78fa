package corpus

import "testing"

// TestEventVenueWhole reads the event's venue as the whole place phrase:
// a body's name goes on past "tại" and the city it sits in; the country
// the news is written in is no venue.
func TestEventVenueWhole(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"date 2025-06-10 Ngày 10-6, TAND TP Cần Thơ xét xử vụ án xảy ra tại Chi cục Thuế khu vực tại Cần Thơ và một số tỉnh.\n", "Chi cục Thuế khu vực tại Cần Thơ"},
		{"date 2025-04-02 Sáng 2/4, Bộ Công Thương khai mạc hội chợ hàng tiêu dùng. Dự lễ có đại diện các đại sứ quán tại Việt Nam.\n", ""},
	}
	for _, tt := range tests {
		a, err := Parse("t", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		var f Fact
		for _, x := range Extract(a) {
			if x.Type == FactEvent {
				f = x
				break
			}
		}
		if f.Where != tt.want {
			t.Errorf("%q: venue %q, want %q", tt.text, f.Where, tt.want)
		}
	}
}
