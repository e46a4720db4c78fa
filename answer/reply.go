package answer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// compose turns the candidates for the parts of a question into one
// answer.
func (e *Engine) compose(a Answer, cands []candidate) Answer {
	var answers []string
	a.Kind = KindFact
	a.Confidence = 1
	seen := map[ref]bool{}
	for _, c := range saidOnce(cands) {
		answers = append(answers, c.answer)
		if c.kind != KindFact {
			a.Kind = KindPassage
		}
		a.Confidence = min(a.Confidence, c.score)
		for _, r := range c.refs {
			if seen[r] {
				continue
			}
			seen[r] = true
			if src, ok := e.source(r); ok {
				a.Sources = append(a.Sources, src)
			}
		}
	}
	a.Confidence = round2(min(1, a.Confidence))
	per := MaxAnswer
	if len(answers) > 1 {
		per = (MaxAnswer - 2*(len(answers)-1)) / len(answers)
	}
	for i := range answers {
		if len(answers) > 1 {
			answers[i] = strings.TrimRight(answers[i], ".")
		}
		answers[i] = Trim(answers[i], per)
	}
	a.Answer = strings.Join(answers, "; ")
	a.Suggestions = e.related(a.Question, a.Answer, 3)
	a.Reply = reply(a)
	return a
}

// saidOnce returns the answers to the parts of a question, less those
// another part's answer from the same sentence holds: two parts one
// answer tells ("lúc mấy giờ, ngày nào" of "19 giờ ngày 29/3") are said
// once, by the longer, in the first one's place.
func saidOnce(cands []candidate) []candidate {
	out := make([]candidate, 0, len(cands))
	for _, c := range cands {
		held := false
		for i, k := range out {
			if !sameSource(c, k) {
				continue
			}
			switch {
			case heldByAny(c, []candidate{k}):
				held = true
			case heldByAny(k, []candidate{c}):
				out[i], held = c, true
			}
			if held {
				break
			}
		}
		if !held {
			out = append(out, c)
		}
	}
	return out
}

// sameSource reports whether two candidates are read from the same
// sentence.
func sameSource(a, b candidate) bool {
	return len(a.refs) > 0 && len(b.refs) > 0 && a.refs[0] == b.refs[0]
}

// partial is the answer to a compound question only some of whose parts
// the articles answer (answerParts): a none answer, since what was asked
// is not answered whole, that says what the articles do say of the
// other parts, trimmed to MaxAnswer.
func (e *Engine) partial(a Answer, cands []candidate) Answer {
	said := e.compose(a, cands)
	a = e.none(a, Trim(fmt.Sprintf(msgPartlySaid, said.Answer), MaxAnswer))
	return a
}

// none is the answer when the articles do not say; msg replaces the usual
// sentence when the question itself is the problem.
func (e *Engine) none(a Answer, msg string) Answer {
	a.Kind = KindNone
	a.Answer = NotInArticle
	if msg != "" {
		a.Answer = msg
	}
	a.Confidence = 0
	a.Sources = []Source{}
	a.Suggestions = e.related(a.Question, "", 3)
	var b strings.Builder
	b.WriteString(a.Answer)
	if len(a.Suggestions) > 0 {
		b.WriteString(msgSuggestHint)
		for _, s := range a.Suggestions {
			b.WriteString("\n• " + s)
		}
	}
	a.Reply = b.String()
	return a
}

// reply is the plain-text message: the answer, the source sentence in
// quotes, and the source line.
func reply(a Answer) string {
	var b strings.Builder
	b.WriteString(a.Answer)
	for i, s := range a.Sources {
		if i == 2 {
			break
		}
		b.WriteString("\n\n“" + s.Text + "”")
		if line := s.Line(); line != "" {
			b.WriteString("\n— " + line)
		}
	}
	return b.String()
}

// Line is the source line under a quoted sentence: "QNO, 19/9/2024".
func (s Source) Line() string {
	var parts []string
	if s.Newspaper != "" {
		parts = append(parts, s.Newspaper)
	}
	if s.Date != "" {
		parts = append(parts, s.Date)
	}
	return strings.Join(parts, ", ")
}

// source returns the source sentence r names.
func (d *document) source(r ref) (Source, bool) {
	p, ok := d.passages[r.passage]
	if !ok || r.sentence >= len(p.Sentences) {
		return Source{}, false
	}
	a := d.byID[p.Article]
	return Source{
		ID:        p.ID,
		Article:   p.Article,
		Text:      Trim(p.Sentence(r.sentence), MaxAnswer),
		Newspaper: a.Source,
		Date:      a.Date.String(),
	}, true
}

// Trim shortens t to at most n characters, cutting at the last clause
// boundary (", ", "; ", ": ", " - ") that fits and adding "…"; a text with
// no such boundary is cut at a word boundary. Names and numbers are never
// cut: no cut falls inside a word.
func Trim(t string, n int) string {
	if utf8.RuneCountInString(t) <= n {
		return t
	}
	limit := byteIndexOfRune(t, n-1) // room for "…"
	head := t[:limit]
	cut := -1
	for _, sep := range []string{"; ", ", ", ": ", " - ", " – "} {
		if i := strings.LastIndex(head, sep); i > cut && i > len(head)/3 {
			cut = i
		}
	}
	if cut < 0 {
		cut = strings.LastIndexByte(head, ' ')
	}
	if cut <= 0 {
		return strings.TrimSpace(head) + "…"
	}
	return strings.TrimRight(head[:cut], " ,;:-–") + "…"
}

// byteIndexOfRune returns the byte offset of rune n of t.
func byteIndexOfRune(t string, n int) int {
	i := 0
	for k := range t {
		if i == n {
			return k
		}
		i++
	}
	return len(t)
}

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

// related returns up to n suggested questions other than question, those
// that follow from the answer first: about a person the answer names
// ("Nguyễn Hữu Hợp giữ chức vụ gì?"), and the other awards after one
// ("Ai được tặng Giấy khen?" after Bằng khen). A suggestion that folds to
// the question is left out.
func (e *Engine) related(question, answer string, n int) []string {
	q := analysis.Fold(strings.Trim(strings.TrimSpace(question), "?"))
	said := analysis.Fold(question + " " + answer)
	type ranked struct {
		s     string
		score int
	}
	// What a suggestion may follow from, read once for all suggestions:
	// the names of the people the answer names, and, when an award was
	// said, the awards that were not, one per fact. The awards are
	// collected only once one is known to be said.
	var names, awards []string
	awardSaid := false
	for i := range e.facts {
		f := &e.facts[i]
		switch f.Type {
		case corpus.FactPerson:
			if answer != "" && strings.Contains(answer, f.Name) {
				names = append(names, f.Name)
			}
		case corpus.FactAward:
			awardSaid = awardSaid || strings.Contains(said, e.prep[i].awardFold)
		}
	}
	if awardSaid {
		for i := range e.facts {
			if e.facts[i].Type == corpus.FactAward && !strings.Contains(said, e.prep[i].awardFold) {
				awards = append(awards, e.facts[i].Award)
			}
		}
	}
	if len(names) == 0 && len(awards) == 0 {
		// Nothing to follow from: every suggestion ranks alike, and the
		// stable ranking below would keep their order.
		return firstSuggestions(e.suggestions(), e.foldedSuggestions(), q, n)
	}
	suggestions := e.suggestions()
	rs := make([]ranked, 0, len(suggestions)) // made once, not grown
	folded := e.foldedSuggestions()
	for i, s := range suggestions {
		if folded[i] == q {
			continue
		}
		r := ranked{s: s}
		for _, name := range names {
			if strings.Contains(s, name) {
				r.score += followsPerson
			}
		}
		for _, award := range awards {
			if strings.Contains(s, award) {
				r.score += followsAward
			}
		}
		rs = append(rs, r)
	}
	// Stable, as sort.SliceStable, but without its reflection.
	slices.SortStableFunc(rs, func(x, y ranked) int { return cmp.Compare(y.score, x.score) })
	var out []string
	for _, r := range rs {
		if len(out) == n {
			break
		}
		out = append(out, r.s)
	}
	return out
}

// How much a suggestion that follows from the answer moves up: one about
// a person the answer names, one about another award than the one asked.
const (
	followsPerson = 2
	followsAward  = 1
)

// splitCompound splits a question that asks two things ("ai tặng Bằng
// khen và bao nhiêu mô hình?") into its parts; a question that asks one
// thing is returned whole.
func splitCompound(text string) []string {
	var parts []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '?' || r == '\n' }) {
		if strings.TrimSpace(p) != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return []string{text}
	}
	var out []string
	for _, p := range parts {
		out = append(out, splitAnd(p)...)
	}
	if len(out) > 4 {
		return []string{text}
	}
	// "Lê Đức Anh đạt giải mấy, môn gì?": a later part without a name is
	// about the name of the part before; a later part of a few words,
	// no more than its question word and a verb or noun ("quê ở đâu",
	// "tội gì", "tăng bao nhiêu"), is about the subject of the part
	// before, the words it writes before its question word ("tài xế Sâm
	// bao nhiêu tuổi, quê ở đâu").
	for i := 1; i < len(out); i++ {
		if nameOf(out[i]) != "" {
			continue
		}
		if name := nameOf(out[i-1]); name != "" {
			out[i] = name + " " + out[i]
		} else if subject := wordsBeforeWh(parseQuestion(out[i-1])); subject != "" && len(strings.Fields(out[i])) <= compoundTailWords {
			out[i] = subject + " " + out[i]
		}
	}
	return out
}

// compoundTailWords is the most words of a later part of a compound
// question that asks about the subject of the part before it.
const compoundTailWords = 3

// wordsBeforeWh returns the words of q before its question word, as
// typed (canonical), or "" when it opens with it.
func wordsBeforeWh(q question) string {
	if q.whAt <= 0 || q.whAt > len(q.words) {
		return ""
	}
	return textOf(q.words[:q.whAt])
}

// nameOf returns the first run of two or more capitalised words of t
// after its first word.
func nameOf(t string) string {
	toks := analysis.Tokens(analysis.Canonical(t))
	for i := 1; i < len(toks); i++ {
		j := i
		for j < len(toks) && !toks[j].Number && startsUpper(toks[j].Text) && (j == i || t[toks[j-1].End:toks[j].Start] == " ") {
			j++
		}
		if j-i >= 2 && !analysis.IsCode(toks[i].Text) {
			return t[toks[i].Start:toks[j-1].End]
		}
	}
	return ""
}

// startsUpper reports whether the non-empty word w starts with a capital
// letter, its first rune decoded in place.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// andSeps are where splitAnd splits, in order: each list conjunction
// between spaces, as written and folded (" và ", " va "), then ", " and
// "; ".
var andSeps = func() []string {
	var out []string
	for _, w := range listConjunctions.Words() {
		out = append(out, " "+w+" ")
		if f := analysis.Fold(w); f != w {
			out = append(out, " "+f+" ")
		}
	}
	return append(out, ", ", "; ")
}()

// splitAnd splits at " và " or ", " when both sides ask something.
func splitAnd(p string) []string {
	for _, sep := range andSeps {
		i := strings.Index(p, sep)
		for i >= 0 {
			left, right := p[:i], p[i+len(sep):]
			lq, rq := parseQuestion(left), parseQuestion(right)
			if !rq.hasContent() && len(rq.words) <= compoundTailWords && lq.wh != whYesNo {
				// "…, tội gì": a short part asks of the subject before
				// (splitCompound gives it that subject); not of a
				// yes-no question's claim ("có dự lễ không, tên gì").
				rq = parseQuestion(wordsBeforeWh(lq) + " " + right)
			}
			if lq.wh != whNone && rq.wh != whNone && len(rq.words) >= 2 && len(lq.words) >= 2 && lq.hasContent() && rq.hasContent() {
				return append([]string{left}, splitAnd(right)...)
			}
			j := strings.Index(p[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	return []string{p}
}

// firstSuggestions returns the first n of suggestions (folded are their
// folds), other than those that fold to the question q.
func firstSuggestions(suggestions, folded []string, q string, n int) []string {
	var out []string
	for i, s := range suggestions {
		if len(out) == n {
			break
		}
		if folded[i] != q {
			out = append(out, s)
		}
	}
	return out
}
