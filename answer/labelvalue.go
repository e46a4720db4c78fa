package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// labelHeadAlternatives are the groups of label heads news writing writes
// in other words: "biển số | biển kiểm soát | BKS | BS".
var labelHeadAlternatives = lexicon.MustGroups("label_head_alternatives")

// labelValueSentences is how many of the best sentences labelValue reads.
const labelValueSentences = 5

// labelValueSkip is the most words of the question that may stand between
// a label head and its value ("số mấy" of "đeo số mấy" in "số đeo 42").
const labelValueSkip = 1

// labelValue answers a question that asks which number a label has
// ("ô tô tải biển số mấy", "đi trên quốc lộ mấy", "ở quận mấy") from the
// best sentences that write the label head, or another phrase of its
// group (labelHeadAlternatives: "biển kiểm soát" for "biển số"), right
// before a value that opens with a digit: "biển kiểm soát 74C-124.xx",
// "(BS: 61C1 - 579.44)", "Quốc lộ 9", "quận 1". A code written in parts
// ("61C1 - 579.44") is read whole. Of several, the one whose sentence and
// whose words before it hold most of the question's words; the value the
// question itself gives answers nothing.
//
// A what-question may ask a label's value too: "xe mang biển số gì",
// "biển kiểm soát là gì" (whatLabel).
func (d *document) labelValue(q question, content []word, sc *scope) candidate {
	label := q.label
	if q.wh == whWhat {
		label = q.whatLabel()
	} else if q.wh != whNumber {
		return candidate{}
	}
	if len(label) == 0 {
		return candidate{}
	}
	heads := labelHeadsOf(label)
	var best candidate
	for _, b := range d.bestSentences(q, content, sc, labelValueSentences) {
		s := b.s
		value, local := d.labelValueIn(q, content, s, heads)
		if value == "" {
			continue
		}
		if score := labelBase + labelLocal*local + labelWhole*b.o.coverage(); score > best.score {
			best = candidate{answer: value + ".", kind: KindFact, score: score, refs: []ref{{s.p.ID, s.index}}}
		}
	}
	return best
}

// labelValueIn returns the label value s writes that the question's words
// before it describe best, as written from the head to the value's end
// ("BKS 76R 004.26"), and the share of the question's words within
// labelBack words before it, back to the value before ("xe ô tô đầu kéo
// BKS 36C.148.xx kéo theo rơ-moóc BKS 36R-026.xx": "đầu kéo" describes
// the first); "" when s writes none but the value the question gives.
func (d *document) labelValueIn(q question, content []word, s *sent, heads [][]string) (string, float64) {
	best, bestLocal := "", -1.0
	prev := 0 // the end of the value before: its words describe it, not the next
	for at := range s.fold {
		n := labelHeadAt(s, at, heads)
		if n == 0 {
			continue
		}
		from, to := valueAfter(s, at+n, content)
		if from < 0 || findPhrase(q.words, numKey(s.lower[from])) >= 0 {
			continue
		}
		local := d.overlapIn(q, content, s, max(prev, at-labelBack), at).coverage()
		if lo, hi := valueAgent(s, to, heads); hi > lo {
			// "ôtô mang biển kiểm soát 75C-079.04 do tài xế Phan Thanh
			// Bình … điều khiển": the driver's name, right after the
			// value, describes it too.
			local += namedIn(s, content, lo, hi)
		}
		if local > bestLocal {
			best, bestLocal = s.text[s.starts[at]:s.ends[to-1]], local
		}
		prev = to
	}
	return best, max(bestLocal, 0)
}

// agentWords is the most words after an agent marker valueAgent reads:
// a role, a name and a note's first words.
const agentWords = 8

// valueAgent returns the words [lo, hi) of s that name the agent of the
// value ending before word i: an agent marker ("do") right after it, a
// comma perhaps between, and up to agentWords words after the marker,
// stopping at the next label head (heads) or a semicolon; lo == hi when
// no agent marker follows.
func valueAgent(s *sent, i int, heads [][]string) (lo, hi int) {
	if i >= len(s.lower) || strings.Trim(s.sep(i), " ,") != "" || !agentMarkers.Has(s.lower[i], lexicon.Exact) {
		return i, i
	}
	hi = i + 1
	for hi < len(s.lower) && hi-i <= agentWords && labelHeadAt(s, hi, heads) == 0 && !strings.Contains(s.sep(hi), ";") {
		hi++
	}
	return i + 1, hi
}

// namedIn returns the share of the question's words (content) that s
// writes capitalised among its words [lo, hi): the name of a person or
// a place the question gives.
func namedIn(s *sent, content []word, lo, hi int) float64 {
	if len(content) == 0 {
		return 0
	}
	n := 0
	for _, w := range content {
		for k := lo; k < hi; k++ {
			if isCapital(s, k) && w.writtenAt(s, k) {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(content))
}

// labelHeadsOf returns the folded phrases that write label: itself and
// the others of its group.
func labelHeadsOf(label []word) [][]string {
	heads := [][]string{foldsOf(label)}
	key := phraseOf(label)
	for _, g := range labelHeadAlternatives {
		in := false
		for _, p := range g {
			in = in || analysis.Fold(p) == key
		}
		if !in {
			continue
		}
		for _, p := range g {
			if f := analysis.Fold(p); f != key {
				heads = append(heads, strings.Fields(f))
			}
		}
	}
	return heads
}

// labelHeadAt returns the number of words of the longest of heads s writes at
// word at, or 0.
func labelHeadAt(s *sent, at int, heads [][]string) int {
	best := 0
	for _, h := range heads {
		if len(h) > best && at+len(h) <= len(s.fold) && slices.Equal(s.fold[at:at+len(h)], h) {
			best = len(h)
		}
	}
	return best
}

// valueAfter returns the words [from, to) of the value written at word i
// of s, after at most labelValueSkip words of the question and a colon:
// a word that opens with a digit, with the words glued to it by "-" or
// "." ("74C-124.xx", "61C1 - 579.44"); from is -1 when there is none.
func valueAfter(s *sent, i int, content []word) (int, int) {
	for skip := 0; i < len(s.lower) && skip < labelValueSkip && !isNumberWord(s.lower[i]) && inContent(content, word{fold: s.fold[i]}); skip++ {
		i++
	}
	if i >= len(s.lower) || !isNumberWord(s.lower[i]) {
		return -1, -1
	}
	if i > 0 && strings.Trim(s.text[s.ends[i-1]:s.starts[i]], " :") != "" {
		return -1, -1
	}
	to := i + 1
	for to < len(s.lower) && (gluedCode(s.text[s.ends[to-1]:s.starts[to]]) && hasDigit(s.lower[to]) || plateSerialAt(s, to)) {
		to++
	}
	return i, to
}

// plateRE and serialRE are the shapes of a licence plate's two parts
// written a space apart: its province code and series ("76R", "38H4"),
// then its serial number ("004", "579.44").
var (
	plateRE  = regexp.MustCompile(`^[0-9]{2}[a-zđ]{1,2}[0-9]?$`)
	serialRE = regexp.MustCompile(`^[0-9]{3}`)
)

// plateSerialAt reports whether word i of s is the serial number of a
// licence plate whose series the word before it writes, one space apart:
// "76R 004".
func plateSerialAt(s *sent, i int) bool {
	return i > 0 && s.text[s.ends[i-1]:s.starts[i]] == " " && plateRE.MatchString(s.lower[i-1]) && serialRE.MatchString(s.lower[i])
}

// gluedCode reports whether sep, the text between two words, joins parts
// of one code: a hyphen or a dot, spaced or not.
func gluedCode(sep string) bool {
	t := strings.TrimSpace(sep)
	return t == "-" || t == "." || t == "–"
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// whatLabel returns the label head a what-question asks the value of: a
// phrase of two words or more of label_heads or of a group of
// labelHeadAlternatives that ends right before its question word, or
// before the copula before it ("biển số gì", "biển kiểm soát là gì"), or
// that opens a question asking with a copula what it is ("Biển kiểm soát
// xe ô tô là gì"); nil for none.
func (q *question) whatLabel() []word {
	end := q.whAt
	// The copula may stand before the question words or open them ("là
	// gì").
	copula := end >= 0 && end < len(q.words) && copulas.Has(q.words[end].fold, lexicon.Exact)
	if end > 0 && copulas.Has(q.words[end-1].fold, lexicon.Exact) {
		copula = true
		end--
	}
	// A head of one word is too often the first syllable of another
	// noun: "Số phận … là gì", "Nhóm máu … là gì", "Thứ gì …".
	// A code of one word is no syllable: "bks gì".
	for n := min(maxLabelHeadWords, end); n >= 1; n-- {
		if ws := q.words[end-n : end]; (n >= minWhatLabelWords || isCode(ws[0].fold)) && isLabelHead(textOf(ws)) {
			return ws
		}
		if ws := q.words[:n]; copula && (n >= minWhatLabelWords || isCode(ws[0].fold)) && isLabelHead(textOf(ws)) {
			return ws
		}
	}
	return nil
}

// minCodeLetters is the fewest letters of a code of one word: "BKS", not
// "BS" ("bs" is also a phone's "bác sĩ").
const minCodeLetters = 3

// isCode reports whether a folded word is a code of letters and no
// syllable: minCodeLetters letters or more, no digit, and no Vietnamese
// syllable spelled so ("bks", "ubnd", "hdnd").
func isCode(fold string) bool {
	return utf8.RuneCountInString(fold) >= minCodeLetters && !strings.ContainsAny(fold, "0123456789") && !analysis.ValidSyllable(fold)
}

// minWhatLabelWords is the fewest words of a label head whatLabel takes.
const minWhatLabelWords = 2

// maxLabelHeadWords is the most words of a label head whatLabel looks for.
const maxLabelHeadWords = 3

// isLabelHead reports whether phrase, as typed, is a label head of
// label_heads or of a group of labelHeadAlternatives.
func isLabelHead(phrase string) bool {
	return labelHeads.Has(phrase, lexicon.AsTyped) || alternativeLabelHeads[analysis.Fold(phrase)]
}

// alternativeLabelHeads holds, folded, every phrase of the groups of
// labelHeadAlternatives.
var alternativeLabelHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range labelHeadAlternatives {
		for _, p := range g {
			m[analysis.Fold(p)] = true
		}
	}
	return m
}()
