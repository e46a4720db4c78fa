package answer

import (
	"context"
	"strings"
	"testing"
)

func TestAskedRemainder(t *testing.T) {
	tests := []struct {
		q    string
		want string // the part's words; "" for no remainder question
	}{
		{"ngoài xã Tân Phú, còn bao nhiêu hộ bị mất điện", "xã tân phú"},
		{"không tính vốn vay, phần vốn còn lại là bao nhiêu", "vốn vay"},
		{"trong 120 dự án, ngoài 9 dự án của bộ thì còn mấy dự án", "9 dự án của"},
		// No part set aside, or nothing asked to be left: no remainder.
		{"còn bao nhiêu hộ bị mất điện", ""},
		{"ngoài xã Tân Phú có bao nhiêu hộ bị mất điện", ""},
		{"ai còn ở lại ngoài xã", ""},
	}
	for _, tt := range tests {
		part, _ := askedRemainder(parseQuestion(tt.q))
		if g := strings.Join(words(part), " "); g != tt.want {
			t.Errorf("%q: part %q, want %q", tt.q, g, tt.want)
		}
	}
}

func TestRemainder(t *testing.T) {
	e := articleEngine(t, "date 2024-10 Thời sự Mưa lớn gây mất điện (ABC) - Mưa lớn gây mất điện ở nhiều nơi.\n\n"+
		"Đêm 12/10, mưa lớn khiến khoảng 4.310 căn hộ ở tỉnh B bị mất điện, riêng xã Tân Phú có 1.250 hộ mất điện.\n\n"+
		"Dự án có tổng vốn đầu tư 2.400 tỷ đồng, trong đó phần vốn vay là 900 tỷ đồng.\n\n"+
		"Các dự án này nằm trong 120 dự án trọng điểm khởi công dịp này.\n\n"+
		"Trong đó, Bộ Xây dựng có 9 dự án khởi công.")
	ctx := context.Background()
	tests := []struct {
		q, want string // want "" for no remainder
	}{
		{"ngoài xã Tân Phú, còn bao nhiêu hộ bị mất điện", "4.310 − 1.250 = khoảng 3.060 hộ mất điện."},
		{"không tính vốn vay, phần vốn còn lại là bao nhiêu", "2.400 − 900 = 1.500 tỷ đồng."},
		// The part by its number, the whole the question states.
		{"trong 120 dự án, ngoài 9 dự án của bộ thì còn mấy dự án", "120 − 9 = 111 dự án."},
		// A part the article does not write: no remainder.
		{"ngoài xã Tân Lập, còn bao nhiêu hộ bị mất điện", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(ctx, tt.q) {
			if strings.Contains(c.Answer, minusSign) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: remainder %q, want %q", tt.q, got, tt.want)
		}
	}
}
