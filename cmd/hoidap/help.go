package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// helpCmd explains hoidap and each of its commands.
var helpCmd = &command{
	name:    "help",
	summary: "explain hoidap or one of its commands",
	usage: `Usage: hoidap help [COMMAND]

Help lists hoidap's commands, or explains COMMAND in full. "hoidap COMMAND
-h" (or --help) does the same.
`,
}

// helpCmd.run refers to the command list, which holds helpCmd, so it is
// set here.
func init() { helpCmd.run = runHelp }

func runHelp(ctx context.Context, args []string, sio stdio) int {
	c := helpCmd
	pos, code, ok := c.parse(c.newFlagSet(), args, sio)
	if !ok {
		return code
	}
	switch len(pos) {
	case 0:
		printHelp(sio.out)
		return exitOK
	case 1:
		cmd := lookup(pos[0])
		if cmd == nil {
			fmt.Fprintf(sio.err, "hoidap help: unknown command %q\nRun 'hoidap help' for the list of commands.\n", pos[0])
			return exitUsage
		}
		fmt.Fprint(sio.out, cmd.usage)
		return exitOK
	default:
		c.usageError(sio, "too many arguments")
		return exitUsage
	}
}

// printHelp writes the overview: what hoidap is and its commands.
func printHelp(w io.Writer) {
	fmt.Fprint(w, `hoidap answers questions about a news event from the article that reports
it, on the command line and as a Telegram bot.

Usage: hoidap COMMAND [ARGUMENTS]

Commands:
`)
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", c.name, c.summary)
	}
	tw.Flush()
	fmt.Fprint(w, `
Run 'hoidap help COMMAND' or 'hoidap COMMAND -h' for the details of one,
and 'hoidap --version' (or 'hoidap version') for the build.

Settings come from flags, then the environment, then a .env file in the
working directory: CORPUS_DIR is the folder of *.txt articles to answer
from (default: the embedded seed article), DATA_DIR the data dir hoidap
index keeps them in.

Exit status: 0 success, 1 a runtime or corpus error, 2 a usage error.
`)
}
