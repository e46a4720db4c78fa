package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// identifier answers "Nghị quyết số mấy?": numbers that name documents
// and bodies.
func (d *document) identifier(q question, content []word, sc *scope) candidate {
	if q.wh == whWhat {
		// "Nghị quyết nào được nhắc tới?": the documents of that kind.
		if noun := nounOf(q); len(noun) > 0 {
			if c := d.documentsOf(noun, sc); c.answer != "" {
				return c
			}
		}
	}
	if q.wh == whWhat && q.whatLabel() != nil {
		// "xe mang biển số gì": the value written after the label.
		if c := d.labelValue(q, content, sc); c.answer != "" {
			return c
		}
	}
	if q.wh == whWho || q.wh == whWhat {
		return d.namedByNumber(q, content, sc)
	}
	if q.wh != whNumber {
		return candidate{}
	}
	var best candidate
	heads := labelHeadsOf(q.label)
	// The noun the question writes before its label ("bão" of "cơn bão số
	// mấy"), and whether the label is a rank, which says itself.
	labelNoun, rank := q.wordBeforeLabel(), len(q.label) > 0 && ordinalMarkers.Has(q.label[len(q.label)-1].fold, lexicon.Folded)
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if (f.Type != corpus.FactIdentifier && f.Type != corpus.FactDocument) || f.Number == "" {
			continue
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		if at, n := labelAtAny(s, heads, f.Number); at >= 0 {
			// "Đại hội … lần thứ mấy": the label the question names, or
			// another phrase of its group ("lần 2" for "lần thứ mấy"),
			// said of what the words before it in its part of the
			// sentence name: "ngày làm việc thứ 39, Kỳ họp thứ 10".
			local := d.overlapIn(q, content, s, labelFrom(s, at), at).coverage()
			score := labelBase + labelLocal*local + labelWhole*d.overlapOf(q, content, s).coverage()
			if score > best.score {
				text := f.Text
				if n != len(q.label) {
					text = s.text[s.starts[at]:s.ends[at+n]]
				}
				if at > 0 && !rank && spaced(s, at) && s.fold[at-1] == labelNoun && strings.HasPrefix(s.text[s.starts[at]:], text) {
					// "bão số 10" for "cơn bão số mấy": the noun the
					// label numbers, as the question writes it before (a
					// rank, "kỳ họp thứ 10", says itself: "thứ 10", typed
					// with marks or without).
					text = s.text[s.starts[at-1]:s.starts[at]] + text
				}
				best = candidate{answer: text + ".", kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}}
			}
			continue
		}
		unit := share(without(content, mentionWords...), sharedWords(f.Unit))
		if unit == 0 {
			continue
		}
		score := 0.5*unit + 0.45*d.overlapOf(q, content, s).coverage()
		if q.wh == whNumber && findPhrase(q.words, numKey(f.Number)) >= 0 {
			// The question names the number: it asks something else.
			continue
		}
		if score > best.score {
			best = candidate{answer: f.Text + ".", kind: KindFact, score: score, refs: []ref{{f.Passage, f.Sentence}}}
		}
	}
	if best.answer == "" {
		// No fact names it: a label the sentences write before a code
		// or number ("biển kiểm soát 74C-124.xx", "Quốc lộ 9").
		return d.labelValue(q, content, sc)
	}
	return best
}

// The confidence of a label the question names ("hạng mấy" answered by
// "hạng Ba"): a base, the share of the question's words among the
// labelBack words before it, and their share in its sentence.
const (
	labelBase  = 0.5
	labelLocal = 0.3
	labelWhole = 0.15
	labelBack  = 8
)

// labelAtAny returns the position in s of the first of the folded label
// heads written right before number, and the head's length; -1 when none
// is.
func labelAtAny(s *sent, heads [][]string, number string) (int, int) {
	if len(heads) == 0 || len(heads[0]) == 0 {
		return -1, 0
	}
	n := strings.ToLower(number)
	for _, h := range heads {
		for at := 0; at+len(h) < len(s.lower); at++ {
			if s.lower[at+len(h)] == n && slices.Equal(s.fold[at:at+len(h)], h) {
				return at, len(h)
			}
		}
	}
	return -1, 0
}

// labelFrom returns where the words a label at position at is said of
// begin: at most labelBack words before it, not past a comma or a
// semicolon, which part it from the label before it ("ngày làm việc thứ
// 39, Kỳ họp thứ 10").
func labelFrom(s *sent, at int) int {
	from := at
	for from > 0 && at-from < labelBack && !strings.ContainsAny(s.text[s.ends[from-1]:s.starts[from]], ",;") {
		from--
	}
	return from
}

// labelAt returns the position in s of the label head when s writes head
// right before number ("lần thứ" before "nhất"), or -1.
func labelAt(s *sent, head []word, number string) int {
	if len(head) == 0 {
		return -1
	}
	n := strings.ToLower(number)
	for at := 0; at+len(head) < len(s.lower); at++ {
		if s.lower[at+len(head)] != n {
			continue
		}
		ok := true
		for k, w := range head {
			if s.fold[at+k] != w.fold {
				ok = false
				break
			}
		}
		if ok {
			return at
		}
	}
	return -1
}

// mentionWords ask where an article mentions something; pluralCues ask
// for several things; nameCues ask for a name.
var (
	mentionWords = lexicon.MustSet("mention_words").Words()
	pluralCues   = lexicon.MustSet("plural_cues").Words()
	nameCues     = lexicon.MustSet("name_cues").Words()
)

// namedList answers "Các mô hình nổi bật là gì?" with the items a
// sentence names in quotation marks.
func (d *document) namedList(q question, content []word, sc *scope) candidate {
	plural := pluralCuesList.in(q.words)
	if q.wh != whWhat && q.wh != whList && !(q.wh == whWho && nameQuestionWordsList.in(q.words)) {
		return candidate{}
	}
	groups := map[ref][]corpus.Fact{}
	var order []ref
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactNamed {
			continue
		}
		r := ref{f.Passage, f.Sentence}
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], f)
	}
	var best candidate
	// One item the question describes: "Mô hình về cảm hóa người lầm lỗi
	// tên là gì?".
	asked := without(content, itemQuestionWords...)
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactNamed {
			continue
		}
		item := d.prep[i].item
		cov := d.overlapOf(q, asked, item).coverage()
		if cov >= 0.6 {
			if sc := 0.5 + 0.45*cov; sc > best.score {
				best = candidate{answer: "“" + f.Text + "”", kind: KindFact, score: sc, refs: []ref{{f.Passage, f.Sentence}}}
			}
		}
	}
	for _, r := range order {
		s := d.sentOf[r]
		items := groups[r]
		o := d.overlapOf(q, content, s)
		unit := share(content, sharedWords(items[0].Unit))
		score := 0.55*o.coverage() + 0.35*unit
		if (plural || q.wh == whList) && len(items) > 1 && len(content) > 0 && s.hasPhrase(content[0].fold, 0, len(s.fold)) >= 0 {
			// "Kể tên các mô hình …": a list of items of the noun asked.
			score += 0.2
			if len(content) > 1 && share(content[:2], sharedWords(items[0].Unit)) == 1 {
				// The items are named by that very noun ("mô hình").
				score = max(score, 0.6+0.3*o.coverage())
			}
		}
		if nameCuesList.in(q.words) {
			score += 0.1
		}
		if len(items) > 1 && !plural {
			score -= 0.1
		}
		if score <= best.score {
			continue
		}
		var parts []string
		n := 0
		for _, it := range items {
			part := "“" + it.Text + "”"
			if n+utf8.RuneCountInString(part)+2 > MaxAnswer-1 {
				parts = append(parts, "…")
				break
			}
			n += utf8.RuneCountInString(part) + 2
			parts = append(parts, part)
		}
		best = candidate{answer: strings.Join(parts, ", "), kind: KindFact, score: score, refs: []ref{r}}
	}
	return best
}

// namedByNumberScore is the confidence of a thing named by its number
// and unit ("Nghị quyết số 12"), the question writing both.
const namedByNumberScore = 0.8

// namedByNumber answers "Nghị quyết số 12 là của cơ quan nào?" with the
// whole name of what the question names by its number.
func (d *document) namedByNumber(q question, content []word, sc *scope) candidate {
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]

		if (f.Type != corpus.FactIdentifier && f.Type != corpus.FactDocument) || f.Number == "" {
			continue
		}
		unit := sharedWords(f.Unit)
		if !hasNumber(q.words, f.Number) || share(unit, q.words) < 1 || share(sharedWords(f.Text), q.words) == 1 {
			continue // nothing the question does not already say
		}
		return candidate{answer: f.Text + ".", kind: KindFact, score: namedByNumberScore, refs: []ref{{f.Passage, f.Sentence}}}
	}
	return candidate{}
}

func hasNumber(ws []word, n string) bool {
	k := numKey(n)
	for _, w := range ws {
		if w.num && numKey(w.text) == k {
			return true
		}
	}
	return false
}

// itemQuestionWords are the words of a question about a quoted item
// besides its name; alternativeWords join the alternatives of a yes-no
// question.
var (
	itemQuestionWords = lexicon.MustSet("item_question_words").Words()
	alternativeWords  = lexicon.MustSet("alternative_words").Words()
)

// negationWords make a sentence say no, unless a negationBreaker follows.
var (
	negationWords    = lexicon.MustSet("negation_words")
	negationBreakers = lexicon.MustSet("negation_breakers")
)

// documentsScore is the confidence of the documents of a kind the
// article names, listed whole.
const documentsScore = 0.85

// documentsOf lists the documents and numbered names whose kind is noun:
// "Nghị quyết số 09-NQ/TU" for "nghị quyết".
func (d *document) documentsOf(noun []word, sc *scope) candidate {
	var parts []string
	var refs []ref
	for _, i := range d.factsIn(sc) {
		f := d.facts[i]
		if f.Type != corpus.FactIdentifier && f.Type != corpus.FactDocument {
			continue
		}
		if phraseOf(sharedWords(f.Unit)) != phraseOf(noun) {
			continue
		}
		parts = append(parts, f.Text)
		refs = append(refs, ref{f.Passage, f.Sentence})
	}
	if len(parts) == 0 {
		return candidate{}
	}
	return candidate{answer: strings.Join(parts, "; ") + ".", kind: KindFact, score: documentsScore, refs: refs}
}
