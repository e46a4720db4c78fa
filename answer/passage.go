package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// doerTolerance is the least share of the best sentence's match a
// sentence naming the doer a who-question asks for may have to be read
// first.
const doerTolerance = 0.65

// passage answers from the sentence that best matches the question. The
// answer is the part of the sentence where the question word stands: what
// follows the matched words when the question word ends the question
// ("Hội nghị biểu dương những ai?"), what precedes them when it starts it
// ("Ai phát biểu tại hội nghị?"); for who-questions, the people the
// sentence names; otherwise the sentence itself.
func (d *document) passage(q question, content []word, sc *scope) candidate {
	if len(content) == 0 {
		return candidate{}
	}
	n := 5
	if q.wh == whWhy {
		n = 10
	}
	best := d.bestSentences(q, content, sc, n)
	if len(best) == 0 {
		return candidate{}
	}
	// Among sentences that match about as well, the first that holds an
	// answer to this kind of question.
	b := best[0]
	tolerance := 0.9
	switch q.wh {
	case whWhy:
		// A sentence of purpose often does not repeat the question's
		// verb: "Hội thao nhằm bảo tồn …".
		tolerance = 0.5
	case whWhere:
		// Nor does a sentence that gives the place: "Công trình được
		// khởi công … tại phường Thống Nhất".
		tolerance = 0.5
	case whWhen:
		// Nor a sentence that dates it: "Chiều 22/3, trận mưa đá … xuất
		// hiện" for "Mưa đá xảy ra vào ngày nào?", below "khả năng xảy
		// ra lốc", which dates nothing.
		tolerance = 0.5
	}
	photo := photoNounsList.in(q.words)
	// A subject that is a person: "Ai tham dự hội nghị?" (not an object,
	// "Hội nghị biểu dương những ai?").
	person := q.wh == whWho && !q.org && q.whAt == 0
	// A doer, a person or a body ("cơ quan nào đang làm rõ vụ việc"): a
	// sentence that writes the act without one ("vụ việc đang được làm
	// rõ") gives way to one that names one, a little further down.
	doer := q.wh == whWho && q.whAt == 0
	// Who a verb acts on: "Hội nghị biểu dương những ai?" is answered by
	// a sentence that writes the verb.
	verb, object := objectVerb(q, content)
	several := asksList(q)
	// Who gave the information: first look for a sentence that names its
	// source ("Theo Trung tâm dự báo …", "Sở Công thương cho biết").
	source := asksSource(q)
	// Who said it: first look for a sentence that names a speaker ("ông
	// X, Phó Chủ tịch UBND tỉnh, cho biết", "Theo Thượng tá X").
	speaker := asksSpeaker(q)
	found := false
	// bAns is what extract read from b, once the loops below read it
	// (bRead): the sentence chosen is not read twice.
	bAns, bRead := "", false
	for pass := 0; pass < 2 && !found; pass++ {
		for _, c := range best {
			if c.o.score() < tolerance*best[0].o.score() && !(pass == 0 && doer && c.o.score() >= doerTolerance*best[0].o.score()) {
				break
			}
			if photo && c.s.p.Kind != corpus.KindCaption {
				continue
			}
			// A person is asked for: first look for a sentence that
			// names one, or a team.
			if pass == 0 && person && d.peopleIn(c.s, content) == "" && teamIn(c) == "" && d.doerBody(q, content, c.s, c.o) == "" {
				continue
			}
			if pass == 0 && q.org && d.doerBody(q, content, c.s, c.o) == "" {
				continue
			}
			// A source or a speaker is asked for: first look for a
			// sentence that names one asked.
			if pass == 0 && (source || speaker) && !(source && sourceIn(c.s) != "" || speaker && d.speakerIn(c.s) != "") {
				continue
			}
			if pass == 0 && object && c.o.posOfWord(content, verb) < 0 {
				continue
			}
			ans := d.extract(q, content, c)
			if pass == 0 && several && listItems(ans) < minListItems && !joinsNames(ans) {
				// Several things are asked: first look for a sentence
				// that lists them.
				continue
			}
			if ans != "" {
				b, found, bAns, bRead = c, true, ans, true
				break
			}
		}
	}
	if !found && (q.wh == whCount || q.wh == whWhen || q.wh == whWhere) {
		// The sentences after a good one often go on with it: "Trận chung
		// kết diễn ra …. Sau 90 phút, hai đội hòa 1-1; …".
	next:
		for _, c := range best {
			if c.o.score() < tolerance*best[0].o.score() {
				break
			}
			for step := 1; step <= 2; step++ {
				s, ok := d.sentOf[ref{c.s.p.ID, c.s.index + step}]
				if !ok {
					break
				}
				n := scored{s, c.o}
				if ans := d.extract(q, content, n); ans != "" {
					b, bAns, bRead = n, ans, true // judged by the sentence that matched
					break next
				}
			}
		}
	}
	if q.otherTime() && !b.s.otherTime() || d.otherYear(q, b.s) {
		// The question looks past what the sentence reports, or asks
		// about another year.
		return candidate{}
	}
	cov := b.o.coverage()
	// Words found side by side count: a question whose words are all in a
	// sentence but scattered is a weaker match.
	pairs := len(content) - 1
	adj := 1.0
	if pairs > 0 {
		adj = 0.75 + 0.25*min(1, float64(b.o.adjacent)/float64(pairs))
	}
	score := 0.9 * cov * adj
	if q.wh == whWho && !q.org && d.peopleIn(b.s, content) == "" {
		// A person was asked and the sentence names none.
		score *= 0.8
	}
	missingNumber := false
	for _, w := range content {
		// "… năm 2025 tổ chức ở đâu?" is not answered by a sentence about
		// 2020.
		missingNumber = missingNumber || w.num && b.o.posOfWord(content, w) < 0
	}
	if q.wh == whWho && q.whAt == 0 {
		// "Ai dẫn chương trình?": a sentence without the verb does not say
		// who did it.
		for _, w := range q.words[q.whEnd:] {
			if w.isFiller() {
				continue
			}
			if p := b.o.posOfWord(content, w); p < 0 || w.marked && b.s.lower[p] != w.text {
				score *= 0.6 // not there, or only as another word ("dàn" for "dẫn")
			}
			break
		}
	}
	r := []ref{{b.s.p.ID, b.s.index}}
	if !bRead {
		bAns = d.extract(q, content, b)
	}
	ans := afterAskedLink(q, d.snap(b.s, bAns))
	var toks []analysis.Token // the answer's, read for a who-question only
	if q.wh == whWho && ans != "" {
		toks = analysis.Tokens(ans)
	}
	if q.wh == whWho && ans != "" && repeats(q, toks) >= wholeRepeat {
		// "Nguyễn Thị Thu Hường là ai?" is not answered by the name it
		// gives: an answer of the question's own words says nothing.
		return candidate{}
	}
	if ans != "" && q.wh != whWhat {
		// The sentence holds the kind of thing asked for: a date, a
		// place, a person, a number, a list.
		score = min(1, score+0.1)
	}
	if q.wh == whCount {
		// A number picked from a sentence is a fallback: the quantities
		// read from the text know what each number counts.
		score = min(score, 0.6)
	}
	if ans != "" && containsBirthNote(ans) {
		// A year of birth read from the note after the name asked about.
		score = max(score, 0.85)
	}
	if ans != "" && q.wh == whWhy && cov >= 0.4 {
		// A cause said as one ("nhờ …", "do …") near the question's words.
		score = max(score, 0.5+0.3*cov)
	}
	if missingNumber {
		score *= 0.5
	}
	if q.wh == whWho && ans != "" {
		// "Ai được tặng Bằng khen?" asks who received: the giver, written
		// before the verb, does not answer it (nor the other way round).
		if agrees, known := roleOf(q, b.s, toks); known && !agrees {
			score *= roleMismatchFactor
		}
		if namesAsker(q, ans) {
			// "Tổng Bí thư bày tỏ lòng biết ơn tới ai?" is not answered by
			// the Tổng Bí thư.
			score *= askerFactor
		}
	}
	if ans == "" && birthYearCuesList.in(q.words) {
		// A year of birth only a note beside the name gives.
		return candidate{}
	}
	if ans == "" {
		switch q.wh {
		case whWhen, whWhere, whCount, whNumber:
			// No date, place or number of the kind asked was cut from the
			// sentence: the clause that holds the question's words is
			// kept at a low score, marked, for the scorer to judge.
			clause := clauseAround(b.s, b.o)
			if clause == "" || !mayHold(q, clause) {
				if q.wh == whWhere && nounOf(q) == nil {
					// No clause to keep: the place written before
					// the question's words, read as placeIn's is.
					if ans := placeBefore(b.s, b.o); ans != "" {
						return candidate{answer: ans, kind: KindPassage, score: min(1, score+placeBeforeBonus), refs: r}
					}
				}
				return candidate{}
			}
			return candidate{answer: clause, kind: KindPassage, score: score * clauseFallbackFactor, refs: r, clause: true}
		}
		ans = b.s.text
	}
	return candidate{answer: ans, kind: KindPassage, score: score, refs: r}
}

// extract returns the part of a sentence that answers q, or "".
func (d *document) extract(q question, content []word, b scored) string {
	if birthYearCuesList.in(q.words) {
		// "Trần Văn Hùng sinh năm bao nhiêu?": "Trần Văn Hùng (SN 1989,
		// …)", or no other year of the sentence.
		return d.birthOf(q, b.s)
	}
	if birthCuesList.in(q.words) {
		if ans := d.birthOf(q, b.s); ans != "" {
			return ans
		}
	}
	if q.wh == whWhat {
		// "Em Y Hằng thi môn gì?": the note after the name.
		if ans := noteOf(q, b.s); ans != "" {
			return ans
		}
	}
	if noun := nounOf(q); len(noun) > 0 {
		// "Đội nào vô địch?", "huyện nào …?": a name of that kind, or of a
		// kind said otherwise ("dân tộc" as "đồng bào").
		for _, n := range append([]string{phraseOf(noun)}, synonyms(phraseOf(noun))...) {
			if ans := entityIn(b.s, sharedWords(n), b.o); ans != "" {
				return ans
			}
		}
		if ans := codedEntityIn(b.s, noun); ans != "" {
			// "Tòa nào xét xử": "TAND tỉnh Quảng Ngãi", the body written
			// as its code.
			return ans
		}
		if head := noun[len(noun)-1]; len(noun) > 1 && kindNounsAlone.Has(head.fold, lexicon.Exact) {
			// "tuyến đường nào": a name of the kind the last word says,
			// written with it alone ("trên đường Hồ Chí Minh").
			if ans := entityIn(b.s, []word{head}, b.o); ans != "" {
				return ans
			}
		}
		if q.wh == whWhat && nounWhatWords.Has(q.words[q.whEnd-1].fold, lexicon.Exact) {
			// "phong trào gì": the noun and what describes it.
			if ans := describedIn(q, b.s, noun, b.o, d.bigrams); ans != "" {
				return ans
			}
		}
		if q.wh == whWhere {
			// "ở tỉnh nào": a province, a country or a place the article
			// writes with the unit asked elsewhere, named here alone
			// ("tại Đắk Lắk", "tới Lào").
			return d.unitNameIn(q, b.s, b.o)
		}
		if q.wh == whList {
			return "" // a sentence without such a name does not answer
		}
	}
	if q.wh == whWhat || q.wh == whWho && q.org {
		// "Đơn vị thi công là liên danh …": what follows "là".
		if ans := copulaIn(b.s, b.o); ans != "" {
			return ans
		}
	}
	ans := ""
	switch q.wh {
	case whWho:
		if asksSpeaker(q) {
			// "Ai phát biểu tại buổi lễ?": the speaker a frame names
			// ("Phát biểu tại buổi lễ, Thượng tá X …", "ông X cho biết").
			ans = d.speakerIn(b.s)
		}
		if ans == "" && asksSource(q) {
			// "Cơ quan nào cung cấp thông tin?": the source a frame
			// names ("Tin từ Sở Công thương cho biết").
			ans = sourceIn(b.s)
		}
		if ans == "" && asksPossessor(q) {
			// "Bộ trưởng thừa ủy quyền của ai?": the one written
			// after "của" there, not the people around it.
			ans = possessorIn(q, b.s)
		}
		if ans == "" {
			// "Ai chỉ định Ban Chấp hành?": the body right before the
			// verb did it, not the people named elsewhere.
			ans = d.doerBody(q, content, b.s, b.o)
		}
		if ans == "" {
			// "Huân chương do ai trao tặng?": the office or body the
			// sentence writes right before the verb ("do Chủ tịch nước
			// trao tặng").
			ans = d.agentIn(q, b.s)
		}
		if ans == "" && !q.org {
			// "Ai lái xe đầu kéo?": of the people the sentence names,
			// the one the verb follows ("do anh P.V.N. (…) lái").
			ans = d.doerPeople(q, b.s)
		}
		if ans == "" && !q.org && asksObject(q) {
			// "Hội nghị biểu dương những ai?": the group the verb acts
			// on, when the sentence names one ("các tập thể, cá nhân").
			if g := d.gap(q, content, b); namesGroup(g) {
				ans = g
			}
		}
		if ans == "" && !q.org {
			ans, _ = d.people(b.s, content, d.giversIfGiven(q, b.s))
		}
		if ans == "" && !q.org {
			// "Đây cũng là thí sinh có điểm … cao nhất" goes on about
			// the person the sentence before it names.
			ans = d.peopleBefore(b.s)
		}
		if ans == "" && !q.org {
			ans = teamIn(b) // "Ai vô địch?" may be answered by a team
		}
		if ans == "" {
			ans = bodyIn(q, content, b.s, b.o) // or by a body
		}
		if ans == "" {
			ans = d.gap(q, content, b)
		}
	case whWhen:
		if q.when == whenPartOfDay {
			ans = upperFirst(partOfDayIn(b.s))
			break
		}
		ans = dateAfter(q, b.s, b.o, content)
	case whWhere:
		ans = placeIn(b.s, b.o)
	case whWhy:
		ans = reasonIn(b.s, b.o)
		if ans == "" {
			ans = d.causeAfter(b.s)
		}
	case whNumber:
		ans = ordinalIn(q, b.s)
	case whCount:
		ans = d.countIn(q, content, b.s)
	case whList:
		if ans = listIn(b.s, b.o); ans == "" {
			ans = enumIn(b.s, b.o)
		}
		if ans == "" {
			ans = d.gap(q, content, b)
		}
	case whWhat:
		if label := q.whatLabel(); label != nil {
			// "xe container bks gì": the value after the label, what the
			// words before it say it is of; no sentence without one.
			ans, _ = d.labelValueIn(q, content, b.s, labelHeadsOf(label))
			break
		}
		if ans = noteOf(q, b.s); ans == "" {
			ans = d.gap(q, content, b)
		}
	}
	return ans
}

// peopleBefore returns the people the sentence before s names when s
// opens with words that point back at someone (anaphoric_openers: "Đây
// cũng là", "Người này") and the sentence before names one person only;
// "" otherwise.
func (d *document) peopleBefore(s *sent) string {
	if phraseAt(s, anaphoricOpeners, 0) == 0 {
		return ""
	}
	prev := d.sentOf[ref{s.p.ID, s.index - 1}]
	if prev == nil {
		return ""
	}
	one := ""
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || !strings.Contains(prev.text, f.Name) {
			continue
		}
		if one != "" && one != renderPerson(&f) {
			return "" // several people: whom it points at is unclear
		}
		one = renderPerson(&f)
	}
	return one
}

// noteOf answers "Lê Đức Anh … môn gì?" from "Lê Đức Anh (môn Tin học)":
// the note after a name the question gives, when it starts with the noun
// asked about.
func noteOf(q question, s *sent) string {
	if q.whAt < 1 {
		return "" // no noun before the question word: no note asked
	}
	name := nameOf(q.text)
	if name == "" {
		return ""
	}
	note := noteAfter(s.text, name)
	if note == "" {
		return ""
	}
	noun := q.words[q.whAt-1]
	if f := sharedWords(note); len(f) > 0 && f[0].fold == noun.fold {
		return note
	}
	return ""
}

// listIn returns the list after a colon that follows the matched words:
// "… tranh tài ở 7 môn: bắn nỏ, đẩy gậy, kéo co".
func listIn(s *sent, o overlap) string {
	from := 0
	if o.first >= 0 {
		from = s.starts[o.first]
	}
	i := strings.Index(s.text[from:], ":")
	if i < 0 {
		return ""
	}
	return trimPunct(strings.TrimRight(s.text[from+i+1:], ".…"))
}

var ordinalRE = lexicon.MustRegexp(`{{ordinal_heads}}\s+[0-9IVXLC]+\b`)

// ordinalIn returns the first label sentence s writes: the label head the
// question names with its number ("lần thứ nhất" for "lần thứ mấy", "hạng
// Ba" for "hạng mấy"), else any "lần thứ VI", "số 12" — never a year
// ("nhiệm kỳ 2025").
func ordinalIn(q question, s *sent) string {
	if len(q.label) > 0 {
		for at := 0; at+len(q.label) < len(s.lower); at++ {
			v := at + len(q.label)
			if labelAt(s, q.label, s.lower[v]) == at && isLabelValue(s, v) {
				return s.text[s.starts[at]:s.ends[v]]
			}
		}
		return ""
	}
	for _, m := range ordinalRE.FindAllString(s.text, -1) {
		f := strings.Fields(m)
		if !isYear(f[len(f)-1]) {
			return m
		}
	}
	return ""
}

// isLabelValue reports whether word i of s may number a label: digits
// that are no year, a roman numeral ("XIV") or an ordinal ("nhất", "Ba").
func isLabelValue(s *sent, i int) bool {
	t := s.text[s.starts[i]:s.ends[i]]
	if isNumberWord(s.lower[i]) {
		return !isYear(t)
	}
	return isLabelWord(t)
}

// isLabelWord reports whether t, as written, numbers a label in words: a
// roman numeral ("XIV") or an ordinal ("nhất", "Ba").
func isLabelWord(t string) bool {
	_, roman := romanNumerals[t]
	_, ordinal := ordinalWords[analysis.Lower(t)]
	return roman || ordinal
}

// isYear reports whether t is a year written in four digits.
func isYear(t string) bool {
	v, err := strconv.Atoi(t)
	return err == nil && len(t) == yearDigits && v >= firstYear && v <= lastYear
}

// The years a four-digit number may be.
const (
	yearDigits = 4
	firstYear  = 1900
	lastYear   = 2100
)

// ordinalWords name a rank in words ("nhất", "Ba"), romanNumerals in
// roman numerals ("XIV").
var (
	ordinalWords  = lexicon.MustMap("ordinal_words")
	romanNumerals = lexicon.MustMap("roman_numerals")
)

// placeIn returns "tại …" or "ở …" after the matched words, up to the
// end of the clause or a comma.
func placeIn(s *sent, o overlap) string {
	for i := max(0, o.first); i < len(s.lower); i++ {
		if o.holds(i + 1) {
			// "tại Hội nghị Công an toàn quốc …" for "Hội nghị … tổ
			// chức ở đâu": what the question asks the place of is no
			// place of its own.
			continue
		}
		if ans, _ := placePhraseAt(s, i, len(s.lower)); ans != "" {
			return ans
		}
	}
	return ""
}

// placeBeforeBonus raises the score of a place read before the question's
// words (placeBefore) over the sentence it comes from: it is a place, cut
// clean, where no clause could be kept.
const placeBeforeBonus = 0.1

// placeBefore returns the nearest "tại …" or "ở …" before the matched
// words in their clause (parted by ";" and ":"), which news writing often
// puts first: "Khi tuần tra tại thôn 3 (xã Hòa Lộc) bắt giữ …" for "bắt
// giữ … ở đâu". It ends where they start, and is no place when a name
// runs on into them ("tại TP Dĩ An" cut before "Dĩ"). It is read when no
// place follows them and no clause around them could be kept.
func placeBefore(s *sent, o overlap) string {
	if o.first <= 0 || o.first >= len(s.lower) {
		return ""
	}
	for i := o.first - 1; i >= 0 && s.clause[i] == s.clause[o.first] && o.first-i <= maxPlaceBefore; i-- {
		if ans, end := placePhraseAt(s, i, o.first); ans != "" {
			if end == o.first && isCapital(s, o.first) && spaced(s, o.first) {
				return "" // the name goes on into the matched words
			}
			return ans
		}
	}
	return ""
}

// maxPlaceBefore bounds, in words, how far before the matched words a
// place preposition is read as opening their place.
const maxPlaceBefore = 25

// placePhraseAt returns the place a place preposition at word i of s
// opens, "tại …" or "ở …", up to a comma (not one inside an
// administrative chain), a word of placeEnds, a lower-case word after the
// note that closes the place, or word limit (exclusive), and the word
// where it stopped; "" when word i opens none or no capitalised word
// names the place.
func placePhraseAt(s *sent, i, limit int) (string, int) {
	if !placeWords.Has(s.lower[i], lexicon.Exact) {
		return "", i
	}
	j := i + 1
	for j < limit && (!strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ",;.") || gluedAdmin(s, j)) && !placeEnds.Has(s.lower[j], lexicon.Exact) {
		if j > i+1 && strings.HasPrefix(s.text[s.ends[j-1]:s.starts[j]], noteClose+" ") && !isCapital(s, j) {
			break // "tại thôn 5 (xã Ea Tiêu) tổ …": the note closes it
		}
		j++
	}
	if j-i >= 2 && startsUpperWithin(s, i+1, j) {
		t := trimPunct(s.text[s.starts[i]:s.ends[j-1]])
		if strings.Count(t, noteOpen) > strings.Count(t, noteClose) {
			t += noteClose // "tại thôn 5 (xã Ea Tiêu)": its note closed
		}
		return upperFirst(t), j
	}
	return "", j
}

// wholeRepeat is the share of an answer's words the question holds when
// the answer is nothing but the question's own words.
const wholeRepeat = 1.0

// roleMismatchFactor scales the confidence of a person read from the wrong
// side of the question's verb.
const roleMismatchFactor = 0.4

// askerFactor scales the confidence of an answer that only names who the
// question names as the one acting (namesAsker).
const askerFactor = 0.4

// placeWords introduce a place: "tại", "ở", and after a verb of moving,
// "đến", "tới", "vào", "về".
var placeWords = lexicon.MustSet("place_prepositions")

// placeEnds end a place named after a place preposition.
var placeEnds = lexicon.MustSet("place_ends")

// startsUpperWithin reports whether a capitalised word stands in [i, j).
func startsUpperWithin(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if isCapital(s, k) {
			return true
		}
	}
	return false
}

// peopleIn lists the people a sentence names: "Lê Văn Dũng (Chủ tịch UBND
// tỉnh Quảng Nam); Đại tá Nguyễn Thế Chi (…)". When the question's words
// stand in the parenthesis after some names ("Phạm Minh Khang (môn
// Toán)"), only those are listed.
func (d *document) peopleIn(s *sent, content []word) string {
	names, _ := d.people(s, content, "")
	return names
}

// giversIfGiven returns, for a question asking who was given something
// ("ai được tặng Giấy khen": a passive marker before a give verb), the
// givers of the awards sentence s reports, joined: they received nothing.
// "" for any other question.
func (d *document) giversIfGiven(q question, s *sent) string {
	p := awardPassiveMarkersList.first(q.words)
	if p < 0 || giveWordsList.first(q.words[p:]) < 0 {
		return ""
	}
	var givers []string
	for _, i := range d.factsOf[s.art.ID] {
		if f := d.facts[i]; f.Type == corpus.FactAward && f.Giver != "" && d.factSent(f) == s {
			givers = append(givers, f.Giver)
		}
	}
	return strings.Join(givers, "; ")
}

// noteNamesAsked reports whether note, written after a person's name,
// singles the person out for the question: it shares a word with
// content, and so do its words other than noteSkipWords when it has any.
func noteNamesAsked(note string, content []word) bool {
	ws := sharedWords(note)
	if share(ws, content) <= 0 || len(ws) == 0 {
		return false
	}
	rest := without(ws, noteSkipWords...)
	return share(rest, content) > 0 || len(rest) == 0
}

// people is peopleIn, and whether the question singled the names out;
// a person named in skip (an award's giver) is left out.
func (d *document) people(s *sent, content []word, skip string) (string, bool) {
	var parts, picked []string
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || !strings.Contains(s.text, f.Name) || skip != "" && strings.Contains(skip, f.Name) {
			continue
		}
		if note := noteAfter(s.text, f.Name); note != "" && noteNamesAsked(note, content) {
			picked = append(picked, f.Name+" ("+note+")")
		}
		parts = append(parts, renderPerson(&f))
	}
	if len(picked) > 0 {
		return strings.Join(picked, "; "), true
	}
	return strings.Join(parts, "; "), false
}

// noteAfter returns the text in parentheses right after name in t.
func noteAfter(t, name string) string {
	i := strings.Index(t, name)
	if i < 0 {
		return ""
	}
	rest := t[i+len(name):]
	if !strings.HasPrefix(rest, " (") {
		return ""
	}
	j := strings.IndexByte(rest, ')')
	if j < 0 {
		return ""
	}
	return rest[2:j]
}

// gap returns the words of the sentence that stand where the question word
// stands in the question: after the matched words when the question word
// comes last, before them when it comes first.
func (d *document) gap(q question, content []word, b scored) string {
	s, o := b.s, b.o
	if o.first < 0 {
		return ""
	}
	before, after := 0, 0
	for i := range q.words {
		if q.inWh(i) {
			continue
		}
		if i < q.whAt {
			before++
		} else {
			after++
		}
	}
	var from, to int
	switch {
	case q.whAt < 0:
		return ""
	case before > 0 && after > 0:
		// "đề nghị cơ quan nào phát động …": between the words around the
		// question word.
		if g := middle(q, s); g != "" {
			return g
		}
		to = o.first
		from, _ = s.clauseOf(o.first)
	case q.whAt > 0 && possessiveMarkers.Has(q.words[q.whAt-1].fold, lexicon.Folded):
		// "… của đơn vị nào?": the name after "của" in the sentence.
		for k := max(0, o.first-8); k+1 < len(s.lower); k++ {
			if possessiveMarkers.Has(s.lower[k], lexicon.Exact) && isCapital(s, k+1) {
				j := k + 1
				for j < len(s.lower) && (isCapital(s, j) || isCapital(s, j-1) && !nameEndMarkers.Has(s.lower[j], lexicon.Exact)) && !strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ",;") {
					j++
				}
				return trimPunct(s.text[s.starts[k+1]:s.ends[j-1]])
			}
		}
		return ""
	case after == 0 || before > 0 && after <= 1:
		// "Hội nghị biểu dương những ai?": what follows the last matched
		// word, to the end of its clause.
		from = o.last + 1
		_, to = s.clauseOf(o.last)
		from = pastAsked(q, s, from, to)
		for k := from; k < to; k++ {
			if k > from && strings.Contains(s.text[s.ends[k-1]:s.starts[k]], ".") {
				to = k
				break
			}
		}
		// What the verb acts on is taken whole when it is a list: "giao nộp
		// vũ khí, vật liệu nổ", not "giao nộp vũ khí".
		to = listEnd(s, from, to)
	default:
		// "Ai phát biểu tại hội nghị?": what precedes the word that
		// follows the question word, from the start of its clause.
		to = o.first
		if a := o.posOfWord(content, q.words[q.whEnd]); a > 0 {
			to = a
		}
		from, _ = s.clauseOf(o.first)
		for k := to - 1; k > from; k-- {
			if strings.Contains(s.text[s.ends[k-1]:s.starts[k]], ",") && k-from <= 5 {
				from = k
				break
			}
		}
	}
	if q.whAt < before || before == 0 {
		// A subject ends at its first auxiliary: "thị xã Hoài Nhơn và
		// huyện Tây Sơn đã được Thủ tướng … công nhận".
		for k := from + 1; k < to; k++ {
			if auxiliaries.Has(s.lower[k], lexicon.Exact) {
				to = k
				break
			}
		}
	}
	for to > from && subjectTrail.Has(s.lower[to-1], lexicon.Exact) {
		to--
	}
	if to-from < 1 || to-from < 2 && (from == 0 || !isCapital(s, from)) {
		return ""
	}
	return trimPunct(s.text[s.starts[from]:s.ends[to-1]])
}

// maxAskedTail is how many words of the question a span after the
// question's last matched word may open with and still be skipped.
const maxAskedTail = 2

// pastAsked moves from, the first word of a span that follows the
// question's last matched word in s, past up to maxAskedTail words the
// question writes before its question word: the sentence repeats the
// question's words there ("đề nghị Công an tỉnh phối hợp …" of "đề nghị
// công an tỉnh làm gì", "thể hiện sự kiên trì" of "thể hiện điều gì"), and
// the answer is what follows them, not the end of a word the question
// names. A generic noun asked with the question word ("điều gì") is no
// such word: "điều tra" stays whole.
func pastAsked(q question, s *sent, from, to int) int {
	asked := map[string]bool{}
	for i, w := range q.words {
		if i >= q.whAt {
			break
		}
		if i+1 == q.whAt && genericNouns.has(w) {
			continue
		}
		asked[w.fold] = true
	}
	for n := 0; n < maxAskedTail && from < to-1 && asked[s.fold[from]]; n++ {
		from++
	}
	return from
}

// subjectTrail are verbs and particles that end a subject before the verb
// the question names ("Đội 3 … giành giải Nhất").
var subjectTrail = lexicon.MustSet("subject_trail")

// auxiliaries end a subject.
var auxiliaries = lexicon.MustSet("auxiliaries")

// isCapital reports whether word i of s starts with a capital letter.
func isCapital(s *sent, i int) bool {
	if i < 0 || i >= len(s.starts) {
		return false
	}
	// The first rune is decoded in place (startsUpper): a []rune of the
	// word would decode all of it, for every word asked of.
	return startsUpper(s.text[s.starts[i]:s.ends[i]])
}

// dateAfter returns the date of s that answers q: one of the kind asked
// (a day for "ngày nào": a year or a month does not say it), the first
// after the question's words when there is one ("… vải chính vụ dự kiến
// kết thúc vào cuối tháng 7"), else the first; but of two times that
// each open a clause of their own, the one whose clause holds the
// question's words (clauseTime).
func dateAfter(q question, s *sent, o overlap, content []word) string {
	if t, ok := clauseTime(q, s, content); ok {
		return t
	}
	after := len(s.text)
	if o.last >= 0 && o.last < len(s.ends) {
		after = s.ends[o.last]
	}
	if k := askedCueEnd(q, s); k >= 0 && k < len(s.starts) {
		// "Giải kết thúc ngày nào" of "Giải khai mạc ngày 3.4, … và kết
		// thúc đúng vào ngày 30.4": the date after the end asked.
		after = s.starts[k]
	}
	if rangeToList.in(q.words) {
		// "nghỉ học đến ngày nào": the date after "đến".
		for k, w := range s.lower {
			if rangeTo.Has(w, lexicon.Exact) && k+1 < len(s.starts) {
				after = s.starts[k+1]
				break
			}
		}
	}
	// "khi nào" about an event asks for its day, and "ngày nào" does: a
	// day, where the sentence gives one, before a month or a year.
	times := s.times
	if q.when == whenAny || q.when == whenDay {
		var days []analysis.TimeSpan
		for _, t := range times {
			if t.Kind == analysis.TimeClock || t.Kind == analysis.TimeDate || t.Kind == analysis.TimeRange {
				days = append(days, t)
			}
		}
		if len(days) > 0 {
			times = days
		}
	}
	first := ""
	for _, t := range times {
		if !q.asksFor(t.Kind) || q.when == whenYear && !writtenYear.MatchString(t.Text) {
			// "năm nào" is not answered by a day whose year is left
			// unwritten ("chiều 26/10").
			continue
		}
		if t.Start >= after {
			return t.Text
		}
		if first == "" {
			first = t.Text
		}
	}
	return first
}

// writtenYear finds a year written in digits in a time's text.
var writtenYear = regexp.MustCompile(`\d{4}`)

// reasonWords introduce a reason or a purpose.
var reasonWords = lexicon.MustSet("reason_words").Words()

// reasonIn returns the cause clause of a sentence: from a word of reason
// at or after the matched words, or before them in their part of the
// sentence when the cause holds the question's words ("…, do thời tiết
// năm nay nóng quá hoa nở sớm" for "vì sao năm nay hoa nở sớm"), to the
// clause's end (causeEnd), unless it is made of the question's own
// words (allAsked); else a cause fronted before them in its own
// part of the sentence, to their part or to the word that opens the
// effect ("Tuy nhiên, do đoạn sạt lở dài, trời có mưa nên việc tìm kiếm
// gặp nhiều khó khăn"). A word of reason capitalised inside the sentence
// opens a name ("Kỷ niệm chương Vì sự nghiệp …"), no cause.
func reasonIn(s *sent, o overlap) string {
	from := max(0, o.first)
	for from > 0 && o.first-from < maxCauseReach && !partBreak(s, from) {
		from--
	}
	for i := from; i < len(s.lower); i++ {
		n := causeAt(s, i)
		if n == 0 || i > 0 && isCapital(s, i) {
			continue
		}
		if to := causeEnd(s, i, n, len(s.lower)); to-i > minCauseWords && !allAsked(o, i+n, to) {
			return causeText(s, i, to)
		}
	}
	clause, _ := s.clauseOf(from)
	for i := from - 1; i >= clause; i-- {
		n := causeAt(s, i)
		if n == 0 || i > 0 && (!partBreak(s, i) || isCapital(s, i)) {
			continue
		}
		to := causeEnd(s, i, n, max(o.first, from))
		if to == max(o.first, from) {
			to = from // no word opens the effect: the cause ends with its part
		}
		if to-i > minCauseWords {
			return causeText(s, i, to)
		}
		break
	}
	return ""
}

// allAsked reports whether every word of s from i to to is one the
// question matched (o): a cause of the question's own words says nothing
// ("để trình diện" for "vì sao các đối tượng nên ra trình diện").
func allAsked(o overlap, i, to int) bool {
	asked := map[int]bool{}
	for _, p := range o.pos {
		asked[p] = true
	}
	for k := i; k < to; k++ {
		if !asked[k] {
			return false
		}
	}
	return true
}

// causeText is the text of words i to to of s, a cause, capitalised.
func causeText(s *sent, i, to int) string {
	return upperFirst(trimPunct(s.text[s.starts[i]:s.ends[to-1]]))
}

// minCauseWords is how many words a cause clause must hold beyond its
// first: "do đó" is no cause.
const minCauseWords = 2

// effectConnectives end a clause of cause and open its effect ("nên",
// "khiến").
var effectConnectives = lexicon.MustSet("effect_connectives")

// causeEnd returns where the cause clause opened by the cause word of n
// words at i ends: at the end of its clause (";", ":"), at a word that
// opens its effect ("Do lỗi hệ thống nên số liệu chưa chính xác"), or at
// a quotation mark closing a quotation opened before it ("…, do thời
// tiết nóng quá hoa nở sớm", ông Toàn nói"); never past limit.
func causeEnd(s *sent, i, n, limit int) int {
	_, to := s.clauseOf(i)
	to = min(to, limit)
	open := 0
	for k := i + n; k < to; k++ {
		gap := s.text[s.ends[k-1]:s.starts[k]]
		switch {
		case strings.ContainsRune(gap, '“') || strings.HasSuffix(gap, `"`) && !strings.HasPrefix(gap, `"`):
			open++
		case strings.ContainsRune(gap, '”') || strings.HasPrefix(gap, `"`):
			if open == 0 {
				return k
			}
			open--
		}
		if phraseStartsWithin(s, effectConnectives, k, to) {
			return k
		}
	}
	return to
}

// trimPunct trims white space and list punctuation from both ends.
func trimPunct(t string) string {
	return strings.TrimFunc(t, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '-' || r == '–'
	})
}

// middle returns the words of s between the question's words just before
// and just after its question word.
func middle(q question, s *sent) string {
	if q.whAt < 1 || q.whEnd >= len(q.words) {
		return ""
	}
	left, right := q.words[q.whAt-1], q.words[q.whEnd]
	for i, f := range s.fold {
		if f != left.fold {
			continue
		}
		for j := i + 2; j < len(s.fold) && j <= i+12; j++ {
			if s.fold[j] == right.fold {
				return trimPunct(s.text[s.starts[i+1]:s.ends[j-1]])
			}
		}
	}
	return ""
}

// countIn returns a number of the sentence followed by what the count
// asks for ("7 môn"), or "". Of several, the one whose part of the
// sentence and whose clause hold the most of the question's words: "138
// dự án sử dụng các nguồn vốn khác", not the first, "96 dự án sử dụng vốn
// nhà nước", for "bao nhiêu dự án dùng nguồn vốn khác".
func (d *document) countIn(q question, content []word, s *sent) string {
	if namesScore(q.focus) {
		// "tỷ số bao nhiêu": the scores the sentence gives.
		return strings.Join(scoreRE.FindAllString(s.text, -1), ", ")
	}
	money, negated := q.asksMoney(), negatedWords(q)
	best, bestScore, bestMatched := "", -1.0, 0
	// A total may be written with fewer of the noun's words than its
	// parts: "55 mô hình với 910 điểm; trong đó … 215 điểm mô hình".
	total := asksTotal(q.words)
	for i, w := range s.lower {
		if money && (i+1 >= len(s.fold) || !moneyUnits.Has(s.fold[i+1], lexicon.Exact)) {
			continue
		}
		if !isNumberWord(w) || strings.Contains(w, "/") || i+1 < len(s.lower) && q.statesNumber(w, s.lower[i+1]) || otherPeriod(q, s, i) || countsNegated(s, i, negated) {
			continue
		}
		k := i + 1
		if len(q.focus) == 0 || k >= len(s.fold) || !q.focus[0].writtenAt(s, k) || s.clause[k] != s.clause[i] || s.text[s.ends[i]:s.starts[k]] != " " {
			continue
		}
		from := i
		switch {
		case i >= 3 && isNumberWord(s.lower[i-2]) && rangeFrom.Has(s.lower[i-3], lexicon.Exact) && rangeTo.Has(s.lower[i-1], lexicon.Exact):
			from = i - 3 // "từ 1 đến 10 tuổi": the whole range
		case i >= 1 && isNumberWord(s.lower[i-1]) && strings.TrimSpace(s.text[s.ends[i-1]:s.starts[i]]) == "-":
			from = i - 1 // "1.000 - 1.500 lượt khám"
		case i > 0 && approximateQualifiers.Has(s.lower[i-1], lexicon.Exact):
			from = i - 1
		}
		// The whole noun asked for: "5 tập thể", not "5 tập".
		end := k
		for j := 1; j < len(q.focus) && end+1 < len(s.fold) && q.focus[j].writtenAt(s, end+1) && s.clause[end+1] == s.clause[i]; j++ {
			end++
		}
		lo, hi := window(s, i, end-i, countBack)
		cf, ct := s.clauseOf(i)
		score := d.overlapIn(q, content, s, lo, hi).coverage() + d.overlapIn(q, content, s, cf, ct).coverage()
		// More of the noun asked written after the number comes first:
		// "160 con gia súc", not "11.000 con gia cầm", for "bao nhiêu
		// con gia súc" — but for a total.
		matched := end - k + 1
		if total {
			matched = 0
		}
		if matched > bestMatched || matched == bestMatched && score > bestScore {
			best, bestScore, bestMatched = s.text[s.starts[from]:s.ends[end]], score, matched
		}
	}
	return best
}

// countBack is how many words before a number countIn reads as its part
// of the sentence.
const countBack = 10

// causeWords open a sentence that gives the cause of the one before.
var causeWords = lexicon.MustSet("cause_words").Words()

// photoNouns are the nouns of a photo.
var photoNouns = lexicon.MustSet("photo_nouns")

// whichWords end a noun they ask about: "nào", "gì", folded.
var whichWords = lexicon.MustSet("which_words_folded")

// birthCues ask when a person was born or how old they are.
var birthCues = lexicon.MustSet("birth_cues").Words()

// birthYearCues ask the year a person was born, which only a note beside
// the name answers.
var birthYearCues = lexicon.MustSet("birth_year_cues").Words()

// causeAfter returns the sentence after s when it opens with a cause
// ("Nguyên nhân là do …"): the cause clause it writes (reasonIn), or the
// whole sentence when it writes none.
func (d *document) causeAfter(s *sent) string {
	next, ok := d.sentOf[ref{s.p.ID, s.index + 1}]
	if !ok {
		return ""
	}
	for _, c := range causeWords {
		parts := strings.Fields(c)
		if len(next.lower) >= len(parts) && strings.Join(next.lower[:len(parts)], " ") == c {
			if cause := reasonIn(next, overlap{}); cause != "" {
				return cause // "Nguyên nhân … là do …": the clause of "do"
			}
			return next.text
		}
	}
	return ""
}

// enumIntros are the words after which a sentence lists names.
var enumIntros = lexicon.MustSet("enum_intros")

// enumIntroAt reports whether word i of s introduces a list of names: a
// word of enumIntros followed by a capitalised word.
func enumIntroAt(s *sent, i int) bool {
	return i+1 < len(s.lower) && enumIntros.Has(s.lower[i], lexicon.Exact) && isCapital(s, i+1)
}

// enumIn returns the names a sentence lists after "như", "gồm", "là" past
// the matched words: "các xã miền núi như An Toàn, Đak Mang, Canh Liên".
func enumIn(s *sent, o overlap) string {
	for i := max(0, o.first); i+1 < len(s.lower); i++ {
		if !enumIntroAt(s, i) {
			continue
		}
		j := i + 1
		for j < len(s.lower) {
			sep := s.text[s.ends[j-1]:s.starts[j]]
			if j > i+1 && !isCapital(s, j) && !listConjunctions.Has(s.lower[j], lexicon.Exact) || strings.ContainsAny(sep, ";.:") {
				break
			}
			j++
		}
		if t := trimPunct(s.text[s.starts[i+1]:s.ends[j-1]]); strings.ContainsAny(t, ",") || containsSpacedConjunction(t) {
			return t
		}
	}
	return ""
}

// containsAny reports whether any of the words is among ws.
func containsAny(ws []string, words ...string) bool {
	for _, w := range ws {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// scoreRE matches a score: "1-1", "4 - 3".
var scoreRE = regexp.MustCompile(`\b\d{1,2}\s?[-–]\s?\d{1,2}\b`)

// nounOf returns the noun a question asks a name of: "đội" of "Đội nào
// vô địch?", "thị xã" of "thị xã nào", "dân tộc" of "dân tộc gì".
func nounOf(q question) []word {
	if q.whAt < 0 {
		return nil
	}
	span := q.words[q.whAt:q.whEnd]
	last := span[len(span)-1].fold
	if !whichWords.Has(last, lexicon.Exact) {
		return nil
	}
	// A noun of one run of the question's words is a slice of q.words,
	// capped at its end so that no caller's append writes into them.
	noun := span[: len(span)-1 : len(span)-1]
	if len(noun) == 0 && q.whAt > 0 && !q.words[q.whAt-1].isFiller() {
		noun = q.words[q.whAt-1 : q.whAt : q.whAt]
	}
	if len(noun) == 0 || personQuestionHeads.Has(noun[0].fold, lexicon.Exact) || genericNouns.has(noun[0]) {
		return nil
	}
	if len(noun) == 1 && copulas.Has(noun[0].fold, lexicon.Folded) {
		// "Dữ liệu được xác định là gì?": the copula asks what follows
		// it (copulaIn), no name of a kind "là".
		return nil
	}
	// "thị xã", "dân tộc": a word of two syllables.
	if start := q.whAt - 1; len(noun) == 1 && q.words[q.whAt].fold == noun[0].fold && start >= 0 {
		pair := q.words[start].fold + " " + noun[0].fold
		if twoSyllableNouns.Has(pair, lexicon.Exact) {
			noun = []word{q.words[start], noun[0]}
		}
	} else if len(noun) == 1 && q.whAt >= 2 && !kindNounsAlone.Has(noun[0].fold, lexicon.Exact) {
		// "Chỉ thị nào": most nouns have two syllables; "thuộc nhóm nào"
		// asks of "nhóm" alone.
		// "loại súng gì" asks the kind of "súng" (kindOfWords).
		if prev := q.words[q.whAt-2]; twoSyllableNouns.Has(prev.fold+" "+noun[0].fold, lexicon.Exact) || !prev.isFiller() && !analysis.IsStopword(prev.text) && !prev.num && !kindOfWords.Has(prev.fold, lexicon.Exact) {
			noun = []word{prev, noun[0]}
		}
	}
	return noun
}

// genericNouns ask for no kind of name: "điều gì", "việc gì".
var genericNouns = spelling{lexicon.MustSet("generic_nouns")}

// kindNounsAlone are nouns of one syllable that ask a kind of name alone:
// "nhóm" of "thuộc nhóm nào", "môn" of "thi đấu môn gì".
var kindNounsAlone = lexicon.MustSet("kind_nouns_alone_folded")

// kindOfWords, written before the noun a question asks which of, ask the
// kind of that noun alone: "loại súng gì" asks of "súng", not of a noun
// "loại súng".
var kindOfWords = lexicon.MustSet("kind_of_words_folded")

// twoSyllableNouns are nouns of kinds of names.
var twoSyllableNouns = lexicon.MustSet("two_syllable_nouns_folded")

// entityIn returns the names of the kind noun that s gives: "đội huyện
// Krông Pắc", "xã A Nông, Tr'Hy và Axan". A mention after the question's
// words is preferred.
func entityIn(s *sent, noun []word, o overlap) string {
	var found []string
	for k := 0; k+len(noun) < len(s.fold); k++ {
		if !s.wordsAt(k, noun) {
			continue
		}
		j := k + len(noun)
		// "đội huyện Krông Pắc": an administrative word may come first;
		// "các xã": a plural word; "đội vô địch Krông Pắc": a word or two
		// of description, never a verb ("Tòa tuyên phạt Nguyễn Văn An").
		for j < len(s.fold) && !isCapital(s, j) && (adminWords.Has(s.fold[j], lexicon.Exact) || !nameBreak(s, s.lower[j]) && verbAt(s, j) == 0) && j-k-len(noun) < 2 && s.text[s.ends[j-1]:s.starts[j]] == " " {
			j++
		}
		if j >= len(s.fold) || !isCapital(s, j) || s.text[s.ends[j-1]:s.starts[j]] != " " {
			// "Tòa án nhân dân thành phố Hà Nội": a body whose name runs
			// longer in lower case before its place.
			if end := placedBodyEnd(s, k); end > k {
				t := trimPunct(spanOf(s, k, end))
				if o.first >= 0 && k > o.first {
					return t
				}
				found = append(found, t)
			}
			continue
		}
		// The name of a body runs on in lower case to its end: "Cục Quản
		// lý chất lượng".
		if head := organisationHead(s, k, j); head >= 0 {
			end := organisationListEnd(s, organisationEnd(s, head, noStop))
			t := trimPunct(spanOf(s, k, end))
			if o.first >= 0 && k > o.first {
				return t
			}
			found = append(found, t)
			continue
		}
		// Names joined by commas and "và"; a name may go on in lower case
		// after a capital ("Hội Cựu chiến binh", "môn Tin học").
		end := j
		lowerRun := 0
		for end < len(s.fold) {
			sep := s.text[s.ends[end-1]:s.starts[end]]
			if end > j && sep == " " && isDigits(s.lower[end]) && end-1 >= j && !isDigits(s.lower[end-1]) {
				// A number ends the name it belongs to: "Bệnh viện Nhi
				// Trung ương cơ sở 2", "Trường THCS số 1".
				lowerRun = 0
				end++
				continue
			}
			if end > j && !isCapital(s, end) && (sep == " " && (lowerRun < maxNameLowerRun || numberedWithin(s, end) || capitalWithin(s, end)) && (!nameBreak(s, s.lower[end]) || syllableOfCapital(s, end)) || sep == "'" || sep == "’") {
				lowerRun++
				end++
				continue
			}
			if isCapital(s, end) {
				lowerRun = 0
			}
			stop := false
			switch {
			case end == j || isCapital(s, end) && (sep == " " || sep == "'" || sep == "’" || sep == "-" || gluedAdmin(s, end)):
			case isCapital(s, end) && (sep == ", " || isSpacedConjunction(sep)):
			case namePartDash(s, end):
				// "châu Á - Thái Bình Dương", "Bà Rịa - Vũng Tàu".
			case listConjunctions.Has(s.lower[end], lexicon.Exact) && end+1 < len(s.fold) && isCapital(s, end+1):
			default:
				stop = true
			}
			if stop {
				break
			}
			end++
		}
		for end-1 > j && !isCapital(s, end-1) && placeWords.Has(s.lower[end-1], lexicon.Exact) {
			end-- // "Tết Nguyên đán trên": a name ends before a preposition
		}
		t := trimPunct(s.text[s.starts[k]:s.ends[end-1]])
		if o.first >= 0 && k > o.first {
			return t
		}
		found = append(found, t)
	}
	if len(found) > 0 {
		return found[0]
	}
	return ""
}

// codedEntityIn returns the first body s writes as a code whose long form
// opens with noun ("TAND" is "Tòa án nhân dân" for "tòa nào"), with the
// place after it: "TAND tỉnh Quảng Ngãi"; "" for none.
func codedEntityIn(s *sent, noun []word) string {
	nf := foldsOf(noun)
	for k := range s.lower {
		code := s.text[s.starts[k]:s.ends[k]]
		if !analysis.IsCode(code) {
			continue
		}
		long, ok := analysis.BuiltinAbbreviation(code)
		if lf := foldsOf(splitWords(long)); !ok || len(lf) < len(nf) || !slices.Equal(lf[:len(nf)], nf) {
			continue
		}
		j := k + 1
		for j < len(s.lower) && spaced(s, j) && (adminWords.Has(s.fold[j], lexicon.Exact) || isCapital(s, j)) {
			j++
		}
		for j > k+1 && !isCapital(s, j-1) {
			j-- // a place's unit without its name is none
		}
		return spanOf(s, k, j)
	}
	return ""
}

// maxNameLowerRun is how many lower-case words in a row may go on with a
// name after a capital ("Hội Cựu chiến binh", "môn Tin học").
const maxNameLowerRun = 2

// numberedWithin reports whether the lower-case words of s from i lead, in
// at most maxNameLowerRun more words one space apart, to a number that
// ends a name: "cơ sở 2", "tổ dân phố 5".
func numberedWithin(s *sent, i int) bool {
	for k := i + 1; k < len(s.lower) && k-i <= maxNameLowerRun && spaced(s, k); k++ {
		if isDigits(s.lower[k]) {
			return true
		}
		if isCapital(s, k) || nameBreak(s, s.lower[k]) {
			return false
		}
	}
	return false
}

// capitalWithin reports whether the lower-case words of s from i lead, in
// at most maxNameLowerRun more words one space apart and no name break, to
// a capitalised word that goes on with the name: "Cơ quan An ninh điều
// tra Công an tỉnh", whose "An ninh điều tra" holds three lower-case
// syllables in a row. A name cut inside that run ends inside a word
// ("Cơ quan An ninh điều"). A preposition of place in the run ends the
// name before it.
func capitalWithin(s *sent, i int) bool {
	for k := i; k > 0 && !isCapital(s, k); k-- {
		if placeWords.Has(s.lower[k], lexicon.Exact) {
			return false // "Tết Nguyên đán trên đầm Trà Ổ": a place after it
		}
	}
	for k := i + 1; k < len(s.lower) && k-i <= maxNameLowerRun && spaced(s, k); k++ {
		if isCapital(s, k) {
			return true
		}
		if nameBreak(s, s.lower[k]) || placeWords.Has(s.lower[k], lexicon.Exact) {
			return false
		}
	}
	return false
}

// nameBreaks end a name, besides stopwords, auxiliaries and subject trails.
var nameBreaks = lexicon.MustSet("name_breaks")

var (
	// possessiveMarkers put the one a thing belongs to after it: "của".
	possessiveMarkers = lexicon.MustSet("possessive_markers")
	// nameEndMarkers end a name after "của": "do", "và".
	nameEndMarkers = lexicon.MustSet("name_end_markers")
	// sentenceCopulas put what a thing is after it: "là".
	sentenceCopulas = lexicon.MustSet("copulas")
	// nounWhatWords follow the noun they ask the kind of: "gì".
	nounWhatWords = lexicon.MustSet("noun_what_words_folded")
	// personQuestionHeads ask for a person: "người", "ai".
	personQuestionHeads = lexicon.MustSet("person_question_heads_folded")
	// teamNouns open a team's name: "đội", "đoàn".
	teamNouns = lexicon.MustSet("team_nouns_folded")
	// noteSkipWords are left out of a note compared with a question.
	noteSkipWords = lexicon.MustSet("note_skip_words").Words()
	// birthNoteMarkers show an answer gives a year of birth: "sinh năm".
	birthNoteMarkers = lexicon.MustSet("birth_note_markers")
)

// containsBirthNote reports whether ans holds a birth note marker between
// spaces: "… (sinh năm 1989)".
func containsBirthNote(ans string) bool {
	for _, w := range birthNoteMarkers.Words() {
		if strings.Contains(ans, " "+w+" ") {
			return true
		}
	}
	return false
}

// isSpacedConjunction reports whether sep is a list conjunction between
// two spaces: " và ".
func isSpacedConjunction(sep string) bool {
	w, ok := strings.CutPrefix(sep, " ")
	if !ok {
		return false
	}
	w, ok = strings.CutSuffix(w, " ")
	return ok && listConjunctions.Has(w, lexicon.Exact)
}

// containsSpacedConjunction reports whether t holds a list conjunction
// between two spaces: "A và B".
func containsSpacedConjunction(t string) bool {
	for _, w := range listConjunctions.Words() {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// joinsNames reports whether answer joins two names with a list
// conjunction: "Bệnh viện Nhi Trung ương cơ sở 2 và Bệnh viện Phụ sản …",
// a list of two, though "và" joins verbs and clauses too (listItems does
// not count it).
func joinsNames(answer string) bool {
	for _, w := range listConjunctions.Words() {
		for rest := answer; ; {
			i := strings.Index(rest, " "+w+" ")
			if i < 0 {
				break
			}
			rest = rest[i+len(w)+2:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// syllableOfCapital reports whether word i of s is a nominalizer written
// right after a capitalised word, whose second syllable it is: "sự" of
// "Phòng Cảnh sát Hình sự".
func syllableOfCapital(s *sent, i int) bool {
	return i > 0 && isCapital(s, i-1) && sepBefore(s, i) == " " && nominalizers.Has(s.lower[i], lexicon.Exact)
}

// nameBreak reports whether a lower-case word of s ends a name rather than
// going on with it.
func nameBreak(s *sent, w string) bool {
	return functionWord(s, w) || auxiliaries.Has(w, lexicon.Exact) || subjectTrail.Has(w, lexicon.Exact) || nameBreaks.Has(w, lexicon.Exact)
}

// functionWord reports whether w, a word of sentence s as written, is a
// function word of the sentence's language: a Vietnamese one as written
// (analysis.IsWrittenStopword), an English one in an English article.
func functionWord(s *sent, w string) bool {
	if s.english {
		return analysis.IsEnglishStopword(w)
	}
	return analysis.IsWrittenStopword(w)
}

// adminWords may stand between a noun and a name: "đội huyện Krông Pắc".
// gluedAdmin reports whether word j of s is a name that an abbreviated
// administrative word is written glued to with a period: "TX.Bình Long",
// "H. Tương Dương", "TP.HCM". The abbreviation and the name are one place.
func gluedAdmin(s *sent, j int) bool {
	if j < 1 || j >= len(s.starts) || !isCapital(s, j) {
		return false
	}
	sep := s.text[s.ends[j-1]:s.starts[j]]
	return (sep == "." || sep == ". ") && adminAbbreviations.Has(s.text[s.starts[j-1]:s.ends[j-1]], lexicon.Exact)
}

// adminAbbreviations are the abbreviated administrative words written
// before a place's name: thành phố, thị xã, thị trấn, huyện, quận,
// phường, xã.
var adminAbbreviations = lexicon.MustSet("admin_abbreviations")

var adminWords = lexicon.MustSet("admin_words_folded")

// copulaIn returns what follows "là" right after the question's words:
// "Đơn vị thi công là liên danh Công ty …"; or what a colon right after
// them, or after that "là", introduces (colonComplement): "Đại hội có chủ
// đề là: “…”", "Từ 7h đến 7h30: Tập trung học sinh …".
func copulaIn(s *sent, o overlap) string {
	if o.last < 0 {
		return ""
	}
	if ans := colonComplement(s, o.last); ans != "" {
		return ans
	}
	for k := o.last + 1; k < len(s.lower) && k <= o.last+2; k++ {
		if !sentenceCopulas.Has(s.lower[k], lexicon.Exact) || k+1 >= len(s.lower) {
			continue
		}
		if ans := colonComplement(s, k); ans != "" {
			return ans
		}
		_, to := s.clauseOf(k)
		end := to
		for m := k + 2; m < to; m++ {
			if strings.Contains(s.text[s.ends[m-1]:s.starts[m]], ".") {
				end = m
				break
			}
		}
		if end <= k+1 {
			return "" // the clause ends at "là": "… là: …"
		}
		return trimPunct(s.text[s.starts[k+1]:s.ends[end-1]])
	}
	return ""
}

// openQuotes and closeQuotes open and close a quotation.
const (
	openQuotes  = "“\""
	closeQuotes = "”\""
)

// colonComplement returns what a colon right after word k of s introduces:
// the quotation it opens, quotes and all ("chủ đề là: “Xây dựng …”"), or
// else the rest of the sentence ("Từ 7h đến 7h30: Tập trung học sinh và
// đón học sinh đầu cấp"); "" when no colon follows word k or nothing
// follows the colon.
func colonComplement(s *sent, k int) string {
	if k+1 >= len(s.lower) {
		return ""
	}
	sep := s.text[s.ends[k]:s.starts[k+1]]
	colon := strings.Index(sep, ":")
	if colon < 0 {
		return ""
	}
	if open := strings.IndexAny(sep[colon:], openQuotes); open >= 0 {
		for m := k + 1; m < len(s.lower); m++ {
			end := len(s.text)
			if m+1 < len(s.lower) {
				end = s.starts[m+1]
			}
			if c := strings.IndexAny(s.text[s.ends[m]:end], closeQuotes); c >= 0 {
				from := s.ends[k] + colon + open
				_, w := utf8.DecodeRuneInString(s.text[s.ends[m]+c:])
				return s.text[from : s.ends[m]+c+w]
			}
		}
	}
	return trimPunct(strings.TrimRight(s.text[s.starts[k+1]:], ". "))
}

var birthRE = lexicon.MustRegexp(`(?i){{birth_year_marks}}\s*(\d{4})`)

// birthOf returns "sinh năm 1989" from the note after a name the question
// gives: "Trần Văn Hùng (SN 1989, trú …)".
func (d *document) birthOf(q question, s *sent) string {
	name := ""
	for _, i := range d.factsOf[s.art.ID] {
		if f := d.facts[i]; f.Type == corpus.FactPerson && findPhrase(q.words, strings.ToLower(f.Name)) >= 0 {
			name = f.Name
			break
		}
	}
	if name == "" {
		return ""
	}
	i := strings.Index(strings.ToLower(s.text), strings.ToLower(name))
	if i < 0 {
		return ""
	}
	rest := s.text[i+len(name):]
	if len(rest) > 60 {
		rest = rest[:60]
	}
	for _, k := range d.factsOf[s.art.ID] {
		// A year after another person's name is that person's: "Trần Thị
		// Mậu, Nguyễn Sỹ Đức (SN 1965)".
		if f := d.facts[k]; f.Type == corpus.FactPerson && f.Name != name {
			if j := strings.Index(rest, f.Name); j >= 0 {
				rest = rest[:j]
			}
		}
	}
	if m := birthRE.FindStringSubmatch(rest); m != nil {
		return name + " sinh năm " + m[1]
	}
	return ""
}

// teamIn returns a team or delegation the sentence names: "đội huyện
// Krông Pắc", "đoàn TP. Kon Tum".
func teamIn(b scored) string {
	for _, n := range teamNouns.Words() {
		if t := entityIn(b.s, sharedWords(n), b.o); t != "" {
			return t
		}
	}
	return ""
}

// maxDescribed bounds a noun and the words that describe it.
const maxDescribed = 10

// semicolonBreak parts the items of a sentence that says several things in
// a row: "… là nhiệm vụ trung tâm; xây dựng Đảng là nhiệm vụ then chốt; …".
const semicolonBreak = ";"

// describedIn returns the noun and the words that describe it, up to
// maxDescribed words (and up to maxPossessorWords more after "của"), when
// the sentence has the noun after the question's first word: "phong trào
// toàn dân bảo vệ an ninh Tổ quốc". The phrase
// runs on to the end of its list, as "gì" asks for one thing or several:
// "giao nộp vũ khí, vật liệu nổ", and through the one it belongs to,
// written after "của" (ownedEnd). Of several mentions of the noun, the
// one whose item of the sentence holds most of the question's other words
// (itemBinding) answers: "xây dựng Đảng là nhiệm vụ gì" of "… là nhiệm vụ
// trung tâm; xây dựng Đảng là nhiệm vụ then chốt; …" is "nhiệm vụ then
// chốt"; the first when they hold as many.
func describedIn(q question, s *sent, noun []word, o overlap, bigrams map[string]int) string {
	best, bound := "", -1
	for k := max(0, o.first); k+len(noun) < len(s.fold); k++ {
		if !s.wordsAt(k, noun) || !spaced(s, k+len(noun)) {
			continue
		}
		j := phraseEnd(s, k+len(noun), maxDescribed-len(noun))
		if j-k-len(noun) < 2 {
			continue
		}
		from := k
		if len(noun) > 1 && closesCompound(q, s, noun, k, bigrams) {
			from++
		}
		if n := itemBinding(q, s, noun, k); n > bound {
			best, bound = spanOf(s, from, listEnd(s, from, ownedEnd(s, j))), n
		}
	}
	return best
}

// ownedEnd returns where a phrase that ends at end (exclusive) in s ends
// once it takes the one it belongs to, written after a possessive marker
// (possessorEnd): "truyền thống vẻ vang | của lực lượng Công an nhân dân
// Việt Nam", "nguồn lực | của địa phương"; end itself when none follows.
func ownedEnd(s *sent, end int) int {
	if end+1 >= len(s.lower) || !spaced(s, end) || !spaced(s, end+1) ||
		!possessiveMarkers.Has(s.lower[end], lexicon.Exact) || opensPhrase(s, end+1) {
		return end
	}
	return possessorEnd(s, end+1)
}

// itemBinding counts the question's words, other than its function words,
// fillers and the noun asked, that the item of s holding word k writes:
// the item runs between the semicolons around k (semicolonBreak). Each word
// counts once.
func itemBinding(q question, s *sent, noun []word, k int) int {
	from, to := k, k+len(noun)
	for from > 0 && !strings.Contains(s.text[s.ends[from-1]:s.starts[from]], semicolonBreak) {
		from--
	}
	for to < len(s.lower) && !strings.Contains(s.text[s.ends[to-1]:s.starts[to]], semicolonBreak) {
		to++
	}
	written := map[string]bool{}
	for i := from; i < to; i++ {
		if i < k || i >= k+len(noun) {
			written[s.fold[i]] = true
		}
	}
	asked := map[string]bool{}
	for i, w := range q.words {
		if q.inWh(i) || w.isFiller() || analysis.IsStopword(w.text) || inContent(noun, w) {
			continue
		}
		if written[w.fold] {
			asked[w.fold] = true
		}
	}
	return len(asked)
}

// closesCompound reports whether the first syllable of noun, written in s
// from word k on, ends a word of two syllables that the question and the
// sentence both write before it: "quân" of "ra quân đợt gì", written "ra
// quân đợt cao điểm …", "niệm" of "kỷ niệm ngày gì". It does when the
// articles write that syllable with the one before it more often than with
// the noun's next syllable (bigrams: "ra quân" more than "quân đợt"; "hành
// vi" more than "về hành", so "về hành vi gì" asks of "hành vi"). The noun
// asked is then the syllables after it ("đợt", "ngày"), and an answer that
// opens inside the word ("quân đợt cao điểm") is cut at the wrong place.
func closesCompound(q question, s *sent, noun []word, k int, bigrams map[string]int) bool {
	if k < 1 || !spaced(s, k) {
		return false
	}
	for i := len(q.words) - len(noun); i >= 1; i-- {
		if q.words[i].fold != noun[0].fold || q.words[i+1].fold != noun[1].fold {
			continue
		}
		prev := q.words[i-1].fold
		return prev == s.fold[k-1] && bigrams[prev+" "+noun[0].fold] > bigrams[noun[0].fold+" "+noun[1].fold]
	}
	return false
}

// wordsAt reports whether the words ws stand in s from word k on.
func (s *sent) wordsAt(k int, ws []word) bool {
	if k+len(ws) > len(s.fold) {
		return false
	}
	for m, w := range ws {
		if s.fold[k+m] != w.fold {
			return false
		}
	}
	return true
}

var (
	// groupLeads may stand before a group's noun: "cho các học sinh".
	groupLeads = lexicon.MustSet("group_leads")
	// countOfOne is a count of one person: "1 người", "một người".
	countOfOne = lexicon.MustSet("count_of_one")
)

// maxGroupNoun is the most words of a noun of headcountNouns.
const maxGroupNoun = 3

// namesGroup reports whether answer names a group of people: after
// numbers and words of groupLeads ("9", "các", "cho"), a noun of
// headcountNouns ("tập thể, cá nhân", "học sinh có hoàn cảnh khó khăn").
// A count of one ("1 người", "một người") is one person left unnamed, no
// group: it names nobody.
func namesGroup(answer string) bool {
	toks := analysis.Tokens(answer)
	if len(toks) > 1 && countOfOne.Has(analysis.Lower(toks[0].Text), lexicon.Exact) && headcountAt(toks, 1) {
		return false
	}
	i := 0
	for i < len(toks) && (toks[i].Number || groupLeads.Has(analysis.Lower(toks[i].Text), lexicon.Exact)) {
		i++
	}
	return headcountAt(toks, i)
}

// headcountAt reports whether a noun of headcountNouns starts at toks[i].
func headcountAt(toks []analysis.Token, i int) bool {
	for n := min(maxGroupNoun, len(toks)-i); n >= 1; n-- {
		words := make([]string, n)
		for k := range words {
			words[k] = analysis.Lower(toks[i+k].Text)
		}
		if headcountNouns.HasPhrase(words, lexicon.Exact) {
			return true
		}
	}
	return false
}

// asksObject reports whether q's question word ends the question after
// the words it asks about: who the verb acts on ("… biểu dương những
// ai?", "quà tặng cho ai?"), not who did it.
func asksObject(q question) bool {
	if q.whAt < 1 {
		return false
	}
	for _, w := range q.words[q.whEnd:] {
		if !w.isFiller() {
			return false
		}
	}
	return true
}

// objectVerb returns the last content word before q's question word when
// q asks who a verb acts on (asksObject): "dương" of "biểu dương những
// ai?".
func objectVerb(q question, content []word) (word, bool) {
	if q.wh != whWho || q.org || !asksObject(q) {
		return word{}, false
	}
	for i := q.whAt - 1; i >= 0; i-- {
		if inContent(content, q.words[i]) {
			return q.words[i], true
		}
	}
	return word{}, false
}

// doerBody is doerBodyIn, the people the document reads in s known.
func (d *document) doerBody(q question, content []word, s *sent, o overlap) string {
	if !asksDoer(q) {
		return ""
	}
	var names []string
	for _, i := range d.factsOf[s.art.ID] {
		if f := d.facts[i]; f.Type == corpus.FactPerson && f.Name != "" && strings.Contains(s.text, f.Name) {
			names = append(names, f.Name)
		}
	}
	return doerBodyIn(q, content, s, o, names)
}

// afterAskedLink returns ans less the question's own words it opens with
// when they end in the link the question writes right before its question
// word: "kéo theo sơ mi rơ moóc" for "kéo theo gì" is "sơ mi rơ moóc",
// the thing linked, not the verb asked with it. Other answers are kept.
func afterAskedLink(q question, ans string) string {
	if q.wh != whWhat || q.whAt < 2 {
		return ans
	}
	link := q.words[q.whAt-1]
	if !objectLinks.Has(link.text, lexicon.Exact) && !headPrepositions.Has(link.text, lexicon.AsTyped) {
		return ans
	}
	toks := analysis.Tokens(ans)
	n := q.whAt - 1 // the words the answer must open with: from the one before the link
	if len(toks) <= 2 || toks[0].Folded != q.words[n-1].fold || toks[1].Folded != link.fold {
		return ans
	}
	if rest := ans[min(toks[2].Start, len(ans)):]; strings.HasPrefix(rest, toks[2].Text) {
		return rest
	}
	return ans
}
