package answer

import (
	"context"
	"strings"
	"testing"
)

func TestEventPlace(t *testing.T) {
	tests := []struct {
		name, raw, q string
		want         string // in the answer; "" for no answer from the event
	}{
		{"the venue",
			"date 2025-08-17 An ninh Ngày hội (ĐNO) - Tối 16/8, tại công viên Thanh Bình, UBND phường Hải Châu tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
			"ngày hội tổ chức ở đâu", "công viên Thanh Bình"},
		{"a venue of any kind",
			"date 2025-08-17 An ninh Ngày hội (ĐNO) - Tối 16/8, tại công viên Thanh Bình, UBND phường Hải Châu tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
			"ngày hội tổ chức tại địa điểm nào", "công viên Thanh Bình"},
		{"without a venue, the organiser's province",
			"date 2024-09-19 An ninh Hội nghị (QNA) - Sáng 19/9, Công an tỉnh Quảng Nam tổ chức hội nghị biểu dương điển hình tiên tiến.",
			"hội nghị được tổ chức ở tỉnh nào", "tỉnh Quảng Nam"},
		{"a venue of another kind than asked",
			"date 2025-10-12 Thời sự Đại hội (TTX) - Sáng 12/10, Đại hội đại biểu Đảng bộ Chính phủ được tổ chức tại Trung tâm Hội nghị Quốc gia.",
			"đại hội diễn ra ở tỉnh nào", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, tt.raw)
			c := generatedBy(e, tt.q, func(q question, content []word, sc *scope) candidate { return e.event(q, content, sc, dated{}) })
			if tt.want == "" {
				if c.answer != "" {
					t.Errorf("%q: %q, want none", tt.q, c.answer)
				}
				return
			}
			if !strings.Contains(c.answer, tt.want) {
				t.Errorf("%q: %q, want %q", tt.q, c.answer, tt.want)
			}
		})
	}
}

// TestEventNoRefusal checks that no event answer is a text saying the
// article does not say.
func TestEventNoRefusal(t *testing.T) {
	e := articleEngine(t, "date 2025-08-17 Thời sự Kỷ niệm (VTC) - Sáng 17/8, Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ tổ chức trọng thể Lễ kỷ niệm 80 năm Ngày truyền thống Công an Nhân dân.")
	for _, q := range []string{"lễ kỷ niệm tổ chức ở đâu", "lễ kỷ niệm diễn ra ở tỉnh nào"} {
		a := e.Ask(context.Background(), q, nil)
		if a.Kind != KindNone {
			t.Errorf("%q: %q (%v), want none", q, a.Answer, a.Kind)
		}
	}
}

func TestAsksWhatEvent(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"lễ gì", true},
		{"hội nghị gì", true},
		{"sự kiện gì", true},
		// What a term means, or a thing of another kind.
		{"Hội LHPN là gì", false},
		{"phường nào tổ chức ngày hội", false},
	}
	for _, tt := range tests {
		if got := asksWhatEvent(parseQuestion(tt.q)); got != tt.want {
			t.Errorf("asksWhatEvent(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestEventPeriodAlone checks that a question that asks only which period
// ("nhiệm kỳ nào?", "nhiệm kỳ mấy") is answered with the period of the
// article's own event, though it names nothing the index could find.
func TestEventPeriodAlone(t *testing.T) {
	e := articleEngine(t, "date 2025-09-24 Thời sự Đại hội (TTX) - Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc với sự tham dự của 415 đại biểu chính thức.")
	tests := []struct {
		q, want string // want in the answer
	}{
		{"nhiệm kỳ nào?", "2025 - 2030"},
		{"nhiem ky nao", "2025 - 2030"},
		{"nhiệm kỳ mấy", "2025 - 2030"},
		{"đại hội nhiệm kỳ mấy?", "2025 - 2030"},
	}
	for _, tt := range tests {
		if c := generatedBy(e, tt.q, func(q question, content []word, sc *scope) candidate { return e.event(q, content, sc, dated{}) }); !strings.Contains(c.answer, tt.want) {
			t.Errorf("%q: %q, want %q", tt.q, c.answer, tt.want)
		}
	}
}

// TestEventAsWritten checks that the event generator answers with the
// article's own writing: a period with its head word and numbers as
// written, and a span of days the lead gives as a span.
func TestEventAsWritten(t *testing.T) {
	tests := []struct {
		name, article, q, want string
	}{
		{"term as written", "date 2025-10-12 Thời sự Đại hội (TTX) - Đại hội đại biểu Đảng bộ Chính phủ lần thứ nhất, nhiệm kỳ 2025-2030 được tổ chức ngày 12-13/10 tại Trung tâm Hội nghị Quốc gia.", "đại hội nhiệm kỳ nào", "Nhiệm kỳ 2025-2030."},
		{"span of days", "date 2025-10-12 Thời sự Đại hội (TTX) - Đại hội đại biểu Đảng bộ Chính phủ lần thứ nhất, nhiệm kỳ 2025-2030 được tổ chức ngày 12-13/10 tại Trung tâm Hội nghị Quốc gia.", "Đại hội tổ chức vào ngày nào?", "12-13/10."},
		{"days from one to another", "date 2025-10-12 Kinh tế Hội chợ (TTX) - Hội chợ nông sản được tổ chức từ 12 đến 14/10 tại Nhà Văn hóa tỉnh.", "hội chợ diễn ra ngày nào", "Từ 12 đến 14/10."},
		{"another thing's term", "date 2025-09-24 Thời sự Đại hội (TTX) - Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.\n\nĐại hội thông qua báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ 2020-2025.", "báo cáo kiểm điểm nhiệm kỳ nào", ""},
		{"the event's own term", "date 2025-09-24 Thời sự Đại hội (TTX) - Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.\n\nĐại hội thông qua báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ 2020-2025.", "nhiệm kỳ mấy", "Nhiệm kỳ 2025 - 2030."},
		{"one day", "date 2024-09-19 Thời sự Hội nghị (TTX) - Sáng 19/9, Công an tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến.", "hội nghị diễn ra ngày nào", "Sáng 19/9/2024."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := articleEngine(t, tt.article)
			if c := generatedBy(e, tt.q, func(q question, content []word, sc *scope) candidate { return e.event(q, content, sc, dated{}) }); c.answer != tt.want {
				t.Errorf("%q: %q, want %q", tt.q, c.answer, tt.want)
			}
		})
	}
}
