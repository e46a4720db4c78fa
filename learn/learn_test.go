package learn

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/eval"
	"github.com/hoidap/hoidap/logreg"
)

func TestLabel(t *testing.T) {
	c := eval.Case{Q: "bao nhiêu cá nhân", Must: [][]string{{"6 ca nhan"}}}
	tests := []struct {
		name  string
		cands []answer.Candidate
		want  []bool
	}{
		{
			name: "a shorter right candidate of the same sentence wins the label",
			cands: []answer.Candidate{
				{Answer: "Chủ tịch tặng Bằng khen 3 tập thể, 6 cá nhân.", Sentence: "a/p1#0"},
				{Answer: "6 cá nhân", Sentence: "a/p1#0"},
			},
			want: []bool{false, true},
		},
		{
			name: "right candidates of different sentences are both right",
			cands: []answer.Candidate{
				{Answer: "Chủ tịch tặng Bằng khen 3 tập thể, 6 cá nhân.", Sentence: "a/p1#0"},
				{Answer: "6 cá nhân", Sentence: "a/p2#0"},
			},
			want: []bool{true, true},
		},
		{
			name:  "a wrong candidate is wrong",
			cands: []answer.Candidate{{Answer: "15 cá nhân", Sentence: "a/p1#0"}},
			want:  []bool{false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := label(c, tt.cands); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("label = %v, want %v", got, tt.want)
			}
		})
	}
	none := eval.Case{Q: "ai được tặng Huân chương", None: true}
	if got := label(none, []answer.Candidate{{Answer: "Nguyễn Văn A"}}); got[0] {
		t.Error("a candidate answering a question the article does not answer is labelled right")
	}
}

func TestRoundUp(t *testing.T) {
	tests := []struct {
		v    float64
		want float64
	}{
		{0.80165, 0.8017}, // nearest would be 0.8016 or 0.8017; never below v
		{0.80161, 0.8017}, // nearest 0.8016 would answer what v refuses
		{0.8, 0.8},        // already written to four decimals: unchanged
		{0.7885, 0.7885},
		{0, 0},
	}
	for _, tt := range tests {
		if got := roundUp(tt.v, Decimals); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("roundUp(%v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestThreshold(t *testing.T) {
	outs := []outcome{
		{p: 0.95, rightAnswered: true},
		{p: 0.9, rightAnswered: true},
		{p: 0.8, rightAnswered: false},
		{p: 0.7, rightAnswered: true},
		{p: 0.6, rightAnswered: false},
		{p: 0, rightRefused: true}, // no candidate: refused, rightly
	}
	tests := []struct {
		maxWrong float64
		want     float64
	}{
		{0, 0.9},   // no wrong answer at all: answer only the two above 0.8
		{20, 0.7},  // one wrong of six allowed: the most right answers
		{100, 0.7}, // 0.6 adds a wrong answer and no right one
	}
	for _, tt := range tests {
		if got := threshold(outs, tt.maxWrong); got != tt.want {
			t.Errorf("threshold(maxWrong %v) = %v, want %v", tt.maxWrong, got, tt.want)
		}
	}
}

func TestReportBins(t *testing.T) {
	var outs []outcome
	for i := 0; i < 10; i++ {
		outs = append(outs, outcome{p: 0.5 + float64(i)/20, rightAnswered: i%2 == 0, length: 10})
	}
	r := report(outs, 0.5)
	if len(r.Bins) != calibrationBins {
		t.Fatalf("%d bins, want %d", len(r.Bins), calibrationBins)
	}
	for _, b := range r.Bins {
		if b.N != 2 || b.Right != 0.5 {
			t.Errorf("bin %+v: want 2 answers, half right", b)
		}
	}
	if r.Answered != 100 || r.MeanLength != 10 || r.Strict != 50 || r.Wrong != 50 {
		t.Errorf("report %+v", r)
	}
}

func TestSets(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"dev-seed.jsonl", "blind/a.jsonl", "blind/a/a.txt", "train/x.jsonl", "train/x/x.txt"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The groups, and so the folds and the weights, are the same whatever
	// path names the folder: the test trains from "../testdata", the
	// command from "testdata".
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, root)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{root, rel} {
		sets, err := Sets(r)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range sets {
			got = append(got, s.Name+" "+s.group())
		}
		want := []string{"blind-a blind/a", "dev-seed seed", "train-x train/x"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Sets(%s) = %q, want %q", r, got, want)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "train", "y.jsonl"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Sets(root); err == nil {
		t.Error("a question set without its article folder is no error")
	}
}

// TestCommittedWeights checks that the weights the engine embeds are the
// ones `hoidap train` makes from the committed question sets and the
// committed rows of the real articles: whoever changes a feature, a
// generator or a set retrains (with --rows, from the real texts).
func TestCommittedWeights(t *testing.T) {
	if raceEnabled {
		t.Skip("training under the race detector is slow; CI runs this test without it too")
	}
	root := filepath.Join("..", "testdata")
	sets, err := Sets(root)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := LoadRows(root)
	if err != nil {
		t.Fatal(err)
	}
	if rows == nil {
		t.Fatalf("no %s: the weights are trained on it", RowsFile)
	}
	s, r, err := Train(context.Background(), sets, rows, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Joined().Write(&buf, Header(r)...); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), answer.Weights()) {
		t.Errorf("%s differs from what `hoidap train` writes now: run it and commit the result\n%s", answer.WeightsFile, buf.String())
	}
	for i, b := range r.Bins {
		if d := b.Confidence - b.Right; d > maxCalibrationGap || d < -maxCalibrationGap {
			t.Errorf("calibration bin %d: mean confidence %.2f, right %.2f", i+1, b.Confidence, b.Right)
		}
	}
	if r.Wrong > DefaultOptions.MaxWrong {
		t.Errorf("out of fold, %.1f%% of questions get a wrong answer, want ≤ %v%%", r.Wrong, DefaultOptions.MaxWrong)
	}
}

// maxCalibrationGap is how far a calibration bin's share of right answers
// may be from its mean confidence.
const maxCalibrationGap = 0.08

func TestFitOne(t *testing.T) {
	names := []string{"a", "b"}
	rows := func(b float64, n int) [][]float64 {
		var xs [][]float64
		for range n {
			xs = append(xs, []float64{0.5, b})
		}
		return xs
	}
	tests := []struct {
		name string
		xs   [][]float64
		ys   []bool
		want func(w float64) bool
	}{
		{"always right raises it", rows(1, 4), []bool{true, true, true, true}, func(w float64) bool { return w > 0.5 }},
		{"always wrong lowers it", rows(1, 4), []bool{false, false, false, false}, func(w float64) bool { return w < -0.5 }},
		{"no rows leave it", nil, nil, func(w float64) bool { return w == 0.25 }},
		{"a feature never set stays 0", rows(0, 4), []bool{true, false, true, true}, func(w float64) bool { return w == 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &logreg.Model{Names: names, Weights: []float64{1, 0.25}}
			fitOne(m, "b", tt.xs, tt.ys, 1)
			if !tt.want(m.Weights[1]) {
				t.Errorf("weight %v", m.Weights[1])
			}
			if m.Weights[0] != 1 {
				t.Errorf("the other weight moved to %v", m.Weights[0])
			}
		})
	}
}

func TestRoutedSets(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"train/x/x.txt": "",
		"route/named.jsonl": `{"q": "a?", "must": [["a"]], "tag": "what", "article": "x"}
{"q": "b?", "must": [["b"]], "tag": "what", "article": "000_5733c26161288d00"}
{"q": "c?", "must": [["c"]], "tag": "what", "article": "x"}
`,
	}
	writeFiles(t, root, files)
	sets, err := Sets(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sets {
		got = append(got, s.Name+" "+s.group()+" "+string(rune('0'+len(s.Cases))))
		if s.Name == "route-x" && s.Corpus != filepath.Join(root, "train", "x") {
			t.Errorf("set %s asks about the articles of %s, want %s", s.Name, s.Corpus, filepath.Join(root, "train", "x"))
		}
		if !s.EventNamed {
			t.Errorf("set %s is not asked as naming its event", s.Name)
		}
	}
	want := []string{"route-000_5733c26161288d00 seed 1", "route-x train/x 2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sets = %q, want %q", got, want)
	}
	// An article nowhere under the root is an error.
	if err := os.WriteFile(filepath.Join(root, "route", "named.jsonl"), []byte(`{"q": "a?", "must": [["a"]], "tag": "what", "article": "nope"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Sets(root); err == nil {
		t.Error("a routed question about a missing article is no error")
	}
}

// TestFoldsOf deals articles to folds deterministically, every fold used,
// splits differing, and an article removed moving no other.
func TestFoldsOf(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = filepath.Join("train", string(rune('a'+i%26)), string(rune('a'+i/26)))
	}
	tests := []struct {
		name   string
		groups []string
		folds  int
	}{
		{"two groups, two folds", []string{"x", "y"}, 2},
		{"three groups, three folds", []string{"a", "b", "c"}, 3},
		{"many groups, five folds", many, 5},
	}
	for _, tt := range tests {
		for rep := range 3 {
			fold := foldsOf(tt.groups, tt.folds, rep)
			if len(fold) != len(tt.groups) {
				t.Fatalf("%s, split %d: %d groups assigned, want %d", tt.name, rep, len(fold), len(tt.groups))
			}
			used := map[int]bool{}
			for _, f := range fold {
				if f < 0 || f >= tt.folds {
					t.Fatalf("%s, split %d: fold %d out of range", tt.name, rep, f)
				}
				used[f] = true
			}
			if len(used) != tt.folds {
				t.Errorf("%s, split %d: %d folds used, want %d", tt.name, rep, len(used), tt.folds)
			}
			if again := foldsOf(tt.groups, tt.folds, rep); !reflect.DeepEqual(again, fold) {
				t.Errorf("%s, split %d: not deterministic", tt.name, rep)
			}
		}
	}
	// Without one group, every other keeps its fold.
	all, fewer := foldsOf(many, 5, 0), foldsOf(many[1:], 5, 0)
	for g, f := range fewer {
		if all[g] != f {
			t.Errorf("group %s moved from fold %d to %d when another was removed", g, all[g], f)
		}
	}
	// Another split deals the groups differently.
	if reflect.DeepEqual(foldsOf(many, 5, 0), foldsOf(many, 5, 1)) {
		t.Error("splits 0 and 1 are the same")
	}
}

// TestLogLoss scores the confidence of the top candidates against whether
// they are right.
func TestLogLoss(t *testing.T) {
	tests := []struct {
		name string
		outs []outcome
		want float64
	}{
		{"none with a candidate", []outcome{{p: 0, rightRefused: true}}, 0},
		{"sure and right", []outcome{{p: 1, rightAnswered: true}}, 0},
		{"half", []outcome{{p: 0.5, rightAnswered: true}, {p: 0.5}}, math.Ln2},
		{"wrong at 0.75", []outcome{{p: 0.75}, {p: 0}}, math.Log(4)},
	}
	for _, tt := range tests {
		if got := logLoss(tt.outs); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: logLoss = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestScaled divides a pooled report's counts by the number of splits and
// keeps its shares.
func TestScaled(t *testing.T) {
	r := scaled(Report{Strict: 50, Bins: []Bin{{N: 30, Confidence: 0.8, Right: 0.9}, {N: 33}}}, 3)
	if r.Strict != 50 || r.Bins[0].N != 10 || r.Bins[0].Confidence != 0.8 || r.Bins[1].N != 11 {
		t.Errorf("scaled report %+v", r)
	}
}
