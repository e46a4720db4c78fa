package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// Extract reads the typed facts an article states, each citing its
// passage and sentence: the event, people, quantities, identifiers and
// documents, awards, named items, abbreviations and photo credits.
func Extract(a *Article) []Fact {
	var sents []sentence
	for i := range a.Passages {
		sents = append(sents, sentencesOf(&a.Passages[i])...)
	}
	var facts []Fact
	if ev, ok := event(a, sents); ok {
		facts = append(facts, ev)
	}
	// The people of each sentence, found once.
	mentions := make([][]mention, len(sents))
	var all []mention
	for i := range sents {
		mentions[i] = findPeople(&sents[i])
		all = append(all, mentions[i]...)
	}
	facts = append(facts, people(mentions)...)
	seen := map[string]bool{}
	add := func(f Fact) {
		key := factKey(f)
		if seen[key] {
			return
		}
		seen[key] = true
		facts = append(facts, f)
	}
	for i := range sents {
		s := &sents[i]
		// quantities reads each token once, so a count it reads twice
		// from one sentence is written twice there ("tặng Bằng khen 5
		// tập thể; … tặng Giấy khen 5 tập thể"): two counts, both kept.
		// One an earlier sentence wrote is a repeat, as before, unless
		// it stands in a series of counts (listedWithOthers): "giành 29
		// HCV, 28 HCB, 40 HCĐ" after a lead of "29 HCV" is one figure of
		// three that add up —, or right after a label of its own ("Hải
		// Dương: 1 người chết do bão. … Hà Nội: 1 người chết do bão.").
		here := map[string]bool{}
		qs := quantities(s)
		for k, f := range qs {
			key := factKey(f)
			if seen[key] && (here[key] || listedWithOthers(s, qs, k) || labelled(s, f)) {
				facts = append(facts, f)
				continue
			}
			if !seen[key] {
				here[key] = true
			}
			add(f)
		}
		for _, f := range documents(s) {
			add(f)
		}
		for _, f := range awards(s, append(append([]mention(nil), mentions[i]...), all...)) {
			add(f)
		}
		for _, f := range named(s) {
			add(f)
		}
	}
	for _, f := range abbreviationFacts(a) {
		add(f)
	}
	for _, p := range a.Passages {
		if p.Credit != "" {
			add(Fact{Type: FactCredit, Text: p.Credit, Passage: p.ID})
		}
	}
	return facts
}

// factKey is what makes two facts one: their type, their text and, for
// an award, its award and giver.
func factKey(f Fact) string {
	return string(f.Type) + "\x00" + f.Text + "\x00" + f.Award + f.Giver
}

// abbreviationFacts reads the abbreviations an article defines ("an ninh Tổ
// quốc (ANTQ)") and, for the upper-case codes it uses without defining, the
// usual meaning from analysis.BuiltinAbbreviation (marked Builtin).
func abbreviationFacts(a *Article) []Fact {
	var out []Fact
	defined := map[string]bool{}
	known := func(short string) bool { return defined[analysis.Fold(short)] }
	// add records an abbreviation; text is how the article writes it.
	add := func(short, long, text string, p *Passage, sentence int, builtin bool) {
		defined[analysis.Fold(short)] = true
		out = append(out, Fact{Type: FactAbbreviation, Text: text, Abbreviation: Abbreviation{Short: short, Long: long, Builtin: builtin}, Passage: p.ID, Sentence: sentence})
	}
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, d := range analysis.FindDefinitions(p.Text) {
			if !known(d.Short) {
				add(d.Short, d.Long, d.Long+" ("+d.Short+")", p, sentenceAt(*p, d.Start), false)
			}
		}
	}
	// "Trung tâm Kiểm soát bệnh tật (CDC)": a body's name before a code
	// whose letters are not its initials.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, s := range sentencesOf(p) {
			for k := 1; k < len(s.toks); k++ {
				sep := s.sep(k)
				if !strings.HasPrefix(strings.TrimSpace(sep), "(") || !s.allCaps(k) || k+1 < len(s.toks) && !strings.HasPrefix(strings.TrimSpace(s.sep(k+1)), ")") {
					continue
				}
				short := s.toks[k].Text
				if known(short) {
					continue
				}
				if _, ok := analysis.BuiltinAbbreviation(short); ok {
					// "Công an huyện Bình Chánh (TPHCM)": a code with a
					// usual meaning is a place or body of its own in
					// parentheses, no name for the words before it.
					continue
				}
				for h := k - 1; h >= 0 && h >= k-8; h-- {
					if h < k-1 && strings.ContainsAny(s.sep(h+1), ",;()") {
						break
					}
					if s.upper(h) && s.match(organisationHeads, h) > 0 {
						long := s.span(h, k)
						add(short, long, long+" ("+short+")", p, s.index, false)
						break
					}
				}
			}
		}
	}
	// "Tổ bảo vệ an ninh, trật tự (Tổ BVANTT)": a code after a word the
	// long form starts with.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, m := range wordCode.FindAllStringSubmatchIndex(p.Text, -1) {
			lead, short := p.Text[m[2]:m[3]], p.Text[m[4]:m[5]]
			if known(short) {
				continue
			}
			before := p.Text[:m[0]]
			k := strings.LastIndex(strings.ToLower(before), strings.ToLower(lead)+" ")
			if k < 0 || len(before)-k > 160 {
				continue
			}
			long := strings.TrimSpace(before[k+len(lead):])
			if n := len(strings.Fields(long)); n < 2 || n > 10 {
				continue
			}
			add(short, long, long+" ("+short+")", p, sentenceAt(*p, m[0]), false)
		}
	}
	// "“Dân vận khéo” (DVK)": a name in quotation marks before a code.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, m := range quotedCode.FindAllStringSubmatchIndex(p.Text, -1) {
			long, short := p.Text[m[2]:m[3]], p.Text[m[4]:m[5]]
			if !known(short) && len(strings.Fields(long)) >= 2 {
				add(short, long, long+" ("+short+")", p, sentenceAt(*p, m[0]), false)
			}
		}
	}
	// "OCOP (Mỗi xã một sản phẩm)": a code followed by its meaning.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, m := range codeFirst.FindAllStringSubmatchIndex(p.Text, -1) {
			short, long := p.Text[m[2]:m[3]], strings.TrimSpace(p.Text[m[4]:m[5]])
			if n := len(strings.Fields(long)); known(short) || n < 2 || n > 10 || hasCodeMeaningStop(analysis.Fold(long)) {
				continue
			}
			add(short, long, short+" ("+long+")", p, sentenceAt(*p, m[0]), false)
		}
	}
	// Codes the article uses without defining: their usual meaning.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, t := range analysis.Tokens(p.Text) {
			if t.Number || strings.ToUpper(t.Text) != t.Text || len([]rune(t.Text)) < 2 || known(t.Text) {
				continue
			}
			if long, ok := analysis.BuiltinAbbreviation(t.Text); ok {
				add(t.Text, long, long+" ("+t.Text+")", p, sentenceAt(*p, t.Start), true)
			}
		}
	}
	return out
}

// quotedCode matches a code after a quoted name: "“Dân vận khéo” (DVK)".
var quotedCode = regexp.MustCompile(`“([^”]{3,80})”\s*\((\p{Lu}[\p{Lu}0-9&]{1,9})\)`)

// wordCode matches a code in parentheses after a capitalised word: "(Tổ
// BVANTT)".
var wordCode = regexp.MustCompile(`\((\p{Lu}\p{Ll}+) (\p{Lu}[\p{Lu}0-9&]{1,9})\)`)

// codeFirst matches an upper-case code followed by its meaning in
// parentheses: "OCOP (Mỗi xã một sản phẩm)".
var codeFirst = regexp.MustCompile(`\b(\p{Lu}[\p{Lu}0-9&]{1,9})\s+\(([\p{Lu}][^()0-9]*?)\)`)

// sentenceAt returns the index of the sentence of p holding byte offset at.
func sentenceAt(p Passage, at int) int {
	for i, s := range p.Sentences {
		if at < s.End {
			return i
		}
	}
	return max(0, len(p.Sentences)-1)
}

// codeMeaningStops, opening the words in parentheses after a code, show
// they are no meaning of it: "(anh Nguyễn Văn A)".
var codeMeaningStops = lexicon.MustSet("code_meaning_stops_folded")

// hasCodeMeaningStop reports whether the folded words f start with a code
// meaning stop.
func hasCodeMeaningStop(f string) bool {
	for _, w := range codeMeaningStops.FoldedWords() {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// labelled reports whether count f of sentence s stands right after a
// label of its own: a capitalised name and a colon ("Hà Nội: 1 người
// chết do bão").
func labelled(s *sentence, f Fact) bool {
	text := s.text[s.start:s.end]
	i := strings.Index(text, f.Text)
	if i < 0 {
		return false
	}
	before, ok := strings.CutSuffix(strings.TrimSpace(text[:i]), ":")
	if !ok {
		return false
	}
	label := strings.TrimSpace(before[strings.LastIndexAny(before, ".;:,")+1:])
	r, _ := utf8.DecodeRuneInString(label)
	return label != "" && unicode.IsUpper(r)
}

// listedWithOthers reports whether count k of the counts qs of sentence s
// stands in a series with another: the next or the one before is
// parted from it by a comma, a semicolon or a joiner alone
// (number_joiners: "và") after its unit ("29 HCV, 28 HCB"). A count
// repeated alone is a repeat of the earlier one.
func listedWithOthers(s *sentence, qs []Fact, k int) bool {
	text := s.text[s.start:s.end]
	joined := func(a, b Fact) bool {
		i := strings.Index(text, a.Text)
		if i < 0 {
			return false
		}
		j := strings.Index(text[i+len(a.Text):], b.Text)
		if j < 0 {
			return false
		}
		gap := strings.TrimSpace(text[i+len(a.Text) : i+len(a.Text)+j])
		return gap == "," || gap == ";" || joiners[gap]
	}
	return k+1 < len(qs) && qs[k+1].Type == FactQuantity && joined(qs[k], qs[k+1]) ||
		k > 0 && qs[k-1].Type == FactQuantity && joined(qs[k-1], qs[k])
}
