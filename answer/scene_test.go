package answer

import (
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// TestScene checks the scene of an accident and the road a vehicle was on
// that accident reports write in clauses of their own.
func TestScene(t *testing.T) {
	text := "date 2025-07-04 Tai nạn giao thông làm 2 người tử vong\n\n" +
		"Ngày 4-7, Công an phường điều tra vụ tai nạn giao thông giữa 2 xe máy.\n\n" +
		"Khoảng 22 giờ ngày 3-7, anh N. chở bạn bằng xe máy trên đường Cách Mạng Tháng Tám theo hướng từ Thủ Dầu Một đi Lái Thiêu.\n\n" +
		"Khi đến khu vực cầu Bình Nhâm, phường Lái Thiêu, xe máy của N. đã va chạm trực diện với xe máy do anh D. điều khiển.\n\n" +
		"Cú va chạm mạnh làm 3 người ngã xuống đường.\n"
	e := articleEngine(t, text)
	tests := []struct {
		q    string
		want string // "" for no answer
	}{
		{"Tai nạn xảy ra ở đâu", "Khu vực cầu Bình Nhâm"},
		{"va cham o dau", "Khu vực cầu Bình Nhâm"},
		{"hai xe chạy trên đường nào", "Đường Cách Mạng Tháng Tám"},
		{"tai nạn xảy ra trên tuyến đường nào", "Đường Cách Mạng Tháng Tám"},
		// No accident nor vehicle on the move: what else stood on the road.
		{"cảnh sát kiểm tra trên tuyến đường nào", ""},
		// No accident named: another place asked.
		{"anh N. sống ở đâu", ""},
		// A kind of place other than a scene.
		{"tai nạn xảy ra ở phường nào", ""},
		// Not a where-question.
		{"tai nạn xảy ra khi nào", ""},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.scene).answer; got != tt.want {
			t.Errorf("scene(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSpanFrom checks where a scene or a road written from a word ends.
func TestSpanFrom(t *testing.T) {
	tests := []struct {
		text  string
		at    int
		named bool
		want  string
	}{
		{"đến ngã ba đường D4 (thuộc P.Tân Đông Hiệp, TP.Dĩ An) thì va chạm", 1, false, "ngã ba đường D4 (thuộc P.Tân Đông Hiệp, TP.Dĩ An)"},
		{"trên quốc lộ 1K, theo hướng Đồng Nai", 1, true, "quốc lộ 1K"},
		{"trên đường về nhà", 1, true, ""},
		{"đến cầu, xe", 1, false, ""},
	}
	for _, tt := range tests {
		s := prepTestSent(t, tt.text)
		if got := spanFrom(s, tt.at, tt.named); got != tt.want {
			t.Errorf("spanFrom(%q, %d) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestSceneBinds checks which places of a sentence are the scene of the
// accident a scene question asks, bound to it though the sentence repeats
// none of the question's words. loc is the locative opening the place.
func TestSceneBinds(t *testing.T) {
	tests := []struct {
		q, sentence, loc string
		want             bool
	}{
		// The accident's own verb stands for the question's noun.
		{"tai nạn xảy ra ở đâu", "Khi tới khu vực cầu Phú Lâm, ô tô con đã tông vào dải phân cách.", "tới", true},
		{"hai xe va chạm ở đâu", "Lúc xe đến đoạn gần chợ Hòa Khánh, hai xe máy va chạm.", "đến", true},
		// Another place of the accident's sentence: no scene lead.
		{"tai nạn xảy ra ở đâu", "Ô tô con tông vào xe máy, người dân ở xã Phú Lâm đến giúp.", "ở", false},
		// A road asked: a vehicle on the move is enough.
		{"tai nạn trên tuyến đường nào", "Chiều 8/3, chị M. điều khiển xe máy trên quốc lộ 14 hướng về thị xã.", "trên", true},
		{"tai nạn ở đâu", "Chiều 8/3, chị M. điều khiển xe máy trên quốc lộ 14 hướng về thị xã.", "trên", false},
		// A sentence of no accident: traffic jams, checks.
		{"tai nạn xảy ra trên tuyến đường nào", "Trên quốc lộ 20 có ùn tắc cục bộ trong hai ngày nghỉ.", "trên", false},
		// Where people live is no scene, though the question names an accident.
		{"gia đình bị lật xuồng trú ở đâu", "Khi đến giữa sông Trà Khúc thì xuồng bị lật.", "đến", false},
		// The road crossed is not the one the vehicle was on.
		{"chỗ tai nạn giao với đường nào", "Ô tô tải chạy trên đường Lê Văn Việt thì tông vào xe máy.", "trên", false},
		// Not a where-question.
		{"tai nạn xảy ra lúc nào", "Khi tới khu vực cầu Phú Lâm, ô tô con đã tông vào dải phân cách.", "tới", false},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		loc := -1
		for i, w := range s.lower {
			if w == tt.loc {
				loc = i
				break
			}
		}
		if got := sceneBinds(sceneAsked(parseQuestion(tt.q)), s, loc); got != tt.want {
			t.Errorf("sceneBinds(%q, %q, %q) = %v, want %v", tt.q, tt.sentence, tt.loc, got, tt.want)
		}
	}
}

// TestOpensWithRoute checks the roads a where-question's answer may open
// with: a road is a place though its name may hold no capital.
func TestOpensWithRoute(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"Quốc lộ 14", true},
		{"quốc lộ 9B", true},
		{"Đường D7", true},
		{"Cao tốc Trung Lương - Mỹ Thuận", true},
		{"Hai xe máy", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensWithRoute(analysis.Tokens(tt.answer)); got != tt.want {
			t.Errorf("opensWithRoute(%q) = %v, want %v", tt.answer, got, tt.want)
		}
	}
}

// TestSceneAccident checks which sentences are of the accident a scene
// question asks: one writing a word of an accident, or, for a road asked
// only, one writing a vehicle on the move.
func TestSceneAccident(t *testing.T) {
	tests := []struct {
		ask  sceneAsk
		text string
		want bool
	}{
		{sceneSpot, "Chiếc xe tải đã tông vào dải phân cách giữa đường.", true},
		{sceneRoute, "Hai xe máy va chạm trước cổng chợ Phú Hòa.", true},
		// A vehicle on the move counts for a road asked only.
		{sceneRoute, "Anh K. điều khiển ô tô trên quốc lộ 20 hướng về Đà Lạt.", true},
		{sceneSpot, "Anh K. điều khiển ô tô trên quốc lộ 20 hướng về Đà Lạt.", false},
		{sceneNone, "Anh K. điều khiển ô tô trên quốc lộ 20 hướng về Đà Lạt.", false},
		// No word of an accident: a word folding alike ("đầm", no
		// "đâm") is none.
		{sceneSpot, "Du khách chèo thuyền trên đầm Ô Loan.", false},
		{sceneRoute, "Người dân họp tại nhà văn hóa thôn.", false},
		{sceneSpot, "", false},
	}
	for _, tt := range tests {
		if got := sceneAccident(tt.ask, testSent(tt.text)); got != tt.want {
			t.Errorf("sceneAccident(%v, %q) = %v, want %v", tt.ask, tt.text, got, tt.want)
		}
	}
}
