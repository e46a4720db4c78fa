package corpus

import (
	"slices"
	"testing"
)

// leadEvent parses an article and returns its event fact.
func leadEvent(t *testing.T, raw string) Fact {
	t.Helper()
	a, err := Parse("t", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Extract(a) {
		if f.Type == FactEvent {
			return f
		}
	}
	t.Fatal("no event")
	return Fact{}
}

func TestEventVenue(t *testing.T) {
	tests := []struct {
		name, raw, where string
	}{
		{"a venue in lower case",
			"date 2025-08-17 An ninh Ngày hội ĐNO - Tối 16/8, tại công viên Thanh Bình, UBND phường Hải Châu tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
			"công viên Thanh Bình"},
		{"a capitalised venue",
			"date 2024-11 Văn hóa Hội thao (BKT) - Chiều 12/11, tại Nhà Văn hóa tỉnh, Sở Văn hóa tổ chức lễ bế mạc Hội thao.",
			"Nhà Văn hóa tỉnh"},
		{"an event is no venue",
			"date 2025-09-24 Thời sự Đại hội (TQ) - Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh khai mạc với 415 đại biểu.\n\nHình ảnh các đại biểu tại Đại hội.",
			""},
		{"the venue ends where the sentence goes on",
			"date 2025-12-16 Thể thao SEA Games (TT) - Ngày 16/12, đoàn Việt Nam thi đấu thành công tại SEA Games 33 khi các VĐV đem về 8 HCV.",
			"SEA Games 33"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadEvent(t, tt.raw).Where; got != tt.where {
				t.Errorf("Where = %q, want %q", got, tt.where)
			}
		})
	}
}

func TestLocality(t *testing.T) {
	tests := []struct{ org, want string }{
		{"Công an tỉnh Quảng Nam", "tỉnh Quảng Nam"},
		{"UBND phường Hải Châu (thành phố Đà Nẵng)", "phường Hải Châu (thành phố Đà Nẵng)"},
		// A place word and a name apart are no place: "Chủ tịch nước,
		// Chính phủ" names two bodies.
		{"Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ", ""},
	}
	for _, tt := range tests {
		if got := locality(tt.org); got != tt.want {
			t.Errorf("locality(%q) = %q, want %q", tt.org, got, tt.want)
		}
	}
}

// TestEventOrganisers checks that the organisers of an event are read
// after a phrase fronted before the subject, without the tense words that
// end the subject, and that a subject that reports another's deed names no
// organiser.
func TestEventOrganisers(t *testing.T) {
	tests := []struct {
		name, lead string
		want       []string
	}{
		{"a list of bodies", "Bộ Giáo dục và Đào tạo, Hội Liên hiệp Thanh niên Việt Nam tổ chức lễ trao học bổng.",
			[]string{"Bộ Giáo dục và Đào tạo", "Hội Liên hiệp Thanh niên Việt Nam"}},
		{"a fronted purpose and day", "Nhằm tăng cường quản lý an toàn thực phẩm, ngày 23/9, Chi cục An toàn vệ sinh thực phẩm tổ chức kiểm tra.",
			[]string{"Chi cục An toàn vệ sinh thực phẩm"}},
		{"a tense word", "HĐND thành phố khóa X sẽ tổ chức kỳ họp thứ 5.", []string{"HĐND thành phố khóa X"}},
		{"a report of another's deed", "Sở Y tế cho biết, ca phẫu thuật đầu tiên do bác sĩ Bệnh viện Bình Dân thực hiện.", nil},
		{"a word of reporting inside a body's name", "Sáng 5/9, Cục Công nghệ thông tin tổ chức hội thảo về chuyển đổi số cho các đơn vị.", []string{"Cục Công nghệ thông tin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t", []byte("date 2025-09 "+tt.lead+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range ofType(Extract(a), FactEvent) {
				got = append(got, f.Organisers...)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("organisers %q, want %q", got, tt.want)
			}
		})
	}
}
