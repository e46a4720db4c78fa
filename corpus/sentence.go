package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// abbreviations are words that, written with a period, do not end a
// sentence even when a capitalised word follows: "TP. Kon Tum",
// "ThS. Nguyễn Văn A". They are matched case-sensitively. Initials ("Q.
// 1", "P. Bến Nghé", "M.", "Th.") need no entry.
var abbreviations = lexicon.MustSet("period_abbreviations").Map()

// SplitSentences splits text into sentences and returns their byte spans,
// which exclude surrounding white space. A sentence ends at a run of
// . ! ? or … (with any closing quotes or brackets after it) that is followed
// by the end of the text, or by white space and then an upper-case letter, a
// digit or an opening quote. A single period does not end a sentence after
// a common abbreviation ("TP.", "ThS.", "PGS.TS.") or an initial ("M.",
// "Nguyễn V. A"); a period inside a word or number ("M.L", "2.430", "v.v")
// never does, and neither does a terminator followed by a lower-case word
// ("v.v. và", "“Địa chỉ...” của"). Text with no white space-delimited
// content gives no spans.
func SplitSentences(text string) []Span {
	var spans []Span
	start := -1 // start of the current sentence, -1 between sentences
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
			continue
		}
		if !isTerminator(r) {
			i += size
			continue
		}
		// A run of terminators, then closing quotes and brackets.
		end := i
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !isTerminator(r) {
				break
			}
			end += n
		}
		single := text[i:end] == "."
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !isClosing(r) {
				break
			}
			end += n
		}
		if endsSentence(text, start, i, end, single) {
			spans = append(spans, Span{Start: start, End: end})
			start = -1
		}
		i = end
	}
	if start >= 0 {
		end := len(strings.TrimRightFunc(text, unicode.IsSpace))
		spans = append(spans, Span{Start: start, End: end})
	}
	return spans
}

// endsSentence reports whether the terminators (and closing quotes) at
// text[at:end] end the sentence that starts at start; single tells whether
// the terminators are one period.
func endsSentence(text string, start, at, end int, single bool) bool {
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	if len(rest) == len(text[end:]) {
		// No white space: "M.L", "2.430", "a.b" go on; a page that lost
		// the space after a sentence's period ("thương vong.Cụ thể")
		// does not.
		return single && gluedEnd(text[start:at], rest)
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !isOpening(next) {
		return false
	}
	if !single {
		return true
	}
	// A single period: look at the word before it.
	word := text[start:at]
	if k := strings.LastIndexFunc(word, unicode.IsSpace); k >= 0 {
		word = word[k+1:]
	}
	word = strings.TrimLeftFunc(word, isOpening)
	return !isAbbreviation(word)
}

// gluedEnd reports whether a period with no white space after it ends a
// sentence: the text before it ends in a word of two letters or more, a
// Vietnamese syllable or a unit after a number ("vong", "1km"), that
// is no abbreviation or code, and the text after it opens with a word in
// upper case then lower case ("Cụ thể", "Trước đó"). "M.L", "TP.HCM",
// "Tp.Hồ Chí Minh" and "v.v" go on.
func gluedEnd(before, after string) bool {
	first, n := utf8.DecodeRuneInString(after)
	second, _ := utf8.DecodeRuneInString(after[n:])
	if !unicode.IsUpper(first) || !unicode.IsLower(second) {
		return false
	}
	word := before
	if k := strings.LastIndexFunc(word, unicode.IsSpace); k >= 0 {
		word = word[k+1:]
	}
	word = strings.TrimLeftFunc(word, isOpening)
	if isAbbreviation(word) {
		return false
	}
	k := strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
	run, lead := word[k+1:], word[:k+1]
	if utf8.RuneCountInString(run) < 2 || strings.ToUpper(run) == run {
		return false
	}
	afterDigit := lead != "" && strings.IndexFunc(lead[len(lead)-1:], unicode.IsDigit) == 0
	return afterDigit || analysis.ValidSyllable(analysis.Fold(strings.ToLower(run)))
}

// isAbbreviation reports whether word, written before a period, is an
// abbreviation or initial rather than the end of a sentence.
func isAbbreviation(word string) bool {
	if word == "" {
		return false
	}
	if abbreviations[word] {
		return true
	}
	last := word
	if k := strings.LastIndexByte(word, '.'); k >= 0 {
		last = word[k+1:]
	}
	if abbreviations[last] {
		return true
	}
	// An initial: "M.", "Nguyễn V.", "M.L.", "Đ.H.Th.", "Thèn Văn Ph.".
	return analysis.IsInitial(last)
}

func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[':
		return true
	}
	return false
}
