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
		for k, m := range g.items {
			if !phraseStartsIn(m, q.words) {
				continue
			}
			if named == nil {
				named = make([]bool, len(g.items))
			}
			named[k] = true
		}
		if named != nil {
			out = append(out, askedGroup{g, named})
		}
	}
	return out
}

// phraseStartsIn reports whether the phrase starts at some word of ws
// (phraseWords.startsAt).
func phraseStartsIn(m phraseWords, ws []word) bool {
	for i := range ws {
		if m.startsAt(ws, i) {
			return true
		}
	}
	return false
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
