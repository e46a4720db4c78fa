package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

// benchArticles is how many articles BenchmarkRoute loads: a newsroom's
// few years, about 20,000 passages.
const benchArticles = 3000

var (
	manyOnce sync.Once
	manyLib  *Library
	manyErr  error
)

// manyArticles returns a library of benchArticles articles varied from the
// training articles, as datadir's TestScale makes them: each with another
// date and its numbers shifted.
func manyArticles(tb testing.TB) *Library {
	tb.Helper()
	manyOnce.Do(func() {
		files, err := filepath.Glob("../testdata/train/*/*.txt")
		if err != nil || len(files) == 0 {
			manyErr = fmt.Errorf("no training articles: %v", err)
			return
		}
		var bases []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				manyErr = err
				return
			}
			bases = append(bases, string(b))
		}
		articles := make([]*corpus.Article, benchArticles)
		for i := range articles {
			text := varyArticle(bases[i%len(bases)], i)
			if articles[i], err = corpus.Parse(fmt.Sprintf("g%05d", i), []byte(text)); err != nil {
				manyErr = err
				return
			}
		}
		manyLib, manyErr = Open(context.Background(), articles)
	})
	if manyErr != nil {
		tb.Fatal(manyErr)
	}
	return manyLib
}

var (
	dateLine = regexp.MustCompile(`(?m)^(\s*date )\d{4}-\d{1,2}(-\d{1,2})?`)
	// bigNumber is a number of two digits or more that is not part of a
	// date, a decimal or a range.
	bigNumber = regexp.MustCompile(`(^|[^\d/.,\-])(\d{2,})([^\d/.,\-]|$)`)
)

// varyArticle makes the i-th variant of a raw article.
func varyArticle(text string, i int) string {
	text = dateLine.ReplaceAllString(text, fmt.Sprintf("${1}%d-%02d-%02d", 2020+i%6, 1+i%12, 1+i%28))
	return bigNumber.ReplaceAllStringFunc(text, func(m string) string {
		sub := bigNumber.FindStringSubmatch(m)
		v, err := strconv.Atoi(sub[2])
		if err != nil {
			return m
		}
		return sub[1] + strconv.Itoa(v+i) + sub[3]
	})
}

// BenchmarkRoute routes the seed's questions, one an op, over
// benchArticles articles. None names an article: each is a search over
// every passage, as most questions of a chat are.
func BenchmarkRoute(b *testing.B) {
	l := manyArticles(b)
	var qs []string
	for _, f := range []string{"dev-seed.jsonl", "seed-fresh.jsonl", "seed-extra.jsonl"} {
		cases, err := eval.ReadCasesFile(filepath.Join("../testdata", f))
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range cases {
			qs = append(qs, c.Q)
		}
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		l.Route(ctx, qs[i%len(qs)])
	}
}
