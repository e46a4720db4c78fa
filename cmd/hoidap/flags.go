package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// newFlagSet returns an empty flag set for command c that reports nothing
// itself: c.parse prints errors and help.
func (c *command) newFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args with fs, flags anywhere among the positional arguments,
// and returns the positional arguments. When ok is false the command must
// return code at once: exitOK after -h or --help (c.usage was printed on
// stdout), exitUsage after a bad flag (the error was printed on stderr).
func (c *command) parse(fs *flag.FlagSet, args []string, sio stdio) (pos []string, code int, ok bool) {
	pos, err := parseInterleaved(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(sio.out, c.usage)
		return nil, exitOK, false
	case err != nil:
		c.usageError(sio, "%v", err)
		return nil, exitUsage, false
	}
	return pos, exitOK, true
}

// parseNoArgs is parse for a command that takes flags only: a positional
// argument is a usage error.
func (c *command) parseNoArgs(fs *flag.FlagSet, args []string, sio stdio) (code int, ok bool) {
	pos, code, ok := c.parse(fs, args, sio)
	if ok && len(pos) > 0 {
		c.usageError(sio, "unexpected argument %q", pos[0])
		return exitUsage, false
	}
	return code, ok
}

// usageError prints a usage error for c on stderr, with a pointer to its
// help.
func (c *command) usageError(sio stdio, format string, args ...any) {
	fmt.Fprintf(sio.err, "hoidap %s: %s\nRun 'hoidap help %s' for usage.\n", c.name, fmt.Sprintf(format, args...), c.name)
}

// parseInterleaved parses the flags defined in fs wherever they occur in
// args and returns the other arguments in order. Flags are written -name or
// --name, with the value as the next argument or after "=" (a boolean flag
// takes a value only after "="). "--" ends the flags: everything after it is
// positional, as is "-" alone. -h and --help return flag.ErrHelp unless fs
// defines them.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	pos := []string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(pos, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimPrefix(a[1:], "-")
		if name == "" || name[0] == '-' || name[0] == '=' {
			return nil, fmt.Errorf("bad flag syntax: %s", a)
		}
		value, hasValue := "", false
		if k := strings.IndexByte(name, '='); k >= 0 {
			name, value, hasValue = name[:k], name[k+1:], true
		}
		f := fs.Lookup(name)
		if f == nil {
			if isHelpFlag("-" + name) {
				return nil, flag.ErrHelp
			}
			return nil, fmt.Errorf("flag provided but not defined: -%s", name)
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return nil, fmt.Errorf("flag needs an argument: -%s", name)
			}
			i++
			value = args[i]
		}
		if err := fs.Set(name, value); err != nil {
			return nil, fmt.Errorf("invalid value %q for flag -%s: %w", value, name, err)
		}
	}
	return pos, nil
}

// isHelpFlag reports whether arg asks for help: -h, --h, -help or --help.
func isHelpFlag(arg string) bool {
	switch arg {
	case "-h", "--h", "-help", "--help":
		return true
	}
	return false
}

// corpusFlag defines --corpus DIR on fs, defaulting to $CORPUS_DIR (which
// .env may set); an empty value means the embedded seed corpus.
func corpusFlag(fs *flag.FlagSet) *string {
	return fs.String("corpus", os.Getenv("CORPUS_DIR"), "load the *.txt articles in `DIR` instead of the embedded seed")
}

// articleFlag defines --article ID on fs: the article every question is
// answered from.
func articleFlag(fs *flag.FlagSet) *string {
	return fs.String("article", "", "answer from the article `ID` only (hoidap articles lists them)")
}

// dataFlag defines --data DIR on fs, defaulting to $DATA_DIR: the data dir
// that keeps the articles parsed and indexed across runs.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", os.Getenv("DATA_DIR"), "keep the articles parsed and indexed in the data dir `DIR`")
}
