package answer

import (
	"strings"
	"testing"
)

// TestLabelValue checks the value a label the sentences write before a
// code or number answers "… số mấy", "quốc lộ mấy", "quận mấy" with, in
// the label's words or another of its group.
func TestLabelValue(t *testing.T) {
	text := "date 2024-01-06 Tai nạn trên Quốc lộ 9\n\n" +
		"Tối 5.1, ô tô tải (BS: 51C - 025.53) va chạm với xe máy biển kiểm soát 61C1 - 579.44 trên Quốc lộ 9, quận 1.\n\n" +
		"Đôi bò mang số đeo 42 giành giải Nhất hội đua bò.\n\n" +
		"Xe ô tô đầu kéo BKS 36C.148.xx kéo theo rơ-moóc BKS 36R-026.xx va chạm với xe khách.\n\n" +
		"Ngư dân Mai Văn Giới (51 tuổi, trú tại thôn 8, xã Triệu Vân) phát hiện 8 gói ni lon.\n\n" +
		"Xe ôtô tải biển kiểm soát 37H-048.48 do tài xế Hồ Diên Lĩnh điều khiển đã va chạm với ôtô mang biển kiểm soát 75C-079.04 do tài xế Phan Thanh Bình điều khiển.\n"
	e := articleEngine(t, text)
	tests := []struct {
		q    string
		want string // "" for no answer
	}{
		{"xe máy biển số mấy", "biển kiểm soát 61C1 - 579.44."},
		{"ô tô tải biển số bao nhiêu", "BS: 51C - 025.53."},
		{"xe máy đi trên quốc lộ mấy", "Quốc lộ 9."},
		{"tai nạn ở quận mấy", "quận 1."},
		{"đôi bò giải Nhất đeo số mấy", "số đeo 42."},
		// The driver named right after a plate describes it.
		{"Biển số xe ô tô do ông Bình lái là gì?", "biển kiểm soát 75C-079.04."},
		{"Biển số xe ô tô do ông Lĩnh lái là gì?", "biển kiểm soát 37H-048.48."},
		// A numbered unit of place is a label: not the age beside it.
		{"Ông Giới ở thôn mấy?", "thôn 8."},
		// A count is no label.
		{"có mấy quận", ""},
		{"có mấy thôn bị ngập", ""},
		// A what-question asks the value too: the label right before
		// its question word, or opening it before a copula.
		{"xe máy mang biển số gì", "biển kiểm soát 61C1 - 579.44."},
		{"Biển kiểm soát xe máy là gì?", "biển kiểm soát 61C1 - 579.44."},
		// A what-question naming no label asks no value, nor does one
		// whose first word only looks like a label of one word.
		{"xe máy va chạm với gì", ""},
		{"Số phận của xe máy là gì?", ""},
		// A code of one word is no syllable: a label alone; a value the
		// words before it describe best.
		{"xe may bks gi", "biển kiểm soát 61C1 - 579.44."},
		{"o to tai bs gi", ""},
		// Of two values, the words before each back to the value before
		// describe it.
		{"Biển số xe đầu kéo là gì?", "BKS 36C.148."},
		{"rơ-moóc mang biển số gì", "BKS 36R-026."},
	}
	for _, tt := range tests {
		got := generatedBy(e, tt.q, e.labelValue).answer
		if got != tt.want {
			t.Errorf("labelValue(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	// The passage generator cuts a what-question's label value too, not
	// the clause after it.
	if got := generatedBy(e, "xe máy mang biển số gì", e.passage).answer; got != "biển kiểm soát 61C1 - 579.44" {
		t.Errorf("passage(%q) = %q", "xe máy mang biển số gì", got)
	}
}

// TestValueAfter checks which words after a label head are read as its
// value.
func TestValueAfter(t *testing.T) {
	tests := []struct {
		text string
		at   int // the word after the head
		want string
	}{
		{"biển kiểm soát 74C-124.xx đang dừng", 3, "74C-124"},
		{"(BS: 61C1 - 579.44) chạy", 1, "61C1 - 579.44"},
		{"số đeo 42 của ông", 1, "42"},
		{"Quốc lộ 9 theo hướng", 2, "9"},
		{"Quốc lộ mới", 2, ""},
		// A plate's series and serial a space apart are one value; a
		// count after a road's number is not.
		{"xe container mang BKS 76R 004.26 chạy", 4, "76R 004.26"},
		{"Quốc lộ 1A 150 km", 2, "1A"},
	}
	for _, tt := range tests {
		s := prepTestSent(t, tt.text)
		from, to := valueAfter(s, tt.at, foldWords("đeo"))
		got := ""
		if from >= 0 {
			got = s.text[s.starts[from]:s.ends[to-1]]
		}
		if got != tt.want {
			t.Errorf("valueAfter(%q, %d) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}

// prepTestSent returns the one sentence of an article of text.
func prepTestSent(t *testing.T, text string) *sent {
	t.Helper()
	d := documentOf(t, "date 2024-01-06 Tin\n\n"+text+"\n")
	for _, ss := range d.sentsOf {
		for _, s := range ss {
			if strings.Contains(s.text, text[:5]) {
				return s
			}
		}
	}
	t.Fatalf("no sentence %q", text)
	return nil
}

// TestIsCode tells a code typed in lower case from a syllable.
func TestIsCode(t *testing.T) {
	for _, tt := range []struct {
		fold string
		want bool
	}{
		{"bks", true}, {"ubnd", true}, {"hdnd", true},
		{"bs", false}, // too short to tell from "bác sĩ"
		{"nguoi", false}, {"truong", false}, {"76r", false},
	} {
		if got := isCode(tt.fold); got != tt.want {
			t.Errorf("isCode(%q) = %v, want %v", tt.fold, got, tt.want)
		}
	}
}

// TestMissesName: a body the question names by its code, capitalised or
// not, must be the title's.
func TestMissesName(t *testing.T) {
	title := foldWords("Chủ tịch UBND TP Cần Thơ")
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"chu tich hdnd tp can tho", true},
		{"Chủ tịch HĐND TP Cần Thơ", true},
		{"chu tich ubnd tp can tho", false},
	} {
		if got := missesName(parseQuestion(tt.q).words, title); got != tt.want {
			t.Errorf("missesName(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
