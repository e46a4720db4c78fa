package answer

import (
	"context"
	"testing"
)

func TestNumberedAfter(t *testing.T) {
	tests := []struct {
		name, text, noun string // noun folded
		items            int
		list             string
	}{
		{"measures after the noun, the last after và",
			"Giải diễn ra với các cự ly 5km, 10km, 21km và marathon 42km.",
			"cu", 4, "5km, 10km, 21km và marathon 42km"},
		{"numbers after a name joined by &, an item without one ends the list",
			"Điều động xe của các Đội Cảnh sát PCCC&CNCH khu vực 3, 4, 12, 13, 31 và Trường Đại học PCCC đến hiện trường.",
			"doi", 5, "3, 4, 12, 13, 31"},
		{"words after the last item's number stay in it",
			"Giải có cự ly marathon 42 km, half marathon 21 km, 10 km và 5 km người lớn và trẻ em.",
			"cu", 4, "42 km, half marathon 21 km, 10 km và 5 km người lớn"},
		{"a single number is no list",
			"Giải có cự ly 42 km cho người lớn.",
			"cu", 0, ""},
		{"a comma between the noun and the numbers",
			"Về cự ly, 5km và 10km dành cho trẻ em.",
			"cu", 0, ""},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		items, list := firstListAt(s, tt.noun, numberedAfter)
		if items != tt.items || list != tt.list {
			t.Errorf("%s: numberedAfter = %d %q, want %d %q", tt.name, items, list, tt.items, tt.list)
		}
	}
}

func TestListHeadedBy(t *testing.T) {
	tests := []struct {
		name, text, noun string // noun folded
		items            int
		list             string
	}{
		{"items that open with the noun",
			"Công an tỉnh phối hợp Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh tổ chức hội nghị.",
			"hoi", 3, "Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh"},
		{"names listed after the noun",
			"Mưa lớn gây thiệt hại tại các tỉnh Lai Châu, Lào Cai và Yên Bái.",
			"tinh", 3, "Lai Châu, Lào Cai và Yên Bái"},
		{"bodies after a colon",
			"Tham gia có các trường: Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu.",
			"truong", 2, "Trường THCS Ngô Gia Tự, Trường Tiểu học Hồ Tùng Mậu"},
		{"a single item is no list",
			"Công an tỉnh phối hợp Hội Nông dân tổ chức hội nghị.",
			"hoi", 0, ""},
		{"the noun inside the list, not heading it",
			"Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh cùng tham dự.",
			"tinh", 0, ""},
		{"one person's titles are no list of the noun",
			"Dự lễ có ông Lê Văn A, Ủy viên Ban Chấp hành Trung ương Đảng, Ủy viên Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng.",
			"uy", 0, ""},
		{"lower-case words are no named items",
			"Các hội viên cựu chiến binh, hội nông dân, hội phụ nữ cùng tham gia.",
			"hoi", 0, ""},
	}
	for _, tt := range tests {
		s := testSent(tt.text)
		items, list := firstListAt(s, tt.noun, listHeadedBy)
		if items != tt.items || list != tt.list {
			t.Errorf("%s: listHeadedBy = %d %q, want %d %q", tt.name, items, list, tt.items, tt.list)
		}
	}
}

const listCounts = "date 2025-09-19 Thời sự Hội nghị biểu dương (QNO) - Sáng 19/9, Công an tỉnh Quảng Nam phối hợp Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến.\n\n" +
	"Mưa lũ gây thiệt hại nặng tại các tỉnh Lai Châu, Lào Cai và Yên Bái.\n\n" +
	"Đợt này có Trường Tiểu học Lê Lợi (huyện Phú Thiện), Trường THCS Nguyễn Du (huyện Ia Pa) được công nhận đạt chuẩn.\n\n" +
	"Có 3 đơn vị tham gia diễn tập: Công an huyện Đại Lộc, Công an huyện Duy Xuyên, Công an huyện Thăng Bình.\n\n" +
	"Giải chạy diễn ra với các cự ly 5km, 10km, 21km và marathon 42km.\n\n" +
	"Dự lễ có ông Lê Văn Bình, Phó Chủ tịch Thường trực, Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội Nông dân tỉnh."

func TestListCount(t *testing.T) {
	e := articleEngine(t, listCounts)
	tests := []struct {
		q    string
		want string // the list_count candidate's answer; "" for none
	}{
		{"có bao nhiêu hội phối hợp với công an tỉnh tổ chức hội nghị", "3 hội: Hội Cựu chiến binh, Hội Nông dân, Hội LHPN tỉnh"},
		{"mưa lũ gây thiệt hại cho mấy tỉnh", "3 tỉnh: Lai Châu, Lào Cai và Yên Bái"},
		// The sentence writes the number itself: the quantities answer.
		{"bao nhiêu đơn vị tham gia diễn tập", ""},
		// People are counted by their predicate, not by a list.
		{"bao nhiêu người tham gia diễn tập", ""},
		// A word of the question only some items hold picks them out.
		{"có bao nhiêu trường tiểu học được công nhận đạt chuẩn", ""},
		{"huyện Phú Thiện có mấy trường được công nhận đạt chuẩn", ""},
		{"có mấy trường được công nhận đạt chuẩn", "2 trường: Trường Tiểu học Lê Lợi (huyện Phú Thiện), Trường THCS Nguyễn Du (huyện Ia Pa)"},
		// Items that each write a number after the noun.
		{"giải có mấy cự ly", "4 cự ly: 5km, 10km, 21km và marathon 42km"},
		// The holders of a title are people: titles listed after "Phó" are
		// no list of deputies.
		{"có mấy phó chủ tịch", ""},
		// A count of another noun than the list's.
		{"có bao nhiêu huyện bị thiệt hại", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range e.Candidates(context.Background(), tt.q) {
			if c.Generator == string(genListCount) {
				got = c.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%q: list_count %q, want %q", tt.q, got, tt.want)
		}
	}
}

// firstListAt returns how many items read finds after the first word of s
// folded as noun that opens a list, and the list's text; 0 and "" when none
// does.
func firstListAt(s *sent, noun string, read func(*sent, int) ([]int, int)) (int, string) {
	for _, k := range s.pos[noun] {
		if starts, end := read(s, k); len(starts) > 0 {
			return len(starts), spanOf(s, starts[0], end)
		}
	}
	return 0, ""
}
