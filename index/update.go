package index

import (
	"context"
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// deleteChunk is how many articles one search of DeleteArticles looks for.
const deleteChunk = 200

// Add indexes docs in batches of batchSize, checking ctx between batches; a
// passage whose ID is already indexed is replaced. It returns an error for
// an empty or duplicate ID or an unknown language, before anything is
// indexed, and ctx.Err() (wrapped) when ctx ends first: the batches indexed
// by then stay.
func (ix *Index) Add(ctx context.Context, docs []Doc) error {
	if err := validate(docs); err != nil {
		return err
	}
	ix.write.Lock()
	defer ix.write.Unlock()
	defer ix.count()
	for start := 0; start < len(docs); start += batchSize {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: adding: %w", err)
		}
		end := min(start+batchSize, len(docs))
		b := ix.idx.NewBatch()
		for _, d := range docs[start:end] {
			if err := b.Index(d.ID, fields(d)); err != nil {
				return fmt.Errorf("index: adding passage %q: %w", d.ID, err)
			}
		}
		if err := ix.idx.Batch(b); err != nil {
			return fmt.Errorf("index: adding passages %q to %q: %w", docs[start].ID, docs[end-1].ID, err)
		}
	}
	return nil
}

// DeleteArticle deletes every passage of article (by Doc.Article). An
// article without passages is no error.
func (ix *Index) DeleteArticle(ctx context.Context, article string) error {
	return ix.DeleteArticles(ctx, []string{article})
}

// DeleteArticles deletes every passage of the articles, checking ctx
// between batches. Articles without passages are no error.
func (ix *Index) DeleteArticles(ctx context.Context, articles []string) error {
	ix.write.Lock()
	defer ix.write.Unlock()
	defer ix.count()
	for chunk := range slices.Chunk(articles, deleteChunk) {
		if err := ix.deleteChunk(ctx, chunk); err != nil {
			return err
		}
	}
	return nil
}

// deleteChunk deletes the passages of a few articles, batchSize passages
// at a time.
func (ix *Index) deleteChunk(ctx context.Context, articles []string) error {
	terms := make([]query.Query, len(articles))
	for i, a := range articles {
		terms[i] = term(fieldArticle, a, 1)
	}
	q := query.NewDisjunctionQuery(terms)
	deleted := map[string]bool{}
	for {
		req := bleve.NewSearchRequestOptions(q, batchSize, 0, false)
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: finding passages of %q: %w", articles, err)
		}
		if len(res.Hits) == 0 {
			return nil
		}
		b := ix.idx.NewBatch()
		for _, h := range res.Hits {
			if deleted[h.ID] {
				return fmt.Errorf("index: deleting passages of %q: passage %q still found once deleted", articles, h.ID)
			}
			deleted[h.ID] = true
			b.Delete(h.ID)
		}
		if err := ix.idx.Batch(b); err != nil {
			return fmt.Errorf("index: deleting passages of %q: %w", articles, err)
		}
	}
}

// count sets size to the number of passages indexed. On error it keeps the
// last count: the next Add or DeleteArticles counts again.
func (ix *Index) count() {
	if n, err := ix.idx.DocCount(); err == nil {
		ix.size.Store(int64(n))
	}
}

// Articles returns the IDs of the articles (Doc.Article) with at least one
// passage indexed, sorted.
func (ix *Index) Articles(ctx context.Context) ([]string, error) {
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	dict, err := r.FieldDict(fieldArticle)
	if err != nil {
		return nil, fmt.Errorf("index: listing articles: %w", err)
	}
	defer dict.Close()
	var out []string
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("index: listing articles: %w", err)
		}
		if e == nil {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("index: listing articles: %w", err)
		}
		// The dictionary keeps the terms of deleted passages until their
		// segment merges; the postings say whether one is left.
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), fieldArticle, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("index: listing articles: %w", err)
		}
		live := tfr.Count() > 0
		if err := tfr.Close(); err != nil {
			return nil, fmt.Errorf("index: listing articles: %w", err)
		}
		if live {
			out = append(out, e.Term)
		}
	}
	slices.Sort(out)
	return out, nil
}

// reader returns a reader of the index's current snapshot; the caller
// closes it.
func (ix *Index) reader() (bleveindex.IndexReader, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: reading: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: reading: %w", err)
	}
	return r, nil
}
