package corpus

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// awards reads the awards a sentence reports: "Chủ tịch UBND tỉnh tặng
// Bằng khen 3 tập thể, 6 cá nhân", "3 tập thể được tặng Giấy khen của
// Giám đốc", "giải Nhất thuộc về đội A".
func awards(s *sentence, who []mention) []Fact {
	var out []Fact
	reason, giver := "", ""
	for _, c := range s.clauses() {
		for i := c[0]; i < c[1]; i++ {
			n := s.awardAt(i)
			if n == 0 {
				continue
			}
			// "42 huy chương Vàng" counts medals; it reports no award.
			if i > 0 && s.toks[i-1].Number && !(i+n < c[1] && recipientMarkers.Has(s.word(i+n), lexicon.Exact)) {
				i += n - 1
				continue
			}
			f := Fact{Type: FactAward, Awarding: Awarding{Award: s.span(i, i+n)}, Passage: s.p.ID, Sentence: s.index}
			start := s.skipAdverbial(c[0], c[1])
			// The verb of giving or winning just before the award.
			verb := false
			for k := i - 1; k >= start && k >= i-4; k-- {
				m := s.match(giveVerbs, k)
				if m == 0 || k+m > i {
					continue
				}
				verb = true
				subject := trimClause(s.span(start, k))
				switch {
				case k > start && awardPassiveMarkers.Has(s.word(k-1), lexicon.Exact):
					// "3 tập thể được tặng Bằng khen của Giám đốc"
					f.Recipients, f.Winners = s.recipients(start, k-1)
				case s.match(winVerbs, k) > 0:
					// "Đội 3 của huyện Đăk Hà giành giải Nhất"; "… cho 68
					// học sinh đạt giải Nhất": the subject starts after
					// "cho" or a comma.
					from := start
					for m := k - 1; m > start; m-- {
						if recipientMarkers.Has(s.word(m-1), lexicon.Exact) || strings.Contains(s.sep(m), ",") && !s.upper(m) {
							from = m
							break
						}
					}
					if from < k && awardLeadFillers.Has(s.word(from), lexicon.Exact) {
						from++
					}
					if counts, _ := s.recipients(from, k); len(counts) > 0 && s.toks[from].Number {
						f.Recipients = counts
					} else if from < k {
						f.Winners = []string{trimClause(s.span(from, k))}
					}
				case subject == "":
					// "…; trao 2 giải Khuyến khích cho …": the giver of
					// the clause before.
					f.Giver = giver
				default:
					f.Giver = subject
				}
				break
			}
			end := i + n
			// "Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể"
			if end < c[1] && possessiveMarkers.Has(s.word(end), lexicon.Exact) {
				issuer := s.ofGiver(end, c[1])
				if f.Giver == "" {
					f.Giver = issuer
				}
				if issuer != "" {
					end = s.nameEnd(end+1, c[1])
				}
			}
			// "giải “X” được trao cho vận động viên A"
			if end+1 < c[1] && awardPassiveMarkers.Has(s.word(end), lexicon.Exact) && s.match(giveVerbs, end+1) > 0 {
				end += 1 + s.match(giveVerbs, end+1)
			}
			if len(f.Recipients) == 0 && len(f.Winners) == 0 {
				var last int
				f.Recipients, f.Winners, last = s.recipientsAfter(end, c[1])
				end = max(end, last)
			}
			if !verb && f.Giver == "" && giver != "" && (len(f.Recipients) > 0 || len(f.Winners) > 0) {
				// "giải Nhì cho …" in a list after "trao giải Nhất cho …"
				f.Giver = giver
			}
			if !verb && f.Giver == "" && len(f.Recipients) == 0 && len(f.Winners) == 0 {
				// A mention of the award with nothing said about it.
				i += n - 1
				continue
			}
			if f.Giver != "" {
				giver = f.Giver
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

// winVerbs are the verbs of winning an award, whose subject is the winner.
var winVerbs = lexicon.MustSet("win_verbs")

var (
	// recipientMarkers put the recipients after an award: "cho 5 tập thể".
	recipientMarkers = lexicon.MustSet("recipient_markers")
	// awardPassiveMarkers before a give verb: "3 tập thể được tặng".
	awardPassiveMarkers = lexicon.MustSet("award_passive_markers")
	// awardLeadFillers open the recipients without being one: "có".
	awardLeadFillers = lexicon.MustSet("award_lead_fillers")
	// awardNameHeads start an award named in quotes: giải “X”.
	awardNameHeads = lexicon.MustSet("award_name_heads")
	// possessiveMarkers put the one a thing comes from after it: "của".
	possessiveMarkers = lexicon.MustSet("possessive_markers")
	// belongLeads put the recipients after them: "thuộc về".
	belongLeads = lexicon.MustSet("belong_leads")
	// partnerMarkers join a party to another: "với".
	partnerMarkers = lexicon.MustSet("partner_markers")
)

// awardAt returns how many words from i name an award: a kind ("giải
// Nhất"), the words that qualify it ("toàn đoàn", "đồng đội nam") and a
// name in quotation marks ("giải “Vận động viên xuất sắc nhất”").
func (s *sentence) awardAt(i int) int {
	n := s.match(awardKinds, i)
	if n == 0 {
		if !awardNameHeads.Has(s.word(i), lexicon.Exact) || i+1 >= len(s.toks) || !strings.Contains(s.sep(i+1), "“") {
			return 0
		}
		n = 1
	}
	j := i + n
	// A quoted name.
	if j < len(s.toks) && strings.Contains(s.sep(j), "“") {
		if k := strings.Index(s.text[s.toks[j].Start:s.end], "”"); k >= 0 {
			close := s.toks[j].Start + k
			for j < len(s.toks) && s.toks[j].Start < close {
				j++
			}
			return j - i
		}
	}
	// Lower-case qualifiers up to "cho", "của", a verb or punctuation.
	for k := 0; k < 3 && j < len(s.toks) && s.spaced(j) && !s.upper(j) && !s.toks[j].Number; k++ {
		w := s.word(j)
		if awardQualifierStops.Has(w, lexicon.Exact) || s.match(reasonStarts, j) > 0 || s.match(giveVerbs, j) > 0 {
			break
		}
		j++
	}
	return j - i
}

// recipientsAfter reads "(cho) 3 tập thể, 6 cá nhân" or "cho đội A" after
// token i, and returns the token after what it read.
func (s *sentence) recipientsAfter(i, to int) ([]Count, []string, int) {
	if i < to && (recipientMarkers.Has(s.word(i), lexicon.Exact) || belongLeads.Has(s.word(i), lexicon.Exact)) {
		if i+1 < to && belongLeads.HasPhrase([]string{s.word(i), s.word(i + 1)}, lexicon.Exact) {
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
		// The next count may follow a description: "18 học sinh đạt giải
		// quốc gia và 9 giáo viên".
		next := -1
		for m := k; m < to && m <= k+8; m++ {
			if s.toks[m].Number && (strings.Contains(s.sep(m), ",") || m > k && listJoiners.Has(s.word(m-1), lexicon.Exact)) {
				next = m
				break
			}
			if m > k && strings.Contains(s.sep(m), ";") || s.awardAt(m) > 0 {
				break // the counts of another award follow
			}
		}
		if next < 0 {
			break
		}
		k = next
	}
	if len(counts) > 0 {
		return counts, nil, k
	}
	// Named winners: words holding a name, up to a comma, "và" or the
	// clause end ("đoàn huyện Đăk Hà", "vận động viên A Vương").
	if i < to && s.hasUpperBefore(i, to) {
		var names []string
		j := i
		for {
			k := j
			for k < to && (k == j || !strings.ContainsAny(s.sep(k), ",;")) && !listJoiners.Has(s.word(k), lexicon.Exact) && !partnerMarkers.Has(s.word(k), lexicon.Exact) && s.match(reasonStarts, k) == 0 {
				k++
			}
			names = append(names, trimClause(s.span(j, k)))
			if k < to && listJoiners.Has(s.word(k), lexicon.Exact) && s.hasUpperBefore(k+1, to) {
				j = k + 1
				continue
			}
			return nil, names, k
		}
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
		if possessiveMarkers.Has(s.word(k), lexicon.Exact) && k+1 < to && s.upper(k+1) {
			return trimClause(s.span(k+1, s.nameEnd(k+1, to)))
		}
	}
	return ""
}

// reasonStarts begin the reason for an award.
var reasonStarts = lexicon.MustSet("reason_starts")

// awardQualifierStops end the qualifiers after an award's kind.
var awardQualifierStops = lexicon.MustSet("award_qualifier_stops")

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
// article names one: "Chủ tịch UBND tỉnh" → "Chủ tịch UBND tỉnh Lê Văn
// Dũng", "Giám đốc Công an tỉnh" → "Giám đốc Công an tỉnh, Đại tá Nguyễn
// Hữu Hợp". A giver that already names a person is kept.
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
			if strings.HasPrefix(ft, fg) {
				if m.rank != "" {
					return giver + ", " + m.rank + " " + m.name
				}
				return giver + " " + m.name
			}
		}
	}
	return giver
}

// hasUpperBefore reports whether a capitalised word comes at or after i
// before the next comma or the clause end, within five words.
func (s *sentence) hasUpperBefore(i, to int) bool {
	for k := i; k < to && k < i+5; k++ {
		if k > i && strings.ContainsAny(s.sep(k), ",;") {
			return false
		}
		if s.upper(k) {
			return true
		}
	}
	return false
}
