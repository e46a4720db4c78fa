package answer

// This file holds the features that measure how much of the question the
// answer's sentence and article cover.

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// missingFrom returns the weighted share of content words found nowhere
// in article a, and whether a number or a capitalised name the question
// gives is among those missing.
func (d *document) missingFrom(content []word, a *corpus.Article, lang string) (float64, bool) {
	vocab := d.vocab[a.ID]
	total, gone := 0.0, 0.0
	named := false
	for i, w := range content {
		k := w.key(lang)
		wt := d.weight(k)
		total += wt
		if vocab[k] || synonymIn(vocab, w.fold) || d.writtenOtherwise(w, a, vocab) {
			continue
		}
		gone += wt
		named = named || w.num || w.caps || w.cap && i > 0
	}
	if total == 0 {
		return 0, false
	}
	return gone / total, named
}

// minSyllable is the fewest letters of a syllable writtenOtherwise splits
// a name typed as one word into ("Sapa" — "sa", "pa").
const minSyllable = 2

// maxInitials is the most letters of initials written with dots ("H.V.L.")
// that writtenOtherwise looks for.
const maxInitials = 5

// writtenOtherwise reports whether article a, whose words are vocab,
// writes question word w another way than the question types it: the year
// of its date ("năm 2025" of an article of 2025), a count spelled out
// ("2 thanh niên" as "hai thanh niên"), initials written with dots ("HVL"
// as "H.V.L."), the newspaper's code of its first line ("PLO"), or a name
// typed as one word that the article writes as two syllables side by side
// ("Sapa" as "Sa Pa").
func (d *document) writtenOtherwise(w word, a *corpus.Article, vocab map[string]bool) bool {
	if w.num {
		v, ok := analysis.ParseNumber(w.text)
		if !ok {
			return false
		}
		if a.Date.Year > 0 && v == float64(a.Date.Year) || a.Posted.Year > 0 && v == float64(a.Posted.Year) {
			return true
		}
		for spelled, sv := range spelledNumbers {
			// "năm" and "một" are as often "year" and "a": not counts.
			if f := analysis.Fold(spelled); sv == v && numberWords[f] && vocab[f] {
				return true
			}
		}
		return false
	}
	if w.cap || w.caps {
		for k := minSyllable; k <= len(w.fold)-minSyllable; k++ {
			x, y := w.fold[:k], w.fold[k:]
			if vocab[x] && vocab[y] && d.bigrams[x+" "+y] > 0 {
				return true
			}
		}
	}
	if !w.caps {
		return false
	}
	if a.Source != "" && analysis.Fold(a.Source) == w.fold {
		return true
	}
	if n := len(w.fold); n < 2 || n > maxInitials {
		return false
	}
	dotted := strings.Join(strings.Split(strings.ToUpper(w.fold), ""), ".")
	for _, p := range a.Passages {
		if strings.Contains(p.Text, dotted) {
			return true
		}
	}
	return false
}

// synonymIn reports whether vocab, an article's words, holds every word
// of a synonym of the folded word f ("tặng" for "trao"): the article
// says it in other words.
func synonymIn(vocab map[string]bool, f string) bool {
	for _, alt := range synonyms(f) {
		all := true
		for _, w := range strings.Fields(alt) {
			all = all && vocab[w]
		}
		if all {
			return true
		}
	}
	return false
}

// The words the type checks look for.
var (
	numberWords = foldedSetOf(lexicon.MustSet("number_words").Words()...)
	placeNouns  = foldedSetOf(lexicon.MustSet("place_nouns").Words()...)
	yesNoWords  = foldedSetOf(lexicon.MustSet("yes_no_words").Words()...)
)

// sentenceCover is the coverage of content of question q in s
// (overlap.coverage). A
// sentence that goes on with the one before it (continues) does not
// repeat its words: those it lacks count when that one holds them ("Đội
// CSGT … xử lý 437 trường hợp vi phạm …. Trong đó, có 173 trường hợp vi
// phạm nồng độ cồn." for "CSGT xử lý bao nhiêu trường hợp vi phạm nồng độ
// cồn?"). A person the question names and the sentence names by a title
// only counts as named (namedByTitle).
func (d *document) sentenceCover(q question, content []word, s *sent) float64 {
	lang := q.lang
	o := d.overlapOf(q, content, s)
	if o.total == 0 {
		return 0
	}
	found := map[string]bool{}
	for i, w := range content {
		if i < len(o.matched) && o.matched[i] {
			found[w.key(lang)] = true
		}
	}
	var lacking []word
	for _, w := range content {
		if !found[w.key(lang)] {
			lacking = append(lacking, w)
		}
	}
	if len(lacking) == 0 {
		return o.coverage()
	}
	got := o.got + d.namedByTitle(lacking, s, lang)
	if continues(s) {
		for _, before := range d.sentsOf[s.p.ID] {
			if before.index == s.index-1 {
				got += d.overlapOf(q, lacking, before).got
				break
			}
		}
	}
	return min(1, got/o.total)
}

// titleCorefQuality is how much a word of a person's name counts when the
// sentence writes the person's title instead of the name: as much as a
// synonym.
const titleCorefQuality = 0.85

// namedByTitle returns the weight of the words of lacking that name a
// person of s's article whom s writes by one of their titles only:
// "Nguyễn Hữu Hợp tặng bao nhiêu cá nhân" and "Giám đốc Công an tỉnh tặng
// Giấy khen 9 tập thể, 15 cá nhân", the article having written "Đại tá
// Nguyễn Hữu Hợp - Giám đốc Công an tỉnh" before.
func (d *document) namedByTitle(lacking []word, s *sent, lang string) float64 {
	counted := map[string]bool{}
	got := 0.0
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || len(f.Titles) == 0 {
			continue
		}
		titled := false
		for _, t := range d.prep[i].titlePhrases {
			if t != "" && s.hasPhrase(t, 0, len(s.fold)) >= 0 {
				titled = true
				break
			}
		}
		if !titled {
			continue
		}
		name := d.prep[i].nameFolds
		for _, w := range lacking {
			if k := w.key(lang); name[w.fold] && !counted[k] {
				counted[k] = true
				got += d.weight(k) * titleCorefQuality
			}
		}
	}
	return got
}

// continues reports whether s opens with a part marker ("Trong đó, …"),
// or a lead of a breakdown and a colon ("Cụ thể: …"), after another
// sentence of its passage: it goes on with that one.
func continues(s *sent) bool {
	if s.index == 0 || len(s.fold) == 0 {
		return false
	}
	for n := 1; n <= min(len(s.fold), partMarkerSet.MaxWords()); n++ {
		if partMarkerSet.HasPhrase(s.fold[:n], lexicon.Folded) {
			return true
		}
	}
	for n := 1; n < min(len(s.fold), breakdownLeads.MaxWords()+1); n++ {
		if breakdownLeads.HasPhrase(s.fold[:n], lexicon.Folded) && strings.TrimSpace(sepBefore(s, n)) == listColon {
			return true
		}
	}
	return false
}

// breakdownLeads open a sentence that breaks down the figure of the one
// before it, when a colon follows them: "Cụ thể:".
var breakdownLeads = lexicon.MustSet("breakdown_leads")

// containsText reports whether t holds any of subs.
func containsText(t string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(t, sub) {
			return true
		}
	}
	return false
}
