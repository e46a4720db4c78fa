package corpus

import "testing"

func TestHeadline(t *testing.T) {
	tests := []struct {
		title, lead, want string
	}{
		{"Bế mạc Hội thao", "Chiều 12/11, lễ bế mạc.", "Bế mạc Hội thao"},
		{"", "Chiều 12/11, lễ bế mạc diễn ra. Sau đó là tiệc.", "Chiều 12/11, lễ bế mạc diễn ra"},
		{"", "Vào ngày 29 Tết năm Ất Tỵ (16/12), Bệnh viện Đại học Y Dược TPHCM đã ghép thành công 4 ca.", "Vào ngày 29 Tết năm Ất Tỵ (16/12), Bệnh viện Đại học…"},
		{"", "", ""},
	}
	for _, tt := range tests {
		a := &Article{Title: tt.title, Lead: tt.lead}
		if got := a.Headline(); got != tt.want {
			t.Errorf("Headline(%q, %q) = %q, want %q", tt.title, tt.lead, got, tt.want)
		}
	}
}
