package answer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// A wh is what a question asks for.
type wh int

const (
	whNone   wh = iota // no question word: a statement or a keyword
	whWho              // ai, người nào
	whWhat             // gì, là gì, cái gì
	whCount            // bao nhiêu, mấy
	whNumber           // số mấy, số nào
	whWhen             // khi nào, ngày nào, bao giờ
	whWhere            // ở đâu
	whWhy              // vì sao, tại sao
	whHow              // như thế nào
	whYesNo            // có … không, đúng không
	whList             // kể tên, những … nào
)

var whNames = [...]string{"none", "who", "what", "count", "number", "when", "where", "why", "how", "yesno", "list"}

// String names what the question asks, for logs and tests.
func (w wh) String() string { return whNames[w] }

// A word is one word of a question.
type word struct {
	text string // lower-case canonical
	fold string // folded
	// marked is true when the user typed it with diacritics: then its exact
	// form ranks above its folded one.
	marked bool
	num    bool
	// asWritten is true when the word is to be read as typed: it has
	// diacritics, or the question does ("gia" of "quốc gia" is no "giá").
	asWritten bool
	caps      bool // typed in capitals, like an abbreviation ("UBND")
	cap       bool // typed with a capital first letter
	// restored is true for a word typed without diacritics that folds to
	// a function word but that the articles write, beside its neighbour,
	// as a content word ("dang" of "dang bo", Đảng bộ): it is read as
	// written (restoreFilled).
	restored bool
	// personRef is true for a word of address before the name of a
	// person the articles name ("ông" of "ông dũng có tặng bằng khen
	// không"; honorifics): the articles often write that person by
	// title and name ("Chủ tịch UBND tỉnh Lê Văn Dũng"), without the
	// word, which is no word to find.
	personRef bool
	// personName is true for a syllable of the name of a person the
	// articles name, typed so that it folds like a function word ("tai"
	// of "ong tai", Hoàng Anh Tài, is no "tại"; "Nhung" of "chi Nhung",
	// Hồ Thị Kim Nhung, is no "những"): a word to find.
	personName bool
}

// typedAs reports whether w is to be matched as typed: it has diacritics,
// or the question does ("anh" of "Vụ nổ ở nhà anh K'Đí" is no "ảnh").
// A word restored from its neighbour keeps the folded form it was typed
// in, and is matched folded.
func (w word) typedAs() bool { return w.marked || w.asWritten && !w.restored }

// writtenAt reports whether word k of sentence s is w: folded alike, and
// written alike when w was typed with diacritics ("cần" of "cần sa" is no
// "cân").
func (w word) writtenAt(s *sent, k int) bool { return w.is(s.fold[k], s.lower[k]) }

// is reports whether a word of the articles, folded fold and lower in
// lower case, is w: folded alike, and written alike when w is to be read
// as typed with its diacritics.
func (w word) is(fold, lower string) bool {
	return w.fold == fold && !(w.asWritten && w.marked && w.text != lower)
}

// writtenFrom reports whether s writes the words ws, in order, from its
// word at on (writtenAt each); the caller keeps them within s.
func writtenFrom(ws []word, s *sent, at int) bool {
	for i, w := range ws {
		if !w.writtenAt(s, at+i) {
			return false
		}
	}
	return true
}

// A question is a parsed question.
type question struct {
	text  string // canonical
	words []word
	lang  string
	// matchers keeps the matchers made for its words (matcherOf); nil
	// for a question not parsed by an engine. Copies of the question
	// share it.
	matchers *matcherCache
	wh       wh
	// whAt and whEnd delimit the question words in words (inWh).
	whAt, whEnd int
	// focus is what a count asks for: the words after "bao nhiêu".
	focus []word
	// label is the label head a question asks the number or rank of:
	// "hạng" of "hạng mấy", "lần thứ" of "lần thứ mấy", "top" of "top
	// mấy" (label_heads); nil when it asks none.
	label []word
	// counted is the noun a count names right after its count word
	// ("bao nhiêu người đang vui chơi" counts người, "mấy khoa cận lâm
	// sàng" khoa), past a classifier; nil when it names none.
	counted *word
	// when is the kind of time asked: whenAny, whenClock, whenDay, … (see
	// their constants).
	when string
	// side is the end of a period a when-question asks for: its start
	// ("bắt đầu từ ngày nào"), its end ("kéo dài đến ngày nào"), both, or
	// none (askedSide).
	side timeSide
	// per is the unit a price is asked per: "kg" of "bao nhiêu một kg".
	per string
	// perUnit is the unit a question asking money asks it per, read with
	// its word of one before the question words are found (readPerUnit):
	// "kg" of "bao nhiêu 1 ký"; "" when it asks none.
	perUnit string
	// described is true when the focus was read before the count word:
	// it describes the number ("thu nhập bình quân … là bao nhiêu").
	described bool
	// org is true when a who-question asks for a body, not a person
	// ("cơ quan nào", "đơn vị nào").
	org bool
	// whichTitle: a who-question asks which holder of a title it names
	// ("phó thủ tướng nào đến dự"), whatever else it asks of them
	// (titleWhich).
	whichTitle bool
	// expanded holds the words an abbreviation the articles do not use
	// was expanded to ("VĐV" → "vận động viên"), and shortened the
	// abbreviation as typed, one per expansion.
	expanded  []string
	shortened []string
	// marked is true when the user typed diacritics anywhere: then a word
	// typed without them is taken as written ("Ban" is not "bạn").
	marked bool
	// typedMarks is true when the user typed diacritics, as marks or as
	// Telex letters, in a word other than shorthand: "dc thuong" is typed
	// without them, though "dc" reads "được". Then a word typed without
	// them is read as written.
	typedMarks bool
	// choice holds the two options a question asks which of ("được bầu
	// hay được chỉ định"); nil when it asks no choice (readChoice).
	choice *choice
	// episode is the incident or round of an article the question asks
	// of by its ordinal ("vụ thứ hai", "lần 2"; readEpisode); the zero
	// value when it asks of none or no article tells it.
	episode episodeAsked
}

// inWh reports whether word k of q.words is one of its question words
// ("bao nhiêu", "ai"): false for every word when q has none.
func (q question) inWh(k int) bool {
	return k >= q.whAt && k < q.whEnd
}

// asksFor reports whether a time expression of kind k answers a
// when-question of q's kind: "mấy giờ" a clock time, "ngày nào" a day or
// a span of days, "năm nào" a year, "khi nào" any time.
func (q question) asksFor(k analysis.TimeKind) bool {
	switch q.when {
	case whenClock:
		return k == analysis.TimeClock
	case whenDay:
		return k == analysis.TimeClock || k == analysis.TimeDate || k == analysis.TimeRange || k == analysis.TimeMonth
	case whenMonth:
		return k == analysis.TimeDate || k == analysis.TimeRange || k == analysis.TimeMonth
	case whenYear:
		return k != analysis.TimeClock
	case whenPeriod:
		return k == analysis.TimeYear || k == analysis.TimeRange || k == analysis.TimeMonth || k == analysis.TimeQuarter
	case whenPartOfDay:
		// "Sáng 17/8", "6h30 sáng": a day or a clock time may say the
		// part of the day; partOfDayIn tells whether it does.
		return k == analysis.TimeClock || k == analysis.TimeDate
	}
	return true
}

// The kinds of time a when-question asks for (question.when).
const (
	whenAny    = "khi"       // "khi nào", "bao giờ": any time
	whenClock  = "gio"       // "mấy giờ": a time of day
	whenDay    = "ngay"      // "ngày nào"
	whenMonth  = "thang"     // "tháng nào"
	whenYear   = "nam"       // "năm nào"
	whenPeriod = "giai doan" // "giai đoạn nào", "nhiệm kỳ nào"
	whenLength = "lau"       // "bao lâu": a length of time
	// whenPartOfDay is what "buổi nào" and "sáng hay chiều" ask for: the
	// part of the day (sáng, chiều, tối), which news leads open with.
	whenPartOfDay = "buoi"
)

// percentWord is how a percent sign in a question is read.
func percentWord(lang string) string {
	if lang == "en" {
		return "percent"
	}
	return "phần trăm"
}

// A whPhrase is a question phrase, folded, and what it asks: its kind and,
// for a when-question (or "bao lâu"), the kind of time (question.when).
type whPhrase struct {
	phrase string
	wh     wh
	when   string
}

// whPhrases maps folded question phrases to what they ask, in the order of
// lexicon/data/question_phrases.txt; the longest phrase found wins (findWh).
var whPhrases = mustWhPhrases(lexicon.MustRecords("question_phrases", whPhraseFields))

// whPhraseFields is how many fields a line of the question-phrase table
// holds at most: the kind of question and the kind of time.
const whPhraseFields = 2

// whenKinds are the kinds of time a question phrase may ask for.
var whenKinds = []string{whenAny, whenClock, whenDay, whenMonth, whenYear, whenPeriod, whenLength, whenPartOfDay}

// readWhPhrases reads the question-phrase table from the records of its
// role: a folded phrase, its kind as wh.String names it and, optionally,
// one of whenKinds.
func readWhPhrases(recs []lexicon.Record) ([]whPhrase, error) {
	out := make([]whPhrase, 0, len(recs))
	for _, r := range recs {
		if lexicon.Fold(r.Phrase) != r.Phrase || strings.Join(strings.Fields(r.Phrase), " ") != r.Phrase {
			return nil, fmt.Errorf("%s: phrase %q is not folded, its words one space apart", r.Pos, r.Phrase)
		}
		k := slices.Index(whNames[:], r.Fields[0])
		if k <= int(whNone) {
			return nil, fmt.Errorf("%s: %q asks no kind of question (%s)", r.Pos, r.Fields[0], strings.Join(whNames[whNone+1:], ", "))
		}
		p := whPhrase{phrase: r.Phrase, wh: wh(k)}
		if len(r.Fields) > 1 {
			if !slices.Contains(whenKinds, r.Fields[1]) {
				return nil, fmt.Errorf("%s: %q is no kind of time (%s)", r.Pos, r.Fields[1], strings.Join(whenKinds, ", "))
			}
			p.when = r.Fields[1]
		}
		out = append(out, p)
	}
	return out, nil
}

// mustWhPhrases is readWhPhrases, panicking on an error.
func mustWhPhrases(recs []lexicon.Record) []whPhrase {
	p, err := readWhPhrases(recs)
	if err != nil {
		panic("answer: " + err.Error())
	}
	return p
}

var (
	// whereWord is "đâu": its phrase ("dau") asks where only typed "đâu",
	// or "dau" without diacritics, and a where-phrase ending in it typed
	// without them asks nothing when words follow ("ở đầu cầu").
	whereWord = lexicon.MustSet("where_question_word")
	// unmarkedQuestionWords are phrases that ask only typed without
	// diacritics: "ai" ("ải" asks no who).
	unmarkedQuestionWords = lexicon.MustSet("question_words_unmarked_folded")
	// countWordCompounds are the folded nouns whose second word folds to
	// a count word ("xe may", xe máy): typed without diacritics, that
	// word is part of the noun, not a question word.
	countWordCompounds = lexicon.MustSet("count_word_compounds_folded")
	// personWhichPhrases are who-phrases ending in "nào" that ask for a
	// person, not a body: "người nào".
	personWhichPhrases = lexicon.MustSet("person_which_phrases_folded")
	// compoundSoHeads is "số", which the compoundSo words make a noun
	// with: a phrase it opens ("số mấy") asks nothing after them.
	compoundSoHeads = lexicon.MustSet("compound_so_heads_folded")
)

// whPhraseWords holds the words of each phrase of whPhrases, split once
// rather than for every word of every question; whPhraseParts holds them
// in the order of whPhrases, for findWh to read without looking them up.
var (
	whPhraseWords = func() map[string][]string {
		m := make(map[string][]string, len(whPhrases))
		for _, p := range whPhrases {
			m[p.phrase] = strings.Fields(p.phrase)
		}
		return m
	}()
	whPhraseParts = func() [][]string {
		parts := make([][]string, len(whPhrases))
		for j, p := range whPhrases {
			parts[j] = whPhraseWords[p.phrase]
		}
		return parts
	}()
	// whPhrasesByFirst lists, for each first word of a phrase of
	// whPhrases, the indexes of the phrases it opens, in the order of
	// whPhrases: findWh tries at each word of a question only the phrases
	// that can start there (hasPartsAt compares folded words, and a phrase
	// whose first word differs never matches), in the order it would try
	// them all.
	whPhrasesByFirst = func() map[string][]int {
		m := map[string][]int{}
		for j, parts := range whPhraseParts {
			if len(parts) > 0 {
				m[parts[0]] = append(m[parts[0]], j)
			}
		}
		return m
	}()
)

// fillers are words that carry no content in a question, as written with
// diacritics; a word typed without them is compared folded.
var fillers = spelling{lexicon.MustSet("fillers")}

// isFiller reports whether w carries no content. A word read as written
// (the question was typed with diacritics) is compared as written, so
// "Ban" is not "bạn".
func (w word) isFiller() bool {
	return fillers.has(w) && !w.personName
}

// parseQuestion reads a question: canonical text, phone shorthand
// expanded, Telex residue undone, question words found, in the language
// it is typed in.
func parseQuestion(text string) question {
	text = analysis.Canonical(text)
	return parseCanonical(text, detectCanonicalLanguage(text), nil)
}

// detectCanonicalLanguage returns the language a question already
// canonical (analysis.Canonical) is typed in: "en" or "vi".
func detectCanonicalLanguage(text string) string {
	if analysis.DetectLanguage(text) == "en" {
		return "en"
	}
	return "vi"
}

// parseCanonical is parseQuestion of a text already canonical, known to
// be in lang, about articles that name the people of names: the words
// that refer to one of them (nameRuns.refersAt) are read as a name, as
// typed, whatever their casing and diacritics: no phone shorthand nor
// Telex.
func parseCanonical(text, lang string, names nameRuns) question {
	return parseCanonicalIn(text, lang, known{names: names})
}

// known is what the articles tell the parser of the words a question may
// type: the people they name (personNameRuns), the places they write
// after a unit (placeNameRuns), and the pairs of words they write side by
// side (document.contentPairs).
type known struct {
	names, places nameRuns
	pairs         map[string]pairSides
	// written holds, by folded word, how many sentences of the articles
	// write it: a word they write as typed ("taxi") is no Telex.
	written map[string]int
}

// writesBeside reports whether word i of ws, typed without diacritics,
// is a content word the articles write with them beside the word typed
// next to it: "hong" of "thu giữ bn viên hong phien" is the "hồng" of
// "hồng phiến", no shorthand for "không"; "sn" of "sn năm nào" is the
// articles' "SN" too, a shorthand still.
func (k known) writesBeside(ws []string, i int) bool {
	if lexicon.HasDiacritics(ws[i]) {
		return false
	}
	const before, after = pairSecond | pairSecondMarked, pairFirst | pairFirstMarked
	w := analysis.Fold(ws[i])
	if i > 0 && k.pairs[analysis.Fold(ws[i-1])+" "+w]&before == before {
		return true
	}
	return i+1 < len(ws) && k.pairs[w+" "+analysis.Fold(ws[i+1])]&after == after
}

// parseCanonicalIn is parseCanonical about articles that tell the parser
// what k holds: a word typed without diacritics that folds to a function
// word is read as the content word the articles write beside its
// neighbour (restoreFilled), and a place typed in lower case after its
// unit as the name it is (nameRuns.placesAt).
func parseCanonicalIn(text, lang string, k known) question {
	q := question{text: text, lang: lang}
	// "bao nhiêu %": the sign is read as the words it stands for.
	spelled := strings.ReplaceAll(q.text, "%", " "+percentWord(lang)+" ")
	toks := analysis.Tokens(spelled)
	raw := make([]string, 0, len(toks))
	caps := map[int]bool{}
	capital := map[int]bool{}
	for i, t := range toks {
		raw = append(raw, strings.ToLower(t.Text))
		if analysis.IsCode(t.Text) || hasInnerCapital(t.Text) {
			caps[i] = true
		}
		if startsUpper(t.Text) {
			capital[i] = true
		}
	}
	// A name joined by an apostrophe ("Cư M'gar", "Đắk R'lấp") is no
	// shorthand nor Telex: its parts are read as typed.
	// Made here, not by apostropheNames, the map of a question's few
	// words stays off the heap.
	named := map[int]bool{}
	markApostropheNames(named, spelled, toks)
	people := k.names.refersAt(raw)
	for i := range people {
		named[i] = true
	}
	// A place typed in lower case after its unit ("tinh quang binh") is
	// a name, as the articles write it.
	places := k.places.placesAt(raw)
	for i := range places {
		named[i] = true
	}
	expanded := raw
	if q.lang == "vi" {
		// Codes typed in capitals ("GD&ĐT") are no shorthand: hide them
		// from Teencode.
		hidden := make([]string, len(raw))
		for i, w := range raw {
			hidden[i] = w
			// A word right after a slash is the unit of a rate, never
			// shorthand: "kg" of "2.000 đồng/kg" is no "không".
			perSlash := i > 0 && spelled[toks[i-1].End:toks[i].Start] == rateSlash
			if caps[i] || named[i] || perSlash || analysis.IsShorthand(w) && k.writesBeside(raw, i) {
				hidden[i] = "\x00" + strconv.Itoa(i)
			}
		}
		expanded = analysis.Teencode(hidden)
		for i, w := range expanded {
			if strings.HasPrefix(w, "\x00") {
				k, _ := strconv.Atoi(w[1:])
				expanded[i] = raw[k]
			}
		}
	}
	// Teencode may add words; keep the capitals only when it did not.
	keep := len(expanded) == len(raw)
	for i, w := range expanded {
		marked := analysis.HasDiacritics(w)
		if q.lang == "vi" && !marked && !(keep && (caps[i] || named[i])) && k.written[w] == 0 {
			// Capitals are an abbreviation or a unit ("MW"), never Telex;
			// nor is a word the articles write as typed ("taxi").
			if u, ok := analysis.UnTelex(w); ok {
				w, marked = strings.ToLower(u), true
				q.typedMarks = true // Telex: diacritics typed as letters
			}
		}
		wd := word{text: w, fold: analysis.Fold(w), marked: marked}
		wd.num = isDigits(w)
		if keep {
			wd.caps, wd.cap = caps[i], capital[i] || places[i]
			wd.personRef = people[i+1] && !people[i] && honorifics.Has(wd.text, lexicon.AsTyped)
			wd.personName = people[i]
		}
		q.words = append(q.words, wd)
	}
	for _, w := range q.words {
		q.marked = q.marked || w.marked
	}
	// Marks a shorthand's expansion brings ("dc" read as "được") were not
	// typed: the words typed without them are not read as written.
	for _, w := range raw {
		q.typedMarks = q.typedMarks || analysis.HasDiacritics(w) && !analysis.IsShorthand(w)
	}
	if q.lang == "vi" {
		q.restoreFilled(k.pairs)
		q.readPerUnit()
	}
	q.findWh()
	return q
}

// rateUnits maps the spellings of a unit an amount may be asked per, as
// typed, to the unit a rate writes after its slash: "ký" → "kg"
// (rate_unit_spellings).
var rateUnits = lexicon.MustPairs("rate_unit_spellings")

// rateUnitOf returns the unit a rate writes for w, a unit however typed
// ("ký", "ky", "kg" → "kg"; "hecta" → "ha"), or "" when w is none. A
// spelling with diacritics is matched as written when w was typed with
// them ("kỳ" is no "ký"), folded otherwise.
func rateUnitOf(w word) string {
	for _, p := range rateUnits {
		if w.text == p.Key || !w.marked && w.fold == analysis.Fold(p.Key) {
			return p.Value
		}
	}
	return ""
}

// namesMoney reports whether a word of q asks an amount of money
// (money_words, price_words): as written when typed with diacritics,
// folded otherwise.
func (q *question) namesMoney() bool {
	for _, w := range q.words {
		if w.marked && moneyWords.set.Has(w.text, lexicon.Exact) || !w.marked && moneyWords.set.Has(w.fold, lexicon.Folded) {
			return true
		}
	}
	return priceWordsList.in(q.words)
}

// namesPrice reports whether q writes a word of price (price_words): in
// a question typed with diacritics, a word typed without them is read as
// written ("Gia súc chết bao nhiêu con" asks no price).
func (q *question) namesPrice() bool {
	for i, w := range q.words {
		if priceWordsList.startsAt(q.words, i) && (w.marked || !q.typedMarks) {
			return true
		}
	}
	return false
}

// readPerUnit reads the unit a question asking money asks it per: a word
// of one (per_one_words_folded: "1", "một", "mỗi") right before a unit of
// rate_unit_spellings however typed — "Dak Lak gia ca phe bao nhieu 1
// ky?", "nông dân lời bao nhiêu 1 ha", "giá lúa mỗi kg". The word of one
// is dropped: it is no number the answer's sentence writes ("117.000
// đồng/kg"), which would leave it a constraint unmet; the unit is written
// as the rate writes it, so that it names the rate's per (perNamed), and
// kept in perUnit.
func (q *question) readPerUnit() {
	if !q.namesMoney() {
		return
	}
	for i := 0; i < len(q.words); i++ {
		if u := gluedPerUnit(q.words[i]); u != "" {
			// "bao nhiêu 1kg": the word of one glued to its unit.
			q.perUnit = u
			q.words[i] = word{text: u, fold: analysis.Fold(u), marked: analysis.HasDiacritics(u)}
			return
		}
		if i+1 == len(q.words) || !perOneWords.Has(q.words[i].fold, lexicon.Exact) {
			continue
		}
		u := rateUnitOf(q.words[i+1])
		if u == "" {
			continue
		}
		q.perUnit = u
		q.words[i+1] = word{text: u, fold: analysis.Fold(u), marked: analysis.HasDiacritics(u)}
		q.words = append(q.words[:i], q.words[i+1:]...)
		return
	}
}

// gluedPerUnit returns the unit of rate_unit_spellings a word writes
// glued to the digit of one ("1kg", "1ha"), as a rate writes it; "" for
// any other word.
func gluedPerUnit(w word) string {
	rest, ok := strings.CutPrefix(w.text, perOneDigit)
	if !ok || rest == "" {
		return ""
	}
	return rateUnitOf(word{text: rest, fold: analysis.Fold(rest), marked: analysis.HasDiacritics(rest)})
}

// perOneDigit is the word of one (per_one_words_folded) a question may
// glue to a unit: "1kg".
const perOneDigit = "1"

// perWritten reports whether text, a rate and its unit, writes it per the
// unit per (as rate_unit_spellings writes it): after a slash ("117.000
// đồng/kg") or a word of one ("60.000 đồng một ký", "mỗi kg", "1kg").
func perWritten(text, per string) bool {
	if strings.Contains(analysis.Fold(text), rateSlash+per) {
		return true
	}
	var ws []word
	for _, t := range strings.Fields(strings.ToLower(text)) {
		ws = append(ws, word{text: t, fold: analysis.Fold(t), marked: analysis.HasDiacritics(t)})
	}
	for i, w := range ws {
		if analysis.Fold(gluedPerUnit(w)) == per {
			return true
		}
		if i+1 < len(ws) && perOneWords.Has(w.fold, lexicon.Exact) && analysis.Fold(rateUnitOf(ws[i+1])) == per {
			return true
		}
	}
	return false
}

// rateSlash parts a rate from the unit it is per: "đồng/kg".
const rateSlash = "/"

// apostrophes are the marks that join the parts of a minority-language
// name ("M'gar", "R'lấp", "K’Bang").
const apostrophes = "'\u2019"

// markApostropheNames marks in named the tokens of text that are parts of
// a name joined by an apostrophe whose first part is capitalised: "M" and
// "gar" of "Cư M'gar". Such parts are read as typed, never as shorthand
// ("r" is no "rồi") nor as Telex ("gar" is no "gả").
func markApostropheNames(named map[int]bool, text string, toks []analysis.Token) {
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		gap := text[a.End:b.Start]
		if gap == "" || strings.Trim(gap, apostrophes) != "" || utf8.RuneCountInString(gap) != 1 {
			continue
		}
		if !tokenCapitalised(a) {
			continue
		}
		named[i], named[i+1] = true, true
	}
}

// hasInnerCapital reports whether word is written with a capital after a
// small letter ("HoSE", "iPhone", "PetroVietnam"): such a word is an
// abbreviation or a brand, typed as meant, never Telex nor shorthand.
func hasInnerCapital(word string) bool {
	lower := false
	for _, r := range word {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = lower || unicode.IsLower(r)
	}
	return false
}

// endsCountWordCompound reports whether word i, typed without diacritics,
// ends a noun with the word before it whose second word folds to a count
// word ("may" of "xe may", xe máy): it is part of the noun, no question
// word.
func (q *question) endsCountWordCompound(i int) bool {
	if i == 0 || q.words[i].marked {
		return false
	}
	return countWordCompounds.Has(q.words[i-1].fold+" "+q.words[i].fold, lexicon.Exact)
}

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' && r != '/' }) < 0 && unicode.IsDigit([]rune(s)[0])
}

// findWh finds the question phrase: the longest known phrase, preferring
// more specific kinds ("số mấy" over "mấy", "là gì" over "gì").
func (q *question) findWh() {
	// Words rebuilt after parsing (an abbreviation expanded) are read
	// as the question was typed, like the rest.
	for i := range q.words {
		q.words[i].asWritten = q.typedMarks || q.words[i].marked || q.words[i].restored
	}
	q.whAt, q.whEnd = -1, -1
	best := 0
	for i := range q.words {
		for _, j := range whPhrasesByFirst[q.words[i].fold] {
			p, parts := whPhrases[j], whPhraseParts[j]
			n := q.hasPartsAt(parts, i)
			if n == 0 || n < best {
				continue
			}
			if n == best && p.wh == whWhat && q.wh != whNone {
				continue
			}
			// "mấy" and "nào" are weak: a later stronger phrase wins.
			if whereWord.Has(p.phrase, lexicon.Folded) && !q.words[i].marked && !whereWord.Has(q.words[i].text, lexicon.Exact) && q.words[i].text != p.phrase {
				continue
			}
			if q.words[i].marked && whereWord.Has(p.phrase, lexicon.Folded) && !whereWord.Has(q.words[i].text, lexicon.Exact) {
				continue
			}
			if unmarkedQuestionWords.Has(p.phrase, lexicon.Exact) && q.words[i].marked {
				continue
			}
			if n == 1 && q.endsCountWordCompound(i) {
				continue
			}
			if q.words[i].personName && i > 0 && q.words[i-1].personName {
				// "nam" of "le nam bao nhieu tuoi" ends the name Lê Nam:
				// no "năm".
				continue
			}
			if last := q.words[i+n-1]; p.wh == whWhere && whereWord.Has(last.fold, lexicon.Folded) && !last.marked && q.wordsAfter(i+n) {
				// "ai dự lễ ở đầu cầu trung tâm": typed without marks, a
				// "đâu" that words follow is "đầu".
				continue
			}
			if p.wh == whWhen && q.periodQualifier(i, n) {
				continue
			}
			if nounWhichWords.Has(p.phrase, lexicon.Exact) && i == 0 {
				continue
			}
			if len(parts) > 1 && compoundSoHeads.Has(parts[0], lexicon.Exact) && i > 0 && compoundSo.Has(q.words[i-1].fold, lexicon.Exact) {
				// "tỷ số bao nhiêu" asks for a score, "tổng số" for a count.
				continue
			}
			best = n
			q.wh, q.whAt, q.whEnd, q.when = p.wh, i, i+n, p.when
			q.org = p.wh == whWho && len(parts) > 1 && nounWhichWords.Has(parts[len(parts)-1], lexicon.Exact) && !personWhichPhrases.Has(p.phrase, lexicon.Exact)
		}
	}
	q.partOfDayChoice()
	// "có … không" asks yes or no: "Các vụ cháy có làm ai chết hay bị
	// thương không?" asks no who.
	last := len(q.words) - 1
	if last > 0 && yesNoQuestionEnds.Has(q.words[last].fold, lexicon.Exact) {
		hasCo := false
		for i, w := range q.words[:last] {
			if yesNoQuestionLeads.Has(w.fold, lexicon.Exact) && (q.wh == whNone || i < q.whAt) {
				hasCo = true
			}
		}
		countLike := q.wh == whCount || q.wh == whNumber || q.wh == whWhen || q.wh == whWhere
		if q.wh == whNone || q.wh == whWhat && nounWhichWords.Has(q.words[q.whAt].fold, lexicon.Exact) || hasCo && q.wh != whYesNo && !countLike {
			q.wh, q.whAt, q.whEnd = whYesNo, last, last+1
			q.org = false
		}
	}
	if last > 1 && q.wh == whNone && statementParticle(q.words[last]) {
		// "Lễ trao bằng khen do UBND tỉnh tổ chức hả?": a statement asked
		// for confirmation.
		q.wh, q.whAt, q.whEnd = whYesNo, last, last+1
	}
	if q.titleWhich() {
		// "phó thủ tướng nào đến dự" asks who holds the title.
		q.wh, q.org, q.whichTitle = whWho, false, true
	}
	// "những/các X nào" lists.
	if (q.wh == whWhat || q.wh == whWhere || q.wh == whWho && q.org) && nounWhichWords.Has(q.words[q.whEnd-1].fold, lexicon.Exact) {
		for _, w := range q.words[:q.whAt] {
			if pluralMarkers.Has(w.fold, lexicon.Folded) {
				q.wh = whList
			}
		}
	}
	if q.wh == whCount || q.wh == whNumber {
		q.label = q.labelHead()
		if q.wh == whCount && q.when == "" && len(q.label) > 0 && (q.nothingAfter(q.whEnd) || ordinalLabel(q.label)) && !q.measuredAt(q.whEnd) {
			// "huân chương hạng mấy", "top mấy", "giai đoạn mấy" ask
			// which rank or number, not how many; an ordinal head asks
			// it whatever follows: "ngày làm việc thứ bao nhiêu của kỳ
			// họp". A unit after the question word measures an amount:
			// "ma tuy da thu bao nhieu kg" collects ("thu"), it is no
			// "thứ".
			q.wh = whNumber
		}
	}
	if q.wh == whCount && q.when == "" && len(q.label) == 0 && q.nothingAfter(q.whEnd) {
		if n := q.periodNounBefore(q.whAt); n > 0 {
			// "nhiệm kỳ mấy" asks which term, as "nhiệm kỳ nào" does: a
			// period, its years, not a count.
			q.wh, q.whAt, q.when = whWhen, q.whAt-n, whenPeriod
		}
	}
	if q.wh == whCount {
		q.counted = q.countedAfter(q.whEnd)
		q.focus = q.focusAfter(q.whEnd)
		if w, ok := q.countedYearsAt(q.whEnd); ok && q.counted == nil {
			// "bao nhiêu năm rồi", "kỷ niệm bao nhiêu năm quan hệ ngoại
			// giao": the years are counted, of what follows.
			q.counted = &w
			q.focus = append([]word{w}, q.focus...)
		}
		if len(q.focus) >= 1 && measures.has(q.focus[len(q.focus)-1]) && (len(q.focus) == 1 && !durationUnits.Has(q.focus[0].fold, lexicon.Folded) || perOneWords.Has(q.focus[0].fold, lexicon.Exact)) && q.namesPrice() {
			// "Giá … bao nhiêu một kg?": an amount of money per kg. A unit
			// of time alone after the count word counts time ("tiền thuê
			// nhà trong mấy tháng"); "bao nhiêu một tháng" is still a
			// price per month.
			q.per = q.focus[len(q.focus)-1].fold
			q.focus = []word{{text: "giá", fold: "gia", marked: true, asWritten: true}}
		}
		if q.perUnit != "" {
			// "lời bao nhiêu 1 ha": an amount of money per ha, whatever
			// word asks the money; the unit alone counts nothing.
			q.per = analysis.Fold(q.perUnit)
			if len(q.focus) == 1 && q.focus[0].fold == analysis.Fold(q.perUnit) {
				q.focus = []word{{text: "giá", fold: "gia", marked: true, asWritten: true}}
			}
		}
		if len(q.focus) == 1 && classifiers.has(q.focus[0]) {
			// "lắp bn cái": the classifier stands for what came before.
			q.focus = nil
		}
		if len(q.focus) == 0 {
			q.focus = q.focusBefore(q.whAt)
			q.described = true
		}
		if len(q.focus) == 0 && q.counted != nil {
			// "Trên xe máy có mấy người?": with nothing else to read, the
			// noun after the count word is what is counted, short as it
			// is.
			q.focus = []word{*q.counted}
			q.described = false
		}
		if m := q.measureBefore(q.whAt); len(m) > 0 && q.counted == nil && (q.described || q.whEnd < len(q.words) && q.focusStopAt(q.whEnd)) {
			// "htx có diện tích bao nhiêu" asks an area, "lãi bao nhiêu
			// từ cà phê" an amount of money: the measure before the count
			// word, not the words around it.
			q.focus = m
			q.described = true
		}
	}
	q.side = q.askedSide()
	q.choice = q.readChoice()
}

// periodEdges make a period of the unit of time they come before: "đầu
// năm", "cuối tháng".
var periodEdges = spelling{lexicon.MustSet("period_edge_words")}

// countWords are the folded count words that may end a when-phrase ("năm
// bao nhiêu", "tháng mấy") and then may count what follows instead.
var countWords = lexicon.MustSet("count_words_folded")

// periodQualifier reports whether the when-phrase of n words at i is part
// of a period that qualifies the question rather than what it asks: its
// unit of time follows a period edge ("6 tháng đầu năm bao nhiêu lượt")
// and it ends in a count word, which then counts what follows.
func (q *question) periodQualifier(i, n int) bool {
	if i == 0 || !periodEdges.has(q.words[i-1]) {
		return false
	}
	return n > 1 && countWords.Has(strings.Join(foldsOf(q.words[i+1:i+n]), " "), lexicon.Folded)
}

// partOfDays are the parts of the day ("sáng", "chiều", "tối"), as
// written with diacritics; a word typed without them is compared folded.
var partOfDays = spelling{timesOfDay}

// alternatives join the alternatives of a question: "hay", "hoặc".
var alternatives = lexicon.MustSet("alternative_words")

// maxChoiceGap is the most words between two parts of the day that offer
// a choice: "sáng hay chiều", "buổi sáng hay buổi chiều".
const maxChoiceGap = 2

// partOfDayChoice reads "sáng hay chiều" as a question for the part of the
// day, when no stronger question word was found: two different parts of
// the day joined by "hay" or "hoặc" ("buổi sáng hay buổi chiều"), and
// nothing else between them ("cùng chiều hay ngược chiều" asks a way).
func (q *question) partOfDayChoice() {
	if q.wh != whNone && q.wh != whWhat && q.wh != whYesNo {
		return
	}
	for i, w := range q.words {
		if !partOfDays.has(w) {
			continue
		}
		alt := false
		for j := i + 1; j < len(q.words) && j <= i+maxChoiceGap+1; j++ {
			v := q.words[j]
			if partOfDays.has(v) && alt && v.fold != w.fold {
				q.wh, q.whAt, q.whEnd, q.when = whWhen, i, j+1, whenPartOfDay
				q.org = false
				return
			}
			switch {
			case alternatives.Has(v.fold, lexicon.Folded):
				alt = true
			case partOfDayCues.Has(v.text, lexicon.Exact) || partOfDayCues.Has(v.fold, lexicon.Folded):
			default:
				j = len(q.words) // something else between them
			}
		}
	}
}

// focusBefore returns what a count asks for when the count word ends the
// question: "Tổng số tập thể, cá nhân được vinh danh là bao nhiêu?" →
// "tập thể, cá nhân".
func (q *question) focusBefore(at int) []word {
	var out []word
	for k := 0; k < at; k++ {
		w := q.words[k]
		if len(out) == 0 && (focusLeads.Has(w.fold, lexicon.Exact) || w.isFiller()) {
			continue
		}
		if q.focusStopAt(k) {
			break
		}
		out = append(out, w)
		if len(out) >= 6 {
			break
		}
	}
	return out
}

// countMeasures are the nouns and adjectives of measure that name what a
// count asks for when they stand right before its count word: "diện
// tích", "rộng", "lãi" (count_measures).
var countMeasures = lexicon.MustSet("count_measures")

// measureBefore returns the measure of countMeasures that ends right
// before word at, the count word, when the count word ends the question
// or a word of no noun follows it ("lãi bao nhiêu từ cà phê"); nil when
// none does.
func (q *question) measureBefore(at int) []word {
	if !q.nothingAfter(q.whEnd) && !(q.whEnd < len(q.words) && q.focusStopAt(q.whEnd)) {
		return nil
	}
	for n := min(countMeasures.MaxWords(), at); n >= 1; n-- {
		if countMeasures.Has(textOf(q.words[at-n:at]), lexicon.AsTyped) {
			return q.words[at-n : at]
		}
	}
	return nil
}

// compoundSo are the words that make "số" part of a noun: "tỷ số", "tổng
// số", "con số".
var compoundSo = lexicon.MustSet("compound_so_folded")

var (
	// yesNoQuestionEnds end a yes-or-no question: "… không", "… chưa".
	yesNoQuestionEnds = lexicon.MustSet("yes_no_question_ends_folded")
	// yesNoQuestionLeads open what it asks: "có … không".
	yesNoQuestionLeads = lexicon.MustSet("yes_no_question_leads_folded")
	// statementParticles end a statement asked for confirmation ("… hả",
	// "… à"): a yes-or-no question when it asks nothing else; typed
	// without marks, statementParticlesFolded.
	statementParticles       = lexicon.MustSet("statement_question_particles")
	statementParticlesFolded = lexicon.MustSet("statement_question_particles_folded")
	// nounWhichWords follow the noun they ask about: "xã nào".
	nounWhichWords = lexicon.MustSet("noun_which_words_folded")
	// perOneWords make a measure the one a price is per: "một kg".
	perOneWords = lexicon.MustSet("per_one_words_folded")
	// priceWords ask for an amount of money per measure: "giá".
	priceWords = lexicon.MustSet("price_words")
)

// hasPhraseAt returns the number of words of the folded phrase at word i,
// or 0.
func (q *question) hasPhraseAt(phrase string, i int) int {
	parts, ok := whPhraseWords[phrase]
	if !ok {
		parts = strings.Fields(phrase)
	}
	return q.hasPartsAt(parts, i)
}

// hasPartsAt is hasPhraseAt of a phrase split into its words, parts.
func (q *question) hasPartsAt(parts []string, i int) int {
	if i+len(parts) > len(q.words) {
		return 0
	}
	for k, p := range parts {
		w := q.words[i+k]
		if w.fold != p {
			return 0
		}
	}
	// A word typed with diacritics must be the question word itself, not
	// another word that folds alike ("mấy" is not "máy", "gì" not "gỉ").
	// A phrase typed partly with diacritics is typed as meant: its words
	// typed without them are written so ("đội nam nào" asks which team, not
	// "năm nào", which year).
	phraseMarked := false
	for k := range parts {
		w := q.words[i+k]
		if w.marked && !isQuestionSpelling(w.text) {
			return 0
		}
		phraseMarked = phraseMarked || w.marked
	}
	for k := range parts {
		if w := q.words[i+k]; phraseMarked && !w.marked && !isQuestionSpelling(w.text) {
			return 0
		}
	}
	return len(parts)
}

// questionSpellings are the question words as written with diacritics.
var questionSpellings = lexicon.MustSet("question_spellings")

func isQuestionSpelling(w string) bool { return questionSpellings.Has(w, lexicon.Exact) }

// focusAfter returns the noun phrase after a count word: "bao nhiêu điểm
// mô hình do hội viên xây dựng" → "điểm mô hình".
func (q *question) focusAfter(i int) []word {
	var out []word
	for k := i; k < len(q.words); k++ {
		w := q.words[k]
		if q.comparisonAt(k) {
			// "tăng bao nhiêu so với cùng kỳ": the base compared with,
			// not what is counted.
			break
		}
		if focusJoiners.Has(w.fold, lexicon.Exact) && len(out) > 0 && k+1 < len(q.words) && !q.focusStopAt(k+1) {
			continue // "tập thể và cá nhân"
		}
		if q.focusStopAt(k) && len(out) > 0 || w.num || w.isFiller() && q.nothingAfter(k) {
			// "bao nhiêu năm rồi": a particle that ends the question is
			// no part of what is counted.
			break
		}
		if q.focusStopAt(k) {
			continue
		}
		out = append(out, w)
		if len(out) >= 6 {
			break
		}
	}
	return out
}

var focusStops = spelling{lexicon.MustSet("focus_stops")}

// comparisonAt reports whether a comparison with a base starts at word k
// of q: a comparison marker ("so với") as written, or "so" typed without
// diacritics before a word of one ("so cung ky", "so voi"), which "số"
// typed so never stands before.
func (q *question) comparisonAt(k int) bool {
	for _, p := range comparisonMarkersList.items {
		if p.startsAt(q.words, k) {
			return true
		}
	}
	if q.words[k].text != comparisonHead || k+1 >= len(q.words) {
		return false
	}
	return comparisonPhrases.Has(q.words[k].fold+" "+q.words[k+1].fold, lexicon.Exact) || comparisonPhrases.Has(q.words[k+1].fold+" "+nextFold(q.words, k+2), lexicon.Exact)
}

// comparisonHead is the word that opens a comparison typed short: "so".
const comparisonHead = "so"

// nextFold is the folded word i of ws, or "" past its end.
func nextFold(ws []word, i int) string {
	if i < len(ws) {
		return ws[i].fold
	}
	return ""
}

// focusCompounds are nouns one of whose syllables reads as a focus stop:
// "đầu tư", whose "tu" typed without diacritics reads "từ".
var focusCompounds = lexicon.MustSet("focus_compounds_folded")

// focusStopAt reports whether word k of q ends what a count asks for: a
// focus stop that is no syllable of a compound the lexicon knows ("tong
// muc dau tu" asks for "tổng mức đầu tư").
func (q *question) focusStopAt(k int) bool {
	if !focusStops.has(q.words[k]) {
		return false
	}
	if k > 0 && focusCompounds.Has(q.words[k-1].fold+" "+q.words[k].fold, lexicon.Exact) {
		return false
	}
	return !(k+1 < len(q.words) && focusCompounds.Has(q.words[k].fold+" "+q.words[k+1].fold, lexicon.Exact))
}

// countedYearsAt returns word i when it counts years right after a count
// word ("kỷ niệm bao nhiêu năm", "bao nhiêu năm rồi"), though "năm" stops
// a count's focus elsewhere: a year word followed by no number ("bao
// nhiêu người năm 2024" dates the count). Typed without diacritics ("nam", which may be "nam", men) it
// counts years only when nothing but fillers follows it ("bao nhieu nam
// roi").
func (q *question) countedYearsAt(i int) (word, bool) {
	if i >= len(q.words) || !yearWords.Has(q.words[i].fold, lexicon.Folded) {
		return word{}, false
	}
	w := q.words[i]
	if i+1 < len(q.words) && q.words[i+1].num {
		return word{}, false
	}
	if w.marked {
		return w, yearWords.Has(w.text, lexicon.Exact)
	}
	return w, q.nothingAfter(i + 1)
}

// countedAfter returns the noun a count names at word i, right after its
// count word, past a classifier ("bao nhiêu chiếc xe"); a noun of people
// ("người") counts though it is no focus; nil for none.
func (q *question) countedAfter(i int) *word {
	if i < len(q.words) && classifiers.has(q.words[i]) && i+1 < len(q.words) {
		i++
	}
	if i >= len(q.words) {
		return nil
	}
	w := q.words[i]
	if w.num || focusStops.has(w) && !peopleCounts.has(w) {
		return nil
	}
	return &w
}

// labelHead returns the label head a question asks the number of: the
// longest phrase of label_heads that ends right before the question words
// ("hạng mấy", "mức độ mấy"), opens them ("lần thứ mấy", "số mấy") or ends
// on their first word ("biển số mấy"); nil for none.
func (q *question) labelHead() []word {
	if q.whAt < 0 {
		return nil
	}
	for n := labelHeads.MaxWords(); n >= 1; n-- {
		// A head may also end on the question phrase's first word: "biển
		// số" of "biển số mấy", the phrase "số mấy".
		for _, from := range []int{q.whAt - n, q.whAt, q.whAt - n + 1} {
			if from < 0 || from+n > len(q.words) || from+n > q.whEnd || from >= q.whAt-n+1 && q.wh != whNumber {
				continue
			}
			ws := q.words[from : from+n]
			if labelHeads.Has(textOf(ws), lexicon.AsTyped) {
				return ws
			}
		}
	}
	return nil
}

// statementParticle reports whether w, a question's last word, is a
// particle asking a statement's confirmation: typed with its marks
// ("hả", "nhỉ"), or one of the few read so without them ("ha").
func statementParticle(w word) bool {
	if w.marked {
		return statementParticles.Has(w.text, lexicon.Exact)
	}
	return statementParticlesFolded.Has(w.fold, lexicon.Exact)
}

// wordBeforeLabel returns the folded word the question writes right
// before its label ("bao" of "cơn bão số mấy"), or "".
func (q question) wordBeforeLabel() string {
	if len(q.label) == 0 {
		return ""
	}
	for i := 1; i+len(q.label) <= len(q.words); i++ {
		if textOf(q.words[i:i+len(q.label)]) == textOf(q.label) {
			return q.words[i-1].fold
		}
	}
	return ""
}

// periodNouns are the nouns of a period ("nhiệm kỳ", "giai đoạn"): one
// right before a count word that ends the question asks which period.
var periodNouns = lexicon.MustSet("period_words")

// periodNounBefore returns the number of words of the period noun that
// ends right before word i ("nhiệm kỳ" of "nhiệm kỳ mấy"), or 0 when none
// does.
func (q *question) periodNounBefore(i int) int {
	for n := min(periodNouns.MaxWords(), i); n >= 1; n-- {
		if periodNouns.Has(textOf(q.words[i-n:i]), lexicon.AsTyped) {
			return n
		}
	}
	return 0
}

// nothingAfter reports whether only fillers follow word i.
func (q *question) nothingAfter(i int) bool {
	for _, w := range q.words[min(i, len(q.words)):] {
		if !w.isFiller() {
			return false
		}
	}
	return true
}

// ordinalLabel reports whether a label head ends on a word that makes
// the number after it an ordinal ("thứ" of "lần thứ", role
// ordinal_markers), typed with its marks: "thứ mấy" never counts, while
// "thu bao nhiêu viên đạn" asks what was seized.
func ordinalLabel(label []word) bool {
	return len(label) > 0 && ordinalMarkers.Has(label[len(label)-1].text, lexicon.Exact)
}

// ordinalMarkers are the words before a number that make it an ordinal.
var ordinalMarkers = lexicon.MustSet("ordinal_markers")

// labelHeads are the words of a question after which a number names a
// rank or an order rather than counts: "hạng", "lần thứ", "top".
var labelHeads = lexicon.MustSet("label_heads")

// peopleCounts are the nouns that count people of any kind.
var peopleCounts = spelling{lexicon.MustSet("people_counts")}

// focusJoiners join two nouns of a count's focus, folded.
var focusJoiners = lexicon.MustSet("focus_joiners_folded")

// focusLeads are skipped at the start of a count question's focus, folded.
var focusLeads = lexicon.MustSet("focus_leads_folded")

// pluralMarkers make a noun plural: "những", "các".
var pluralMarkers = lexicon.MustSet("plural_markers")

// wordsAfter reports whether a word that is no filler stands at i or
// after it.
func (q *question) wordsAfter(i int) bool {
	for _, w := range q.words[min(i, len(q.words)):] {
		if !w.isFiller() {
			return true
		}
	}
	return false
}

// hasContent reports whether q holds a word besides its question words
// and fillers.
func (q *question) hasContent() bool {
	for i, w := range q.words {
		if (i < q.whAt || i >= q.whEnd) && !w.isFiller() {
			return true
		}
	}
	return false
}

// classifiers count things without naming them: "bao nhiêu cái".
var classifiers = spelling{lexicon.MustSet("classifiers")}

// measuredAt reports whether word i of the question is a unit of measure:
// "bao nhiêu kg".
func (q *question) measuredAt(i int) bool {
	return i < len(q.words) && measures.has(q.words[i])
}

// measures are the units a price may be asked per.
var measures = spelling{lexicon.MustSet("measures")}

// minWhichTitleWords is the fewest words of a title head titleWhich
// reads: a head of one word is a common word too ("trưởng" folds as
// "trường", school).
const minWhichTitleWords = 2

// whichOtherWords ask for another than the article's first: "nào khác".
var whichOtherWords = lexicon.MustSet("which_other_words")

// titleWhich reports whether a what-question asks which holder of a job
// title: the which word "nào" right after a head of the titles the
// articles write, of two words at least ("phó thủ tướng nào", "vị giám
// đốc nào"): a person, not a thing. A title that goes on with a body asks
// the body ("chủ tịch hội nào", "giám đốc sở nào"); "nào khác" asks for
// another one than the article's first.
func (q question) titleWhich() bool {
	if q.wh != whWhat || q.whAt < 1 || q.whEnd != q.whAt+1 || !nounWhichWords.Has(q.words[q.whAt].fold, lexicon.Exact) {
		return false
	}
	if q.whEnd < len(q.words) && whichOtherWords.Has(q.words[q.whEnd].fold, lexicon.Folded) {
		return false // "Phó Thủ tướng nào khác": another than the first
	}
	for _, h := range titleHeads {
		n := len(strings.Fields(h))
		if n < minWhichTitleWords {
			continue // "trưởng", "phó": "truong nao" is "trường nào"
		}
		if from := q.whAt - n; from >= 0 && findPhrase(q.words[from:q.whAt], h) == 0 {
			// "ông Hùng là trưởng phòng nào" asks the body of a title
			// someone the question names holds.
			return !titleCopulasList.in(q.words[:from])
		}
	}
	return false
}
