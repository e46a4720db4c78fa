package index

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestSearchFastScores checks that a fast search finds the passages bleve's
// search of the same clauses finds, with the same scores: on an index of
// several segments, some of whose passages are deleted, for Vietnamese
// clauses (terms, and phrases of synonyms, which bleve's own searchers
// read) and English ones (disjunctions).
func TestSearchFastScores(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 3,000-passage index")
	}
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	defer closeTest(t, ix)
	docs := generatedDocs(t, 3000)
	for start := 0; start < len(docs); start += 500 {
		if err := ix.Add(ctx, docs[start:start+500]); err != nil {
			t.Fatal(err)
		}
	}
	var deleted []string
	for i := 0; i < 150; i += 7 {
		deleted = append(deleted, fmt.Sprintf("gen%04d", i))
	}
	if err := ix.DeleteArticles(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	if want := len(docs) - 20*len(deleted); ix.Len() != want {
		t.Fatalf("%d passages left, want %d", ix.Len(), want)
	}

	type search struct {
		name    string
		clauses []query.Query
	}
	var searches []search
	for _, q := range benchQueries {
		s := search{name: strings.Join(q.Words, " ")}
		if q.Language == "en" {
			s.clauses = enQuery(ix.en, q.Words)
		} else {
			s.clauses = viQuery(q.Words, false, false)
		}
		searches = append(searches, s)
	}
	for _, q := range devSeedQuestions(t) {
		searches = append(searches, search{q, viQuery(strings.Fields(q), false, false)})
		// As a search that is not Fast asks it: exact forms and typos,
		// nested disjunctions and fuzzy searchers.
		searches = append(searches, search{q + " (exact, typos)", viQuery(strings.Fields(q), true, true)})
	}
	synonyms := 0
	for _, s := range searches {
		for _, c := range s.clauses {
			if _, ok := c.(*query.TermQuery); !ok {
				synonyms++
			}
		}
	}
	if synonyms == 0 {
		t.Fatal("no clause other than a term: bleve's searchers are not checked")
	}

	for _, s := range searches {
		for _, limit := range []int{5, 50} {
			fast, slow := searchSettled(t, ix, s.name, s.clauses, limit)
			if msg := sameRanking(fast, slow); msg != "" {
				t.Errorf("%s, top %d: %s\nfast %v\nbleve %v", s.name, limit, msg, fast, slow)
			}
		}
	}
}

// settleTries is how many times searchSettled searches before it gives up
// waiting for the index's segments to settle.
const settleTries = 50

// searchSettled returns a fast search's hits and bleve's for clauses, read
// while bleve's stay the same: a word one edit away is looked up in the
// terms of each segment, so a search with typos scores otherwise once the
// background merges drop the terms of deleted passages.
func searchSettled(t *testing.T, ix *Index, name string, clauses []query.Query, limit int) (fast, slow []Hit) {
	t.Helper()
	ctx := context.Background()
	for range settleTries {
		before, err := ix.searchBleve(ctx, clauses, nil, limit, true)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fast, err = ix.searchTermAtATime(ctx, clauses, limit)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fast = ordered(fast, limit)
		slow, err = ix.searchBleve(ctx, clauses, nil, limit, true)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if sameRanking(before, slow) == "" {
			return fast, slow
		}
		time.Sleep(settleWait)
	}
	t.Fatalf("%s: bleve's hits still change after %d searches", name, settleTries)
	return nil, nil
}

// settleWait is how long searchSettled waits between two tries.
const settleWait = 20 * time.Millisecond

// sameRanking says how two rankings of the same search differ, beyond the
// order of equal scores at the cut; "" when they do not.
func sameRanking(a, b []Hit) string {
	if len(a) != len(b) {
		return fmt.Sprintf("%d hits, want %d", len(a), len(b))
	}
	if len(a) == 0 {
		return ""
	}
	const eps = 2 * scorePrecision
	cut := b[len(b)-1].Score
	scores := map[string]float64{}
	for _, h := range a {
		scores[h.ID] = h.Score
	}
	for i, h := range b {
		if math.Abs(a[i].Score-h.Score) > eps {
			return fmt.Sprintf("hit %d scores %v, want %v", i, a[i].Score, h.Score)
		}
		if h.Score <= cut+eps {
			continue // equal scores at the cut come in any order
		}
		if s, ok := scores[h.ID]; !ok || math.Abs(s-h.Score) > eps {
			return fmt.Sprintf("%s scores %v (found %v), want %v", h.ID, s, ok, h.Score)
		}
	}
	return ""
}
