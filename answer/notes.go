package answer

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// The words of questions about a person's note (corpus.PersonNote).
var (
	birthQuestionCues     = lexicon.MustSet("birth_question_cues").Words()
	ageQuestionCues       = lexicon.MustSet("age_question_cues").Words()
	residenceQuestionCues = lexicon.MustSet("residence_question_cues").Words()
	homeQuestionCues      = lexicon.MustSet("hometown_question_cues").Words()
	youngestCues          = lexicon.MustSet("youngest_cues").Words()
	oldestCues            = lexicon.MustSet("oldest_cues").Words()
	// personNouns name a person by a role: "người mất tích".
	personNouns = lexicon.MustSet("person_nouns").Words()
)

// The confidence of a note's answer, by how the question names its person
// and whether the note holds the item asked or only a near one (a
// residence for a home town).
const (
	noteNamed       = 0.9  // the question names the person
	noteNearItem    = 0.6  // the note holds a near item only
	noteRoleBase    = 0.45 // the question says who by a role ("tài xế")
	noteRoleShare   = 0.4  // … plus this much times the share of its words found
	noteRoleMinimum = 0.5  // the least share of a role's words found by a person
	noteSuperlative = 0.9  // the youngest or oldest
	noteGuessed     = 0.8  // times this for a where-question that names no item of a note
	noteSole        = 0.4  // the only person whose note gives the item, for a role no note's words hold
)

// What a question asks of a note.
type noteAsk int

const (
	askNone noteAsk = iota
	askBorn
	askAge
	askResidence
	askHome
	// askName asks who a person the question calls by a role of
	// roleClauses is: "nạn nhân tử vong là ai?".
	askName
)

// A notedPerson is a person fact with a note, and where its name stands.
type notedPerson struct {
	f *corpus.Fact
	s *sent
}

// personNote answers what a note beside a person's name says: "Trần Văn
// Hùng sinh năm bao nhiêu?" (the year), "anh N.H.N bao nhiêu tuổi?" (the
// age, else the year of birth), "P.V.N. trú ở đâu?" (where they live),
// "Đ.H.Th. quê ở đâu?" (the home town); and who a note points at: "ai sinh
// năm 2006?", "ai nhỏ tuổi nhất?". A question that names a person whose
// note does not hold what it asks gets no answer here; one that names
// nobody ("chủ quán sinh năm bao nhiêu?") is answered from the person whose
// part of the sentence holds its words.
func (d *document) personNote(q question, content []word, sc *scope) candidate {
	ask := noteAsked(q)
	young, old := youngestCuesList.in(q.words), oldestCuesList.in(q.words)
	if young && old || asksDifference(q) {
		// Both the youngest and the oldest: a difference, which no note
		// states.
		return candidate{}
	}
	if c, ok := d.byAge(q, sc); ok {
		return c
	}
	if ask == askNone && asksPerson(q) && asksClauseRole(q) {
		ask = askName
	}
	if ask == askNone && !young && !old && q.wh != whWhere {
		return candidate{}
	}
	var people []notedPerson
	named, best := -1, 0
	// "dong tru o dau": a subject of one word before what is asked of a
	// note is the given name it types.
	given := ""
	if noteCueAt(q) == 1 {
		given = givenNameSubject(q)
	}
	for _, i := range d.factsIn(sc) {
		f := &d.facts[i]
		if f.Type != corpus.FactPerson {
			continue
		}
		n := namesPerson(q, *f)
		if n == 0 && endsWithGiven(f.Name, given) {
			n = 1
		}
		if n > best {
			named, best = len(people), n
		} else if n > 0 && n == best {
			named = -2 // two people answer to the name: neither
		}
		people = append(people, notedPerson{f: f})
	}
	if named == -2 {
		return candidate{}
	}
	if named >= 0 {
		p := people[named]
		if p.f.Note == nil || q.wh == whWho {
			return candidate{}
		}
		if ask == askNone && q.wh == whWhere && len(without(roleWords(content), phraseOf(sharedWords(p.f.Name)))) == 0 && !actAsked(q, p.f.Name) {
			// "Nguyễn Thanh Duy ở đâu?": where the person lives.
			ask = askResidence
		}
		if ask == askNone {
			return candidate{}
		}
		ans, score := noteAnswer(*p.f.Note, ask, d.yearAsked(q, p.f))
		if ans == "" {
			return candidate{}
		}
		if noun := nounOf(q); q.wh == whWhere && len(noun) > 0 {
			// "Trang A Minh ở huyện nào?": the part of that kind.
			if part := partOfKind(ans, phraseOf(noun)); part != "" {
				ans = part
			}
		}
		return candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{p.f.Note.Passage, p.f.Note.Sentence}}}
	}
	if typedName(q) {
		// "Ông Nguyễn Văn Lực sinh năm bao nhiêu?": a name the articles
		// do not give.
		return candidate{}
	}
	var noted []notedPerson
	for _, p := range people {
		if p.f.Note != nil {
			p.s = d.sentOf[ref{p.f.Note.Passage, p.f.Note.Sentence}]
			if p.s != nil {
				noted = append(noted, p)
			}
		}
	}
	if len(noted) == 0 {
		return candidate{}
	}
	guessed := false
	if ask == askNone && q.wh == whWhere && !young && !old && !d.partOfWord(q, q.whAt) && personNounsList.in(q.words[:q.whAt]) && !hasAny(q.words, sceneTravelWords.Words()...) {
		// "người mất tích ở tỉnh nào?": where the person its subject names
		// lives, perhaps; not where a vehicle the person drove went or
		// came from ("xe anh M. chạy từ đâu ra").
		ask, guessed = askResidence, true
	}
	if ask == askNone && !young && !old {
		return candidate{}
	}
	switch {
	case young || old:
		return d.notedSuperlative(q, noted, young)
	case ask == askName:
		return d.noteByRole(q, content, noted, ask)
	case q.wh == whWho || asksWhichPeople(q):
		return noteHolder(q, content, noted, ask)
	case q.wh == whYesNo && ask == askBorn:
		// "Có ai sinh năm 2008 không?": yes, when someone was.
		c := noteHolder(q, content, noted, ask)
		if c.answer != "" {
			c.answer = fmt.Sprintf(msgYesPeople, c.answer)
		}
		return c
	}
	c := d.noteByRole(q, content, noted, ask)
	if c.answer == "" && ask == askHome {
		// "nam sinh quê ở đâu" of a victim the article names "anh
		// Nguyễn Thành Đ. (19 tuổi, quê Bình Dương)": news writes where
		// a person comes from of one or two people, and the role asked
		// is often not the words beside the note.
		c = soleHomeTown(noted)
	}
	if guessed {
		c.score *= noteGuessed
	}
	if q.wh == whYesNo {
		// "Nạn nhân quê Đồng Tháp đúng không": a note writing every name
		// and number the claim names says yes; any other says nothing.
		if c.answer == "" || !noteHoldsClaim(q, c.answer) {
			return candidate{}
		}
		c.answer = msgYesLead + c.answer
	}
	return c
}

// subjectAge returns the age a question gives the person it asks about,
// before its question word: "16" of "Em 16 tuổi tử vong tên là gì?"; ok is
// false when it gives none.
func subjectAge(q question) (age string, ok bool) {
	for i := 0; i+1 < len(q.words) && (q.whAt < 0 || i+1 < q.whAt); i++ {
		if q.words[i].num && !q.inWh(i) && slices.ContainsFunc(ageQuestionCues, func(c string) bool { return analysis.Fold(c) == q.words[i+1].fold }) {
			return q.words[i].text, true
		}
	}
	return "", false
}

// byAge answers a question that names its person by the age their note
// gives ("Em 16 tuổi tử vong tên là gì?", "nạn nhân 22 tuổi ở xã nào"):
// the name, or where the person lives or comes from, of the one person
// the articles name in scope whose note writes that age; ok is false when
// the question gives no age, asks anything else, or no person or several
// have it.
func (d *document) byAge(q question, sc *scope) (candidate, bool) {
	age, ok := subjectAge(q)
	if !ok {
		return candidate{}, false
	}
	var ask noteAsk
	switch {
	case asksPerson(q):
		ask = askName
	case q.wh == whWhere && homeQuestionCuesList.in(q.words):
		ask = askHome
	case q.wh == whWhere:
		ask = askResidence
	default:
		return candidate{}, false
	}
	var found *corpus.Fact
	for _, i := range d.factsIn(sc) {
		f := &d.facts[i]
		if f.Type != corpus.FactPerson || f.Note == nil || f.Note.Age != age {
			continue
		}
		if found != nil && found.Name != f.Name {
			return candidate{}, false // two of that age
		}
		found = f
	}
	if found == nil {
		return candidate{}, false
	}
	r := []ref{{found.Note.Passage, found.Note.Sentence}}
	if ask == askName {
		return candidate{answer: found.Name, kind: KindFact, score: noteNamed, refs: r}, true
	}
	ans, score := noteAnswer(*found.Note, ask, 0)
	if ans == "" {
		return candidate{}, false
	}
	return candidate{answer: ans, kind: KindFact, score: score, refs: r}, true
}

// noteCueAt returns where q first writes a word of what a question asks
// of a note (noteQuestionWords: "trú", "sinh năm", "quê"), or -1.
func noteCueAt(q question) int {
	at := -1
	for _, c := range noteQuestionWords {
		if i := findPhrase(q.words, c); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// givenNameSubject returns the folded first word of q, read as a given
// name typed as the whole subject of what it asks ("hung" of "hung co tru
// o quynh phu ko", "dong" of "dong tru o dau"); "" when it is a number or
// a filler.
func givenNameSubject(q question) string {
	if len(q.words) == 0 || q.words[0].num || q.words[0].isFiller() {
		return ""
	}
	return q.words[0].fold
}

// endsWithGiven reports whether name, of two syllables or more, ends with
// the folded given name given ("" never does).
func endsWithGiven(name, given string) bool {
	if given == "" {
		return false
	}
	_, folded := nameParts(name)
	return len(folded) >= minBareNameRun && folded[len(folded)-1] == given
}

// noteHoldsClaim reports whether answer, a person's note read for a
// yes-no question, writes every name and number of its claim (claimKeys),
// folded; false for a claim that names none.
func noteHoldsClaim(q question, answer string) bool {
	keys := claimKeys(q)
	if len(keys) == 0 {
		return false
	}
	folded := " " + strings.Join(strings.Fields(analysis.Fold(answer)), " ") + " "
	for _, k := range keys {
		if !strings.Contains(folded, " "+strings.Join(foldsOf(k.value), " ")+" ") {
			return false
		}
	}
	return true
}

// soleHomeTown answers where someone comes from when one person of the
// articles, and only one, has a note that gives a home town: "Nguyễn
// Thành Đ: Bình Dương", at the low confidence noteSole. It is no answer
// when none or several do.
func soleHomeTown(noted []notedPerson) candidate {
	var only *notedPerson
	for i := range noted {
		if noted[i].f.Note.HomeTown == "" {
			continue
		}
		if only != nil && only.f.Name != noted[i].f.Name {
			return candidate{}
		}
		only = &noted[i]
	}
	if only == nil {
		return candidate{}
	}
	n := only.f.Note
	return candidate{answer: only.f.Name + ": " + n.HomeTown, kind: KindFact, score: noteSole, refs: []ref{{n.Passage, n.Sentence}}}
}

// partOfWord reports whether question word i, typed without diacritics,
// makes a word of the articles with the word before it: "dau" of "cam dau"
// is "cầm đầu", no "đâu".
func (d *document) partOfWord(q question, i int) bool {
	return i > 0 && i < len(q.words) && !q.words[i].marked && d.bigrams[q.words[i-1].fold+" "+q.words[i].fold] > 0
}

// actAsked reports whether q, a where-question naming the person name,
// writes a word besides the name, the words that put a name after them
// ("anh", "ông") and the words of place ("ở", "tại"): a verb of an act
// ("anh H. làm việc ở đâu", "bị bắt ở đâu", "ngồi ở đâu trên xe") asks
// where it took place, not where the person lives.
func actAsked(q question, name string) bool {
	own := make(map[string]bool)
	for _, f := range strings.Fields(analysis.Fold(strings.ReplaceAll(name, ".", " "))) {
		own[f] = true
	}
	// The words that put a name after them ("ông", "nạn nhân").
	folded := foldsOf(q.words)
	ref := make([]bool, len(folded))
	for i := range folded {
		for k := i - refLen(folded, i); k < i; k++ {
			ref[k] = true
		}
	}
	for k, w := range q.words {
		if q.inWh(k) || w.num || ownWord(own, w.fold) || ref[k] || whereFillers.has(w) || trailingParticles.Has(w.fold, lexicon.Exact) {
			continue
		}
		return true
	}
	return false
}

// ownWord reports whether fold, a question's word, is made of the
// syllables or initials in own: "k.v.b" of the name "K.V.B".
func ownWord(own map[string]bool, fold string) bool {
	parts := strings.FieldsFunc(fold, func(r rune) bool { return r == '.' })
	for _, p := range parts {
		if !own[p] {
			return false
		}
	}
	return len(parts) > 0
}

// asksPerson reports whether q asks for a person: "ai", or a name, "tên
// gì".
func asksPerson(q question) bool {
	return q.wh == whWho || q.wh == whWhat && nameQuestionWordsList.in(q.words)
}

// noteAsked returns what q asks of a note.
func noteAsked(q question) noteAsk {
	switch {
	case birthQuestionCuesList.in(q.words) && q.wh != whWhere:
		return askBorn
	case ageQuestionCuesList.in(q.words) && (q.wh == whCount || q.wh == whWhat):
		return askAge
	case homeQuestionCuesList.in(q.words) && q.wh != whCount:
		return askHome
	case residenceQuestionCuesList.in(q.words) && q.wh != whCount:
		return askResidence
	}
	return askNone
}

// noteAnswer returns the item of n that ask asks for, as the answer, and
// its confidence; "" when the note holds neither it nor a near item. An
// age asked of a note that gives the year of birth is worked out for the
// year given (0: none).
func noteAnswer(n corpus.PersonNote, ask noteAsk, year int) (string, float64) {
	born := func() string { return fmt.Sprintf(msgBorn, n.Born) }
	switch ask {
	case askBorn:
		if n.Born != "" {
			return born(), noteNamed
		}
	case askAge:
		if n.Age != "" {
			return fmt.Sprintf(msgAge, n.Age), noteNamed
		}
		if b, err := strconv.Atoi(n.Born); err == nil && year > b {
			return fmt.Sprintf(msgBornAge, n.Born, year-b, year), noteNamed
		}
		if n.Born != "" {
			return born(), noteNamed
		}
	case askResidence:
		if n.Residence != "" {
			return n.Residence, noteNamed
		}
		if n.HomeTown != "" {
			return n.HomeTown, noteNearItem
		}
	case askHome:
		if n.HomeTown != "" {
			return n.HomeTown, noteNamed
		}
		if n.Residence != "" {
			return n.Residence, noteNearItem
		}
	}
	return "", 0
}

// yearAsked returns the year an age is asked for: one the question gives
// ("bao nhiêu tuổi vào năm 2025"), else the year of the article the note
// is in ("năm nay").
func (d *document) yearAsked(q question, f *corpus.Fact) int {
	for _, w := range q.words {
		if y, err := strconv.Atoi(w.text); err == nil && w.num && y >= minYearAsked && y <= maxYearAsked {
			return y
		}
	}
	if a := d.byID[strings.SplitN(f.Passage, "/", 2)[0]]; a != nil {
		return a.Date.Year
	}
	return 0
}

// The years a question may ask an age in.
const (
	minYearAsked = 1900
	maxYearAsked = 2100
)

// namesPerson returns how strongly q names person f: the number of words
// of its name the question holds (its whole name, its initials typed with
// or without dots — "P.V.N.", "pvn" —, its last syllables), 0 when it does
// not name it.
func namesPerson(q question, f corpus.Fact) int {
	parts := sharedWords(f.Name)
	if len(parts) == 0 {
		return 0
	}
	if findPhrase(q.words, phraseOf(parts)) >= 0 || findPhrase(q.words, textOf(parts)) >= 0 {
		return len(parts)
	}
	if initials(parts) {
		joined := strings.Join(foldsOf(parts), "")
		for _, w := range q.words {
			if w.fold == joined {
				return len(parts)
			}
		}
		return 0
	}
	if nameIn(q, f) {
		return 1
	}
	// "tran van hung" typed in lower case: the last two syllables.
	if len(parts) >= 3 && findPhrase(q.words, textOf(parts[len(parts)-2:])) >= 0 {
		return 2
	}
	return 0
}

// foldsOf returns the folded words.
func foldsOf(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.fold
	}
	return out
}

// foldSet returns the folded words as a set.
func foldSet(ws []word) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w.fold] = true
	}
	return out
}

// initials reports whether a name is written as initials only: "P.V.N.".
func initials(parts []word) bool {
	for _, w := range parts {
		if !analysis.IsInitial(strings.ToUpper(w.text[:1]) + w.text[1:]) {
			return false
		}
	}
	return len(parts) > 1
}

// typedName reports whether q holds a person's name typed with capitals:
// a family name and another capitalised word after it ("Ông Nguyễn Văn
// Lực").
func typedName(q question) bool {
	for i := 1; i < len(q.words); i++ {
		if q.words[i].cap && q.words[i-1].cap && !q.words[i].caps && !q.words[i-1].caps && surnames.Has(q.words[i-1].text, lexicon.Exact) {
			return true
		}
	}
	return false
}

// surnames are the common family names.
var surnames = lexicon.MustSet("surnames")

// noteQuestionWords are the words of a question about a note besides the
// words that say whom it asks about.
var noteQuestionWords = func() []string {
	var out []string
	for _, ws := range [][]string{birthQuestionCues, ageQuestionCues, residenceQuestionCues, homeQuestionCues, youngestCues, oldestCues, personQuestionWords} {
		out = append(out, ws...)
	}
	return out
}()

// roleWords returns the words of q that say whom it asks about: its
// content less the words of the note asked and numbers. A word of a role
// the question names (roleClauses: "nạn nhân"; person nouns of several
// words: "tài xế") is the role's, though it folds like a note's word
// ("tai" of "tai xe" is no "tại").
func roleWords(content []word) []word {
	var out []word
	role := inClauseRole(content)
	noun := inPersonNoun(content)
	gone := droppedIn(content, noteQuestionWords, nil)
	for i, w := range content {
		if !w.num && (!gone[i] || role[i] || noun[i]) {
			out = append(out, w)
		}
	}
	return out
}

// inPersonNoun reports, for each of ws, whether it is a word of a person
// noun of several words (personNouns: "tài xế", "bị cáo") written there.
func inPersonNoun(ws []word) []bool {
	in := make([]bool, len(ws))
	for _, p := range personNouns {
		if strings.Contains(p, " ") {
			markPhrase(in, ws, p)
		}
	}
	return in
}

// inClauseRole reports, for each of ws, whether it is a word of a role of
// roleClauses written there.
func inClauseRole(ws []word) []bool {
	in := make([]bool, len(ws))
	for _, g := range roleClauses {
		markPhrase(in, ws, g[0])
	}
	return in
}

// markPhrase sets in for the words of every place ws writes phrase
// (findPhrase).
func markPhrase(in []bool, ws []word, phrase string) {
	n := len(strings.Fields(phrase))
	for from := 0; from < len(ws); {
		at := findPhrase(ws[from:], phrase)
		if at < 0 {
			return
		}
		for k := range n {
			in[from+at+k] = true
		}
		from += at + n
	}
}

// subjectWords returns the role words that stand before what the question
// asks, where its subject is: "chủ quán" of "chủ quán sinh năm bao
// nhiêu?", and nothing of "trẻ bao nhiêu tuổi thì được tiêm?" but "trẻ".
// A word of a role the question names is no cue of a note.
func subjectWords(q question, content []word) []word {
	cut := len(q.words)
	if q.whAt >= 0 {
		cut = q.whAt
	}
	role, noun := inClauseRole(q.words), inPersonNoun(q.words)
	for _, c := range noteQuestionWords {
		for from := 0; from < cut; {
			i := findPhrase(q.words[from:cut], c)
			if i < 0 {
				break
			}
			if !role[from+i] && !noun[from+i] {
				cut = from + i
				break
			}
			from += i + 1
		}
	}
	kept := map[string]bool{}
	for _, w := range roleWords(content) {
		kept[w.fold] = true
	}
	// In the question's order, with the words of its role and person
	// nouns even where the content dropped them as function words ("tai"
	// of "tai xe", read as "tại"): roleShare finds those nouns whole.
	var out []word
	for i, w := range q.words[:cut] {
		if kept[w.fold] || role[i] || noun[i] {
			out = append(out, w)
		}
	}
	return out
}

// noteByRole answers a question that says whom it asks about by a role
// ("tài xế đầu kéo", "chủ quán"), its subject, from the person whose part
// of the note's sentence holds most of its words: the words between the person before
// (and its note) and the person after, in the clause of the name.
func (d *document) noteByRole(q question, content []word, noted []notedPerson, ask noteAsk) candidate {
	role := subjectWords(q, content)
	if len(role) == 0 {
		return candidate{}
	}
	type hit struct {
		p     notedPerson
		share float64
		// own is the share in the person's own part, the later mentions
		// aside: of two who fit alike, the one whose own clause gives the
		// role ("ô tô … do anh K. cầm lái") over one whose later
		// sentences do.
		own float64
		// near is whether the role's person noun stands right before the
		// name: of two who fit alike, "đối tượng khai tên Nguyễn Trọng
		// Nguyễn" over "ông Bùi Văn Hiếu … phát hiện một đối tượng".
		near bool
	}
	var hits []hit
	clauseRole := asksClauseRole(q)
	nouns := personNounWords(role)
	for _, p := range noted {
		if ans, _ := noteAnswer(*p.f.Note, ask, d.yearAsked(q, p.f)); ans == "" && ask != askName {
			continue
		}
		text := d.personPart(p, noted)
		near := false
		if at := strings.Index(text, p.f.Name); at >= 0 && len(nouns) > 0 {
			before := foldWords(text[:at])
			near = roleShare(nouns, before[max(0, len(before)-roleNear):]) == 1
		}
		part := foldWords(text)
		w, own := part, 0.0
		if clauseRole && kinOfAskedRole(q, part) {
			continue
		}
		if clauseRole {
			own = roleShare(role, withClauseRoles(part))
			w = withClauseRoles(append(part, d.laterMentions(p, noted)...))
		}
		if sh := roleShare(role, w); sh >= noteRoleMinimum {
			hits = append(hits, hit{p, sh, own, near})
		}
	}
	if len(hits) == 0 {
		return candidate{}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		switch {
		case a.share != b.share:
			return a.share > b.share
		case a.near != b.near:
			return a.near
		}
		return a.own > b.own
	})
	plural := pluralMarkersList.in(q.words) || hasNumberBefore(q)
	if len(hits) > 1 && hits[1].share == hits[0].share && hits[1].near == hits[0].near && hits[1].own == hits[0].own && !plural {
		return candidate{} // two people fit the role alike
	}
	if n := peopleCounted(q); n > 1 {
		// "4 công dân bao nhiêu tuổi" asks of four people: fewer who fit
		// the role alike are others, or some of them.
		fit := 0
		for _, h := range hits {
			if h.share == hits[0].share {
				fit++
			}
		}
		if fit < n {
			return candidate{}
		}
	}
	var parts []string
	var refs []ref
	for _, h := range hits {
		if h.share < hits[0].share || !plural && len(parts) > 0 {
			break
		}
		if ask == askName {
			parts = append(parts, h.p.f.Name)
		} else {
			ans, _ := noteAnswer(*h.p.f.Note, ask, d.yearAsked(q, h.p.f))
			parts = append(parts, h.p.f.Name+": "+ans)
		}
		refs = append(refs, ref{h.p.f.Note.Passage, h.p.f.Note.Sentence})
	}
	return candidate{answer: strings.Join(parts, "; "), kind: KindFact, score: noteRoleBase + noteRoleShare*hits[0].share, refs: refs}
}

// peopleCounted returns the count a question gives of the people it asks
// about, opening it or after a plural marker, before its question words
// ("2 nạn nhân bao nhiêu tuổi": 2), or 0 when it gives none (smallCount).
func peopleCounted(q question) int {
	for k, w := range q.words[:max(0, q.whAt)] {
		if !w.num && yearWords.Has(w.text, lexicon.Exact) {
			continue // "năm nay": the year, no five
		}
		if k > 0 && !pluralMarkers.Has(q.words[k-1].fold, lexicon.Folded) {
			// "chủ quán ở thôn 2": a label's number; a count of people
			// opens the question or follows "các", "những".
			continue
		}
		if v, ok := smallCount(w); ok {
			return v
		}
	}
	return 0
}

// hasNumberBefore reports whether q counts the people it asks about: "2
// đối tượng ngụ ở đâu", "hai nạn nhân".
func hasNumberBefore(q question) bool {
	for _, w := range q.words[:max(0, q.whAt)] {
		if w.num || numberWords.has(w.fold) {
			return true
		}
	}
	return false
}

// personPart returns the part of p's sentence that speaks of p: from the
// end of the person named before it in its clause (and that person's
// note) to the person named after it.
func (d *document) personPart(p notedPerson, noted []notedPerson) string {
	s := p.s
	at := strings.Index(s.text, p.f.Name)
	if at < 0 {
		return s.text
	}
	from, to := 0, len(s.text)
	// The clause: ";" and ":" part a sentence's clauses.
	if k := strings.LastIndexAny(s.text[:at], ";:"); k >= 0 {
		from = k + 1
	}
	if k := strings.IndexAny(s.text[at:], ";:"); k >= 0 {
		to = at + k
	}
	if f, t, ok := drivenPart(s, at); ok {
		from, to = max(from, f), min(to, t)
	}
	for _, o := range noted {
		if o.f == p.f || o.s != s {
			continue
		}
		oat := strings.Index(s.text, o.f.Name)
		if oat < 0 {
			continue
		}
		if oat < at {
			end := oat + len(o.f.Name)
			if k := strings.Index(s.text[end:], o.f.Note.Text); k >= 0 && k <= len(" (") {
				end += k + len(o.f.Note.Text)
			}
			from = max(from, min(end, at))
		} else {
			to = min(to, oat)
		}
	}
	// Other people the sentence names without a note of theirs there
	// part it too: "tài xế xe tải Trần Quốc T. tử vong, phụ xe tải là
	// anh Trịnh Huy T. (SN 1982, …)" — the driver is the other man.
	for _, i := range d.factsOf[s.art.ID] {
		o := &d.facts[i]
		if o.Type != corpus.FactPerson || o.Name == p.f.Name || o.Name == "" || strings.Contains(p.f.Name, o.Name) {
			continue
		}
		oat := strings.Index(s.text[from:to], o.Name)
		if oat < 0 {
			continue
		}
		oat += from
		if oat < at {
			from = max(from, min(oat+len(o.Name), at))
		} else if oat > at {
			to = min(to, oat)
		}
	}
	return s.text[from:to]
}

// roleNear is how many words before a person's name its role noun may
// stand to name it: "đối tượng khai tên Nguyễn Trọng Nguyễn".
const roleNear = 4

// personNounWords returns the words of ws that are words of a person
// noun of several words (inPersonNoun): "đối tượng" of "đối tượng sinh
// năm".
func personNounWords(ws []word) []word {
	var out []word
	for i, in := range inPersonNoun(ws) {
		if in {
			out = append(out, ws[i])
		}
	}
	return out
}

// roleShare is the share of the role words a person's part of the
// article writes (share), a word of a person noun of several words that
// folds like a function word found only where the part writes the noun
// whole — "tai xe" is no "tài xế" in "vụ tai nạn … xe khách" — and a run
// of them found where the part writes a synonym of it: "xe khách" of "ô
// tô khách … do ông Hoàng Gia Lâm … điều khiển".
func roleShare(role, part []word) float64 {
	if len(role) == 0 {
		return 0
	}
	found := make([]bool, len(role))
	noun := inPersonNoun(role)
	for i, w := range role {
		found[i] = !(noun[i] && fillers.has(w)) && slices.ContainsFunc(part, w.sameAs)
	}
	for _, p := range personNouns {
		if at := findPhrase(role, p); at >= 0 && strings.Contains(p, " ") && findPhrase(part, p) >= 0 {
			for k := range len(strings.Fields(p)) {
				found[at+k] = true
			}
		}
	}
	folds := foldsOf(part)
	for n := analysis.MaxSynonymWords; n >= 1; n-- {
		for i := 0; i+n <= len(role); i++ {
			for _, alt := range synonymsOf(role[i : i+n]) {
				if containsRun(folds, strings.Fields(alt)) {
					for k := i; k < i+n; k++ {
						found[k] = true
					}
					break
				}
			}
		}
	}
	n := 0
	headless := false // the role's person noun is not found
	for i, f := range found {
		if f {
			n++
		} else if noun[i] {
			headless = true
		}
	}
	if headless {
		// "phụ xe khách" is no "tài xế xe khách": the noun says who.
		return 0
	}
	if v := vehicleNamed(role, noun); v >= 0 && slices.Contains(found[v:], false) {
		// "tài xế xe tải" of the man who drove "xe máy": a vehicle is
		// named whole or not at all.
		return 0
	}
	return float64(n) / float64(len(role))
}

// sameAs reports whether o, a word of the articles, is w (is): "Tài" of
// "Tài xế" is no "tại".
func (w word) sameAs(o word) bool { return w.is(o.fold, o.text) }

// vehicleNamed returns where ws, a question's words, name a vehicle
// (vehicleHeads, folded) with no word of a person noun (noun: "xe" of
// "tai xe" is "xế"), or -1.
func vehicleNamed(ws []word, noun []bool) int {
	for i := range ws {
		if noun[i] {
			continue
		}
		for n := min(vehicleHeads.MaxWords(), len(ws)-i); n >= 1; n-- {
			if vehicleHeads.Has(phraseOf(ws[i:i+n]), lexicon.Folded) {
				return i
			}
		}
	}
	return -1
}

// drivenPart returns, for a person named at byte at of s after an agent
// marker ("do"), with perhaps a word of address or a role noun between,
// the bytes [from, to) of s that say what the person drove: from the
// vehicle the marker follows (vehicleHeads, the nearest before it within
// maxVehicleWords words) to the next vehicle the sentence names after the
// person and the note in brackets. "… va chạm với xe máy do anh T.X.B (49
// tuổi) điều khiển" is the motorbike's driver, not the truck's the
// sentence names before; "xe tải … do lái xe Phan Văn Hồng (39 tuổi)
// điều khiển, … đã bị xe container … tông" drove the truck. ok is false
// when no agent marker and vehicle stand before the name.
func drivenPart(s *sent, at int) (from, to int, ok bool) {
	name := slices.Index(s.starts, at) // the word the name opens with
	if name < 0 {
		return 0, 0, false
	}
	k := name
	for k > 0 {
		if honorifics.Has(s.lower[k-1], lexicon.Exact) {
			k--
		} else if n := roleNounBefore(s, k); n > 0 {
			k -= n
		} else {
			break
		}
	}
	if k == 0 || !agentMarkers.Has(s.lower[k-1], lexicon.Exact) {
		return 0, 0, false
	}
	head := -1
	for i := k - 2; i >= 0 && k-1-i <= maxVehicleWords; i-- {
		if vehicleAt(s, i) > 0 {
			head = i
			break
		}
	}
	if head < 0 {
		return 0, 0, false
	}
	from, to = s.starts[head], len(s.text)
	depth := 0
	for i := name; i < len(s.lower); i++ {
		sep := s.sep(i)
		depth += strings.Count(sep, "(") - strings.Count(sep, ")")
		if depth <= 0 && s.starts[i] > at && vehicleAt(s, i) > 0 {
			to = s.starts[i]
			break
		}
	}
	return from, to, true
}

// vehicleHeads open the name of a vehicle: "xe", "ô tô", "tàu".
var vehicleHeads = lexicon.MustSet("vehicle_heads")

// maxVehicleWords is how many words a vehicle's name, its plate and what
// it tows, may stand before the agent marker of its driver: "ô tô đầu
// kéo biển kiểm soát 36C.148.xx kéo theo sơmi rơmooc do anh P.V.N.".
const maxVehicleWords = 14

// vehicleAt returns how many words of a vehicle head (vehicleHeads) s
// writes from word i, or 0.
func vehicleAt(s *sent, i int) int {
	for n := min(vehicleHeads.MaxWords(), len(s.lower)-i); n >= 1; n-- {
		if vehicleHeads.HasPhrase(s.lower[i:i+n], lexicon.Exact) {
			return n
		}
	}
	return 0
}

// roleNounBefore returns the length of the role noun (namedRoleNouns:
// "tài xế") s writes right before word k, or 0.
func roleNounBefore(s *sent, k int) int {
	for _, pw := range namedRoleNouns.items {
		n := len(pw.folded)
		if n <= k && slices.Equal(s.fold[k-n:k], pw.folded) {
			return n
		}
	}
	return 0
}

// asksWhichPeople reports whether q asks which of the people a person noun
// of several words names: its question word follows the noun ("những bị
// cáo nào ngụ Phú Quốc", as "ai ngụ Phú Quốc"), not a noun of place ("các
// bị cáo ngụ ở huyện nào").
func asksWhichPeople(q question) bool {
	return q.wh == whList && q.whAt > 0 && q.whAt <= len(q.words) && inPersonNoun(q.words)[q.whAt-1]
}

// noteHolder answers "ai sinh năm 2006?", "ai trú ở Đồng Tháp?", "những
// bị cáo nào ngụ Phú Quốc?": the people whose note holds the year or the
// place the question gives.
func noteHolder(q question, content []word, noted []notedPerson, ask noteAsk) candidate {
	var role []word
	words := roleWords(content)
	noun := inPersonNoun(words)
	for i, w := range words {
		if !noun[i] {
			role = append(role, w)
		}
	}
	var names []string
	var refs []ref
	for _, p := range noted {
		n := p.f.Note
		ok := false
		switch ask {
		case askBorn:
			ok = n.Born != "" && hasNumber(q.words, n.Born)
		case askResidence, askHome:
			place := sharedWords(n.Residence + " " + n.HomeTown)
			ok = len(role) > 0 && share(role, place) == 1
		}
		if ok {
			names = append(names, p.f.Name)
			refs = append(refs, ref{n.Passage, n.Sentence})
		}
	}
	if len(names) == 0 {
		return candidate{}
	}
	return candidate{answer: strings.Join(names, "; "), kind: KindFact, score: noteNamed, refs: refs}
}

// notedSuperlative answers "ai nhỏ tuổi nhất?" and "người lớn tuổi nhất bao
// nhiêu tuổi?" among the people whose notes give their age or year of
// birth: the one born last (young) or first.
func (d *document) notedSuperlative(q question, noted []notedPerson, young bool) candidate {
	type aged struct {
		p    notedPerson
		born int
	}
	var all []aged
	for _, p := range noted {
		if b, ok := bornIn(*p.f.Note, p.s.art.Date.Year); ok {
			all = append(all, aged{p, b})
		}
	}
	if len(all) < 2 {
		return candidate{}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if young {
			return all[i].born > all[j].born
		}
		return all[i].born < all[j].born
	})
	if all[0].born == all[1].born {
		return candidate{} // a tie: the note does not say who
	}
	p := all[0].p
	ans := p.f.Name + " (" + p.f.Note.Text + ")"
	if q.wh == whCount {
		if item, _ := noteAnswer(*p.f.Note, askAge, d.yearAsked(q, p.f)); item != "" {
			ans = item + " (" + p.f.Name + ")"
		}
	}
	return candidate{answer: ans, kind: KindFact, score: noteSuperlative, refs: []ref{{p.f.Note.Passage, p.f.Note.Sentence}}}
}

// bornIn returns the year of birth a note gives, or works out from the age
// it gives in the article's year.
func bornIn(n corpus.PersonNote, year int) (int, bool) {
	if b, err := strconv.Atoi(n.Born); err == nil {
		return b, true
	}
	if a, err := strconv.Atoi(n.Age); err == nil && year > 0 {
		return year - a, true
	}
	return 0, false
}
