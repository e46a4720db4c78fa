package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
)

// articlesCmd lists the articles, newest first.
var articlesCmd = &command{
	name:    "articles",
	summary: "list the articles: id, date and title, newest first",
	usage: `Usage: hoidap articles [--json] [--corpus DIR]

Articles lists the loaded articles, newest first: the id that
"hoidap ask --article", "hoidap eval --article" and the bot's deep links
take, the date as the article writes it with the year, the newspaper's
code and the title. With --json it prints one JSON object a line:

  {"id", "date", "source", "title"}

Flags:
  --json        print one JSON object a line
  --corpus DIR  list the *.txt articles in DIR instead of the embedded
                seed article (default $CORPUS_DIR)

Exit status: 0 on success, 1 when the corpus cannot be loaded, 2 on a
usage error.
`,
}

// articlesCmd.run refers to articlesCmd, so it is set here.
func init() { articlesCmd.run = runArticles }

// listed is one article as articles --json prints it.
type listed struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Title  string `json:"title"`
}

func runArticles(ctx context.Context, args []string, sio stdio) int {
	c := articlesCmd
	fs := c.newFlagSet()
	asJSON := fs.Bool("json", false, "print one JSON object a line")
	dir := corpusFlag(fs)
	data := dataFlag(fs)
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	lib, _, err := openLibrary(ctx, *dir, *data, sio.err)
	if err != nil {
		printCorpusError(sio, err)
		return exitRuntime
	}
	defer lib.Close()
	tw := tabwriter.NewWriter(sio.out, 0, 4, 2, ' ', 0)
	enc := json.NewEncoder(sio.out)
	enc.SetEscapeHTML(false)
	for _, m := range lib.Articles() {
		l := listed{ID: m.ID, Date: m.Date.String(), Source: m.Source, Title: m.Title}
		if *asJSON {
			if err := enc.Encode(l); err != nil {
				fmt.Fprintf(sio.err, "hoidap articles: %v\n", err)
				return exitRuntime
			}
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", l.ID, l.Date, l.Source, l.Title)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(sio.err, "hoidap articles: %v\n", err)
		return exitRuntime
	}
	return exitOK
}
