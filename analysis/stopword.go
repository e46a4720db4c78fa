package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// viStopwords lists, with their marks, Vietnamese function words that carry
// no content for search. Words that carry a question or its direction
// (được, ai, gì, nào, bao, nhiêu, mấy, khi, đâu, sao, không, có, ở) are
// deliberately absent.
var viStopwords = lexicon.MustSet("stopwords_vi").Words()

// questionWords are folded words that carry a question or its direction;
// they are never stopwords, whatever their marks fold to.
var questionWords = lexicon.MustSet("question_words_folded")

// viStopSet and viStopFolded index viStopwords as written and folded.
var viStopSet, viStopFolded = func() (marked, folded map[string]bool) {
	marked, folded = map[string]bool{}, map[string]bool{}
	for _, w := range viStopwords {
		if f := Fold(w); !questionWords.Has(f, lexicon.Exact) {
			marked[w] = true
			folded[f] = true
		}
	}
	return marked, folded
}()

// IsStopword reports whether word is a Vietnamese function word that
// carries no content for search ("của", "và", "các", "là"). word is lower
// case; when it has diacritics it is looked up as written, so "thị" (of
// "thị xã") is not a stopword though "thì" is; when it has none it is taken
// as folded ("cua", "va"). Words that carry the question or its direction
// are never stopwords: được, ai, gì, nào, bao, nhiêu, mấy, khi, đâu, sao,
// không, có, ở.
func IsStopword(word string) bool {
	// strings.ToLower(word), written into a buffer on the stack: a word
	// with a capital is looked up without a string made for it.
	var buf [stopwordBuf]byte
	lower := appendLower(buf[:0], word)
	if HasDiacritics(string(lower)) {
		return viStopSet[string(lower)]
	}
	return viStopFolded[string(lower)]
}

// stopwordBuf is the size of the buffer on the stack IsStopword lowers a
// word into; a longer word grows onto the heap.
const stopwordBuf = 32

// appendLower appends strings.ToLower(s) to b: each rune of s, as range
// reads it (an invalid byte as utf8.RuneError), in lower case.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// IsWrittenStopword reports whether word, as an article writes it, is a
// Vietnamese function word: it is compared in lower case exactly as
// written, never folded, since article text carries its diacritics. "ma"
// of "ma túy" and "Tháng Tám" are no "mà" or "tám"; "mà" is. Use IsStopword
// for what a user typed, which may lack its diacritics.
func IsWrittenStopword(word string) bool {
	return viStopSet[strings.ToLower(word)]
}

// englishStopwords are English function words. The question words (what,
// who, when, where, which, why, how, many, much) are absent.
var englishStopwords = lexicon.MustSet("stopwords_en")

// IsEnglishStopword reports whether word, in lower case, is an English
// function word. The question words (what, who, when, where, which, why,
// how, many, much) are not stopwords.
func IsEnglishStopword(word string) bool {
	return englishStopwords.Has(strings.ToLower(word), lexicon.Exact)
}
