package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A yesNoVerdict is what the sentence deciding a yes-or-no question
// writes of the values its claim names (claimKeys): the number, the name
// the reader asks about.
type yesNoVerdict int

const (
	// verdictNone: the claim names no value, or no yes-no answer was made.
	verdictNone yesNoVerdict = iota
	// verdictFound: every value the claim names is written in the sentence.
	verdictFound
	// verdictOther: a value the claim names is not written, and the
	// sentence writes another value of the same slot ("lớp 4, 8 và 11"
	// for "lớp 12", "Huân chương Lao động" for "Huân chương Hồ Chí Minh").
	verdictOther
	// verdictUnwritten: a value the claim names is not written, and
	// neither is any other value of its slot.
	verdictUnwritten
)

// A claimKey is a value a yes-or-no question's claim names, with the
// words beside it that name its slot: "12" of "đến lớp 12" (slot "lớp"
// before), "3" of "3 người chết" (slot "người" after), "Hồ Chí Minh" of
// "Huân chương Hồ Chí Minh" (slot "chương" before).
type claimKey struct {
	value         []word
	before, after string // the folded slot words; "" when none
	num           bool
	// title is the folded word naming the person before a name ("ba" of
	// "bà Hường"): of the name, not of what the claim says of it; "" when
	// none.
	title string
	// next is what the claim says of a name: the folded words written
	// right after it ("la thi truong" of "Trung Quốc là thị trường lớn
	// nhất"), nil when fewer than claimNextMin follow.
	next []string
	// nextTyped is true when next is a single verb of giving read as
	// written ("tặng" of "Bộ Công an tặng"), to be compared so: one word
	// tells the giver's relation, but folded it is "tăng" too.
	nextTyped bool
	// nextAfter is the folded word the claim writes right before next
	// when it is not the name's last ("an" of "Bộ Công an tặng"); "" when
	// next follows the name.
	nextAfter string
	// prev is what the claim says leads to a name: the folded words
	// written right before it ("bi bat o" of "bị bắt ở Hà Nội"), nil when
	// fewer than claimNextMin.
	prev []string
	// bound is what the claim says of its number: more or less than it
	// ("hơn 4 tấn", "dưới 16 tuổi"), or the number itself.
	bound claimBound
	// reference is true for a year the claim writes as a point of
	// reference ("có từ năm 1975"): a sentence's year written so
	// ("được tổ chức từ năm 1832") is another value of its slot.
	reference bool
	// subject is what the claim says has the number: the content words
	// the question writes before it, past the previous key ("tỉnh lộ" of
	// "tỉnh lộ có 14 điểm ngập"); nil for a name or when none.
	subject []word
	// unit is the main unit of place the claim writes right before a
	// name ("tinh" of "người tỉnh Quảng Bình"), folded; "" when none.
	unit string
	// eventPlace is true for a place (a unit set) a claim says something
	// happened at (asksWhereHappened): a place where a person lives does
	// not write it.
	eventPlace bool
	// predicate is what the claim says of its count, the folded words
	// right after its unit, up to claimPredicateMax ("chet" of "4 người
	// chết"); nil when none or for any other key.
	predicate []string
	// rank is the rank a key after an ordinal marker writes ("hai" of
	// "lần thứ hai", claimRank), rankHead the folded word heading the
	// marker ("lan"); isRank is false for any other key. A rank compares
	// with the ranks written after the same marker, however written
	// ("lần thứ I").
	rank     float64
	rankHead string
	isRank   bool
	// money is the amount a number's key writes (claimAmount), compared
	// by value; isMoney is false for any other key.
	money   amount
	isMoney bool
}

// A claimBound is what a yes-no question's claim says of its number.
type claimBound int

const (
	// boundExact: the claim names the number itself.
	boundExact claimBound = iota
	// boundMore: the claim says more than the number (claimBoundsMore).
	boundMore
	// boundLess: the claim says less than the number (claimBoundsLess).
	boundLess
)

// claimBoundsMore and claimBoundsLess are the words before a number that
// say more or less than it: "hơn", "trên"; "dưới", "chưa đến".
var (
	claimBoundsMore = lexicon.MustSet("claim_bounds_more")
	claimBoundsLess = lexicon.MustSet("claim_bounds_less")
)

// boundBefore is the bound the folded words right before position i of
// fold say of the number at i: the longest of claimBoundsMore or
// claimBoundsLess written there; boundExact when none.
func boundBefore(fold []string, i int) claimBound {
	for n := min(max(claimBoundsMore.MaxWords(), claimBoundsLess.MaxWords()), i); n > 0; n-- {
		switch ws := fold[i-n : i]; {
		case claimBoundsMore.HasPhrase(ws, lexicon.Folded):
			return boundMore
		case claimBoundsLess.HasPhrase(ws, lexicon.Folded):
			return boundLess
		}
	}
	return boundExact
}

// admits reports whether a value v, written with the bound written, meets
// the bound b claims of n: more than 4 admits 4,56 and "hơn 4"; less than
// 16 admits 15 and "dưới 16".
func (b claimBound) admits(n, v float64, written claimBound) bool {
	switch b {
	case boundMore:
		return v > n || v == n && written == boundMore
	case boundLess:
		return v < n || v == n && written == boundLess
	}
	return v == n
}

// claimNextMin and claimNextMax bound the words after a name that say
// what the claim says of it: fewer than claimNextMin tell no relation
// apart from a chance neighbour.
const (
	claimNextMin = 2
	claimNextMax = 3
)

// Minimum sentence covers of the claim's other words for each verdict.
const (
	// yesNoCoverOther is the cover at which a sentence writing another
	// value of the slot says no.
	yesNoCoverOther = 0.5
	// yesNoCoverUnwritten is the cover at which a sentence writing no
	// value of the slot is read as the article's word on it.
	yesNoCoverUnwritten = 0.75
	// yesNoCoverNegated is the cover at which a sentence writing the
	// claim and a negation says no.
	yesNoCoverNegated = 0.45
	// yesNoCoverYes is the cover at which a sentence writing all of the
	// claim says yes.
	yesNoCoverYes = 0.7
	// yesNoCoverListed is the cover at which a sentence listing the
	// claim's item whole, after a colon (listsClaim), says yes: the words
	// that ask whether it is among them ("có nằm trong nhóm cần trấn áp")
	// are the list's lead, written otherwise.
	yesNoCoverListed = 0.5
	// yesNoCoverBeside is the cover at which a sentence writing an option
	// excluding the claim's right beside the claim's other words
	// (optionBeside) says no: "tại lễ khởi công" for "có phải đây là lễ
	// khánh thành không", the claim's frame ("đây") unwritten.
	yesNoCoverBeside = 0.3
	// yesNoSentences is how many of the best sentences are read for one
	// that decides.
	yesNoSentences = 3
)

// The scores of a yes/no answer: a base and a weight of the cover of the
// claim's other words, by verdict.
const (
	// yesNoOtherBase and yesNoOtherWeight score a no said by another
	// value of the slot.
	yesNoOtherBase   = 0.5
	yesNoOtherWeight = 0.4
	// yesNoUnwrittenBase and yesNoUnwrittenWeight score a no said because
	// the article writes no such number.
	yesNoUnwrittenBase   = 0.5
	yesNoUnwrittenWeight = 0.3
	// yesNoWrittenBase and yesNoWrittenWeight score a sentence that writes
	// the claim, negated or not.
	yesNoWrittenBase   = 0.45
	yesNoWrittenWeight = 0.45
)

// claimKeys lists the values a yes-or-no question's claim names: its
// numbers and its capitalised names, each with the words around it that
// say what it is a value of.
func claimKeys(q question) []claimKey {
	ws := q.words
	// The particles that end the question as a statement asked ("…
	// trao đúng không"): the question's frame, no word of a slot.
	end := len(ws)
	for end > 0 && statementEnds.Has(ws[end-1].fold, lexicon.Exact) && !unitAfterNumber(ws, end-1) {
		end--
	}
	slotWord := func(i int) string {
		if i < 0 || i >= end || ws[i].num || ws[i].cap {
			return ""
		}
		f := ws[i].fold
		if yesNoQuestionEnds.Has(f, lexicon.Exact) || yesNoQuestionLeads.Has(f, lexicon.Exact) || alternativeSet.has(f) {
			return ""
		}
		return f
	}
	folds := foldsOf(ws)
	// A place the claim names is one something happened at, read once;
	// so is one a locative opens ("bắt các đối tượng ở huyện Ia Grai")
	// in a claim of no residence nor home.
	happened := asksWhereHappened(q)
	actPlace := residenceClaimed(q) == nil && !homeQuestionCuesList.in(q.words)
	var keys []claimKey
	from := 0 // the first word past the previous key
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if len(keys) > 0 && i > 0 && (ws[i-1].num || ws[i-1].cap) {
			from = i
		}
		if rank, head, ok := claimRank(ws, i); ok {
			keys = append(keys, claimKey{value: ws[i : i+1], num: true, rank: rank, rankHead: head, isRank: true})
			continue
		}
		switch {
		case w.num:
			after := slotWord(i + 1)
			if after == "" && i+1 < end && unitAfterNumber(ws, i+1) {
				after = ws[i+1].fold
			}
			k := claimKey{value: []word{w}, before: slotWord(i - 1), after: after, num: true, subject: numberSubject(ws, from, i, slotWord)}
			k.money, k.isMoney = claimAmount(ws, i, end)
			if after != "" {
				for j := i + 2; j < i+2+claimPredicateMax && slotWord(j) != ""; j++ {
					k.predicate = append(k.predicate, slotWord(j))
				}
			}
			k.reference = i >= 1 && yearWords.Has(ws[i-1].fold, lexicon.Folded) && phraseBefore(referenceTimeLeads, folds, i-1, lexicon.Folded) > 0
			if k.bound = boundBefore(folds, i); k.bound != boundExact {
				// "hơn" of "hơn 4 tấn" bounds the number; it is no slot.
				k.before = ""
			}
			keys = append(keys, k)
		case !q.typedMarks && !w.cap && unitBefore(ws, folds, i) != "" && unitBefore(ws, folds, i-1) == "" && lowerPlaceEnds(ws, i, end):
			// "tai nan xay ra o huyen thong nhat phai ko": in a question
			// typed without marks, and so without capitals, a place after
			// its unit, ending the claim, is its name, whether the
			// articles write it or not.
			k := claimKey{value: ws[i:end], before: nameHeadBefore(ws, i), prev: claimPrev(ws, i, slotWord), unit: unitBefore(ws, folds, i)}
			k.eventPlace = happened || actPlace && locativeBefore(ws, i-len(strings.Fields(k.unit)))
			keys = append(keys, k)
			i = end - 1
		case w.cap && !w.caps:
			j := i
			for j < len(ws) && ws[j].cap && !ws[j].num {
				j++
			}
			if i > 0 || j-i > 1 {
				// A single capital opening the question is no name.
				if i >= 2 && (ws[i-2].caps || isCode(ws[i-2].fold)) && adminUnits.Has(ws[i-1].text, lexicon.AsTyped) {
					// "UBND tỉnh Lào Cai": the body of the place is the
					// name, not the place alone.
					i -= 2
				}
				k := claimKey{value: ws[i:j], before: nameHeadBefore(ws, i), next: claimNext(ws, j, slotWord), prev: claimPrev(ws, i, slotWord)}
				if verb, giver := claimGiven(ws, j, slotWord); verb != "" {
					k.next, k.nextTyped, k.nextAfter = []string{verb}, true, giver
				}
				k.unit = unitBefore(ws, folds, i)
				// A name after its unit, or right after a locative ("bị
				// bắt ở An Giang"), is a place.
				placed := k.unit != "" || locativeBefore(ws, i)
				k.eventPlace = placed && (happened || actPlace && locativeBefore(ws, i-len(strings.Fields(k.unit))))
				if i > 0 && personMarkers.Has(ws[i-1].fold, lexicon.Folded) {
					k.title = ws[i-1].fold
				}
				keys = append(keys, k)
			}
			i = j - 1
		}
	}
	return keys
}

// numberSubject returns the content words of ws in [from, i) that say what
// has the number at i: no word of the question's frame, no filler, no
// number or name.
func numberSubject(ws []word, from, i int, slotWord func(int) string) []word {
	var out []word
	for k := from; k < i; k++ {
		if slotWord(k) == "" || ws[k].isFiller() || claimBoundWord(ws[k].fold) {
			continue
		}
		out = append(out, ws[k])
	}
	return out
}

// unitAfterNumber reports whether word i of ws is a measure written
// short right after a number ("80 ha", "4 kg"), never a particle that
// ends the question ("hả"): glued_units, as typed.
func unitAfterNumber(ws []word, i int) bool {
	return i > 0 && ws[i-1].num && gluedUnitWords.Has(ws[i].text, lexicon.Exact)
}

// claimNext returns the folded words of ws from j that the claim says of
// the name before j, up to claimNextMax and stopping at a number, a
// name or a word of the question's frame (slotWord gives "" for those);
// nil when fewer than claimNextMin.
func claimNext(ws []word, j int, slotWord func(int) string) []string {
	var next []string
	for k := j; k < len(ws) && len(next) < claimNextMax; k++ {
		f := slotWord(k)
		if f == "" {
			break
		}
		next = append(next, f)
	}
	if len(next) < claimNextMin {
		return nil
	}
	return next
}

// claimPrev returns the folded words of ws before i that the claim says
// lead to the name at i, up to claimNextMax and stopping where claimNext
// stops; nil when fewer than claimNextMin.
func claimPrev(ws []word, i int, slotWord func(int) string) []string {
	var prev []string
	for k := i - 1; k >= 0 && len(prev) < claimNextMax; k-- {
		f := slotWord(k)
		if f == "" {
			break
		}
		prev = append(prev, f)
	}
	if len(prev) < claimNextMin {
		return nil
	}
	slices.Reverse(prev)
	return prev
}

// claimGiverTail is how many words after a name, written in lower case,
// may still belong to it before the verb of giving that ends the claim:
// "an" of "Bộ Công an tặng".
const claimGiverTail = 1

// claimGiven returns the verb of giving that ends the claim after the
// name ending at j ("tặng" of "có phải Bộ Công an tặng không"), when it is
// read as written (typed with diacritics, or in a question that is: "trao"
// of "UBND huyện Long Mỹ trao đúng không"), with the folded word the claim
// writes right before it: what the claim says of the name is that it
// gives, to be compared as written, as folded it is "tăng" too.
func claimGiven(ws []word, j int, slotWord func(int) string) (verb, giver string) {
	for v := j; v < len(ws) && v-j <= claimGiverTail; v++ {
		if slotWord(v) == "" {
			return "", ""
		}
		if !ws[v].asWritten || !roleGiveVerbs.Has(ws[v].text, lexicon.Exact) {
			continue
		}
		if v+1 < len(ws) && slotWord(v+1) != "" {
			return "", ""
		}
		return ws[v].text, ws[v-1].fold
	}
	return "", ""
}

// alternativeSet is alternativeWords as a set; claimNameHeads are the
// nouns that head a name, its slot.
var (
	alternativeSet = foldedSetOf(alternativeWords...)
	claimNameHeads = lexicon.MustSet("claim_name_heads")
)

// nameHeadBefore returns the folded noun heading the name at word i of
// ws ("huan chuong" of "Huân chương Hồ Chí Minh"), the longest written
// there; "" when none.
func nameHeadBefore(ws []word, i int) string {
	for n := min(claimNameHeads.MaxWords(), i); n > 0; n-- {
		h := phraseOf(ws[i-n : i])
		if claimNameHeads.Has(h, lexicon.Folded) {
			return h
		}
	}
	return ""
}

// countedJointly reports whether s writes k's count only before nouns
// of which the claim's slot is one of several: "33 tập thể, cá nhân" for
// the claim "33 cá nhân". Such a number counts the group together, not
// the claim's noun alone.
func (k claimKey) countedJointly(s *sent) bool {
	if !k.num || k.after == "" {
		return false
	}
	n := numKey(k.value[0].text)
	joint := false
	for i := 0; i+1 < len(s.fold); i++ {
		if s.fold[i] != n || !valueNumberAt(s, i) {
			continue
		}
		if k.unitAfter(s, i) {
			return false // counted alone somewhere
		}
		for j := i + 2; j < len(s.fold) && j-i <= jointCountReach; j++ {
			if valueNumberAt(s, j) {
				break
			}
			if s.fold[j] == k.after {
				joint = true
				break
			}
		}
	}
	return joint
}

// jointCountReach is how many words after a number the nouns it counts
// together may run: "33 tập thể, cá nhân điển hình".
const jointCountReach = 4

// writtenIn reports whether every word of k's value is in s; a number in
// digits or spelled ("hai nạn nhân" for "2 nạn nhân").
func (k claimKey) writtenIn(q question, s *sent) bool {
	if k.isRank {
		return k.rankWritten(s)
	}
	if k.isMoney {
		// An amount is written by value, or as the claim writes it
		// before a noun ("hơn 20 triệu học sinh").
		if amountWritten(s, k.money) {
			return true
		}
		for i := range s.fold {
			if valueNumberAt(s, i) && k.sameNumber(s, i) && k.unitAfter(s, i) {
				return true
			}
		}
		return false
	}
	if k.num {
		for i := range s.fold {
			if valueNumberAt(s, i) && k.sameNumber(s, i) {
				return true
			}
		}
	}
	if len(k.value) > 1 {
		// A name of several words is written as a run: "UBND tỉnh Lào
		// Cai" is not "Công an tỉnh Lào Cai, … UBND xã".
		name := foldsOf(k.value)
		for len(name) > 1 && personMarkers.Has(name[0], lexicon.Folded) {
			name = name[1:] // "Ông Thiệp" is written "ông Nguyễn Văn Thiệp"
		}
		for i := 0; i+len(name) <= len(s.fold); i++ {
			if slices.Equal(s.fold[i:i+len(name)], name) && !k.underOtherUnit(s, i) && !(k.eventPlace && personPlaceAt(s, i)) {
				return true
			}
		}
		return false
	}
	for _, w := range k.value {
		if got, _ := s.matchWord(w, q.lang, 0, len(s.fold)); got == 0 {
			return false
		}
	}
	return true
}

// underOtherUnit reports whether the name written from word at of s
// follows a unit of place of another rank than the one the claim heads
// it with (k.unit, admin_unit_ranks_folded): "xã Quảng Bình" is not
// the "tỉnh Quảng Bình" a claim names, though the names are alike.
func (k claimKey) underOtherUnit(s *sent, at int) bool {
	own, ok := unitRanks[k.unit]
	if !ok {
		return false
	}
	for n := 2; n >= 1; n-- {
		if at-n < 0 {
			continue
		}
		if ranks, ok := unitRanks[strings.Join(s.fold[at-n:at], " ")]; ok {
			return !ranksMeet(own, ranks)
		}
	}
	return false
}

// unitBefore returns the main unit of place written right before word i
// of ws, whose folded words are folds (admin_units_main_folded), folded,
// when it is typed as a unit: a word typed with diacritics is read as
// typed ("quan" of "Hải quan Điện Biên" is no "quận"). "" when none.
func unitBefore(ws []word, folds []string, i int) string {
	n := phraseBefore(mainUnits, folds, i, lexicon.Exact)
	if n == 0 {
		return ""
	}
	texts := make([]string, 0, n)
	written := false
	for _, w := range ws[i-n : i] {
		texts = append(texts, w.text)
		written = written || w.asWritten
	}
	if written && !adminUnits.Has(strings.Join(texts, " "), lexicon.Exact) {
		return ""
	}
	return strings.Join(folds[i-n:i], " ")
}

// maxLowerPlaceWords is the most words a place typed in lower case after
// its unit may have (lowerPlaceEnds): "thong nhat", "cam my".
const maxLowerPlaceWords = 3

// lowerPlaceEnds reports whether the words of ws from i up to end, the
// end of a claim, are a place's name typed in lower case: one to
// maxLowerPlaceWords words, none a number, a name typed with capitals, a
// filler, a stopword or a word of the question's frame.
func lowerPlaceEnds(ws []word, i, end int) bool {
	if end-i < 1 || end-i > maxLowerPlaceWords {
		return false
	}
	for _, w := range ws[i:end] {
		if w.num || w.cap || w.caps || w.isFiller() || stopwordsVi.Has(w.fold, lexicon.Folded) || yesNoQuestionEnds.Has(w.fold, lexicon.Exact) {
			return false
		}
	}
	return true
}

// asksWhereHappened reports whether a claim says where something
// happened: it writes a verb of happening ("xảy ra") or names an
// incident ("vụ", "tai nạn"), and asks of no one's home or residence.
func asksWhereHappened(q question) bool {
	if residenceClaimed(q) != nil || homeQuestionCuesList.in(q.words) {
		return false
	}
	return happenVerbsList.in(q.words) || eventReferenceNounsList.in(q.words)
}

// locativeBefore reports whether a locative ("ở", "tại") stands right
// before word i of ws, as typed or, typed without marks, folded.
func locativeBefore(ws []word, i int) bool {
	return i > 0 && spelling{locatives}.has(ws[i-1])
}

// personPlaceAt reports whether word at of s stands in a place written
// as where a person lives or comes from (ofPerson: "ngụ xã Gia Kiệm,
// huyện Thống Nhất"): a claim of where something happened is not met
// there.
func personPlaceAt(s *sent, at int) bool {
	for _, sp := range s.placeSpans() {
		if sp.from <= at && at < sp.to && ofPerson(s, sp) {
			return true
		}
	}
	// A name without its unit right after a word of residence: "ngụ An
	// Giang".
	from := at
	for from > 0 && isCapital(s, from-1) && sepBefore(s, from) == " " {
		from--
	}
	return isCapital(s, at) && ofPerson(s, placeSpan{from: from, to: at + 1})
}

// ranksMeet reports whether two lists of ranks of units of place
// (admin_unit_ranks_folded: "2 3" for "thành phố") share one.
func ranksMeet(a, b string) bool {
	for _, r := range strings.Fields(a) {
		if slices.Contains(strings.Fields(b), r) {
			return true
		}
	}
	return false
}

// claimPredicateMax is the most words of a count's predicate read
// (claimKey.predicate): "bị thương" of "4 người bị thương".
const claimPredicateMax = 2

// predicateElsewhere reports whether s writes what the claim says of its
// count right after another number of its unit, and never after k's
// number: "làm 1 người chết, 4 người bị thương" for "4 người chết".
func (k claimKey) predicateElsewhere(s *sent) bool {
	n := len(k.predicate)
	if !k.num || n == 0 {
		return false
	}
	other := false
	for i := 0; i+2+n <= len(s.fold); i++ {
		// Digits only, of no date: "năm" is a year as often as five.
		if !isNumberWord(s.lower[i]) || s.inTime(s.starts[i]) || !k.unitAfter(s, i) || !slices.Equal(s.fold[i+2:i+2+n], k.predicate) {
			continue
		}
		if k.sameNumber(s, i) {
			return false
		}
		other = true
	}
	return other
}

// subjectElsewhere reports whether s writes k's number, but what the
// claim says has it (k.subject) stands in the own part of another number
// of its unit and in none of the parts of k's number (numberPart): "tuyến
// quốc lộ có 14 điểm bị ngập …; tỉnh lộ có 62 điểm bị ngập" for "tỉnh lộ
// có 14 điểm ngập".
func (k claimKey) subjectElsewhere(s *sent) bool {
	if !k.num || len(k.subject) == 0 {
		return false
	}
	other := false
	for i := range s.fold {
		if !valueNumberAt(s, i) {
			continue
		}
		if k.sameNumber(s, i) {
			if partHolds(s, i, k.subject) {
				return false
			}
			continue
		}
		if !other && (k.after == "" || k.unitAfter(s, i)) {
			other = partHolds(s, i, k.subject)
		}
	}
	return other
}

// otherIn reports whether s writes another value of k's slot: another
// number before its unit or after its noun, another name after its noun.
func (k claimKey) otherIn(s *sent) bool {
	first := k.value[0].fold
	// The words of the name's head, split once, not at every word of s.
	head := strings.Fields(k.before)
	n := len(head)
	if k.isMoney && otherAmount(s, k.money) || k.isRank && k.rankVerdict(s) == verdictOther || k.otherBodyPlace(s) {
		return true
	}
	for i := range s.fold {
		if k.num {
			if k.after != "" && k.unitAfter(s, i) && valueNumberAt(s, i) && !k.sameNumber(s, i) {
				return true
			}
			if k.before != "" && s.fold[i] == k.before && i+1 < len(s.fold) && valueNumberAt(s, i+1) && !k.sameNumber(s, i+1) && (k.reference || !referenceTime(s, i)) {
				return true
			}
			continue
		}
		if k.before != "" && i+n < len(s.fold) && s.followsAt(k.before, i) && s.fold[i] == head[0] && s.capitalised(i+n, i+n+1) && s.fold[i+n] != first {
			return true
		}
	}
	return false
}

// otherBodyPlace reports whether k names a body of a place, its code and
// unit before the place ("UBND tỉnh Yên Bái"), and s writes the same body
// and unit before another capitalised name ("UBND tỉnh Vĩnh Phúc"): the
// body of another place.
func (k claimKey) otherBodyPlace(s *sent) bool {
	if k.num || len(k.value) < 3 || !(k.value[0].caps || isCode(k.value[0].fold)) || !adminUnits.Has(k.value[1].text, lexicon.AsTyped) {
		return false
	}
	name := foldsOf(k.value[2:])
	for i := 0; i+2 < len(s.fold); i++ {
		if s.fold[i] != k.value[0].fold || s.fold[i+1] != k.value[1].fold || !s.capitalised(i+2, i+3) {
			continue
		}
		if n := min(len(name), len(s.fold)-i-2); !slices.Equal(s.fold[i+2:i+2+n], name) {
			return true
		}
	}
	return false
}

// referenceTimeLeads make the time whose unit follows them a point of
// reference: "kể từ năm 2017".
var referenceTimeLeads = lexicon.MustSet("reference_time_leads")

// referenceTime reports whether word i of s is the word for year written
// after a word of referenceTimeLeads ("năm" of "kể từ năm 2017"): that
// year is not another value of a claim's year.
func referenceTime(s *sent, i int) bool {
	return yearWords.Has(s.lower[i], lexicon.Exact) && s.matchBack(referenceTimeLeads, i) > 0
}

// otherHolds reports whether s says what the claim says of k's name of
// another name instead: the words the claim writes after it (k.next)
// follow another capitalised word in s and never the name itself ("Mỹ
// là thị trường lớn nhất, theo sau là Trung Quốc" for "Trung Quốc là
// thị trường lớn nhất"; "Chủ tịch tỉnh tặng" for "Bộ Công an tặng").
func (k claimKey) otherHolds(s *sent) bool {
	if len(k.next) == 0 {
		return false
	}
	words := s.fold
	if k.nextTyped {
		words = s.lower
	}
	last := k.value[len(k.value)-1].fold
	if k.nextAfter != "" {
		last = k.nextAfter
	}
	other := false
	for i := 1; i+len(k.next) <= len(words); i++ {
		if !slices.Equal(words[i:i+len(k.next)], k.next) {
			continue
		}
		// The word before, past auxiliaries ("huyện An Phú cũng tặng",
		// "tỉnh Hậu Giang vừa trao tặng").
		b := i - 1
		for b > 0 && auxiliaries.Has(s.lower[b], lexicon.Exact) {
			b--
		}
		if s.fold[b] == last {
			return false
		}
		if s.capitalised(b, b+1) && !s.capitalised(i, i+1) && !k.nameInPart(s, b) {
			other = true
		}
	}
	return other
}

// otherBefore reports whether s writes what the claim says leads to k's
// name (k.prev) before another name, and never before the name itself:
// "bị bắt ở Hải Phòng" for "bị bắt ở Hà Nội".
func (k claimKey) otherBefore(s *sent) bool {
	n := len(k.prev)
	if n == 0 {
		return false
	}
	first := k.value[0].fold
	other := false
	for i := n; i < len(s.fold); i++ {
		if !slices.Equal(s.fold[i-n:i], k.prev) {
			continue
		}
		if s.fold[i] == first {
			return false
		}
		if s.capitalised(i, i+1) && !k.nameInPart(s, i) {
			other = true
		}
	}
	return other
}

// nameInPart reports whether s writes k's name whole in the part of the
// sentence holding word i (between commas, semicolons and colons): a
// name listed with the other ("Đồng Tháp và An Giang tăng") shares what
// is said of it.
func (k claimKey) nameInPart(s *sent, i int) bool {
	part := partsOf(s)
	name := foldsOf(k.value)
	for j := 0; j+len(name) <= len(s.fold); j++ {
		if part[j] == part[i] && slices.Equal(s.fold[j:j+len(name)], name) {
			return true
		}
	}
	return false
}

// demotedIn reports whether s writes k's name only after a marker making
// it a deputy's or a former title (viceMarkers, formerTitleMarkers) that
// the claim does not write: "Phó Chủ tịch UBND tỉnh" for "Chủ tịch UBND
// tỉnh".
func (k claimKey) demotedIn(s *sent) bool {
	if k.num || viceMarkers.Has(k.value[0].fold, lexicon.Folded) {
		return false
	}
	head := foldsOf(k.value[:min(len(k.value), claimNextMin)])
	seen := false
	for i := 0; i+len(head) <= len(s.fold); i++ {
		if !slices.Equal(s.fold[i:i+len(head)], head) {
			continue
		}
		if i == 0 || !viceMarkers.Has(s.lower[i-1], lexicon.Exact) && !formerTitleMarkers.Has(s.lower[i-1], lexicon.Exact) {
			return false
		}
		seen = true
	}
	return seen
}

// boundVerdict is what s writes of k's bounded number (k.bound): found
// when it writes a value of k's unit that meets the bound, other when it
// writes only values that do not, none when it writes no value of the
// unit.
func (k claimKey) boundVerdict(s *sent) yesNoVerdict {
	n, ok := analysis.ParseNumber(k.value[0].text)
	if !ok || k.after == "" {
		return verdictNone
	}
	v := verdictNone
	for i := 0; i+1 < len(s.fold); i++ {
		if !k.unitAfter(s, i) {
			continue
		}
		got, ok := analysis.ParseNumber(s.text[s.starts[i]:s.ends[i]])
		if !ok {
			continue
		}
		if k.bound.admits(n, got, boundBefore(s.fold, i)) {
			return verdictFound
		}
		v = verdictOther
	}
	return v
}

// claimUniversals are the words by which a claim holds of every one of a
// group ("cả 3 đối tượng đều 27 tuổi"): a sentence writing the value of
// one and another value of the same slot for another says no.
var claimUniversals = lexicon.MustSet("claim_universals")

// universalClaim reports whether the question's claim holds of every one
// of a group (claimUniversals), matched as typed.
func universalClaim(q question) bool {
	texts := words(q.words)
	for i := range texts {
		for n := 1; n <= claimUniversals.MaxWords() && i+n <= len(texts); n++ {
			if claimUniversals.HasPhrase(texts[i:i+n], lexicon.AsTyped) {
				return true
			}
		}
	}
	return false
}

// claimAliasReach is how many words a noun may run from its number to
// the bracket writing its other name: "1.100 thiết bị bay không người
// lái (drone)".
const claimAliasReach = 6

// unitAfter reports whether s writes k's unit (k.after) right after word
// i, itself or as the name given in brackets to the noun written there
// (aliasAfter).
func (k claimKey) unitAfter(s *sent, i int) bool {
	return i+1 < len(s.fold) && (s.fold[i+1] == k.after || aliasAfter(s, i+1, k.after))
}

// aliasAfter reports whether the noun written from word i of s is given
// the folded name f in brackets right after it, within claimAliasReach
// words and before any number: "thiết bị bay không người lái (drone)"
// is the noun "drone" of "1.000 drone".
func aliasAfter(s *sent, i int, f string) bool {
	for j := i + 1; j < len(s.fold) && j-i <= claimAliasReach; j++ {
		if valueNumberAt(s, j) {
			return false
		}
		if strings.Contains(s.text[s.ends[j-1]:s.starts[j]], bracketOpen) {
			return s.fold[j] == f
		}
	}
	return false
}

// sameNumber reports whether word i of s, a number, is k's: written alike
// ("2.430" and "2430"), or of the same value, in digits or spelled ("hai
// nạn nhân" for "2 nạn nhân").
func (k claimKey) sameNumber(s *sent, i int) bool {
	if s.fold[i] == numKey(k.value[0].text) {
		return true
	}
	want, ok := analysis.ParseNumber(k.value[0].text)
	if !ok {
		return false
	}
	got, ok := numberValueAt(s, i)
	return ok && got == want
}

// numberValueAt returns the value of word i of s, a number in digits or
// spelled ("hai"); ok is false for any other word.
func numberValueAt(s *sent, i int) (float64, bool) {
	if v, ok := spelledNumbers[s.lower[i]]; ok {
		return v, true
	}
	return analysis.ParseNumber(s.text[s.starts[i]:s.ends[i]])
}

// valueNumberAt reports whether word i of s is a number, in digits or spelled.
func valueNumberAt(s *sent, i int) bool {
	if isNumberWord(s.lower[i]) {
		return true
	}
	_, spelled := spelledNumbers[s.lower[i]]
	return spelled
}

// verdictOf is what s writes of the claim's keys and options: found when
// it writes them all, other when it writes another value of an unwritten
// one's slot or only another option (optionVerdict), or says what the
// claim says of a name of another name — the words after it (otherHolds)
// or before it (otherBefore) —, or writes the name only as a deputy's or
// former title (demotedIn), or, when the claim holds of every one of a
// group (universalClaim), writes another value of a written one's slot
// too, or writes a number but what the claim says has it beside another
// (subjectElsewhere); unwritten when it writes neither. A number the claim bounds ("hơn
// 4 tấn") is found when a value of its unit meets the bound, other when
// only values that do not are written (boundVerdict).
func verdictOf(q question, keys []claimKey, s *sent) yesNoVerdict {
	option := optionVerdict(q, s)
	if option == verdictOther {
		return verdictOther
	}
	if len(keys) == 0 {
		return option
	}
	v := verdictFound
	universal := universalClaim(q)
	for _, k := range keys {
		if k.bound != boundExact {
			switch k.boundVerdict(s) {
			case verdictFound:
				continue
			case verdictOther:
				return verdictOther
			}
			v = verdictUnwritten
			continue
		}
		if k.otherHolds(s) || k.otherBefore(s) || k.demotedIn(s) {
			return verdictOther
		}
		if k.writtenIn(q, s) {
			if universal && k.otherIn(s) {
				return verdictOther
			}
			if k.subjectElsewhere(s) || k.predicateElsewhere(s) {
				return verdictOther
			}
			if k.countedJointly(s) {
				// "33 tập thể, cá nhân" counts more than the claim's
				// "33 cá nhân": the article does not say it of those alone.
				v = verdictUnwritten
			}
			continue
		}
		if k.otherIn(s) {
			return verdictOther
		}
		v = verdictUnwritten
	}
	return v
}

// countsOnly reports whether every key is a count: a number before the
// noun it counts ("3 người", "2 tháng"). Of an unwritten name the article
// may write another form, and of a number after its noun, an index ("khâu
// đột phá 1", "chặng 24"), another form too ("thứ nhất", "đầu tiên"): an
// article writing no such count writes no such fact, but one writing no
// such index may write it otherwise.
func countsOnly(keys []claimKey) bool {
	for _, k := range keys {
		if !k.num || k.after == "" {
			return false
		}
	}
	return true
}

// claimOpposites are groups of options that fill one slot of a claim
// and exclude each other: "tăng | giảm".
var claimOpposites = lexicon.MustGroups("claim_opposites")

// claimOptions are the options of claimOpposites, group by group, split
// into their words as written and folded.
var claimOptions = func() []phraseList {
	out := make([]phraseList, len(claimOpposites))
	for i, g := range claimOpposites {
		out[i] = phrasesOf(g)
	}
	return out
}()

// askedGroup is a group of claimOpposites the question names: all its
// options, and whether the question writes each.
type askedGroup struct {
	options phraseList
	named   []bool
}

// askedGroups lists the groups of claimOpposites one of whose options the
// question writes, folded, in their order.
func askedGroups(q question) []askedGroup {
	return optionGroups(q, phraseWords.foldedIn)
}

// optionGroups lists the groups of claimOpposites one of whose options
// the question writes, as written reports it, in their order.
func optionGroups(q question, written func(phraseWords, []word) bool) []askedGroup {
	var out []askedGroup
	for _, g := range claimOptions {
		var named []bool
		for k, m := range g.items {
			if written(m, q.words) {
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

// optionVerdict is what s writes of the options the claim names
// (claimOpposites): other when, of a group, it writes only another option
// than the one the question writes — a claim naming options of several
// groups is false when one of them is ("giá cà phê trong nước tăng" of
// "giá cà phê trong nước … giảm") —, else found when it writes one the
// question writes, none when neither.
func optionVerdict(q question, s *sent) yesNoVerdict {
	v := verdictNone
	for _, g := range askedGroups(q) {
		found, other := g.writes(s, -1)
		if found && other {
			// A sentence that writes both ("Mầm non … (tăng 4.737 học
			// sinh …); tiểu học … (giảm 9.485 học sinh …)") says of the
			// claim what the clause of its other words says.
			if c, ok := claimClause(q, s); ok {
				if f, o := g.writes(s, c); f || o {
					found, other = f, o
				}
			}
		}
		switch {
		case found:
			v = max(v, verdictFound)
		case other:
			return verdictOther
		}
	}
	return v
}

// writes reports whether s writes an option of g the question names
// (named), and whether it writes another of g (other): in its clause c
// (sent.clause), or anywhere when c is negative.
func (g askedGroup) writes(s *sent, c int) (named, other bool) {
	for i := range s.lower {
		if c >= 0 && s.clause[i] != c {
			continue
		}
		for k, m := range g.options.items {
			if m.writtenAt(s.lower, i) && (c < 0 || s.clause[i+len(m.parts)-1] == c) {
				named = named || g.named[k]
				other = other || !g.named[k]
			}
		}
	}
	return named, other
}

// claimClause returns the clause of s (sent.clause) that holds more of
// the claim's own words — the question's content words but its options,
// its question words and its fillers — than any other, when s has more
// than one clause and one holds most, and at least one.
func claimClause(q question, s *sent) (int, bool) {
	if len(s.clause) == 0 || s.clause[len(s.clause)-1] == 0 {
		return 0, false
	}
	options := optionFolds(q)
	held := map[int]int{}
	for i, w := range q.words {
		if i >= q.whAt && i < q.whEnd || w.isFiller() || w.num || slices.Contains(options, w.fold) || yesNoWords.has(w.fold) {
			continue
		}
		seen := map[int]bool{}
		for _, at := range s.pos[w.fold] {
			if c := s.clause[at]; !seen[c] {
				seen[c] = true
				held[c]++
			}
		}
	}
	best, most, tie := 0, 0, false
	for c, n := range held {
		switch {
		case n > most:
			best, most, tie = c, n, false
		case n == most:
			tie = true
		}
	}
	return best, most > 0 && !tie
}

// optionFolds lists the folded words of the options of claimOpposites
// the question writes.
func optionFolds(q question) []string {
	var out []string
	for _, g := range askedGroups(q) {
		for k, m := range g.options.items {
			if g.named[k] {
				out = append(out, m.folded...)
			}
		}
	}
	return out
}

// keyFolds lists the folded words of the keys' values and of the titles
// before their names.
func keyFolds(keys []claimKey) []string {
	var out []string
	for _, k := range keys {
		out = append(out, foldsOf(k.value)...)
		if k.title != "" {
			out = append(out, k.title)
		}
	}
	return out
}

// mentionLeadMin is the fewest words of a run opening a question that
// make it ask whether the article mentions its claim: "có nhắc tới", "bài
// báo có nói"; a single "trong" opens a claim.
const mentionLeadMin = 2

// mentionSet is mentionWords as a set.
var mentionSet = foldedSetOf(mentionWords...)

// mentionLead lists the folded words of the run opening q that asks
// whether the article mentions what follows ("bài báo có nói trấn áp …
// không", "có nhắc tới băng nhóm … không"): the article's nouns
// (articleNouns), words of mention (mentionWords) and the yes-no lead,
// when at least mentionLeadMin; the article writes its claim, not them.
func mentionLead(q question) []string {
	var out []string
	run := 0
	for _, w := range q.words {
		f := w.fold
		lead := yesNoQuestionLeads.Has(f, lexicon.Exact)
		if !lead && !mentionSet.has(f) && !articleNouns.Has(f, lexicon.Folded) {
			break
		}
		run++
		if !lead {
			out = append(out, f)
		}
	}
	if run < mentionLeadMin || len(out) == 0 {
		return nil
	}
	return out
}

// claimEnds lists the folded particles that end q as a statement asked
// ("… là chính ủy phải không", "… dương tính à"): the question's frame,
// no word of its claim.
func claimEnds(q question) []string {
	var out []string
	for end := len(q.words); end > 0 && statementEnds.Has(q.words[end-1].fold, lexicon.Exact); end-- {
		out = append(out, q.words[end-1].fold)
	}
	return out
}

// yesNo answers "có … không?", "có phải … không", "… đúng không?" with
// "Có" or "Không" and the sentence that decides it: of the sentences
// holding the claim's other words, the one writing the values it names
// says yes (or no, when it negates them), one writing another value of
// their slot says no; one writing nothing of the slot decides nothing.
func (d *document) yesNo(q question, content []word, sc *scope) candidate {
	if q.wh != whYesNo {
		return candidate{}
	}
	content = without(without(without(content, alternativeWords...), claimEnds(q)...), mentionLead(q)...)
	keys := claimKeys(q)
	// The claim's other words: a sentence saying yes must hold them,
	// options and all; one writing another option is read without them.
	rest := without(content, keyFolds(keys)...)
	if len(rest) == 0 {
		rest = content
	}
	best := d.bestSentences(q, content, sc, yesNoSentences)
	if len(best) == 0 {
		return candidate{}
	}
	if s := d.casualtiesDenied(q, sc); s != nil {
		// "có ai chết không" of "rất may không có thiệt hại về người".
		return denial(s)
	}
	pick, verdict := decidingSentence(q, keys, best)
	options := optionFolds(q)
	optRest := without(content, options...)
	if verdict != verdictFound && verdict != verdictOther && len(options) > 0 && len(optRest) > 0 {
		// The best sentences decide nothing: one further down may write
		// the claim's option, or its opposite, beside its other words.
		if s, v := d.optionSentence(q, content, optRest, keys, sc); s != nil {
			pick, verdict = s, v
		}
	}
	beside := len(options) > 0 && len(optRest) > 0 && optionBeside(q, pick, d.overlapOf(q, optRest, pick))
	switch {
	case verdict == verdictOther && optionVerdict(q, pick) == verdictOther:
		// Another option written says no of the claim's names and other
		// words, which the sentence must hold: "anh D. đã tử vong" for
		// "anh D có qua khỏi không".
		if r := without(content, optionFolds(q)...); len(r) > 0 {
			rest = r
		}
	case verdict == verdictOther:
		if r := without(rest, optionFolds(q)...); len(r) > 0 {
			rest = r
		}
	}
	o := d.overlapOf(q, rest, pick)
	cov := o.coverage()
	r := []ref{{pick.p.ID, pick.index}}
	say := func(yes bool, score float64) candidate {
		lead := msgNoLead
		if yes {
			lead = msgYesLead
		}
		// The quote holds the claim's names and numbers as well as its
		// other words: of a sentence listing places ("Quảng Ninh: 15
		// người chết; …; Hà Nội: 1 người chết"), the part of the place
		// asked.
		quote := quoteHolding(pick, d.overlapOf(q, content, pick), MaxAnswer-utf8.RuneCountInString(lead))
		return candidate{answer: Trim(lead+lowerFirst(quote), MaxAnswer), kind: KindPassage, score: score, refs: r, verdict: verdict}
	}
	// What the sentence writes of where the claim says someone lives,
	// and its cover of the claim's words but those asking it.
	residence, homeCover := residenceVerdict(q, pick), 0.0
	noted := d.noteResidence(q, sc)
	if noted != verdictNone {
		residence = noted
	}
	if residence != verdictNone {
		homeCover = d.overlapOf(q, withoutHomeCues(rest), pick).coverage()
	}
	switch {
	case verdict == verdictOther && (cov >= yesNoCoverOther || beside && cov >= yesNoCoverBeside):
		return say(false, yesNoOtherBase+yesNoOtherWeight*cov)
	case verdict == verdictUnwritten && cov >= yesNoCoverUnwritten && countsOnly(keys):
		return candidate{answer: msgNoSuchNumber, kind: KindPassage, score: yesNoUnwrittenBase + yesNoUnwrittenWeight*cov, refs: r, verdict: verdict}
	case verdict == verdictUnwritten && residence == verdictOther && homeCover >= yesNoCoverOther:
		// "Thưởng quê Thanh Hóa hả" of "anh Phạm Văn Thưởng (31 tuổi,
		// trú tại huyện Hưng Hà, tỉnh Thái Bình)": the place the claim
		// names is nowhere, another is where he lives.
		verdict = verdictOther
		return say(false, yesNoOtherBase+yesNoOtherWeight*cov)
	case verdict == verdictUnwritten || verdict == verdictOther:
		return candidate{}
	case noted == verdictFound && homeCover >= yesNoCoverYes:
		// "Tải có trú ở Quỳnh Phụ ko" of "Đỗ Văn Tải (sinh năm 1999)
		// cùng trú tại xã An Khê, huyện Quỳnh Phụ": his note binds the
		// place to him, however far apart the sentence writes them.
		return say(true, yesNoWrittenBase+yesNoWrittenWeight*cov)
	case !namesBound(keys, rest, pick) || !itemsBound(q, keys, rest, pick) || !personsBound(keys, pick) || !subjectBound(q, pick):
		// "phạt A 20 năm tù về tội “Giết người”; B … tội chống người thi
		// hành công vụ" says nothing of "B bị xử tội giết người".
		return candidate{}
	case cov >= yesNoCoverNegated && negatesClaim(pick, o):
		return say(false, yesNoWrittenBase+yesNoWrittenWeight*cov)
	case !existentialWritten(q, pick):
		// "có ai chết không" of a sentence writing no death: no yes.
		return candidate{}
	case residence == verdictOther:
		// "hai me con tru o xa van tuong dung khong" of "bắt quả tang
		// … tại xã Vạn Tường … 2 mẹ con …, cùng trú tại xã Đông Sơn":
		// the place of the act is not where they live.
		verdict = verdictOther
		return say(false, yesNoOtherBase+yesNoOtherWeight*cov)
	case residence == verdictFound && homeCover >= yesNoCoverYes:
		// "Khải quê Thái Bình hả" of "anh Đỗ Văn Khải (…, trú tại huyện
		// Hưng Hà, tỉnh Thái Bình)": where he lives is the place claimed.
		return say(true, yesNoWrittenBase+yesNoWrittenWeight*cov)
	case cov >= yesNoCoverYes && d.predicateHeld(q, content, pick):
		return say(true, yesNoWrittenBase+yesNoWrittenWeight*cov)
	case cov >= yesNoCoverListed && listsClaim(pick, content):
		return say(true, yesNoWrittenBase+yesNoWrittenWeight*cov)
	}
	return candidate{}
}

// existentialSubjects ask, after a yes-no lead, whether anyone at all did
// something: "có ai chết không".
var existentialSubjects = phrasesOf(lexicon.MustSet("existential_subjects").Words())

// existentialVerb returns the verb of a claim that asks whether anyone at
// all did or underwent something: the first word after the yes-no lead
// and an existential subject ("có ai", "có người nào") that is no
// auxiliary ("bị", "được") — "chết" of "có ai chết không", "thương" of
// "có ai bị thương không". ok is false for any other question.
func existentialVerb(q question) (w word, ok bool) {
	for i, lead := range q.words {
		if !yesNoQuestionLeads.Has(lead.fold, lexicon.Exact) {
			continue
		}
		for _, m := range existentialSubjects.items {
			if !m.startsAt(q.words, i+1) {
				continue
			}
			for _, v := range q.words[i+1+len(m.parts):] {
				if auxiliaries.Has(v.text, lexicon.AsTyped) {
					continue
				}
				if v.num || yesNoQuestionEnds.Has(v.fold, lexicon.Exact) {
					return word{}, false
				}
				return v, true
			}
		}
	}
	return word{}, false
}

// existentialWritten reports whether s writes the verb of a claim asking
// whether anyone at all did something (existentialVerb); true for any
// other claim.
func existentialWritten(q question, s *sent) bool {
	v, ok := existentialVerb(q)
	if !ok {
		return true
	}
	got, _ := s.matchWord(v, q.lang, 0, len(s.fold))
	return got > 0
}

// claimSubject returns the number of words of q that name the subject
// of its claim: those before its yes-no lead ("có" of "các bị cáo có
// kháng cáo không") or, without one, before its first auxiliary after
// the first word ("bị" of "Hưng bị phạt tù phải không", of "có phải Hưng
// bị phạt tù không"); 0 when there is neither after the first word.
func claimSubject(q question) int {
	for i, w := range q.words {
		if i > 0 && yesNoQuestionLeads.Has(w.fold, lexicon.Exact) {
			return i
		}
	}
	for i, w := range q.words {
		if i > 0 && auxiliaries.Has(w.text, lexicon.AsTyped) {
			return i
		}
	}
	return 0
}

// predicateCover returns the share of the words the claim says of its
// subject (content after claimSubject) that s writes outside the words
// naming the subject: of "các bị cáo có kháng cáo không", a sentence
// writing "bị cáo" and not "kháng cáo" writes none of the predicate, its
// "cáo" being the subject's; a sentence that does not name a person the
// subject names writes none either. known is false when the claim has no
// subject apart or no predicate word.
func (d *document) predicateCover(q question, content []word, s *sent) (cover float64, known bool) {
	at := claimSubject(q)
	if at == 0 {
		// "vu thanh tuyen o lam dong phai ko": the name of a person of
		// the articles that opens the claim is its subject.
		at = d.personOpening(q)
	}
	if at == 0 {
		return 0, false
	}
	// The claim's content words by where the question first writes them:
	// a word of the subject written again after it ("cảng" of "Cảng Hòn
	// Khoai có phải cảng lưỡng dụng", "nhân" of "nạn nhân … công nhân") is
	// the subject's, which the sentence may write once for both.
	subject := map[string]bool{}
	var pred []word
	for _, w := range content {
		i := slices.IndexFunc(q.words, func(v word) bool { return v.fold == w.fold })
		switch {
		case i >= 0 && i < at:
			subject[w.fold] = true
		case i >= at:
			pred = append(pred, w)
		}
	}
	if len(pred) == 0 {
		return 0, false
	}
	// Where the sentence writes a word of the subject.
	taken := make([]bool, len(s.fold))
	for k := range s.fold {
		if subject[s.fold[k]] {
			taken[k] = true
		}
	}
	// A subject that names a person of the articles ("tai" of "tai bi
	// tuyen tu hinh a", Trần Văn Tài) is said of only by a sentence that
	// names them.
	if d.anyPersonSyllable(subject) && !slices.Contains(taken, true) {
		return 0, true
	}
	// A person is said of in the clause that names them: of "… bị cáo
	// Sầm Phúc Hiệp (…, ngụ tỉnh Lâm Đồng); … bị cáo Vũ Thanh Tuyền (…,
	// ngụ TP …)", "Lâm Đồng" is not said of Vũ Thanh Tuyền.
	if d.namesPersonIn(q, at) {
		onlyClauses(s, taken)
	}
	// Each word as written, or a synonym of it ("tử vong" for "chết"),
	// outside the subject; no typo is read, as the matcher would
	// ("khang" is not "tháng").
	found := 0
	for _, w := range pred {
		alts := [][]string{{w.fold}}
		for _, a := range synonyms(w.fold) {
			alts = append(alts, strings.Fields(a))
		}
		if slices.ContainsFunc(alts, func(a []string) bool { return writtenFree(s, a, taken) }) {
			found++
		}
	}
	return float64(found) / float64(len(pred)), true
}

// onlyClauses marks taken, besides the words of s already taken (the
// subject's), every word of the parts of s, parted by semicolons, other
// than those that hold the most of them: the predicate is read in the
// subject's own part, or in the lead a colon closes, which governs every
// part after it ("các Phó Bí thư Tỉnh ủy gồm: ông A, …; ông B, …").
func onlyClauses(s *sent, taken []bool) {
	part := make([]int, len(s.lower))
	lead := 0 // the first word after a colon, if any
	n := 0
	for i := 1; i < len(s.lower); i++ {
		sep := s.text[s.ends[i-1]:s.starts[i]]
		if strings.Contains(sep, ";") {
			n++
		}
		if strings.Contains(sep, listColon) && lead == 0 {
			lead = i
		}
		part[i] = n
	}
	count := map[int]int{}
	most := 0
	for k, t := range taken {
		if t && k >= lead {
			count[part[k]]++
			most = max(most, count[part[k]])
		}
	}
	if most == 0 {
		return
	}
	for k := lead; k < len(taken); k++ {
		if count[part[k]] < most {
			taken[k] = true
		}
	}
}

// namesPersonIn reports whether the words of q before word at write the
// name of a person of the articles as a run of at least minBareNameRun
// syllables: "Vũ Thanh Tuyền", "vu thanh tuyen", not "an" of "công an".
func (d *document) namesPersonIn(q question, at int) bool {
	folds := foldsOf(q.words[:at])
	for _, run := range d.names {
		if len(run) >= minBareNameRun && containsRun(folds, run) {
			return true
		}
	}
	return false
}

// personOpening returns where the name of a person of the articles that
// opens q, typed as a run of at least minBareNameRun syllables, ends;
// 0 when q opens with none.
func (d *document) personOpening(q question) int {
	folds := foldsOf(q.words)
	best := 0
	for _, run := range d.names {
		if len(run) >= minBareNameRun && len(run) > best && len(run) <= len(folds) && slices.Equal(folds[:len(run)], run) {
			best = len(run)
		}
	}
	return best
}

// anyPersonSyllable reports whether one of the folded words is a
// syllable of the name of a person of the articles.
func (d *document) anyPersonSyllable(words map[string]bool) bool {
	for _, run := range d.names {
		for _, w := range run {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// writtenFree reports whether s writes the folded words ws in a row at
// a place none of whose words is taken.
func writtenFree(s *sent, ws []string, taken []bool) bool {
	for k := 0; k+len(ws) <= len(s.fold); k++ {
		if slices.Equal(s.fold[k:k+len(ws)], ws) && !slices.Contains(taken[k:k+len(ws)], true) {
			return true
		}
	}
	return false
}

// predicateHeld reports whether s writes more than yesNoPredicateShare of
// the claim's predicate (predicateCover), or the claim has none apart:
// "Tòa tuyên phạt Hưng 200 triệu đồng" does not say yes to "Hưng bị phạt
// tù", nor "bị cáo Long giữ chức Phó Trưởng phòng" to "bị cáo Long có bị
// tạm giam".
func (d *document) predicateHeld(q question, content []word, s *sent) bool {
	c, known := d.predicateCover(q, content, s)
	return !known || c > yesNoPredicateShare
}

// yesNoPredicateShare is the share of a claim's predicate a sentence
// saying yes must write more than: more than half (both words of two,
// two of three). On the real batches then: right answers as many, 6 wrong
// fewer; all of it, 14 right fewer.
const yesNoPredicateShare = 0.5

// enumItems returns, for each word of s, the item of the list s writes
// after an enumIntros word followed by a capitalised word ("… gồm Khu du
// lịch Vân Đồn với 51.000 tỷ đồng, Công viên Globe Hạ Long tại Tuần Châu
// với 5.380 tỷ đồng, …"): the part, parted by commas and semicolons
// outside parentheses, counted from 0 at the intro; -1 before it. nil
// when s lists nothing so.
func enumItems(s *sent) []int {
	intro := -1
	for i := 0; i+1 < len(s.lower); i++ {
		if enumIntroAt(s, i) {
			intro = i + 1
			break
		}
	}
	if intro < 0 {
		return nil
	}
	sc := s.wordScopes()
	out := make([]int, len(s.fold))
	for k := range out {
		out[k] = -1
		if k >= intro {
			out[k] = sc[k].part - sc[intro].part
		}
	}
	if out[len(out)-1] == 0 {
		return nil // one item: no list
	}
	return out
}

// itemsBound reports whether s, when it lists items (enumItems), writes
// the claim's values and its other words (rest) in one item: the words
// the sentence writes only within its items must stand in an item that
// writes a value of the claim. "Khu du lịch Vân Đồn với 51.000 tỷ đồng,
// Công viên Globe Hạ Long … với 5.380 tỷ đồng" says nothing of "khu du
// lịch Vân Đồn vốn 5.380 tỷ" nor of "Globe Hạ Long ở Vân Đồn".
func itemsBound(q question, keys []claimKey, rest []word, s *sent) bool {
	items := enumItems(s)
	if items == nil || len(keys) == 0 {
		return true
	}
	// where returns the items a run of words or a number is written in,
	// and whether it is written before the list too.
	where := func(at func(k int) bool) (in map[int]bool, before bool) {
		in = map[int]bool{}
		for k := range s.fold {
			if !at(k) {
				continue
			}
			if items[k] < 0 {
				before = true
			} else {
				in[items[k]] = true
			}
		}
		return in, before
	}
	keyItems := map[int]bool{}
	for _, key := range keys {
		var in map[int]bool
		var before bool
		if key.num {
			in, before = where(func(k int) bool { return valueNumberAt(s, k) && key.sameNumber(s, k) })
		} else {
			name := foldsOf(key.value)
			in, before = where(func(k int) bool { return k+len(name) <= len(s.fold) && slices.Equal(s.fold[k:k+len(name)], name) })
		}
		if before || len(in) == 0 {
			continue // said of the whole list, or not written
		}
		if len(keyItems) > 0 && !overlaps(keyItems, in) {
			return false // two values in two items
		}
		for i := range in {
			keyItems[i] = true
		}
	}
	if len(keyItems) == 0 {
		return true
	}
	for _, w := range rest {
		in, before := where(func(k int) bool { return w.writtenAt(s, k) })
		if !before && len(in) > 0 && !overlaps(keyItems, in) {
			return false
		}
	}
	return true
}

// overlaps reports whether the sets a and b share a member.
func overlaps(a, b map[int]bool) bool {
	for k := range b {
		if a[k] {
			return true
		}
	}
	return false
}

// namesBound reports whether s says the claim of each name the claim
// names: in a sentence of several clauses (parted by ";" and ":"), every
// other word of the claim (rest) the sentence writes is written in a
// clause writing the name, or before a colon the name stands after (the
// lead of a list: "các Phó Bí thư …, gồm: ông A, …; ông B, …"). A list of
// people each with their own charge or figure says the claim of the one
// whose clause writes it, not of every name it lists: "phạt A … về tội
// “Giết người”; B … về tội “Chống người thi hành công vụ”" says nothing
// of "B bị phạt về tội giết người".
func namesBound(keys []claimKey, rest []word, s *sent) bool {
	if len(s.clause) == 0 || s.clause[len(s.clause)-1] == s.clause[0] || len(rest) == 0 {
		return true // one clause
	}
	// The lead of a list: the words before the first colon, if any.
	lead := 0
	for i := 1; i < len(s.fold); i++ {
		if strings.Contains(s.text[s.ends[i-1]:s.starts[i]], listColon) {
			lead = i
			break
		}
	}
	// inClauses reports whether w is written in one of the clauses in,
	// or in the lead when the name stands after it.
	inClauses := func(w word, in map[int]bool, afterLead bool) bool {
		for k := range s.fold {
			if w.writtenAt(s, k) && (in[s.clause[k]] || afterLead && k < lead) {
				return true
			}
		}
		return false
	}
	for _, k := range keys {
		if k.num {
			continue
		}
		name := foldsOf(k.value)
		in := map[int]bool{}
		afterLead := false
		for i := 0; i+len(name) <= len(s.fold); i++ {
			if slices.Equal(s.fold[i:i+len(name)], name) {
				in[s.clause[i]] = true
				afterLead = afterLead || lead > 0 && i >= lead
			}
		}
		if len(in) == 0 {
			continue // the name is not written: nothing to bind
		}
		for _, w := range rest {
			if slices.ContainsFunc(s.fold, func(f string) bool { return f == w.fold }) && !inClauses(w, in, afterLead) {
				return false
			}
		}
	}
	return true
}

// personParts returns, for each word of s, the number of the person whose
// part of s it stands in, when s names two people or more each after a
// word that puts a name after it (personMarkers): each part runs from
// the marker to the next one ("anh Phan Duy Quang (thôn Tây An Vĩnh) và
// anh Lê Văn Sanh (thôn Tây An Hải)"), the words before the first are -1.
// nil when s names fewer than two so.
func personParts(s *sent) []int {
	var parts []int
	n := -1
	for k := range s.lower {
		if k+1 < len(s.lower) && personMarkers.Has(s.lower[k], lexicon.Exact) && !isCapital(s, k) && isCapital(s, k+1) {
			if parts == nil {
				parts = make([]int, len(s.lower))
				for j := range k {
					parts[j] = -1
				}
			}
			n++
		}
		if parts != nil {
			parts[k] = n
		}
	}
	if n < 1 {
		return nil
	}
	return parts
}

// personsBound reports whether s, when it names several people each in
// their own part (personParts), writes the claim's other names in the
// part of the person the claim names: "anh Phan Duy Quang (thôn Tây An
// Vĩnh) và anh Lê Văn Sanh (thôn Tây An Hải)" says nothing of "anh Sanh ở
// thôn Tây An Vĩnh". A name written before the first person's part is
// said of them all.
func personsBound(keys []claimKey, s *sent) bool {
	parts := personParts(s)
	if parts == nil {
		return true
	}
	// where returns the parts a key's name is written in, and whether a
	// marker of a person stands right before it (it names that person).
	where := func(k claimKey) (in map[int]bool, person bool) {
		name := foldsOf(slices.DeleteFunc(slices.Clone(k.value), func(w word) bool { return w.personRef }))
		in = map[int]bool{}
		for i := 0; i+len(name) <= len(s.fold) && len(name) > 0; i++ {
			if !slices.Equal(s.fold[i:i+len(name)], name) || !isCapital(s, i) {
				continue
			}
			in[parts[i]] = true
			from := i
			for from > 0 && isCapital(s, from-1) {
				from--
			}
			person = person || from > 0 && parts[i] >= 0 && personMarkers.Has(s.lower[from-1], lexicon.Exact)
		}
		return in, person
	}
	var named map[int]bool
	for _, k := range keys {
		if in, person := where(k); person && !k.num {
			named = in
			break
		}
	}
	if named == nil {
		return true
	}
	for _, k := range keys {
		if k.num {
			continue
		}
		in, person := where(k)
		if person || len(in) == 0 || in[-1] {
			continue
		}
		if !overlaps(named, in) {
			return false
		}
	}
	return true
}

// claimSplit returns the words of a claim framed "X có P không" ("Tài xế
// container có tử vong không?"): its subject's, before "có" (no filler,
// no word of address), and its predicate's, after it. Both nil for a
// claim of another frame.
func claimSplit(q question) (subject, predicate []word) {
	if q.whAt <= 0 {
		return nil, nil
	}
	at := -1
	for i := q.whAt - 1; i > 0; i-- {
		// The last "có" before the question's end: "Cô Mai có …" holds
		// another word that folds alike before it.
		if yesNoQuestionLeads.Has(q.words[i].fold, lexicon.Exact) {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, nil
	}
	keep := func(ws []word) []word {
		var out []word
		for _, w := range ws {
			if !w.isFiller() && !w.personRef && !w.num {
				out = append(out, w)
			}
		}
		return out
	}
	return keep(q.words[:at]), keep(q.words[at+1 : q.whAt])
}

// minBoundSubject is the fewest words of a claim's subject subjectBound
// checks: one word is no subject another part of a sentence could share
// in part.
const minBoundSubject = 2

// subjectBound reports whether s says the predicate of a claim framed "X
// có P không" (claimSplit) of its subject: false when every part of s
// (partsOf) writing the predicate writes the subject's head, its first
// words, without a word of the subject that another part writes beside
// the head again — another thing of that kind: "tài xế xe tải Trần Quốc
// T. tử vong, phụ xe … và tài xế xe container bị thương nặng" says
// nothing of "tài xế container có tử vong không". A part writing the
// predicate without the head binds nothing apart ("tài xế xe container,
// 35 tuổi, tử vong").
func subjectBound(q question, s *sent) bool {
	subject, predicate := claimSplit(q)
	if len(subject) < minBoundSubject || len(predicate) == 0 {
		return true
	}
	parts := partsOf(s)
	writtenIn := func(w word, g int) bool {
		for k := range s.lower {
			if parts[k] == g && w.writtenAt(s, k) {
				return true
			}
		}
		return false
	}
	// The head: the longest run of the subject's first words s writes
	// side by side ("tài xế" of "tài xế container"), and where.
	head, headAt := 0, map[int]bool{}
	for n := len(subject); n > 0 && head == 0; n-- {
		for k := 0; k+n <= len(s.lower); k++ {
			if writtenFrom(subject[:n], s, k) {
				head = n
				headAt[parts[k]] = true
			}
		}
	}
	if head == 0 || head == len(subject) {
		return true
	}
	rest := subject[head:]
	// other reports whether a part but g writes the head with w:
	// another thing of the same kind.
	other := func(w word, g int) bool {
		for h := range headAt {
			if h != g && writtenIn(w, h) {
				return true
			}
		}
		return false
	}
	found := false
	for k := range s.lower {
		if !predicate[0].writtenAt(s, k) || k+len(predicate) > len(s.lower) || !writtenFrom(predicate, s, k) {
			continue
		}
		found = true
		g := parts[k]
		if !headAt[g] || !slices.ContainsFunc(rest, func(w word) bool { return !writtenIn(w, g) && other(w, g) }) {
			return true
		}
	}
	return !found
}

// decidingSentence returns, of the best sentences, the one that decides
// the claim, with its verdict: the first writing its values or another
// of their slot (found or other); but when those sentences disagree, one
// saying yes and another no, the one keeping more of the question's words
// side by side (overlap.adjacent), which says it of the claim's subject
// whole ("năng suất lúa trung bình cả năm … giảm" for "năng suất lúa cả
// năm có tăng không", not "vụ lúa đông xuân … năng suất lúa đạt …, tăng"),
// the first at a tie. The best sentence, when none decides.
func decidingSentence(q question, keys []claimKey, best []scored) (*sent, yesNoVerdict) {
	if residenceClaimed(q) != nil {
		// A claim of where someone lives or comes from is decided by the
		// first sentence writing a residence (residenceVerdict), not by
		// one naming the place for something else.
		for _, b := range best {
			if v := residenceVerdict(q, b.s); v == verdictFound || v == verdictOther {
				return b.s, verdictOf(q, keys, b.s)
			}
		}
	}
	pick, verdict := best[0].s, verdictOf(q, keys, best[0].s)
	at := -1
	if verdict == verdictFound || verdict == verdictOther {
		at = 0
	}
	for i, b := range best[1:] {
		v := verdictOf(q, keys, b.s)
		if v != verdictFound && v != verdictOther {
			continue
		}
		switch {
		case at < 0:
			pick, verdict, at = b.s, v, i+1
		case v != verdict && b.o.adjacent > best[at].o.adjacent:
			pick, verdict, at = b.s, v, i+1
		}
	}
	return pick, verdict
}

// lowerFirst lowers the first letter of t unless its first word is a
// name (a capital follows in it, or it is all capitals), for t to follow
// "Có: ".
func lowerFirst(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return t
	}
	word, _, _ := strings.Cut(t, " ")
	if strings.IndexFunc(word[n:], unicode.IsUpper) >= 0 {
		return t
	}
	return string(unicode.ToLower(r)) + t[n:]
}

// claimNegationReach is how many words after a negation ("không",
// "chưa") a word of the claim may stand for the negation to deny it:
// "không xảy ra ngộ độc", "chưa lấy cọc", "không có nhân chứng".
const claimNegationReach = 4

// negatesClaim reports whether s denies the claim whose words o found in
// it: a negation stands right before one of them, in the same part of
// the sentence. A negation elsewhere ("không gian", "không để xảy ra"
// of another matter) denies nothing of the claim, and the mere absence
// of the claim's words is no denial either.
func negatesClaim(s *sent, o overlap) bool {
	found := map[int]bool{}
	for _, p := range o.pos {
		if p >= 0 {
			found[p] = true
		}
	}
	part := partsOf(s)
	for i, w := range s.lower {
		if !negationWords.Has(w, lexicon.Exact) || i+1 >= len(s.lower) || negationBreakers.Has(s.lower[i+1], lexicon.Exact) {
			continue
		}
		for k := i + 1; k < len(s.lower) && k-i <= claimNegationReach && part[k] == part[i]; k++ {
			if found[k] {
				return true
			}
		}
	}
	return false
}

// quoteHolding returns the text of s to quote as the evidence of a
// yes-no verdict, within limit characters: the whole sentence when it
// fits; otherwise its parts (between commas, semicolons and colons) that
// hold the claim's words o found, with the value after a label held,
// runs of neighbouring parts kept whole
// and the runs joined by "…", so that a claim decided by an item late in
// a long list ("…, hàng giả, hàng kém chất lượng; …") is quoted with it.
func quoteHolding(s *sent, o overlap, limit int) string {
	if utf8.RuneCountInString(s.text) <= limit {
		return s.text
	}
	part := partsOf(s)
	held := map[int]bool{}
	for _, p := range o.pos {
		if p >= 0 && p < len(part) {
			held[part[p]] = true
		}
	}
	if len(held) == 0 {
		return s.text
	}
	// A label held ("Hà Nội:") holds the value it introduces, the part
	// after its colon.
	for i := 1; i < len(s.lower); i++ {
		if part[i] != part[i-1] && held[part[i-1]] && strings.Contains(s.text[s.ends[i-1]:s.starts[i]], listColon) {
			held[part[i]] = true
		}
	}
	// The part after each run of held parts, while the quote fits: the
	// detail the claim's words lead to ("… mỗi tổ tự quản, 2 triệu
	// đồng/năm").
	for i := len(s.lower) - 1; i > 0; i-- {
		if part[i] != part[i-1] && held[part[i-1]] && !held[part[i]] {
			held[part[i]] = true
			if utf8.RuneCountInString(joinHeld(s, part, held)) > limit {
				delete(held, part[i])
			}
		}
	}
	return joinHeld(s, part, held)
}

// joinHeld quotes the held parts of s, runs of neighbouring parts whole
// and the runs joined by quoteGap.
func joinHeld(s *sent, part []int, held map[int]bool) string {
	var runs []string
	for i := 0; i < len(s.lower); {
		if !held[part[i]] {
			i++
			continue
		}
		j := i
		for j < len(s.lower) && held[part[j]] {
			j++
		}
		runs = append(runs, trimPunct(spanOf(s, i, j)))
		i = j
	}
	quote := strings.Join(runs, quoteGap)
	if !held[0] {
		quote = quoteGapLead + quote
	}
	return quote
}

// quoteGap joins the parts of a sentence quoted apart; quoteGapLead opens
// a quote that leaves out the sentence's start.
const (
	quoteGap     = " … "
	quoteGapLead = "… "
)

// listedItemMin is the fewest words of an item of a list that name the
// claim's item: a single word is a chance match.
const listedItemMin = 2

// listsClaim reports whether s lists the claim's item: one of its parts
// after a colon ("… như: trộm cắp, cướp giật; gian lận thương mại, hàng
// giả; …"), between commas, semicolons or colons, of at least
// listedItemMin words, each of them written as a word of the question's
// content.
func listsClaim(s *sent, content []word) bool {
	asked := func(k int) bool {
		for _, w := range content {
			if w.writtenAt(s, k) {
				return true
			}
		}
		return false
	}
	part := partsOf(s)
	colon := false
	for i := 0; i < len(s.lower); {
		if i > 0 && part[i] != part[i-1] && strings.Contains(s.text[s.ends[i-1]:s.starts[i]], listColon) {
			colon = true
		}
		j, all := i, true
		for j < len(s.lower) && part[j] == part[i] {
			all = all && asked(j)
			j++
		}
		if colon && all && j-i >= listedItemMin {
			return true
		}
		i = j
	}
	return false
}

// claimBoundWord reports whether the folded word f is one that bounds a
// claim's number ("hơn", "dưới"): no word of what has it.
func claimBoundWord(f string) bool {
	return claimBoundsMore.Has(f, lexicon.Folded) || claimBoundsLess.Has(f, lexicon.Folded)
}

// residenceClaimed returns the folded words of the place a yes-or-no
// question claims someone lives in or comes from, after its cue of
// residence or home ("trú ở xã Vạn Tường đúng không": "xa van tuong";
// "quê Thanh Hóa hả"), when a place follows the cue: "ở" or "tại", a unit
// of place or a capitalised name. nil when it claims none.
func residenceClaimed(q question) []string {
	ws := q.words
	for i := range ws {
		n := max(residenceQuestionCuesList.longestAt(ws, i), homeQuestionCuesList.longestAt(ws, i))
		if n == 0 {
			continue
		}
		var out []string
		place := false // what follows reads as a place
		for _, w := range ws[i+n:] {
			if statementEnds.Has(w.fold, lexicon.Exact) || yesNoQuestionEnds.Has(w.fold, lexicon.Exact) {
				break
			}
			if len(out) == 0 && whereFillers.has(w) {
				place = true
				continue // "ở", "tại"
			}
			if len(out) == 0 {
				place = place || w.cap || mainUnits.Has(w.fold, lexicon.Folded)
			}
			out = append(out, w.fold)
		}
		if !place {
			// "ngu dan" is "ngư dân", "song sot" "sống sót": no cue of
			// residence but before a place.
			continue
		}
		return out
	}
	return nil
}

// noteResidence is what the note of the one person the claim names says
// of where they live or come from (corpus.PersonNote): found when it
// holds the place the claim names there (residenceClaimed), other when
// it writes another; none when the claim names no such place, or no one
// person whose note writes a home. A sentence writing several people's
// homes ("Mạnh, Tải cùng trú tại huyện Quỳnh Phụ và Đặng Vũ Hùng (trú
// tại huyện Thái Thụy)") is read per person so.
func (d *document) noteResidence(q question, sc *scope) yesNoVerdict {
	claimed := residenceClaimed(q)
	if len(claimed) == 0 {
		return verdictNone
	}
	var home string
	best := 0
	// A claim whose subject is one word, a given name typed in lower
	// case ("hung co tru o quynh phu ko"), names the one person whose
	// name ends with it.
	given := ""
	if claimSubject(q) == 1 {
		given = givenNameSubject(q)
	}
	for _, i := range d.factsIn(sc) {
		f := &d.facts[i]
		if f.Type != corpus.FactPerson || f.Note == nil || f.Note.Residence == "" && f.Note.HomeTown == "" {
			continue
		}
		n := namesPerson(q, *f)
		if n == 0 && endsWithGiven(f.Name, given) {
			n = 1
		}
		switch {
		case n > best:
			best, home = n, f.Note.Residence+" "+f.Note.HomeTown
		case n > 0 && n == best:
			home = "" // two people answer to the name: neither
		}
	}
	if home == "" {
		return verdictNone
	}
	if containsRun(foldsOf(foldWords(home)), claimed) {
		return verdictFound
	}
	return verdictOther
}

// withoutHomeCues returns ws without the words that ask where someone
// lives or comes from ("trú", "quê"): the claim's slot, which a sentence
// writing the place need not repeat.
func withoutHomeCues(ws []word) []word {
	return without(ws, homeCueWords...)
}

// homeCueWords are the words of residence_question_cues and
// hometown_question_cues.
var homeCueWords = slices.Concat(residenceQuestionCues, homeQuestionCues)

// residenceVerdict is what s writes of the place a claim says someone
// lives in (residenceClaimed): found when a cue of residence in s
// (residenceCues) is followed by it, other when s writes a residence
// and none is it, none when s writes no residence or q claims none.
func residenceVerdict(q question, s *sent) yesNoVerdict {
	claimed := residenceClaimed(q)
	if len(claimed) == 0 {
		return verdictNone
	}
	v := verdictNone
	for k := 0; k < len(s.lower); k++ {
		n := max(s.match(residenceCues, k, len(s.lower)), s.match(hometownCues, k, len(s.lower)))
		if n == 0 {
			continue
		}
		end := k + n
		for end < len(s.lower) && !strings.ContainsAny(s.gap(end), ",;()") {
			end++
		}
		for _, sp := range s.placeSpans() {
			if sp.from == k+n && sp.to > end {
				end = sp.to // "huyện Hưng Hà, tỉnh Thái Bình": the chain whole
			}
		}
		if containsRun(s.fold[k+n:end], claimed) {
			return verdictFound
		}
		v = verdictOther
		k = end - 1
	}
	return v
}
