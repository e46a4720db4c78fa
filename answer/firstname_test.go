package answer

import "testing"

func TestFirstIsName(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Thời sự\nMưa lũ gây thiệt hại lớn\n\nMưa lũ làm ngập 5.000 ha lúa, riêng tỉnh Trà Vinh thiệt hại 1.200 ha. Tại Sóc Trăng, UBND tỉnh đã họp.\n")
	tests := []struct {
		q    string
		want bool
	}{
		// The article writes "Trà" and "Vinh" with capitals inside a sentence.
		{"Trà Vinh thiệt hại bao nhiêu ha lúa?", true},
		// "Tại" is a function word that opens a sentence, not a name.
		{"Tại Trà Vinh thiệt hại bao nhiêu ha lúa?", false},
		// "Mưa" is capitalised only where a sentence opens.
		{"Mưa lũ làm ngập bao nhiêu ha lúa?", false},
		// Not typed with a capital.
		{"trà vinh thiệt hại bao nhiêu ha lúa?", false},
		// An abbreviation is no name of this kind.
		{"UBND tỉnh họp ở đâu?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := e.parse(tt.q).firstIsName; got != tt.want {
				t.Errorf("firstIsName(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
