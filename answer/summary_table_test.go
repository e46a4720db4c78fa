package answer

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/hoidap/hoidap/analysis"
)

// A summaryRow is one article of testdata/summaries.jsonl: the key numbers
// a summary of it must show, each with the words that make it mean
// something ("33", "tap the", "ca nhan"), written blind.
type summaryRow struct {
	Article string `json:"article"`
	Dir     string `json:"dir"`
	Numbers []struct {
		Says string   `json:"says"`
		Must []string `json:"must"`
	} `json:"numbers"`
}

// minSummaryShare is the least share, in percent, of the table's numbers
// that the summaries must show whole: the share measured when the gate was
// set, less 5 points (see the README).
const minSummaryShare = 81

// TestSummaryNumbersTable checks the summaries (/tomtat, announcements)
// against a table written blind: each key number must stand on one line of
// the summary's numbers or awards with its whole noun phrase and what it
// belongs to, not bare ("910 điểm").
func TestSummaryNumbersTable(t *testing.T) {
	f, err := os.Open("../testdata/summaries.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found, total := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var row summaryRow
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		e := seedEngine(t)
		if row.Dir != "" {
			e = dirEngine(t, row.Dir)
		}
		at := -1
		for i, a := range e.Articles() {
			if a.ID == row.Article {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("%s: no article %s", row.Dir, row.Article)
		}
		s := e.Summary(at)
		var lines []string
		for _, l := range append(append([]string(nil), s.Numbers...), s.Awards...) {
			lines = append(lines, analysis.Fold(l))
		}
		for _, n := range row.Numbers {
			total++
			ok := false
			for _, l := range lines {
				all := true
				for _, m := range n.Must {
					all = all && strings.Contains(l, m)
				}
				ok = ok || all
			}
			if ok {
				found++
			} else {
				t.Logf("%s: no line shows %q (must %q); lines %q", row.Article, n.Says, n.Must, lines)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	share := 100 * float64(found) / float64(total)
	t.Logf("summaries show %d of %d key numbers whole (%.0f%%)", found, total, share)
	if share < minSummaryShare {
		t.Errorf("summaries show %.0f%% of the key numbers whole, want ≥ %d%%", share, minSummaryShare)
	}
}
