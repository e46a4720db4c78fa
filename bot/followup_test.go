package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/eval"
	"github.com/hoidap/hoidap/library"
)

// A followUp is one two-turn exchange of a follow-up set: a first
// question, then one that means something only after it ("ông ấy giữ
// chức gì?", "còn Giấy khen thì sao?").
type followUp struct {
	Article string `json:"article"`
	// Dir is the article's folder under testdata; the older set names
	// its articles in followUpArticles instead.
	Dir   string     `json:"dir"`
	First string     `json:"first"`
	Q     string     `json:"q"`
	Tag   string     `json:"tag"`
	Must  [][]string `json:"must"`
	None  bool       `json:"none"`
}

// followUpArticles are the folders of followups.jsonl's articles, by id.
var followUpArticles = map[string]string{
	"000_5733c26161288d00": "", // the embedded seed
	"001_2bd7fa3da5dabe67": "articles/vi",
	"012_4abd742f62bd64ce": "blind4/j",
}

// The follow-up sets and their gates: each set's figures when the gate was
// set, with 5 points to spare on the right share and 2 on the wrong one.
// followups.jsonl (49 exchanges over three articles) guided the work: 33%
// right and 10% wrong on first contact, 59% and 6% at the gate, 63% and 8%
// after the engine's mechanisms round (its wrong gate moved with it: one
// more wrong answer is the dev-seed near-tie, "… bn điểm … trong đó").
// followups-heldout.jsonl (44 exchanges over four other articles) was kept
// out of it: 36% and 5% on first contact, 39% and 5% at the gate.
var followUpSets = []struct {
	file               string
	minRight, maxWrong float64 // percent
}{
	{"followups.jsonl", 54, 9},
	{"followups-heldout.jsonl", 34, 7},
}

// boldAnswer is the short answer of a bot reply: its first bold run.
var boldAnswer = regexp.MustCompile(`<b>(.*?)</b>`)

// TestFollowUpSet runs the blind sets of two-turn exchanges through the
// bot on the real engine, in private chats: the first question, then the
// follow-up, which the bot reads in the light of the first. It scores the
// follow-up's answer as the eval README does and gates the figures.
func TestFollowUpSet(t *testing.T) {
	for _, fs := range followUpSets {
		t.Run(fs.file, func(t *testing.T) {
			right, wrong, n := runFollowUps(t, fs.file)
			t.Logf("%s: %d exchanges, right %d (%.0f%%), wrong %d (%.0f%%)", fs.file, n, right, pct(right, n), wrong, pct(wrong, n))
			if pct(right, n) < fs.minRight {
				t.Errorf("%.0f%% of follow-ups right, want ≥ %.0f%%", pct(right, n), fs.minRight)
			}
			if pct(wrong, n) > fs.maxWrong {
				t.Errorf("%.0f%% of follow-ups wrong, want ≤ %.0f%%", pct(wrong, n), fs.maxWrong)
			}
		})
	}
}

// runFollowUps runs the exchanges of testdata/file through the bot and
// counts the right and wrong answers to the follow-ups.
func runFollowUps(t *testing.T, file string) (right, wrong, n int) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var set []followUp
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var f followUp
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%s line %d: %v", file, i+1, err)
		}
		if f.Dir == "" {
			dir, known := followUpArticles[f.Article]
			if !known {
				t.Fatalf("%s line %d: unknown article %s", file, i+1, f.Article)
			}
			f.Dir = dir
		}
		set = append(set, f)
	}
	harnesses := map[string]*harness{}
	for i, f := range set {
		h, ok := harnesses[f.Dir]
		if !ok {
			h = startEngine(t, articleEngine(t, f.Dir), func(c *Config) { c.FloodPerMin = -1 })
			harnesses[f.Dir] = h
		}
		user := int64(20000 + i) // a chat of its own: the first question is the previous turn
		h.api.push(update(privateMsg(user, f.First)))
		h.waitSends(user, 1)
		h.api.push(update(privateMsg(user, f.Q)))
		reply := h.waitSends(user, 2)[1].text()
		res := eval.Result{Kind: string(answer.KindFact), Reply: html.UnescapeString(reply)}
		if m := boldAnswer.FindStringSubmatch(reply); m != nil && !strings.HasPrefix(reply, answer.NotInArticle) {
			res.Answer = html.UnescapeString(m[1])
		} else {
			res.Kind, res.Answer = string(answer.KindNone), answer.NotInArticle
		}
		c := eval.Case{Q: f.Q, Must: f.Must, None: f.None, Tag: f.Tag}
		ok, _ = eval.Score(c, res)
		switch {
		case ok:
			right++
		case eval.Wrong(c, res):
			wrong++
			t.Logf("wrong [%s] %q → %q: %q, want %v", f.Tag, f.First, f.Q, res.Answer, f.Must)
		default:
			t.Logf("refused [%s] %q → %q, want %v", f.Tag, f.First, f.Q, f.Must)
		}
	}
	return right, wrong, len(set)
}

// pct is k of n in percent.
func pct(k, n int) float64 { return 100 * float64(k) / float64(max(1, n)) }

// articleEngine builds a library over the testdata folder dir, or the
// embedded seed when dir is empty.
func articleEngine(t *testing.T, dir string) *library.Library {
	t.Helper()
	var (
		as  []*corpus.Article
		err error
	)
	if dir == "" {
		as, err = corpus.Default()
	} else {
		as, err = corpus.Load(filepath.Join("..", "testdata", filepath.FromSlash(dir)))
	}
	if err != nil {
		t.Fatal(fmt.Errorf("articles of %q: %w", dir, err))
	}
	l, err := library.Open(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}
