// Command hoidap answers questions about a news event from the article that
// reports it, on the command line and as a Telegram bot.
//
// Usage:
//
//	hoidap ask [--json [--explain]] [--corpus DIR] [QUESTION...]
//	hoidap eval [--corpus DIR] [--min P] [--max-wrong P] FILE
//	hoidap facts [--corpus DIR]
//	hoidap index [--corpus DIR] [--data DIR]
//	hoidap train [--testdata DIR] [--out FILE] [--max-wrong P]
//	hoidap serve [--corpus DIR]
//	hoidap announce --chat ID [--corpus DIR]
//	hoidap report [--since 7d] [--format text|csv|json] [--store URL] [--data DIR]
//	hoidap curate --article ID --question Q --answer A [--store URL] [--data DIR] [--corpus DIR]
//	hoidap curate --list [--article ID] [--store URL] [--data DIR] [--corpus DIR]
//	hoidap healthcheck [--listen ADDR] [--timeout D]
//	hoidap version
//	hoidap help [COMMAND]
//
// Every command reads a .env file in the working directory first; a flag
// beats the environment, which beats .env. Exit codes: 0 success, 1 a
// runtime or corpus error, 2 a usage error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

// A command is one subcommand of hoidap.
type command struct {
	name    string
	summary string // one line for the command list
	// usage is the full help text printed by "hoidap help NAME" and -h.
	usage string
	// run executes the command with the arguments after its name and
	// returns the exit code: 0 success, 1 runtime or corpus error, 2 usage
	// error.
	run func(ctx context.Context, args []string, sio stdio) int
}

// stdio is a command's standard streams.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// commands lists the subcommands in the order help shows them. It is
// filled in init (commands.go) to break the cycle with the help command.
var commands []*command

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr})
	stop()
	os.Exit(code)
}

// run is main without the process: it loads .env and dispatches args.
func run(ctx context.Context, args []string, sio stdio) int {
	// .env fills only variables the environment lacks; flags beat both.
	if err := godotenv.Load(); err != nil && !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(sio.err, "hoidap: reading .env: %v\n", err)
		return exitRuntime
	}
	if len(args) == 0 {
		printHelp(sio.err)
		return exitUsage
	}
	if isHelpFlag(args[0]) {
		printHelp(sio.out)
		return exitOK
	}
	if isVersionFlag(args[0]) {
		return versionCmd.run(ctx, args[1:], sio)
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(sio.err, "hoidap: unknown command %q\nRun 'hoidap help' for the list of commands.\n", args[0])
		return exitUsage
	}
	return cmd.run(ctx, args[1:], sio)
}

// lookup returns the command called name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}
