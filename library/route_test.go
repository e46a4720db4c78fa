package library

import (
	"context"
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
	var as []*corpus.Article
	for _, a := range []struct {
		id, province string
		repeats      int
	}{
		{"qn", "Quảng Nam", 1},
		{"ht", "Hà Tĩnh", 1},
		{"bn", "Bắc Ninh", 4},
		{"lc", "Lai Châu", 4},
	} {
		art, err := corpus.Parse(a.id, text(a.province, a.repeats))
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, art)
	}
	l, err := Open(ctx, as)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
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
	// every article nothing.
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
