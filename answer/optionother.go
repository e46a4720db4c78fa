package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// namedOptions lists the groups of claimOpposites one of whose options q
// names as typed: with diacritics as the group writes it, without them
// folded alike ("tặng" is no "tăng", "tang" may be either).
func namedOptions(q question) []askedGroup {
	var out []askedGroup
	for _, g := range claimOptions {
		var named []bool
		for i, w := range q.words {
			// Only the options that may start at the word: the groups
			// are read for every question.
			for _, k := range g.byFirst[w.fold] {
				if !g.items[k].startsAt(q.words, i) {
					continue
				}
				if named == nil {
					named = make([]bool, len(g.items))
				}
				named[k] = true
			}
		}
		if named != nil {
			out = append(out, askedGroup{g, named})
		}
	}
	return out
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
