package answer

import (
	"strings"
	"unicode"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// partOfDayCues, before a part of the day, and partOfDayFollows, after it,
// show that "sáng", "chiều" or "tối" names a part of the day and not
// another word spelt alike ("ánh sáng", "chiều cao", "tối đa").
var (
	partOfDayCues    = lexicon.MustSet("part_of_day_cues")
	partOfDayFollows = lexicon.MustSet("part_of_day_follows")
)

// partOfDayNouns are written before a part of the day and left out by
// articles: "buổi" of "buổi sáng" (content).
var partOfDayNouns = lexicon.MustSet("part_of_day_nouns")

// partOfDayIn returns the words of s that say the part of the day: a time
// expression that holds one ("Sáng 17/8", "15h30 chiều 4/9"), else a part
// of the day after a cue or before a day ("buổi sáng hôm nay", "giờ
// chiều", "chiều nay"). "" when s says none.
func partOfDayIn(s *sent) string {
	for _, t := range s.times {
		if (t.Kind == analysis.TimeDate || t.Kind == analysis.TimeClock) && holdsPartOfDay(t.Text) {
			return t.Text
		}
	}
	for i, w := range s.lower {
		if !timesOfDay.Has(w, lexicon.Exact) {
			continue
		}
		from, to := i, i+1
		if i > 0 && partOfDayCues.Has(s.lower[i-1], lexicon.Exact) {
			from = i - 1
		}
		for to < len(s.lower) && to < i+maxPartOfDayTrail+1 && partOfDayFollows.Has(s.lower[to], lexicon.Exact) {
			to++
		}
		if from == i && to == i+1 && !startsWithDigit(s.lower, i+1) {
			continue // no cue: "ánh sáng", "chiều cao"
		}
		return s.text[s.starts[from]:s.ends[to-1]]
	}
	return ""
}

// maxPartOfDayTrail is the most words after a part of the day that go
// with it: "sáng hôm qua", "tối cùng ngày".
const maxPartOfDayTrail = 2

// holdsPartOfDay reports whether text holds a part of the day as a word.
func holdsPartOfDay(text string) bool {
	for _, t := range analysis.Tokens(text) {
		if timesOfDay.Has(strings.ToLower(t.Text), lexicon.Exact) {
			return true
		}
	}
	return false
}

// startsWithDigit reports whether the word at i starts with a digit.
func startsWithDigit(words []string, i int) bool {
	return i < len(words) && words[i] != "" && unicode.IsDigit(rune(words[i][0]))
}
