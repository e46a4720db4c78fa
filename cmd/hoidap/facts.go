package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hoidap/hoidap/corpus"
)

// factsCmd prints the articles' headers and the facts extracted from them,
// for review.
var factsCmd = &command{
	name:    "facts",
	summary: "print the articles read and the facts extracted, as JSON",
	usage: `Usage: hoidap facts [--corpus DIR]

Facts prints what hoidap read from the articles, for review, as one
indented JSON object:

  {"articles": [{"id", "date", "section", "title", "source", "lead",
                 "dateline", "author", "captions"}],
   "facts": [{"type", "text", "passage", "sentence", ...}]}

The date is written as the article writes it, with the year added
("19/9/2024"); a section, title, source or author hoidap could not tell
is empty. Captions are listed with their photo credits.
Each fact cites the passage it was read from ("<article>/p3") and carries
the fields of its type: quantity, identifier, person, event, award, named,
document, abbreviation or credit.

Flags:
  --corpus DIR  read the *.txt articles in DIR instead of the embedded
                seed article (default $CORPUS_DIR)

Exit status: 0 on success, 1 when the corpus cannot be loaded, 2 on a
usage error.
`,
}

// factsCmd.run refers to factsCmd, so it is set here.
func init() { factsCmd.run = runFacts }

// factsArticle is an article's header as facts prints it.
type factsArticle struct {
	ID      string `json:"id"`
	Date    string `json:"date"`
	Section string `json:"section"`
	Title   string `json:"title"`
	Source  string `json:"source"`
	Lead    string `json:"lead"`
	// Dateline is the place a dateline puts before the lead, empty when
	// there is none.
	Dateline string `json:"dateline,omitempty"`
	// Author is the byline, empty when the article has none.
	Author string `json:"author"`
	// Captions are the texts of the photo captions, with their credits.
	Captions []string `json:"captions"`
}

// factsOutput is the object facts prints.
type factsOutput struct {
	Articles []factsArticle `json:"articles"`
	Facts    []corpus.Fact  `json:"facts"`
}

func runFacts(ctx context.Context, args []string, sio stdio) int {
	c := factsCmd
	fs := c.newFlagSet()
	dir := corpusFlag(fs)
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	e, err := openEngine(ctx, *dir)
	if err != nil {
		printCorpusError(sio, err)
		return exitRuntime
	}
	out := factsOutput{Articles: []factsArticle{}, Facts: e.Facts()}
	if out.Facts == nil {
		out.Facts = []corpus.Fact{}
	}
	for _, a := range e.Articles() {
		captions := []string{}
		for _, p := range a.Passages {
			if p.Kind != corpus.KindCaption {
				continue
			}
			if p.Credit != "" && p.Text != p.Credit && !strings.HasSuffix(p.Text, p.Credit) {
				captions = append(captions, p.Text+" (Ảnh: "+p.Credit+")")
			} else {
				captions = append(captions, p.Text)
			}
		}
		out.Articles = append(out.Articles, factsArticle{
			ID:       a.ID,
			Date:     a.Date.String(),
			Section:  a.Section,
			Title:    a.Title,
			Source:   a.Source,
			Lead:     a.Lead,
			Dateline: a.Dateline,
			Author:   a.Author,
			Captions: captions,
		})
	}
	enc := json.NewEncoder(sio.out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(sio.err, "hoidap facts: %v\n", err)
		return exitRuntime
	}
	return exitOK
}
