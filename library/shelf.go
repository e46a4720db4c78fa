package library

import (
	"context"
	"fmt"
	"sort"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// Meta is what a listing shows of one article.
type Meta struct {
	ID     string
	Title  string
	Source string
	Date   corpus.Date
	// Hash is the corpus.Hash of the article's file: a curated answer
	// written for another hash is stale.
	Hash string
}

// metaOf returns a's listing.
func metaOf(a *corpus.Article) Meta {
	return Meta{ID: a.ID, Title: a.Headline(), Source: a.Source, Date: a.Date, Hash: a.Hash}
}

// newer reports whether a lists before b: the newer first, then by ID.
func newer(a, b Meta) bool {
	da, db := a.Date, b.Date
	if da.Year != db.Year {
		return da.Year > db.Year
	}
	if da.Month != db.Month {
		return da.Month > db.Month
	}
	if da.Day != db.Day {
		return da.Day > db.Day
	}
	return a.ID < b.ID
}

// A Shelf holds the articles a library serves. Its methods must be safe for
// concurrent use.
type Shelf interface {
	// Articles lists every article, newest first.
	Articles() []Meta
	// Article returns the article with the given ID.
	Article(ctx context.Context, id string) (*corpus.Article, error)
	// Index searches every passage of every article; a passage's ID starts
	// with its article's ID and a slash.
	Index() *index.Index
	// Close releases the shelf.
	Close() error
}

// A memShelf holds parsed articles in memory.
type memShelf struct {
	list []Meta
	byID map[string]*corpus.Article
	idx  *index.Index
}

// NewShelf returns a shelf of articles held in memory, with an index over
// all their passages. Article IDs must be unique.
func NewShelf(ctx context.Context, articles []*corpus.Article) (Shelf, error) {
	s := &memShelf{byID: map[string]*corpus.Article{}}
	var docs []index.Doc
	for _, a := range articles {
		if _, dup := s.byID[a.ID]; dup {
			return nil, fmt.Errorf("library: two articles named %q", a.ID)
		}
		s.byID[a.ID] = a
		s.list = append(s.list, metaOf(a))
		for _, p := range a.Passages {
			docs = append(docs, index.Doc{ID: p.ID, Article: a.ID, Text: p.Text, Language: a.Language})
		}
	}
	sort.SliceStable(s.list, func(i, j int) bool { return newer(s.list[i], s.list[j]) })
	idx, err := index.New(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("library: index the articles: %w", err)
	}
	s.idx = idx
	return s, nil
}

func (s *memShelf) Articles() []Meta    { return s.list }
func (s *memShelf) Index() *index.Index { return s.idx }
func (s *memShelf) Close() error        { return s.idx.Close() }

func (s *memShelf) Article(_ context.Context, id string) (*corpus.Article, error) {
	a, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("library: %w: %q", ErrNoArticle, id)
	}
	return a, nil
}
