package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
)

// crashesText tells three crashes on one road in one morning, each
// opened by its clock time, as a report of several incidents does.
const crashesText = `date 2021-03 Sáng 9/3, ba vụ tai nạn giao thông liên tiếp xảy ra trên quốc lộ 1A qua tỉnh Hà Tĩnh.

Khoảng 6h15 ngày 9/3, tại km512 thuộc xã Thạch Long, huyện Thạch Hà, xe máy do anh Lê Văn Khoa (SN 1990) điều khiển va chạm với xe tải.

Hậu quả, anh Khoa tử vong tại chỗ.

Tiếp đó, khoảng 7h20 ngày 9/3, tại km520 thuộc phường Bắc Hà, TP Hà Tĩnh, xe khách do ông Phan Đức Tài điều khiển tông vào dải phân cách.

Vụ tai nạn khiến bà Trần Thị Hoa bị thương nặng.

Khoảng 10h cùng ngày, tại km531 thuộc xã Cẩm Vịnh, huyện Cẩm Xuyên, xe con do anh Võ Minh Quang điều khiển lật xuống ruộng.
`

// crossingsText numbers its rounds ("lần thứ nhất", "lần thứ hai").
const crossingsText = `date 2025-05 Tòa án tỉnh Lạng Sơn xét xử hai bị cáo tổ chức cho người khác xuất cảnh trái phép.

Theo cáo trạng, trong tháng 3/2025, hai bị cáo đã 2 lần đưa tổng cộng 19 người qua biên giới.

Trong lần thứ nhất, ngày 3/3/2025, nhóm đưa 8 người qua đường mòn ở xã Tân Thanh.

Đến lần thứ hai, ngày 12/3/2025, nhóm tiếp tục đưa 11 người thì bị Bộ đội Biên phòng phát hiện tại xã Bảo Lâm.
`

// TestReadEpisode checks which ordinals of an episode a question names,
// however typed, and that the ordinal's words are dropped; a number that
// counts what follows it, or an episode no article tells, is no episode
// asked.
func TestReadEpisode(t *testing.T) {
	e := articleEngine(t, crashesText)
	tests := []struct {
		q     string
		n     int
		words string // the question's words left, folded
	}{
		{"Vụ thứ hai xảy ra ở phường nào?", 2, "vu xay ra o phuong nao"},
		{"vu thu 2 xay ra luc may gio", 2, "vu xay ra luc may gio"},
		{"Vụ đầu tiên xảy ra lúc mấy giờ", 1, "vu xay ra luc may gio"},
		{"vụ đầu làm ai chết", 1, "vu lam ai chet"},
		{"vu 3 la xe gi", 3, "vu la xe gi"},
		{"vụ cuối cùng ở xã nào", lastEpisode, "vu o xa nao"},
		{"vụ việc thứ ba xảy ra ở đâu", 3, "vu xay ra o dau"},
		{"vụ thứ tư xảy ra ở đâu", 0, ""},   // three are told
		{"vụ 2 xe va chạm ở đâu", 0, ""},    // "2 xe" counts the vehicles
		{"lần thứ hai xảy ra ở đâu", 0, ""}, // the rounds are not numbered
		{"anh Khoa mấy tuổi", 0, ""},
	}
	for _, tt := range tests {
		q := e.readEpisode(e.parse(tt.q))
		if q.episode.n != tt.n {
			t.Errorf("%q: episode %d, want %d", tt.q, q.episode.n, tt.n)
			continue
		}
		if tt.n != 0 && strings.Join(foldsOf(q.words), " ") != tt.words {
			t.Errorf("%q: words %v, want %q", tt.q, foldsOf(q.words), tt.words)
		}
	}
}

// TestEpisodesOf checks how an article is parted into the incidents it
// tells: by the ordinals it writes at a sentence's start, else, for
// incidents, by the clock times with their day that open them; a lead
// that sums them up belongs to none.
func TestEpisodesOf(t *testing.T) {
	tests := []struct {
		text, noun string
		want       []string // each episode's first sentence's opening words
	}{
		{crashesText, "vu", []string{"Khoảng 6h15", "Tiếp đó, khoảng 7h20", "Khoảng 10h cùng ngày"}},
		{crossingsText, "lan", []string{"Trong lần thứ nhất", "Đến lần thứ hai"}},
		{crossingsText, "vu", nil},
		{crashesText, "lan", nil},
		// A later hour of an incident opens none.
		{"date 2021-03 Tin giao thông.\n\nKhoảng 6h15 ngày 9/3, tại xã Thạch Long, xe máy va chạm với xe tải.\n\nĐến 8h ngày 9/3, anh Khoa tử vong tại bệnh viện.\n\nKhoảng 10h cùng ngày, tại xã Cẩm Vịnh, xe con lật xuống ruộng.\n", "vu", []string{"Khoảng 6h15", "Khoảng 10h cùng ngày"}},
		// A third round without a second: nothing numbered to choose by.
		{"date 2025-05 Tin biên giới.\n\nTrong lần thứ nhất, nhóm đưa 8 người qua biên giới.\n\nĐến lần thứ ba, nhóm đưa 5 người thì bị bắt.\n", "lan", nil},
	}
	for _, tt := range tests {
		e := articleEngine(t, tt.text)
		eps := e.episodesOf(e.articles[0], tt.noun)
		if len(eps) != len(tt.want) {
			t.Errorf("%.20s… %s: %d episodes, want %d", tt.text[13:], tt.noun, len(eps), len(tt.want))
			continue
		}
		for i, ep := range eps {
			if !strings.HasPrefix(ep[0].text, tt.want[i]) {
				t.Errorf("%s: episode %d opens %.40q, want %q", tt.noun, i+1, ep[0].text, tt.want[i])
			}
		}
	}
}

// TestEpisodeAnswers checks questions asked of one incident by its
// ordinal: answered from that incident's sentences, its time and place
// from the sentence that opens it.
func TestEpisodeAnswers(t *testing.T) {
	tests := []struct {
		text, q, want string
	}{
		{crashesText, "Vụ thứ hai xảy ra lúc mấy giờ?", "7h20"},
		{crashesText, "vu thu 3 xay ra luc may gio", "10h"},
		{crashesText, "Vụ đầu tiên xảy ra ở xã nào?", "Thạch Long"},
		{crashesText, "vụ thứ hai xảy ra ở phường nào", "Bắc Hà"},
		{crashesText, "vu thu 3 xay ra o dau", "Cẩm Vịnh"},
		{crashesText, "ai lái xe khách trong vụ thứ hai", "Phan Đức Tài"},
		{crossingsText, "lần thứ nhất đưa bao nhiêu người", "8 người"},
		{crossingsText, "lan 2 dua bao nhieu nguoi", "11 người"},
		{crossingsText, "Lần thứ hai diễn ra ngày nào", "12/3/2025"},
	}
	for _, tt := range tests {
		e := articleEngine(t, tt.text)
		var got []string
		for _, c := range e.scored(context.Background(), e.parse(tt.q), false) {
			got = append(got, c.answer)
		}
		if len(got) == 0 || !strings.Contains(got[0], tt.want) {
			t.Errorf("%q: candidates %q, want %q first", tt.q, got, tt.want)
		}
	}
}

// TestEpisodeTime checks the time read from the sentence that opens the
// episode asked: for a question naming nothing but the incident, or only
// what that sentence tells besides; not for one asking of something else
// the incident holds.
func TestEpisodeTime(t *testing.T) {
	e := articleEngine(t, crashesText)
	tests := []struct {
		q, want string
	}{
		{"Vụ thứ hai xảy ra lúc mấy giờ?", "7h20 ngày 9/3."},
		{"vu thu 2 xe khach tong vao dai phan cach luc may gio", "7h20 ngày 9/3."},
		{"vụ đầu tiên xe máy va chạm với xe tải lúc mấy giờ", "6h15 ngày 9/3."},
		// Said by a later sentence of the episode, not the opening one.
		{"vụ thứ hai bà Hoa bị thương lúc mấy giờ", ""},
		{"anh Khoa tử vong lúc mấy giờ", ""}, // no episode asked
	}
	for _, tt := range tests {
		if got := generatedBy(e, tt.q, e.episodeTime).answer; got != tt.want {
			t.Errorf("episodeTime(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestEpisodeAmongArticles checks an episode asked with several articles
// loaded: the article that tells it answers, not one that tells a single
// incident of the same kind.
func TestEpisodeAmongArticles(t *testing.T) {
	var articles []*corpus.Article
	for i, text := range []string{crashesText, "date 2021-03 Cháy nhà dân.\n\nVụ cháy xảy ra lúc 3h ngày 10/3 tại phường Nam Hà, TP Hà Tĩnh.\n"} {
		a, err := corpus.Parse(fmt.Sprintf("a%d", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, a)
	}
	e := newTestEngine(t, articles)
	for _, tt := range []struct{ q, want string }{
		{"Vụ thứ hai xảy ra lúc mấy giờ?", "7h20"},
		{"vụ thứ hai xảy ra ở phường nào", "Bắc Hà"},
	} {
		cands := e.scored(context.Background(), e.parse(tt.q), false)
		if len(cands) == 0 || !strings.Contains(cands[0].answer, tt.want) {
			var got []string
			for _, c := range cands {
				got = append(got, c.answer)
			}
			t.Errorf("%q: candidates %q, want %q first", tt.q, got, tt.want)
		}
	}
}

// TestEpisodeAsked checks an answer given end to end, above the refusal
// threshold, to a question asked of one incident by its ordinal.
func TestEpisodeAsked(t *testing.T) {
	e := articleEngine(t, crashesText)
	a := e.Ask(context.Background(), "vu thu 3 xay ra luc may gio", nil)
	if a.Kind == KindNone || !strings.Contains(a.Answer, "10h") {
		t.Errorf("Ask = %s %q, want the third crash's hour, 10h", a.Kind, a.Answer)
	}
}
