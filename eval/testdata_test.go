package eval

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// questionSets maps each question file under ../testdata to the article it
// asks about.
var questionSets = []struct{ cases, article string }{
	{"dev-seed.jsonl", "articles/multi/000_5733c26161288d00.txt"},
	{"seed-extra.jsonl", "articles/multi/000_5733c26161288d00.txt"},
	{"articles/vi.jsonl", "articles/vi/001_2bd7fa3da5dabe67.txt"},
	{"articles/en.jsonl", "articles/en/002_8108287cda64b58f.txt"},
}

func testdata(name string) string { return filepath.Join("..", "testdata", filepath.FromSlash(name)) }

// TestDevSeedCopy checks that testdata/dev-seed.jsonl is still an exact copy
// of the shared dev set, where that folder exists.
func TestDevSeedCopy(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "dev-seed.jsonl"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared eval folder beside the project")
	}
	if err != nil {
		t.Fatal(err)
	}
	local, err := os.ReadFile(testdata("dev-seed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, local) {
		t.Error("testdata/dev-seed.jsonl differs from ../shared/eval/dev-seed.jsonl")
	}
}

// TestQuestionSets checks the committed question files: each parses, its
// must strings are already folded, none cases expect nothing else, and every
// must group occurs in the article, except for abbreviations expanded from
// general knowledge (tags starting "abbr-general").
func TestQuestionSets(t *testing.T) {
	for _, qs := range questionSets {
		t.Run(qs.cases, func(t *testing.T) {
			cases, err := ReadCasesFile(testdata(qs.cases))
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(testdata(qs.article))
			if err != nil {
				t.Fatal(err)
			}
			article := Fold(string(raw))
			for _, c := range cases {
				if c.None && (len(c.Must) > 0 || c.OrNone) {
					t.Errorf("%q: a none case expects nothing else", c.Q)
				}
				for _, g := range c.Must {
					for _, s := range g {
						if Fold(s) != s {
							t.Errorf("%q: must string %q is not folded (%q)", c.Q, s, Fold(s))
						}
					}
					if !strings.HasPrefix(c.Tag, "abbr-general") && !foundAny(article, g) {
						t.Errorf("%q: no string of %q occurs in %s", c.Q, g, qs.article)
					}
				}
			}
		})
	}
}

var dateLine = regexp.MustCompile(`^date \d{4}-\d{2} \S.* \([A-Z]{2,}\) - \S`)

// TestArticles checks that the test articles are in the raw format: valid
// NFC UTF-8 text whose first line is the date line, then paragraphs separated
// by blank lines.
func TestArticles(t *testing.T) {
	files, err := filepath.Glob(testdata("articles/*/*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("found %d test articles, want at least 4", len(files))
	}
	for _, name := range files {
		t.Run(filepath.Base(filepath.Dir(name))+"/"+filepath.Base(name), func(t *testing.T) {
			raw, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			if !utf8.ValidString(text) || !norm.NFC.IsNormalString(text) {
				t.Error("not NFC UTF-8 text")
			}
			paras := strings.Split(strings.TrimSpace(text), "\n\n")
			if !dateLine.MatchString(paras[0]) {
				t.Errorf("first line %.60q… is not a date line", paras[0])
			}
			if len(paras) < 6 {
				t.Errorf("%d paragraphs, want at least 6", len(paras))
			}
			for i, p := range paras {
				if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
					t.Errorf("paragraph %d is empty or spans lines", i+1)
				}
			}
		})
	}
}

// TestMultiCopies checks that testdata/articles/multi holds exact copies of
// the seed article and of the Vietnamese test article.
func TestMultiCopies(t *testing.T) {
	tests := []struct{ copy, orig string }{
		{testdata("articles/multi/001_2bd7fa3da5dabe67.txt"), testdata("articles/vi/001_2bd7fa3da5dabe67.txt")},
		{testdata("articles/multi/000_5733c26161288d00.txt"), filepath.Join("..", "..", "shared", "seeds", "000_5733c26161288d00.txt")},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.copy), func(t *testing.T) {
			orig, err := os.ReadFile(tt.orig)
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("no %s", tt.orig)
			}
			if err != nil {
				t.Fatal(err)
			}
			cp, err := os.ReadFile(tt.copy)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(cp, orig) {
				t.Errorf("%s differs from %s", tt.copy, tt.orig)
			}
		})
	}
}
