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
// search of the same clauses finds, with the same scores: on an on-disk
// index of several segments, some of whose passages are deleted, again once
// more are added, and on in-memory indexes of one and of several segments;
// for Vietnamese clauses (terms; each word's disjunction of its folded
// form, its exact form and its neighbours one edit away, typed right and
// with typos; phrases of synonyms, conjunctions of their bigrams) and
// English ones (disjunctions).
func TestSearchFastScores(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 3,000-passage index")
	}
	ctx := context.Background()
	ix := openTest(t, t.TempDir())
	defer closeTest(t, ix)
	docs := generatedDocs(t, 3000)
	for start := 0; start < len(docs)-500; start += 500 {
		if err := ix.Add(ctx, docs[start:start+500]); err != nil {
			t.Fatal(err)
		}
	}
	checkFastScores(t, "on disk", ix)

	var deleted []string
	for i := 0; i < 120; i += 7 { // articles of the passages added
		deleted = append(deleted, fmt.Sprintf("gen%04d", i))
	}
	if err := ix.DeleteArticles(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	if want := len(docs) - 500 - 20*len(deleted); ix.Len() != want {
		t.Fatalf("%d passages left, want %d", ix.Len(), want)
	}
	checkFastScores(t, "on disk, deleted", ix)

	if err := ix.Add(ctx, docs[len(docs)-500:]); err != nil {
		t.Fatal(err)
	}
	checkFastScores(t, "on disk, deleted, added", ix)

	for _, mem := range []struct {
		name string
		docs []Doc
	}{
		{"seed", seedDocs(t)},
		{"in memory", generatedDocs(t, 2*batchSize+batchSize/2)}, // three segments
	} {
		ix, err := New(ctx, mem.docs)
		if err != nil {
			t.Fatal(err)
		}
		checkFastScores(t, mem.name, ix)
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// checkFastScores checks that a fast search of ix scores as bleve's search
// of the same clauses, for the benchmark's queries and the dev set's
// questions, as typed and with typos, and that it reads each word's clause
// itself.
func checkFastScores(t *testing.T, name string, ix *Index) {
	t.Helper()
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
		for _, q := range []string{q, withTypos(q)} {
			searches = append(searches, search{q, viQuery(strings.Fields(q), false, false)})
			// As a search that is not Fast asks it: exact forms and
			// typos, nested disjunctions and fuzzy searches.
			searches = append(searches, search{q + " (exact, typos)", viQuery(strings.Fields(q), true, true)})
		}
	}

	var kinds clauseKinds
	for _, s := range searches {
		kinds.add(t, ix, s.clauses)
	}
	if kinds.phrases == 0 {
		t.Errorf("%s: no phrase read as a conjunction of its terms: they are not checked", name)
	}
	if kinds.fuzzy == 0 || kinds.exact == 0 {
		t.Errorf("%s: %d words with neighbours one edit away and %d exact forms read as disjunctions: they are not checked", name, kinds.fuzzy, kinds.exact)
	}
	if kinds.unexpected > 0 {
		t.Errorf("%s: %d clauses other than phrases read by bleve's searcher", name, kinds.unexpected)
	}

	for _, s := range searches {
		for _, limit := range []int{5, 50} {
			fast, slow := searchSettled(t, ix, s.name, s.clauses, limit)
			if msg := sameRanking(fast, slow); msg != "" {
				t.Errorf("%s: %s, top %d: %s\nfast %v\nbleve %v", name, s.name, limit, msg, fast, slow)
			}
		}
	}
}

// withTypos returns q with a letter dropped from every word of at least
// minFuzzyLetters letters, so that its neighbours one edit away are other
// words of the index.
func withTypos(q string) string {
	ws := strings.Fields(q)
	for i, w := range ws {
		if r := []rune(w); len(r) >= minFuzzyLetters {
			ws[i] = string(append(r[:2:2], r[3:]...))
		}
	}
	return strings.Join(ws, " ")
}

// clauseKinds counts the kinds of clauses a fast search reads.
type clauseKinds struct {
	fuzzy      int // disjunctions of several terms of one field and one edit distance or less
	exact      int // word disjunctions with a term on the exact field
	phrases    int // phrases (match queries of all their terms) read as conjunctions
	searchers  int // clauses read by bleve's searcher
	unexpected int // the same, for other queries than long phrases
}

// add counts the clauses of a fast search of clauses on ix.
func (k *clauseKinds) add(t *testing.T, ix *Index, clauses []query.Query) {
	t.Helper()
	r, err := ix.reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b := clauseBuilder{ctx: context.Background(), r: r, m: ix.idx.Mapping(), fuzzy: &ix.fuzzy}
	for _, q := range clauses {
		k.count(t, &b, q)
	}
}

// count counts the clause b makes of q, and those of the queries q holds.
func (k *clauseKinds) count(t *testing.T, b *clauseBuilder, q query.Query) {
	t.Helper()
	c, err := b.newClause(q)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	if _, ok := c.(*searcherClause); ok {
		k.searchers++
		if m, ok := q.(*query.MatchQuery); !ok || m.Operator != query.MatchQueryOperatorAnd {
			k.unexpected++
		}
		return
	}
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			k.count(t, b, d)
		}
	case *query.FuzzyQuery:
		if d, ok := c.(*disjunctionClause); ok && len(d.clauses) > 1 {
			k.fuzzy++
		}
	case *query.MatchQuery:
		if _, ok := c.(*disjunctionClause); ok && q.FieldVal == fieldExact {
			k.exact++
		}
		if _, ok := c.(*conjunctionClause); ok {
			k.phrases++
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

// TestFuzzyCacheFollowsIndex checks that a fast search finds a typo's
// neighbours in the index as it is now, as bleve's search does: after a
// passage with a new neighbour is added, and after it is deleted (its
// term stays in its segment's dictionary, matching nothing, and counts
// in the coordination of the typo's clause).
func TestFuzzyCacheFollowsIndex(t *testing.T) {
	ctx := context.Background()
	ix, err := New(ctx, []Doc{
		{ID: "a/1", Article: "a", Text: "Khen thưởng các tập thể."},
		{ID: "a/2", Article: "a", Text: "Thưởng nóng cho cá nhân."},
		{ID: "a/3", Article: "a", Text: "Lễ trao thưởng."},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	clauses := viQuery([]string{"thuongx", "khen"}, false, true)
	var prev []Hit
	check := func(step string, neighbours int) {
		t.Helper()
		fast, slow := searchSettled(t, ix, step, clauses, DefaultLimit)
		if msg := sameRanking(fast, slow); msg != "" {
			t.Errorf("%s: %s\nfast %v\nbleve %v", step, msg, fast, slow)
		}
		if prev != nil && sameRanking(fast, prev) == "" {
			t.Errorf("%s: the same hits and scores as before: %v", step, fast)
		}
		prev = fast
		r, err := ix.reader()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		terms, ok, err := ix.fuzzy.candidates(r, fuzzyKey{field: fieldFold, term: "thuongx", fuzziness: 1})
		if err != nil || !ok || len(terms) != neighbours {
			t.Errorf("%s: neighbours of thuongx %v, %v, %v; want %d", step, terms, ok, err, neighbours)
		}
	}
	check("first", 1)
	// One batch, one segment: it stays when b's passage is deleted.
	if err := ix.Add(ctx, []Doc{
		{ID: "b/1", Article: "b", Text: "thuongy khen"},
		{ID: "c/1", Article: "c", Text: "Khen ngợi."},
	}); err != nil {
		t.Fatal(err)
	}
	check("added", 2)
	if err := ix.DeleteArticle(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	check("deleted", 2)
}
