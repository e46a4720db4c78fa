package answer

import (
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// eventReferenceNouns name the article's event without saying which
// ("vụ việc", "tai nạn"), a set (eventReferenceNounSet) and its words;
// placeLinkWords link a place to the unit it lies in ("thuộc", "nằm").
var (
	eventReferenceNounSet = lexicon.MustSet("event_reference_nouns")
	eventReferenceNouns   = eventReferenceNounSet.Words()
	placeLinkWords        = lexicon.MustSet("place_link_words").Words()
)

// residenceCues and hometownCues write where a person lives or comes from
// before a place: "cư ngụ tại", "quê".
var (
	residenceCues = lexicon.MustSet("note_residence_cues")
	hometownCues  = lexicon.MustSet("note_hometown_cues")
)

// ofPerson reports whether place sp of s is where a person lives or comes
// from, written right after a cue ("… làm 1 thanh niên cư ngụ tại huyện
// Chợ Gạo tử vong"): not where the event was.
func ofPerson(s *sent, sp placeSpan) bool {
	for _, set := range []*lexicon.Set{residenceCues, hometownCues} {
		for n := 1; n <= set.MaxWords() && n <= sp.from; n++ {
			if set.Has(strings.Join(s.lower[sp.from-n:sp.from], " "), lexicon.Exact) {
				return true
			}
		}
	}
	return false
}

// asksOfEventAlone reports whether a question's content words name
// nothing but the article's event: none, or only words any event question
// has ("diễn ra", "xảy ra", "tỉnh"), an event noun ("đại hội") or a noun
// that points back at the event ("vụ việc"), and a word that links a
// place to its unit ("thuộc"). "ở xã nào?", "thuộc huyện nào", "vụ việc
// xảy ra ở tỉnh nào", "năm nào?" ask of the event the article reports;
// the index, which has no word to search for, finds nothing.
func asksOfEventAlone(content []word) bool {
	return eventAloneWords.count(content) == 0
}

// eventAloneLists are the lists of the words asksOfEventAlone allows.
var eventAloneLists = [][]string{eventGenericWords, happenVerbs, eventNouns, eventReferenceNouns, placeLinkWords}

// eventAloneWords are the words asksOfEventAlone allows, gathered once.
var eventAloneWords = foldedWordsOf(eventAloneLists...)

// eventPlaceScore is the generator's confidence in the one place of the
// kind asked that the lead's first sentence names, for a question that
// names nothing but the event.
const eventPlaceScore = 0.6

// eventPlace answers a where-question that asks a kind of place and names
// nothing but the article's event (asksOfEventAlone: "ở xã nào?",
// "thuộc huyện nào", "vụ việc xảy ra ở tỉnh nào"): the place of that kind
// the first sentence of the lead names, when it names only one of that
// kind, where no person lives or comes from. News writing says where its
// event happened in the lead's first sentence ("Khoảng 15h30 chiều 4/9, tại quốc lộ 50 thuộc địa bàn xã Tân
// Mỹ Chánh, TP. Mỹ Tho, tỉnh Tiền Giang, …"); a lead that names two
// places of the kind says nothing certain, and the title is read only
// when the lead names none. Of several articles, none is the article's:
// the question is asked of one, unless it asks of an incident only one
// of them tells (episodeScope).
func (d *document) eventPlace(q question, content []word, sc *scope) candidate {
	noun := nounOf(q)
	if q.wh != whWhere || len(noun) == 0 || len(d.articles) != 1 && len(sc.openers) != 1 || !adminUnits.Has(phraseOf(noun), lexicon.Folded) || !asksOfEventAlone(content) {
		return candidate{}
	}
	a := newPlaceAsker(q, noun)
	// Of an incident asked by its ordinal (episodeScope), the sentence
	// that opens it; else the lead's, then the title's.
	firsts := [][]*sent{d.firstSentsOf(corpus.KindLead), d.firstSentsOf(corpus.KindTitle)}
	if len(sc.openers) > 0 {
		firsts = [][]*sent{sc.openers}
	}
	for _, sents := range firsts {
		for _, s := range sents {
			places := map[string]bool{}
			var first string
			for _, sp := range s.placeSpans() {
				if ofPerson(s, sp) {
					continue
				}
				if k, t := a.unnamedFrom(s, sp); k >= 0 && !places[t] {
					places[t] = true
					first = t
				}
			}
			switch len(places) {
			case 0:
				continue
			case 1:
				return candidate{answer: first, kind: KindPassage, score: eventPlaceScore, refs: []ref{{s.p.ID, s.index}}}
			}
			return candidate{}
		}
	}
	return candidate{}
}

// firstSentsOf returns the first sentence of each article's first passage
// of kind k, in the articles' order.
func (d *document) firstSentsOf(k corpus.Kind) []*sent {
	var out []*sent
	for _, a := range d.articles {
		for _, p := range a.Passages {
			if p.Kind != k {
				continue
			}
			if ss := d.sentsOf[p.ID]; len(ss) > 0 {
				out = append(out, ss[0])
			}
			break
		}
	}
	return out
}
