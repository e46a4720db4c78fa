package index

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedParagraphs reads the seed article(s) from ../corpus/seed/*.txt, or
// ../corpus/*.txt, and splits them on blank lines.
func seedParagraphs(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, pattern := range []string{"../corpus/seed/*.txt", "../corpus/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		if len(m) > 0 {
			files = m
			break
		}
	}
	if len(files) == 0 {
		tb.Skip("no seed article under ../corpus")
	}
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := strings.ReplaceAll(string(b), "\r\n", "\n")
		for p := range strings.SplitSeq(text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
	}
	return paras
}

// seedDocs makes one passage of each seed paragraph.
func seedDocs(tb testing.TB) []Doc {
	paras := seedParagraphs(tb)
	docs := make([]Doc, len(paras))
	for i, p := range paras {
		docs[i] = Doc{ID: fmt.Sprintf("seed/p%d", i+1), Article: "seed", Text: p, Language: "vi"}
	}
	return docs
}

// generatedDocs makes n passages, deterministically, by recombining the
// sentences of the seed paragraphs and replacing about one syllable in ten
// with another syllable of the seed, so the vocabulary grows with n. Passages
// are grouped 20 to an article.
func generatedDocs(tb testing.TB, n int) []Doc {
	var sentences, syllables []string
	for _, p := range seedParagraphs(tb) {
		for s := range strings.SplitSeq(p, ". ") {
			if s = strings.TrimSpace(s); s != "" {
				sentences = append(sentences, s)
				syllables = append(syllables, strings.Fields(s)...)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	docs := make([]Doc, n)
	for i := range docs {
		var b strings.Builder
		for k := 1 + r.IntN(3); k > 0; k-- {
			for j, w := range strings.Fields(sentences[r.IntN(len(sentences))]) {
				if j > 0 {
					b.WriteByte(' ')
				}
				if r.IntN(10) == 0 {
					w = syllables[r.IntN(len(syllables))]
				}
				b.WriteString(w)
			}
			b.WriteString(". ")
		}
		docs[i] = Doc{
			ID:       fmt.Sprintf("gen%04d/p%d", i/20, i%20+1),
			Article:  fmt.Sprintf("gen%04d", i/20),
			Text:     b.String(),
			Language: "vi",
		}
	}
	return docs
}

// benchQueries are questions of the kinds the answer engine asks.
var benchQueries = []Query{
	{Words: []string{"khen", "thưởng", "tập", "thể", "cá", "nhân"}, Exact: true},
	{Words: []string{"bao", "nhieu", "mo", "hinh"}},
	{Words: []string{"thông", "tin", "giá", "trị", "công", "an"}, Exact: true},
	{Words: []string{"chu", "tich", "ubnd", "tinh", "quang", "nam"}},
	{Words: []string{"dũng"}, Exact: true},
	{Words: []string{"phongf", "trafo", "toàn", "dân"}},
	{Words: []string{"trao", "bằng", "khen"}, Exact: true},
	{Words: []string{"police", "awards", "province", "quang", "nam"}, Language: "en"},
}

func benchmarkBuild(b *testing.B, docs []Doc) {
	b.ReportAllocs()
	for b.Loop() {
		ix, err := New(context.Background(), docs)
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(docs)), "docs")
}

func benchmarkSearch(b *testing.B, docs []Doc) {
	ix, err := New(context.Background(), docs)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := ix.Search(ctx, benchQueries[i%len(benchQueries)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkBuildSeed(b *testing.B)  { benchmarkBuild(b, seedDocs(b)) }
func BenchmarkSearchSeed(b *testing.B) { benchmarkSearch(b, seedDocs(b)) }
func BenchmarkBuild10k(b *testing.B)   { benchmarkBuild(b, generatedDocs(b, 10000)) }
func BenchmarkSearch10k(b *testing.B)  { benchmarkSearch(b, generatedDocs(b, 10000)) }

// TestSearchGenerated checks that every benchmark query works on the
// generated corpus and that a passage copied from it is found first.
func TestSearchGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2,000-passage index")
	}
	docs := generatedDocs(t, 2000)
	ix, err := New(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range benchQueries {
		hits, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("%v: %v", q.Words, err)
		}
		if len(hits) == 0 {
			t.Errorf("%v: no hits", q.Words)
		}
	}
}

// devSeedQuestions returns the questions of testdata/dev-seed.jsonl: the
// questions BenchmarkPlainBleve and answer's BenchmarkAskDevSeed ask.
func devSeedQuestions(tb testing.TB) []string {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "dev-seed.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var qs []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		var c struct{ Q string }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			tb.Fatal(err)
		}
		qs = append(qs, c.Q)
	}
	return qs
}

// BenchmarkPlainBleve is the baseline the engine's speed is judged by:
// bleve with its standard analyzer, in memory, one match query for each
// question of the dev set over the seed's passages, top 5. The engine's
// answer.BenchmarkAskDevSeed asks the same questions of the same passages;
// its ns/op should stay within three times this one's.
func BenchmarkPlainBleve(b *testing.B) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = standard.Name
	ix, err := bleve.NewMemOnly(m)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	for _, d := range seedDocs(b) {
		if err := ix.Index(d.ID, map[string]string{"text": d.Text}); err != nil {
			b.Fatal(err)
		}
	}
	qs := devSeedQuestions(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(qs[i%len(qs)]), 5, 0, false)
		if _, err := ix.Search(req); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
