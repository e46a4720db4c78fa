package analysis

import "testing"

func TestValidSyllable(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"khen", true},
		{"mo", true},
		{"nguyen", true},
		{"quoc", true},
		{"quy", true},
		{"quyen", true},
		{"nguoi", true},
		{"nghieng", true},
		{"giu", true},
		{"gi", true},
		{"gia", true},
		{"khuya", true},
		{"xoong", true},
		{"yen", true},
		{"tien", true},
		{"anh", true},
		{"thanh", true},
		{"uynh", true},
		{"ruou", true},
		{"chuyen", true},
		{"", false},
		{"news", false},
		{"free", false},
		{"of", false},
		{"the", true}, // thể, thé: a Vietnamese spelling too
		{"ke", true},
		{"ka", false},
		{"ce", false},
		{"nge", false},
		{"ghe", true},
		{"gha", false},
		{"ge", false},
		{"ing", false},
		{"ich", true},
		{"och", false},
		{"tien", true},
		{"ien", false},
		{"tyen", false},
		{"ie", false},
		{"moo", false},
		{"bawng", false},
		{"strong", false},
		{"hinhf", false},
		{"dd", false},
		{"quu", false},
		{"aoa", false},
		{"tk", false},
	}
	for _, tt := range tests {
		if got := ValidSyllable(tt.in); got != tt.want {
			t.Errorf("ValidSyllable(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidSyllableArticle(t *testing.T) {
	// Every folded lower-case word of ordinary Vietnamese prose is valid.
	text := "khen thưởng tập thể cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh tổ quốc sáng nay công an tỉnh quảng nam phối hợp hội cựu chiến binh nông dân tổ chức hội nghị biểu dương tiên tiến giai đoạn người được huyện xã thuyền khuya nguyễn những chuyện luật quyết việc"
	for _, w := range FoldedWords(text) {
		if !ValidSyllable(w) {
			t.Errorf("ValidSyllable(%q) = false, want true", w)
		}
	}
}

func TestIsInitial(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"P", true}, {"Đ", true}, {"A", true}, {"Th", true}, {"Ngh", true}, {"Ph", true},
		{"TP", false}, {"Tha", false}, {"An", false}, {"th", false}, {"", false}, {"1", false},
	}
	for _, tt := range tests {
		if got := IsInitial(tt.in); got != tt.want {
			t.Errorf("IsInitial(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
