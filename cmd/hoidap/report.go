package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/hoidap/hoidap/store"
)

// reportCmd prints what the store recorded over a period, for editors.
var reportCmd = &command{
	name:    "report",
	summary: "report the questions asked: answered, askers, votes, the unanswered ones",
	usage: `Usage: hoidap report [--since 7d] [--format text|csv|json] [--store URL] [--data DIR]

Report sums the questions the bot recorded since a time: how many were
asked, the share answered (a fact, a passage or a curated answer; not
"the article does not say", not "which article?"), how many distinct chats
asked (never who: the store keeps a salted hash of each chat), and the 👍
and 👎 votes. Then, per article, the ten questions most often left
unanswered or voted 👎, with how many times and when last.

Formats:
  text  a readable report (the default)
  csv   the questions only: a header row "article,question,count,down,last"
        and one row per question, "last" in RFC 3339 (UTC)
  json  one indented object: {"since", "questions", "answered", "askers",
        "up", "down", "unanswered": [{"article", "question", "count",
        "down", "last"}]}

Flags:
  --since D      the period: days as "7d" or a duration as "24h" or "90m"
                 back from now (default 7d)
  --format F     text, csv or json (default text)
  --store URL    the store (default $STORE_URL; without it, the data dir's
                 ` + storeFile + `)
  --data DIR     the data dir whose ` + storeFile + ` is the store when no URL is
                 given (default $DATA_DIR)

Exit status: 0 on success, 1 when the store cannot be opened or read, 2 on
a usage error.
`,
}

func init() { reportCmd.run = runReport }

// reportTop is how many questions the report lists per article.
const reportTop = 10

// jsonReport is the report as --format json prints it.
type jsonReport struct {
	Since      time.Time        `json:"since"`
	Questions  int              `json:"questions"`
	Answered   int              `json:"answered"`
	Askers     int              `json:"askers"`
	Up         int              `json:"up"`
	Down       int              `json:"down"`
	Unanswered []jsonUnanswered `json:"unanswered"`
}

// jsonUnanswered is one question of a jsonReport.
type jsonUnanswered struct {
	Article  string    `json:"article"`
	Question string    `json:"question"`
	Count    int       `json:"count"`
	Down     int       `json:"down"`
	Last     time.Time `json:"last"`
}

func runReport(ctx context.Context, args []string, sio stdio) int {
	c := reportCmd
	fs := c.newFlagSet()
	sinceFlag := fs.String("since", "7d", "")
	format := fs.String("format", "text", "")
	storeArg := storeFlag(fs)
	data := dataFlag(fs)
	if code, ok := c.parseNoArgs(fs, args, sio); !ok {
		return code
	}
	defer logWarnings(sio.err)()
	period, err := store.ParseRetention(*sinceFlag)
	if err != nil {
		c.usageError(sio, "invalid --since %q: want days as \"7d\" or a positive duration as \"24h\"", *sinceFlag)
		return exitUsage
	}
	switch *format {
	case "text", "csv", "json":
	default:
		c.usageError(sio, "invalid --format %q: want text, csv or json", *format)
		return exitUsage
	}
	url, err := storeURL(*storeArg, *data)
	if err != nil {
		c.usageError(sio, "%v", err)
		return exitUsage
	}
	s, err := openStore(ctx, url, true)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap report: %v\n", err)
		return exitRuntime
	}
	defer s.Close()
	since := time.Now().Add(-period)
	r, err := s.Report(ctx, since, reportTop)
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap report: %v\n", err)
		return exitRuntime
	}
	switch *format {
	case "csv":
		err = writeReportCSV(sio.out, r)
	case "json":
		err = writeReportJSON(sio.out, r)
	default:
		err = writeReportText(sio.out, r, *sinceFlag)
	}
	if err != nil {
		fmt.Fprintf(sio.err, "hoidap report: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

// writeReportText writes r as a readable report; period is --since as
// given.
func writeReportText(w io.Writer, r store.Report, period string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Since\t%s (%s)\n", r.Since.Format("2006-01-02 15:04 MST"), period)
	fmt.Fprintf(tw, "Questions\t%d\n", r.Questions)
	fmt.Fprintf(tw, "Answered\t%d (%s)\n", r.Answered, share(r.Answered, r.Questions))
	fmt.Fprintf(tw, "Askers\t%d\n", r.Askers)
	fmt.Fprintf(tw, "Votes\t%d 👍, %d 👎\n", r.Up, r.Down)
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Unanswered) == 0 {
		_, err := fmt.Fprintln(w, "\nNo question was left unanswered or voted 👎.")
		return err
	}
	fmt.Fprintf(w, "\nUnanswered or voted 👎, most asked first (at most %d per article):\n", reportTop)
	for i, u := range r.Unanswered {
		if i == 0 || r.Unanswered[i-1].Article != u.Article {
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(w, "\n%s\n", u.Article)
			fmt.Fprintf(tw, "  count\tdown\tlast\tquestion\n")
		}
		fmt.Fprintf(tw, "  %d\t%d\t%s\t%s\n", u.Count, u.Down, u.Last.Format("2006-01-02 15:04"), oneLine(u.Question))
	}
	return tw.Flush()
}

// share is n of total as a percentage with one decimal, "-" when total is
// 0.
func share(n, total int) string {
	if total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(total))
}

// oneLine returns s with its control characters (new lines, tabs) made
// spaces, so that a question keeps to its row.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// writeReportCSV writes r's questions as CSV.
func writeReportCSV(w io.Writer, r store.Report) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"article", "question", "count", "down", "last"})
	for _, u := range r.Unanswered {
		cw.Write([]string{u.Article, u.Question, fmt.Sprint(u.Count), fmt.Sprint(u.Down), u.Last.UTC().Format(time.RFC3339)})
	}
	cw.Flush()
	return cw.Error()
}

// writeReportJSON writes r as one indented JSON object.
func writeReportJSON(w io.Writer, r store.Report) error {
	out := jsonReport{
		Since: r.Since.UTC(), Questions: r.Questions, Answered: r.Answered, Askers: r.Askers,
		Up: r.Up, Down: r.Down, Unanswered: []jsonUnanswered{},
	}
	for _, u := range r.Unanswered {
		out.Unanswered = append(out.Unanswered, jsonUnanswered{
			Article: u.Article, Question: u.Question, Count: u.Count, Down: u.Down, Last: u.Last.UTC(),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
