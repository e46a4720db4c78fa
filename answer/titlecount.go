package answer

import (
	"fmt"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A count question may ask how many people hold a title, or received an
// award of a rank, when the article never writes the number but names
// them: "có mấy Phó Bí thư Đảng ủy?" of "Bà Đặng Ngọc Quế Hương giữ chức
// vụ Phó Bí thư Thường trực Đảng ủy phường; ông Nguyễn Xuân Trung giữ
// chức vụ Phó Bí thư Đảng ủy", "bao nhiêu người nhận Huân chương hạng
// Nhì" of "Trao Huân chương Lao động hạng Nhì cho các đồng chí: Bùi Thanh
// An - …; Đặng Thanh Tùng - …". News writing names such people in two
// ways, which titleCount reads in turn:
//
//   - listed after a heading that names the group, up to a colon or an
//     enumerating word ("Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: …",
//     "Dự lễ có các đồng chí Ủy viên BTV Tỉnh ủy: …"): the people the
//     facts read after it are the members (membersListed);
//   - one by one, each with the title beside the name, anywhere in the
//     article (membersTallied): the people whose titles open with the
//     title asked and hold its qualifiers ("Phó Bí thư Thường trực Tỉnh
//     ủy" is a "phó bí thư tỉnh ủy"), the deputy and the former ones only
//     when asked ("nguyên Chủ tịch nước").
//
// A number the article writes of the title wins over one counted ("2 Phó
// Bí thư"), and a title the article writes as a group ("các Phó Bí thư")
// is counted only by its list: the people named elsewhere with it may be
// fewer. The answer is the count and the members: "2 Phó Bí thư: Phan
// Huy Ngọc, Lê Thị Kim Dung".

// The generator's confidence: a list under a heading that names the group
// asked is surer than a tally of titles over the article, which misses
// anyone whose title the facts did not read.
const (
	membersListedScore  = 0.6
	membersTalliedScore = 0.45
)

// minTallied is the least number of holders a tally counts: a single
// person named with a title says little of how many hold it.
const minTallied = 2

// maxGroupHeadingWords is the most words a heading may hold from the start of
// its sentence to the colon its members follow.
const maxGroupHeadingWords = 16

// A membership says how a candidate's count of people was read
// (titleCount), for the features.
type membership int

const (
	// The zero membership: the candidate counts no members.
	_ membership = iota
	// membersListed: the people listed after a heading that names the
	// group asked.
	membersListed
	// membersTallied: the people the article names one by one with the
	// title asked.
	membersTallied
)

// askedTitle returns the words of the title a count question asks the
// number of holders of, from its head to the question's end ("phó bí thư
// đảng ủy", "nguyên chủ tịch nước dự lễ"), and how many of them make the
// head ("phó bí thư": 3; a former marker and a deputy's are part of it):
// the title written right after the count word or a noun of people after
// it ("mấy đồng chí Phó Bí thư"), or after a title copula when the count
// is of people ("bao nhiêu người … là ủy viên btv tỉnh
// ủy"). nil when it asks none.
func askedTitle(q question) ([]word, int) {
	if q.wh != whCount || q.label != nil || q.whEnd >= len(q.words) {
		return nil, 0
	}
	if n := titleHeadAt(q.words, q.whEnd); n > 0 {
		return q.words[q.whEnd:], n
	}
	if p := peopleKindAt(q.words, q.whEnd); p > 0 {
		// "mấy đồng chí Phó Bí thư": a noun of people before the title.
		if n := titleHeadAt(q.words, q.whEnd+p); n > 0 {
			return q.words[q.whEnd+p:], n
		}
	}
	if q.counted == nil || !peopleCounts.has(*q.counted) {
		return nil, 0
	}
	for k := q.whEnd; k < len(q.words)-1; k++ {
		if titleCopulasList.in(q.words[k : k+1]) {
			if n := titleHeadAt(q.words, k+1); n > 0 {
				return q.words[k+1:], n
			}
		}
	}
	return nil, 0
}

// peopleKindAt returns how many words of ws from k on make a noun of
// people (people_kinds: "đồng chí", "cán bộ"); 0 when none opens there.
func peopleKindAt(ws []word, k int) int {
	for n := min(peopleKinds.MaxWords(), len(ws)-k); n > 0; n-- {
		if peopleKinds.HasPhrase(foldsOf(ws[k:k+n]), lexicon.Folded) {
			return n
		}
	}
	return 0
}

// titleHeadAt returns how many words of ws from k on make a title's head:
// a head of title_heads, after a former marker and a deputy's ("nguyên",
// "phó") when written, a word typed with diacritics matching as written;
// 0 when none opens there.
func titleHeadAt(ws []word, k int) int {
	n := 0
	if k < len(ws) && formerTitleMarkers.Has(ws[k].fold, lexicon.Folded) {
		n++
	}
	if k+n < len(ws) && viceMarkers.Has(ws[k+n].fold, lexicon.Folded) {
		n++
	}
	for _, h := range heldTitleHeads {
		if k+n+len(h.words) > len(ws) {
			continue
		}
		ok := true
		for i, hh := range h.words {
			// Typed with diacritics, as written: "trường" is no
			// "trưởng".
			if w := ws[k+n+i]; w.fold != h.folds[i] || w.marked && w.text != hh {
				ok = false
				break
			}
		}
		if ok {
			return n + len(h.words)
		}
	}
	return 0
}

// A splitHead is a title's head split into its words, as written and
// folded, for titleHeadAt.
type splitHead struct{ words, folds []string }

// heldTitleHeads are the titleHeads a person holds, split once, in
// titleHeads' order (longest first): the deputies' markers are no head.
var heldTitleHeads = splitTitleHeads(titleHeads)

func splitTitleHeads(heads []string) []splitHead {
	var out []splitHead
	for _, h := range heads {
		if viceMarkers.Has(h, lexicon.Exact) {
			continue
		}
		words := strings.Fields(h)
		folds := make([]string, len(words))
		for i, w := range words {
			folds[i] = analysis.Fold(w)
		}
		out = append(out, splitHead{words, folds})
	}
	return out
}

// holdersAsked reports whether the question counts the holders of a
// title (askedTitle) some person of the articles holds, its head opening
// one of their titles: "mấy phó bí thư" of an article naming a "Phó Bí
// thư Tỉnh ủy", not "co may truong" (schools, "trường", typed without
// marks) of one whose people hold no title opening with "Trưởng".
func (d *document) holdersAsked(q question) bool {
	asked, headLen := askedTitle(q)
	if asked == nil {
		return false
	}
	for _, f := range d.facts {
		for _, t := range f.Titles {
			if titleMatch(asked[:headLen], headLen, analysis.FoldedWords(t)) == headLen {
				return true
			}
		}
	}
	return false
}

// titleMatch returns how many of the asked title's words title, folded
// words, holds: its head the title's first words, the rest in order after
// it, gaps allowed ("phó bí thư tỉnh ủy" in "phó bí thư thường trực tỉnh
// ủy"), an abbreviation matching the initials of as many words ("btv" of
// "ban thường vụ"); 0 when the head does not open it.
func titleMatch(asked []word, headLen int, title []string) int {
	if len(title) < headLen {
		return 0
	}
	for i := range headLen {
		if title[i] != asked[i].fold {
			return 0
		}
	}
	m, j := headLen, headLen
	for m < len(asked) {
		n, at := 0, j
		for ; at < len(title); at++ {
			if n = wordMatchAt(asked[m].fold, title, at); n > 0 {
				break
			}
		}
		if n == 0 {
			break
		}
		m, j = m+1, at+n
	}
	return m
}

// wordMatchAt returns how many words of title from at on the folded word
// w stands for: 1 when it is that word, the length of an abbreviation
// whose letters are the initials of as many words ("btv" of "ban thường
// vụ"); 0 when neither.
func wordMatchAt(w string, title []string, at int) int {
	if title[at] == w {
		return 1
	}
	if len(w) < 2 || at+len(w) > len(title) {
		return 0
	}
	for i := range len(w) {
		if title[at+i] == "" || title[at+i][0] != w[i] {
			return 0
		}
	}
	return len(w)
}

// titleCount returns the number of people who hold the title, or received
// the award, a count question asks about, with their names, when the
// article names them without writing their number: listed after a heading
// that names the group (membersListed), else tallied by their titles over
// the article (membersTallied).
func (d *document) titleCount(q question, content []word, sc *scope) candidate {
	if q.wh != whCount || q.label != nil || durationOf(q) != askedNoDuration {
		return candidate{}
	}
	asked, headLen := askedTitle(q)
	if asked == nil && (q.counted == nil || !peopleCounts.has(*q.counted)) {
		// An award's recipients are counted only as people.
		return candidate{}
	}
	if c := d.listedMembers(q, content, asked, headLen, sc); c.answer != "" {
		return c
	}
	if asked == nil {
		return candidate{}
	}
	return d.talliedMembers(asked, headLen, sc)
}

// A member is one person a count of people names: the name with the
// rank, the name alone folded (one person written with and without the
// rank is one), and where.
type member struct {
	name, key string
	at        ref
}

// membersAfter returns the people the facts read in s whose name s writes
// from byte offset from on, each once.
func (d *document) membersAfter(s *sent, from int) []member {
	var out []member
	seen := map[string]bool{}
	for _, i := range d.factsAt[ref{s.p.ID, s.index}] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || f.Name == "" {
			continue
		}
		at := strings.Index(s.text[from:], f.Name)
		key := analysis.Fold(f.Name)
		if at < 0 || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, member{f.RankedName(), key, ref{s.p.ID, s.index}})
	}
	return out
}

// headingEnd returns the word of s that opens the items a heading
// announces, the first word after a colon ("Các Phó Bí thư Tỉnh ủy gồm
// có: …"): the heading is the words before it; -1 when s announces none
// within maxGroupHeadingWords.
func headingEnd(s *sent) int {
	for j := 1; j < len(s.fold) && j <= maxGroupHeadingWords; j++ {
		if strings.Contains(sepBefore(s, j), listColon) {
			return j
		}
	}
	return -1
}

// countBefore reports whether the heading of s, its words before end,
// writes a number counting the people it announces: a number right before
// a noun of people ("cho 2 đồng chí:"), which the quantities answer.
func countBefore(s *sent, end int) bool {
	for k := 0; k+1 < end; k++ {
		if valueNumberAt(s, k) && peopleCounts.has(word{text: s.lower[k+1], fold: s.fold[k+1], asWritten: true, marked: true}) {
			return true
		}
	}
	return false
}

// listedMembers returns the count of the people listed after the heading
// of a sentence in scope that names what the question asks: the title
// asked, its head side by side and its qualifiers after it, marked as
// asked (deputy, former), as much of it as any sentence writes
// (titleWrittenFurther); or, for people counted by an award, the most of
// the question's content words of any heading, no other heading holding
// as many with another count. Two people at least.
func (d *document) listedMembers(q question, content []word, asked []word, headLen int, sc *scope) candidate {
	type listed struct {
		members   []member
		s         *sent
		held, end int
	}
	var best, rival listed
	further := 0
	if asked != nil {
		further = d.titleWrittenFurther(asked, headLen, sc)
	}
	words := content
	if q.counted != nil {
		words = without(content, q.counted.fold)
	}
	for _, s := range d.sents {
		if !sc.reads(s) {
			continue
		}
		end := headingEnd(s)
		if end < 0 || countBefore(s, end) || gradeOther(q, s, end) {
			continue
		}
		held := 0
		if asked != nil {
			held = headingTitle(s, end, asked, headLen)
			if held == 0 || held < further {
				// "Các Ủy viên Ban Thường vụ" for "ủy viên bộ chính
				// trị", which another sentence writes.
				continue
			}
		} else {
			for _, w := range words {
				for _, k := range s.pos[w.fold] {
					if k < end && w.writtenAt(s, k) {
						held++
						break
					}
				}
			}
			if held < minHeadingWords || float64(held) < minHeadingShare*float64(len(words)) {
				continue
			}
		}
		ms := d.membersAfter(s, s.starts[end])
		if len(ms) < minListItems {
			continue
		}
		switch {
		case held > best.held:
			rival = best
			best = listed{ms, s, held, end}
		case held > rival.held:
			rival = listed{ms, s, held, end}
		}
	}
	if best.s == nil || rival.held == best.held && len(rival.members) != len(best.members) {
		return candidate{}
	}
	noun := q.counted.text
	if asked != nil {
		noun = headText(best.s, asked, headLen)
	} else if n := peopleKindEndingAt(best.s, best.end-1); n > 0 {
		// The heading's own noun: "cho các đồng chí:" → "2 đồng chí".
		noun = strings.Join(best.s.lower[best.end-n:best.end], " ")
	}
	return membersCandidate(best.members, noun, membersListedScore, membersListed)
}

// minHeadingWords and minHeadingShare are the least number and share of
// the question's content words a heading must hold to announce the people
// an award question counts.
const (
	minHeadingWords = 2
	minHeadingShare = 0.6
)

// gradeOther reports whether the heading of s, its words before end,
// writes the grade of an award and none is the one the question asks:
// "hạng Ba" for "huân chương hạng nhì" (gradeLeads). The people listed
// after it received another award.
func gradeOther(q question, s *sent, end int) bool {
	asked := ""
	for k := q.whEnd; k+1 < len(q.words); k++ {
		if gradeLeads.Has(q.words[k].fold, lexicon.Exact) {
			asked = q.words[k+1].fold
			break
		}
	}
	if asked == "" {
		return false
	}
	other := false
	for p := 0; p+1 < end; p++ {
		if !gradeLeads.Has(s.fold[p], lexicon.Exact) {
			continue
		}
		if s.fold[p+1] == asked {
			return false
		}
		other = true
	}
	return other
}

// headingTitle returns how many words of the asked title the heading of s,
// its words before end, writes where its head stands, marked as asked —
// a deputy's only when the head is one, a former one only when asked; 0
// when it writes no such title, or writes it after a number.
func headingTitle(s *sent, end int, asked []word, headLen int) int {
	best := 0
	for p := 0; p+headLen <= end; p++ {
		m := titleMatch(asked, headLen, s.fold[p:end])
		if m == 0 || p > 0 && (viceMarkers.Has(s.fold[p-1], lexicon.Folded) || formerTitleMarkers.Has(s.fold[p-1], lexicon.Folded) || valueNumberAt(s, p-1)) {
			continue
		}
		best = max(best, m)
	}
	return best
}

// headText returns the head of the asked title as the article writes it,
// in the sentence s when s writes it, else as the question types it.
func headText(s *sent, asked []word, headLen int) string {
	for p := 0; p+headLen <= len(s.fold); p++ {
		if titleMatch(asked[:headLen], headLen, s.fold[p:p+headLen]) == headLen {
			return spanOf(s, p, p+headLen)
		}
	}
	out := make([]string, headLen)
	for i, w := range asked[:headLen] {
		out[i] = w.text
	}
	return strings.Join(out, " ")
}

// membersCandidate is the count of members as the answer gives it: "2 Phó
// Bí thư: Phan Huy Ngọc, Lê Thị Kim Dung".
func membersCandidate(ms []member, noun string, score float64, how membership) candidate {
	names := make([]string, len(ms))
	refs := make([]ref, 0, len(ms))
	for i, m := range ms {
		names[i] = m.name
		if i == 0 || m.at != refs[len(refs)-1] {
			refs = append(refs, m.at)
		}
	}
	return candidate{answer: fmt.Sprintf(msgListCount, len(ms), noun, strings.Join(names, ", ")), kind: KindFact, score: score, refs: refs, computed: true, members: how}
}

// talliedMembers returns the count of the people of the articles in scope
// whose titles hold the most of the asked title (titleMatch), its head
// first: no fewer than minTallied; nothing when an article writes a number
// of the title, writes it as a group, or when the question's words right
// after what the titles hold are themselves words of its people's titles
// or of a title a sentence writes, a qualifier none of the holders has
// ("phó bí thư tỉnh ủy" of an article whose deputies are of "Đảng ủy
// xã").
func (d *document) talliedMembers(asked []word, headLen int, sc *scope) candidate {
	type holder struct {
		m     member
		match int
		head  string // the head as its title writes it
	}
	var holders []holder
	vocab := map[string]bool{} // pairs of folded words side by side in the titles
	for _, f := range d.facts {
		if f.Type != corpus.FactPerson || f.Name == "" || !sc.articles[strings.SplitN(f.Passage, "/", 2)[0]] {
			continue
		}
		best, head := 0, ""
		for _, t := range f.Titles {
			tw := analysis.FoldedWords(t)
			for k := 0; k+1 < len(tw); k++ {
				vocab[tw[k]+" "+tw[k+1]] = true
			}
			if m := titleMatch(asked, headLen, tw); m > best {
				best, head = m, writtenHead(t, headLen)
			}
		}
		if best > 0 {
			holders = append(holders, holder{member{f.RankedName(), analysis.Fold(f.Name), ref{f.Passage, f.Sentence}}, best, head})
		}
	}
	most := 0
	for _, h := range holders {
		most = max(most, h.match)
	}
	if most == 0 || most+1 < len(asked) && vocab[asked[most].fold+" "+asked[most+1].fold] || d.titleWrittenFurther(asked, headLen, sc) > most {
		return candidate{}
	}
	for _, s := range d.sents {
		if sc.reads(s) && titleAsGroup(s, asked, headLen, most) {
			return candidate{}
		}
	}
	var ms []member
	head := ""
	seen := map[string]bool{}
	for _, h := range holders {
		if h.match == most && !seen[h.m.key] {
			seen[h.m.key] = true
			ms = append(ms, h.m)
			if head == "" {
				head = h.head
			}
		}
	}
	if len(ms) < minTallied {
		return candidate{}
	}
	return membersCandidate(ms, head, membersTalliedScore, membersTallied)
}

// titleWrittenFurther returns the most words of the asked title a
// sentence of the articles in scope writes in one phrase from its head on
// (titleMatch over the words up to a comma or other break): more than any
// holder's title holds says the question's qualifier is a title the
// article writes that the tallied people do not hold ("ủy viên bộ chính
// trị" of an article whose "Ủy viên Bộ Chính trị" the facts read of no
// one, beside people who are "Ủy viên Ban Chấp hành Trung ương").
func (d *document) titleWrittenFurther(asked []word, headLen int, sc *scope) int {
	most := 0
	for _, s := range d.sents {
		if !sc.reads(s) {
			continue
		}
		for _, p := range s.pos[asked[0].fold] {
			end := p + 1
			for end < len(s.fold) && sepBefore(s, end) == " " {
				end++
			}
			most = max(most, titleMatch(asked, headLen, s.fold[p:end]))
		}
	}
	return most
}

// writtenHead returns the first headLen words of title t as written:
// "Phó Bí thư" of "Phó Bí thư Tỉnh ủy".
func writtenHead(t string, headLen int) string {
	ws := strings.Fields(t)
	return strings.Join(ws[:min(headLen, len(ws))], " ")
}

// titleAsGroup reports whether s writes the asked title, as much of it as
// need words (titleMatch over its phrase), as a group or with its number:
// after a plural marker ("các Phó Bí thư", "các đồng
// chí Ủy viên BTV", a noun of people between) or a number ("2 Phó Bí
// thư"). Its members are then those of its list, not all the people named
// with the title elsewhere.
func titleAsGroup(s *sent, asked []word, headLen, need int) bool {
	first := asked[0].fold
	for _, k := range s.pos[first] {
		end := k + 1
		for end < len(s.fold) && sepBefore(s, end) == " " {
			end++
		}
		if titleMatch(asked, headLen, s.fold[k:end]) < need {
			continue
		}
		b := k - 1
		if n := peopleKindEndingAt(s, b); n > 0 {
			// "các đồng chí Ủy viên BTV": the noun of people between.
			b -= n
		}
		if b >= 0 && (valueNumberAt(s, b) || pluralMarkers.Has(s.fold[b], lexicon.Folded)) {
			return true
		}
	}
	return false
}

// peopleKindEndingAt returns how many words of a noun of people
// (people_kinds: "đồng chí", "cán bộ") end at word b of s; 0 when none.
func peopleKindEndingAt(s *sent, b int) int {
	for n := min(peopleKinds.MaxWords(), b+1); n > 0; n-- {
		if peopleKinds.HasPhrase(s.fold[b-n+1:b+1], lexicon.Folded) {
			return n
		}
	}
	return 0
}
