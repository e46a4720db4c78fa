package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

func TestTimeOfReport(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		reported, known            bool
	}{
		// The lead dates the report; the event is said after "cho biết".
		{"Vụ cướp xảy ra ngày nào?", "Tối 16/12, Đại tá Võ Duy Tấn, Phó Giám đốc Công an tỉnh Đắk Lắk, cho biết đơn vị đã truy tìm 5 đối tượng liên quan đến vụ cướp tài sản xảy ra trên địa bàn.", "Tối 16/12", true, true},
		// The clause after the time does what the question asks.
		{"Vụ cướp xảy ra ngày nào?", "Theo thông tin ban đầu, ngày 13/12, nhóm đối tượng cướp túi xách rồi tẩu thoát.", "ngày 13/12", false, true},
		// A word of the question before the verb of reporting.
		{"buổi tuyên dương diễn ra ngày nào", "Ngày 12/12, Phó Chủ tịch nước gặp mặt, tuyên dương đoàn học sinh và cho biết sẽ khen thưởng.", "Ngày 12/12", false, true},
		// Past a paper's dateline.
		{"đối tượng bị bắt ngày nào", "HNN.VN - Ngày 30/12, Công an huyện cho biết đã bắt giữ 2 đối tượng.", "Ngày 30/12", true, true},
		// The question asks when it was reported.
		{"công an thông tin vụ việc ngày nào", "Ngày 25/8, Công an tỉnh Quảng Trị cho biết đã khởi tố 12 vụ án.", "Ngày 25/8", false, false},
		// Words in brackets are an aside, not the clause.
		{"vụ trộm xảy ra khi nào", "Ngày 28/5, tại tiệm vàng (huyện Nhơn Trạch, nơi vụ trộm xảy ra), Công an cho biết đã bắt giữ Thảo.", "Ngày 28/5", true, true},
		// A time not fronted: judged by other features.
		{"bão đổ bộ hôm nào", "Bão đổ bộ vào đêm 26/10, Ban Chỉ huy cho biết.", "đêm 26/10", false, false},
		// Not a when-question.
		{"vụ cướp xảy ra ở đâu", "Tối 16/12, Công an tỉnh cho biết vụ cướp xảy ra tại TP Buôn Ma Thuột.", "Tối 16/12", false, false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		reported, known := timeOfReport(q, testSent(c.sentence), analysis.Tokens(c.answer), questionWords(q))
		if reported != c.reported || known != c.known {
			t.Errorf("%q in %q for %q: reported %v known %v, want %v %v", c.answer, c.sentence, c.question, reported, known, c.reported, c.known)
		}
	}
}

func TestTimeFronted(t *testing.T) {
	cases := []struct {
		sentence, time string
		want           bool
	}{
		{"Ngày 8-8, Đảng bộ phường tổ chức đại hội.", "ngày", true},
		{"Trước đó, vào sáng 29-9, trên quốc lộ 2 đã xảy ra sạt lở.", "sáng", true},
		{"HNN.VN - Ngày 12/12, tại Phủ Chủ tịch, …", "ngày", true},
		{"Bão đổ bộ vào đêm 26/10.", "đêm", false},
	}
	for _, c := range cases {
		s := testSent(c.sentence)
		at := -1
		for k, w := range s.lower {
			if w == c.time {
				at = k
				break
			}
		}
		if got := timeFronted(s, at); at < 0 || got != c.want {
			t.Errorf("timeFronted(%q) at %q (%d) = %v, want %v", c.sentence, c.time, at, got, c.want)
		}
	}
}

// TestTimeOfClause tells a fronted time whose clause writes the question's
// words first — the time of what is asked — from the report's date, a
// time not fronted and a question of another kind.
func TestTimeOfClause(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		want                       bool
	}{
		{"Đại hội Đảng bộ phường Chợ Lớn diễn ra ngày nào?", "Ngày 8-8, Đảng bộ phường Chợ Lớn, TP.HCM, tổ chức Đại hội đại biểu lần thứ I.", "Ngày 8-8", true},
		{"le trao huy hieu dien ra khi nao", "Chiều 12-4, bà Hồ Hồng Nguyên, Bí thư Tỉnh đoàn, đã trao huy hiệu Tuổi trẻ Dũng cảm cho đại úy.", "Chiều 12-4", true},
		// The clause reports first: the report's date.
		{"Vụ cướp xảy ra ngày nào?", "Tối 16/12, Đại tá Võ Duy Tấn, Phó Giám đốc Công an tỉnh, cho biết đơn vị đã truy tìm 5 đối tượng liên quan đến vụ cướp.", "Tối 16/12", false},
		// A question that asks the report meets its verb as its own word.
		{"công an thông tin vụ việc ngày nào", "Ngày 25/8, Công an tỉnh Quảng Trị thông tin đã khởi tố 12 vụ án.", "Ngày 25/8", true},
		// Not fronted.
		{"bão đổ bộ hôm nào", "Bão đổ bộ vào đêm 26/10, Ban Chỉ huy cho biết.", "đêm 26/10", false},
		// Not a when-question.
		{"đại hội diễn ra ở đâu", "Ngày 8-8, Đảng bộ phường tổ chức Đại hội tại hội trường.", "Ngày 8-8", false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		if got := timeOfClause(q, testSent(c.sentence), analysis.Tokens(c.answer), questionWords(q)); got != c.want {
			t.Errorf("%q in %q for %q: %v, want %v", c.answer, c.sentence, c.question, got, c.want)
		}
	}
}

// TestTimeOfAskedReport reads the date of a report a question asks for
// whichever verb of reporting each writes.
func TestTimeOfAskedReport(t *testing.T) {
	cases := []struct {
		question, sentence, answer string
		reported, known            bool
	}{
		// "công bố" asked, "cho biết" written.
		{"Thông tin được công bố khi nào", "Tối 4.3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết đã kiểm tra hai tàu cá.", "Tối 4.3", true, true},
		{"công an thông tin vụ việc ngày nào", "Ngày 14/7, Công an huyện Đức Linh thông tin về vụ trộm tại chợ.", "Ngày 14/7", true, true},
		// The clause after the time reports nothing: an event's date.
		{"số liệu được công bố ngày nào", "Ngày 3/5, mưa lớn làm sập 12 căn nhà ở xã Tân Lập.", "Ngày 3/5", false, true},
		// A report in another clause, past a semicolon.
		{"thông tin được đưa ra khi nào", "Sáng 9/6, tàu cập cảng; chiều cùng ngày, đồn Biên phòng cho biết đã xử lý.", "Sáng 9/6", false, true},
		// The question asks no report.
		{"tàu cập cảng khi nào", "Tối 4.3, Bộ Chỉ huy cho biết tàu đã cập cảng.", "Tối 4.3", false, false},
		// A time not fronted.
		{"thông tin được công bố khi nào", "Bộ Chỉ huy cho biết vào tối 4.3 đã bắt giữ tàu.", "tối 4.3", false, false},
	}
	for _, c := range cases {
		q := parseQuestion(c.question)
		reported, known := timeOfAskedReport(q, testSent(c.sentence), analysis.Tokens(c.answer))
		if reported != c.reported || known != c.known {
			t.Errorf("%q in %q for %q: reported %v known %v, want %v %v", c.answer, c.sentence, c.question, reported, known, c.reported, c.known)
		}
	}
}
