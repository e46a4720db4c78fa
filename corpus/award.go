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
		after := c[0] // the token after the clause's last award read
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
			// The giver of an award is written after the one before it in
			// the clause: "A trao Huy hiệu X và trao Bằng khen cho B".
			from := max(start, after)
			// The verb of giving or winning just before the award, and
			// whether a noun makes it one ("lễ trao").
			verb, nominalVerb := false, false
			for k := i - 1; k >= from && k >= i-4; k-- {
				m := s.match(giveVerbs, k)
				if m == 0 || k+m > i {
					continue
				}
				// The whole verb: "trao tặng", not its last word.
				for k > from {
					if m2 := s.match(giveVerbs, k-1); m2 > 1 && k-1+m2 == k+m {
						k, m = k-1, m2
						continue
					}
					break
				}
				verb = true
				f.Authority = s.authorityBefore(c[0], k)
				f.Requester = s.requesterBefore(c[0], k)
				subject, nominal := s.giverBefore(from, k)
				switch {
				case k > start && awardPassiveMarkers.Has(s.word(k-1), lexicon.Exact):
					// "3 tập thể được tặng Bằng khen của Giám đốc"
					f.Recipients, f.Winners = s.recipients(start, k-1)
				case s.match(winVerbs, k) > 0:
					// "Đội 3 của huyện Đăk Hà giành giải Nhất"; "… cho 68
					// học sinh đạt giải Nhất": the subject starts after
					// "cho" or a comma.
					from := s.winnerStart(from, k)
					// to ends the winner's words, bare before its tense and
					// deciding words.
					to, bare := k, s.withoutAux(from, k)
					if n := s.matchBefore(awardVerbNominalizers, bare); bare > from && n > 0 {
						// "Công an tỉnh tổ chức lễ đón nhận Huân chương":
						// the winner organised the ceremony.
						to = s.organiserEnd(from, bare-n)
						bare = s.withoutAux(from, to)
					}
					if counts, _ := s.recipients(from, to); len(counts) > 0 && s.toks[from].Number {
						f.Recipients = counts
					} else if to := s.sharedSubjectEnd(from, s.firstAux(from, bare)); from < to {
						f.Winners = []string{trimClause(s.span(from, to))}
					}
				case nominal:
					// "lễ trao tặng Bằng khen": no one gives it here.
					nominalVerb = true
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
			// "Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể", "Huân
			// chương do Chủ tịch nước trao tặng": the issuer, who gives it
			// when the sentence names no other giver.
			if issuer, to := s.issuerAfter(end, c[1]); issuer != "" {
				f.Issuer = issuer
				if f.Giver == "" {
					f.Giver = issuer
				}
				end = to
			}
			// "giải “X” được trao cho vận động viên A"
			if end+1 < c[1] && awardPassiveMarkers.Has(s.word(end), lexicon.Exact) && s.match(giveVerbs, end+1) > 0 {
				end += 1 + s.match(giveVerbs, end+1)
			}
			if len(f.Recipients) == 0 && len(f.Winners) == 0 {
				// "Dự lễ trao Huân chương Lao động có các đồng chí: …":
				// after a ceremony's name only a marker ("cho") leads to
				// whom it was given.
				if m := s.markerNear(end, c[1]); !nominalVerb || m < c[1] && recipientMarkers.Has(s.word(m), lexicon.Exact) {
					var last int
					f.Recipients, f.Winners, last = s.recipientsAfter(m, c[1])
					end = max(end, last)
				}
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
			f.Issuer = withPerson(f.Issuer, who)
			f.Requester = withPerson(f.Requester, who)
			f.Text = trimClause(s.span(start, c[1]))
			out = append(out, f)
			i = end - 1
			after = end
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
	// awardRankHeads put an award's rank after its name: "hạng Nhất".
	awardRankHeads = lexicon.MustSet("award_rank_heads")
	// awardRanks are the ranks after "hạng": "Nhất".
	awardRanks = lexicon.MustSet("award_ranks")
	// awardNameStops end the capitalised name after an award's kind.
	awardNameStops = lexicon.MustSet("award_name_stops")
	// awardVerbNominalizers make a give verb a noun: "lễ trao".
	awardVerbNominalizers = lexicon.MustSet("award_verb_nominalizers")
	// awardVerbAux stand between a giver and the give verb: "đã".
	awardVerbAux = lexicon.MustSet("award_verb_aux")
	// awardDecisionVerbs sign the decision an award is given by: "ký".
	awardDecisionVerbs = lexicon.MustSet("award_decision_verbs")
	// awardRequestVerbs ask another to give: the giver follows them.
	awardRequestVerbs = lexicon.MustSet("award_request_verbs")
	// awardAuthorityLeads put the authority an award is given on behalf
	// of after them: "thừa ủy quyền".
	awardAuthorityLeads = lexicon.MustSet("award_authority_leads")
	// agentMarkers put the one who acts after a noun: "của", "do".
	agentMarkers = lexicon.MustSet("agent_markers")
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
		if s.endsAwardName(j) {
			break
		}
		j++
	}
	return s.awardNameEnd(j) - i
}

// awardNameEnd returns the token after the name and the rank that follow
// an award's kind at token i: capitalised syllables, each perhaps followed
// by one lower-case syllable of its word ("Huân chương Sao Vàng", "Huy
// hiệu Tuổi trẻ Dũng cảm"), then "hạng" and the rank ("Huân chương Lao
// động hạng Nhất"). A title or a person ("Bằng khen Chủ tịch UBND tỉnh")
// and an upper-case code ("UBND") start no name: i is returned.
func (s *sentence) awardNameEnd(i int) int {
	j := i
	if j < len(s.toks) && s.spaced(j) && s.titleCase(j) && s.match(titleHeads, j) == 0 && s.match(personMarkers, j) == 0 && s.match(reasonStarts, j) == 0 {
		for j < len(s.toks) && s.spaced(j) && !s.toks[j].Number {
			if s.upper(j) && (j == i || s.match(titleHeads, j) == 0) {
				j++
				continue
			}
			if !s.upper(j) && s.upper(j-1) && !s.endsAwardName(j) {
				j++
				continue
			}
			break
		}
	}
	if j+1 < len(s.toks) && s.spaced(j) && awardRankHeads.Has(s.word(j), lexicon.Exact) && s.rankAt(j+1) {
		j += 2
		// More ranks: "hạng Nhất, Nhì và hạng Ba".
		for j < len(s.toks) {
			k := j
			if listJoiners.Has(s.word(k), lexicon.Exact) {
				k++
			} else if s.sep(k) != ", " {
				break
			}
			if k < len(s.toks) && awardRankHeads.Has(s.word(k), lexicon.Exact) {
				k++
			}
			if !s.rankAt(k) {
				break
			}
			j = k + 1
		}
	}
	return j
}

// rankAt reports whether token i, after a space or a comma, is the rank
// of an award: "Nhất", "Nhì", "Ba".
func (s *sentence) rankAt(i int) bool {
	return i < len(s.toks) && i > 0 && (s.spaced(i) || s.sep(i) == ", ") && awardRanks.Has(s.word(i), lexicon.Exact)
}

// endsAwardName reports whether lower-case token i ends the name after an
// award's kind: "cho", "của", a function word ("do", "là"), a verb of
// giving, a reason, a rank.
func (s *sentence) endsAwardName(i int) bool {
	w := s.word(i)
	return awardQualifierStops.Has(w, lexicon.Exact) || awardNameStops.Has(w, lexicon.Exact) || awardRankHeads.Has(w, lexicon.Exact) || analysis.IsWrittenStopword(w) ||
		recipientMarkers.Has(w, lexicon.Exact) || listJoiners.Has(w, lexicon.Exact) || s.match(reasonStarts, i) > 0 || s.match(giveVerbs, i) > 0
}

// markerNear returns the recipient marker a few words after an award's
// end i ("Huân chương Sao Vàng lần thứ 5 cho lực lượng …"), within its
// clause and before a comma or another award; i itself when there is none.
func (s *sentence) markerNear(i, to int) int {
	for k := i; k < to && k < i+markerReach; k++ {
		if k > i && (!s.spaced(k) || s.awardAt(k) > 0) {
			break
		}
		if recipientMarkers.Has(s.word(k), lexicon.Exact) {
			return k
		}
	}
	return i
}

// markerReach is how many words after an award markerNear looks for "cho".
const markerReach = 4

// giverBefore reads the giver written before the give verb at token k,
// from token from on: the name, title or body after the clause's last
// comma ("Ghi nhận thành tích, Chủ tịch UBND tỉnh quyết định tặng" →
// "Chủ tịch UBND tỉnh"), after a verb of asking ("Giám đốc đề nghị Bộ
// Công an tặng" → "Bộ Công an"), without the tense and deciding words
// before the verb ("đã", "quyết định"). A person before a comma stays
// with the title after it ("bà A, Bí thư Tỉnh đoàn"). nominal reports a
// noun that makes the verb one ("lễ trao", "việc tặng"): no giver. The
// giver is "" when the words left hold no name, title or person.
func (s *sentence) giverBefore(from, k int) (giver string, nominal bool) {
	if k > from && s.matchBefore(awardVerbNominalizers, k) > 0 {
		return "", true
	}
	end := s.withoutAux(from, k)
	b, prev := from, -1
	parts := []int{from} // where each part between commas starts
	for m := from + 1; m < end; m++ {
		if strings.Contains(s.sep(m), ",") {
			b, prev = m, b
			parts = append(parts, m)
		}
	}
	// "Chủ tịch UBND xã Vĩnh Viễn A, huyện Long Mỹ, tỉnh Hậu Giang vừa
	// trao": the parts that open with a unit of place after a name go on
	// the address of the part before; the giver opens that part.
	for i := len(parts) - 1; i > 0 && parts[i] == b && s.match(adminUnits, b) > 0 && s.upper(b-1); i-- {
		b = parts[i-1]
		prev = -1
		if i > 1 {
			prev = parts[i-2]
		}
	}
	if end < len(s.toks) && strings.Contains(s.sep(end), ",") && s.match(titleHeads, b) == 0 {
		// "A, tỉnh B tiến hành …, trao tặng": a verb after a comma shares
		// a subject this reader does not find; a title between commas is
		// the giver's ("ông A, Phó Chủ tịch UBND tỉnh, đã trao").
		return "", false
	}
	for m := b; m < end; m++ {
		// "Giám đốc đề nghị Bộ Công an tặng", "Công an tỉnh được Thủ
		// tướng tặng": the giver follows.
		if n := s.match(awardRequestVerbs, m); n > 0 {
			b, prev = m+n, -1
		} else if awardPassiveMarkers.Has(s.word(m), lexicon.Exact) {
			b, prev = m+1, -1
		} else if agentMarkers.Has(s.word(m), lexicon.Exact) && !possessiveMarkers.Has(s.word(m), lexicon.Exact) {
			// "… giải đặc biệt do tổ chức USAID trao tặng": the agent
			// after "do" gives it.
			b, prev = m+1, -1
		}
	}
	if prev >= 0 && s.match(personMarkers, prev) > 0 && s.match(titleHeads, b) > 0 {
		b = prev
	}
	// "ông A thay mặt lãnh đạo tỉnh trao": the giver ends before the
	// authority (authorityBefore).
	for m := b; m < end; m++ {
		if s.match(awardAuthorityLeads, m) > 0 {
			end = m
		}
	}
	// "Đảng ủy phường đã tổ chức trao", "Chủ tịch nước đã ký Quyết định
	// số 158 phong tặng": the giver ends before the verb of organising
	// or of signing the decision, written in lower case ("Ban Tổ chức" is a
	// body).
	for m := b + 1; m < end; m++ {
		if !s.upper(m) && (s.match(organiseVerbs, m) > 0 || s.match(awardDecisionVerbs, m) > 0) && !s.inTitleHead(b, m) {
			end = s.withoutAux(b, m)
			break
		}
	}
	// "Đại hội Thi đua … lần thứ V và trao": the verb's subject is the
	// earlier verb's.
	end = s.sharedSubjectEnd(b, end)
	for b < end && listJoiners.Has(s.word(b), lexicon.Exact) {
		b++
	}
	if b >= end || !s.namesGiver(b, end) {
		return "", false
	}
	return trimClause(s.span(b, end)), false
}

// organiseVerbs open what a subject does besides winning: "Công an tỉnh
// tổ chức lễ kỷ niệm … và đón nhận Huân chương".
var organiseVerbs = lexicon.MustSet("organise_verbs")

// sharedSubjectEnd returns the end of the subject of a verb of winning
// whose words before it, tokens [from, to), end with a conjunction that
// joins it to an earlier verb: the subject is what stands before that
// verb, an organising one ("Công an tỉnh Nghệ An tổ chức Lễ kỷ niệm … và
// đón nhận"), or nothing when none is written ("Lễ kỷ niệm 60 năm … và
// đón nhận"). It returns to when the words end with no conjunction.
func (s *sentence) sharedSubjectEnd(from, to int) int {
	if to <= from || !listJoiners.Has(s.word(to-1), lexicon.Exact) {
		return to
	}
	if p := s.lowerPhraseIn(from, to-1, false, organiseVerbs); p >= 0 {
		return p
	}
	return from
}

// winnerStart returns where the subject of a verb of winning at token k
// starts, in tokens [lo, k): after "cho" or a comma, past a comma that
// only closes a title ("trung tướng A, Giám đốc Công an Hà Nội, vinh dự
// đón nhận") and one before a capitalised word whose words before it
// name no one ("diễn ra ngày 31.7, Công an Hà Nội vinh dự đón nhận"),
// past a word that leads in ("và", "có").
func (s *sentence) winnerStart(lo, k int) int {
	from := lo
	for m := k - 1; m > lo; m-- {
		if recipientMarkers.Has(s.word(m-1), lexicon.Exact) {
			from = m
			break
		}
		if !strings.Contains(s.sep(m), ",") {
			continue
		}
		if !s.upper(m) {
			if s.withoutAux(m, k) == m && s.namesGiver(lo, m) {
				continue // the comma closes a title: the subject is before it
			}
			from = m
			break
		}
		if !s.namesGiver(s.commaBefore(lo, m), m) {
			from = m
			break
		}
	}
	if from < k && (awardLeadFillers.Has(s.word(from), lexicon.Exact) || listJoiners.Has(s.word(from), lexicon.Exact)) {
		from++
	}
	return from
}

// commaBefore returns the token after the last comma before token m, at
// lo or after it; lo when there is none.
func (s *sentence) commaBefore(lo, m int) int {
	for p := m - 1; p > lo; p-- {
		if strings.Contains(s.sep(p), ",") {
			return p
		}
	}
	return lo
}

// organiserEnd returns where the subject that organises a ceremony
// ending at token k ends, in tokens [from, k): before the organising verb
// and the words of manner before it ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh
// An Giang long trọng tổ chức lễ"); k when no organising verb is written.
func (s *sentence) organiserEnd(from, k int) int {
	if p := s.lowerPhraseIn(from, k, true, organiseVerbs); p >= 0 {
		return s.withoutAux(from, p)
	}
	return k
}

// firstAux returns where the first tense, modal or deciding word after
// token from stands in tokens (from, to), or to: the subject of a verb of
// winning ends there ("các “Nài bò” đã mải mê tập luyện … để có thể
// giành").
func (s *sentence) firstAux(from, to int) int {
	if m := s.lowerPhraseIn(from, to, false, awardVerbAux); m >= 0 {
		return m
	}
	return to
}

// lowerPhraseIn returns the first token of tokens (from, to) — the last
// when last is true — written in lower case that opens a phrase of set,
// or -1: "tổ chức" of "Công an tỉnh tổ chức lễ", never the "Tổ chức" of
// a body's name ("Ban Tổ chức").
func (s *sentence) lowerPhraseIn(from, to int, last bool, set *lexicon.Set) int {
	at := func(p int) bool { return !s.upper(p) && s.match(set, p) > 0 }
	if last {
		for p := to - 1; p > from; p-- {
			if at(p) {
				return p
			}
		}
		return -1
	}
	for p := from + 1; p < to; p++ {
		if at(p) {
			return p
		}
	}
	return -1
}

// withoutAux returns k before the tense, modal and deciding words that
// end tokens [from, k): "Công an tỉnh vinh dự" of "… vinh dự nhận".
func (s *sentence) withoutAux(from, k int) int {
	for k > from {
		n := s.matchBefore(awardVerbAux, k)
		if n == 0 || k-n < from {
			break
		}
		k -= n
	}
	return k
}

// namesGiver reports whether tokens [i, j) hold a name, a title or a
// person: a capitalised word that does not merely open the sentence, a
// title ("chủ tịch") or a person's marker ("ông").
func (s *sentence) namesGiver(i, j int) bool {
	for k := i; k < j; k++ {
		if k > 0 && s.upper(k) || s.match(titleHeads, k) > 0 || s.match(personMarkers, k) > 0 {
			return true
		}
	}
	return false
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
	// clause end ("đoàn huyện Đăk Hà", "vận động viên A Vương"); never
	// words that open with a tense word ("Hội đồng Giải thưởng đã trao"),
	// which say what was done.
	if i < to && agentMarkers.Has(s.word(i), lexicon.Exact) {
		// "giải đặc biệt do tổ chức USAID tài trợ cho anh Lê Văn Tâm":
		// who gave it comes first; the winners follow the marker after.
		for m := i + 1; m < to && !strings.ContainsAny(s.sep(m), ",;"); m++ {
			if recipientMarkers.Has(s.word(m), lexicon.Exact) {
				return s.recipientsAfter(m, to)
			}
		}
		return nil, nil, i
	}
	if i < to && s.hasUpperBefore(i, to) && s.match(awardVerbAux, i) == 0 {
		var names []string
		j := i
		for {
			k := j
			for k < to && (k == j || !strings.ContainsAny(s.sep(k), ",;")) && !listJoiners.Has(s.word(k), lexicon.Exact) && !partnerMarkers.Has(s.word(k), lexicon.Exact) && s.match(reasonStarts, k) == 0 && s.match(giveVerbs, k) == 0 && s.awardAt(k) == 0 && !s.endsWinner(j, k) {
				k++
			}
			// A winner is never another award nor the verb giving it:
			// "Huy hiệu X và trao tặng Bằng khen cho …".
			if name := trimClause(s.span(j, k)); name != "" {
				names = append(names, name)
			}
			if k < to && listJoiners.Has(s.word(k), lexicon.Exact) && s.hasUpperBefore(k+1, to) {
				j = k + 1
				continue
			}
			if len(names) == 0 {
				return nil, nil, i
			}
			return nil, names, k
		}
	}
	return nil, nil, i
}

// endsWinner reports whether token k, after a winner's name that opens at
// token j, ends it: a tense word opens what the sentence says of the
// winner ("cho Bộ Công an đã có bề dày truyền thống"), and "của" before a
// title names who gave the award ("cho ông Dương Hải Cường của Thủ tướng
// Chính phủ"), not whose the winner is ("Phòng Cảnh sát hình sự của Công
// an tỉnh").
func (s *sentence) endsWinner(j, k int) bool {
	if k == j || s.upper(k) {
		return false
	}
	if s.match(awardVerbAux, k) > 0 {
		return true
	}
	return possessiveMarkers.Has(s.word(k), lexicon.Exact) && k+1 < len(s.toks) && s.match(titleHeads, k+1) > 0
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
	// "Các đơn vị đã được tặng": no tense word ends the subject.
	to = s.withoutAux(from, to)
	if from < to {
		return nil, []string{trimClause(s.span(from, to))}
	}
	return nil, nil
}

// issuerAfter reads the issuer written after an award ending at token i,
// within [i, to): "của Chủ tịch UBND tỉnh", or an agent up to a give verb,
// "do Chủ tịch nước trao tặng". It returns the issuer and the token after
// what it read; "" and i when there is none.
func (s *sentence) issuerAfter(i, to int) (string, int) {
	if i+1 >= to || !agentMarkers.Has(s.word(i), lexicon.Exact) || !s.spaced(i+1) {
		return "", i
	}
	b := i + 1
	// "do Chủ tịch nước trao tặng": the agent of the give verb.
	for m := b + 1; m < to && m <= b+issuerReach && s.spaced(m); m++ {
		if awardPassiveMarkers.Has(s.word(m), lexicon.Exact) {
			break
		}
		if n := s.match(giveVerbs, m); n > 0 {
			if e := s.withoutJoiners(b, s.withoutAux(b, m)); b < e && (s.upper(b) || s.match(titleHeads, b) > 0) {
				return trimClause(s.span(b, e)), m + n
			}
			break
		}
	}
	// "của Chủ tịch UBND tỉnh"
	if possessiveMarkers.Has(s.word(i), lexicon.Exact) && s.upper(b) {
		e := s.withoutJoiners(b, s.nameEnd(b, to))
		return trimClause(s.span(b, e)), e
	}
	return "", i
}

// inTitleHead reports whether token m stands inside a title head that
// starts after token b ("ký" of "Tổng thư ký").
func (s *sentence) inTitleHead(b, m int) bool {
	for k := max(b, m-titleHeads.MaxWords()+1); k < m; k++ {
		if n := s.match(titleHeads, k); n > 0 && k+n > m {
			return true
		}
	}
	return false
}

// withoutJoiners returns e before the list joiners that end tokens [b, e):
// "Bằng khen của Chủ tịch UBND tỉnh và nhận phần thưởng" — a joiner before
// a verb ends no name.
func (s *sentence) withoutJoiners(b, e int) int {
	for e > b+1 && listJoiners.Has(s.word(e-1), lexicon.Exact) {
		e--
	}
	return e
}

// issuerReach is how many words after "do" issuerAfter looks for the give
// verb.
const issuerReach = 6

// authorityBefore reads the authority on whose behalf the give verb at
// token k is done, named after an authority lead earlier in the clause
// from token from on and ending at a comma: "Thừa ủy quyền của Chủ tịch
// nước, Bí thư Tỉnh ủy trao" → "Chủ tịch nước".
func (s *sentence) authorityBefore(from, k int) string {
	for m := from; m < k; m++ {
		n := s.match(awardAuthorityLeads, m)
		if n == 0 {
			continue
		}
		b := m + n
		if b < k && possessiveMarkers.Has(s.word(b), lexicon.Exact) {
			b++
		}
		e := b
		for e < k && (e == b || s.spaced(e)) {
			e++
		}
		if b < e && e < k && s.namesGiver(b, e) {
			return trimClause(s.span(b, e))
		}
		return ""
	}
	return ""
}

// requesterBefore reads who asked for the award the give verb at token k
// gives, from token from on: the subject of a verb of asking ("Giám đốc
// Công an tỉnh đã đề nghị Bộ Công an tặng" → "Giám đốc Công an tỉnh"),
// or the one after it and "của" ("Theo đề nghị của Giám đốc Sở, …").
func (s *sentence) requesterBefore(from, k int) string {
	for m := k - 1; m >= from; m-- {
		n := s.match(awardRequestVerbs, m)
		if n == 0 || m+n > k {
			continue
		}
		if b := m + n; b < k && possessiveMarkers.Has(s.word(b), lexicon.Exact) {
			e := b + 1
			for e < k && s.spaced(e) {
				e++
			}
			if b+1 < e && s.namesGiver(b+1, e) {
				return trimClause(s.span(b+1, e))
			}
			return ""
		}
		// The one asked and the verb follow without a comma.
		for j := m + n; j <= k && j < len(s.toks); j++ {
			if j > m+n && !s.spaced(j) || j-m > requestReach {
				return ""
			}
		}
		b := m
		for b > from && s.spaced(b) {
			b--
		}
		if e := s.withoutAux(b, m); b < e && s.namesGiver(b, e) {
			return trimClause(s.span(b, e))
		}
		return ""
	}
	return ""
}

// requestReach is the most words from a verb of asking to the give verb.
const requestReach = 10

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
			// The title goes on with a name or nothing ("Chủ tịch UBND
			// tỉnh Quảng Nam"), not with other words the reader took in
			// ("Giám đốc Công an tỉnh cũng").
			if rest := strings.TrimSpace(t[min(len(t), len(strings.TrimRight(giver, " "))):]); strings.HasPrefix(ft, fg) && (rest == "" || startsUpper(rest)) {
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
