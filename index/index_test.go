package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

// analyze runs the registered analyzer name over text and returns the terms.
func analyze(t *testing.T, name, text string) []string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		t.Fatalf("analyzer %s: %v", name, err)
	}
	var terms []string
	for _, tok := range a.Analyze([]byte(text)) {
		terms = append(terms, string(tok.Term))
	}
	return terms
}

func TestAnalyzers(t *testing.T) {
	tests := []struct {
		analyzer, text string
		want           []string
	}{
		{analyzerExact, "Bằng khen 2.430", []string{"bằng", "khen", "2.430"}},
		{analyzerFold, "Bằng khen 2.430", []string{"bang", "khen", "2.430"}},
		{analyzerBigram, "Bằng khen 2.430", []string{"bang_khen", "khen_2.430"}},
		{analyzerExact, "Đồng chí Lê Văn Dũng", []string{"đồng", "chí", "lê", "văn", "dũng"}},
		{analyzerFold, "Đồng chí Lê Văn Dũng", []string{"dong", "chi", "le", "van", "dung"}},
		// Bigrams never span punctuation, quotes or line breaks.
		{analyzerBigram, "Quảng Nam, Đà Nẵng", []string{"quang_nam", "da_nang"}},
		{analyzerBigram, "mô hình “Tự phòng”", []string{"mo_hinh", "tu_phong"}},
		{analyzerBigram, "năm 2019\nHội nghị", []string{"nam_2019", "hoi_nghi"}},
		{analyzerBigram, "khen", nil},
		{analyzerBigram, "", nil},
		{analyzerEn, "The police awarded 33 certificates", []string{"polic", "award", "33", "certif"}},
		{analyzerEn, "Vietnam's awards", []string{"vietnam", "award"}},
		{analyzerFold, "  ...  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.analyzer+"/"+tt.text, func(t *testing.T) {
			got := analyze(t, tt.analyzer, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// testDocs are passages on several topics in three articles.
var testDocs = []Doc{
	{ID: "a1/p1", Article: "a1", Language: "vi", Text: "Công an tỉnh tặng bằng khen cho 33 tập thể, cá nhân có thành tích xuất sắc trong công tác bảo vệ an ninh Tổ quốc."},
	{ID: "a1/p2", Article: "a1", Language: "vi", Text: "Nông dân huyện Đại Lộc thu hoạch lúa hè thu, năng suất đạt 60 tạ mỗi hécta nhờ giống mới."},
	{ID: "a1/p3", Article: "a1", Language: "vi", Text: "Lực lượng cảnh sát giao thông xử lý hơn 2.430 trường hợp vi phạm nồng độ cồn trong tháng 9."},
	{ID: "a1/p4", Article: "a1", Language: "vi", Text: "Trường tiểu học Kim Đồng khai giảng năm học mới với 1.200 học sinh và nhiều phòng học khang trang."},
	{ID: "a1/p5", Article: "a1", Language: "vi", Text: "Bão số 4 gây mưa lớn, nhiều tuyến đường ở miền núi bị sạt lở, chính quyền di dời người dân đến nơi an toàn."},
	{ID: "a2/p1", Article: "a2", Language: "en", Text: "The provincial police awarded certificates of merit to 33 groups and individuals."},
	{ID: "a2/p2", Article: "a2", Language: "en", Text: "Farmers harvested the summer rice crop early this year."},
	{ID: "a3/p1", Article: "a3", Language: "vi", Text: "Ông Lê Văn Dũng phát biểu tại hội nghị sáng nay."},
	{ID: "a3/p2", Article: "a3", Language: "vi", Text: "Bà con dùng nước giếng tại hội nghị sáng nay."},
	{ID: "a3/p3", Article: "a3", Language: "vi", Text: "Nội dung hội nghị được thông qua sáng nay."},
	{ID: "a4/p1", Article: "a4", Language: "vi", Text: "Toàn tỉnh hiện có 55 mô hình tự quản về an ninh trật tự ở khu dân cư."},
	{ID: "a4/p2", Article: "a4", Language: "vi", Text: "Hình ảnh mô tả."},
}

func newTestIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := New(context.Background(), testDocs)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return ix
}

func TestSearchFirstHit(t *testing.T) {
	ix := newTestIndex(t)
	tests := []struct {
		name string
		q    Query
		want string
	}{
		{"diacritics", Query{Words: []string{"bằng", "khen"}, Exact: true}, "a1/p1"},
		{"no diacritics", Query{Words: []string{"bang", "khen"}}, "a1/p1"},
		{"no diacritics number", Query{Words: []string{"vi", "pham", "2.430"}}, "a1/p3"},
		{"multi-syllable word", Query{Words: []string{"thu hoạch", "lúa"}, Exact: true}, "a1/p2"},
		{"typo in long word", Query{Words: []string{"gioong"}}, "a1/p2"},
		{"typo among words", Query{Words: []string{"khai", "giangr"}}, "a1/p4"},
		{"bigram as unit", Query{Words: []string{"mô", "hình"}, Exact: true}, "a4/p1"},
		{"bigram as unit folded", Query{Words: []string{"mo", "hinh"}}, "a4/p1"},
		{"synonym", Query{Words: []string{"trao"}}, "a1/p1"},
		{"exact diacritics", Query{Words: []string{"dũng"}, Exact: true}, "a3/p1"},
		{"exact diacritics dùng", Query{Words: []string{"dùng"}, Exact: true}, "a3/p2"},
		{"english stem", Query{Words: []string{"awards"}, Language: "en"}, "a2/p1"},
		{"english stem harvest", Query{Words: []string{"harvesting"}, Language: "en"}, "a2/p2"},
		{"article filter", Query{Words: []string{"bằng", "khen", "police"}, Articles: []string{"a2"}}, "a2/p1"},
		{"english names unmarked", Query{Words: []string{"where", "is", "dai", "loc"}, Language: "en"}, "a1/p2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if len(hits) == 0 || hits[0].ID != tt.want {
				t.Errorf("hits %v, want %s first", hits, tt.want)
			}
		})
	}
}

// TestSearchFast checks that a fast search leaves out the words one letter
// away from a long word, and finds whole words as a search does.
func TestSearchFast(t *testing.T) {
	ix := newTestIndex(t)
	hits, err := ix.Search(context.Background(), Query{Words: []string{"gioong"}, Fast: true})
	if err != nil || len(hits) != 0 {
		t.Errorf("a typo, fast: hits %v, %v; want none", hits, err)
	}
	for _, words := range [][]string{{"bang", "khen"}, {"bằng", "khen"}} {
		hits, err = ix.Search(context.Background(), Query{Words: words, Exact: true, Fast: true})
		if err != nil || len(hits) == 0 || hits[0].ID != "a1/p1" {
			t.Errorf("%q, fast: hits %v, %v; want a1/p1 first", words, hits, err)
		}
	}
}

// TestSearchCanonical checks that passages and queries are made canonical:
// NFD text and both tone placements match.
func TestSearchCanonical(t *testing.T) {
	ix, err := New(context.Background(), []Doc{
		{ID: "nfd", Text: "Ông Du\u0303ng ở thành phố Hoà Bình."},
		{ID: "other", Text: "Ông Dùng ở thành phố Hà Nội."},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	tests := [][]string{
		{"dũng"},
		{"Du\u0303ng"},
		{"hòa", "bình"},
		{"hoà"},
	}
	for _, words := range tests {
		hits, err := ix.Search(context.Background(), Query{Words: words, Exact: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].ID != "nfd" {
			t.Errorf("%q: hits %v, want nfd first", words, hits)
		}
	}
}

func TestSearchArticleFilter(t *testing.T) {
	ix := newTestIndex(t)
	tests := []struct {
		name     string
		articles []string
		wantIn   []string
	}{
		{"one", []string{"a3"}, []string{"a3"}},
		{"two", []string{"a1", "a2"}, []string{"a1", "a2"}},
		{"unknown", []string{"zz"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(context.Background(), Query{
				Words:    []string{"hội", "nghị", "công", "an", "police", "nông", "dân"},
				Articles: tt.articles,
				Limit:    100,
			})
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if tt.wantIn != nil && len(hits) == 0 {
				t.Fatal("no hits")
			}
			for _, h := range hits {
				art, _, _ := strings.Cut(h.ID, "/")
				if !slices.Contains(tt.wantIn, art) {
					t.Errorf("hit %s outside articles %v", h.ID, tt.articles)
				}
			}
		})
	}
}

func TestSearchExactRanking(t *testing.T) {
	ix := newTestIndex(t)
	hits, err := ix.Search(context.Background(), Query{Words: []string{"dũng"}, Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) < 3 {
		t.Fatalf("hits %v, want the three dung passages", hits)
	}
	if hits[0].ID != "a3/p1" || hits[0].Score <= hits[1].Score {
		t.Errorf("hits %v, want a3/p1 strictly first", hits)
	}
	// Without Exact the three forms are alike.
	hits, err = ix.Search(context.Background(), Query{Words: []string{"dung"}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	for _, id := range []string{"a3/p1", "a3/p2", "a3/p3"} {
		if !slices.Contains(ids, id) {
			t.Errorf("folded query: %s missing from %v", id, ids)
		}
	}
}

func TestSearchNoHits(t *testing.T) {
	ix := newTestIndex(t)
	tests := []struct {
		name string
		q    Query
	}{
		{"nil words", Query{}},
		{"empty words", Query{Words: []string{"", " ", "..."}}},
		{"english empty", Query{Words: []string{"--"}, Language: "en"}},
		{"english stopwords only", Query{Words: []string{"the", "of"}, Language: "en"}},
		{"unknown word", Query{Words: []string{"xyzzyq"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if len(hits) != 0 {
				t.Errorf("hits %v, want none", hits)
			}
		})
	}
}

func TestSearchLimit(t *testing.T) {
	ix := newTestIndex(t)
	tests := []struct {
		limit, want int
	}{
		{0, 3},
		{1, 1},
		{2, 2},
	}
	for _, tt := range tests {
		hits, err := ix.Search(context.Background(), Query{Words: []string{"hội", "nghị"}, Limit: tt.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tt.want {
			t.Errorf("limit %d: %d hits, want %d", tt.limit, len(hits), tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	if _, err := New(cancelled, testDocs); !errors.Is(err, context.Canceled) {
		t.Errorf("New with cancelled ctx: err %v, want context.Canceled", err)
	}
	newTests := []struct {
		name string
		docs []Doc
	}{
		{"no id", []Doc{{Text: "x"}}},
		{"duplicate id", []Doc{{ID: "a", Text: "x"}, {ID: "a", Text: "y"}}},
		{"bad language", []Doc{{ID: "a", Text: "x", Language: "fr"}}},
	}
	for _, tt := range newTests {
		if _, err := New(context.Background(), tt.docs); err == nil {
			t.Errorf("New %s: no error", tt.name)
		}
	}

	ix := newTestIndex(t)
	searchTests := []struct {
		name string
		ctx  context.Context
		q    Query
	}{
		{"cancelled", cancelled, Query{Words: []string{"khen"}}},
		{"negative limit", context.Background(), Query{Words: []string{"khen"}, Limit: -1}},
		{"bad language", context.Background(), Query{Words: []string{"khen"}, Language: "fr"}},
	}
	for _, tt := range searchTests {
		if _, err := ix.Search(tt.ctx, tt.q); err == nil {
			t.Errorf("Search %s: no error", tt.name)
		}
	}
	if _, err := ix.Search(cancelled, Query{Words: []string{"khen"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with cancelled ctx: err %v, want context.Canceled", err)
	}
}

// TestSearchConcurrent runs searches, with typos, from several goroutines
// while another adds and deletes passages (run with -race).
func TestSearchConcurrent(t *testing.T) {
	ix := newTestIndex(t)
	var wg sync.WaitGroup
	wg.Go(func() {
		ctx := context.Background()
		for j := range 5 {
			doc := Doc{ID: fmt.Sprintf("w/%d", j), Article: "w", Text: "Khen thuongx các tập thể."}
			if err := ix.Add(ctx, []Doc{doc}); err != nil {
				t.Error(err)
				return
			}
			if err := ix.DeleteArticle(ctx, "w"); err != nil {
				t.Error(err)
				return
			}
		}
	})
	for i := range 4 {
		wg.Go(func() {
			for j := range 20 {
				q := Query{Words: []string{"bằng", "khen", "thưởngg"}, Exact: j%2 == 0}
				if i%2 == 1 {
					q = Query{Words: []string{"awards"}, Language: "en"}
				}
				if _, err := ix.Search(context.Background(), q); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// cancelAfter is a context whose Err reports context.Canceled from its
// (n+1)th call on.
type cancelAfter struct {
	context.Context
	n, calls int
}

func (c *cancelAfter) Err() error {
	c.calls++
	if c.calls > c.n {
		return context.Canceled
	}
	return nil
}

// TestNewCancelledBetweenBatches checks that New stops at the next batch
// once ctx is cancelled.
func TestNewCancelledBetweenBatches(t *testing.T) {
	docs := make([]Doc, 2*batchSize+1)
	for i := range docs {
		docs[i] = Doc{ID: fmt.Sprintf("p%d", i), Text: fmt.Sprintf("Đoạn văn số %d.", i)}
	}
	ctx := &cancelAfter{Context: context.Background(), n: 2}
	if _, err := New(ctx, docs); !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	// One check before anything, one before the first batch, one before
	// the second, which fails.
	if ctx.calls != 3 {
		t.Errorf("ctx checked %d times, want 3", ctx.calls)
	}
}

func TestNewEmpty(t *testing.T) {
	ix, err := New(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits, err := ix.Search(context.Background(), Query{Words: []string{"khen"}})
	if err != nil || len(hits) != 0 {
		t.Errorf("Search on empty index: %v, %v", hits, err)
	}
}
