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
