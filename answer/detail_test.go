package answer

import (
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// TestEventDetailDayAndCause answers when the event a lead reports took
// place from the day its detail paragraph opens with ("Theo đó, tối
// 5.1, …"), not the day of the report, and its cause from a causative
// verb ("…, gây tai nạn").
func TestEventDetailDayAndCause(t *testing.T) {
	texts := []string{
		"date 2023-01 Ngày 6.1, Công an TP.Dĩ An cho biết, đang khẩn trương làm rõ vụ tai nạn giao thông giữa xe tải với xe máy làm một người tử vong.\n\n" +
			"Theo đó, tối 5.1, ô tô tải do một nam tài xế điều khiển bất ngờ va chạm với xe máy. Tai nạn khiến 2 người đi trên xe máy thương vong.\n\nVụ việc đang được điều tra.\n",
		"date 2026-03-09 (VTC News) - Công an tỉnh vừa bước đầu xác định nguyên nhân vụ tai nạn giữa ô tô đầu kéo và xe máy, xảy ra trên đường Hồ Chí Minh.\n\n" +
			"Cụ thể, hồi 12h08 ngày 08/3, tại đoạn đường trên, ô tô đầu kéo va chạm với xe máy chạy ngược chiều.\n\n" +
			"Lực lượng chức năng bước đầu xác định, tài xế lái xe đầu kéo đi không đúng làn đường, gây tai nạn giao thông.\n",
		"date 2024-08-20 Sáng 19/8, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai.\n\n" +
			"Trước đó, ngày 10/8, mưa lớn kéo dài gây sạt lở nhiều nơi.\n",
	}
	tests := []eventCase{
		{0, "tai nạn xảy ra khi nào", "Tối 5.1."},
		{0, "công an thông tin vụ tai nạn ngày nào", "6.1.2023."}, // the report's day
		{1, "tai nạn ngày nào", "12h08 ngày 08/3."},
		{1, "nguyên nhân vụ tai nạn là gì", "Tài xế lái xe đầu kéo đi không đúng làn đường."},
		// "Trước đó" opens an earlier event, not the lead's.
		{2, "hội nghị diễn ra ngày nào", "Sáng 19/8/2024."},
	}
	testEventAnswers(t, texts, tests)
}

// TestCauseBeforeVerb reads the cause written before a causative verb
// whose effect opens with a word asked.
func TestCauseBeforeVerb(t *testing.T) {
	tests := []struct {
		sentence string
		asked    []string
		want     string
	}{
		{"Cơ quan chức năng xác định, tài xế đi không đúng làn đường, gây tai nạn giao thông.", []string{"tai", "nan"}, "Tài xế đi không đúng làn đường"},
		{"Mưa lớn kéo dài nhiều ngày khiến sạt lở đất.", []string{"sat", "lo"}, "Mưa lớn kéo dài nhiều ngày"},
		// The cause names only the question's words.
		{"Tai nạn khiến hai người tử vong.", []string{"tai", "nan", "tu", "vong"}, ""},
		// "làm rõ": the effect is not what is asked.
		{"Công an đang lấy lời khai để làm rõ nguyên nhân vụ tai nạn.", []string{"tai", "nan"}, ""},
	}
	for _, tt := range tests {
		_, s := sentenceEngine(t, tt.sentence)
		asked := map[string]bool{}
		for _, w := range tt.asked {
			asked[w] = true
		}
		if got, _ := causeBeforeVerb(s, asked); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestEventEarlierDay answers when an incident took place from the day a
// paragraph after the lead fronts, when the lead dates only its report of
// the incident ("Ngày 1/1, Công an … điều tra … vụ tai nạn"): the
// paragraph's day when it is the lead's or earlier, never a later one,
// and never for a lead that reports nothing.
func TestEventEarlierDay(t *testing.T) {
	texts := []string{
		"date 2025-01 Ngày 1/1, Công an TP Dĩ An điều tra nguyên nhân vụ tai nạn giao thông làm một người tử vong.\n\n" +
			"Khoảng 23h30 ngày 31/12, anh H. lái xe máy trên quốc lộ 1K.\n\nVụ việc đang được điều tra.\n",
		"date 2025-07 Ngày 4-7, Công an TP HCM đang điều tra làm rõ nguyên nhân vụ tai nạn giao thông giữa 2 xe máy.\n\n" +
			"Trước đó, vào khoảng 22 giờ 30 phút ngày 3-7, N. chở bạn bằng xe máy trên đường Cách Mạng Tháng Tám.\n",
		"date 2023-11 Sáng 11.11, Công an TP.Thủ Đức đang củng cố hồ sơ, làm rõ vụ tai nạn giao thông giữa mô tô với ô tô.\n\n" +
			"Danh tính nạn nhân được xác định là anh Nguyễn Thành Đ.\n\n" +
			"Thông tin ban đầu, khoảng 23 giờ khuya 10.11, anh Đ. điều khiển mô tô trên đường song hành.\n",
		// A lead that writes no time: the first paragraph dates the report.
		"date 2025-12-17 Lợi dụng việc mua bán đá thiên thạch, nhóm đối tượng đã dùng bột ớt tấn công bị hại, cướp 1,5 tỷ đồng rồi bỏ trốn.\n\n" +
			"Tối 16/12, Đại tá Võ Duy Tấn, Phó Giám đốc Công an tỉnh Đắk Lắk, cho biết đơn vị đã ra thông báo truy tìm 5 đối tượng liên quan đến vụ cướp tài sản.\n\n" +
			"Theo thông tin ban đầu, ngày 13/12, nhóm đối tượng bất ngờ ném bột ớt vào mặt bị hại rồi cướp túi xách.\n",
		// A later day dates what followed the incident, not the incident: no
		// day detailed, and the lead does not say the accident happened.
		"date 2025-01-01 Ngày 1/1, Công an TP Dĩ An điều tra nguyên nhân vụ tai nạn giao thông làm một người tử vong.\n\n" +
			"Ngày 3/1, cơ quan chức năng sẽ khám nghiệm lại hiện trường.\n",
		// A lead that reports nothing dates its own event.
		"date 2024-08 Sáng 19/8, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai.\n\n" +
			"Ngày 10/8, mưa lớn kéo dài gây sạt lở nhiều nơi.\n",
	}
	tests := []eventCase{
		{0, "tai nạn xảy ra ngày nào", "23h30 ngày 31/12."},
		{1, "ngày nào xảy ra tai nạn", "22 giờ 30 phút ngày 3-7."},
		{2, "tai nan xay ra ngay nao", "23 giờ khuya 10.11."},
		{3, "Vụ cướp xảy ra ngày nào?", "Ngày 13/12."},
		{4, "tai nạn xảy ra ngày nào", ""},
		{5, "hội nghị diễn ra ngày nào", "Sáng 19/8/2024."},
	}
	testEventAnswers(t, texts, tests)
}

// TestEventIncidentDay answers when an incident took place where the
// lead tells only an award for it or a trial of it: from the paragraph
// that dates the incident and names it in its own words, from a
// backstory opener ("Trước đó,") however many paragraphs on the award
// come first, and from a lead that dates the incident itself without
// saying "xảy ra".
func TestEventIncidentDay(t *testing.T) {
	texts := []string{
		// The award's lead names no robbery; the paragraph that dates the
		// deed does.
		"date 2023-06 Ngày 7/6, Công an huyện trao Giấy khen cho 2 người dân có thành tích trong phòng chống tội phạm.\n\n" +
			"Trước đó, khoảng 10 giờ 15 phút, ngày 2/6, một thanh niên vào tiệm vàng hỏi mua nhẫn. Sau khi xem, anh ta cầm nhẫn bỏ chạy, định cướp tài sản.\n",
		// Paragraphs on the award first; the deed's paragraph opens with
		// "Trước đó,".
		"date 2025-05 Ngày 27.5, Giám đốc Công an tỉnh ký quyết định tặng giấy khen cho thầy giáo Lê Văn An vì cứu người đuối nước.\n\n" +
			"Thầy An là giáo viên dạy bơi ở trường tiểu học của xã.\n\n" +
			"Cùng ngày, UBND xã cũng tặng giấy khen cho thầy An.\n\n" +
			"Thầy cho biết rất vui khi được ghi nhận.\n\n" +
			"Trước đó, khoảng 17 giờ ngày 20.5, một học sinh trượt chân xuống sông và được thầy An bơi ra cứu.\n",
		// A trial's lead dates the trial; the indictment dates the deed.
		"date 2025-12-15 Ngày 15-12, TAND tỉnh mở phiên tòa sơ thẩm xét xử 3 bị cáo về tội cố ý gây thương tích.\n\n" +
			"Theo cáo trạng, tối 9-12, nhóm bị cáo cùng ăn nhậu rồi xảy ra mâu thuẫn với người cùng xóm.\n",
		// The lead dates the whirlwind itself.
		"date 2025-11-17 Khoảng 1h20 ngày 16/11, một trận lốc xoáy đã quét qua hai thôn của xã, làm tốc mái 30 căn nhà.\n\n" +
			"Lốc xoáy xảy ra vào ban đêm khiến người dân hoảng sợ.\n",
	}
	tests := []eventCase{
		{0, "vụ cướp xảy ra ngày nào", "10 giờ 15 phút, ngày 2/6."},
		{0, "Vụ cướp xảy ra lúc mấy giờ?", "10 giờ 15 phút, ngày 2/6."},
		{0, "Ngày nào trao giấy khen?", "7/6/2023."}, // the award's own day
		{1, "Vụ cứu người xảy ra ngày nào", "17 giờ ngày 20.5."},
		{2, "vụ án xảy ra khi nào", "Tối 9-12."},
		{2, "phiên tòa diễn ra ngày nào", "15-12-2025."},
		{3, "Lốc xoáy xảy ra ngày nào?", "1h20 ngày 16/11/2025."},
	}
	testEventAnswers(t, texts, tests)
}

// TestDaysBefore counts the days one written date stands before another,
// across the turn of a year too.
func TestDaysBefore(t *testing.T) {
	tests := []struct {
		later, earlier string
		want           int
		ok             bool
	}{
		{"Ngày 4-7", "22 giờ 30 phút ngày 3-7", 1, true},
		{"Ngày 1/1", "23h30 ngày 31/12", 1, true},
		{"Sáng 11.11", "khuya 10.11", 1, true},
		{"Ngày 29/4", "06h25 ngày 29/4", 0, true},
		{"Ngày 1/1", "Ngày 3/1", 370, true}, // later: far round the year
		{"Ngày 1/1", "tối cùng ngày", 0, false},
	}
	for _, tt := range tests {
		got, ok := daysBefore(tt.later, tt.earlier)
		if got != tt.want || ok != tt.ok {
			t.Errorf("daysBefore(%q, %q) = %d, %v; want %d, %v", tt.later, tt.earlier, got, ok, tt.want, tt.ok)
		}
	}
}

// An eventCase asks q of texts[art] and wants the event generator's answer.
type eventCase struct {
	art     int
	q, want string
}

// testEventAnswers asks each case's question of its article alone and
// checks the event generator's answer.
func testEventAnswers(t *testing.T, texts []string, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		a, err := corpus.Parse("t", []byte(texts[tt.art]))
		if err != nil {
			t.Fatal(err)
		}
		e := newTestEngine(t, []*corpus.Article{a})
		if got := generatedBy(e, tt.q, func(q question, content []word, sc *scope) candidate { return e.event(q, content, sc, dated{}) }).answer; got != tt.want {
			t.Errorf("%q: %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestToldBack(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Trước đó, vào ngày 23-9, bà T. đến Công an phường trình báo về việc vào chiều 21-9, bà N. bị cướp giật điện thoại.", "chiều 21-9"},
		{"Trước đó, ngày 23-9, bà T. trình báo vụ việc, đến ngày 25-9 công an bắt giữ đối tượng.", "ngày 23-9"},
		{"Chiều 14/1, Công an quận tổ chức lễ khen thưởng thành tích chữa cháy, xảy ra tại vụ cháy ở phường Tương Mai, hôm 12/1.", "hôm 12/1"},
		// A day right after a name dates the name.
		{"Sáng 10/12, lãnh đạo tỉnh xác nhận Chủ tịch nước vừa ký Quyết định số 2360/QĐ-CTN ngày 9/12/2025 về việc tặng thưởng Huân chương Dũng cảm.", "Sáng 10/12"},
	}
	for _, tt := range tests {
		e, s := sentenceEngine(t, tt.sentence)
		q := e.parse("vu cuop giat xay ra hom nao")
		if len(s.times) == 0 {
			t.Fatalf("%q: no time", tt.sentence)
		}
		if got := strings.TrimSpace(toldBack(s, s.times[0], q).Text); got != tt.want {
			t.Errorf("%q: toldBack = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestHappenedDay(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Theo thông tin ban đầu, vụ tai nạn xảy ra khoảng 19 giờ 10 tối 7-9, tại Km13+220, Quốc lộ 25.", "7-9"},
		{"Ngày 8-9, Phòng CSGT cho biết đang điều tra vụ tai nạn.", ""},
	}
	for _, tt := range tests {
		_, s := sentenceEngine(t, tt.sentence)
		got, ok := happenedDay(s)
		if ok != (tt.want != "") || ok && !strings.Contains(got.Text, tt.want) {
			t.Errorf("%q: happenedDay = %q, %v; want %q", tt.sentence, got.Text, ok, tt.want)
		}
	}
}
