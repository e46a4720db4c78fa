package answer

import (
	"context"
	"strings"
	"testing"
)

// TestShorthandLeavesQuestionUnmarked checks that the diacritics of a
// shorthand's expansion ("dc" read as "được") do not make a question
// typed without them one typed with them, whose words typed without
// them are read as written.
func TestShorthandLeavesQuestionUnmarked(t *testing.T) {
	tests := []struct {
		q     string
		typed bool
	}{
		{"PB07 dc thuong bao nhieu tien", false},
		{"PB07 dc thuong bnhiu tien", false},
		{"đc thuong bao nhieu", false},
		{"PB07 được thưởng bao nhiêu tiền", true},
		{"PB07 dc thưởng bao nhiêu", true},
		{"gias bao nhieu", true}, // Telex: diacritics typed as letters
	}
	for _, tt := range tests {
		if got := parseQuestion(tt.q).typedMarks; got != tt.typed {
			t.Errorf("%q: typedMarks = %v, want %v", tt.q, got, tt.typed)
		}
	}
}

// TestQuantityReach checks the counts the quantity generator reaches: a
// period or a date between the words asked and the amount, a sentence
// that goes on with the person its paragraph named, a unit of money of
// another currency, and a question in phone shorthand.
func TestQuantityReach(t *testing.T) {
	e := articleEngine(t, "date 2025-05 Nông sản được giá (XYZ) - Sở Công thương cho biết số liệu mới.\n\n"+
		"Trong đó, doanh thu bán lẻ (không kể xăng dầu) 5 tháng đạt gần 2,45 tỷ USD, tăng 9%.\n\n"+
		"Trên sàn giao dịch Paris, hợp đồng giao kỳ hạn tháng 3-2027 đạt 3.915 USD/tấn; hợp đồng giao kỳ hạn tháng 5-2027 đạt 3.870 USD/tấn.\n\n"+
		"Tại sàn Chicago, giá ngô hợp đồng tháng 7-2026 đạt 455,25 US cent/bushel.\n\n"+
		"Ông Đinh Văn Toàn, nông dân ở xã Hòa Lạc, trồng 3 ha hồ tiêu từ năm 2015. Thời tiết thuận lợi nên vườn được mùa. Với giá bán 140.000 đồng/kg, gia đình ông thu lãi khoảng 650 triệu đồng.\n\n"+
		"Đội PB07 được thưởng 25 triệu đồng, còn các đội khác được thưởng 12 triệu đồng.")
	tests := []struct {
		name, q, want string
	}{
		{"a period between", "doanh thu bán lẻ không kể xăng dầu 5 tháng là bao nhiêu", "2,45 tỷ USD"},
		{"a date between", "kỳ hạn tháng 5-2027 trên sàn Paris bao nhiêu", "3.870 USD/tấn"},
		{"cents", "Chicago giá ngô tháng 7-2026 bao nhiêu", "455,25 US cent"},
		{"the person named before", "gia đình ông Toàn lãi bao nhiêu", "650 triệu đồng"},
		{"shorthand", "PB07 dc thuong bnhiu tien", "triệu đồng"},
	}
	for _, tt := range tests {
		cs := e.Candidates(context.Background(), tt.q)
		found := false
		for _, c := range cs {
			found = found || strings.Contains(c.Answer, tt.want)
		}
		if !found {
			t.Errorf("%s: %q: no candidate %q among %+v", tt.name, tt.q, tt.want, cs)
		}
	}
}

func TestNamesSomeone(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Ông Lâm cho biết vườn nhà lãi 300 triệu đồng.", true},
		{"Vụ này vườn tôi lãi 300 triệu đồng.", false},
		// Units and bodies' abbreviations in capitals name no one.
		{"Vụ này vườn tôi lãi được 12.000 USD.", false},
		{"Năm nay xã được UBND hỗ trợ 50 triệu đồng.", false},
		{"Năm nay xã được anh Tâm hỗ trợ 50 triệu đồng.", true},
	}
	for _, tt := range tests {
		if got := namesSomeone(testSent(tt.sentence)); got != tt.want {
			t.Errorf("namesSomeone(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
