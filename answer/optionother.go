package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// namedOptions lists the groups of claimOpposites one of whose options q
// names as typed: with diacritics as the group writes it, without them
// folded alike ("tặng" is no "tăng", "tang" may be either).
func namedOptions(q question) []askedGroup {
	return optionGroups(q, func(m phraseWords, ws []word) bool { return m.at(ws) >= 0 })
}

// optionOther reports whether an answer, its tokens toks, writes another
// option of one of the groups the question names (namedOptions) and none
// of the options it names: "987 xe xuất khẩu" for "xe nhập khẩu".
func optionOther(groups []askedGroup, toks []analysis.Token) bool {
	if len(groups) == 0 {
		return false
	}
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text)
	}
	for _, g := range groups {
		named, other := false, false
		for k, m := range g.options.items {
			if m.writtenIn(lower) {
				if g.named[k] {
					named = true
				} else {
					other = true
				}
			}
		}
		if other && !named {
			return true
		}
	}
	return false
}

// optionJoinReach is how many words before a number the options its
// subject joins may stand: "tổng số chuyến bay nội địa và quốc tế … ước
// đạt 479 chuyến".
const optionJoinReach = 16

// optionJoined reports whether the number at word at of s counts an
// option of a group the question names together with another of its
// group (namedOptions): before the number, in its clause and past no
// other count of its noun, the option asked and another are joined by a
// comma or a list conjunction — "khởi công, khánh thành 31 dự án" for
// "bao nhiêu dự án được khởi công", "chuyến bay nội địa và quốc tế …
// 479 chuyến" for "chuyến bay nội địa bao nhiêu chuyến". Such a number
// counts both, not the option asked alone.
func optionJoined(groups []askedGroup, s *sent, at int) bool {
	if at < 0 || len(groups) == 0 {
		return false
	}
	from := at
	for from > 0 && at-from < optionJoinReach && s.clause[from-1] == s.clause[at] && !sameCount(s, from-1, at) {
		from--
	}
	for _, g := range groups {
		for i := from; i < at; i++ {
			k, n := g.optionAt(s, i)
			if n == 0 || i+n >= at {
				continue
			}
			next := i + n
			switch sep := strings.TrimSpace(sepBefore(s, next)); {
			case sep == "" && listJoiner(s.lower[next]):
				next++
			case sep != ",":
				continue
			}
			if k2, n2 := g.optionAt(s, next); n2 > 0 && next+n2 <= at && g.named[k] != g.named[k2] {
				return true
			}
		}
	}
	return false
}

// optionAt returns the index in g's options of the longest option
// written at word i of s in lower case, and its length in words; 0 when
// none is.
func (g askedGroup) optionAt(s *sent, i int) (k, n int) {
	for j, m := range g.options.items {
		if len(m.parts) > n && m.writtenAt(s.lower, i) {
			k, n = j, len(m.parts)
		}
	}
	return k, n
}

// sameCount reports whether word i of s is a number that counts the noun
// the number at word at counts: the word after each is the same ("khởi
// công 15 dự án" before "khánh thành 5 dự án").
func sameCount(s *sent, i, at int) bool {
	return isNumberWord(s.lower[i]) && i+1 < len(s.lower) && at+1 < len(s.lower) && s.lower[i+1] == s.lower[at+1]
}
