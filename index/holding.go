package index

import (
	"context"
	"fmt"
	"strings"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// A Term is one folded syllable of a query's words, or two adjacent ones
// as a unit ("quang nam"), with the articles whose passages hold it.
type Term struct {
	// Text is the folded syllable, or the two syllables parted by a space.
	Text string
	// Articles are the IDs of the articles holding it; nil when more than
	// the most asked for do (Common).
	Articles map[string]bool
	// Common is true when more than the most asked for hold it.
	Common bool
}

// Holding returns, for each folded term — a syllable, or two parted by a
// space, read as a bigram ("quang nam") —, the articles whose passages
// hold it: how many articles hold a word says how well it singles one out
// ("Quảng Nam" among articles about the same kind of event in other
// provinces). A term held by more than most articles is Common, and its
// reading stops there.
func (ix *Index) Holding(ctx context.Context, terms []string, most int) ([]Term, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out := make([]Term, 0, len(terms))
	for _, text := range terms {
		field, term := fieldFold, text
		if a, b, pair := strings.Cut(text, " "); pair {
			field, term = fieldBigram, a+bigramSep+b
		}
		t := Term{Text: text, Articles: map[string]bool{}}
		if err := ix.holding(ctx, r, field, term, most, &t); err != nil {
			return nil, fmt.Errorf("index: reading %q: %w", text, err)
		}
		out = append(out, t)
	}
	return out, nil
}

// holding reads the postings of term in field into t.Articles, up to most
// articles.
func (ix *Index) holding(ctx context.Context, r bleveindex.IndexReader, field, term string, most int, t *Term) error {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return err
	}
	defer tfr.Close()
	var doc bleveindex.TermFieldDoc
	for i := 1; ; i++ {
		m, err := tfr.Next(doc.Reset())
		if err != nil {
			return err
		}
		if m == nil {
			return nil
		}
		n, err := docNumber(m.ID)
		if err != nil {
			return err
		}
		id, err := ix.postings.externalID(r, n)
		if err != nil {
			return err
		}
		if j := strings.LastIndexByte(id, '/'); j >= 0 {
			id = id[:j]
		}
		t.Articles[id] = true
		if len(t.Articles) > most {
			t.Articles, t.Common = nil, true
			return nil
		}
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
}
