package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestLengthUnasked(t *testing.T) {
	tests := []struct {
		name, q, answer string
		asks, length    bool
	}{
		{"a value asked, a length answers", "dự báo xuất khẩu cà phê năm nay đạt bao nhiêu", "7 tháng", false, true},
		{"a length asked by its unit", "bao nhiêu năm", "10 năm", true, true},
		{"a length asked by its unit, no marks", "may ngay thi xong", "3 ngày", true, true},
		{"a length asked: bao lâu", "kéo dài bao lâu", "2 giờ", true, true},
		{"a superlative length", "Lâu nhất bao nhiêu giờ sau khi ăn mới có triệu chứng?", "16 giờ", true, true},
		{"the question's period is not the measure", "7 thang tang bao nhieu %", "gần 12%", false, false},
		{"a point of the calendar is no length", "xuất khẩu đạt bao nhiêu", "tháng 7", false, false},
		{"a value", "xuất khẩu đạt bao nhiêu", "hơn 3,26 tỷ USD", false, false},
		{"a qualified length", "xuất khẩu đạt bao nhiêu", "hơn 2 tuần", false, true},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := asksLength(q); got != tt.asks {
			t.Errorf("%s: asksLength(%q) = %v; want %v", tt.name, tt.q, got, tt.asks)
		}
		if got := lengthAnswer(analysis.Tokens(tt.answer)); got != tt.length {
			t.Errorf("%s: lengthAnswer(%q) = %v; want %v", tt.name, tt.answer, got, tt.length)
		}
	}
}

func TestShareUnasked(t *testing.T) {
	tests := []struct {
		name, q, answer string
		asks, share     bool
	}{
		{"a value asked, a percent answers", "nong lam san dat bao nhieu", "0,16%", false, true},
		{"a percent asked", "7 thang tang bao nhieu %", "gần 12%", true, true},
		{"a share noun", "tỷ lệ hộ nghèo là bao nhiêu", "3,5%", true, true},
		{"a share noun, no marks", "ty le ho ngheo bn", "3,5%", true, true},
		{"a share verb", "nông lâm sản chiếm bao nhiêu", "0,16%", true, true},
		{"a share noun of a part", "thuy san chiem ty trong bn", "3,65%", true, true},
		{"an occupancy", "Công suất phòng trung bình là bao nhiêu?", "72%", true, true},
		{"a change", "TPHCM tăng bao nhiêu", "8,1%", true, true},
		{"percent spelled", "xuất khẩu đạt bao nhiêu phần trăm", "12 phần trăm", true, true},
		{"a value answers", "nong lam san dat bao nhieu", "5,32 triệu USD", false, false},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		if got := asksShareOrChange(q, sharePercentAsked(q)); got != tt.asks {
			t.Errorf("%s: asksShareOrChange(%q) = %v; want %v", tt.name, tt.q, got, tt.asks)
		}
		if got := shareAnswer(tt.answer); got != tt.share {
			t.Errorf("%s: shareAnswer(%q) = %v; want %v", tt.name, tt.answer, got, tt.share)
		}
	}
}
