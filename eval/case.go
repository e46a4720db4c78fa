package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// Case is one question of a question set, one JSON object a line.
type Case struct {
	// Q is the question as a person types it.
	Q string `json:"q"`
	// Must lists groups of folded strings: every group must be found in the
	// answer, and a group is found when any one of its strings is.
	Must [][]string `json:"must,omitempty"`
	// None is set when the article does not answer the question: the only
	// right reply is a "not in the article" one.
	None bool `json:"none,omitempty"`
	// OrNone is set when a "not in the article" reply is accepted as well.
	OrNone bool `json:"or_none,omitempty"`
	// Tag names the kind of question, for the per-tag summary.
	Tag string `json:"tag"`
	// Article is the ID of the article the question is about, in a set
	// over many articles (testdata/route); empty otherwise.
	Article string `json:"article,omitempty"`
}

// ReadCases reads question cases from r, one JSON object a line. Blank lines
// are skipped, a UTF-8 byte order mark and a trailing "\r" are ignored. A line
// that is not a valid case (not a JSON object, an empty must group or string,
// or neither none nor any must group) is an error naming its line number.
// Empty input yields no cases and no error.
func ReadCases(r io.Reader) ([]Case, error) {
	var cases []Case
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("reading cases: line %d: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			c, perr := parseCase(trimmed)
			if perr != nil {
				return nil, fmt.Errorf("reading cases: line %d: %w", n, perr)
			}
			cases = append(cases, c)
		}
		if err != nil { // io.EOF
			return cases, nil
		}
	}
}

// ReadCasesFile reads the question cases of the named JSONL file.
func ReadCasesFile(name string) ([]Case, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("reading cases: %w", err)
	}
	defer f.Close()
	cases, err := ReadCases(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cases, nil
}

// parseCase decodes and checks one non-blank line.
func parseCase(line []byte) (Case, error) {
	var c Case
	if line[0] != '{' {
		return c, errors.New("not a JSON object")
	}
	if err := json.Unmarshal(line, &c); err != nil {
		return c, fmt.Errorf("decoding case: %w", err)
	}
	if !c.None && len(c.Must) == 0 {
		return c, errors.New("case has neither \"none\" nor any \"must\" group")
	}
	for i, g := range c.Must {
		if len(g) == 0 {
			return c, fmt.Errorf("must group %d is empty", i+1)
		}
		for _, s := range g {
			if Fold(s) == "" {
				return c, fmt.Errorf("must group %d has an empty string", i+1)
			}
		}
	}
	return c, nil
}
