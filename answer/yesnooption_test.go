package answer

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

func TestOptionBeside(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        bool
	}{
		// The opposite option right after the claim's noun.
		{"có phải đây là lễ khánh thành không", "Phát biểu tại lễ khởi công, ông Tâm nhấn mạnh vai trò của tuyến đường.", true},
		// The option asked, beside the claim's noun.
		{"có phải đây là lễ khánh thành không", "Sáng nay, tỉnh tổ chức lễ khánh thành cầu Bến Lức mới.", true},
		// The option of another matter, in another part of the sentence.
		{"có phải đây là lễ khánh thành không", "Dự lễ có lãnh đạo tỉnh, đại diện nhà thầu, các sở ngành liên quan, và nhiều dự án đã khởi công.", false},
		// No option of the claim written.
		{"có phải đây là lễ khánh thành không", "Dự lễ có lãnh đạo tỉnh.", false},
		// The option too far from the claim's noun.
		{"quà có được chuyển khoản không", "Xã phát quà cho Nhân dân, theo hình thức chi trả tiền mặt.", false},
	}
	e := &document{}
	for _, tt := range tests {
		q := parseQuestion(tt.q)
		s := testSent(tt.sentence)
		rest := without(e.content(q), optionFolds(q)...)
		if got := optionBeside(q, s, e.overlapOf(q, rest, s)); got != tt.want {
			t.Errorf("optionBeside(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

func TestDecidingSentence(t *testing.T) {
	tests := []struct {
		q         string
		sentences []string
		want      int // index of the sentence picked
		verdict   yesNoVerdict
	}{
		// Yes and no disagree: the sentence keeping the claim's words
		// together decides.
		{"san luong ca ca nam co tang ko", []string{
			"Vụ cá bắc 2024, sản lượng đạt 3 triệu tấn, tăng 2% so với năm trước.",
			"Sản lượng cá cả năm 2024 ước đạt 9 triệu tấn, giảm 1% so với năm trước.",
		}, 1, verdictOther},
		// Both agree: the first.
		{"san luong ca ca nam co tang ko", []string{
			"Vụ cá bắc 2024, sản lượng đạt 3 triệu tấn, tăng 2% so với năm trước.",
			"Sản lượng cá cả năm 2024 ước đạt 9 triệu tấn, tăng 1% so với năm trước.",
		}, 0, verdictFound},
		// The first decides nothing: the next that does.
		{"san luong ca ca nam co tang ko", []string{
			"Ngư dân ra khơi cả năm.",
			"Sản lượng cá cả năm 2024 ước đạt 9 triệu tấn, giảm 1% so với năm trước.",
		}, 1, verdictOther},
	}
	for _, tt := range tests {
		e := &document{}
		q := parseQuestion(tt.q)
		content := e.content(q)
		var best []scored
		for _, text := range tt.sentences {
			s := testSent(text)
			best = append(best, scored{s, e.overlapOf(q, content, s)})
		}
		got, v := decidingSentence(q, claimKeys(q), best)
		if got != best[tt.want].s || v != tt.verdict {
			t.Errorf("decidingSentence(%q) = %q %v, want %q %v", tt.q, got.text, v, best[tt.want].s.text, tt.verdict)
		}
	}
}

// yesNoOptionArticle is a report, in our own words, of a ground-breaking
// and a fire with no one hurt.
const yesNoOptionArticle = "date 2025-06 Thời sự Khởi công tuyến đường ven sông\n\n" +
	"Sáng 12/6, tỉnh Bình Minh tổ chức lễ khởi công tuyến đường ven sông dài 14 km.\n\n" +
	"Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian đi lại giữa hai huyện.\n\n" +
	"Đêm trước đó, một kho hàng gần công trường bốc cháy, rất may vụ cháy không có thiệt hại về người.\n"

func TestYesNoOption(t *testing.T) {
	e := articleEngine(t, yesNoOptionArticle)
	tests := []struct {
		q    string
		want string // a part the answer holds
	}{
		// The excluding option beside the claim's noun says no.
		{"có phải đây là lễ khánh thành không", "Không: "},
		{"có phải đây là lễ khánh thành không", "khởi công"},
		// Casualties, written as harm to people, negated.
		{"vụ cháy có thương vong không", "Không: "},
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.yesNo).answer; !strings.Contains(got, tt.want) {
			t.Errorf("%q: %q, want it to hold %q", tt.q, got, tt.want)
		}
	}
}

// TestOptionPositions checks where a sentence writes, in lower case, an
// option of a group the question asks one of: the asked option and the
// others of its group, at every place, none for a group not asked.
func TestOptionPositions(t *testing.T) {
	tests := []struct {
		q, sentence string
		want        [][2]int
	}{
		// The other option of the group, in capitals.
		{"có phải lễ khánh thành không", "Tỉnh tổ chức lễ KHỞI CÔNG cầu mới.", [][2]int{{4, 6}}},
		// Typed without diacritics, both options written.
		{"co phai le khanh thanh khong", "Sau lễ khởi công năm 2023, tỉnh tổ chức lễ khánh thành hôm nay.", [][2]int{{10, 12}, {2, 4}}},
		// One option written twice.
		{"giá lúa có tăng không", "Giá lúa tăng, giá ngô cũng tăng.", [][2]int{{2, 3}, {6, 7}}},
		// The sentence writes an option of a group the question does not
		// ask: none.
		{"giá lúa có tăng không", "Đội nhà thắng 2-0 ở trận cuối.", nil},
		// Written without diacritics in the sentence: not the option.
		{"có phải lễ khánh thành không", "Le khoi cong dien ra sang nay.", nil},
		// The question asks no option.
		{"cầu có dài không", "Lễ khởi công cầu diễn ra sáng nay.", nil},
	}
	for _, tt := range tests {
		s := testSent(tt.sentence)
		if got := optionPositions(parseQuestion(tt.q), s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("optionPositions(%q, %q) = %v, want %v (words %q)", tt.q, tt.sentence, got, tt.want, s.lower)
		}
	}
}

// optionSentenceArticle writes, in our own words, a ground-breaking whose
// option stands below sentences holding the question's words by chance.
const optionSentenceArticle = "date 2025-03 Thời sự Xây cầu qua sông Lam\n\n" +
	"Cầu Yên Xuân dài 1,2 km sẽ hoàn thành vào cuối năm 2026.\n\n" +
	"Phát biểu tại lễ khởi công, ông Nguyễn Hữu Đạt đề nghị nhà thầu bảo đảm tiến độ.\n\n" +
	"Người dân hai bên sông mong cầu sớm được đưa vào sử dụng.\n"

// TestOptionSentence checks the sentence that writes an option of the
// claim beside the claim's other words, with its verdict, and none when no
// sentence writes one.
func TestOptionSentence(t *testing.T) {
	e := articleEngine(t, optionSentenceArticle)
	tests := []struct {
		q       string
		want    string // a part of the sentence picked; "" for none
		verdict yesNoVerdict
	}{
		// The opposite option beside "lễ": no.
		{"có phải đây là lễ khánh thành cầu không", "lễ khởi công", verdictOther},
		// The option asked beside "lễ": yes.
		{"có phải đây là lễ khởi công cầu không", "lễ khởi công", verdictFound},
		// An option no sentence writes nor excludes.
		{"giá vật liệu có tăng không", "", verdictNone},
	}
	for _, tt := range tests {
		q := e.parse(tt.q)
		content := e.content(q)
		sc := e.scope(context.Background(), q, content)
		content = without(without(without(content, alternativeWords...), claimEnds(q)...), mentionLead(q)...)
		rest := without(content, optionFolds(q)...)
		s, v := e.optionSentence(q, content, rest, claimKeys(q), sc)
		got := ""
		if s != nil {
			got = s.text
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) || v != tt.verdict {
			t.Errorf("optionSentence(%q) = %q %v, want one holding %q, %v", tt.q, got, v, tt.want, tt.verdict)
		}
	}
}
