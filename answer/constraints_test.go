package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

func TestConstraintsUnmet(t *testing.T) {
	const some = -1
	text := "date 2024-12-17 Tin\n\n" +
		"Mưa lũ gây thiệt hại lớn ở Lai Châu. Trong đó, 4 người chết do lũ cuốn.\n\n" +
		"Đại tá Nguyễn Hữu Hợp - Giám đốc Công an tỉnh dự lễ.\n\n" +
		"Các đại biểu dự lễ đông đủ. Giám đốc Công an tỉnh tặng Giấy khen 15 cá nhân.\n\n" +
		"Đoàn tham gia nhiều môn thi đấu. Ngày 15/12, đội kickboxing giành 3 HCV. Các vận động viên thi đấu tốt. Tại Lào Cai, 2 người chết do sạt lở.\n"
	d := documentOf(t, text)
	sentWith := func(part string) *sent {
		for _, ss := range d.sentsOf {
			for _, s := range ss {
				if strings.Contains(s.text, part) {
					return s
				}
			}
		}
		t.Fatalf("no sentence with %q", part)
		return nil
	}
	tests := []struct {
		name string
		q    string
		in   string // a part of the candidate's sentence
		// want is the share unmet: none, all, or some (-1: strictly
		// between).
		want float64
	}{
		{"the place in the sentence before", "Lai Châu có bao nhiêu người chết", "4 người chết", 0},
		{"another place's sentence", "Lai Châu có bao nhiêu người chết", "2 người chết", 1},
		{"a place typed in lower case", "tinh lai chau co bao nhieu nguoi chet", "2 người chết", 1},
		{"the day asked is written", "kickboxing giành mấy HCV trong ngày 15/12", "3 HCV", 0},
		{"another day's sentence, the medal written", "kickboxing giành mấy HCV trong ngày 16/12", "3 HCV", some},
		{"a person written by a title", "Nguyễn Hữu Hợp tặng bao nhiêu cá nhân", "15 cá nhân", 0},
		{"a person not written", "Nguyễn Hữu Hợp tặng bao nhiêu cá nhân", "2 người chết", 1},
		{"no constraint asked", "có bao nhiêu người chết", "2 người chết", 0},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		content := d.content(q)
		places := askedPlaces(q)
		got := d.constraintsUnmet(q, constraintWords(content, places), places, sentWith(tt.in))
		if tt.want == some && (got <= 0 || got >= 1) || tt.want != some && got != tt.want {
			t.Errorf("%s: constraintsUnmet(%q, %q) = %v, want %v", tt.name, tt.q, tt.in, got, tt.want)
		}
	}
}

// TestOwnPlaceMet checks that a sentence writing the unit of a place
// alone ("Công an tỉnh") meets the place a question names when its
// article's lead writes the unit with that name, and only then.
func TestOwnPlaceMet(t *testing.T) {
	d := documentOf(t, "date 2024-09 Tin (QNO) - Sáng 19/9, Công an tỉnh Quảng Nam tổ chức lễ khen thưởng.\n\n"+
		"Các đại biểu dự lễ đông đủ. Giám đốc Công an tỉnh tặng Giấy khen 15 cá nhân.\n")
	var s *sent
	for _, ss := range d.sentsOf {
		for _, x := range ss {
			if strings.Contains(x.text, "15 cá nhân") {
				s = x
			}
		}
	}
	tests := []struct {
		q    string
		want float64
	}{
		{"giam doc cong an tinh quang nam tang bao nhieu ca nhan", 0},
		{"Giám đốc Công an tỉnh Quảng Nam tặng bao nhiêu cá nhân", 0},
		{"giam doc cong an tinh lai chau tang bao nhieu ca nhan", 1},
	}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		places := askedPlaces(q)
		if got := d.constraintsUnmet(q, constraintWords(d.content(q), places), places, s); got != tt.want {
			t.Errorf("constraintsUnmet(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// documentOf is the document of one article parsed from text, a raw file
// with its date line; the test fails when either step does.
func documentOf(t *testing.T, text string) *document {
	t.Helper()
	a, err := corpus.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d, err := newDocument(context.Background(), []*corpus.Article{a})
	if err != nil {
		t.Fatal(err)
	}
	return d
}
