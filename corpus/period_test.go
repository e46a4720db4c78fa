package corpus

import "testing"

// TestPeriodAsWritten checks that a period of years is read as the text
// writes it: its head word and its numbers, spacing and dash kept.
func TestPeriodAsWritten(t *testing.T) {
	tests := []struct {
		name, text, want string
		ok               bool
	}{
		{"term, no spaces", "Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025-2030 là Đại hội đầu tiên", "nhiệm kỳ 2025-2030", true},
		{"stage, spaced", "Hội nghị tổng kết giai đoạn 2019 - 2024", "giai đoạn 2019 - 2024", true},
		{"capitalised head", "Giai đoạn 2021–2025, tỉnh đạt", "Giai đoạn 2021–2025", true},
		{"from year to year", "từ năm 2015 đến năm 2020, huyện", "từ năm 2015 đến năm 2020", true},
		{"no period", "Ngày 12/10/2025, đại hội khai mạc", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := period(tt.text)
			if got != tt.want || ok != tt.ok {
				t.Errorf("period(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
			}
		})
	}
}
