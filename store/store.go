package store

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is wrapped by the errors of operations on a record that does
// not exist.
var ErrNotFound = errors.New("not found")

// A Store keeps chat state, asked questions with their votes, and curated
// answers. It is safe for concurrent use.
type Store interface {
	// State returns the value kept under name for chat; ok is false when
	// there is none.
	State(ctx context.Context, chat int64, name string) (value []byte, ok bool, err error)
	// SetState keeps value under name for chat, replacing any earlier one.
	// A nil value is kept as an empty one.
	SetState(ctx context.Context, chat int64, name string, value []byte) error
	// Record keeps one asked question and returns its id, for feedback
	// later. A zero r.Time is taken as now.
	Record(ctx context.Context, r Record) (id int64, err error)
	// Feedback sets 👍 (+1) or 👎 (-1) on the recorded question id; a later
	// vote replaces an earlier one. Another vote is an error, and so is an
	// unknown id (wrapping [ErrNotFound]).
	Feedback(ctx context.Context, id int64, vote int) error
	// Report sums the records since the given time (inclusive), listing at
	// most topPerArticle unanswered questions per article (all of them when
	// topPerArticle <= 0).
	Report(ctx context.Context, since time.Time, topPerArticle int) (Report, error)
	// SetCurated keeps a curated answer, replacing the one with the same
	// Article and Key. A zero c.Updated is taken as now.
	SetCurated(ctx context.Context, c Curated) error
	// Curated returns the curated answer for article and key; ok is false
	// when there is none.
	Curated(ctx context.Context, article, key string) (c Curated, ok bool, err error)
	// CuratedList returns the curated answers of article, or of every
	// article when article is "", ordered by article and key.
	CuratedList(ctx context.Context, article string) ([]Curated, error)
	// PutArticle keeps data as the article file called name, replacing any
	// earlier one in one step: the name holds the old bytes or the new,
	// never a part. The store knows nothing of the bytes; an empty name is
	// an error.
	PutArticle(ctx context.Context, name string, data []byte) error
	// Articles lists the article files kept, without their bytes, ordered
	// by name.
	Articles(ctx context.Context) ([]StoredArticle, error)
	// Article returns the bytes of the article file called name; an
	// unknown name is an error wrapping [ErrNotFound].
	Article(ctx context.Context, name string) ([]byte, error)
	// DeleteArticle deletes the article file called name; an unknown name
	// is an error wrapping [ErrNotFound].
	DeleteArticle(ctx context.Context, name string) error
	// Prune deletes the chat state last set, and the records made, before
	// the given time, and returns how many rows went. Curated answers and
	// article files stay.
	Prune(ctx context.Context, before time.Time) (int64, error)
	// Kind is "sqlite", "postgres" or "memory", for a log line.
	Kind() string
	// Close releases the database; a memory store's contents are lost.
	Close() error
}

// A Record is one asked question and how it was answered.
type Record struct {
	// Time is when the question was asked.
	Time time.Time
	// Chat is the Telegram chat id; the store keeps only the chat's key.
	Chat int64
	// Article is the id of the article the question was about.
	Article string
	// Question is the question as asked.
	Question string
	// Answer is the reply given.
	Answer string
	// Kind is how it was answered: "fact", "passage", "none", "choose" or
	// "curated". "none" and "choose" count as not answered.
	Kind string
	// Confidence is the answer's confidence, from 0 to 1.
	Confidence float64
}

// A Report sums the records made since a time.
type Report struct {
	// Since is the start of the period reported.
	Since time.Time
	// Questions counts the records; Answered those whose kind is neither
	// "none" nor "choose".
	Questions, Answered int
	// Askers counts the distinct chats that asked.
	Askers int
	// Up and Down count the records voted 👍 and 👎.
	Up, Down int
	// Unanswered lists the questions left unanswered (kind "none" or
	// "choose") or voted 👎, grouped by article and question, ordered by
	// article, then most asked first (then most recent, then question);
	// at most the report's topPerArticle per article.
	Unanswered []Unanswered
}

// Unanswered is one question, as asked about one article, that was left
// unanswered or voted 👎 in the period of a [Report].
type Unanswered struct {
	// Article and Question are the record's, as recorded.
	Article, Question string
	// Count is how many times it was left unanswered or voted 👎.
	Count int
	// Down is how many of those were voted 👎.
	Down int
	// LastID is the id of the last of those recorded.
	LastID int64
	// Last is the latest of their times.
	Last time.Time
}

// A Curated answer was written by an editor for one question on one article.
type Curated struct {
	// Article is the article's id; Key is the question's normalised form,
	// computed by the caller and opaque to the store.
	Article, Key string
	// Question and Answer are the editor's.
	Question, Answer string
	// ArticleHash is the hash of the article's text when the answer was
	// written; the answer is stale when it differs from the current one.
	ArticleHash string
	// Author is free text, such as "editors"; never a user id.
	Author string
	// Updated is when the answer was last written.
	Updated time.Time
	// Used is when the answer was last given; zero if never.
	Used time.Time
}

// A StoredArticle describes an article file kept in the store, without
// its bytes.
type StoredArticle struct {
	// Name is the name it was put under.
	Name string
	// Hash is the hex sha256 of its bytes; Size their number.
	Hash string
	Size int64
	// Updated is when it was last put.
	Updated time.Time
}
