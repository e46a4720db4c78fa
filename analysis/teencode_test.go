package analysis

import (
	"reflect"
	"strings"
	"testing"
)

func TestTeencode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"ai dc tặng bằng khen", "ai được tặng bằng khen"},
		{"ai đc tặng", "ai được tặng"},
		{"dk k", "được không"},
		{"có ko", "có không"},
		{"hok bt", "không bt"},
		{"antt là j", "antt là gì"},
		{"hội nghị ntn", "hội nghị như thế nào"},
		{"phối hợp vs ai", "phối hợp với ai"},
		{"mn ơi", "mọi người ơi"},
		{"bh tổ chức", "bao giờ tổ chức"},
		{"bjo", "bao giờ"},
		{"bnhiu mô hình", "bao nhiêu mô hình"},
		{"co bnhieu nguoi", "co bao nhiêu nguoi"},
		{"xong r", "xong rồi"},
		{"sao k", "sao không"},
		{"bn mô hình", "bao nhiêu mô hình"},
		{"có bn tập thể", "có bao nhiêu tập thể"},
		{"được bn điểm", "được bao nhiêu điểm"},
		{"dc bn", "được bao nhiêu"},
		{"tổng cộng bn", "tổng cộng bao nhiêu"},
		{"bn ơi", "bạn ơi"},
		{"bn có biết", "bạn có biết"},
		{"của bn", "của bạn"},
		{"cảm ơn bn", "cảm ơn bạn"},
		{"tặng cho bn tập thể", "tặng cho bao nhiêu tập thể"},
		{"ai gửi cho bn tin này", "ai gửi cho bạn tin này"},
		{"nói với bn", "nói với bạn"},
		{"cho bn biết", "cho bạn biết"},
		{"bn", "bạn"},
		{"giá 5k", "giá 5k"},
		{"5 k", "5 k"},
		{"10k k", "10k k"},
		{"ng tặng", "người tặng"},
		{"bằng khen", "bằng khen"},
		{"nha bi do va hu hong", "nha bi do va hu hong"},
		{"co hu hong ko", "co hu hong không"},
		{"dep hong", "dep không"},
	}
	for _, tt := range tests {
		got := Teencode(strings.Fields(tt.in))
		want := strings.Fields(tt.want)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Teencode(%q) = %q, want %q", tt.in, got, want)
		}
	}
}

func TestTeencodeKilogram(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"bao nhiêu một kg", "bao nhiêu một kg"},
		{"5 kg", "5 kg"},
		{"thu bao nhieu kg", "thu bao nhieu kg"}, // typed without marks
		{"may kg gao", "may kg gao"},
		{"đi kg", "đi không"},
	} {
		if got := strings.Join(Teencode(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("Teencode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTeencodeKeepsInput(t *testing.T) {
	in := []string{"dc", "k"}
	Teencode(in)
	if in[0] != "dc" || in[1] != "k" {
		t.Errorf("Teencode modified its input: %q", in)
	}
}

// TestIsShorthand checks the words Teencode may expand.
func TestIsShorthand(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"dc", true},
		{"đc", true},
		{"bn", true},
		{"xk", true},
		{"được", false},
		{"thưởng", false},
	}
	for _, tt := range tests {
		if got := IsShorthand(tt.w); got != tt.want {
			t.Errorf("IsShorthand(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
