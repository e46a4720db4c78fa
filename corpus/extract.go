package corpus

import (
	"regexp"
	"strings"

	"github.com/hoidap/hoidap/analysis"
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
		key := string(f.Type) + "\x00" + f.Text + "\x00" + f.Award + f.Giver
		if seen[key] {
			return
		}
		seen[key] = true
		facts = append(facts, f)
	}
	for i := range sents {
		s := &sents[i]
		for _, f := range quantities(s) {
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

// abbreviationFacts reads the abbreviations an article defines ("an ninh Tổ
// quốc (ANTQ)") and, for the upper-case codes it uses without defining, the
// usual meaning from analysis.BuiltinAbbreviation (marked Builtin).
func abbreviationFacts(a *Article) []Fact {
	var out []Fact
	defined := map[string]bool{}
	for _, p := range a.Passages {
		for _, d := range analysis.FindDefinitions(p.Text) {
			key := analysis.Fold(d.Short)
			if defined[key] {
				continue
			}
			defined[key] = true
			out = append(out, Fact{Type: FactAbbreviation, Text: d.Long + " (" + d.Short + ")", Short: d.Short, Long: d.Long, Passage: p.ID, Sentence: sentenceAt(p, d.Start)})
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
				key := analysis.Fold(short)
				if defined[key] {
					continue
				}
				for h := k - 1; h >= 0 && h >= k-8; h-- {
					if h < k-1 && strings.ContainsAny(s.sep(h+1), ",;()") {
						break
					}
					if s.upper(h) && s.match(organisationHeads, h) > 0 {
						long := s.span(h, k)
						defined[key] = true
						out = append(out, Fact{Type: FactAbbreviation, Text: long + " (" + short + ")", Short: short, Long: long, Passage: p.ID, Sentence: s.index})
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
			key := analysis.Fold(short)
			if defined[key] {
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
			defined[key] = true
			out = append(out, Fact{Type: FactAbbreviation, Text: long + " (" + short + ")", Short: short, Long: long, Passage: p.ID, Sentence: sentenceAt(*p, m[0])})
		}
	}
	// "“Dân vận khéo” (DVK)": a name in quotation marks before a code.
	for i := range a.Passages {
		p := &a.Passages[i]
		for _, m := range quotedCode.FindAllStringSubmatchIndex(p.Text, -1) {
			long, short := p.Text[m[2]:m[3]], p.Text[m[4]:m[5]]
			key := analysis.Fold(short)
			if defined[key] || len(strings.Fields(long)) < 2 {
				continue
			}
			defined[key] = true
			out = append(out, Fact{Type: FactAbbreviation, Text: long + " (" + short + ")", Short: short, Long: long, Passage: p.ID, Sentence: sentenceAt(*p, m[0])})
		}
	}
	// "OCOP (Mỗi xã một sản phẩm)": a code followed by its meaning.
	for _, p := range a.Passages {
		for _, m := range codeFirst.FindAllStringSubmatchIndex(p.Text, -1) {
			short, long := p.Text[m[2]:m[3]], strings.TrimSpace(p.Text[m[4]:m[5]])
			key := analysis.Fold(short)
			if defined[key] || len(strings.Fields(long)) < 2 || len(strings.Fields(long)) > 10 || strings.HasPrefix(analysis.Fold(long), "anh") {
				continue
			}
			defined[key] = true
			out = append(out, Fact{Type: FactAbbreviation, Text: short + " (" + long + ")", Short: short, Long: long, Passage: p.ID, Sentence: sentenceAt(p, m[0])})
		}
	}
	for _, p := range a.Passages {
		for _, t := range analysis.Tokens(p.Text) {
			if t.Number || strings.ToUpper(t.Text) != t.Text || len([]rune(t.Text)) < 2 {
				continue
			}
			key := t.Folded
			if defined[key] {
				continue
			}
			long, ok := analysis.BuiltinAbbreviation(t.Text)
			if !ok {
				continue
			}
			defined[key] = true
			out = append(out, Fact{Type: FactAbbreviation, Text: long + " (" + t.Text + ")", Short: t.Text, Long: long, Builtin: true, Passage: p.ID, Sentence: sentenceAt(p, t.Start)})
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
