// Package lexicon holds hoidap's word lists: knowledge of the Vietnamese
// (and English) language and of news writing, never of any article. Each
// list is a role (give verbs, ranks, award kinds, units, question words, …)
// and a data file data/<role>.txt, embedded in the binary: one phrase a line,
// in file order (the order matters where the first match wins), "#" starting
// a comment line, blank lines ignored, UTF-8 in NFC. A few roles pair words
// ("dc = được") or group them ("trao | tặng | trao tặng"), and record roles
// give each phrase attributes: a line "phrase = field / field …"
// ("giai doan nao = when / giai doan", the question-phrase table), read
// with MustRecords; a malformed line is an error naming its file and line.
//
// Packages refer to a role by its name, loaded once at init with MustSet,
// MustPairs, MustGroups or MustRecords: a role without a file panics at
// init, so every test of the package using it fails. The package imports
// nothing of hoidap's; analysis, corpus and answer build on it.
//
// A Set is matched in one of three explicit modes:
//
//   - Exact: the word as written in the file;
//   - Folded: diacritics and case folded on both sides ("duoc" is "được");
//   - AsTyped: as written when the word has diacritics ("giá" is not
//     "gia" of "quốc gia"), folded when it has none: how a question typed
//     with or without diacritics is read.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.txt
var data embed.FS

// Mode is how a Set compares a word with its entries.
type Mode int

const (
	// Exact compares the word as written.
	Exact Mode = iota
	// Folded compares the folded word with the folded entries.
	Folded
	// AsTyped compares as written when the word has diacritics, folded
	// when it has none.
	AsTyped
)

func (m Mode) String() string {
	switch m {
	case Exact:
		return "exact"
	case Folded:
		return "folded"
	case AsTyped:
		return "as typed"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// A Set is the phrases of one role, in file order.
type Set struct {
	role   string
	words  []string // as written, file order, no duplicates
	folds  []string // words folded, file order, no duplicates
	exact  map[string]bool
	folded map[string]bool
	// firstExact and firstFolded are the first words of the phrases,
	// as written and folded: StartsPhrase.
	firstExact, firstFolded map[string]bool
	max                     int // syllables in the longest phrase
}

// NewSet makes a Set of words, in their order, without a file; role names it
// in messages. Duplicates are dropped.
func NewSet(role string, words ...string) *Set {
	s := &Set{role: role, exact: map[string]bool{}, folded: map[string]bool{},
		firstExact: map[string]bool{}, firstFolded: map[string]bool{}}
	for _, w := range words {
		if !s.exact[w] {
			s.exact[w] = true
			s.words = append(s.words, w)
		}
		f := Fold(w)
		if !s.folded[f] {
			s.folded[f] = true
			s.folds = append(s.folds, f)
		}
		ws := strings.Fields(w)
		if n := len(ws); n > s.max {
			s.max = n
		}
		if len(ws) > 0 {
			s.firstExact[ws[0]] = true
		}
		if fs := strings.Fields(f); len(fs) > 0 {
			s.firstFolded[fs[0]] = true
		}
	}
	return s
}

// Role is the name of the set's role.
func (s *Set) Role() string { return s.role }

// Has reports whether w is in the set, compared in mode m. A nil Set has
// nothing.
func (s *Set) Has(w string, m Mode) bool {
	if s == nil {
		return false
	}
	switch m {
	case Exact:
		return s.exact[w]
	case Folded:
		return s.hasFolded(w)
	case AsTyped:
		if HasDiacritics(w) {
			return s.exact[w]
		}
		return s.hasFolded(w)
	}
	panic("lexicon: unknown mode " + m.String())
}

// HasPhrase reports whether the words, joined by single spaces, are one of
// the set's phrases, compared in mode m. It is Has of the joined words,
// without building them: see joinedKey.
func (s *Set) HasPhrase(words []string, m Mode) bool {
	if s == nil {
		return false
	}
	if m == AsTyped {
		// The joined words hold a diacritic when one of them does:
		// HasDiacritics reads rune by rune, and a space has none.
		m = Folded
		for _, w := range words {
			if HasDiacritics(w) {
				m = Exact
				break
			}
		}
	}
	var buf [keyBuf]byte
	switch m {
	case Exact:
		return s.exact[string(joinedKey(buf[:0], words, false))]
	case Folded:
		return s.folded[string(joinedKey(buf[:0], words, true))]
	}
	panic("lexicon: unknown mode " + m.String())
}

// StartsPhrase reports whether w may be the first word of one of the
// set's phrases, compared in mode m: when it is not, HasPhrase of no
// words starting with w holds, and a caller trying the phrases of several
// lengths at a word can skip them all. In mode AsTyped it tells both ways.
func (s *Set) StartsPhrase(w string, m Mode) bool {
	if s == nil {
		return false
	}
	var buf [keyBuf]byte
	switch m {
	case Exact:
		return s.firstExact[w]
	case Folded:
		return s.firstFolded[string(appendFold(buf[:0], w))]
	case AsTyped:
		return s.firstExact[w] || s.firstFolded[string(appendFold(buf[:0], w))]
	}
	panic("lexicon: unknown mode " + m.String())
}

// hasFolded reports whether the fold of w is one of the set's folded
// phrases, without allocating the fold (see joinedKey).
func (s *Set) hasFolded(w string) bool {
	var buf [keyBuf]byte
	return s.folded[string(appendFold(buf[:0], w))]
}

// keyBuf is the size of the buffer on the stack that Has and HasPhrase
// write their key into; a longer key grows onto the heap.
const keyBuf = 64

// joinedKey appends the words to b joined by single spaces, folded when
// fold is set, and returns it. Looking a map up by string(b) of a byte
// slice does not copy the bytes (the compiler reads the slice in place),
// so that Has and HasPhrase allocate nothing for a key of up to keyBuf
// bytes. Fold folds rune by rune and leaves a space alone, so that the
// folds joined are the fold of the joined words.
func joinedKey(b []byte, words []string, fold bool) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if fold {
			b = appendFold(b, w)
		} else {
			b = append(b, w...)
		}
	}
	return b
}

// HasAny reports whether any of words is in the set, compared in mode m.
func (s *Set) HasAny(words []string, m Mode) bool {
	for _, w := range words {
		if s.Has(w, m) {
			return true
		}
	}
	return false
}

// Words returns the phrases as written, in file order, without duplicates.
// The slice is shared: callers must not modify it.
func (s *Set) Words() []string { return s.words }

// FoldedWords returns the phrases folded, in file order, without
// duplicates. The slice is shared: callers must not modify it.
func (s *Set) FoldedWords() []string { return s.folds }

// Len is the number of phrases, as written.
func (s *Set) Len() int { return len(s.words) }

// MaxWords is the number of syllables of the longest phrase.
func (s *Set) MaxWords() int { return s.max }

// Map returns the set as written, as a map, for callers that index it
// themselves; a new map on each call.
func (s *Set) Map() map[string]bool {
	m := make(map[string]bool, len(s.exact))
	for w := range s.exact {
		m[w] = true
	}
	return m
}

// A Pair is a line "key = value" of a paired role.
type Pair struct{ Key, Value string }

// A line is a line of a role's file that holds an entry: its text, trimmed,
// and its number in the file, counted from 1.
type line struct {
	n    int
	text string
}

// entryLines splits the text of a role's file into the lines that hold an
// entry: not blank, not a comment.
func entryLines(text string) []line {
	var out []line
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, line{n, l})
	}
	return out
}

// numberedLines reads a role's file: its entry lines, in NFC, with their
// numbers.
func numberedLines(role string) ([]line, error) {
	b, err := data.ReadFile("data/" + role + ".txt")
	if err != nil {
		return nil, fmt.Errorf("lexicon: no role %q: %w", role, err)
	}
	if !norm.NFC.IsNormalString(string(b)) {
		return nil, fmt.Errorf("lexicon: %s.txt is not in NFC", role)
	}
	out := entryLines(string(b))
	if len(out) == 0 {
		return nil, fmt.Errorf("lexicon: role %q is empty", role)
	}
	return out, nil
}

// lines reads a role's file: its lines without comments and blank lines,
// trimmed, in NFC.
func lines(role string) ([]string, error) {
	ls, err := numberedLines(role)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.text
	}
	return out, nil
}

// Load reads the Set of a role.
func Load(role string) (*Set, error) {
	ls, err := lines(role)
	if err != nil {
		return nil, err
	}
	return NewSet(role, ls...), nil
}

// MustSet is Load, panicking when the role has no file or no phrase.
func MustSet(role string) *Set {
	s, err := Load(role)
	if err != nil {
		panic(err)
	}
	return s
}

// LoadPairs reads a paired role, its lines "key = value" in file order.
func LoadPairs(role string) ([]Pair, error) {
	ls, err := lines(role)
	if err != nil {
		return nil, err
	}
	out := make([]Pair, 0, len(ls))
	for _, l := range ls {
		k, v, ok := strings.Cut(l, " = ")
		if !ok {
			return nil, fmt.Errorf("lexicon: %s.txt: %q is not \"key = value\"", role, l)
		}
		out = append(out, Pair{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return out, nil
}

// MustPairs is LoadPairs, panicking on an error.
func MustPairs(role string) []Pair {
	p, err := LoadPairs(role)
	if err != nil {
		panic(err)
	}
	return p
}

// MustMap is MustPairs as a map; a key given twice is an error.
func MustMap(role string) map[string]string {
	m := map[string]string{}
	for _, p := range MustPairs(role) {
		if _, dup := m[p.Key]; dup {
			panic(fmt.Sprintf("lexicon: %s.txt: key %q twice", role, p.Key))
		}
		m[p.Key] = p.Value
	}
	return m
}

// LoadGroups reads a grouped role: a group a line, its phrases separated by
// " | ", in file order.
func LoadGroups(role string) ([][]string, error) {
	ls, err := lines(role)
	if err != nil {
		return nil, err
	}
	out := make([][]string, 0, len(ls))
	for _, l := range ls {
		var g []string
		for _, p := range strings.Split(l, "|") {
			if p = strings.TrimSpace(p); p != "" {
				g = append(g, p)
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// MustGroups is LoadGroups, panicking on an error.
func MustGroups(role string) [][]string {
	g, err := LoadGroups(role)
	if err != nil {
		panic(err)
	}
	return g
}

// A Record is a line "phrase = field / field …" of a record role: a phrase
// and its attributes, which the code reading the role names (the kind of
// question a phrase asks, say, and the kind of time).
type Record struct {
	Phrase string
	Fields []string // one at least, each non-empty
	// Pos is where the line is, "question_phrases.txt:12", for the
	// messages of code that finds a field it does not know.
	Pos string
}

// LoadRecords reads a record role: lines "phrase = field", or "phrase =
// field / field …" with up to maxFields fields, in file order. A line
// without " = ", without a phrase, with an empty field or too many fields,
// and a phrase given twice, are errors naming the file and line.
func LoadRecords(role string, maxFields int) ([]Record, error) {
	ls, err := numberedLines(role)
	if err != nil {
		return nil, err
	}
	return parseRecords(role+".txt", ls, maxFields)
}

// parseRecords reads the entry lines ls of file as records of up to
// maxFields fields (LoadRecords).
func parseRecords(file string, ls []line, maxFields int) ([]Record, error) {
	out := make([]Record, 0, len(ls))
	at := map[string]string{}
	for _, l := range ls {
		pos := fmt.Sprintf("%s:%d", file, l.n)
		phrase, rest, ok := strings.Cut(l.text, " = ")
		phrase = strings.TrimSpace(phrase)
		if !ok || phrase == "" {
			return nil, fmt.Errorf("lexicon: %s: %q is not \"phrase = field / …\"", pos, l.text)
		}
		if first, dup := at[phrase]; dup {
			return nil, fmt.Errorf("lexicon: %s: phrase %q again (first at %s)", pos, phrase, first)
		}
		at[phrase] = pos
		fields := strings.Split(rest, "/")
		if len(fields) > maxFields {
			return nil, fmt.Errorf("lexicon: %s: %d fields, at most %d", pos, len(fields), maxFields)
		}
		for i, f := range fields {
			if fields[i] = strings.TrimSpace(f); fields[i] == "" {
				return nil, fmt.Errorf("lexicon: %s: field %d of %q is empty", pos, i+1, phrase)
			}
		}
		out = append(out, Record{Phrase: phrase, Fields: fields, Pos: pos})
	}
	return out, nil
}

// MustRecords is LoadRecords, panicking on an error.
func MustRecords(role string, maxFields int) []Record {
	r, err := LoadRecords(role, maxFields)
	if err != nil {
		panic(err)
	}
	return r
}

// Roles lists the names of every role, sorted.
func Roles() []string {
	ents, _ := fs.ReadDir(data, "data")
	var out []string
	for _, e := range ents {
		if n, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
