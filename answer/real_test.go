package answer

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
)

// TestRealText measures the engine on real crawled articles: the question
// files and recipes of testdata/real/<batch> are committed, the articles'
// text is not (third-party text stays in the git-ignored
// testdata/real/text; each recipe says where to find it and its sha256).
// It skips where the text is absent and gates nothing: it reports the
// figure that counts, per batch, with -v.
func TestRealText(t *testing.T) {
	textDir := filepath.Join("..", "testdata", "real", "text")
	if _, err := os.Stat(textDir); errors.Is(err, fs.ErrNotExist) {
		t.Skip("no real article text in testdata/real/text (see testdata/real/README.md)")
	}
	for _, batch := range []string{"tune1", "tune2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", "real", batch, "*.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		var all []eval.Outcome
		missing := 0
		for _, f := range files {
			id := strings.TrimSuffix(filepath.Base(f), ".jsonl")
			data, err := os.ReadFile(filepath.Join(textDir, id+".txt"))
			if err != nil {
				missing++
				continue
			}
			a, err := corpus.Parse(id, data)
			if err != nil {
				t.Errorf("%s: %v", id, err)
				continue
			}
			cases, err := eval.ReadCasesFile(f)
			if err != nil {
				t.Fatal(err)
			}
			e := newTestEngine(t, []*corpus.Article{a})
			ctx := context.Background()
			r := askAll(ctx, e, cases)
			all = append(all, r.Outcomes...)
		}
		if len(all) == 0 {
			continue
		}
		r := eval.Report{Outcomes: all}
		t.Logf("%s: %d articles (%d without text), %d questions: strict %.1f%%, wrong %.1f%%",
			batch, len(files)-missing, missing, len(all), r.Strict(), r.Wrong())
	}
}
