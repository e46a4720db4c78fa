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
// this candidate's key (answerKey): its first number, its first
// capitalised word pair, or a short answer's words, all of them.
//
// yearless holds the answer of each of all as yearlessAnswers writes it.
func agreement(c candidate, all []candidate, yearless []string) float64 {
	key, whole := answerKey(c.toks)
	if key == "" {
		return 0
	}
	n := 0
	for i, o := range all {
		if o.gen == c.gen || o.answer == "" {
			continue
		}
		// A short answer's words must be the other's all: a part of a
		// list ("Hội LHPN tỉnh" of "Hội Cựu chiến binh, Hội Nông dân, Hội
		// LHPN tỉnh") is not the same answer.
		if whole && yearless[i] == " "+key+" " || !whole && strings.Contains(yearless[i], " "+key+" ") {
			n++
		}
	}
	return min(1, float64(n)/2)
}

// maxWholeKeyWords is the most words an answer without a number or a
// pair of capitalised words may have to be its own key (answerKey): a
// short phrase another generator answers word for word ("Tự phòng, tự
// quản, tự bảo vệ về ANTT" and “Tự phòng, tự quản, tự bảo vệ về ANTT”)
// is the same answer; a longer one is a passage, which agrees with
// little.
const maxWholeKeyWords = 10

// minWholeKeyWords is the fewest words such an answer must have: one word
// ("sáng") is held by too many answers that say something else.
const minWholeKeyWords = 2

// answerKey is the first number of an answer (a date without its year:
// "19/9/2024" is "19/9"), or else its first pair of capitalised words
// after the first word, folded, or else, for a short answer, all its
// words folded (whole: another answer agrees only when it has those
// words and no others). toks are the answer's tokens.
func answerKey(toks []analysis.Token) (key string, whole bool) {
	for _, t := range toks {
		if t.Number {
			return withoutYear(analysis.Fold(t.Text)), false
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		a, _ := utf8.DecodeRuneInString(toks[i].Text)
		b, _ := utf8.DecodeRuneInString(toks[i+1].Text)
		if unicode.IsUpper(a) && unicode.IsUpper(b) {
			return toks[i].Folded + " " + toks[i+1].Folded, false
		}
	}
	if len(toks) < minWholeKeyWords || len(toks) > maxWholeKeyWords {
		return "", false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Folded
	}
	return strings.Join(words, " "), true
}

// withoutYear drops the year of a date written with slashes: "19/9/2024"
// is "19/9".
func withoutYear(n string) string {
	if strings.Count(n, "/") == 2 {
		return n[:strings.LastIndexByte(n, '/')]
	}
	return n
}

// yearlessAnswers returns the answer of each candidate folded, without
// the years of its dates (withoutYear), word by word, between spaces, for
// comparing answers in agreement. The candidates' tokens must be set
// (described). Each is written into one string, made once.
func yearlessAnswers(cands []candidate) []string {
	out := make([]string, len(cands))
	for i, c := range cands {
		if c.answer == "" {
			continue
		}
		n := len(c.toks) + 1
		for _, t := range c.toks {
			n += len(t.Folded)
		}
		var b strings.Builder
		b.Grow(n)
		b.WriteByte(' ')
		for k, t := range c.toks {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(withoutYear(t.Folded))
		}
		b.WriteByte(' ')
		out[i] = b.String()
	}
	return out
}

// A foldedSet is a set of folded words.
type foldedSet map[string]bool

// foldedSetOf returns the set of words, each folded.
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
