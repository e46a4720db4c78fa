package answer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// byLength returns a list of lower-case phrases longest first.
func byLength(in []string) []string {
	out := append([]string(nil), in...)
	sort.SliceStable(out, func(i, j int) bool { return len(strings.Fields(out[i])) > len(strings.Fields(out[j])) })
	return out
}

var (
	titleHeads = byLength(corpus.TitleHeads())
	eventNouns = byLength(corpus.EventNouns())
)

// findPhrase returns the word index where phrase starts in ws, or -1.
// phrase is lower case with its diacritics; a word typed with diacritics
// must match it as written, one typed without them matches it folded, so
// "nhân" is not "nhận" but "nhan" may be either.
func findPhrase(ws []word, phrase string) int {
	parts, folded := phraseParts(phrase)
	return phraseWords{parts, folded}.at(ws)
}

// startsIn reports whether the phrase opens ws: findPhrase(ws, phrase)
// == 0, without looking further once the first word differs.
func (pw phraseWords) startsIn(ws []word) bool {
	parts, folded := pw.parts, pw.folded
	if len(parts) > len(ws) {
		return false
	}
	for k, p := range parts {
		w := ws[k]
		if w.typedAs() && w.text != p || !w.typedAs() && w.fold != folded[k] {
			return false
		}
	}
	return true
}

// at returns the word index where the phrase starts in ws, or -1, as
// findPhrase.
func (pw phraseWords) at(ws []word) int {
	for i := 0; i+len(pw.parts) <= len(ws); i++ {
		if pw.startsAt(ws, i) {
			return i
		}
	}
	return -1
}

// startsAt reports whether ws holds the phrase from word i on: a word
// typed with diacritics as the phrase writes it, another folded alike.
func (pw phraseWords) startsAt(ws []word, i int) bool {
	if i+len(pw.parts) > len(ws) {
		return false
	}
	for k, p := range pw.parts {
		w := ws[i+k]
		if w.typedAs() && w.text != p || !w.typedAs() && w.fold != pw.folded[k] {
			return false
		}
	}
	return true
}

// foldedIn reports whether the folded words of ws hold the phrase's
// folded words in a row (startsWithFolded at some word).
func (pw phraseWords) foldedIn(ws []word) bool {
	for i := range ws {
		if startsWithFolded(ws[i:], pw.folded) {
			return true
		}
	}
	return false
}

// writtenAt reports whether the words lower, in lower case, hold the
// phrase's words as written from word i on.
func (pw phraseWords) writtenAt(lower []string, i int) bool {
	if i < 0 || i+len(pw.parts) > len(lower) {
		return false
	}
	for k, p := range pw.parts {
		if lower[i+k] != p {
			return false
		}
	}
	return true
}

// writtenIn reports whether the phrase is written, in lower case, at some
// word of lower (writtenAt).
func (pw phraseWords) writtenIn(lower []string) bool {
	for i := range lower {
		if pw.writtenAt(lower, i) {
			return true
		}
	}
	return false
}

// foldedPhrases caches the words of the phrases findPhrase and without
// look for, as written and folded: the engine asks for the same few
// phrases over and over. It holds at most maxFoldedPhrases phrases, so
// questions cannot grow it without bound. A map under a read lock, not a
// sync.Map: the lookups are of strings on every word of every list, and
// a sync.Map hashes its keys as interfaces, which cost more than the
// whole comparison findPhrase then makes.
var foldedPhrases = struct {
	sync.RWMutex
	parts map[string]phraseWords
}{parts: map[string]phraseWords{}}

// phraseWords are the words of a phrase as written and folded.
type phraseWords struct{ parts, folded []string }

const maxFoldedPhrases = 20000

// phraseParts returns the words of phrase and their folded forms. The
// slices are shared: callers only read them.
func phraseParts(phrase string) (parts, folded []string) {
	foldedPhrases.RLock()
	pw, ok := foldedPhrases.parts[phrase]
	foldedPhrases.RUnlock()
	if ok {
		return pw.parts, pw.folded
	}
	pw = splitPhrase(phrase)
	foldedPhrases.Lock()
	if len(foldedPhrases.parts) < maxFoldedPhrases {
		foldedPhrases.parts[phrase] = pw
	}
	foldedPhrases.Unlock()
	return pw.parts, pw.folded
}

// lowerNames caches, for nameParts, the words of names in lower case as
// written and folded, at most maxFoldedPhrases of them: nameSpan asks of
// the names of the articles' people, the same few, for every question.
var lowerNames = struct {
	sync.RWMutex
	parts map[string]phraseWords
}{parts: map[string]phraseWords{}}

// nameParts returns phraseParts(strings.ToLower(name)) without lowering
// name again once it has been. The slices are shared: callers only read
// them.
func nameParts(name string) (parts, folded []string) {
	lowerNames.RLock()
	pw, ok := lowerNames.parts[name]
	lowerNames.RUnlock()
	if ok {
		return pw.parts, pw.folded
	}
	pw.parts, pw.folded = phraseParts(strings.ToLower(name))
	lowerNames.Lock()
	if len(lowerNames.parts) < maxFoldedPhrases {
		lowerNames.parts[name] = pw
	}
	lowerNames.Unlock()
	return pw.parts, pw.folded
}

// splitPhrase returns the words of phrase, as written and folded.
func splitPhrase(phrase string) phraseWords {
	parts := strings.Fields(phrase)
	folded := make([]string, len(parts))
	for k, p := range parts {
		folded[k] = analysis.Fold(p)
	}
	return phraseWords{parts, folded}
}

// A phraseList is a constant list of phrases whose words, as written and
// folded, are split once, when the list is made: the lists the generators
// and features ask of every question, which hasAny would look up in
// foldedPhrases phrase by phrase, on every call. The phrases are indexed
// by their first word, folded, so that a question's words are matched
// only against the phrases that may start at them.
type phraseList struct {
	items []phraseWords
	// byFirst maps a first word, folded, to the indexes of the phrases
	// that open with it, in the list's order; empty phrases, which occur
	// anywhere, are under "".
	byFirst map[string][]int
}

// phrasesOf returns the phraseList of phrases.
func phrasesOf(phrases []string) phraseList {
	l := phraseList{items: make([]phraseWords, len(phrases)), byFirst: make(map[string][]int, len(phrases))}
	for i, p := range phrases {
		l.items[i] = splitPhrase(p)
		first := ""
		if f := l.items[i].folded; len(f) > 0 {
			first = f[0]
		}
		l.byFirst[first] = append(l.byFirst[first], i)
	}
	return l
}

// first returns the word index where the first of the phrases, in the
// list's order, that occurs in ws starts, or -1 when none does.
func (l phraseList) first(ws []word) int {
	best, at := len(l.items), -1
	if empty := l.byFirst[""]; len(empty) > 0 {
		best, at = empty[0], 0
	}
	for i, w := range ws {
		for _, k := range l.byFirst[w.fold] {
			if k >= best {
				break
			}
			if l.items[k].startsAt(ws, i) {
				best, at = k, i
				break
			}
		}
	}
	return at
}

// startsAt reports whether one of the phrases starts at word i of ws.
func (l phraseList) startsAt(ws []word, i int) bool {
	if len(l.byFirst[""]) > 0 {
		return true
	}
	for _, k := range l.byFirst[ws[i].fold] {
		if l.items[k].startsAt(ws, i) {
			return true
		}
	}
	return false
}

// longestAt returns how many words of the longest of the phrases that
// starts at word i of ws, 0 when none does.
func (l phraseList) longestAt(ws []word, i int) int {
	n := 0
	for _, k := range l.byFirst[ws[i].fold] {
		if p := l.items[k]; len(p.folded) > n && p.startsAt(ws, i) {
			n = len(p.folded)
		}
	}
	return n
}

// in reports whether any of the phrases occurs in ws, as hasAny.
func (l phraseList) in(ws []word) bool {
	if len(l.byFirst[""]) > 0 {
		return true
	}
	for i, w := range ws {
		for _, k := range l.byFirst[w.fold] {
			if l.items[k].startsAt(ws, i) {
				return true
			}
		}
	}
	return false
}

// hasAny reports whether any of the folded phrases occurs in ws.
func hasAny(ws []word, phrases ...string) bool {
	for _, p := range phrases {
		if findPhrase(ws, p) >= 0 {
			return true
		}
	}
	return false
}

// shortQuestionWords is how many words a question may hold for without
// and countWithout to mark its dropped words in an array on the stack,
// not one made on the heap.
const shortQuestionWords = 32

// without returns ws less the words of the phrases given, compared
// folded.
func without(ws []word, drop ...string) []word {
	var buf [shortQuestionWords]bool
	gone := droppedIn(ws, drop, buf[:0])
	// The words kept, counted first: the slice is made once, at its
	// length, not grown word by word.
	n := 0
	for _, g := range gone {
		if !g {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]word, 0, n)
	for i, w := range ws {
		if !gone[i] {
			out = append(out, w)
		}
	}
	return out
}

// countWithout is len(without(ws, drop...)), counted without making the
// slice.
func countWithout(ws []word, drop ...string) int {
	var buf [shortQuestionWords]bool
	n := 0
	for _, g := range droppedIn(ws, drop, buf[:0]) {
		if !g {
			n++
		}
	}
	return n
}

// droppedIn reports, for each word of ws, whether it is one of the words
// of the phrases drop, compared folded, appended to buf (a caller's array
// on the stack, for the usual short question). Each phrase's folded words
// (phraseParts, cached) are looked up once, not once for each word of ws:
// the lists are long and the lookups cost more than the comparisons.
func droppedIn(ws []word, drop []string, buf []bool) []bool {
	gone := append(buf[:0], make([]bool, len(ws))...)
	left := len(ws)
	for _, d := range drop {
		_, folded := phraseParts(d)
		for _, p := range folded {
			for i, w := range ws {
				if !gone[i] && w.fold == p {
					gone[i] = true
					left--
				}
			}
		}
		if left == 0 {
			break
		}
	}
	return gone
}

// foldedTexts caches the words foldWords splits texts into: the engine
// splits the same fields of facts and phrases of word lists for every
// question. It holds at most maxFoldedTexts texts, so questions cannot
// grow it without bound, and hands out copies of its slices only, which
// callers may change.
var foldedTexts = struct {
	sync.RWMutex
	words map[string][]word
}{words: map[string][]word{}}

const maxFoldedTexts = 20000

// foldWords splits folded text into words. The slice is the caller's own.
func foldWords(t string) []word {
	return slices.Clone(sharedWords(t))
}

// sharedWords is foldWords without the copy, for callers that only read
// the words (a fact's unit, compared with a question's words): the slice
// is shared and must not be changed.
func sharedWords(t string) []word {
	foldedTexts.RLock()
	ws, ok := foldedTexts.words[t]
	foldedTexts.RUnlock()
	if ok {
		return ws
	}
	// Clipped: appending to the shared slice never writes into it.
	ws = slices.Clip(splitWords(t))
	foldedTexts.Lock()
	if len(foldedTexts.words) < maxFoldedTexts {
		foldedTexts.words[t] = ws
	}
	foldedTexts.Unlock()
	return ws
}

// splitWords is foldWords without its cache.
func splitWords(t string) []word {
	var out []word
	for _, tok := range analysis.Tokens(analysis.Canonical(t)) {
		f := tok.Folded
		out = append(out, word{text: strings.ToLower(tok.Text), fold: f, num: tok.Number})
	}
	return out
}

// share returns the share of the words of a found among the words of b.
func share(a, b []word) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	if len(a)*len(b) <= maxScanPairs {
		// Short lists, the usual case (a giver's words against a
		// question's): comparing every pair costs less than making a set.
		for _, w := range a {
			if holdsFold(b, w.fold) {
				n++
			}
		}
		return float64(n) / float64(len(a))
	}
	in := foldSet(b)
	for _, w := range a {
		if in[w.fold] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// maxScanPairs is how many pairs of words share compares one by one
// before it makes a set of one list instead.
const maxScanPairs = 256

// holdsFold reports whether one of ws folds to f.
func holdsFold(ws []word, f string) bool {
	for _, w := range ws {
		if w.fold == f {
			return true
		}
	}
	return false
}

// abbreviation answers "ANTQ là gì?", "UBND là viết tắt của gì?".
// An abbreviation's confidence, as its own rules judge: its long form
// written in the article answers "X là gì"; a question naming it beside
// other words may ask something else, and scores less.
const (
	abbreviationScore      = 0.95
	abbreviationOtherScore = 0.55
)

func (d *document) abbreviation(q question, content []word) candidate {
	if q.wh != whWhat && q.wh != whNone {
		return candidate{}
	}
	for _, f := range d.facts {
		if f.Type != corpus.FactAbbreviation {
			continue
		}
		short := analysis.Words(f.Short)
		i := findPhrase(q.words, strings.Join(short, " "))
		if i < 0 {
			continue
		}
		if end := i + len(short); end == q.whAt && end < len(q.words) && whichWords.Has(q.words[end].fold, lexicon.Exact) {
			// "ảnh đá cho CLB nào?": the question word asks which one
			// of what the abbreviation names, not what it means.
			continue
		}
		shortForm, long, builtin := f.Short, f.Long, f.Builtin
		rest := without(without(content, analysis.FoldPhrase(analysis.Words(f.Short))), abbreviationQuestionWords...)
		if end := i + len(short); end < len(q.words) {
			if joined, ok := analysis.BuiltinAbbreviation(f.Short + q.words[end].text); ok {
				// "TP.HCM là gì?" asks what the joined code means, not
				// its part "TP".
				shortForm, long, builtin = strings.ToUpper(f.Short+q.words[end].text), joined, true
				rest = without(rest, q.words[end].fold)
			}
		}
		score := abbreviationScore
		if len(rest) > 1 {
			if !definitionCuesList.in(q.words) {
				// "Học sinh THPT Chi Lăng được đưa tới bệnh viện nào?"
				// names the abbreviation and asks something else.
				continue
			}
			score = abbreviationOtherScore
		}
		var ans string
		if builtin {
			ans = fmt.Sprintf(msgAbbrevBuiltin, shortForm, long)
		} else {
			ans = fmt.Sprintf(msgAbbrev, shortForm, long)
		}
		return candidate{answer: ans, kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}}
	}
	return candidate{}
}

// nameIn reports whether a person's name occurs in the question: the
// whole name, or the given name after "ông", "bà", "đồng chí" or a rank.
func nameIn(q question, f corpus.Fact) bool {
	_, _, ok := nameSpan(q, f)
	return ok
}

// nameSpan returns the words [i, j) of q that name person f: the whole
// name, or the given name after "ông", "bà", "đồng chí" or a rank (the
// word before it included), or typed with a capital.
func nameSpan(q question, f corpus.Fact) (i, j int, ok bool) {
	// The words of the name, as written and folded, split once for
	// every question (phraseParts): findPhrase of the name, and of its
	// last words joined, looks for these.
	parts, folded := nameParts(f.Name)
	qf := foldsOf(q.words)
	if i := (phraseWords{parts, folded}).at(q.words); i >= 0 {
		return i - refLen(qf, i), i + len(parts), true
	}
	if len(parts) < 2 {
		return 0, 0, false
	}
	// "ông Hữu Hợp", and as people are called, by the last syllable: "ông
	// Hợp", "Dũng giữ chức gì" (typed with a capital), "ong hop".
	for _, n := range []int{2, 1} {
		if n >= len(parts) {
			continue
		}
		// Every place the syllables stand, not the first alone: "anh Ánh"
		// calls Lưu Quang Ánh by the second "anh".
		pw := phraseWords{parts[len(parts)-n:], folded[len(folded)-n:]}
		for i := 0; i+n <= len(q.words); i++ {
			if !pw.startsAt(q.words, i) {
				continue
			}
			if r := refLen(qf, i); r > 0 {
				return i - r, i + n, true
			}
			if otherNameBefore(q, i, folded[:len(folded)-n]) {
				// "Nghiem Xuan Thanh" names Nghiêm Xuân Thành, not
				// Trần Ngọc Thanh.
				continue
			}
			if q.words[i].cap && (n == 2 || !q.words[i].caps) {
				return i, i + n, true
			}
		}
	}
	return 0, 0, false
}

// otherNameBefore reports whether the question writes, right before its
// word i, capitalised syllables of a name that are not those the name
// whose first syllables are head writes there: the last syllables
// matched at i are those of another person's name ("Nghiem Xuan Thanh"
// is no Trần Ngọc Thanh, "Mai Van Chinh" no Lê Văn Chính). The
// question's first word alone is capitalised as any sentence's is: it
// tells nothing ("Cháu Khang trú ở đâu").
func otherNameBefore(q question, i int, head []string) bool {
	from := i
	for from > 0 && q.words[from-1].cap && !q.words[from-1].caps {
		from--
	}
	if from == 0 && i < 2 {
		from = i
	}
	for j := i - 1; j >= from; j-- {
		if h := len(head) - (i - j); h < 0 || q.words[j].fold != head[h] {
			return true
		}
	}
	return false
}

// personRefs are the words that put a person's name after them: "ông
// Hợp", "bà Hiền", "đồng chí Dũng", "Đại tá Hợp", "bị cáo Vượng".
var personRefs = lexicon.MustSet("person_refs_folded")

var (
	// nameQuestionWords ask for a name: "tên".
	nameQuestionWords = lexicon.MustSet("name_question_words").Words()
	// listWhoWords make a list question ask for people: "ai".
	listWhoWords = lexicon.MustSet("list_who_words").Words()
	// viceMarkers make a title a deputy's: "phó".
	viceMarkers = lexicon.MustSet("vice_markers")
	// awardPassiveMarkers make the one asked about a recipient: "được".
	awardPassiveMarkers = lexicon.MustSet("award_passive_markers")
	// comparisonMarkers merely compare with another time: "so với".
	comparisonMarkers = lexicon.MustSet("comparison_markers")
	// percentNames name a percentage in full: "phần trăm".
	percentNames = lexicon.MustSet("percent_names")
)

// hasViceSuffix reports whether t ends with a vice marker and a space:
// "… phó ".
func hasViceSuffix(t string) bool {
	for _, w := range viceMarkers.Words() {
		if strings.HasSuffix(t, w+" ") {
			return true
		}
	}
	return false
}

// titleWords are the words of a question that ask for a job title;
// actionTitleWords ask for one only of a question that says nothing else
// of the person (action_title_cues).
var (
	titleWords       = lexicon.MustSet("title_cues").Words()
	actionTitleWords = lexicon.MustSet("action_title_cues").Words()
	// jobTimeWords say when a person held the job asked (job_time_words).
	jobTimeWords = lexicon.MustSet("job_time_words").Words()
)

// Words of questions about facts that the facts need not hold:
// abbreviationQuestionWords besides an abbreviation, personQuestionWords
// besides a person's name, titleQuestionWords besides a title; rankCues ask
// for a rank.
var (
	abbreviationQuestionWords = lexicon.MustSet("abbreviation_question_words").Words()
	personQuestionWords       = lexicon.MustSet("person_question_words").Words()
	titleQuestionWords        = lexicon.MustSet("title_question_words").Words()
	rankCues                  = lexicon.MustSet("rank_cues").Words()
)

// personTitlesScore is the confidence of a person's titles or rank read
// as typed facts beside the person's name.
const personTitlesScore = 0.9

// personTitles answers "Đại tá Nguyễn Thế Chi giữ chức vụ gì?" and "Lê
// Văn Dũng là ai?".
func (d *document) personTitles(q question, content []word, sc *scope) candidate {
	asksTitle := titleWordsList.in(q.words) || q.wh == whWho
	// "ông Phụng đang làm gì" asks his job; "Hiếu cứu người khi đang làm
	// gì" what he was doing: a question asking by an action cue alone
	// may say nothing else of the person.
	otherWords := maxOtherWords
	if !asksTitle && actionTitleWordsList.in(q.words) {
		asksTitle, otherWords = true, 0
	}
	asksRank := rankCuesList.in(q.words)
	if !asksTitle && !asksRank || q.wh == whWhy || asksOther(q) {
		// "Đại tá Dũng nổ súng để làm gì?" asks a purpose, no title.
		return candidate{}
	}
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || !nameIn(q, f) {
			continue
		}
		// The question must be about the person, not ask who did
		// something with them.
		rest := without(content, analysis.Fold(f.Name), analysis.Fold(f.Rank))
		rest = without(rest, personQuestionWords...)
		rest = withoutPhrases(rest, jobTimeWordsList)
		// A question that asks for a title may name the body of the
		// title it asks about ("Thế Chi giữ chức gì ở Bộ Công an",
		// "ngoài Chủ tịch UBND ông Dũng còn giữ chức gì"): words of the
		// person's own titles say which title, not that the question asks
		// something else. A who-question that names a title ("Chủ tịch
		// UBND tỉnh Nghệ An là ai") asks who holds it, not this person's
		// titles.
		if q.wh != whWho {
			rest = without(rest, foldedTitles(f.Titles)...)
		}
		if len(rest) > otherWords {
			continue
		}
		name := f.RankedName()
		switch {
		case asksRank && f.Rank != "":
			return candidate{answer: f.Name + ": " + f.Rank + ".", kind: KindFact, score: personTitlesScore, refs: []ref{{f.Passage, f.Sentence}}}
		case len(f.Titles) > 0:
			return candidate{answer: name + ": " + strings.Join(f.Titles, "; ") + ".", kind: KindFact, score: personTitlesScore, refs: []ref{{f.Passage, f.Sentence}}}
		}
	}
	return candidate{}
}

// asksOther reports whether a who-question writes its question word after
// the words it asks about, not to introduce them ("Bà Hằng biểu dương
// ai?", "Thảo mừng sinh nhật ai?", not "Bà Hằng là ai?"): it asks who the
// one it names acts on, not that one's titles (namesAsker). A body asked
// which of ("bà Hằng là ủy viên của cơ quan nào") or after an agent
// marker ("… của ai") may be the body of a title.
func asksOther(q question) bool {
	return !q.org && whoAfterNamed(q)
}

// whoAfterNamed reports whether q is a who-question that writes its
// question word after words it names, neither introducing them ("… là
// ai", introducesAsked) nor after an agent marker ("do ai", "của ai"):
// it asks whom the one it names acts on (asksOther, objectRole).
func whoAfterNamed(q question) bool {
	return q.wh == whWho && q.whAt >= 1 && !introducesAsked(q) && !agentMarkers.Has(q.words[q.whAt-1].fold, lexicon.Folded)
}

// maxOtherWords is the most words a question about a person's title or
// rank may hold besides the name, the words that ask for a title and the
// words of the person's titles: with more, it asks something else of them.
const maxOtherWords = 2

// askedBeforeWhich returns the words of ws that q writes before its which
// word.
func askedBeforeWhich(q question, ws []word) []word {
	before := map[string]bool{}
	for _, w := range q.words[:q.whAt] {
		before[w.fold] = true
	}
	var out []word
	for _, w := range ws {
		if before[w.fold] {
			out = append(out, w)
		}
	}
	return out
}

// foldedTitles returns titles folded.
func foldedTitles(titles []string) []string {
	out := make([]string, len(titles))
	for i, t := range titles {
		out[i] = analysis.Fold(t)
	}
	return out
}

// minTitleShare is the least share of the title a question asks about
// (its place words aside) that a person's title must hold.
const minTitleShare = 0.75

// personByTitle answers "Ai là Giám đốc Công an tỉnh?". A question that
// asks who holds a title (titleCopulas) nobody in the articles holds
// vetoes other answers: "Bộ trưởng Bộ Công an là ai?" must not be
// answered with a near miss. The titles are read beside the names in all
// the ways news writing puts them (corpus: "Name - Title", "Name, Title",
// "Title Name", "Title, ông Name", "Name giữ chức vụ Title").
func (d *document) personByTitle(q question, content []word, sc *scope) (c candidate, veto bool) {
	if q.wh != whWho && !(q.wh == whWhat && nameQuestionWordsList.in(q.words)) && !(q.wh == whList && listWhoWordsList.in(q.words)) {
		return candidate{}, false
	}
	head := ""
	for _, h := range titleHeads {
		if viceMarkers.Has(h, lexicon.Exact) {
			continue
		}
		if findPhrase(q.words, h) >= 0 {
			head = h
			break
		}
	}
	if head == "" {
		return candidate{}, false
	}
	vicePlease := findPhrase(q.words, "phó "+head) >= 0
	formerAsked := asksFormer(q, head, vicePlease)
	want := without(content, titleQuestionWords...)
	if q.whichTitle {
		// "phó thủ tướng nào đến dự": the title is what the question
		// gives of the person; what it asks they did is not theirs.
		want = askedBeforeWhich(q, want)
	}
	// Only "Ai là <title>?": other words ask something else, which other
	// answers may know — unless the question picks the person by the
	// title, "phó thủ tướng nào đến dự".
	first := strings.Fields(head)[0]
	at := findPhrase(want, first)
	if at < 0 || len(want)-at > 12 || at > 1 || hasVerb(want) && !q.whichTitle {
		return candidate{}, false
	}
	// Several may hold the title: "Phó Chủ tịch … gồm những ai?".
	type holder struct {
		text  string
		score float64
		r     ref
	}
	var holders []holder
	places := askedPlaces(q)
	own := askedPlaceNames(places)
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactPerson {
			continue
		}
		for k, t := range f.Titles {
			ft := strings.ToLower(t)
			tw := d.prep[i].titles[k]
			at := strings.Index(" "+ft+" ", " "+head+" ")
			if at < 0 {
				continue
			}
			if isVice := hasViceSuffix(ft[:at]); isVice != vicePlease {
				continue
			}
			if formerTitle(ft) && !formerAsked {
				// "nguyên Chủ tịch nước Nguyễn Minh Triết" no longer
				// holds the title "Chủ tịch nước là ai?" asks about.
				continue
			}
			asked := d.withoutPlaces(want, f, own)
			sc := share(asked, tw)
			if sc < minTitleShare || missesName(asked, tw) || d.otherPlace(places, t) || otherLevel(q.words, t) {
				continue
			}
			name := f.RankedName()
			// A title that says no more than the question ranks first.
			holders = append(holders, holder{name + " (" + t + ")", 0.6 + 0.3*sc + 0.05*share(foldWords(t), asked), ref{f.Passage, f.Sentence}})
			break
		}
	}
	if len(holders) == 0 {
		// Nobody holds the title: a near miss is no answer to "X là
		// ai?", but other answers may know whom its holder did something
		// to. Unless a sentence writes the title beside a person the
		// facts did not read it of (titleWritten).
		if c := d.titleWritten(want[at:], len(strings.Fields(head)), vicePlease, formerAsked, sc); c.answer != "" {
			return c, false
		}
		return candidate{}, titleCopulasList.in(q.words)
	}
	sort.SliceStable(holders, func(i, j int) bool { return holders[i].score > holders[j].score })
	best := candidate{answer: holders[0].text, kind: KindFact, score: holders[0].score, refs: []ref{holders[0].r}}
	if q.wh == whList || pluralMarkersList.in(q.words) {
		for _, h := range holders[1:] {
			if h.score >= holders[0].score-0.01 {
				best.answer += "; " + h.text
				best.refs = append(best.refs, h.r)
			}
		}
	}
	best.answer += "."
	return best, false
}

// minTitleBody is the least number of the words after its head a title
// a question asks about must be written with, side by side, for a
// sentence to write it ("Chủ tịch Quốc hội", not "Chủ tịch" alone): see
// titleWritten.
const minTitleBody = 1

// titleWrittenScore is the generator's confidence in the person a
// sentence writes beside the title asked (titleWritten).
const titleWrittenScore = 0.6

// titleWritten returns the person a sentence in scope writes beside
// title, the words of the title a who-question asks about from its head
// (of headLen words) on ("chủ tịch ubnd huyện đông hải"), or no
// candidate: the title's first words side by side, the head and at least
// minTitleBody more (or the whole title when it has fewer), its other
// words in the sentence (restWritten) and no unit of place where the two
// part, marked as asked (titleMarkedAsAsked); the person is the one
// whose name stands nearest the title in its clause. The facts read a person's titles in the shapes
// news writing gives them, but not in all (a photo caption, "Title (tỉnh
// X) ông Name", a title followed by more of the question's words, "Ai là
// Phó Giám đốc Công an tỉnh dự lễ bế mạc?"): a title such a sentence
// writes is held, so the question is no trap and is not vetoed.
func (d *document) titleWritten(title []word, headLen int, vice, former bool, sc *scope) candidate {
	if len(title) == 0 {
		return candidate{}
	}
	need := min(len(title), headLen+minTitleBody)
	for _, id := range sc.passages {
		for _, s := range d.sentsOf[id] {
			if sc.outside(s.p.ID, s.index) {
				continue
			}
			for p := range s.fold {
				k := titleRun(title, s, p)
				if k < need || !restWritten(title[k:], s) || k < len(title) && p+k < len(s.fold) && placeNouns.has(s.fold[p+k]) {
					// Too little of it, or of another unit: "Chủ tịch
					// UBND huyện …" for "Chủ tịch UBND tỉnh …".
					continue
				}
				if !titleMarkedAsAsked(s, p, vice, former) {
					continue
				}
				from := p
				if vice {
					from = p - 1
				}
				if name := d.nearestPerson(s, s.starts[from], s.ends[p+k-1]); name != "" {
					return candidate{answer: name + " (" + s.text[s.starts[from]:s.ends[p+k-1]] + ").", kind: KindFact, score: titleWrittenScore, refs: []ref{{s.p.ID, s.index}}}
				}
			}
		}
	}
	return candidate{}
}

// titleRun returns how many of title's first words s writes, in order,
// from its word p on.
func titleRun(title []word, s *sent, p int) int {
	k := 0
	for k < len(title) && p+k < len(s.fold) && s.fold[p+k] == title[k].fold {
		k++
	}
	return k
}

// titleMarkedAsAsked reports whether the word before the title s writes
// at word p marks it as the question asks: a deputy's ("Phó …") exactly
// when vice, a former one ("nguyên …") only when former, and none after
// "của" — "thừa ủy quyền của Tư lệnh …, Thiếu tướng X": a title after
// "của" is someone else's, not the person beside —, and no head of a
// body's name right before it with a capital: "Bộ Tư lệnh Vùng 4" and
// "Ban Chỉ huy Quân sự" name bodies, not a person's title.
func titleMarkedAsAsked(s *sent, p int, vice, former bool) bool {
	before := ""
	if p > 0 {
		before = s.lower[p-1]
	}
	head := p - 1 // where a body's head would stand: before the title, or before its "Phó"
	if vice {
		head--
	}
	if head >= 0 && organisationHeadAt(s, head) > 0 {
		return false
	}
	return viceMarkers.Has(before, lexicon.Folded) == vice && !(formerTitleMarkers.Has(before, lexicon.Folded) && !former) && !possessiveMarkers.Has(before, lexicon.Folded)
}

// nearestPerson returns the person, with their rank, whose name s writes
// nearest the text [from, to) of s and in its clause (parted by ";"), or
// "".
func (d *document) nearestPerson(s *sent, from, to int) string {
	lo := strings.LastIndex(s.text[:from], ";") + 1
	hi := len(s.text)
	if k := strings.Index(s.text[to:], ";"); k >= 0 {
		hi = to + k
	}
	best, bestGap := "", len(s.text)
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || f.Name == "" {
			continue
		}
		at := strings.Index(s.text[lo:hi], f.Name)
		if at < 0 {
			continue
		}
		at += lo
		gap := from - (at + len(f.Name))
		if at >= to {
			gap = at - to
		} else if at+len(f.Name) <= from && endsFrontedClause(s, at, from) {
			// "Cùng với người báo tin giúp bắt được Triệu Quân Sự, Giám
			// đốc Công an tỉnh đã tặng …": the name ends a clause of its
			// own before the title's.
			continue
		}
		if gap < 0 || gap >= bestGap {
			continue
		}
		name := f.RankedName()
		best, bestGap = name, gap
	}
	return best
}

// endsFrontedClause reports whether, in sentence s, the name at byte at
// stands in a clause fronted before the one at byte from: a comma parts
// them, and the name's clause opens with a phrase of clause_openers
// ("Cùng với …", "Sau khi …"), so it says nothing of the title after the
// comma. It reads the words s already holds (phraseAt).
func endsFrontedClause(s *sent, at, from int) bool {
	if !strings.Contains(s.text[at:from], ",") {
		return false
	}
	k := 0
	for k+1 < len(s.starts) && s.starts[k+1] <= at {
		k++ // the word the name starts at
	}
	for k > 0 && !strings.ContainsAny(s.gap(k), ",;") {
		k--
	}
	return phraseAt(s, clauseOpeners, k) > 0
}

// clauseOpeners open a clause fronted before a sentence's subject
// ("cùng với", "sau khi"; role clause_openers).
var clauseOpeners = lexicon.MustSet("clause_openers")

// restWritten reports whether the words of a title asked about that a
// sentence does not write right after its first ones, rest, all stand in
// the sentence, or in its article's title: "nhiệm kỳ 2020-2025" of "Bí thư
// Tỉnh ủy Bắc Ninh nhiệm kỳ 2020-2025", "dự đại hội" of an article about
// the congress; not "tỉnh Quảng Nam" of "Chủ tịch UBND tỉnh Quảng Ngãi".
func restWritten(rest []word, s *sent) bool {
	head := foldedSetOf(foldsOf(sharedWords(s.art.Title))...)
	for _, w := range rest {
		if len(s.pos[w.fold]) == 0 && !head[w.fold] {
			return false
		}
	}
	return true
}

// formerTitleMarkers stand before a title a person held and holds no
// more: "nguyên Chủ tịch nước", "cựu Bộ trưởng".
var formerTitleMarkers = lexicon.MustSet("former_title_markers")

// formerTitle reports whether title t, lower case, is one a person held
// and holds no more: it opens with a former marker ("nguyên Chủ tịch
// nước").
func formerTitle(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	return formerTitleMarkers.Has(first, lexicon.Exact)
}

// asksFormer reports whether the question asks who held the title of
// head (its deputy's, vice) before: a former marker stands right before
// it ("nguyên Chủ tịch nước là ai?").
func asksFormer(q question, head string, vice bool) bool {
	at := findPhrase(q.words, head)
	if vice {
		at--
	}
	return at > 0 && formerTitleMarkers.Has(q.words[at-1].fold, lexicon.Folded)
}

// titleCopulas make a who-question ask who holds a title: "là", "tên".
var titleCopulas = lexicon.MustSet("title_copulas").Words()

// questionVerbs are verbs that make a who-question ask who did something,
// not who holds a title.
var questionVerbs = lexicon.MustSet("question_verbs").Words()

// hasVerb reports whether ws hold a verb of questionVerbs, other than one
// right after the head of a body's name, which it names ("Trưởng ban Chỉ
// đạo 138 tỉnh là ai" asks who holds a title).
func hasVerb(ws []word) bool {
	for i := range ws {
		// After "Ban", "Chỉ đạo" or "Tổ chức" is a body's name.
		if verbStartsAt(ws, i) && !(i > 0 && organisationHeads.Has(ws[i-1].text, lexicon.AsTyped)) {
			return true
		}
	}
	return false
}

// withoutPlaces drops the names of two or more capitalised words of a
// question that name the article's own place ("Kon Tum" in "Giám đốc Sở
// GD&ĐT Kon Tum") or a place of asked (askedPlaceNames) however typed
// ("quang nam" of "giam doc cong an tinh quang nam"), which a title
// leaves out.
func (d *document) withoutPlaces(ws []word, f corpus.Fact, asked []string) []word {
	a := d.byID[strings.SplitN(f.Passage, "/", 2)[0]]
	if a == nil {
		return ws
	}
	head := foldedHead(a)
	var out []word
	for i := 0; i < len(ws); i++ {
		j := i
		for j < len(ws) && ws[j].cap && !ws[j].caps {
			j++
		}
		if j-i >= 2 && !bodyWords.Has(ws[i].fold, lexicon.Exact) && strings.Contains(head, " "+phraseOf(ws[i:j])+" ") {
			i = j - 1
			continue
		}
		if n := ownPlaceAt(ws, i, asked, head); n > 0 {
			i += n - 1
			continue
		}
		out = append(out, ws[i])
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

// ownPlaceAt returns the number of words at word i of ws that spell one
// of the asked place names the article's title or lead (head, folded)
// writes; 0 if none.
func ownPlaceAt(ws []word, i int, asked []string, head string) int {
	for _, name := range asked {
		n := len(strings.Fields(name))
		if i+n <= len(ws) && phraseOf(ws[i:i+n]) == name && strings.Contains(head, " "+name+" ") {
			return n
		}
	}
	return 0
}

// withAbbreviations adds to ws the abbreviations of the long forms it
// holds and the long forms of its abbreviations: a title "Giám đốc Sở
// Giáo dục và Đào tạo" also reads "Giám đốc Sở GD ĐT".
func (d *document) withAbbreviations(ws []word) []word {
	out := append([]word(nil), ws...)
	text := " " + phraseOf(ws) + " "
	for key, alt := range d.abbr {
		if strings.Contains(text, " "+key+" ") {
			for _, a := range alt {
				out = append(out, word{text: a, fold: a})
			}
		}
	}
	return out
}

// missesName reports whether the question names a body the title does not
// hold: a code ("UBND") or a capitalised word, as in "Chủ tịch UBND tỉnh"
// against "Chủ tịch Hội LHPN tỉnh".
func missesName(asked, title []word) bool {
	for _, w := range asked {
		// A code typed in lower case is a code too: "hdnd" spells no
		// syllable (isCode).
		if (w.caps || w.cap || isCode(w.fold)) && share([]word{w}, title) == 0 {
			return true
		}
	}
	return false
}

// bodyLevels are the levels a party or state body belongs to, written
// after its name ("Trung ương", "Tỉnh ủy").
var bodyLevels = lexicon.MustSet("body_levels").Words()

// otherLevel reports whether the question names the level of a body and a
// title names another level and not the question's: "Chủ nhiệm Ủy ban
// Kiểm tra Tỉnh ủy" asked of "Chủ nhiệm Ủy ban Kiểm tra Trung ương".
func otherLevel(asked []word, title string) bool {
	tw := foldWords(title)
	askedLevel, titleLevel := false, false
	for _, l := range bodyLevels {
		inQuestion, inTitle := findPhrase(asked, l) >= 0, findPhrase(tw, l) >= 0
		if inQuestion && inTitle {
			return false
		}
		askedLevel = askedLevel || inQuestion
		titleLevel = titleLevel || inTitle
	}
	return askedLevel && titleLevel
}

// bodyWords start the name of a body, which no place name does: "Hội
// Nông dân" is not dropped as the article's place.
var bodyWords = lexicon.MustSet("body_words_folded")

// A foldedWordSet is the folded words of fixed lists of phrases, gathered
// once: dropping them from a question's words is then one lookup a word,
// not a scan of every phrase's words for each word (without), for the
// long lists a generator drops from every question.
type foldedWordSet map[string]struct{}

// foldedWordsOf gathers the folded words of the phrases of lists.
func foldedWordsOf(lists ...[]string) foldedWordSet {
	s := foldedWordSet{}
	for _, l := range lists {
		for _, p := range l {
			for _, f := range splitPhrase(p).folded {
				s[f] = struct{}{}
			}
		}
	}
	return s
}

// from returns ws less the words of the set, as without(ws, lists...) of
// the set's lists: nil when no word is left.
func (s foldedWordSet) from(ws []word) []word {
	n := s.count(ws)
	if n == 0 {
		return nil
	}
	out := make([]word, 0, n)
	for _, w := range ws {
		if _, ok := s[w.fold]; !ok {
			out = append(out, w)
		}
	}
	return out
}

// count is len(s.from(ws)), counted without making the slice.
func (s foldedWordSet) count(ws []word) int {
	n := 0
	for _, w := range ws {
		if _, ok := s[w.fold]; !ok {
			n++
		}
	}
	return n
}
