package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestCalendarTimeNeedsATime checks that a question asking a day, a month,
// a year or a clock time gets no candidate that writes neither a time nor
// a number, while "khi nào" may be answered by a clause.
func TestCalendarTimeNeedsATime(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Văn hóa Lễ hội pháo hoa (ABC) - Tối 31/5/2025, lễ hội pháo hoa khai mạc tại Đà Nẵng.\n\n"+
		"Ca sĩ Tùng Dương, Kiều Anh là những gương mặt sẽ xuất hiện trong đêm khai mạc lễ hội.")
	for _, q := range []string{"lễ hội khai mạc ngày nào", "ca sĩ Tùng Dương xuất hiện trong đêm khai mạc ngày nào"} {
		for _, c := range e.Candidates(context.Background(), q) {
			if !hasDigit(c.Answer) {
				t.Errorf("%q: candidate %q (%s) writes no time", q, c.Answer, c.Generator)
			}
		}
	}
	cases := []struct {
		q    string
		want bool
	}{
		{"lễ hội khai mạc ngày nào", true},
		{"khai mac luc may gio", true},
		{"năm nào tỉnh được tái lập", true},
		{"tai nạn xảy ra khi nào", false},
		{"ai khai mạc lễ hội", false},
	}
	for _, c := range cases {
		if got := asksCalendarTime(parseQuestion(c.q)); got != c.want {
			t.Errorf("asksCalendarTime(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestContentLeavesOutWhatArticlesDoNotWrite checks the question's words
// the engine looks for: not the word that puts the name of a person the
// articles name after it ("ông" of "ông dũng", who is written "Chủ tịch
// UBND tỉnh Lê Văn Dũng"), nor the cue of a part of the day ("buổi" of
// "buổi sáng", written "Sáng 19/9"), nor the words of the sign "%"
// after a count's question word, nor "làm" right before "gì"; the same
// words elsewhere stay.
func TestContentLeavesOutWhatArticlesDoNotWrite(t *testing.T) {
	e := seedEngine(t)
	tests := []contentCase{
		{"ông dũng có tặng bằng khen không", []string{"dung", "tang"}, []string{"ong"}},
		{"ong hop la ai", []string{"hop"}, []string{"ong"}},
		// No person of the seed is called so: the word stays.
		{"ông già có tặng quà không", []string{"ong", "gia"}, nil},
		// A rank or a word that folds like one is written: it stays.
		{"thượng tá hợp giữ chức gì", []string{"thuong", "ta", "hop"}, nil},
		{"tượng dũng ở đâu", []string{"tuong", "dung"}, nil},
		{"hội nghị tổ chức buổi sáng phải không", []string{"sang", "nghi"}, []string{"buoi"}},
		{"buổi lễ diễn ra ở đâu", []string{"buoi", "le"}, nil},
		// Words that fold like a cue of the part of the day stay.
		{"gió đêm nay mạnh cấp mấy", []string{"gio"}, nil},
		{"tàu cá đêm qua bị chìm ở đâu", []string{"ca"}, nil},
		// A causative verb right before a count's question word frames
		// what the event caused; elsewhere it is a word to find.
		{"tai nạn làm bao nhiêu người chết", []string{"tai", "chet"}, []string{"lam"}},
		{"vu chay khien may nguoi bi thuong", []string{"chay", "thuong"}, []string{"khien"}},
		{"bao nhiêu người làm việc tại xưởng", []string{"lam", "xuong"}, nil},
		// The words of the sign "%" after a count's question word: the
		// articles write the sign.
		{"số mô hình tăng bao nhiêu phần trăm", []string{"mo", "tang"}, []string{"phan", "tram"}},
		{"mo hinh tang bao nhieu %", []string{"mo", "tang"}, []string{"phan", "tram"}},
		{"tỷ lệ phần trăm mô hình là bao nhiêu", []string{"phan", "tram"}, nil},
		// Money asked after the question word: the articles write an
		// amount.
		{"hội viên được thưởng bao nhiêu tiền", []string{"thuong"}, []string{"tien"}},
		{"tiền thưởng là bao nhiêu", []string{"tien", "thuong"}, nil},
		// A generic verb right before the question word asks what was
		// done; elsewhere it is a word to find.
		{"ông dũng đã làm gì tại hội nghị", []string{"dung", "nghi"}, []string{"lam"}},
		{"phieu xet nghiem de lam gi", []string{"phieu", "nghiem"}, []string{"lam"}},
		// The article itself, where the question places what it asks;
		// not a question about the article as such.
		{"Theo bài, có bao nhiêu mô hình?", []string{"mo", "hinh"}, []string{"theo", "bai"}},
		{"mô hình nào được nêu trong bài viết", []string{"mo", "hinh"}, []string{"bai", "viet"}},
		{"ai viết bài này", []string{"bai"}, nil},
		// A verb asking a length of time: the articles write the span.
		{"mất bao lâu để phá chuyên án", []string{"pha", "chuyen"}, []string{"mat"}},
		{"đối tượng lấy mất gì", []string{"lay", "mat"}, nil},
		// The sign "%" after a number, as the articles write it.
		{"số mô hình tăng 3,5% phải không", []string{"mo", "tang"}, []string{"phan", "tram"}},
		{"số mô hình tăng 3,5 phần trăm phải không", []string{"mo", "tang"}, []string{"phan", "tram"}},
		// A where-question's filler is read as typed: "tải" is no "tại".
		{"tài xế xe tải ở đâu", []string{"tai", "xe"}, []string{"o"}},
		{"tai xe xe tai o dau", []string{"xe"}, []string{"o"}},
	}
	checkContent(t, e, tests)
}

// TestContentKeepsNamesTypedWithoutMarks: a syllable of a place's name
// typed without marks after its unit is no filler ("cho" of "phuong cho
// lon"); "thuộc" of a where-question is a filler the answering sentence
// need not repeat ("phường Chợ Lớn, TP.HCM").
func TestContentKeepsNamesTypedWithoutMarks(t *testing.T) {
	e := articleEngine(t, "date 2024-08-08 Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức đại hội. Một nạn nhân được đưa đi cấp cứu.\n")
	tests := []contentCase{
		{"phuong cho lon thuoc dau", []string{"phuong", "cho", "lon"}, []string{"thuoc"}},
		{"phường Chợ Lớn thuộc thành phố nào", []string{"phuong", "cho", "lon"}, []string{"thuoc"}},
		// A filler stays one, typed with marks or without, whatever
		// the articles write beside it ("đưa đi").
		{"nan nhan duoc dua di dau", []string{"nan", "nhan", "dua"}, []string{"di"}},
		{"nạn nhân được đưa đi đâu", []string{"nan", "nhan", "dua"}, []string{"di"}},
		// Not after a unit of place, nor written beside its neighbour.
		{"dai hoi to chuc cho ai", []string{"hoi"}, []string{"cho"}},
	}
	checkContent(t, e, tests)
}

// contentCase is a question and the words, folded, its content holds and
// does not hold.
type contentCase struct {
	q         string
	in, notIn []string
}

// checkContent checks e's content words of each case's question.
func checkContent(t *testing.T, e *Engine, tests []contentCase) {
	t.Helper()
	for _, tt := range tests {
		text, _ := canonicalQuestion(tt.q)
		got := map[string]bool{}
		for _, w := range e.content(e.parse(text)) {
			got[w.fold] = true
		}
		for _, w := range tt.in {
			if !got[w] {
				t.Errorf("content(%q) lacks %q", tt.q, w)
			}
		}
		for _, w := range tt.notIn {
			if got[w] {
				t.Errorf("content(%q) holds %q", tt.q, w)
			}
		}
	}
}

// TestYesNoAnsweredByVerdict checks that a yes-no question naming no
// options gets a yes, a no or nothing, never a sentence that says neither.
func TestYesNoAnsweredByVerdict(t *testing.T) {
	e := seedEngine(t)
	ctx := t.Context()
	for _, q := range []string{
		"hội nghị có phải do Công an tỉnh tổ chức không",
		"có phải ông Lê Văn Dũng trao bằng khen không",
		"hội nghị có được truyền hình trực tiếp không",
		"Đại tá Hợp có phát biểu không",
	} {
		for _, c := range e.Candidates(ctx, q) {
			if !saysVerdict(c.Answer) {
				t.Errorf("%q: candidate %q (%s) says neither yes nor no", q, c.Answer, c.Generator)
			}
		}
	}
	// A question naming options may be answered by the option.
	if got := e.Candidates(ctx, "hội nghị tổ chức buổi sáng hay buổi chiều"); len(got) == 0 {
		t.Error("no candidate for a question naming its options")
	}
}

// TestThisYearAsWritten checks that "năm nay" of a question is read as
// the article writes it, not as the article's year, which its sentences
// leave unwritten: the sentence saying "năm nay" answers.
func TestThisYearAsWritten(t *testing.T) {
	e := articleEngine(t, "date 2023-02 Kinh tế Chợ hoa (TTO) - Sáng 20/1, chợ hoa xuân mở cửa.\n\n"+
		"Theo ông Toàn, chủ một vựa hoa, do thời tiết năm nay nóng quá nên hoa nở sớm, rất khó bán.\n\n"+
		"Ông Toàn cho biết vựa hoa của ông đã hoạt động 12 năm.")
	for _, q := range []string{"vi sao nam nay hoa no som?", "Vì sao năm nay hoa nở sớm"} {
		got := e.Ask(t.Context(), q, nil)
		if !strings.Contains(got.Answer, "nóng") {
			t.Errorf("%q: answer %q, want the reason the sentence writes", q, got.Answer)
		}
	}
}

// TestBirthYearNoEventDate checks that a question asking a year of birth
// gets no date of the event: "sinh năm mấy" of a crash's article is
// answered by a person's note or not at all.
func TestBirthYearNoEventDate(t *testing.T) {
	e := articleEngine(t, "date 2017-07 Hiện trường vụ tai nạn. (Ảnh: TTXVN)\n\n"+
		"Khoảng 8 giờ 30 phút ngày 25/7, trên Quốc lộ 2 đã xảy ra vụ tai nạn giữa xe buýt và xe đầu kéo khiến 1 người tử vong.Theo nhân chứng, xe buýt do tài xế Ngô Quốc Huy, sinh năm 1974, điều khiển va chạm với xe đầu kéo do tài xế Phạm Mạnh Cường sinh năm 1984 điều khiển.")
	for _, q := range []string{"tài xế xe buýt sinh năm mấy", "nan nhan sinh nam may"} {
		for _, c := range e.Candidates(t.Context(), q) {
			if c.Generator == string(genEvent) || c.Generator == string(genDated) {
				t.Errorf("%q: %s candidate %q", q, c.Generator, c.Answer)
			}
		}
	}
	// A question asking no year of birth still gets the event's date.
	if got := e.Candidates(t.Context(), "vụ tai nạn xảy ra năm nào"); !slices.ContainsFunc(got, func(c Candidate) bool { return c.Generator == string(genEvent) }) {
		t.Error("no event candidate for the year of the crash")
	}
}

// TestContentKeepsPersonNames: a syllable of a name the articles give a
// person is a word to find however it is typed, though it folds like a
// stopword ("Nhung" of Hồ Thị Kim Nhung, no "những").
func TestContentKeepsPersonNames(t *testing.T) {
	e := articleEngine(t, "date 2025-06 Kinh tế Sầu riêng mất mùa - Giá sầu riêng giảm.\n\nChị Hồ Thị Kim Nhung (SN 1975, trú tại xã Ea Knuêc) cho hay, sản lượng giảm.\n")
	checkContent(t, e, []contentCase{
		{"chi Nhung sinh nam may", []string{"nhung", "sinh"}, nil},
		{"chị nhung sinh năm mấy", []string{"nhung", "sinh"}, nil},
		// No such person: the stopword stays one.
		{"những ai sinh năm 1975", []string{"sinh"}, []string{"nhung"}},
	})
}
