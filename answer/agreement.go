package answer

// This file holds how candidates of one question agree: the same answer
// from several generators.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
)

// agreement is the share, at most 1, of two other candidates that hold
// this candidate's first number, or its first capitalised word pair.
//
// yearless holds the answer of each of all as yearlessAnswers writes it.
func agreement(c candidate, all []candidate, yearless []string) float64 {
	key := answerKey(c.toks)
	if key == "" {
		return 0
	}
	n := 0
	for i, o := range all {
		if o.gen == c.gen || o.answer == "" {
			continue
		}
		if strings.Contains(yearless[i], " "+key+" ") {
			n++
		}
	}
	return min(1, float64(n)/2)
}

// answerKey is the first number of an answer (a date without its year:
// "19/9/2024" is "19/9"), or else its first pair of capitalised words
// after the first word, folded. toks are the answer's tokens.
func answerKey(toks []analysis.Token) string {
	for _, t := range toks {
		if t.Number {
			return withoutYear(analysis.Fold(t.Text))
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		a, _ := utf8.DecodeRuneInString(toks[i].Text)
		b, _ := utf8.DecodeRuneInString(toks[i+1].Text)
		if unicode.IsUpper(a) && unicode.IsUpper(b) {
			return toks[i].Folded + " " + toks[i+1].Folded
		}
	}
	return ""
}

// withoutYear drops the year of a date written with slashes: "19/9/2024"
// is "19/9".
func withoutYear(n string) string {
	if strings.Count(n, "/") == 2 {
		return n[:strings.LastIndexByte(n, '/')]
	}
	return n
}

// yearlessAnswers returns the answer of each candidate without its years
// (withoutYears), between spaces, for agreement. The candidates' tokens
// must be set (described).
func yearlessAnswers(cands []candidate) []string {
	out := make([]string, len(cands))
	for i, c := range cands {
		if c.answer != "" {
			out[i] = " " + withoutYears(c.toks) + " "
		}
	}
	return out
}

// withoutYears folds an answer and drops the years of its dates, word by
// word, for comparing answers. toks are the answer's tokens.
func withoutYears(toks []analysis.Token) string {
	var out []string
	for _, t := range toks {
		out = append(out, withoutYear(t.Folded))
	}
	return strings.Join(out, " ")
}

// A foldedSet is a set of folded words.
type foldedSet map[string]bool

func foldedSetOf(words ...string) foldedSet {
	s := foldedSet{}
	for _, w := range words {
		s[analysis.Fold(w)] = true
	}
	return s
}

func (s foldedSet) has(f string) bool { return s[f] }

func (s foldedSet) hasAny(toks []analysis.Token) bool {
	for _, t := range toks {
		if s[t.Folded] {
			return true
		}
	}
	return false
}
