package analysis

import (
	"strings"
	"testing"
)

func TestIsStopword(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"cua", true},
		{"của", true},
		{"Của", true},
		{"va", true},
		{"các", true},
		{"nhung", true},
		{"là", true},
		{"thì", true},
		{"thị", false},
		{"voi", true},
		{"trong", true},
		{"tai", true},
		{"da", true},
		{"mot", true},
		{"khen", false},
		{"mo", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsStopword(tt.in); got != tt.want {
			t.Errorf("IsStopword(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsWrittenStopword(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"mà", true},
		{"Mà", true},
		{"của", true},
		{"và", true},
		{"cho", true},
		{"ma", false}, // "ma túy": article text is read as written
		{"cua", false},
		{"va", false},
		{"thị", false},
		{"được", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsWrittenStopword(tt.in); got != tt.want {
			t.Errorf("IsWrittenStopword(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestQuestionWordsAreNotStopwords(t *testing.T) {
	for _, w := range []string{
		"duoc", "được", "ai", "gi", "gì", "nao", "nào", "bao", "nhieu", "nhiêu",
		"nhiều", "may", "mấy", "khi", "dau", "đâu", "sao", "khong", "không",
		"co", "có", "o", "ở",
	} {
		if IsStopword(w) {
			t.Errorf("IsStopword(%q) = true; question words must not be stopwords", w)
		}
	}
}

func TestIsEnglishStopword(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"the", true},
		{"The", true},
		{"of", true},
		{"was", true},
		{"award", false},
		{"what", false},
		{"who", false},
		{"when", false},
		{"where", false},
		{"how", false},
		{"many", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsEnglishStopword(tt.in); got != tt.want {
			t.Errorf("IsEnglishStopword(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestAppendLowerIsToLower holds IsStopword's lowering to strings.ToLower.
func TestAppendLowerIsToLower(t *testing.T) {
	for _, s := range []string{"", "Và", "CỦA", "Đồng Chí", "ABC xyz", "İstanbul", "ΩMEGA", "a\xffB", "\xe1\xbb", "Ǆ", "ẞ"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}
