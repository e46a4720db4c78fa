package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A sentence is one sentence of a passage, tokenised, as the extractors see
// it.
type sentence struct {
	p     *Passage
	index int    // sentence index in the passage
	text  string // the passage's text; offsets below refer to it
	start int    // the sentence's span in text
	end   int
	toks  []analysis.Token
	low   []string // the tokens in lower case
}

func sentencesOf(p *Passage) []sentence {
	out := make([]sentence, 0, len(p.Sentences))
	for i, sp := range p.Sentences {
		toks := analysis.Tokens(p.Text[sp.Start:sp.End])
		for j := range toks {
			toks[j].Start += sp.Start
			toks[j].End += sp.Start
		}
		low := make([]string, len(toks))
		for j, t := range toks {
			low[j] = strings.ToLower(t.Text)
		}
		out = append(out, sentence{p: p, index: i, text: p.Text, start: sp.Start, end: sp.End, toks: toks, low: low})
	}
	return out
}

// sep returns the text between token i-1 and token i ("" before the first
// token is the text from the sentence start).
func (s *sentence) sep(i int) string {
	from := s.start
	if i > 0 {
		from = s.toks[i-1].End
	}
	to := s.end
	if i < len(s.toks) {
		to = s.toks[i].Start
	}
	return s.text[from:to]
}

// spaced reports whether token i follows token i-1 after a plain space.
func (s *sentence) spaced(i int) bool { return i > 0 && s.sep(i) == " " }

// span returns the text from token i to token j-1, with a closing
// parenthesis or quotation mark when the span opened one.
func (s *sentence) span(i, j int) string {
	if i >= j || i >= len(s.toks) {
		return ""
	}
	t := s.text[s.toks[i].Start:s.toks[j-1].End]
	if j < len(s.toks) || s.end > s.toks[j-1].End {
		rest := s.sep(j)
		for _, pair := range [][2]string{{"(", ")"}, {"“", "”"}} {
			if strings.Count(t, pair[0]) > strings.Count(t, pair[1]) {
				if k := strings.Index(rest, pair[1]); k >= 0 {
					t = s.text[s.toks[i].Start : s.toks[j-1].End+k+len(pair[1])]
				}
			}
		}
	}
	return t
}

// word returns token i in lower case.
func (s *sentence) word(i int) string { return s.low[i] }

// nameEnd returns the token after an organisation name that starts at i:
// capitalised syllables, each perhaps followed by one lower-case syllable
// ("Bộ Chính trị", "Hội Nông dân Việt Nam"), up to limit.
func (s *sentence) nameEnd(i, limit int) int {
	j := i
	for j < limit && (j == i || s.spaced(j)) && !s.toks[j].Number {
		if s.upper(j) {
			j++
			continue
		}
		if j > i && s.upper(j-1) && j+1 <= limit && s.titleStop(j) == 0 && s.match(unitStops, j) == 0 {
			j++
			continue
		}
		break
	}
	return j
}

// lower returns the lower-case words of tokens i..j-1 joined by spaces.
func (s *sentence) lower(i, j int) string {
	if j == i+1 && i < len(s.low) {
		return s.low[i]
	}
	var b strings.Builder
	for k := i; k < j && k < len(s.toks); k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.low[k])
	}
	return b.String()
}

// match returns how many tokens from i on spell a phrase of ws, longest
// first; 0 when none does. The tokens must be separated by single spaces
// (or "/" for "đ/c").
func (s *sentence) match(ws *lexicon.Set, i int) int {
	for n := min(ws.MaxWords(), len(s.toks)-i); n >= 1; n-- {
		ok := true
		for k := i + 1; k < i+n; k++ {
			if sp := s.sep(k); sp != " " && sp != "/" {
				ok = false
				break
			}
		}
		if ok && ws.Has(s.lower(i, i+n), lexicon.Exact) {
			return n
		}
	}
	return 0
}

// titleStop returns how many tokens from i on spell a word that ends a
// title or a name (titleStops), longest first; 0 when none does, or when
// token i lies inside a noun of stopCompounds ("Dịch vụ việc làm", "Ban
// Quản lý dự án"), which a name goes on over.
func (s *sentence) titleStop(i int) int {
	n := s.match(titleStops, i)
	if n == 0 {
		return 0
	}
	for from := max(0, i-stopCompounds.MaxWords()+1); from <= i; from++ {
		if m := s.match(stopCompounds, from); m > 0 && from+m > i {
			return 0
		}
	}
	return n
}

// matchBefore returns how many tokens ending at j-1 spell a phrase of ws.
func (s *sentence) matchBefore(ws *lexicon.Set, j int) int {
	for n := min(ws.MaxWords(), j); n >= 1; n-- {
		if s.match(ws, j-n) == n {
			return n
		}
	}
	return 0
}

// upper reports whether token i starts with a capital letter.
func (s *sentence) upper(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsUpper(r)
}

// allCaps reports whether token i is an upper-case code ("UBND", "ANTQ").
func (s *sentence) allCaps(i int) bool { return analysis.IsCode(s.toks[i].Text) }

// titleCase reports whether token i is a capitalised word ("Dũng", "Y").
func (s *sentence) titleCase(i int) bool {
	return s.upper(i) && !s.allCaps(i) && !s.toks[i].Number
}

// trimClause trims white space and punctuation that cannot end a phrase.
func trimClause(t string) string {
	return strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–'
	})
}
