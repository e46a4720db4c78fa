package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// adminUnits are the words for a unit of place written before its name:
// "xã", "tổ dân phố", "suối".
var adminUnits = lexicon.MustSet("admin_units")

// adminAbbreviations are the abbreviated units written before a name, as
// written: "TP", "H", "P".
var adminAbbreviations = lexicon.MustSet("admin_abbreviations")

// maxPlaceName is the most words of a place's name after its unit, and of
// a province in brackets after it.
const maxPlaceName = 5

// maxBareName is the most words of a place named without a unit after a
// comma ("xã Kiều Phú, Hà Nội").
const maxBareName = 3

// Places returns the byte spans of the places text names with a unit or
// its abbreviation and a name, as news writing does without "tại" or "ở":
// "xã Khoen On", "H.Krông Pắc", "quận 12", "TP.Dĩ An (Bình Dương)", "xã
// Sao Vàng, tỉnh Thanh Hóa" (the units after a comma are one place with
// the first). The spans are in order and never overlap.
func Places(text string) []Span {
	s := textSentence(text)
	var out []Span
	for i := 0; i < len(s.toks); i++ {
		end := s.placeEnd(i, false)
		if end <= i {
			continue
		}
		out = append(out, Span{Start: s.toks[i].Start, End: s.spanEnd(i, end)})
		i = end - 1
	}
	return out
}

// textSentence tokenises text as one sentence.
func textSentence(text string) *sentence {
	p := &Passage{Text: text, Sentences: []Span{{Start: 0, End: len(text)}}}
	ss := sentencesOf(p)
	if len(ss) == 0 {
		return &sentence{p: p, text: text}
	}
	return &ss[0]
}

// spanEnd is the byte end of s.span(i, j).
func (s *sentence) spanEnd(i, j int) int {
	return s.toks[i].Start + len(s.span(i, j))
}

// placeEnd returns the token after the place that starts at token i, or i
// when none does: a unit and its name ("xã Khoen On"), a glued abbreviation
// ("H.Krông Pắc", "TP.HCM"), with a province in brackets after it and the
// larger units after commas. With bare, the first unit may be a name alone
// ("quê An Giang").
func (s *sentence) placeEnd(i int, bare bool) int {
	end := s.placeUnitEnd(i, bare)
	if end <= i {
		return i
	}
	for end < len(s.toks) && strings.TrimSpace(s.sep(end)) == "," {
		next := s.placeUnitEnd(end, false)
		if next <= end {
			next = s.bareEnd(end)
		}
		if next <= end {
			break
		}
		end = next
	}
	return end
}

// placeUnitEnd returns the token after one unit of place at i and its bracket,
// or i.
func (s *sentence) placeUnitEnd(i int, bare bool) int {
	if i >= len(s.toks) {
		return i
	}
	name := i
	switch n := s.match(adminUnits, i); {
	case n > 0 && i+n < len(s.toks) && s.spaced(i+n):
		name = i + n
	case s.abbreviatedUnit(i):
		name = i + 1
	case bare && s.upper(i) && !s.toks[i].Number:
	default:
		return i
	}
	end := s.placeNameEnd(name)
	if end <= name {
		return i
	}
	return s.bracketEnd(end)
}

// abbreviatedUnit reports whether token i is an abbreviated unit written
// before a name: "TP.Dĩ An", "TP Đà Lạt", "H. Tương Dương", "Q.1". One
// letter must be glued with a period to a name of more than one letter,
// so initials ("P.V.N.") are no place.
func (s *sentence) abbreviatedUnit(i int) bool {
	if i+1 >= len(s.toks) || !adminAbbreviations.Has(s.toks[i].Text, lexicon.Exact) {
		return false
	}
	sep := s.sep(i + 1)
	next := s.toks[i+1]
	if utf8.RuneCountInString(s.toks[i].Text) > 1 {
		return (sep == "." || sep == ". " || sep == " ") && (s.upper(i+1) || next.Number)
	}
	if sep != "." && sep != ". " {
		return false
	}
	if next.Number {
		return true
	}
	if !s.upper(i+1) || utf8.RuneCountInString(next.Text) < 2 {
		return false
	}
	// "P.Th." is a person's initials.
	return i+2 >= len(s.toks) || s.sep(i+2) != "."
}

// placeNameEnd returns the token after the name of a place that starts at
// token i: a number ("quận 12"), or capitalised words, with lower-case
// syllables after an apostrophe ("Ea H'leo").
func (s *sentence) placeNameEnd(i int) int {
	if i >= len(s.toks) {
		return i
	}
	if s.toks[i].Number {
		return i + 1
	}
	j := i
	for j < len(s.toks) && j-i < maxPlaceName {
		if j > i {
			sep := s.sep(j)
			if isApostrophe(sep) {
				j++
				continue
			}
			if sep != " " && sep != "-" {
				break
			}
		}
		if j > i && s.toks[j].Number {
			// "bản Chuyên Gia 1": a number ends a name, before a
			// punctuation mark or the sentence's end.
			if j+1 == len(s.toks) || s.sep(j+1) != " " {
				j++
			}
			break
		}
		if !s.upper(j) {
			break
		}
		j++
	}
	return j
}

// bracketEnd returns the token after a province or city in brackets that
// follows a place ending at token end ("TP.Dĩ An (Bình Dương)"), or end.
func (s *sentence) bracketEnd(end int) int {
	if end >= len(s.toks) || strings.TrimSpace(s.sep(end)) != "(" || !s.upper(end) {
		return end
	}
	j := s.placeNameEnd(end)
	if j <= end {
		j = s.placeUnitEnd(end, false)
	}
	if j <= end || j < len(s.toks) && !strings.HasPrefix(strings.TrimSpace(s.sep(j)), ")") || j == len(s.toks) && !strings.Contains(s.text[s.toks[j-1].End:s.end], ")") {
		return end
	}
	return j
}

// bareEnd returns the token after a place named without a unit after a
// comma that goes on with a place ("xã Kiều Phú, Hà Nội"): a few
// capitalised words that end a clause, or i.
func (s *sentence) bareEnd(i int) int {
	if i >= len(s.toks) || !s.titleCase(i) || s.match(organisationHeads, i) > 0 {
		return i
	}
	j := s.placeNameEnd(i)
	if j-i > maxBareName {
		return i
	}
	if b := s.bracketEnd(j); b > j {
		return b
	}
	if j < len(s.toks) && !strings.ContainsAny(s.sep(j), ",;.)") {
		return i
	}
	return j
}
