package answer

import (
	"context"
	"testing"
)

// accident is an article whose lead says where its event was, and where
// a person lives.
const accident = "date 2023-09-05 Thời sự Tai nạn trên quốc lộ (VTC) - Khoảng 15h30 chiều 4/9, tại quốc lộ 50 thuộc địa bàn xã Tân Mỹ Chánh, TP. Mỹ Tho, tỉnh Tiền Giang, đã xảy ra 1 vụ tai nạn giao thông làm 1 thanh niên cư ngụ tại huyện Chợ Gạo tử vong.\n\n" +
	"Như vậy trong 4 ngày qua, trên địa bàn tỉnh đã xảy ra 4 vụ tai nạn giao thông tại xã Bình Đức và xã Long Định."

func TestEventPlaceOfKind(t *testing.T) {
	e := articleEngine(t, accident)
	tests := []struct {
		q    string
		want string // the event place candidate; "" for none
	}{
		{"o xa nao", "xã Tân Mỹ Chánh"},
		{"Ở xã nào?", "xã Tân Mỹ Chánh"},
		{"thuoc tinh nao", "tỉnh Tiền Giang"},
		{"vụ việc xảy ra ở tỉnh nào", "tỉnh Tiền Giang"},
		{"tai nạn ở xã nào", "xã Tân Mỹ Chánh"},
		// Where a person lives is not where the event was.
		{"ở huyện nào", ""},
		// The question names something else: the index answers it.
		{"thanh niên cư ngụ ở huyện nào", ""},
		// No kind of place asked.
		{"ở đâu", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator == string(genPlaceOfKind) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: event place %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestAsksOfEventAlone(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"o xa nao", true},
		{"thuoc huyen nao", true},
		{"vụ việc xảy ra ở tỉnh nào", true},
		{"Đại hội diễn ra ở thành phố nào", true},
		{"năm nào", true},
		{"lễ khai mạc diễn ra ngày nào", true},
		// "trao" says which event: the index finds it.
		{"lễ trao diễn ra ngày nào", false},
		{"thanh niên cư ngụ ở huyện nào", false},
		{"Laguna Phuket Marathon diễn ra ở nước nào", false},
		{"phát hiện vụ việc ngày nào", false},
	}
	e := articleEngine(t, accident)
	for _, tt := range tests {
		q := e.parse(tt.q)
		if got := asksOfEventAlone(e.content(q)); got != tt.want {
			t.Errorf("%q: asks of the event alone %v, want %v (content %v)", tt.q, got, tt.want, e.content(q))
		}
	}
}

func TestYearOf(t *testing.T) {
	tests := []struct{ date, want string }{
		{"19/9/2024", "2024"},
		{"14.7.2023", "2023"},
		{"12-2-2023", "2023"},
		{"10/2023", "2023"},
		{"2025", "2025"},
	}
	for _, tt := range tests {
		if got := yearOf(tt.date); got != tt.want {
			t.Errorf("yearOf(%q) = %q, want %q", tt.date, got, tt.want)
		}
	}
}

func TestYearGiven(t *testing.T) {
	tests := []struct{ answer, want string }{
		{"Năm 1930 (95 năm tính đến năm 2025).", "1930"},
		{"Năm 2023 (14.7.2023).", "2023"},
		{"2024", "2024"},
		{"Giai đoạn 12345.", ""},
		{"Tháng 10.", ""},
	}
	for _, tt := range tests {
		if got := yearGiven(tt.answer); got != tt.want {
			t.Errorf("yearGiven(%q) = %q, want %q", tt.answer, got, tt.want)
		}
	}
}

func TestEventDaysAsked(t *testing.T) {
	e := articleEngine(t, durations)
	tests := []struct {
		q    string
		want bool // an event candidate
	}{
		{"lễ kỷ niệm diễn ra ngày nào", true},
		// Several days asked: one date does not answer.
		{"lễ kỷ niệm diễn ra vào những ngày nào", false},
	}
	for _, tt := range tests {
		got := false
		for _, c := range e.Candidates(context.Background(), tt.q) {
			got = got || c.Generator == string(genEvent)
		}
		if got != tt.want {
			t.Errorf("%q: event candidate %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestHoldsYearsOf(t *testing.T) {
	tests := []struct {
		answer, period string
		want           bool
	}{
		{"2025 - 2030", "nhiệm kỳ 2025-2030", true},
		{"Nhiệm kỳ 2025-2030.", "giai đoạn 2025 – 2030", true},
		{"năm 2025", "nhiệm kỳ 2025-2030", false},
		{"2025 - 2030", "", false},
	}
	for _, tt := range tests {
		if got := holdsYearsOf(tt.answer, tt.period); got != tt.want {
			t.Errorf("holdsYearsOf(%q, %q) = %v, want %v", tt.answer, tt.period, got, tt.want)
		}
	}
}
