package answer

import "testing"

func TestFocusCompounds(t *testing.T) {
	tests := []struct {
		q     string
		focus string // folded words of the focus
	}{
		// "tu" of "dau tu" is no "từ": the compound is read whole.
		{"tong muc dau tu la bao nhieu", "muc dau tu"},
		{"Tổng mức đầu tư là bao nhiêu?", "muc dau tu"},
		{"so tien tu thien la bao nhieu", "tien tu thien"},
		// A real "từ" still ends the focus.
		{"bao nhiêu tiền từ ngân sách", "tien"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := phraseOf(parseQuestion(tt.q).focus); got != tt.focus {
				t.Errorf("focus = %q, want %q", got, tt.focus)
			}
		})
	}
}

func TestMoneyWords(t *testing.T) {
	tests := []struct {
		q     string
		money bool
	}{
		// "kim ngạch" is an amount of money.
		{"Kim ngạch xuất khẩu đạt bao nhiêu?", true},
		{"kim ngach xuat khau dat bao nhieu", true},
		{"Có bao nhiêu người tham gia?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := parseQuestion(tt.q).asksMoney(); got != tt.money {
				t.Errorf("asksMoney = %v, want %v", got, tt.money)
			}
		})
	}
}
