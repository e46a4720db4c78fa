package learn

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/answer"
)

// writeFiles writes name → content under root.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestRealSets(t *testing.T) {
	const text = "date 2024-09 Công an tỉnh trao Giấy khen cho 3 tập thể.\n"
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		RealTrainingFile: "# guides\ntune\n\n",
		"real/tune/recipe.tsv": "id\turl\tquery\tsha256\tnotes\n" +
			"ra_01\thttps://a.example/1\tq\t" + sha(text) + "\tn\n" +
			"ra_02\thttps://a.example/2\tq\t" + sha(text) + "\tn\n" +
			"ra_03\thttps://a.example/3\tq\t" + sha(text) + "\tn\n" +
			"ra_04\thttps://a.example/4\tq\t" + sha(text) + "\tn\n",
		"real/tune/ra_01.jsonl": "",
		"real/tune/ra_02.jsonl": "",
		"real/tune/ra_03.jsonl": "",
		"real/tune/ra_04.jsonl": "",
		// held out: not listed, never read
		"real/held/rb_01.jsonl": "",
		"real/text/ra_01.txt":   text,
		"real/text/ra_02.txt":   text,
		"real/text/ra_03.txt":   text + "a line the recipe's text does not have\n",
		"train/sources-ta.tsv":  "id\turl\tquery\tgenre\nta_09\thttps://a.example/2\tq\tg\n",
	})
	sets, missing, err := RealSets(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sets {
		got = append(got, s.Name+" "+s.group()+" "+filepath.Base(s.Article))
	}
	// ra_02 was written again in our own words as train/ta_09: one group.
	want := []string{"real-ra_01 real/ra_01 ra_01.txt", "real-ra_02 train/ta_09 ra_02.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sets = %q, want %q", got, want)
	}
	wantMissing := []Missing{{"ra_03", "text differs from its recipe's sha256"}, {"ra_04", "no text"}}
	if !reflect.DeepEqual(missing, wantMissing) {
		t.Errorf("missing = %v, want %v", missing, wantMissing)
	}

	// A question file its recipe does not list is an error, not a skip.
	writeFiles(t, root, map[string]string{"real/tune/ra_05.jsonl": ""})
	if _, _, err := RealSets(root); err == nil {
		t.Error("a question file missing from its recipe is no error")
	}
	// Without the list, no real article is trained on.
	if sets, _, err := RealSets(t.TempDir()); err != nil || sets != nil {
		t.Errorf("RealSets of a folder without %s = %v, %v; want none", RealTrainingFile, sets, err)
	}
}

// sampleRows are rows of two questions: one with two candidates whose
// features take values Write must keep exactly, one without any.
func sampleRows() *Rows {
	n := len(answer.FeatureNames())
	f := make([]float64, n)
	f[0], f[n-1] = 0.2992000000000001, -1e-7
	g := make([]float64, n)
	g[3] = 1
	return &Rows{
		names: answer.FeatureNames(),
		examples: []example{
			{group: "real/ra_01", real: true, cands: []labelled{
				{features: f, right: true, answered: true, length: 7},
				{features: g, right: false, answered: true, length: 40},
			}},
			{group: "train/ta_09", refuseOK: true, real: true},
		},
		article: []string{"ra_01", "ra_02"},
	}
}

func TestRowsRoundTrip(t *testing.T) {
	r := sampleRows()
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadRows(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("rows read back differ:\n%+v\nwant\n%+v", back, r)
	}
	if err := back.current(); err != nil {
		t.Errorf("rows of the engine's features: %v", err)
	}
	if got, want := back.Articles(), []string{"ra_01", "ra_02"}; !slices.Equal(got, want) {
		t.Errorf("Articles() = %q, want %q", got, want)
	}
	if back.Questions() != 2 || (*Rows)(nil).Questions() != 0 || (*Rows)(nil).articles() != 0 {
		t.Error("Questions or articles miscounted")
	}
}

func TestReadRowsErrors(t *testing.T) {
	features := rowsFeatures + "\ta\tb\n"
	tests := []struct{ name, in string }{
		{"no features", "q\tra_01\treal/ra_01\t0\n"},
		{"candidate first", features + "c\t1\t1\t3\t0=1\n"},
		{"bad bit", features + "q\tra_01\treal/ra_01\t2\n"},
		{"short question", features + "q\tra_01\t0\n"},
		{"index out of range", features + "q\tra_01\treal/ra_01\t0\nc\t1\t1\t3\t2=1\n"},
		{"no value", features + "q\tra_01\treal/ra_01\t0\nc\t1\t1\t3\t0\n"},
		{"bad value", features + "q\tra_01\treal/ra_01\t0\nc\t1\t1\t3\t0=x\n"},
		{"negative length", features + "q\tra_01\treal/ra_01\t0\nc\t1\t1\t-3\t\n"},
		{"unknown line", features + "x\n"},
		{"two feature lines", features + features},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ReadRows(strings.NewReader(tt.in)); err == nil {
				t.Errorf("ReadRows(%q) is no error", tt.in)
			}
		})
	}
}

func TestStaleRows(t *testing.T) {
	r := sampleRows()
	r.names = slices.Clone(r.names)
	r.names[2] = "a_feature_since_removed"
	err := r.current()
	if !errors.Is(err, ErrStaleRows) || !strings.Contains(err.Error(), "feature 3") {
		t.Errorf("current() of rows with another feature 3 = %v, want ErrStaleRows naming it", err)
	}
	if _, _, err := Train(context.Background(), nil, r, DefaultOptions); !errors.Is(err, ErrStaleRows) {
		t.Errorf("Train on stale rows = %v, want ErrStaleRows", err)
	}
}

// TestRealRowsCurrent checks that the committed rows are the ones the
// real articles' texts give now. It skips when a text they were written
// from is absent here (the texts are not committed): whoever changes a
// feature, a generator or the corpus reader runs `hoidap train --rows`
// where the texts are.
func TestRealRowsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every real question through the engine")
	}
	root := filepath.Join("..", "testdata")
	committed, err := LoadRows(root)
	if err != nil || committed == nil {
		t.Fatalf("LoadRows = %v, %v", committed, err)
	}
	sets, missing, err := RealSets(root)
	if err != nil {
		t.Fatal(err)
	}
	var here []string
	for _, s := range sets {
		here = append(here, strings.TrimSuffix(filepath.Base(s.Article), ".txt"))
	}
	for _, id := range committed.Articles() {
		if !slices.Contains(here, id) {
			t.Skipf("the text of %s is not here (see testdata/real/README.md); %d real articles left out", id, len(missing))
		}
	}
	if len(here) != committed.articles() {
		t.Fatalf("%d real articles to train on have a text here, the rows hold %d: run `hoidap train --rows`", len(here), committed.articles())
	}
	now, err := CollectRows(context.Background(), sets)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := now.Write(&buf); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(RowsFile)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), data) {
		t.Errorf("%s differs from the rows the real texts give now: run `hoidap train --rows` and commit both files", RowsFile)
	}
}
