package learn

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// Real crawled articles are the text the engine is judged on, and the
// scorer learns most from them: the training articles of train/ are
// written in our own words and behave more alike than news does. Their
// text is third-party and stays off git (testdata/real/text), so the
// scorer is trained on their rows: each question's candidates, as the
// features the engine gives them and their labels, with no word of the
// article. `hoidap train --rows` writes the rows from the texts; every
// other training, the CI's included, reads them from RowsFile.

// RealTrainingFile lists, one a line, the batches of real articles under
// real/ the scorer is trained on; the batches not listed are held out.
// Blank lines and lines starting with # are skipped.
const RealTrainingFile = "real/training.txt"

// RowsFile holds the rows of the real articles trained on.
const RowsFile = "real/rows.tsv"

// realTextDir is where the real articles' text is kept, off git: one
// <id>.txt a question file real/<batch>/<id>.jsonl.
const realTextDir = "real/text"

// recipeFile is a batch's recipe: per article its id, address, query and
// the sha256 of its text as saved.
const recipeFile = "recipe.tsv"

// A Missing is a real article RealSets leaves out, and why.
type Missing struct {
	ID, Reason string
}

// RealSets returns a set for each article of the batches
// RealTrainingFile lists whose text is under real/text and is the text
// its recipe's sha256 names, and the articles it leaves out: a text
// absent or different (the stored pages change; a different text would
// make different rows on another machine). Without the list there are
// none. An article written again in our own words into train/ (its
// source in train/sources-*.tsv is the recipe's address) shares that
// article's group, so the two are on one side of every split.
func RealSets(root string) (sets []Set, missing []Missing, err error) {
	batches, err := realBatches(root)
	if err != nil || len(batches) == 0 {
		return nil, nil, err
	}
	rewritten, err := sourceGroups(root)
	if err != nil {
		return nil, nil, err
	}
	for _, batch := range batches {
		recipe, err := readRecipe(filepath.Join(root, "real", batch, recipeFile))
		if err != nil {
			return nil, nil, fmt.Errorf("real batch %s: %w", batch, err)
		}
		files, err := fs.Glob(os.DirFS(root), "real/"+batch+"/*.jsonl")
		if err != nil {
			return nil, nil, fmt.Errorf("real batch %s: %w", batch, err)
		}
		if len(files) == 0 {
			return nil, nil, fmt.Errorf("real batch %s, listed in %s: no question files", batch, RealTrainingFile)
		}
		for _, f := range files {
			id := strings.TrimSuffix(filepath.Base(f), ".jsonl")
			r, ok := recipe[id]
			if !ok {
				return nil, nil, fmt.Errorf("real batch %s: %s is not in its recipe", batch, id)
			}
			text := filepath.Join(root, filepath.FromSlash(realTextDir), id+".txt")
			data, err := os.ReadFile(text)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				missing = append(missing, Missing{id, "no text"})
				continue
			case err != nil:
				return nil, nil, fmt.Errorf("real article %s: %w", id, err)
			}
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != r.sha256 {
				missing = append(missing, Missing{id, "text differs from its recipe's sha256"})
				continue
			}
			group := "real/" + id
			if g, ok := rewritten[r.url]; ok {
				group = g
			}
			sets = append(sets, Set{Name: "real-" + id, Article: text, Questions: filepath.Join(root, filepath.FromSlash(f)), key: group})
		}
	}
	return sets, missing, nil
}

// realBatches reads RealTrainingFile under root; none without it.
func realBatches(root string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(RealTrainingFile)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("real training batches: %w", err)
	}
	var batches []string
	for line := range strings.Lines(string(data)) {
		if b := strings.TrimSpace(line); b != "" && !strings.HasPrefix(b, "#") {
			batches = append(batches, b)
		}
	}
	return batches, nil
}

// A recipeRow is what training reads of a recipe's row.
type recipeRow struct{ url, sha256 string }

// readRecipe reads a batch's recipe: id, url, query, sha256, notes.
func readRecipe(name string) (map[string]recipeRow, error) {
	rows, err := readTSV(name, 4)
	if err != nil {
		return nil, err
	}
	out := make(map[string]recipeRow, len(rows))
	for _, r := range rows {
		out[r[0]] = recipeRow{url: r[1], sha256: r[3]}
	}
	return out, nil
}

// sourceGroups maps the address each training article of train/ was
// written from (train/sources-*.tsv: id, url, …) to its group.
func sourceGroups(root string) (map[string]string, error) {
	files, err := fs.Glob(os.DirFS(root), "train/sources-*.tsv")
	if err != nil {
		return nil, fmt.Errorf("training sources: %w", err)
	}
	out := map[string]string{}
	for _, f := range files {
		rows, err := readTSV(filepath.Join(root, filepath.FromSlash(f)), 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out[r[1]] = "train/" + r[0]
		}
	}
	return out, nil
}

// readTSV reads the rows of a tab-separated file with a header line, each
// of at least n columns.
func readTSV(name string, n int) ([][]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var rows [][]string
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i == 0 {
			continue // the header
		}
		cols := strings.Split(line, "\t")
		if len(cols) < n {
			return nil, fmt.Errorf("%s:%d: %d columns, want at least %d", name, i+1, len(cols), n)
		}
		rows = append(rows, cols)
	}
	return rows, nil
}

// articleFile parses the one article of the file name.
func articleFile(name string) ([]*corpus.Article, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	a, err := corpus.Parse(strings.TrimSuffix(filepath.Base(name), ".txt"), data)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", name, err)
	}
	return []*corpus.Article{a}, nil
}

// Rows are the labelled candidates of questions about real crawled
// articles: per question its article, group and whether refusing it is
// right; per candidate its labels, its answer's length and its features.
type Rows struct {
	// names are the feature names the rows were written with.
	names    []string
	examples []example
	// article is each example's article ID.
	article []string
}

// CollectRows runs the questions of the real sets (RealSets) through the
// engine and labels their candidates.
func CollectRows(ctx context.Context, sets []Set) (*Rows, error) {
	r := &Rows{names: answer.FeatureNames()}
	for _, s := range sets {
		exs, err := collect(ctx, []Set{s})
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(s.Article), ".txt")
		for _, ex := range exs {
			ex.real = true
			r.examples = append(r.examples, ex)
			r.article = append(r.article, id)
		}
	}
	return r, nil
}

// Articles returns the IDs of the articles the rows ask about, in order.
func (r *Rows) Articles() []string {
	if r == nil {
		return nil
	}
	return slices.Compact(slices.Clone(r.article))
}

// articles returns how many articles the rows ask about; 0 for nil.
func (r *Rows) articles() int { return len(r.Articles()) }

// Questions returns how many questions the rows hold.
func (r *Rows) Questions() int {
	if r == nil {
		return 0
	}
	return len(r.examples)
}

// ErrStaleRows is the error of rows written with other features than the
// engine's: they must be written again from the texts.
var ErrStaleRows = errors.New("the real articles' rows were written for other features: fetch the texts (testdata/real/README.md) and run `hoidap train --rows`")

// current returns ErrStaleRows, wrapped with the first difference, when
// the rows' features are not the engine's.
func (r *Rows) current() error {
	want := answer.FeatureNames()
	if slices.Equal(r.names, want) {
		return nil
	}
	for i := range max(len(want), len(r.names)) {
		var got, w string
		if i < len(r.names) {
			got = r.names[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if got != w {
			return fmt.Errorf("feature %d is %q in the rows, %q in the engine: %w", i+1, got, w, ErrStaleRows)
		}
	}
	return ErrStaleRows // not reached: the lists differ somewhere
}

// The rows file's lines: a comment header, the features' names, then per
// question a line and a line per candidate.
const (
	rowsFeatures  = "features"
	rowsQuestion  = "q"
	rowsCandidate = "c"
)

// rowsHeader is the comment the rows file opens with.
var rowsHeader = []string{
	"The candidates of the questions about real crawled articles the scorer is trained on",
	"(testdata/real/training.txt): no text of the articles, only their features and labels.",
	"Written by `hoidap train --rows` from the texts in testdata/real/text; do not edit.",
	"q: article, group (its folds), 1 when refusing is right.",
	"c: 1 when the ranker learns it right, 1 when it is a right answer, its length, then",
	"   index=value of each feature not 0 (indices from 0, in the features line's order).",
}

// Write writes the rows as the rows file holds them. Values are written
// in the shortest form that reads back as the same float64, so rows read
// back train exactly as the rows written.
func (r *Rows) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, h := range rowsHeader {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "%s\t%s\n", rowsFeatures, strings.Join(r.names, "\t"))
	for i, ex := range r.examples {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", rowsQuestion, r.article[i], ex.group, bit(ex.refuseOK))
		for _, c := range ex.cands {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%d\t", rowsCandidate, bit(c.right), bit(c.answered), c.length)
			sep := ""
			for k, v := range c.features {
				if v != 0 {
					fmt.Fprintf(bw, "%s%d=%s", sep, k, strconv.FormatFloat(v, 'g', -1, 64))
					sep = " "
				}
			}
			bw.WriteByte('\n')
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write rows: %w", err)
	}
	return nil
}

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// ReadRows reads rows Write wrote.
func ReadRows(rd io.Reader) (*Rows, error) {
	r := &Rows{}
	sc := bufio.NewScanner(rd)
	sc.Buffer(nil, 1<<20)
	n := 0
	bad := func(format string, a ...any) error {
		return fmt.Errorf("rows line %d: %s", n, fmt.Sprintf(format, a...))
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		switch cols[0] {
		case rowsFeatures:
			if r.names != nil {
				return nil, bad("a second features line")
			}
			r.names = cols[1:]
		case rowsQuestion:
			if len(cols) != 4 || r.names == nil {
				return nil, bad("a question needs an article, a group and a bit, after the features line")
			}
			refuse, err := parseBit(cols[3])
			if err != nil {
				return nil, bad("%v", err)
			}
			r.examples = append(r.examples, example{group: cols[2], refuseOK: refuse, real: true})
			r.article = append(r.article, cols[1])
		case rowsCandidate:
			if len(cols) != 5 || len(r.examples) == 0 {
				return nil, bad("a candidate needs two bits, a length and its features, after a question")
			}
			c, err := parseCandidate(cols[1:], len(r.names))
			if err != nil {
				return nil, bad("%v", err)
			}
			ex := &r.examples[len(r.examples)-1]
			ex.cands = append(ex.cands, c)
		default:
			return nil, bad("unknown line %q", cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read rows: %w", err)
	}
	if r.names == nil {
		return nil, errors.New("rows: no features line")
	}
	return r, nil
}

// parseCandidate reads a candidate line's columns after its tag: right,
// answered, length and index=value pairs of n features.
func parseCandidate(cols []string, n int) (labelled, error) {
	var c labelled
	var err error
	if c.right, err = parseBit(cols[0]); err != nil {
		return c, err
	}
	if c.answered, err = parseBit(cols[1]); err != nil {
		return c, err
	}
	if c.length, err = strconv.Atoi(cols[2]); err != nil || c.length < 0 {
		return c, fmt.Errorf("length %q", cols[2])
	}
	c.features = make([]float64, n)
	for _, kv := range strings.Fields(cols[3]) {
		k, v, ok := strings.Cut(kv, "=")
		i, err := strconv.Atoi(k)
		if !ok || err != nil || i < 0 || i >= n {
			return c, fmt.Errorf("feature %q: want index=value, the index below %d", kv, n)
		}
		if c.features[i], err = strconv.ParseFloat(v, 64); err != nil {
			return c, fmt.Errorf("feature %q: %w", kv, err)
		}
	}
	return c, nil
}

func parseBit(s string) (bool, error) {
	switch s {
	case "0":
		return false, nil
	case "1":
		return true, nil
	}
	return false, fmt.Errorf("%q is not 0 or 1", s)
}

// LoadRows reads the rows file under the testdata folder root; nil, and
// no error, without one.
func LoadRows(root string) (*Rows, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(RowsFile)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("real rows: %w", err)
	}
	r, err := ReadRows(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", RowsFile, err)
	}
	return r, nil
}
