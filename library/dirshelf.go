package library

import (
	"context"
	"fmt"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/datadir"
	"github.com/hoidap/hoidap/index"
)

// A dirShelf is a shelf kept in a data dir: its listing is read at open,
// an article from disk when its engine is built.
type dirShelf struct {
	d *datadir.Dir
}

// DirShelf returns the shelf of the articles in data dir d. Closing the
// shelf closes d.
func DirShelf(d *datadir.Dir) Shelf { return dirShelf{d} }

func (s dirShelf) Articles() []Meta {
	ms := s.d.Articles()
	out := make([]Meta, len(ms))
	for i, m := range ms {
		out[i] = Meta{ID: m.ID, Title: m.Title, Source: m.Source, Date: m.Date, Hash: m.Hash}
	}
	return out
}

func (s dirShelf) Article(_ context.Context, id string) (*corpus.Article, error) {
	if _, ok := s.d.Meta(id); !ok {
		return nil, fmt.Errorf("library: %w: %q", ErrNoArticle, id)
	}
	a, _, err := s.d.Article(id)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	return a, nil
}

func (s dirShelf) Index() *index.Index { return s.d.Index() }
func (s dirShelf) Close() error        { return s.d.Close() }
