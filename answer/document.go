package answer

import (
	"context"
	"fmt"
	"sync"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
)

// A document is everything read once from a fixed set of articles: their
// passages and sentences, each tokenised once (sent), the typed facts
// extracted from them, by article, type and sentence, and the counts of
// their words. It knows nothing of the index or the scorer. After
// newDocument it is only read.
type document struct {
	articles []*corpus.Article
	byID     map[string]*corpus.Article
	passages map[string]*corpus.Passage
	facts    []corpus.Fact

	sents   []*sent
	sentOf  map[ref]*sent
	sentsOf map[string][]*sent // by passage
	factsOf map[string][]int   // fact indexes by article
	// factsByType and factsAt hold the fact indexes of each type and of
	// each sentence, in order.
	factsByType map[corpus.FactType][]int
	factsAt     map[ref][]int
	prep        []prepared // per fact
	df          map[string]int
	nsent       int
	// bigrams holds every pair of folded words side by side in a sentence,
	// and how often the articles write it.
	bigrams map[string]int
	// contentPairs holds, by pair of folded words side by side in a
	// sentence ("dang bo"), which of the two the articles write as a
	// content word, not a filler ("Đảng bộ": both): see pairSides.
	contentPairs map[string]pairSides
	// langs holds the languages of the articles.
	langs map[string]bool
	// abbr maps folded abbreviations to the folded words of their long
	// forms and back, over all articles.
	abbr map[string][]string

	// vocab holds, per article, the keys of the words it uses.
	vocab map[string]map[string]bool
	// names are the names of the people the articles name, as the
	// questions may refer to them (personNameRuns).
	names nameRuns
	// places are the names of the places the articles write after a
	// unit of place, as placeNameRuns reads them.
	places nameRuns
	// times gives, by passage, the time expressions of its text
	// (analysis.Times), read when first asked for.
	times map[string]func() []analysis.TimeSpan
	// unitNames gives the classes of the units the articles write before
	// each name of a place (unitNamesOf), read when first asked for.
	unitNames func() map[string]map[string]bool
}

// newDocument reads articles once: their facts, their sentences and the
// counts of their words. Two articles may not share an ID.
func newDocument(ctx context.Context, articles []*corpus.Article) (*document, error) {
	d := &document{
		articles:     articles,
		byID:         map[string]*corpus.Article{},
		passages:     map[string]*corpus.Passage{},
		times:        map[string]func() []analysis.TimeSpan{},
		sentOf:       map[ref]*sent{},
		sentsOf:      map[string][]*sent{},
		factsOf:      map[string][]int{},
		factsByType:  map[corpus.FactType][]int{},
		factsAt:      map[ref][]int{},
		df:           map[string]int{},
		bigrams:      map[string]int{},
		contentPairs: map[string]pairSides{},
		abbr:         map[string][]string{},
		langs:        map[string]bool{},
		vocab:        map[string]map[string]bool{},
	}
	for _, a := range articles {
		if _, dup := d.byID[a.ID]; dup {
			return nil, fmt.Errorf("two articles named %q", a.ID)
		}
		d.byID[a.ID] = a
		d.langs[a.Language] = true
		vocab := map[string]bool{}
		d.vocab[a.ID] = vocab
		facts := corpus.Extract(a)
		for i, f := range facts {
			n := len(d.facts) + i
			d.factsOf[a.ID] = append(d.factsOf[a.ID], n)
			d.factsByType[f.Type] = append(d.factsByType[f.Type], n)
			at := ref{f.Passage, f.Sentence}
			d.factsAt[at] = append(d.factsAt[at], n)
		}
		d.facts = append(d.facts, facts...)
		abbr := abbreviationsOf(facts)
		for k, v := range abbr {
			d.abbr[k] = v
		}
		for i := range a.Passages {
			p := &a.Passages[i]
			d.passages[p.ID] = p
			d.times[p.ID] = sync.OnceValue(func() []analysis.TimeSpan { return analysis.Times(p.Text) })
			for k := range p.Sentences {
				s := newSent(a, p, k, abbr)
				d.sents = append(d.sents, s)
				d.sentOf[ref{p.ID, k}] = s
				d.sentsOf[p.ID] = append(d.sentsOf[p.ID], s)
				for k := 1; k < len(s.fold); k++ {
					pair := s.fold[k-1] + " " + s.fold[k]
					d.bigrams[pair]++
					d.contentPairs[pair] |= contentSides(s.lower[k-1], s.lower[k])
				}
				seen := map[string]bool{}
				for _, f := range s.fold {
					vocab[f] = true
					if !seen[f] {
						seen[f] = true
						d.df[f]++
					}
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	d.nsent = len(d.sents)
	d.unitNames = sync.OnceValue(d.unitNamesOf)
	d.names = d.personNameRuns()
	d.places = d.placeNameRuns()
	d.prep = make([]prepared, len(d.facts))
	taken := map[ref]map[int]bool{}
	for i, f := range d.facts {
		d.prep[i] = d.prepare(f, taken)
	}
	// Whether a quantity is a change, read once numberWordAt can read
	// where each stands, not for every question that compares figures.
	for i, f := range d.facts {
		if f.Type != corpus.FactQuantity {
			continue
		}
		if s := d.factSent(f); s != nil {
			if at := d.numberWordAt(s, i); at >= 0 {
				d.prep[i].change = isChange(s, at)
			}
		}
	}
	return d, nil
}

// factsOfType returns the indexes of the facts of type t, in order.
func (d *document) factsOfType(t corpus.FactType) []int { return d.factsByType[t] }

// factsOfSent returns the indexes of the facts read from sentence r, in
// order.
func (d *document) factsOfSent(r ref) []int { return d.factsAt[r] }
