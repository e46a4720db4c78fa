package analysis

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/lexicon"
)

// QuestionKey returns the normalised form of a question, so that the ways
// people type one question on a phone share one key: "Ai được tặng Bằng
// khen?", "ai dc tang bang khen" and "AI ĐƯỢC TẶNG BẰNG KHEN ???" all give
// "ai duoc tang bang khen", while "ai tặng Bằng khen?" gives another key
// ("được" carries the question's direction and is kept).
//
// The question is made Canonical and split into words; a "%" is read as
// the word it stands for. In a Vietnamese question, phone shorthand is
// expanded (Teencode; codes typed in capitals, such as "GD-ĐT", are left
// alone, unless the whole question is in capitals) and Telex residue is
// undone (UnTelex). The words are folded (lower case, no diacritics, đ→d);
// function words are dropped (IsStopword of the folded word, so that a
// question typed with and without diacritics loses the same words, but
// never a syllable in keyKept, which also spells content words; in an
// English question IsEnglishStopword), and the rest joined, in order, by
// single spaces. Punctuation never counts. A question of function words
// alone gives "".
//
// Keys are kept, as the keys of curated answers: a change to what this
// function returns for some question makes the answers kept under the old
// key unreachable.
func QuestionKey(q string) string {
	text := Canonical(q)
	lang := DetectLanguage(text)
	percent := " phần trăm "
	if lang == "en" {
		percent = " percent "
	}
	toks := Tokens(strings.ReplaceAll(text, "%", percent))
	shouting := strings.IndexFunc(text, unicode.IsLower) < 0
	words := make([]string, len(toks))
	hidden := make([]string, len(toks))
	for i, t := range toks {
		words[i] = Lower(t.Text)
		hidden[i] = words[i]
		if !shouting && IsCode(t.Text) {
			// Not shorthand: "ĐT" of "GD-ĐT" is no "điện thoại".
			hidden[i] = "\x00" + strconv.Itoa(i)
		}
	}
	if lang == "vi" {
		words = Teencode(hidden)
		for i, w := range words {
			if k, ok := strings.CutPrefix(w, "\x00"); ok {
				n, _ := strconv.Atoi(k)
				words[i] = Lower(toks[n].Text)
			}
		}
	}
	key := make([]string, 0, len(words))
	for _, w := range words {
		if lang == "en" {
			if !IsEnglishStopword(w) {
				key = append(key, Fold(w))
			}
			continue
		}
		if !HasDiacritics(w) {
			if u, ok := UnTelex(w); ok {
				w = Lower(u)
			}
		}
		if f := Fold(w); keyKept.Has(f, lexicon.Exact) || !IsStopword(f) {
			key = append(key, f)
		}
	}
	return strings.Join(key, " ")
}

// keyKept holds the folded function words that are also, with other
// marks, content words a question may hinge on: "the" is thế but also
// thể (tập thể), "van" vẫn but also vận and văn, "ha" hả but also Hà (Hà
// Nội), "trong" trồng, "dang" đảng, "con" con. Without diacritics the two
// cannot be told apart, so QuestionKey keeps them however they are typed.
var keyKept = lexicon.MustSet("question_key_kept")
