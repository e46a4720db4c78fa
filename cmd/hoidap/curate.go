package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// curateCmd keeps the answers editors write for questions of an article.
var curateCmd = &command{
	name:    "curate",
	summary: "attach an editor's answer to a question of an article, or list them",
	usage: `Usage: hoidap curate --article ID --question Q --answer A [--store URL] [--data DIR] [--corpus DIR]
       hoidap curate --list [--article ID] [--store URL] [--data DIR] [--corpus DIR]

Curate keeps an editor's answer A to the question Q about the article ID:
the bot gives it, marked as the editors', to Q and to the ways Q is typed
on a phone (without diacritics, in teencode, in capitals, with other
punctuation or function words), as long as the article is unchanged. The
article must be one "hoidap articles" lists with the same --corpus and
--data; the answer is kept with the hash of the article's file, and an
answer written for a file that has changed since is stale and not given.
A second answer to the same question (the same key) replaces the first.
It prints what was kept.

With --list it lists the curated answers, of the article ID only when
--article is given: article, question, answer, when written, and "stale"
when the article's file changed since (or "no article" when the article is
no longer there).

"hoidap serve" keeps its data dir locked: while it runs, give the corpus
folder without a data dir (--data '') and the store with --store or
STORE_URL.

Flags:
  --article ID   the article (hoidap articles lists them)
  --question Q   the question, as readers would ask it
  --answer A     the answer, at most 300 characters
  --list         list the curated answers instead
  --store URL    the store (default $STORE_URL; without it, the data dir's
                 ` + storeFile + `)
  --data DIR     the data dir of the articles, whose ` + storeFile + ` is the
                 store when no URL is given (default $DATA_DIR)
  --corpus DIR   the folder of *.txt articles (default $CORPUS_DIR; the
                 embedded seed article without either)

Exit status: 0 on success, 1 when the articles or the store cannot be
opened or the article is unknown, 2 on a usage error (among them an empty
answer or one over 300 characters).
`,
}

func init() { curateCmd.run = runCurate }

// curateAuthor is the author kept with every curated answer: never a
// person's name or id.
const curateAuthor = "editors"

func runCurate(ctx context.Context, args []string, sio stdio) int {
	c := curateCmd
	fs := c.newFlagSet()
	article := articleFlag(fs)
	question := fs.String("question", "", "")
	answerText := fs.String("answer", "", "")
	list := fs.Bool("list", false, "")
	storeArg := storeFlag(fs)
	corpusDir := corpusFlag(fs)
	data := dataFlag(fs)
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	defer logWarnings(sio.err)()
	text := strings.TrimSpace(*answerText)
	var key string
	switch {
	case *list && (*question != "" || *answerText != ""):
		c.usageError(sio, "--list takes no --question or --answer")
		return exitUsage
	case *list:
	case *article == "":
		c.usageError(sio, "no article: give --article ID (hoidap articles lists them)")
		return exitUsage
	case strings.TrimSpace(*question) == "":
		c.usageError(sio, "no question: give --question Q")
		return exitUsage
	case text == "":
		c.usageError(sio, "no answer: give --answer A, not empty")
		return exitUsage
	case utf8.RuneCountInString(text) > answer.MaxAnswer:
		c.usageError(sio, "the answer has %d characters, over the %d an answer may have", utf8.RuneCountInString(text), answer.MaxAnswer)
		return exitUsage
	default:
		if key = analysis.QuestionKey(*question); key == "" {
			c.usageError(sio, "the question %q has no words to recognise it by", *question)
			return exitUsage
		}
	}
	url, err := storeURL(*storeArg, *data)
	if err != nil {
		c.usageError(sio, "%v", err)
		return exitUsage
	}

	// The articles first: a new data dir is made before the store's file
	// is written in it.
	lib, _, err := openLibrary(ctx, *corpusDir, *data, sio.err)
	if err != nil {
		printCorpusError(sio, err)
		return exitRuntime
	}
	metas := map[string]library.Meta{}
	for _, m := range lib.Articles() {
		metas[m.ID] = m
	}
	if err := lib.Close(); err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	if _, ok := metas[*article]; !ok && (*article != "" || !*list) {
		fmt.Fprintf(sio.err, "hoidap curate: no article %q: hoidap articles lists them\n", *article)
		return exitRuntime
	}

	s, err := openStore(ctx, url, false)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	defer s.Close()
	if *list {
		return listCurated(ctx, s, *article, metas, sio)
	}
	cur := store.Curated{
		Article:     *article,
		Key:         key,
		Question:    strings.TrimSpace(*question),
		Answer:      text,
		ArticleHash: metas[*article].Hash,
		Author:      curateAuthor,
	}
	_, replaced, err := s.Curated(ctx, cur.Article, cur.Key)
	if err == nil {
		err = s.SetCurated(ctx, cur)
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	verb := "added"
	if replaced {
		verb = "replaced"
	}
	tw := tabwriter.NewWriter(sio.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s a curated answer\n", verb)
	fmt.Fprintf(tw, "article\t%s\n", cur.Article)
	fmt.Fprintf(tw, "question\t%s\n", oneLine(cur.Question))
	fmt.Fprintf(tw, "key\t%s\n", cur.Key)
	fmt.Fprintf(tw, "answer\t%s\n", oneLine(cur.Answer))
	fmt.Fprintf(tw, "article hash\t%s\n", cur.ArticleHash)
	fmt.Fprintf(tw, "author\t%s\n", cur.Author)
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

// listCurated prints the curated answers of article (of every article when
// it is ""), each marked stale when written for another version of its
// article than metas holds, or "no article" when metas lacks it.
func listCurated(ctx context.Context, s store.Store, article string, metas map[string]library.Meta, sio stdio) int {
	cs, err := s.CuratedList(ctx, article)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	if len(cs) == 0 {
		fmt.Fprintln(sio.out, "no curated answers")
		return exitOK
	}
	tw := tabwriter.NewWriter(sio.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "article\tquestion\tanswer\tupdated\tstatus\n")
	for _, cur := range cs {
		m, ok := metas[cur.Article]
		status := "current"
		switch {
		case !ok:
			status = "no article"
		case !library.CuratedCurrent(cur, m):
			status = "stale"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", cur.Article, oneLine(cur.Question), oneLine(cur.Answer),
			cur.Updated.Format("2006-01-02 15:04"), status)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(sio.err, "hoidap curate: %v\n", err)
		return exitRuntime
	}
	return exitOK
}
