package library

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

func TestCoverTerms(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		// Pairs of content syllables side by side in the question; none
		// across the question words between "bắt" and "đối".
		{"bắt được bao nhiêu đối tượng?", []string{"bat", "doi", "tuong", "doi tuong"}},
		{"Giám đốc Công an tỉnh Quảng Nam tên gì?", []string{"giam", "doc", "giam doc", "cong", "doc cong", "an", "cong an", "tinh", "an tinh", "quang", "tinh quang", "nam", "quang nam"}},
		// A long form's syllables pair among themselves, not with the
		// words typed beside the abbreviation.
		{"lanh dao ubnd tinh nao co mat", []string{"lanh", "dao", "lanh dao", "uy", "nhan", "uy nhan", "dan", "nhan dan", "mat"}},
		{"là gì?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := coverTerms(tt.question, answer.SearchQuery(tt.question).Words)
			if !slices.Equal(got, tt.want) {
				t.Errorf("coverTerms(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

// TestRouteWeighsRareWords routes questions among articles of one kind of
// event in different provinces: the words they share (the genre's) match
// some articles more often than the one the question names, and the
// province's name singles that one out.
func TestRouteWeighsRareWords(t *testing.T) {
	ctx := context.Background()
	const genre = "Giám đốc Công an tỉnh phát biểu tại hội nghị biểu dương tập thể, cá nhân."
	text := func(province string, repeats int) []byte {
		s := "date 2025-11\n\nBiểu dương tập thể, cá nhân tiêu biểu\n\n" +
			"Sáng 22/11, Công an tỉnh " + province + " tổ chức hội nghị biểu dương tập thể, cá nhân tiêu biểu.\n\n"
		for range repeats {
			s += genre + "\n\n"
		}
		return []byte(s)
	}
	l := openParsed(ctx, t, []string{"qn", "ht", "bn", "lc"}, map[string][]byte{
		"qn": text("Quảng Nam", 1),
		"ht": text("Hà Tĩnh", 1),
		"bn": text("Bắc Ninh", 4),
		"lc": text("Lai Châu", 4),
	})
	tests := []struct {
		question, want string
	}{
		{"Giám đốc Công an tỉnh Quảng Nam tên gì?", "qn"},
		{"Giám đốc Công an tỉnh Hà Tĩnh là ai?", "ht"},
		// Nothing names one province: no article stands out.
		{"Giám đốc Công an tỉnh tên gì?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := l.Route(ctx, tt.question); got.Article != tt.want {
				t.Errorf("Route(%q) = %q (%v), want %q", tt.question, got.Article, got.Ranked, tt.want)
			}
		})
	}
	// The cover of each article: the province's words weigh log(4/1)
	// each, "tinh quang" too (the lead's "tỉnh Quảng Nam"), and those of
	// every article nothing. An article holding none of the words that
	// weigh covers 0 (coverFloor is 0).
	covers := []struct {
		question string
		want     map[string]float64
	}{
		{"Giám đốc Công an tỉnh Quảng Nam tên gì?", map[string]float64{"qn": 1, "ht": 0, "bn": 0, "lc": 0}},
		{"Công an Quảng Bắc Ninh", map[string]float64{"qn": 0.25, "ht": 0, "bn": 0.75, "lc": 0}},
		{"Giám đốc Công an tỉnh tên gì?", map[string]float64{"qn": 1, "ht": 1, "bn": 1, "lc": 1}},
		{"Đà Nẵng", map[string]float64{"qn": 1, "ht": 1, "bn": 1, "lc": 1}},
	}
	for _, tt := range covers {
		q := answer.SearchQuery(tt.question)
		cover := l.coverer(ctx, coverTerms(tt.question, q.Words))
		for id, want := range tt.want {
			if got := cover(id); math.Abs(got-want) > 1e-9 {
				t.Errorf("cover of %s for %q = %.3f, want %.3f", id, tt.question, got, want)
			}
		}
	}
}

// TestRouteRareWordElsewhere documents the cover without a floor
// (coverFloor): a question whose only word held by few articles ("hoa")
// stands in an unrelated article, while an article of the question's kind
// matches the rest of it ("Giám đốc Công an tỉnh … hội nghị") better. That
// article covers 0 and scores 0; the unrelated one covers 1 and is named
// when its own score reaches routeFloor, however far below the other's
// its search score was. Only routeFloor guards against it.
func TestRouteRareWordElsewhere(t *testing.T) {
	ctx := context.Background()
	const genre = "Giám đốc Công an tỉnh phát biểu tại hội nghị biểu dương tập thể, cá nhân."
	text := func(head, lead, line string, repeats, filler int) []byte {
		s := "date 2025-11\n\n" + head + "\n\n" + lead + "\n\n"
		for range repeats {
			s += line + "\n\n"
		}
		// Paragraphs of other words, so that the search weighs the
		// question's words as in a real article (held by few passages).
		for i := range filler {
			s += fmt.Sprintf("Đoạn %d: thời tiết nắng ráo, nhiệt độ cao nhất %d độ, gió nhẹ.\n\n", i, 20+i)
		}
		return []byte(s)
	}
	police := func(province string, repeats int) []byte {
		return text("Biểu dương tập thể, cá nhân tiêu biểu",
			"Sáng 22/11, Công an tỉnh "+province+" tổ chức hội nghị biểu dương tập thể, cá nhân tiêu biểu.", genre, repeats, 12)
	}
	files := map[string][]byte{
		"qn": police("Quảng Nam", 1),
		"ht": police("Hà Tĩnh", 1),
		"bn": police("Bắc Ninh", 4),
		"lc": police("Lai Châu", 1),
		"dl": text("Khai mạc Festival hoa Đà Lạt", "Tối 20/12, Festival hoa Đà Lạt khai mạc với hàng triệu bông hoa.",
			"Giám đốc Sở Văn hóa tặng hoa cho các nghệ nhân tại Festival hoa.", 4, 0),
	}
	l := openParsed(ctx, t, []string{"qn", "ht", "bn", "lc", "dl"}, files)
	tests := []struct {
		question, want string
	}{
		// The festival's article alone holds "hoa" and "tặng": it is
		// named, the police articles' scores being 0.
		{"Giám đốc Công an tỉnh tặng hoa cho ai?", "dl"},
		// More of the question's words the festival's article lacks:
		// its score falls under routeFloor, and no article is named.
		{"Giám đốc Công an tỉnh phát biểu tại hội nghị tặng hoa cho ai?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			r := l.Route(ctx, tt.question)
			if r.Article != tt.want {
				t.Errorf("Route(%q) = %q (%v), want %q", tt.question, r.Article, r.Ranked, tt.want)
			}
			q := answer.SearchQuery(tt.question)
			cover := l.coverer(ctx, coverTerms(tt.question, q.Words))
			for id, want := range map[string]float64{"dl": 1, "bn": 0, "qn": 0} {
				if got := cover(id); math.Abs(got-want) > 1e-9 {
					t.Errorf("cover of %s = %.3f, want %.3f", id, got, want)
				}
			}
			for _, a := range r.Ranked {
				if a.ID != "dl" && a.Score != 0 {
					t.Errorf("%s scores %.3f, want 0 (cover 0)", a.ID, a.Score)
				}
			}
		})
	}
}

// openParsed parses the articles files holds under ids, in that order,
// and opens a library of them, closed when t ends.
func openParsed(ctx context.Context, t *testing.T, ids []string, files map[string][]byte) *Library {
	t.Helper()
	var as []*corpus.Article
	for _, id := range ids {
		art, err := corpus.Parse(id, files[id])
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, art)
	}
	l, err := Open(ctx, as)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}
