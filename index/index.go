// Package index searches passages with bleve.
//
// Every passage is indexed into four text fields, each with an analyzer of
// its own registered in bleve's registry by this package:
//
//   - exact (hoidap_vi_exact): lower-case canonical syllables, diacritics kept;
//   - fold (hoidap_vi_fold): syllables lower-cased and folded ("bang", "khen");
//   - bigram (hoidap_vi_bigram): folded syllable bigrams ("bang_khen"), never
//     across punctuation or a line break;
//   - en (hoidap_en): English words lower-cased, stopwords removed, snowball
//     stemmed.
//
// plus the keyword field article, for filtering. Scoring is BM25; a search
// not restricted to some articles adds its clauses up term at a time rather
// than through bleve's collector, with the same scores. New builds an index in memory (scorch, unpersisted); Open keeps
// one in a folder (scorch, persisted), which Add and DeleteArticle change.
// The index knows nothing of the answer engine or of Telegram.
package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/hoidap/hoidap/analysis"
)

// Field names of an indexed passage.
const (
	fieldExact   = "exact"
	fieldFold    = "fold"
	fieldBigram  = "bigram"
	fieldEn      = "en"
	fieldArticle = "article"
)

// batchSize is how many documents go into one bleve batch. The unpersisted
// scorch index never merges segments, so each batch stays one segment:
// larger batches mean fewer segments to search, smaller ones a finer check
// of ctx.
const batchSize = 1000

// A Doc is one passage to index.
type Doc struct {
	// ID identifies the passage; hits carry it back. It must be unique and
	// not empty.
	ID string
	// Article is the ID of the passage's article, for Query.Articles.
	Article string
	// Text is the passage's text. It is made analysis.Canonical before it
	// is analysed (a no-op for canonical text).
	Text string
	// Language is "vi", "en" or empty (unknown). It is checked but does not
	// change how the passage is indexed: every passage goes into every field,
	// so that a question misdetected as the other language, or an English
	// question naming Vietnamese places, still finds it.
	Language string
}

// An Index is a BM25 index of passages, in memory (New) or on disk (Open).
// Its methods are safe for concurrent use.
type Index struct {
	idx  bleve.Index
	en   bleveanalysis.Analyzer // analyses English query words
	size atomic.Int64           // passages indexed
	// write serialises Add and DeleteArticles, so that size follows them.
	write sync.Mutex
	// lock holds the folder of an index from Open; nil in memory.
	lock *os.File
	// fuzzy keeps the words one edit away from the words of recent
	// searches, for the current snapshot.
	fuzzy fuzzyCache
	// postings keeps the short postings lists of recent searches' terms,
	// for the current snapshot.
	postings postingsCache
	// analysed keeps the terms of the texts of recent searches' match
	// queries.
	analysed analysedCache
	// queries keeps the clauses of recent searches' Vietnamese words.
	queries queryCache
}

// New indexes docs in batches of batchSize, checking ctx between batches. It
// returns an error for an empty or duplicate ID or an unknown language, and
// ctx.Err() (wrapped) when ctx ends first.
func New(ctx context.Context, docs []Doc) (*Index, error) {
	if err := validate(docs); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("index: building: %w", err)
	}
	im := newMapping()
	en := im.AnalyzerNamed(analyzerEn)
	if en == nil {
		return nil, fmt.Errorf("index: analyzer %s not registered", analyzerEn)
	}
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: creating bleve index: %w", err)
	}
	for start := 0; start < len(docs); start += batchSize {
		if err := ctx.Err(); err != nil {
			return nil, errors.Join(fmt.Errorf("index: building: %w", err), closeErr(idx))
		}
		end := min(start+batchSize, len(docs))
		b := idx.NewBatch()
		for _, d := range docs[start:end] {
			if err := b.Index(d.ID, fields(d)); err != nil {
				return nil, errors.Join(fmt.Errorf("index: adding passage %q: %w", d.ID, err), closeErr(idx))
			}
		}
		if err := idx.Batch(b); err != nil {
			return nil, errors.Join(fmt.Errorf("index: indexing passages %d-%d: %w", start, end-1, err), closeErr(idx))
		}
	}
	ix := &Index{idx: idx, en: en}
	ix.size.Store(int64(len(docs)))
	return ix, nil
}

// fields returns the fields d is indexed with.
func fields(d Doc) map[string]any {
	text := analysis.Canonical(d.Text)
	return map[string]any{
		fieldExact:   text,
		fieldFold:    text,
		fieldBigram:  text,
		fieldEn:      text,
		fieldArticle: d.Article,
	}
}

// validate checks docs before anything is indexed.
func validate(docs []Doc) error {
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		switch {
		case d.ID == "":
			return fmt.Errorf("index: passage %d has no ID", i)
		case seen[d.ID]:
			return fmt.Errorf("index: duplicate passage ID %q", d.ID)
		}
		seen[d.ID] = true
		if d.Language != "" && d.Language != "vi" && d.Language != "en" {
			return fmt.Errorf("index: passage %q: unknown language %q", d.ID, d.Language)
		}
	}
	return nil
}

// closeErr closes an index being abandoned and wraps any error.
func closeErr(idx bleve.Index) error {
	if err := idx.Close(); err != nil {
		return fmt.Errorf("index: closing: %w", err)
	}
	return nil
}

// newMapping maps the four analysed text fields and the article keyword.
// Nothing is stored: a search returns IDs and scores only.
func newMapping() *mapping.IndexMappingImpl {
	text := func(analyzer string) *mapping.FieldMapping {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = false
		fm.DocValues = false
		return fm
	}
	article := bleve.NewKeywordFieldMapping()
	article.Store = false
	article.IncludeInAll = false
	article.IncludeTermVectors = false
	article.DocValues = false

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldExact, text(analyzerExact))
	dm.AddFieldMappingsAt(fieldFold, text(analyzerFold))
	dm.AddFieldMappingsAt(fieldBigram, text(analyzerBigram))
	dm.AddFieldMappingsAt(fieldEn, text(analyzerEn))
	dm.AddFieldMappingsAt(fieldArticle, article)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = analyzerFold
	im.ScoringModel = bleveindex.BM25Scoring
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	return im
}

// Len returns the number of passages indexed.
func (ix *Index) Len() int { return int(ix.size.Load()) }

// Close releases the index and, for an index from Open, its folder. It must
// not be used afterwards.
func (ix *Index) Close() error {
	var errs []error
	if err := ix.idx.Close(); err != nil {
		errs = append(errs, fmt.Errorf("index: closing: %w", err))
	}
	if ix.lock != nil {
		if err := ix.lock.Close(); err != nil {
			errs = append(errs, fmt.Errorf("index: unlocking: %w", err))
		}
	}
	return errors.Join(errs...)
}
