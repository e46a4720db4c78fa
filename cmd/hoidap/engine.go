package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/datadir"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// openEngine loads the articles in dir, or the embedded seed corpus when dir
// is empty, and builds an engine over them. A missing or empty folder is an
// error, and so is any malformed file: the error names every bad file and
// no engine is built.
func openEngine(ctx context.Context, dir string) (*answer.Engine, error) {
	articles, err := loadArticles(dir)
	if err != nil {
		return nil, err
	}
	e, err := answer.New(ctx, articles)
	if err != nil {
		return nil, fmt.Errorf("build the answer engine: %w", err)
	}
	return e, nil
}

// openLibrary serves the articles of corpusDir (the embedded seed corpus
// when empty) as a library: each question is answered from one article.
// Without dataDir they are parsed and indexed in memory. With it they are
// kept in that data dir: brought in step with corpusDir first when one is
// given (bad files are named on warn and skipped), served as they are
// otherwise. With both, it also returns the rescanner that keeps the data
// dir and the library in step with corpusDir while serving; nil otherwise.
func openLibrary(ctx context.Context, corpusDir, dataDir string, warn io.Writer) (*library.Library, *rescanner, error) {
	if dataDir == "" {
		articles, err := loadArticles(corpusDir)
		if err != nil {
			return nil, nil, err
		}
		l, err := library.Open(ctx, articles)
		if err != nil {
			return nil, nil, fmt.Errorf("build the library: %w", err)
		}
		return l, nil, nil
	}
	d, err := datadir.Open(ctx, dataDir)
	if err != nil {
		return nil, nil, err
	}
	var folders []datadir.Folder
	if corpusDir != "" {
		folders, err = corpusFolders(corpusDir, dataDir)
		if err != nil {
			d.Close()
			return nil, nil, err
		}
		ch, err := d.SyncFolders(ctx, folders, datadir.SyncOptions{})
		if err != nil {
			d.Close()
			return nil, nil, err
		}
		for _, b := range ch.Bad {
			fmt.Fprintf(warn, "hoidap: skipped a bad file: %s\n", b)
		}
	}
	if len(d.Articles()) == 0 {
		d.Close()
		if corpusDir == "" {
			return nil, nil, fmt.Errorf("no articles in data dir %q: give --corpus DIR to add them", dataDir)
		}
		return nil, nil, fmt.Errorf("no articles in %q", corpusDir)
	}
	l := library.New(library.DirShelf(d), 0)
	if corpusDir == "" {
		return l, nil, nil
	}
	return l, &rescanner{dir: d, folders: folders, lib: l, bad: map[string]bool{}, written: map[string]string{}}, nil
}

// A rescanner keeps a data dir and the library serving it in step with a
// corpus folder and the articles uploaded to the store while serving:
// files added, changed or removed there are answered from, or no longer,
// after a rescan.
type rescanner struct {
	dir *datadir.Dir
	// folders are the corpus folder and the data dir's uploads folder.
	folders []datadir.Folder
	lib     *library.Library
	// store, when set, keeps the uploaded articles, written into the
	// uploads folder at each rescan. Set it before rescanning.
	store store.Store

	// mu makes rescans run one at a time: the timer's and the bot's.
	mu      sync.Mutex
	bad     map[string]bool   // bad files already logged
	written map[string]string // uploads folder file → hash, as written
}

// rescan writes the store's uploaded articles into the uploads folder,
// syncs the data dir with the corpus folder and it, counting only the
// corpus files that have stopped changing since the previous rescan (a file
// being copied is left for the next; uploads are written whole and count at
// once), and refreshes the library with the articles added, changed and
// removed. A bad file is logged on log once. When the store cannot be read
// the folders are synced as they are, and the error is returned.
func (r *rescanner) rescan(ctx context.Context, log *slog.Logger) (datadir.Changes, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var storeErr error
	if r.store != nil {
		storeErr = materialise(ctx, r.store, r.folders[len(r.folders)-1].Path, r.written, log)
	}
	ch, err := r.dir.SyncFolders(ctx, r.folders, datadir.SyncOptions{Stable: true})
	if err != nil {
		return ch, errors.Join(storeErr, fmt.Errorf("rescan the corpus: %w", err))
	}
	var changed []string
	for _, ids := range [][]string{ch.Added, ch.Changed, ch.Removed} {
		changed = append(changed, ids...)
	}
	if len(changed) > 0 {
		r.lib.Refresh(changed...)
		log.Info("corpus rescanned", "added", len(ch.Added), "changed", len(ch.Changed), "removed", len(ch.Removed),
			"articles", len(r.lib.Articles()))
	}
	now := map[string]bool{}
	for _, b := range ch.Bad {
		now[b.File] = true
		if !r.bad[b.File] {
			log.Warn("corpus rescan: skipped a bad file", "file", b.File, "err", b.Err)
		}
	}
	r.bad = now
	return ch, storeErr
}

// loadArticles loads the articles in dir, or the embedded seed corpus when
// dir is empty. A folder without articles is an error.
func loadArticles(dir string) ([]*corpus.Article, error) {
	var (
		articles []*corpus.Article
		err      error
	)
	if dir == "" {
		articles, err = corpus.Default()
	} else {
		articles, err = corpus.Load(dir)
	}
	if err != nil {
		return nil, err
	}
	if len(articles) == 0 {
		return nil, fmt.Errorf("no articles in %q", dir)
	}
	return articles, nil
}

// printCorpusError prints err from openEngine on stderr, one line per bad
// file.
func printCorpusError(sio stdio, err error) {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(sio.err, "hoidap: %s\n", line)
	}
}

// asker asks a library one question at a time and keeps the command line
// going whatever the engine does: a panic becomes a none answer and is
// reported on stderr.
type asker struct {
	lib *library.Library
	// article, when set, scopes every question to that article.
	article string
	sio     stdio
	// failed is set once the engine has panicked: the command then exits 1
	// after answering everything else.
	failed bool
	// explain adds the top candidates to each answer.
	explain bool
}

// An asked is an answer as ask prints it: with the candidates that
// explain it when --explain is given.
type asked struct {
	answer.Answer
	explain []explained
}

// An explained is one candidate answer with why the scorer judged it so.
type explained struct {
	Answer      string             `json:"answer"`
	Generator   string             `json:"generator"`
	Probability float64            `json:"probability"`
	Features    map[string]float64 `json:"features"`
}

// maxExplained is how many candidates --explain shows.
const maxExplained = 3

// ask answers q on its own, with no previous turn.
func (k *asker) ask(ctx context.Context, q string) (a asked) {
	defer func() {
		if r := recover(); r != nil {
			k.failed = true
			fmt.Fprintf(k.sio.err, "hoidap: internal error answering a question of %d bytes: %v\n%s", len(q), r, debug.Stack())
			a = noneAnswer(q, "Xin lỗi, đã có lỗi khi trả lời câu hỏi này.")
		}
	}()
	a.Answer = k.lib.Ask(ctx, library.Request{Question: q, Article: k.article})
	if a.Sources == nil {
		a.Sources = []answer.Source{}
	}
	if a.Kind == "" {
		a.Kind = answer.KindNone
	}
	if k.explain {
		a.explain = k.candidates(ctx, q, a.Article)
	}
	return a
}

// candidates explains the answer to q from article id: the engine's top
// candidates. Without an article (a none or choose answer) they are those
// of the article the question would be asked in: the one given with
// --article, the only one, or the one it names.
func (k *asker) candidates(ctx context.Context, q, id string) []explained {
	out := []explained{}
	if id == "" {
		id = k.article
	}
	if as := k.lib.Articles(); id == "" && len(as) == 1 {
		id = as[0].ID
	}
	if id == "" {
		id = k.lib.Route(ctx, q).Article
	}
	if id == "" {
		return out
	}
	err := k.lib.Use(ctx, id, func(e *answer.Engine) {
		for _, c := range e.Candidates(ctx, q) {
			if len(out) == maxExplained {
				break
			}
			out = append(out, explained{Answer: c.Answer, Generator: c.Generator, Probability: round4(c.Probability), Features: c.NamedFeatures()})
		}
	})
	if err != nil {
		fmt.Fprintf(k.sio.err, "hoidap: %v\n", err)
	}
	return out
}

// round4 rounds p to four decimals.
func round4(p float64) float64 { return math.Round(p*1e4) / 1e4 }

// noneAnswer is a none answer to question q with reply as both the short
// answer and the reply.
func noneAnswer(q, reply string) asked {
	return asked{Answer: answer.Answer{
		Question: answer.AsAsked(q),
		Answer:   reply,
		Reply:    reply,
		Kind:     answer.KindNone,
		Sources:  []answer.Source{},
	}}
}
