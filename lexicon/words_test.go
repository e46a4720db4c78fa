package lexicon

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The packages whose words belong in the lexicon: their Go code may not
// hold words of its own.
var wordPackages = []string{"analysis", "corpus", "answer"}

var printWords = flag.Bool("print-words", false, "TestNoWordsInCode: print every word found, in allowlist format")

// isWord reports whether s is a word or a phrase: letters (with or without
// marks, any script) and spaces only, at least one letter. "dc", "tang",
// "bao nhiêu" and " và " are words; "%s", "gen:award", "type_agrees" are not.
func isWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			letters++
		case r == ' ':
		default:
			return false
		}
	}
	return letters > 0
}

// A wordUse is a string literal used as a word in a package's code.
type wordUse struct {
	file string // "answer/route.go"
	line int
	lit  string // unquoted
	how  string
}

// wordUses walks the syntax trees of the non-test Go files of dir (relative
// to the module root, "answer") and returns the string literals used as
// words: elements, keys or values of slice, array and map literals; arguments
// of calls (other than lexicon's own, which take role names); operands of ==
// and !=; switch cases; map indexes.
func wordUses(t *testing.T, dir string) []wordUse {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []wordUse
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		name := dir + "/" + filepath.Base(path)
		add := func(e ast.Expr, how string) {
			bl, ok := ast.Unparen(e).(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return
			}
			s, err := strconv.Unquote(bl.Value)
			if err != nil || !isWord(s) {
				return
			}
			out = append(out, wordUse{name, fset.Position(bl.Pos()).Line, s, how})
		}
		var listLit func(cl *ast.CompositeLit, typ ast.Expr)
		listLit = func(cl *ast.CompositeLit, typ ast.Expr) {
			if cl.Type != nil {
				typ = cl.Type
			}
			var elem ast.Expr
			isMap := false
			switch tt := typ.(type) {
			case *ast.ArrayType:
				elem = tt.Elt
			case *ast.MapType:
				elem, isMap = tt.Value, true
			default:
				return // a struct: its fields are not words
			}
			for _, e := range cl.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if isMap {
						add(kv.Key, "map key")
						if k, ok := kv.Key.(*ast.CompositeLit); ok {
							listLit(k, typ.(*ast.MapType).Key)
						}
					}
					e = kv.Value
				}
				add(e, "list")
				if inner, ok := e.(*ast.CompositeLit); ok && inner.Type == nil {
					listLit(inner, elem)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if n.Type != nil {
					listLit(n, nil)
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && patternFuncs[id.Name+"."+sel.Sel.Name] {
						for _, a := range n.Args {
							lits, ok := patternLits(a)
							if !ok {
								// A pattern this test cannot read cannot be
								// checked for words: write it as literals.
								out = append(out, wordUse{name, fset.Position(a.Pos()).Line, unreadPattern, "pattern"})
							}
							for _, lit := range lits {
								for _, w := range patternWords(lit.s) {
									out = append(out, wordUse{name, fset.Position(lit.pos).Line, w, "pattern"})
								}
							}
						}
						return true
					}
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "lexicon" {
						return true // role names
					}
					if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "errors" && sel.Sel.Name == "New" || id.Name == "fmt" && sel.Sel.Name == "Errorf") {
						return true // an error's message, for developers
					}
				}
				for _, a := range n.Args {
					add(a, "argument")
				}
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					add(n.X, "comparison")
					add(n.Y, "comparison")
				}
			case *ast.CaseClause:
				for _, e := range n.List {
					add(e, "case")
				}
			case *ast.IndexExpr:
				add(n.Index, "index")
			}
			return true
		})
	}
	return out
}

// patternFuncs are the functions that compile a regular expression: the
// words of their patterns must be roles ("{{range_to}}", lexicon.Regexp).
var patternFuncs = map[string]bool{
	"regexp.MustCompile": true, "regexp.Compile": true,
	"lexicon.MustRegexp": true, "lexicon.Regexp": true,
}

// A patternLit is a string literal of a pattern and where it is.
type patternLit struct {
	s   string
	pos token.Pos
}

// unreadPattern stands, among the words found, for a pattern argument
// patternLits cannot read: it fails TestNoWordsInCode like a word.
const unreadPattern = "(a pattern not made of literals and constants)"

// patternLits returns the string literals a pattern argument is made of:
// the literal itself, the operands of a concatenation, and the value of a
// constant declared in the file ("timeWord"); ok is false when any part is
// something else (a variable, a call), whose words the test cannot see.
func patternLits(e ast.Expr) (lits []patternLit, ok bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return nil, false
		}
		s, err := strconv.Unquote(e.Value)
		if err != nil {
			return nil, false
		}
		return []patternLit{{s, e.Pos()}}, true
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, okx := patternLits(e.X)
			y, oky := patternLits(e.Y)
			return append(x, y...), okx && oky
		}
	case *ast.Ident:
		if e.Obj != nil && e.Obj.Kind == ast.Con {
			if vs, ok := e.Obj.Decl.(*ast.ValueSpec); ok {
				for i, n := range vs.Names {
					if n.Name == e.Name && i < len(vs.Values) {
						return patternLits(vs.Values[i])
					}
				}
			}
		}
	}
	return nil, false
}

// patternSyntax is what of a regular expression is no word: roles
// ("{{date_cues}}"), classes ("\p{Lu}", "[^()]"), escapes ("\d", "\b"),
// and flags and groups ("(?i)", "(?:", "(?P<day>").
var patternSyntax = regexp.MustCompile(`\{\{[a-z0-9_]+\}\}|\\[pP](?:\{[^}]*\}|[A-Za-z])|\[(?:\\.|[^\]\\])*\]|\\[A-Za-z]|\(\?(?:P<\w+>|[a-zA-Z]*[:)])`)

// patternWords returns the words a regular expression writes: its runs of
// letters once its syntax is taken out.
func patternWords(p string) []string {
	return patternLetters.FindAllString(patternSyntax.ReplaceAllString(p, " "), -1)
}

// patternLetters is a run of letters, with their marks.
var patternLetters = regexp.MustCompile(`[\p{L}\p{Mn}]+`)

// allowed reads allowlist.txt: lines `file: "literal"  # reason`, the
// literal quoted as in Go; a reason is required.
func allowed(t *testing.T) map[string]bool {
	t.Helper()
	fh, err := os.Open("allowlist.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(fh)
	for ln := 1; sc.Scan(); ln++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		file, rest, ok := strings.Cut(l, ": ")
		if !ok {
			t.Fatalf("allowlist.txt:%d: no \"file: \"", ln)
		}
		lit, err := strconv.QuotedPrefix(strings.TrimSpace(rest))
		if err != nil {
			t.Fatalf("allowlist.txt:%d: no quoted literal: %v", ln, err)
		}
		reason := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), lit))
		if !strings.HasPrefix(reason, "#") || strings.TrimSpace(reason[1:]) == "" {
			t.Fatalf("allowlist.txt:%d: no reason (\"# why\")", ln)
		}
		s, _ := strconv.Unquote(lit)
		m[file+"\x00"+s] = true
	}
	return m
}

// TestNoWordsInCode fails on any word written in the code of analysis,
// corpus and answer, rather than in a role file, unless allowlist.txt
// allows it. go test ./lexicon -run TestNoWordsInCode -print-words prints
// them all.
func TestNoWordsInCode(t *testing.T) {
	allow := allowed(t)
	used := map[string]bool{}
	var bad []string
	for _, dir := range wordPackages {
		for _, u := range wordUses(t, dir) {
			key := u.file + "\x00" + u.lit
			if *printWords {
				fmt.Printf("%s: %q  # %s, line %d\n", u.file, u.lit, u.how, u.line)
			}
			if allow[key] {
				used[key] = true
				continue
			}
			bad = append(bad, fmt.Sprintf("%s:%d: %q (%s)", u.file, u.line, u.lit, u.how))
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("a word in code, not in a role file: %s", b)
	}
	var stale []string
	for k := range allow {
		if !used[k] {
			stale = append(stale, strings.Replace(k, "\x00", ": ", 1))
		}
	}
	sort.Strings(stale)
	for _, s := range stale {
		t.Errorf("allowlist.txt: %q is no longer in the code: remove it", s)
	}
}

func TestIsWord(t *testing.T) {
	for s, want := range map[string]bool{
		"dc": true, "tang": true, "bao nhiêu": true, " và ": true, "Đại tá": true,
		"k": true, "": false, " ": false, "%s": false, "gen:award": false,
		"type_agrees": false, "đ/c": false, "19/9": false, "\n": false,
	} {
		if got := isWord(s); got != want {
			t.Errorf("isWord(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPatternWords(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)\b\d{1,2}\s*(?:giờ|g|h)`, []string{"giờ", "g", "h"}},
		{`(?i)(?:{{date_cues}}\s+)?\b\d{1,2}/\d{1,2}`, nil},
		{`(?:^|[\s\p{P}])(\(?){{credit_labels}}[ \t]*:[^()]*?`, nil},
		{`^(?P<day>\d+)\p{Lu}[\p{Lu}0-9&]{1,9}`, nil},
		{`^date[ \t]+(\d{4})`, []string{"date"}},
	} {
		got := patternWords(tc.pattern)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("patternWords(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestPatternLitsFollowConstants(t *testing.T) {
	src := "package p\nconst w = `(?:chiều|tối)`\nvar r = regexp.MustCompile(`(?i)` + w + `\\s+\\d`)\n"
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			lits, ok := patternLits(c.Args[0])
			if !ok {
				t.Errorf("patternLits: the pattern was not read")
			}
			for _, lit := range lits {
				got = append(got, patternWords(lit.s)...)
			}
		}
		return true
	})
	if want := "[chiều tối]"; fmt.Sprint(got) != want {
		t.Errorf("words of the pattern = %v, want %s", got, want)
	}
	v := &ast.Ident{Name: "pattern"} // a variable: not read
	if _, ok := patternLits(v); ok {
		t.Errorf("patternLits(a variable) reads it")
	}
}
