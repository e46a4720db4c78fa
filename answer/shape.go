package answer

// This file holds the features that read the answer's own words: function
// words, repetition of the question, the asker's name, the type asked.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// definitionCues are the words of a question that asks what something
// means.
var definitionCues = lexicon.MustSet("definition_cues").Words()

// asksDefinition reports whether the question asks what something means:
// "LHPN là gì". A plural before the cue asks for members, not a meaning:
// "Các mô hình nổi bật là gì?" wants the models' names; a noun of value
// opening the question or right before the cue asks for that value.
func asksDefinition(q question) bool {
	// "Biển kiểm soát xe tải là gì" asks a label's value (whatLabel), not
	// what a word means.
	if !definitionCuesList.in(q.words) || pluralCuesList.in(q.words) || q.whatLabel() != nil {
		return false
	}
	// "Chủ đề Đại hội là gì", "Ngày hội tên là gì": a noun of value
	// heads what is asked.
	at := definitionCuesList.first(q.words)
	for n := valueHeads.MaxWords(); n >= 1; n-- {
		if n <= len(q.words) && valueHeads.HasPhrase(foldsOf(q.words[:n]), lexicon.Folded) {
			return false
		}
		if at-n >= 0 && valueHeads.HasPhrase(foldsOf(q.words[at-n:at]), lexicon.Folded) {
			return false
		}
	}
	return true
}

// valueHeads are the nouns that, heading the subject of "… là gì", ask
// for their value ("chủ đề", "nguyên nhân", "tên"; role value_heads).
var valueHeads = lexicon.MustSet("value_heads")

// functionShare is the share of the tokens that are stopwords. It reads
// them folded (analysis.IsStopword), as a user's words are read, not as
// written: "kể đến như" names nothing either way, and the scorer measured
// better with the folded reading than with the written one.
func functionShare(toks []analysis.Token) float64 {
	if len(toks) == 0 {
		return 0
	}
	n := 0
	for _, t := range toks {
		// IsStopword lowers the word itself (lowering twice is lowering
		// once): the token is not lowered here first.
		if analysis.IsStopword(t.Text) {
			n++
		}
	}
	return float64(n) / float64(len(toks))
}

// praiseWords are the words of praise a noun takes as a formula
// ("thành tích xuất sắc").
var praiseWords = lexicon.MustSet("praise_words")

// onlyPraise reports whether the answer's words, those the question does
// not hold aside, are all words of praise (praiseWords), and it holds a
// word of the question: "thành tích xuất sắc" for "được khen vì thành
// tích gì" repeats the noun asked and names none.
func onlyPraise(q question, toks []analysis.Token) bool {
	asked := false
	var buf [16]string // the words left, in place for a short answer
	rest := buf[:0]
	for _, t := range toks {
		if slices.ContainsFunc(q.words, func(w word) bool { return w.fold == t.Folded }) {
			asked = true
			continue
		}
		rest = append(rest, t.Text)
	}
	if !asked || len(rest) == 0 {
		return false
	}
	// Lowered once it is known they are worth reading.
	for i, w := range rest {
		rest[i] = strings.ToLower(w)
	}
	for i := 0; i < len(rest); {
		n := 0
		for k := min(praiseWords.MaxWords(), len(rest)-i); k > 0; k-- {
			if praiseWords.HasPhrase(rest[i:i+k], lexicon.Exact) {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// repeats is the share of the answer's words the question holds.
func repeats(q question, toks []analysis.Token) float64 {
	if len(toks) == 0 {
		return 0
	}
	// A question's words are few: each is compared, no set is made
	// (this runs for every candidate).
	n, all := 0, len(toks)
	for _, t := range toks {
		f := t.Folded
		if u := unitGlued(t.Text); u != "" {
			// "298ha" is a number and its unit, as "289,4 ha" is.
			f = analysis.Fold(u)
			all++
		}
		// The unit a rate is asked per is what the answer must write
		// after its slash ("117.000 đồng/kg" for "bao nhiêu 1 kg"), no
		// repetition.
		if holdsFold(q.words, f) && (q.per == "" || f != analysis.Fold(q.per)) {
			n++
		}
	}
	return float64(n) / float64(all)
}

// namesAsker reports whether the answer to a who-question whose question
// word follows the words it asks about ("Tổng Bí thư bày tỏ lòng biết ơn
// tới ai?") only names who the question names before it: every person or
// body of the answer ("Tô Lâm (Tổng Bí thư); …") is given there by the
// title of its note ("Tổng Bí thư"), by its last name word ("Thảo" for
// "Hoàng Thị Thảo") or word for word ("đội Liên quân nữ").
func namesAsker(q question, answer string) bool {
	if q.wh != whWho || q.whAt < 1 || answer == "" || introducesAsked(q) {
		return false // "Nguyễn Văn A là ai?", "… gồm những ai?"
	}
	before := q.words[:q.whAt]
	for _, part := range strings.Split(answer, "; ") {
		name, note, _ := strings.Cut(strings.TrimRight(part, ". "), " (")
		note = strings.TrimSuffix(note, ")")
		nw, tw := sharedWords(name), sharedWords(note)
		switch {
		case len(tw) > 1 && findPhrase(before, textOf(tw)) >= 0:
		case len(nw) > 1 && endsInName(name) && findPhrase(before, nw[len(nw)-1].text) >= 0:
		case len(nw) > 0 && len(without(nw, phraseOf(before))) == 0:
		default:
			return false
		}
	}
	return true
}

// identityListed reports whether q asks who a person it names is, its
// question word right after a copula and a person of the articles named
// before it ("anh Thịnh là ai", "y but eban la ai"), and the answer
// lists people ("A; B; C"): a list of names says nothing of who the one
// named is.
func (d *document) identityListed(q question, answer string) bool {
	if q.wh != whWho || q.whAt < 2 || !copulas.Has(q.words[q.whAt-1].fold, lexicon.Exact) || !strings.Contains(answer, "; ") {
		return false
	}
	if d.namesPersonIn(q, q.whAt-1) {
		return true
	}
	// A given name alone, typed with a capital or read as a name: the
	// last syllable of a person's ("Thịnh" of Đinh Văn Thịnh), not a
	// title's word ("Hai tân Phó Chủ tịch là ai" asks names).
	for i, w := range q.words[:q.whAt-1] {
		if !(w.personName || w.cap && i > 0 && !w.caps) {
			continue
		}
		for _, run := range d.names {
			if run[len(run)-1] == w.fold {
				return true
			}
		}
	}
	return false
}

// introducesAsked reports whether the words right before q's question word
// say what the words before them are or hold ("là", "gồm", "gồm có"): the
// question asks who they are, not who else.
func introducesAsked(q question) bool {
	for n := 1; n <= enumIntros.MaxWords() && n <= q.whAt; n++ {
		if enumIntros.HasPhrase(foldsOf(q.words[q.whAt-n:q.whAt]), lexicon.Folded) {
			return true
		}
	}
	return false
}

// endsInName reports whether name ends in two capitalised words: a
// person's name ("Hoàng Thị Thảo", "Đại tá Võ Trọng Hải").
func endsInName(name string) bool {
	toks := analysis.Tokens(name)
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks[len(toks)-2:] {
		if !tokenCapitalised(t) {
			return false
		}
	}
	return true
}

// focusShare is the share of the content words of the noun a count asks
// for ("tập thể" of "bao nhiêu tập thể") that the answer holds, as typed
// when typed with diacritics, folded otherwise; 1 when the count names no
// noun.
func focusShare(q question, toks []analysis.Token) float64 {
	// "HC vàng" writes the "huy chương" of "huy chương vàng" as initials.
	var covered []bool
	for _, t := range toks {
		if ini := writtenInitials(t.Text, t.Folded); ini != "" {
			if covered == nil {
				covered = make([]bool, len(q.focus))
			}
			initialsCover(q.focus, ini, covered)
		}
	}
	n, got := 0, 0
	for i, w := range q.focus {
		if w.num || w.isFiller() {
			continue
		}
		n++
		if covered != nil && covered[i] || tokensHold(toks, w) {
			got++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(got) / float64(n)
}

// tokensHold reports whether toks write w: as typed when w was typed with
// its diacritics ("cần sa" is no "cân"), folded otherwise; a unit written
// on a number counts ("298ha" writes the "ha" asked). The tokens are few
// and so are the words asked: each pair is compared, no set is made (this
// runs for every count candidate, and again for focus_behind).
func tokensHold(toks []analysis.Token, w word) bool {
	for _, t := range toks {
		u := unitGlued(t.Text)
		if w.marked {
			if strings.ToLower(t.Text) == w.text || u != "" && u == w.text {
				return true
			}
		} else if t.Folded == w.fold || u != "" && analysis.Fold(u) == w.fold {
			return true
		}
	}
	return false
}

// typeAgrees reports whether the answer holds a token of the type q asks
// for, and whether q asks for a type that can be checked at all.
func typeAgrees(q question, answer string, toks []analysis.Token) (agrees, checked bool) {
	return typeAgreesAsked(q, sharePercentAsked(q), answer, toks)
}

// sharePercentAsked reports whether a count question asks for a share:
// its focus ("tỷ lệ"), "%" or a name of percent. It reads the question
// alone, so features ask it once per question (questionTraits).
func sharePercentAsked(q question) bool {
	return percentAsked(q.focus) || hasAny(q.words, "%") || percentNamesList.in(q.words)
}

// typeAgreesAsked is typeAgrees, told whether q asks for a share
// (sharePercentAsked).
func typeAgreesAsked(q question, percent bool, answer string, toks []analysis.Token) (agrees, checked bool) {
	switch q.wh {
	case whCount, whNumber:
		switch {
		case percent:
			return strings.Contains(answer, "%") || containsText(analysis.Fold(answer), percentNames.FoldedWords()), true
		case q.asksMoney():
			// By how much an amount changed may be a share: "doanh thu
			// tăng 22,2%".
			return isMoney(sharedWords(answer)) || asksChange(q) && strings.Contains(answer, "%"), true
		}
		for _, t := range toks {
			if t.Number || numberWords.has(t.Folded) || unitGlued(t.Text) != "" {
				return true, true
			}
			if q.wh == whNumber && isLabelWord(t.Text) {
				return true, true // "lần thứ nhất", "mức độ I"
			}
		}
		return false, true
	case whWhen:
		if q.when == whenPartOfDay {
			return holdsPartOfDay(answer), true
		}
		if q.when == whenYear {
			// "năm nào" asks a year: a day written without one ("Sáng
			// 27/2") does not say it.
			return yearGiven(answer) != "", true
		}
		for _, t := range analysis.Times(answer) {
			// "ngày nào" is not told by a bare clock time ("17 giờ").
			if q.asksFor(t.Kind) && (q.when != whenDay || t.HoldsDay()) {
				return true, true
			}
		}
		return false, true
	case whWho:
		return capitalisedAfterFirst(toks) > 0 || namesGroup(answer), true
	case whWhere:
		return capitalisedAfterFirst(toks) > 0 || placeNouns.hasAny(toks) || opensWithRoute(toks), true
	case whWhy:
		// A cause or a purpose is what its word opens: "Do bị nước cuốn
		// trôi …", "Nhằm tôn vinh …". One written without it ("Thời tiết
		// ủng hộ nên …") cannot be told from any other clause: unchecked.
		if opensWithCause(toks) {
			return true, true
		}
		return false, false
	case whYesNo:
		r, _ := utf8.DecodeRuneInString(answer)
		return len(toks) > 0 && unicode.IsUpper(r) && yesNoWords.has(toks[0].Folded), true
	}
	return false, false
}

// opensWithCause reports whether the answer's first words are a word of
// cause or purpose (reasonWords: "do", "vì", "để", "nhằm") or one that
// opens a sentence of cause (causeWords: "nguyên nhân", "lý do").
func opensWithCause(toks []analysis.Token) bool {
	for _, list := range [][]string{reasonWords, causeWords} {
		for _, r := range list {
			parts := strings.Fields(r)
			if len(parts) > len(toks) {
				continue
			}
			match := true
			for i, p := range parts {
				if strings.ToLower(toks[i].Text) != p {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// capitalisedAfterFirst counts the tokens after the first that start with
// a capital: names of people, bodies and places.
func capitalisedAfterFirst(toks []analysis.Token) int {
	n := 0
	for _, t := range toks[min(1, len(toks)):] {
		if tokenCapitalised(t) {
			n++
		}
	}
	return n
}

// spelledCountAt reports whether a count's answer number, at word at of
// s, is a number spelled in words that counts people ("một người chết",
// "hai cháu"): it holds the type asked though it has no digit.
func spelledCountAt(q question, s *sent, at int) bool {
	if q.wh != whCount || at < 0 || at+1 >= len(s.lower) {
		return false
	}
	if !spelledDigitsHas(s.lower[at]) {
		return false
	}
	return countsPeopleUnit(sharedWords(s.lower[at+1] + " " + s.lower[min(at+2, len(s.lower)-1)]))
}

// spelledDigitsHas reports whether t is a number spelled in words ("một",
// "hai").
func spelledDigitsHas(t string) bool {
	_, ok := spelledDigits[strings.ToLower(t)]
	return ok
}

// unitGlued returns the unit a word writes glued to the number it opens
// with, as news writing does with measures: lower-case letters right
// after the digits, at most one digit or superscript digit after them (a
// power). The tokens already part the number from the symbols of
// glued_units ("298ha" is "298" and "ha"); this reads the rest ("h" of
// "3h", "tr" of "5tr"). "" when the word is no such figure: a plain
// number, a word, or a code ("61E1", "3G").
func unitGlued(text string) string {
	u := strings.TrimLeft(text, numberChars)
	if u == text || u == "" {
		return ""
	}
	letters := strings.TrimRightFunc(u, isPowerDigit)
	if letters == "" || utf8.RuneCountInString(u[len(letters):]) > 1 {
		return ""
	}
	for _, r := range letters {
		if !unicode.IsLower(r) {
			return ""
		}
	}
	return u
}

// isPowerDigit reports whether r may write the power of a unit glued to a
// number: a digit ("m2") or a superscript digit ("m³").
func isPowerDigit(r rune) bool {
	return unicode.IsDigit(r) || lexicon.IsSuperscriptDigit(r)
}
