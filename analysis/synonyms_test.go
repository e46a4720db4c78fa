package analysis

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSynonyms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"trao", []string{"tang", "trao tang", "trao cho", "tang cho"}},
		{"bieu duong", []string{"tuyen duong", "khen thuong", "vinh danh", "khen"}},
		{"Biểu  dương", []string{"tuyen duong", "khen thuong", "vinh danh", "khen"}},
		{"ai", []string{"nguoi nao"}},
		{"bao gio", []string{"khi nao", "luc nao", "ngay nao", "hom nao"}},
		{"tai sao", []string{"vi sao", "ly do"}},
		{"o dau", []string{"tai dau", "noi nao"}},
		{"bao nhieu", []string{"may", "so luong"}},
		{"khen thuong", []string{"bieu duong", "tuyen duong", "vinh danh", "khen"}},
		{"", nil},
		{"mo hinh", nil},
		{"le", nil},
		// News wording of vehicles, awards, reports and casualties.
		{"bien kiem soat", []string{"bien so", "bien so xe", "bks"}},
		// "BKS" is how news writes it short.
		{"bks", []string{"bien so", "bien kiem soat", "bien so xe"}},
		// The one suspected of a crime, by its several names.
		{"hung thu", []string{"nghi pham", "thu pham", "ke gay an", "doi tuong gay an"}},
		{"xe gan may", []string{"xe may", "xe mo to", "mo to", "xe moto", "moto"}},
		{"o to tai", []string{"xe tai", "oto tai"}},
		// "ôtô", "môtô": news writes them glued as often as not.
		{"o to", []string{"oto"}},
		{"oto", []string{"o to"}},
		{"tai xe", []string{"lai xe", "nguoi lai xe"}},
		{"hoa hoan", []string{"vu chay", "dam chay", "vu hoa hoan"}},
		{"qua doi", []string{"chet", "tu vong", "thiet mang", "tu tran"}},
		{"thong bao", []string{"cong bo", "cho biet"}},
		{"cho biet", []string{"phat bieu", "chia se", "cong bo", "thong bao"}},
		{"doat", []string{"gianh", "doat duoc", "gianh duoc"}},
		{"bi hai", []string{"nan nhan", "nguoi bi hai"}},
		// Single syllables whose folded form is also a common unrelated
		// word stay out: "xe" (xe máy is no ô tô), "dat" (đạt, đất, đặt),
		// "chay" (cháy, chạy).
		{"xe", nil},
		{"dat", nil},
		{"chay", nil},
	}
	for _, tt := range tests {
		if got := Synonyms(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Synonyms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSynonymGroups(t *testing.T) {
	longest := 0
	for _, group := range synonymGroups {
		for _, p := range group {
			if p != Fold(p) || p != strings.Join(strings.Fields(p), " ") {
				t.Errorf("phrase %q is not folded and single-spaced", p)
			}
			longest = max(longest, len(strings.Fields(p)))
			// Symmetry: every member lists every other member of its group.
			syn := Synonyms(p)
			for _, q := range group {
				if q != p && !slices.Contains(syn, q) {
					t.Errorf("Synonyms(%q) lacks %q", p, q)
				}
			}
			if slices.Contains(syn, p) {
				t.Errorf("Synonyms(%q) holds the phrase itself", p)
			}
		}
	}
	if longest != MaxSynonymWords {
		t.Errorf("MaxSynonymWords = %d, longest phrase has %d words", MaxSynonymWords, longest)
	}
}

func TestFoldedAndSqueezed(t *testing.T) {
	tests := []struct {
		phrase string
		want   bool
	}{
		{"", true},
		{"bieu duong", true},
		{"khen", true},
		{"Bieu duong", false},
		{"biểu dương", false},
		{"bieu  duong", false},
		{" bieu duong", false},
		{"bieu duong ", false},
		{"bieu\tduong", false},
		{"bieu\nduong", false},
	}
	for _, tt := range tests {
		got := foldedAndSqueezed(tt.phrase)
		if got != tt.want {
			t.Errorf("foldedAndSqueezed(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
		// What it accepts, folding and squeezing gives back.
		if slow := strings.Join(strings.Fields(Fold(tt.phrase)), " "); got && slow != tt.phrase {
			t.Errorf("foldedAndSqueezed(%q) but folded and squeezed it is %q", tt.phrase, slow)
		}
	}
}
