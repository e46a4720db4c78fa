package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
)

// awards reads the awards a sentence reports: "Chủ tịch UBND tỉnh tặng
// Bằng khen 3 tập thể, 6 cá nhân", "3 tập thể được tặng Giấy khen của
// Giám đốc", "giải Nhất thuộc về đội A".
func awards(s *sentence, who []mention) []Fact {
	var out []Fact
	reason := ""
	for _, c := range s.clauses() {
		for i := c[0]; i < c[1]; i++ {
			n := s.match(awardKinds, i)
			if n == 0 {
				continue
			}
			f := Fact{Type: FactAward, Award: s.span(i, i+n), Passage: s.p.ID, Sentence: s.index}
			start := s.skipAdverbial(c[0], c[1])
			// The verb of giving just before the award.
			v := 0
			for k := i - 1; k >= start && k >= i-3; k-- {
				if m := s.match(giveVerbs, k); m > 0 && k+m <= i {
					v = m
					passive := k > start && s.word(k-1) == "được"
					if passive {
						f.Recipients, f.Winners = s.recipients(start, k-1)
						f.Giver = s.ofGiver(i+n, c[1])
					} else if k > start {
						f.Giver = trimClause(s.span(start, k))
					}
					break
				}
			}
			end := i + n
			if len(f.Recipients) == 0 && len(f.Winners) == 0 {
				var last int
				f.Recipients, f.Winners, last = s.recipientsAfter(i+n, c[1])
				end = max(end, last)
			}
			if f.Giver == "" {
				f.Giver = s.ofGiver(i+n, c[1])
			}
			if v == 0 && f.Giver == "" && len(f.Recipients) == 0 && len(f.Winners) == 0 {
				// A mention of the award with nothing said about it.
				i += n - 1
				continue
			}
			f.Reason = s.reason(end, c[1])
			if f.Reason != "" {
				reason = f.Reason
			}
			f.Giver = withPerson(f.Giver, who)
			f.Text = trimClause(s.span(start, c[1]))
			out = append(out, f)
			i = end - 1
		}
	}
	for i := range out {
		if out[i].Reason == "" {
			out[i].Reason = reason
		}
	}
	return out
}

// recipientsAfter reads "(cho) 3 tập thể, 6 cá nhân" or "cho đội A" after
// token i, and returns the token after what it read.
func (s *sentence) recipientsAfter(i, to int) ([]Count, []string, int) {
	if i < to && (s.word(i) == "cho" || s.word(i) == "thuộc") {
		if s.word(i) == "thuộc" && i+1 < to && s.word(i+1) == "về" {
			i++
		}
		i++
	}
	var counts []Count
	k := i
	for k < to && s.toks[k].Number {
		j := k + 1
		for j < to && j-k <= 3 && s.spaced(j) && !s.toks[j].Number && s.match(unitStops, j) == 0 && !(j > k+1 && s.match(reasonStarts, j) > 0) {
			j++
		}
		if j == k+1 {
			break
		}
		counts = append(counts, Count{Number: s.toks[k].Text, Unit: s.span(k+1, j)})
		k = j
		if k < to && strings.Contains(s.sep(k), ",") || k < to && s.word(k) == "và" {
			if s.word(k) == "và" {
				k++
			}
			continue
		}
		break
	}
	if len(counts) > 0 {
		return counts, nil, k
	}
	// Named winners: capitalised words up to a comma or the clause end.
	if i < to && s.upper(i) {
		j := i
		for j < to && (j == i || !strings.ContainsAny(s.sep(j), ",;")) && s.match(reasonStarts, j) == 0 {
			j++
		}
		return nil, []string{trimClause(s.span(i, j))}, j
	}
	return nil, nil, i
}

// recipients reads recipients written before "được tặng".
func (s *sentence) recipients(from, to int) ([]Count, []string) {
	for i := from; i < to; i++ {
		if s.toks[i].Number {
			counts, _, _ := s.recipientsAfter(i, to)
			if len(counts) > 0 {
				return counts, nil
			}
		}
	}
	if from < to {
		return nil, []string{trimClause(s.span(from, to))}
	}
	return nil, nil
}

// ofGiver reads "của Chủ tịch UBND tỉnh" after an award.
func (s *sentence) ofGiver(i, to int) string {
	for k := i; k < to && k <= i+1; k++ {
		if s.word(k) == "của" && k+1 < to && s.upper(k+1) {
			return trimClause(s.span(k+1, s.nameEnd(k+1, to)))
		}
	}
	return ""
}

// reasonStarts begin the reason for an award.
var reasonStarts = foldAll("có thành tích", "vì", "đã có thành tích", "đạt thành tích", "vì đã có", "do có", "nhờ")

// reason reads "có thành tích xuất sắc trong …" from token i to the
// clause's end.
func (s *sentence) reason(i, to int) string {
	for k := i; k < to && k <= i+8; k++ {
		if s.match(reasonStarts, k) > 0 {
			return trimClause(s.span(k, to))
		}
	}
	return ""
}

// withPerson adds the name of the person who holds title giver, when the
// article names one: "Giám đốc Công an tỉnh" → "Giám đốc Công an tỉnh
// (Đại tá Nguyễn Hữu Hợp)". A giver that already names a person is kept.
func withPerson(giver string, who []mention) string {
	if giver == "" {
		return ""
	}
	fg := analysis.Fold(giver)
	for _, m := range who {
		if strings.Contains(fg, analysis.Fold(m.name)) {
			return giver
		}
	}
	for _, m := range who {
		for _, t := range m.titles {
			ft := analysis.Fold(t)
			if strings.HasPrefix(ft, fg) || strings.HasPrefix(fg, ft) {
				name := m.name
				if m.rank != "" {
					name = m.rank + " " + name
				}
				return giver + " (" + name + ")"
			}
		}
	}
	return giver
}
