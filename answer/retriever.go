package answer

import (
	"context"
	"fmt"

	"github.com/hoidap/hoidap/index"
)

// A retriever finds the passages of a document worth reading for a
// question: it holds the index over the document's passages (scope
// searches it).
type retriever struct {
	idx *index.Index
	doc *document
}

// newRetriever indexes the passages of d, article by article, in order.
func newRetriever(ctx context.Context, d *document) (*retriever, error) {
	var docs []index.Doc
	for _, a := range d.articles {
		for _, p := range a.Passages {
			docs = append(docs, index.Doc{ID: p.ID, Article: a.ID, Text: p.Text, Language: a.Language})
		}
	}
	idx, err := index.New(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("indexing %d passages: %w", len(docs), err)
	}
	return &retriever{idx: idx, doc: d}, nil
}
