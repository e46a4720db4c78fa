package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		section string
		title   string
		source  string
		lead    string
	}{
		{
			name:    "section with dash",
			data:    "date 2024-09 Quốc phòng - An ninh Khen thưởng 33 tập thể, cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc (QNO) - Sáng nay 19/9, hội nghị diễn ra.",
			section: "Quốc phòng - An ninh",
			title:   "Khen thưởng 33 tập thể, cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
			source:  "QNO",
			lead:    "Sáng nay 19/9, hội nghị diễn ra.",
		},
		{
			name:    "section without dash",
			data:    "date 2023-11 Thời sự Hội nghị tổng kết năm (BQN) - Chiều 12/11, tỉnh tổ chức hội nghị.",
			section: "Thời sự",
			title:   "Hội nghị tổng kết năm",
			source:  "BQN",
			lead:    "Chiều 12/11, tỉnh tổ chức hội nghị.",
		},
		{
			name:    "one-word section",
			data:    "date 2024-02 Xã hội Trao quà Tết (QNO) - Ngày 5/2, đoàn đến thăm.",
			section: "Xã hội",
			title:   "Trao quà Tết",
			source:  "QNO",
			lead:    "Ngày 5/2, đoàn đến thăm.",
		},
		{
			name:    "title repeats section words",
			data:    "date 2024-01 Kinh tế Kinh tế tỉnh tăng trưởng 8% (QNO) - Ngày 5/1, sở công bố số liệu.",
			section: "Kinh tế",
			title:   "Kinh tế tỉnh tăng trưởng 8%",
			source:  "QNO",
			lead:    "Ngày 5/1, sở công bố số liệu.",
		},
		{
			name:    "two dashes in section",
			data:    "date 2024-10 Văn hóa - Thể thao - Du lịch Khai mạc lễ hội (VHO) - Tối 22/10, lễ hội khai mạc.",
			section: "Văn hóa - Thể thao - Du lịch",
			title:   "Khai mạc lễ hội",
			source:  "VHO",
			lead:    "Tối 22/10, lễ hội khai mạc.",
		},
		{
			name:    "parentheses before the source",
			data:    "date 2024-10 Văn hóa - Thể thao Lễ hội (TP. Kon Tum) đón khách bảo vệ (ANTQ) mới (BKT) - Tối 22/10, đông người dự (ANTQ) - thật vui.",
			section: "Văn hóa - Thể thao",
			title:   "Lễ hội (TP. Kon Tum) đón khách bảo vệ (ANTQ) mới",
			source:  "BKT",
			lead:    "Tối 22/10, đông người dự (ANTQ) - thật vui.",
		},
		{
			name:    "digits are not a source",
			data:    "date 2024-10 Giáo dục Kỳ thi (2024) - năm học mới (GDTĐ) - Sáng 1/10, học sinh nhập học.",
			section: "Giáo dục",
			title:   "Kỳ thi (2024) - năm học mới",
			source:  "GDTĐ",
			lead:    "Sáng 1/10, học sinh nhập học.",
		},
		{
			name:    "title starting with a digit",
			data:    "date 2024-09 Thời sự 33 tập thể được khen (QNO) - Sáng nay 19/9, hội nghị diễn ra.",
			section: "Thời sự",
			title:   "33 tập thể được khen",
			source:  "QNO",
			lead:    "Sáng nay 19/9, hội nghị diễn ra.",
		},
		{
			name:   "no section when unsure",
			data:   "date 2024-09 khen thưởng tập thể (QNO) - Sáng nay 19/9, hội nghị diễn ra.",
			title:  "khen thưởng tập thể",
			source: "QNO",
			lead:   "Sáng nay 19/9, hội nghị diễn ra.",
		},
		{
			name:   "only lower-case words after the first",
			data:   "date 2024-09 Khen thưởng tập thể (QNO) - Sáng nay 19/9, hội nghị diễn ra.",
			title:  "Khen thưởng tập thể",
			source: "QNO",
			lead:   "Sáng nay 19/9, hội nghị diễn ra.",
		},
		{
			name:    "BOM and leading white space",
			data:    "\ufeff \r\n\t date 2024-09 Thời sự Họp báo (QNO) - Sáng 19/9, họp báo.",
			section: "Thời sự",
			title:   "Họp báo",
			source:  "QNO",
			lead:    "Sáng 19/9, họp báo.",
		},
		{
			name:    "NFD input",
			data:    norm.NFD.String("date 2024-09 Quốc phòng - An ninh Khen thưởng tập thể (QNO) - Sáng nay 19/9, hội nghị."),
			section: "Quốc phòng - An ninh",
			title:   "Khen thưởng tập thể",
			source:  "QNO",
			lead:    "Sáng nay 19/9, hội nghị.",
		},
		{
			name:    "lead over several lines",
			data:    "date 2024-09 Thời sự Họp báo (QNO) - Sáng 19/9,  họp báo \r\ndiễn ra.\r\n\r\nĐoạn một.",
			section: "Thời sự",
			title:   "Họp báo",
			source:  "QNO",
			lead:    "Sáng 19/9, họp báo diễn ra.",
		},
		{
			name:    "lead in the next paragraph",
			data:    "date 2024-09 Thời sự Họp báo (QNO) -\n\nẢnh bìa. Ảnh: X\n\nSáng 19/9, họp báo.\n\nĐoạn một.",
			section: "Thời sự",
			title:   "Họp báo",
			source:  "QNO",
			lead:    "Sáng 19/9, họp báo.",
		},
		{
			name:    "no source: dash before a capital",
			data:    "date 2024-09 Xã hội Trao quà cho học sinh - sinh viên nghèo - Sáng 3/9, đoàn trao quà.",
			section: "Xã hội",
			title:   "Trao quà cho học sinh - sinh viên nghèo",
			lead:    "Sáng 3/9, đoàn trao quà.",
		},
		{
			name:    "title alone on the first line: the next paragraph is the lead",
			data:    "date 2024-09 Xã hội Trao quà cho học sinh nghèo\n\nSáng 3/9, đoàn trao quà.",
			section: "Xã hội",
			title:   "Trao quà cho học sinh nghèo",
			lead:    "Sáng 3/9, đoàn trao quà.",
		},
		{
			name:   "no section or title",
			data:   "date 2023-08 (QNO) - Ngày 14/8, đoàn công tác làm việc tại huyện.",
			source: "QNO",
			lead:   "Ngày 14/8, đoàn công tác làm việc tại huyện.",
		},
		{
			name:   "source without parentheses",
			data:   "date 2024-08 Lũ quét gây thiệt hại ở miền núi ĐNO - Tối 16/8, mưa lớn kéo dài.",
			title:  "Lũ quét gây thiệt hại ở miền núi",
			source: "ĐNO",
			lead:   "Tối 16/8, mưa lớn kéo dài.",
		},
		{
			name:   "source glued to the dash, two spaces before it",
			data:   "date 2026-01 Khởi công nhà máy điện gió  (GLO)- Sáng 5-1, tỉnh khởi công dự án.",
			title:  "Khởi công nhà máy điện gió",
			source: "GLO",
			lead:   "Sáng 5-1, tỉnh khởi công dự án.",
		},
		{
			name:   "title alone, source starting the body",
			data:   "date 2025-08-17 Bão số 5 gây mưa lớn\n\n\n(BNA) - Chiều 17/8, bão đổ bộ.",
			title:  "Bão số 5 gây mưa lớn",
			source: "BNA",
			lead:   "Chiều 17/8, bão đổ bộ.",
		},
		{
			name:  "no source at all",
			data:  "date 2025-03 Giá lúa tăng mạnh\n\nTheo Sở Nông nghiệp, giá lúa tuần qua tăng.",
			title: "Giá lúa tăng mạnh",
			lead:  "Theo Sở Nông nghiệp, giá lúa tuần qua tăng.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := [4]string{a.Section, a.Title, a.Source, a.Lead}
			want := [4]string{tt.section, tt.title, tt.source, tt.lead}
			if got != want {
				t.Errorf("section, title, source, lead = %q,\nwant %q", got, want)
			}
			checkInvariants(t, a)
		})
	}
}

// checkInvariants checks what every parsed article must satisfy.
func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	seen := make(map[string]bool)
	for _, p := range a.Passages {
		if seen[p.ID] {
			t.Errorf("duplicate passage ID %q", p.ID)
		}
		seen[p.ID] = true
		if p.Article != a.ID || !strings.HasPrefix(p.ID, a.ID+"/"+string(p.Kind)) {
			t.Errorf("passage %q: article %q, kind %q", p.ID, p.Article, p.Kind)
		}
		if !norm.NFC.IsNormalString(p.Text) || strings.TrimSpace(p.Text) != p.Text || p.Text == "" {
			t.Errorf("passage %q: text %q not NFC, trimmed and non-empty", p.ID, p.Text)
		}
		if len(p.Sentences) == 0 {
			t.Errorf("passage %q: no sentences", p.ID)
		}
		last := 0
		for i, s := range p.Sentences {
			if s.Start < last || s.End <= s.Start || s.End > len(p.Text) {
				t.Fatalf("passage %q: bad span %v", p.ID, s)
			}
			if x := p.Sentence(i); strings.TrimSpace(x) != x {
				t.Errorf("passage %q: sentence %q has surrounding space", p.ID, x)
			}
			last = s.End
		}
	}
	for _, s := range []string{a.Section, a.Title, a.Source, a.Lead} {
		if !norm.NFC.IsNormalString(s) {
			t.Errorf("%q is not NFC", s)
		}
	}
}

func TestParsePassages(t *testing.T) {
	data := "date 2024-09 Thời sự Họp báo (QNO) - Sáng 19/9, họp báo. Có 5 người.\r\n" +
		"\r\n\r\n" +
		"Quang cảnh họp báo. Ảnh: M.L\r\n" +
		"  \r\n" +
		"Đoạn  một\tdài.   \r\n" +
		"\n" +
		"Đại biểu dự. (Ảnh: Nguyễn Văn A)\n" +
		"\n" +
		"Đoạn hai nói về hình ảnh: những ngôi nhà mới.\n" +
		"\n" +
		"Phong cảnh -  ẢNH :  TTXVN.  \n" +
		"\n" +
		"Ảnh: Lê B\n"
	a, err := Parse("001_abc", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID, Text, Credit string
		Kind             Kind
		N                int
	}
	want := []row{
		{"001_abc/title1", "Họp báo", "", KindTitle, 1},
		{"001_abc/lead1", "Sáng 19/9, họp báo. Có 5 người.", "", KindLead, 2},
		{"001_abc/p1", "Đoạn một dài.", "", KindParagraph, 1},
		{"001_abc/p2", "Đoạn hai nói về hình ảnh: những ngôi nhà mới.", "", KindParagraph, 1},
		{"001_abc/caption1", "Quang cảnh họp báo.", "M.L", KindCaption, 1},
		{"001_abc/caption2", "Đại biểu dự.", "Nguyễn Văn A", KindCaption, 1},
		{"001_abc/caption3", "Phong cảnh", "TTXVN", KindCaption, 1},
		{"001_abc/caption4", "Ảnh: Lê B", "Lê B", KindCaption, 1},
	}
	var got []row
	for _, p := range a.Passages {
		got = append(got, row{p.ID, p.Text, p.Credit, p.Kind, len(p.Sentences)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages:\n got %+v\nwant %+v", got, want)
	}
	checkInvariants(t, a)
	if a.Language != "vi" {
		t.Errorf("Language = %q, want vi", a.Language)
	}
}

func TestSplitCaption(t *testing.T) {
	tests := []struct {
		in, text, credit string
		ok               bool
	}{
		{"Quang cảnh hội nghị. Ảnh: M.L", "Quang cảnh hội nghị.", "M.L", true},
		{"Quang cảnh hội nghị. Ảnh:M.L.", "Quang cảnh hội nghị.", "M.L", true},
		{"Quang cảnh hội nghị.  Ảnh  :   M.L  ", "Quang cảnh hội nghị.", "M.L", true},
		{"Quang cảnh hội nghị (Ảnh: Q.H)", "Quang cảnh hội nghị", "Q.H", true},
		{"Quang cảnh hội nghị. (Ảnh: Q.H).", "Quang cảnh hội nghị.", "Q.H", true},
		{"Quang cảnh - Ảnh: TTXVN", "Quang cảnh", "TTXVN", true},
		{"Học sinh đến trường. Ảnh minh họa: TTXVN", "Học sinh đến trường.", "TTXVN", true},
		{"Học sinh đến trường. (Ảnh minh hoạ: TTXVN)", "Học sinh đến trường.", "TTXVN", true},
		{"Học sinh đến trường. (Ảnh minh họa)", "", "", false},
		{"Quang cảnh hội nghị.", "", "", false},
		{"Nói về hình ảnh: nhà mới", "", "", false},
		{"Quang cảnh. Ảnh:", "", "", false},
		{"Quang cảnh (Ảnh: M.L", "", "", false},
		{"Ảnh: M.L. Sau đó, hội nghị bắt đầu với nhiều nội dung quan trọng", "", "", false},
		{"Ảnh: " + strings.Repeat("x", 61), "", "", false},
		// A credit may write a name with its initial: "B. Minh".
		{"Nước dâng cao ở nhiều thôn. Ảnh: K. Lâm", "Nước dâng cao ở nhiều thôn.", "K. Lâm", true},
		{"Nước dâng cao ở nhiều thôn. Ảnh: T.V. Hòa", "Nước dâng cao ở nhiều thôn.", "T.V. Hòa", true},
		{"Ảnh: K. Lâm. Sau đó nước rút", "", "", false},
		{"Ảnh: Tư liệu. Nhóm Phóng Viên", "", "", false},
		// A credit in capitals with no "Ảnh:".
		{"Đại tá Nguyễn Trọng Dũng phát lệnh ra quân NAM LONG", "Đại tá Nguyễn Trọng Dũng phát lệnh ra quân", "NAM LONG", true},
		{"Hiện trường vụ tai nạn làm nam sinh tử vong TRẦN DUY KHÁNH", "Hiện trường vụ tai nạn làm nam sinh tử vong", "TRẦN DUY KHÁNH", true},
		{"Toàn cảnh buổi lễ phát động thi đua. ẢNH VÕ TÙNG", "Toàn cảnh buổi lễ phát động thi đua.", "VÕ TÙNG", true},
		{"Lãnh đạo tỉnh chụp ảnh với các đại biểu TTXVN", "", "", false},
		{"Đoàn công tác làm việc tại TP.HCM", "", "", false},
		{"HỘI NGHỊ TỔNG KẾT NĂM", "", "", false},
		{"Quang cảnh hội nghị.", "", "", false},
	}
	for _, tt := range tests {
		text, credit, ok := splitCaption(tt.in)
		if text != tt.text || credit != tt.credit || ok != tt.ok {
			t.Errorf("splitCaption(%q) = %q, %q, %v; want %q, %q, %v", tt.in, text, credit, ok, tt.text, tt.credit, tt.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		data string
		want Date
	}{
		{"morning", "date 2024-09 Thời sự Họp (QNO) - Sáng nay 19/9, họp.", Date{2024, 9, 19, "19/9"}},
		{"afternoon", "date 2023-11 Thời sự Họp (QNO) - Chiều 12/11, họp.", Date{2023, 11, 12, "12/11"}},
		{"evening", "date 2024-10 Thời sự Họp (QNO) - Tối 22/10, họp.", Date{2024, 10, 22, "22/10"}},
		{"day word", "date 2024-03 Thời sự Họp (QNO) - Ngày 5/3, họp.", Date{2024, 3, 5, "5/3"}},
		{"padded", "date 2024-03 Thời sự Họp (QNO) - Ngày 05/03, họp.", Date{2024, 3, 5, "05/03"}},
		{"in parentheses", "date 2024-09 Thời sự Họp (QNO) - Hôm qua (18/9), họp.", Date{2024, 9, 18, "18/9"}},
		{"with year", "date 2024-09 Thời sự Họp (QNO) - Ngày 19/9/2024, họp.", Date{2024, 9, 19, "19/9"}},
		{"written year wins", "date 2024-01 Thời sự Họp (QNO) - Ngày 30/12/2023, họp.", Date{2023, 12, 30, "30/12"}},
		{"other month", "date 2024-10 Thời sự Họp (QNO) - Chiều 30/9, họp.", Date{2024, 9, 30, "30/9"}},
		{"first of several", "date 2024-09 Thời sự Họp (QNO) - Từ 17/9 đến 19/9, họp.", Date{2024, 9, 17, "17/9"}},
		{"not a date", "date 2024-09 Thời sự Họp (QNO) - Theo văn bản 12/2024/NĐ-CP và 45/60 người, họp.", Date{Year: 2024, Month: 9}},
		{"only in a later sentence", "date 2024-09 Thời sự Họp (QNO) - Hội nghị diễn ra. Ngày 19/9 kết thúc.", Date{Year: 2024, Month: 9}},
		{"no lead: first paragraph", "date 2024-09 Thời sự Họp\n\nSáng 19/9, họp.", Date{2024, 9, 19, "19/9"}},
		{"no day", "date 2024-09 Thời sự Họp (QNO) - Hội nghị diễn ra.", Date{Year: 2024, Month: 9}},
		{"day in the date line", "date 2025-08-17 Thời sự Họp (QNO) - Hội nghị diễn ra.", Date{2025, 8, 17, "17/8"}},
		{"the lead's day wins over the date line's", "date 2025-08-17 Thời sự Họp (QNO) - Chiều 16/8, họp.", Date{2025, 8, 16, "16/8"}},
		{"dash after a time of day", "date 2026-01 Thời sự Họp (GLO)- Sáng 5-1, họp.", Date{2026, 1, 5, "5-1"}},
		{"dash with a year", "date 2024-10 Thời sự Họp (QNO) - Ngày 4-10-2024, họp.", Date{2024, 10, 4, "4-10"}},
		{"a score is not a date", "date 2024-10 Thể thao Đội nhà thắng (QNO) - Đội nhà thắng 5-1 trên sân khách.", Date{Year: 2024, Month: 10}},
		{"a range of years is not a date", "date 2024-10 Thời sự Họp (QNO) - Giai đoạn 2019 - 2024, họp.", Date{Year: 2024, Month: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if a.Date != tt.want {
				t.Errorf("Date = %+v, want %+v", a.Date, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"white space", " \r\n\ufeff\n", ErrEmpty},
		{"invalid UTF-8", "date 2024-09 Th\xffi sự", ErrInvalidUTF8},
		{"no date line", "Thời sự Họp (QNO) - Sáng 19/9.", ErrNoDateLine},
		{"date not first", "Tiêu đề\ndate 2024-09 Thời sự", ErrNoDateLine},
		{"bad month", "date 2024-13 Thời sự Họp", ErrNoDateLine},
		{"no space after date", "date 2024-09Thời sự Họp", ErrNoDateLine},
		{"crawler leftovers only", "|\n\n| |\n", ErrNoDateLine},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("bad_1", []byte(tt.data))
			if !errors.Is(err, tt.want) || a != nil {
				t.Fatalf("Parse = %v, %v; want error %v", a, err, tt.want)
			}
			if !strings.Contains(err.Error(), "bad_1") {
				t.Errorf("error %q does not name the article", err)
			}
		})
	}
}

// TestParseCrawled reads the shapes crawled pages take: captions without a
// credit or inside a paragraph, triple blank lines and a byline last.
func TestParseCrawled(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		author   string
		passages []string // kind:text
	}{
		{
			name:     "byline in capitals",
			data:     "date 2024-05 Xe khách lật trên đèo (TNO) - Sáng 3-5, xe khách lật.\n\n\n\nHai người bị thương.\n\nVÂN ANH\n",
			author:   "VÂN ANH",
			passages: []string{"title:Xe khách lật trên đèo", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "byline after Theo, with a source code",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nTheo KHÁNH HOAN (TNO)",
			author:   "Theo KHÁNH HOAN (TNO)",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "several authors",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nT.NGUYỄN - TL - V.HÀ",
			author:   "T.NGUYỄN - TL - V.HÀ",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "byline as a name in mixed case",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nThái Thanh",
			author:   "Thái Thanh",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "byline as a name with a code in brackets",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nNgọc Lan (CTV)",
			author:   "Ngọc Lan (CTV)",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "labelled writer, then labelled source",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nTác giả: Thanh Thảo\n\nNguồn tin: Báo Người lao động",
			author:   "Thanh Thảo",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "labelled text and photos, with the writer's unit",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nTin, ảnh: Lan Hương (Công an tỉnh)",
			author:   "Lan Hương (Công an tỉnh)",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "a labelled source alone is the byline",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nNguồn: TTXVN",
			author:   "TTXVN",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "a byline glued to the last sentence",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương, được đưa đến bệnh viện huyện cấp cứu trong đêm. Hoàng Sơn\n",
			author:   "Hoàng Sơn",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương, được đưa đến bệnh viện huyện cấp cứu trong đêm."},
		},
		{
			name:     "a city's abbreviation before the last words is no byline's end",
			data:     "date 2024-05 Lễ hội (TNO) - Sáng 3-5, lễ hội khai mạc.\n\nHàng nghìn người dân và du khách đã đến dự lễ hội năm nay tại TP. Đà Nẵng\n",
			passages: []string{"title:Lễ hội", "lead:Sáng 3-5, lễ hội khai mạc.", "p:Hàng nghìn người dân và du khách đã đến dự lễ hội năm nay tại TP. Đà Nẵng"},
		},
		{
			name:     "a closing phrase in title case is no byline",
			data:     "date 2024-05 Lễ hội (TNO) - Sáng 3-5, lễ hội khai mạc.\n\nHàng nghìn người dân và du khách đã đến dự lễ hội năm nay ở thành phố. Xem Thêm\n",
			passages: []string{"title:Lễ hội", "lead:Sáng 3-5, lễ hội khai mạc.", "p:Hàng nghìn người dân và du khách đã đến dự lễ hội năm nay ở thành phố. Xem Thêm"},
		},
		{
			name:     "a labelled source before a byline in capitals",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nNguồn: TTXVN\n\nVÂN ANH",
			author:   "VÂN ANH",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương."},
		},
		{
			name:     "a label that is no byline's stays a paragraph",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nKết quả: Hai người bị thương",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Kết quả: Hai người bị thương"},
		},
		{
			name:     "a short paragraph ending in a name keeps it",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nKhách mời gồm. Nguyễn Văn An",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Khách mời gồm. Nguyễn Văn An"},
		},
		{
			name:     "a short last phrase in brackets with a lower-case word is no byline",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nXem thêm (VIDEO)",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Xem thêm (VIDEO)"},
		},
		{
			name:     "a caption in the title's place is a caption, its credit apart",
			data:     "date 2024-05 Đoàn múa lân tại sân đình. (Ảnh: HOÀNG LONG)\n\nSáng 3-5, hội làng xã Tân Phú mở với các trò chơi dân gian, múa lân và đua thuyền trên sông.\n\nHai nghìn người dự.",
			passages: []string{"lead:Sáng 3-5, hội làng xã Tân Phú mở với các trò chơi dân gian, múa lân và đua thuyền trên sông.", "p:Hai nghìn người dự.", "caption:Đoàn múa lân tại sân đình."},
		},
		{
			name:     "a short last phrase with a lower-case word is no byline",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nXem thêm",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Xem thêm"},
		},
		{
			name:     "a short last sentence is no byline",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nHai người bị thương.\n\nVụ việc đang được điều tra.",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Vụ việc đang được điều tra."},
		},
		{
			name:     "a name alone over a posting stamp, lines broken inside sentences",
			data:     "date 2025-09-29 Ninh Bình: 6 người chết do bão\nChu Minh Khôi\n29/09/2025, 11:40\nBão gây thiệt hại. Tại xã Quỹ Nhất, lốc làm\nsập nhà, làm 4 người chết, 3\nngười bị thương. Tại tổ\n3, xã Hải Thịnh có lốc.\nTẬP TRUNG KHẮC PHỤC\nTỉnh hỗ trợ các gia đình.",
			author:   "Chu Minh Khôi",
			passages: []string{"title:Ninh Bình: 6 người chết do bão", "lead:Bão gây thiệt hại. Tại xã Quỹ Nhất, lốc làm sập nhà, làm 4 người chết, 3 người bị thương. Tại tổ 3, xã Hải Thịnh có lốc.", "p:29/09/2025, 11:40", "p:TẬP TRUNG KHẮC PHỤC", "p:Tỉnh hỗ trợ các gia đình."},
		},
		{
			name:     "caption after Trong ảnh, caption inside a paragraph",
			data:     "date 2024-05 Xe khách lật (TNO) - Sáng 3-5, xe khách lật.\n\nTrong ảnh: Hiện trường vụ tai nạn.\n\nHai người bị thương.\nLực lượng cứu hộ tại hiện trường. Ảnh: K.H\nXe được cẩu lên lúc trưa.",
			passages: []string{"title:Xe khách lật", "lead:Sáng 3-5, xe khách lật.", "p:Hai người bị thương.", "p:Xe được cẩu lên lúc trưa.", "caption:Hiện trường vụ tai nạn.", "caption:Lực lượng cứu hộ tại hiện trường."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tt.author {
				t.Errorf("Author = %q, want %q", a.Author, tt.author)
			}
			var got []string
			for _, p := range a.Passages {
				got = append(got, string(p.Kind)+":"+p.Text)
			}
			if !reflect.DeepEqual(got, tt.passages) {
				t.Errorf("passages:\n got %q\nwant %q", got, tt.passages)
			}
			checkInvariants(t, a)
		})
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2024, 9, 19, "19/9"}, "19/9/2024"},
		{Date{2026, 1, 5, "5-1"}, "5-1-2026"},
		{Date{2025, 8, 17, ""}, "17/8/2025"},
		{Date{Year: 2024, Month: 9}, "9/2024"},
		{Date{2024, 10, 5, "October 5"}, "October 5, 2024"},
		{Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// TestTitlePassage reads the credit a title that is a photo's caption
// writes at its end, and no other ending as one.
func TestTitlePassage(t *testing.T) {
	tests := []struct {
		in, text, credit string
	}{
		{"Đoàn múa lân tại sân đình. (Ảnh: HOÀNG LONG)", "Đoàn múa lân tại sân đình.", "HOÀNG LONG"},
		{"Nước ngập sâu ở thôn Bản Mế. Ảnh: K. Lâm", "Nước ngập sâu ở thôn Bản Mế.", "K. Lâm"},
		{"Khai mạc hội thao ngành y tế VĨNH LONG", "Khai mạc hội thao ngành y tế VĨNH LONG", ""},
		{"Hội nghị tổng kết năm 2024", "Hội nghị tổng kết năm 2024", ""},
	}
	for _, tt := range tests {
		p := titlePassage(tt.in)
		if p.Text != tt.text || p.Credit != tt.credit || p.Kind != KindTitle {
			t.Errorf("titlePassage(%q) = %q, %q; want %q, %q", tt.in, p.Text, p.Credit, tt.text, tt.credit)
		}
	}
}
