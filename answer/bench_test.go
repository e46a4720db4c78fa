package answer

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

func BenchmarkAskSeed(b *testing.B) {
	e := seedEngine(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e.Ask(ctx, "ai được tặng Bằng khen?", nil)
	}
}

func BenchmarkNewSeed(b *testing.B) {
	as, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e, err := New(ctx, as)
		if err != nil {
			b.Fatal(err)
		}
		_ = e.Close()
	}
}

// The generated corpus: 400 articles of a title, a lead and 23 paragraphs,
// 10,000 passages in all.
const (
	genArticles   = 400
	genParagraphs = 23
)

var (
	genOnce sync.Once
	genArts []*corpus.Article
	genErr  error

	bigOnce sync.Once
	bigEng  *Engine
	bigErr  error
)

// generated returns the parsed generated corpus, built once.
func generated(b *testing.B) []*corpus.Article {
	b.Helper()
	genOnce.Do(func() { genArts, genErr = generateArticles() })
	if genErr != nil {
		b.Fatal(genErr)
	}
	return genArts
}

// bigEngine returns an engine over the generated corpus, built once.
func bigEngine(b *testing.B) *Engine {
	b.Helper()
	as := generated(b)
	bigOnce.Do(func() { bigEng, bigErr = New(context.Background(), as) })
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigEng
}

var (
	numberRE = regexp.MustCompile(`\d+(?:\.\d{3})*`)
	sentEnd  = regexp.MustCompile(`[.!?…]+(?:\s+|$)`)
)

// generateArticles writes deterministic raw articles recombining the
// sentences of the seed and vi articles, with their numbers and names varied,
// and parses them with corpus.Parse.
func generateArticles() ([]*corpus.Article, error) {
	var sentences []string
	for _, name := range []string{"../corpus/seed/000_5733c26161288d00.txt", "../testdata/articles/vi/001_2bd7fa3da5dabe67.txt"} {
		data, err := os.ReadFile(filepath.FromSlash(name))
		if err != nil {
			return nil, err
		}
		paras := strings.Split(string(data), "\n\n")
		for _, p := range paras[1:] { // the first is the header
			if strings.Contains(p, "Ảnh:") {
				continue
			}
			for _, s := range sentEnd.Split(strings.TrimSpace(p), -1) {
				if strings.Count(s, " ") >= 4 {
					sentences = append(sentences, s+".")
				}
			}
		}
	}
	names := []string{"Lê Văn Dũng", "Nguyễn Thế Chi", "Y Hlinh", "Trần Quốc Bảo", "Nguyễn Thị Hà Vy", "A Thuyết"}
	others := []string{"Phạm Minh Tuấn", "Hồ Thị Lan", "Đỗ Quang Huy", "Võ Thanh Sơn", "Y Mai", "A Dũng", "Bùi Đức Anh", "Lý Thu Hà"}
	provinces := []string{"Quảng Nam", "Kon Tum", "Gia Lai", "Đắk Lắk", "Bình Định", "Phú Yên", "Quảng Ngãi", "Lâm Đồng"}
	rng := rand.New(rand.NewSource(1))
	vary := func(s string) string {
		s = numberRE.ReplaceAllStringFunc(s, func(n string) string {
			v := rng.Intn(5000) + 1
			if v >= 1000 {
				return fmt.Sprintf("%d.%03d", v/1000, v%1000)
			}
			return fmt.Sprint(v)
		})
		for _, n := range names {
			s = strings.ReplaceAll(s, n, others[rng.Intn(len(others))])
		}
		for _, p := range provinces[:2] {
			s = strings.ReplaceAll(s, p, provinces[rng.Intn(len(provinces))])
		}
		return s
	}
	pick := func() string { return vary(sentences[rng.Intn(len(sentences))]) }
	articles := make([]*corpus.Article, 0, genArticles)
	for i := range genArticles {
		var raw strings.Builder
		fmt.Fprintf(&raw, "date 2024-%02d Thời sự %s (QNO) - Sáng nay %d/%d, %s\n\n",
			i%12+1, strings.TrimSuffix(pick(), "."), i%28+1, i%12+1, pick())
		for range genParagraphs {
			for k := rng.Intn(3) + 1; k > 0; k-- {
				raw.WriteString(pick() + " ")
			}
			raw.WriteString("\n\n")
		}
		a, err := corpus.Parse(fmt.Sprintf("%03d_gen", i), []byte(raw.String()))
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", i, err)
		}
		articles = append(articles, a)
	}
	return articles, nil
}

func BenchmarkAsk10k(b *testing.B) {
	e := bigEngine(b)
	passages := 0
	for _, a := range e.Articles() {
		passages += len(a.Passages)
	}
	if passages < 10_000 {
		b.Fatalf("generated %d passages, want 10,000", passages)
	}
	questions := []struct{ name, q string }{
		{"award", "ai được tặng Bằng khen?"},
		{"quantity", "bao nhiêu mô hình?"},
		{"person", "Ai là Giám đốc Sở VHTTDL?"},
		{"none", "giá vàng hôm nay"},
	}
	ctx := context.Background()
	for _, q := range questions {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				e.Ask(ctx, q.q, nil)
			}
		})
	}
}

func BenchmarkNew10k(b *testing.B) {
	as := generated(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		e, err := New(ctx, as)
		if err != nil {
			b.Fatal(err)
		}
		_ = e.Close()
	}
}

// BenchmarkAskDevSeed asks the questions of the dev set, in turn, of the
// seed: the engine's side of index.BenchmarkPlainBleve, which asks bleve
// the same questions with its standard analyzer.
func BenchmarkAskDevSeed(b *testing.B) {
	e := seedEngine(b)
	cases, err := eval.ReadCasesFile(filepath.Join("..", "testdata", "dev-seed.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		e.Ask(ctx, cases[i%len(cases)].Q, nil)
		i++
	}
}
