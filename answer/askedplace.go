package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// The lexicon of the places a question names, typed as readers type:
// mainUnits are the units of place read however typed ("tinh"), before a
// name in lower case too; provinces the names of the provinces and
// first-rank cities, folded, read on their own ("ha noi"); placeNameStops
// end a lower-case place name after a unit ("la" of "tinh ha noi la ai").
var (
	mainUnits      = lexicon.MustSet("admin_units_main_folded")
	provinces      = lexicon.MustSet("provinces_folded")
	placeNameStops = lexicon.MustSet("place_name_stops_folded")
	bodyLevelSet   = lexicon.MustSet("body_levels")
)

// placeNameWords is the most words read as the name of a place typed in
// lower case after a unit that is no known province: most Vietnamese
// place names have two syllables ("Hải Châu", "Bến Lức").
const placeNameWords = 2

// askedPlace is a place a question names: the unit written before it,
// folded ("tinh"; "" for a province named alone), and its name.
type askedPlace struct {
	unit string
	name []word
	// named is true when the name is surely one: capitalised, a known
	// province or a number. A lower-case run after a unit may be no name
	// ("tỉnh ủy hiện nay"), which is another place only when the articles
	// never write it.
	named bool
}

// unitAt returns the number of words of a unit of place at word i of ws,
// 0 if none, and whether a name in lower case may follow it: one of
// mainUnits however typed, or a body's level ("tỉnh ủy", whose place
// follows as a unit's does), may; another unit of admin_units, typed
// with its diacritics, is read before a capitalised name only.
func unitAt(ws []word, i int) (int, bool) {
	// The words' folds and texts, on the stack for a unit of a few
	// words: HasPhrase looks them up joined without building the phrase.
	var foldBuf, textBuf [phraseStackWords]string
	folds, texts := foldBuf[:0], textBuf[:0]
	top := min(max(adminUnits.MaxWords(), bodyLevelSet.MaxWords()), len(ws)-i)
	if top < 1 {
		return 0, false
	}
	// Only the sets with a phrase that starts with the first word are
	// tried, at each length: most words start none.
	body := bodyLevelSet.StartsPhrase(ws[i].fold, lexicon.Folded)
	units := mainUnits.StartsPhrase(ws[i].fold, lexicon.Exact)
	admin := adminUnits.StartsPhrase(ws[i].text, lexicon.Exact)
	if !body && !units && !admin {
		return 0, false
	}
	for _, w := range ws[i : i+top] {
		folds, texts = append(folds, w.fold), append(texts, w.text)
	}
	for n := top; n >= 1; n-- {
		switch {
		case body && bodyLevelSet.HasPhrase(folds[:n], lexicon.Folded) || units && mainUnits.HasPhrase(folds[:n], lexicon.Exact):
			return n, true
		case admin && adminUnits.HasPhrase(texts[:n], lexicon.Exact):
			return n, false
		}
	}
	return 0, false
}

// isUnit reports whether a unit of place stands at word i of ws.
func isUnit(ws []word, i int) bool {
	n, _ := unitAt(ws, i)
	return n > 0
}

// provinceAt returns the number of words of a province's name at word i
// of ws, the longest first; 0 if none.
func provinceAt(ws []word, i int) int {
	var buf [phraseStackWords]string
	folds := buf[:0]
	top := min(provinces.MaxWords(), len(ws)-i)
	if top < 1 || !provinces.StartsPhrase(ws[i].fold, lexicon.Exact) {
		return 0
	}
	for _, w := range ws[i : i+top] {
		folds = append(folds, w.fold)
	}
	for n := top; n >= 1; n-- {
		if provinces.HasPhrase(folds[:n], lexicon.Exact) {
			return n
		}
	}
	return 0
}

// phraseStackWords is how many words of a phrase unitAt and provinceAt
// keep in an array on the stack; a longer phrase grows onto the heap.
const phraseStackWords = 8

// askedPlaces reads the places q names, however typed: the name after a
// unit of place — its capitalised words, a known province, a number
// ("quận 12"), or placeNameWords words in lower case before a
// placeNameStops word, a verb ("tỉnh trao bằng khen") or the question's
// words (one word alone is too little to tell a name: "tỉnh ủy hiện nay")
// — and a known province named alone.
func askedPlaces(q question) []askedPlace {
	ws := q.words
	var out []askedPlace
	for i := 0; i < len(ws); i++ {
		if q.inWh(i) {
			continue
		}
		if n := provinceAt(ws, i); n >= 2 {
			out = append(out, askedPlace{name: ws[i : i+n], named: true})
			i += n - 1
			continue
		}
		n, lower := unitAt(ws, i)
		if n == 0 {
			continue
		}
		at := i + n
		end := at
		named := true
		province := provinceAt(ws, at)
		switch {
		case at < len(ws) && ws[at].cap:
			for end < len(ws) && ws[end].cap && !q.inWh(end) {
				end++
			}
		case at < len(ws) && ws[at].num:
			end++
		case province > 0:
			end += province
		case lower:
			named = false
			for end < len(ws) && end-at < placeNameWords && !q.inWh(end) && !ws[end].num && !placeNameStops.Has(ws[end].fold, lexicon.Exact) && !isUnit(ws, end) && !verbStartsAt(ws, end) {
				end++
			}
		}
		if end > at && (named || end-at == placeNameWords) {
			out = append(out, askedPlace{unit: phraseOf(ws[i:at]), name: ws[at:end], named: named})
		}
		i = max(i, end-1)
	}
	return out
}

// lastUnitWord returns the last word of p's unit, which meets a unit of
// several words ("phố" of "thành phố"): the word written right before the
// name.
func (p askedPlace) lastUnitWord() string {
	return p.unit[strings.LastIndexByte(p.unit, ' ')+1:]
}

// writesPlace reports whether the articles write name, folded: its word,
// or each pair of its words side by side. Given an article's vocabulary,
// that article must hold each of its words too.
func (d *document) writesPlace(name []word, vocab map[string]bool) bool {
	for _, w := range name {
		if !w.num && (d.df[w.fold] == 0 || vocab != nil && !vocab[w.fold]) {
			return false
		}
	}
	for k := 1; k < len(name); k++ {
		if d.bigrams[name[k-1].fold+" "+name[k].fold] == 0 {
			return false
		}
	}
	return true
}

// unwritten reports whether the articles, or the article of vocab when
// given, never write place p. A name read in lower case after a unit the
// articles write before its first word is theirs, or no name: "xã hội"
// of "nhà ở xã hội xây ở đâu", "tỉnh quảng nam". A name in capitals the
// articles write in two parts, each whole, is two names ("xã Liên Minh,
// Sapa").
func (d *document) unwritten(p askedPlace, vocab map[string]bool) bool {
	if !p.named && d.bigrams[p.lastUnitWord()+" "+p.name[0].fold] > 0 {
		return false
	}
	if d.writesPlace(p.name, vocab) {
		return false
	}
	// Two names side by side, a comma between them lost or never typed:
	// "xã Liên Minh, Sapa" is "Liên Minh" and "Sapa", each written.
	for k := 1; p.named && k < len(p.name); k++ {
		if d.writesPlace(p.name[:k], vocab) && d.writesPlace(p.name[k:], vocab) {
			return false
		}
	}
	return true
}

// placeUnwritten reports whether one of places, the places a question
// names however typed (askedPlaces), is one article a never writes ("ha
// noi" asked of a Quảng Nam article): a name the article misses, as
// fNameMissing reads it, though typed in lower case.
func (d *document) placeUnwritten(places []askedPlace, a *corpus.Article) bool {
	for _, p := range places {
		if d.unwritten(p, d.vocab[a.ID]) {
			return true
		}
	}
	return false
}

// otherPlace reports whether a title question asks about another place
// than a title's: it names a place the articles never write ("giam doc
// cong an tinh ha noi" of a Quảng Nam article), or a unit the title
// writes with another name ("Giám đốc Công an tỉnh Trà Vinh" asked of
// "Giám đốc Công an tỉnh Vĩnh Long"; "giam doc cong an tinh tra vinh"
// too, Trà Vinh being a known province). Places are compared folded, so a
// question typed in lower case or without diacritics reads as one typed
// with them. places are the question's (askedPlaces), read once by the
// caller for all the titles it tries.
func (d *document) otherPlace(places []askedPlace, title string) bool {
	toks := analysis.Tokens(title)
	for _, p := range places {
		if d.unwritten(p, nil) {
			return true
		}
		if p.unit == "" || !p.named {
			continue
		}
		unit := p.lastUnitWord()
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].Folded != unit || toks[k+1].Folded == p.name[0].fold {
				continue
			}
			if tokenCapitalised(toks[k+1]) {
				return true
			}
		}
	}
	return false
}

// askedPlaceNames returns the folded names of places, the places a
// question names (askedPlaces), however typed ("quang nam" of "giam doc
// cong an tinh quang nam").
func askedPlaceNames(places []askedPlace) []string {
	var out []string
	for _, p := range places {
		out = append(out, phraseOf(p.name))
	}
	return out
}

// verbStartsAt reports whether a verb a question asks about
// (questionVerbs: "trao", "tổ chức", "phát động") starts at word i of ws:
// no place's name does.
func verbStartsAt(ws []word, i int) bool {
	for _, pw := range questionVerbsList.items {
		if pw.startsIn(ws[i:]) {
			return true
		}
	}
	return false
}
