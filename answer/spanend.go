package answer

import (
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// cutShort reports whether sentence s writes the answer whole only where
// its phrase goes on: the answer's last word is followed, with nothing
// but a space between, by a word that opens no constituent of its own —
// neither a function word (stopwords_vi) nor a preposition or conjunction
// (phrase_cuts). News writing closes a name or a noun's phrase with
// punctuation or before such a word; a span stopped before a content word
// was cut inside its phrase or its very word ("Phòng Cảnh sát Hình" of
// "Hình sự", "ngày Biên phòng toàn" of "toàn dân"). known is false when s
// does not write the answer's words in a row.
func cutShort(s *sent, answer []analysis.Token) (cut, known bool) {
	if s == nil || len(answer) == 0 {
		return false, false
	}
	for _, at := range answerStarts(s, answer) {
		end := at + len(answer)
		if end > len(s.lower) || !writesAll(s, answer, at) {
			continue
		}
		known = true
		if !goesOn(s, end) || endsInPlace(s, end) || endsInCode(s, end) {
			return false, true
		}
	}
	return known, known
}

// endsInCode reports whether the words of s before end close on a code
// that holds a digit and goes on no further: a licence plate, a road's or
// a document's number ("biển kiểm soát 47B-022.30 chạy tuyến …"), whose
// clause goes on with a verb.
func endsInCode(s *sent, end int) bool {
	if end <= 0 || end >= len(s.lower) || hasDigit(s.lower[end]) || gluedCode(s.text[s.ends[end-1]:s.starts[end]]) {
		return false
	}
	last := s.lower[end-1]
	// A code, not a count: letters among its digits ("37xx", "51b"), a
	// dot or a hyphen inside it ("022.30"), or glued to the part before.
	return hasDigit(last) && (strings.ContainsAny(last, ".-") || strings.IndexFunc(last, unicode.IsLetter) >= 0 || end >= 2 && gluedCode(s.text[s.ends[end-2]:s.starts[end-1]]))
}

// endsInPlace reports whether the words of s before end close on a
// place's name after its administrative word ("TAND TP Cần Thơ", "Công
// an huyện Bình Chánh"), or on a city or province right after a body's
// head written in capitals ("TAND TPHCM"), and the name goes on no further:
// the name of a body or place is whole there, and a lower-case word after
// it is the clause's verb ("… mở phiên tòa").
func endsInPlace(s *sent, end int) bool {
	if end < len(s.lower) && isCapital(s, end) {
		return false // the name goes on: "UBND tỉnh Quảng" of "… Quảng Nam"
	}
	for i := end - 1; i >= 0 && isCapital(s, i); i-- {
		if afterPlaceName(s, i) || i == end-2 && organisationHeadAt(s, i) > 0 && analysis.IsCode(s.text[s.starts[i]:s.ends[i]]) && cityProvinces.Has(s.fold[end-1], lexicon.Exact) {
			return true
		}
	}
	return false
}

// writesAll reports whether s writes every word of answer in a row from
// word at, in lower case.
func writesAll(s *sent, answer []analysis.Token, at int) bool {
	for j, t := range answer {
		if s.lower[at+j] != analysis.Lower(t.Text) {
			return false
		}
	}
	return true
}

// goesOn reports whether word end of s continues the phrase of the words
// before it: it follows them after a single space and opens no
// constituent of its own.
func goesOn(s *sent, end int) bool {
	if end >= len(s.lower) || s.gap(end) != " " {
		return false
	}
	return s.match(stopwordsVi, end, len(s.lower)) == 0 && s.match(phraseCuts, end, len(s.lower)) == 0
}
