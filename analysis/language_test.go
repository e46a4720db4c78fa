package analysis

import "testing"

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "vi"},
		{"   ?!", "vi"},
		{"12/9", "vi"},
		{"UBND", "vi"},
		{"Ai được tặng Bằng khen?", "vi"},
		{"ai duoc tang bang khen", "vi"},
		{"bao nhieu mo hinh", "vi"},
		{"hoi nghi dien ra khi nao", "vi"},
		{"Who received the award?", "en"},
		{"How many models are there in the province?", "en"},
		{"what is ANTT", "en"},
		{"When did the conference take place?", "en"},
		{"Chủ tịch UBND tỉnh là ai? who", "vi"},
		{"Hội nghị do ai tổ chức", "vi"},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.in); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
