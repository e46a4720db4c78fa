package answer

import (
	"iter"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// A sent is one sentence of the corpus, prepared for matching.
type sent struct {
	art   *corpus.Article
	p     *corpus.Passage
	index int
	text  string
	lower []string
	fold  []string
	pos   map[string][]int // folded word → positions
	// clause is, per word, the number of the clause it is in: clauses are
	// parted by ";" and ":".
	clause []int
	// starts and ends are the byte offsets of the words in text.
	starts, ends []int
	// times are the time expressions of text (analysis.Times).
	times []analysis.TimeSpan
	// places are the places text names without "tại" or "ở" (see
	// placeSpans), read when first asked for.
	placesOnce sync.Once
	places     []placeSpan
	// scoped are the scopes of the words (scopesOf), read when first
	// asked for, once a sentence, not once a candidate.
	scopedOnce sync.Once
	scoped     scopes
	// english is true for a sentence of an English article.
	english bool
}

func newSent(a *corpus.Article, p *corpus.Passage, i int, abbr map[string][]string) *sent {
	s := &sent{art: a, p: p, index: i, text: p.Sentence(i), pos: map[string][]int{}, english: a.Language == "en"}
	s.times = analysis.Times(s.text)
	n, last, inClause := 0, 0, 0
	list := strings.Contains(s.text, ";")
	for _, t := range analysis.Tokens(s.text) {
		if sep := s.text[last:t.Start]; strings.ContainsAny(sep, ";:") {
			// In a list of labelled items ("xăng RON95: … (giảm 439
			// đồng/lít); dầu hỏa: … (tăng 1.389 đồng/lít)") a short
			// label before ":" is the clause of the figures it labels.
			label := list && !strings.Contains(sep, ";") && inClause <= maxLabelWords && s.listItemStart(len(s.clause)-inClause)
			if !label {
				n++
			}
			inClause = 0
		}
		inClause++
		last = t.End
		s.clause = append(s.clause, n)
		s.starts = append(s.starts, t.Start)
		s.ends = append(s.ends, t.End)
		f := t.Folded
		if t.Number {
			f = numKey(t.Text)
		}
		if s.english && !t.Number {
			f = analysis.Stem(t.Folded)
		}
		s.pos[f] = append(s.pos[f], len(s.fold))
		s.lower = append(s.lower, strings.ToLower(t.Text))
		s.fold = append(s.fold, f)
	}
	// Spellings with i and y are one: "tỉ số" and "tỷ số", "kĩ" and "kỹ".
	for i, f := range s.fold {
		if alt := iyVariant(f); alt != "" {
			s.pos[alt] = append(s.pos[alt], i)
		}
	}
	// An abbreviation also stands for its long form, and the long form for
	// the abbreviation: "NTM" matches "nông thôn mới".
	// In the order of the keys: positions are appended, and their order
	// must not depend on a map's.
	for _, key := range slices.Sorted(maps.Keys(abbr)) {
		if p := s.hasPhrase(key, 0, len(s.fold)); p >= 0 {
			for _, w := range abbr[key] {
				s.pos[w] = append(s.pos[w], p)
			}
		}
	}
	for _, ps := range s.pos {
		slices.Sort(ps)
	}
	return s
}

// numKey is the form numbers are compared in: "2.430" and "2430" alike.
func numKey(n string) string {
	if v, ok := analysis.ParseNumber(n); ok && !strings.Contains(n, "/") {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return n
}

// key returns the form a question word is compared in.
func (w word) key(lang string) string {
	if w.num {
		return numKey(w.text)
	}
	if lang == "en" {
		return analysis.Stem(w.fold)
	}
	return w.fold
}

// matchWord returns how well w is found in s: 1 as typed, 0.75 folded
// when typed with other diacritics, 0 not at all; and the first position.
func (s *sent) matchWord(w word, lang string, from, to int) (float64, int) {
	return s.matchKey(w, w.key(lang), lang, from, to)
}

// matchKey is matchWord of w, whose key (word.key) is k.
func (s *sent) matchKey(w word, k, lang string, from, to int) (float64, int) {
	ps := s.pos[k]
	first := -1
	for _, p := range ps {
		if p >= from && p < to {
			first = p
			break
		}
	}
	if first < 0 {
		return 0, -1
	}
	if !w.marked || w.num || lang == "en" {
		return 1, first
	}
	for _, p := range ps {
		if p >= from && p < to && s.lower[p] == w.text {
			return 1, p
		}
	}
	return 0.75, first
}

// hasPhrase returns the position of the folded phrase in s, or -1.
func (s *sent) hasPhrase(phrase string, from, to int) int {
	// The phrase's words are read in place (strings.FieldsSeq), not
	// split into a new slice: the engine asks this of many sentences.
	// Most sentences lack its first word: the rest is counted only when
	// s writes it.
	first := ""
	for w := range strings.FieldsSeq(phrase) {
		first = w
		break
	}
	at := s.pos[first]
	if first == "" || len(at) == 0 {
		return -1
	}
	n := 0
	for range strings.FieldsSeq(phrase) {
		n++
	}
	for _, p := range at {
		if p < from || p+n > to {
			continue
		}
		if s.followsAt(phrase, p) {
			return p
		}
	}
	return -1
}

// followsAt reports whether the words of phrase after its first are the
// folded words of s after word p, in a row.
func (s *sent) followsAt(phrase string, p int) bool {
	k := 0
	for w := range strings.FieldsSeq(phrase) {
		if k > 0 && s.fold[p+k] != w {
			return false
		}
		k++
	}
	return true
}

// An overlap is how much of a question's content a sentence holds.
type overlap struct {
	got, total float64
	matched    []bool // per content word
	first      int    // first matched position in the sentence
	last       int    // last matched position
	adjacent   int    // question word pairs found side by side
	pos        []int  // per content word, where it was found, or -1
	words      []word
}

// posOfWord returns where question word w was found, or -1.
func (o overlap) posOfWord(content []word, w word) int {
	for i, c := range o.words {
		if c.fold == w.fold && i < len(o.pos) {
			return o.pos[i]
		}
	}
	return -1
}

// holds reports whether word k of the sentence is one where a content
// word was found.
func (o overlap) holds(k int) bool {
	return slices.Contains(o.pos, k)
}

// coverage is the weighted share of the question's content found.
func (o overlap) coverage() float64 {
	if o.total == 0 {
		return 0
	}
	return o.got / o.total
}

// score ranks sentences: coverage with a bonus for words found together.
func (o overlap) score() float64 {
	return o.coverage() + 0.03*math.Min(float64(o.adjacent), 5)
}

// overlapOf measures how much of words s holds, weighting each word by
// its rarity in the corpus, with synonyms and one-letter typos in long
// words accepted at a lower weight. words are question q's, in its
// language.
func (d *document) overlapOf(q question, words []word, s *sent) overlap {
	return d.overlapIn(q, words, s, 0, len(s.fold))
}

// coveringIn yields the sentences of the passages in scope whose cover of
// the question's words (overlapOf) is at least minCover, in the
// document's order, each with that cover.
func (d *document) coveringIn(q question, words []word, sc *scope, minCover float64) iter.Seq2[*sent, float64] {
	return func(yield func(*sent, float64) bool) {
		for _, s := range d.sents {
			if !sc.holdsSent(s) {
				continue
			}
			cover := d.overlapOf(q, words, s).coverage()
			if cover < minCover {
				continue
			}
			if !yield(s, cover) {
				return
			}
		}
	}
}

// overlapIn is overlapOf over the words [from, to) of s.
func (d *document) overlapIn(q question, words []word, s *sent, from, to int) overlap {
	return d.matcherOf(q, words).in(s, from, to)
}

// maxMatchers bounds the matchers a matcherCache keeps: a question
// measures a few lists of its words (its content, parts of it), and one
// that measures more gets the rest made afresh.
const maxMatchers = 32

// A matcherCache keeps the matchers made for the words of one question
// (matcherOf), so that a list of words measured against many sentences,
// by many generators and features, is prepared once. It belongs to one
// question, answered by one goroutine: it is not safe for concurrent use.
type matcherCache struct {
	d    *document // the document whose articles the matchers weigh words by
	made []*matcher
}

// newMatcherCache returns an empty matcherCache for the questions of d.
func newMatcherCache(d *document) *matcherCache {
	return &matcherCache{d: d}
}

// matcherOf prepares words of question q, in q's language, for measuring
// sentences: a matcher q's cache (if any) holds for the same words, or a
// new one, kept there.
func (d *document) matcherOf(q question, words []word) *matcher {
	c := q.matchers
	if c == nil || c.d != d {
		// A copy here too, so that words never outlive the call: a
		// caller's slice (the constraint words sharedFeatures keeps) and
		// what holds it (the maps of sharedFeatures) stay on its stack.
		return d.newMatcher(slices.Clone(words), q.lang)
	}
	for _, m := range c.made {
		if m.lang == q.lang && slices.Equal(m.words, words) {
			return m
		}
	}
	// The matcher keeps its own copy of the words: a caller may change
	// its slice afterwards.
	m := d.newMatcher(slices.Clone(words), q.lang)
	if len(c.made) < maxMatchers {
		c.made = append(c.made, m)
	}
	return m
}

// A matcher holds what overlapIn needs of a question's words whatever the
// sentence: the synonyms of their phrases, which may be typos, and the
// weights of their keys. Made once, it measures many sentences.
type matcher struct {
	words []word
	lang  string
	// synonyms are the phrases of words with synonyms, in the order
	// they are tried: longest first, then left to right.
	synonyms []phraseSynonyms
	// typo tells, per word, whether a one-letter typo of it may match: a
	// word of five letters or more, no number, that the articles do not
	// use.
	typo []bool
	// keys are the words' keys (word.key), made once, not per sentence.
	keys []string
	// keyed are the indexes of the first word of each key, in order, and
	// weights the weights of their keys.
	keyed   []int
	weights []float64
	// matched and pos are the unused rest of the chunks in cuts the
	// overlaps of sentences from (cut), as long as each other.
	matched []bool
	pos     []int
	// chunk is how many sentences the next chunks will serve.
	chunk int
	// ranked are the sentences of the scope rankedIn that hold any of
	// the words, best first (rank): the generators that read the best
	// sentences for the same words and scope rank them once.
	rankedIn *scope
	ranked   []scored
}

// phraseSynonyms are the synonyms of words [at, at+n) of a matcher.
type phraseSynonyms struct {
	at, n int
	alts  []string
}

// newMatcher prepares words, in language lang, for measuring sentences.
func (d *document) newMatcher(words []word, lang string) *matcher {
	m := &matcher{words: words, lang: lang, typo: make([]bool, len(words)), keys: make([]string, len(words))}
	if lang == "vi" {
		for n := analysis.MaxSynonymWords; n >= 1; n-- {
			for i := 0; i+n <= len(words); i++ {
				if alts := synonymsOf(words[i : i+n]); len(alts) > 0 {
					m.synonyms = append(m.synonyms, phraseSynonyms{at: i, n: n, alts: alts})
				}
			}
		}
	}
	m.keyed = make([]int, 0, len(words))
	m.weights = make([]float64, 0, len(words))
	for i, w := range words {
		k := w.key(lang)
		m.keys[i] = k
		// A word the articles use is no typo.
		m.typo[i] = !w.num && len(w.fold) >= 5 && d.df[k] == 0
		// A question's words are few: the keys before are searched,
		// not put in a map.
		if slices.Contains(m.keys[:i], k) {
			continue
		}
		m.keyed = append(m.keyed, i)
		m.weights = append(m.weights, d.weight(k))
	}
	return m
}

// stackWords is how many words of a question matcher.in keeps the weights
// of on the stack; a longer question allocates them.
const stackWords = 16

// in is overlapIn of the matcher's words over the words [from, to) of s.
func (m *matcher) in(s *sent, from, to int) overlap {
	words := m.words
	if len(words) == 0 {
		return overlap{matched: []bool{}, first: -1, last: -1}
	}
	matched, posOf := m.cut(len(words))
	o := overlap{matched: matched, first: -1, last: -1}
	// got, the weight each word was found with, is read here only: on
	// the stack for a question of usual length.
	var gotBuf [stackWords]float64
	got := gotBuf[:]
	if len(words) > len(gotBuf) {
		got = make([]float64, len(words))
	}
	got = got[:len(words)]
	for i, w := range words {
		q, p := s.matchKey(w, m.keys[i], m.lang, from, to)
		got[i], posOf[i] = q, p
	}
	// Synonyms: a phrase of the question whose synonym the sentence holds.
	for _, ps := range m.synonyms {
		for _, alt := range ps.alts {
			if p := s.hasPhrase(alt, from, to); p >= 0 {
				for k := ps.at; k < ps.at+ps.n; k++ {
					if got[k] < 0.85 {
						got[k], posOf[k] = 0.85, p
					}
				}
				break
			}
		}
	}
	// Typos: one edit in a word of five letters or more, never a number.
	for i, w := range words {
		if got[i] > 0 || !m.typo[i] {
			continue
		}
		for p := from; p < to; p++ {
			if f := s.fold[p]; len(f) >= 4 && editDistanceOne(w.fold, f) {
				got[i], posOf[i] = 0.6, p
				break
			}
		}
	}
	o.pos, o.words = posOf, words
	for i := range posOf {
		if got[i] == 0 {
			posOf[i] = -1
		}
	}
	for j, i := range m.keyed {
		wt := m.weights[j]
		o.total += wt
		o.got += wt * got[i]
		if got[i] > 0 {
			o.matched[i] = true
			if o.first < 0 || posOf[i] < o.first {
				o.first = posOf[i]
			}
			if posOf[i] > o.last {
				o.last = posOf[i]
			}
		}
		if i > 0 && got[i] > 0 && got[i-1] > 0 && posOf[i] == posOf[i-1]+1 {
			o.adjacent++
		}
	}
	return o
}

// maxOverlapChunk bounds how many sentences' overlaps one chunk of a
// matcher serves (cut).
const maxOverlapChunk = 64

// cut returns a zeroed []bool and an []int of n elements each, for the
// overlap of one sentence, cut from chunks the matcher keeps: measuring
// many sentences allocates twice per chunk, not twice per sentence. Each
// chunk serves twice as many sentences as the last, up to
// maxOverlapChunk. The slices are capped at n, so that appending to one
// never writes into another's.
func (m *matcher) cut(n int) ([]bool, []int) {
	if len(m.matched) < n {
		m.chunk = min(max(2*m.chunk, 4), maxOverlapChunk)
		m.matched = make([]bool, n*m.chunk)
		m.pos = make([]int, n*m.chunk)
	}
	b, p := m.matched[:n:n], m.pos[:n:n]
	m.matched, m.pos = m.matched[n:], m.pos[n:]
	return b, p
}

// synonymsOf is synonyms(phraseOf(ws)), without building the phrase when
// synonymCache holds it: the phrase is written into a buffer on the stack,
// and a map looked up by string(b) of a byte slice does not copy it (the
// compiler reads the slice in place). newMatcher asks it of every run of
// a question's words.
func synonymsOf(ws []word) []string {
	var buf [64]byte
	b := buf[:0]
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.fold...)
	}
	synonymCache.RLock()
	alts, ok := synonymCache.m[string(b)]
	synonymCache.RUnlock()
	if ok {
		return alts
	}
	return synonyms(string(b))
}

// phraseOf returns the folded words of ws, joined by single spaces.
func phraseOf(ws []word) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0].fold
	}
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w.fold)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.fold)
	}
	return b.String()
}

// weight is the inverse document frequency of a folded word over the
// corpus's sentences; unknown words weigh most.
func (d *document) weight(k string) float64 {
	df := d.df[k]
	return math.Log(1 + (float64(d.nsent)+1)/(float64(df)+0.5))
}

// editDistanceOne reports whether a and b differ by exactly one edit.
func editDistanceOne(a, b string) bool {
	if a == b {
		return false
	}
	// Words of lengths further apart than one rune are told apart
	// before their runes are copied out: RuneCountInString counts as
	// []rune does.
	if d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); d > 1 || d < -1 {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		// substitution or transposition
		if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) {
			return true
		}
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// maxLabelWords is how many words a label of a list item holds at most:
// "Dầu diesel 0.05S", "Gạo thành phẩm IR 504".
const maxLabelWords = 5

// listItemStart reports whether word i of s (of the words read so far)
// starts an item of a list: it starts the sentence, or a ";" stands
// before it.
func (s *sent) listItemStart(i int) bool {
	if i == 0 {
		return true
	}
	return i < len(s.starts) && strings.Contains(s.text[s.ends[i-1]:s.starts[i]], ";")
}

// clauseOf returns the word range of the clause holding word i.
func (s *sent) clauseOf(i int) (from, to int) {
	from, to = i, i
	for from > 0 && s.clause[from-1] == s.clause[i] {
		from--
	}
	for to < len(s.clause) && s.clause[to] == s.clause[i] {
		to++
	}
	return from, to
}

// find returns the position of the first word of s whose lower-case text
// is t, at or after from, or -1.
func (s *sent) find(t string, from int) int {
	for i := from; i < len(s.lower); i++ {
		if s.lower[i] == t {
			return i
		}
	}
	return -1
}

// synonymCache remembers analysis.Synonyms for the phrases questions use.
// It holds at most maxSynonymCache phrases, so odd input cannot grow it
// without bound.
var synonymCache = struct {
	sync.RWMutex
	m map[string][]string
}{m: map[string][]string{}}

const maxSynonymCache = 20000

// synonyms is analysis.Synonyms, remembered.
func synonyms(phrase string) []string {
	synonymCache.RLock()
	alts, ok := synonymCache.m[phrase]
	synonymCache.RUnlock()
	if ok {
		return alts
	}
	alts = analysis.Synonyms(phrase)
	synonymCache.Lock()
	if len(synonymCache.m) < maxSynonymCache {
		synonymCache.m[phrase] = alts
	}
	synonymCache.Unlock()
	return alts
}

// iyVariant returns the other spelling of a folded syllable that ends in a
// consonant and i or y ("ti" for "ty", "ky" for "ki"), or "".
func iyVariant(f string) string {
	n := len(f)
	if n < 2 || strings.IndexByte("aeiouy", f[n-2]) >= 0 || f[n-2] < 'a' || f[n-2] > 'z' {
		return ""
	}
	switch f[n-1] {
	case 'y':
		return f[:n-1] + "i"
	case 'i':
		return f[:n-1] + "y"
	}
	return ""
}
