package answer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A where-question often names the unit of the place it asks — "tỉnh
// nào", "xã nào", "phường nào", "nước nào" — and news writing names a
// place with its unit before the name ("xã Tân Hòa", "tỉnh Gia Lai",
// "H.Krông Pắc"), once at least in an article, or names a country. The
// unit agreement reads the unit asked (askedUnit), the units of the
// places a candidate holds (unitsIn: the unit written before each, else
// the units the article writes before the same name elsewhere, "Công an
// tỉnh Gia Lai", a province or a country by name), and tells the scorer
// whether the candidate holds a place of the unit asked or only places of
// other units (fUnitAgrees, fUnitOther). A candidate longer than the place
// of the unit asked it holds is also offered cut to that place
// (placeUnitCuts).

// placeUnitClasses maps a unit of place, folded, as a question asks it or
// an article writes it, to the class units agree by ("tp" and "thanh
// pho"; "nuoc" and "quoc gia").
var placeUnitClasses = lexicon.MustMap("place_unit_classes_folded")

// maxUnitWords is the most words of a unit in placeUnitClasses.
var maxUnitWords = func() int {
	n := 1
	for k := range placeUnitClasses {
		n = max(n, len(strings.Fields(k)))
	}
	return n
}()

// cityProvinces are the cities of the first rank, provinces and cities
// at once ("ha noi", "tphcm").
var cityProvinces = lexicon.MustSet("city_provinces_folded")

// Classes given to a place known by name alone: a province of the first
// rank (provinces_folded), a city of the first rank (cityProvinces, both
// classes) or a country (countries).
const (
	cityClass     = "thanh pho"
	provinceClass = "tinh"
	countryClass  = "quoc gia"
)

// askedUnit returns the class of the unit of place q asks which of — the
// unit written right before a which word, "ở tỉnh nào", "nước nào" — or
// "" when it asks none. A unit that ends a longer noun or a title is no
// unit asked: "cơ quan nào", "chủ tịch nước nào".
func askedUnit(q question) string {
	for k := 1; k < len(q.words); k++ {
		if !whichWords.Has(q.words[k].fold, lexicon.Exact) {
			continue
		}
		for n := min(k, maxUnitWords); n >= 1; n-- {
			class, ok := placeUnitClasses[phraseOf(q.words[k-n:k])]
			if !ok {
				continue
			}
			if compoundEnds(q.words[:k], n) {
				break
			}
			return class
		}
	}
	return ""
}

// compoundEnds reports whether the last n words of ws, a unit of place,
// end a longer noun ("cơ quan") or a title ("chủ tịch nước").
func compoundEnds(ws []word, n int) bool {
	at := len(ws) - n
	if at < 1 {
		return false
	}
	if twoSyllableNouns.Has(ws[at-1].fold+" "+phraseOf(ws[at:]), lexicon.Exact) {
		return true
	}
	for from := max(0, at-2); from < at; from++ {
		folded := make([]string, 0, len(ws)-from)
		for _, w := range ws[from:] {
			folded = append(folded, w.fold)
		}
		if titleHeadSet.Has(strings.Join(folded, " "), lexicon.Folded) {
			return true
		}
	}
	return false
}

// A unitPlace is a place a text holds and the classes of its unit: its
// span in the text and its name, folded.
type unitPlace struct {
	start, end int
	name       string
	classes    map[string]bool
}

// unitNamesOf reads, over every sentence of the articles, the classes of
// the units written before each name, by the folded name: "gia lai" is a
// "tinh" when any sentence writes "tỉnh Gia Lai" or "Công an tỉnh Gia
// Lai".
func (d *document) unitNamesOf() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, s := range d.sents {
		for _, sp := range s.placeSpans() {
			for _, pt := range sp.parts {
				u, at := s.unitOf(pt)
				class, ok := placeUnitClasses[u]
				if !ok || at >= pt[1] {
					continue
				}
				name := strings.Join(s.fold[at:pt[1]], " ")
				if out[name] == nil {
					out[name] = map[string]bool{}
				}
				out[name][class] = true
			}
		}
	}
	return out
}

// classesOfName returns the classes of a place named name alone, folded
// (written as text): those the article writes before it, a province or a
// country by name.
func classesOfName(names map[string]map[string]bool, name, text string) map[string]bool {
	out := map[string]bool{}
	for c := range names[name] {
		out[c] = true
	}
	if provinces.Has(name, lexicon.Exact) {
		out[provinceClass] = true
	}
	if cityProvinces.Has(name, lexicon.Exact) {
		out[provinceClass], out[cityClass] = true, true
	}
	if countries.Has(text, lexicon.Exact) {
		out[countryClass] = true
	}
	return out
}

// unitOfPart returns the class of the unit a part of a place starts
// with, written or abbreviated ("H.Krông Pắc"), and the rest of the part,
// its name; "" and the whole when it has none.
func unitOfPart(t string) (string, string) {
	first, rest, _ := strings.Cut(t, " ")
	if abbr, name, ok := strings.Cut(first, "."); ok && unitOfAbbreviation[abbr] != "" {
		return placeUnitClasses[analysis.Fold(unitOfAbbreviation[abbr])], strings.TrimSpace(name + " " + rest)
	}
	if u, ok := unitOfAbbreviation[first]; ok && rest != "" {
		return placeUnitClasses[analysis.Fold(u)], rest
	}
	ws := strings.Fields(t)
	for n := min(maxUnitWords, len(ws)-1); n >= 1; n-- {
		if class, ok := placeUnitClasses[analysis.Fold(strings.Join(ws[:n], " "))]; ok {
			return class, strings.Join(ws[n:], " ")
		}
	}
	return "", t
}

// nameFold folds a place's name for lookup, without brackets and
// punctuation around it.
func nameFold(name string) string {
	return strings.Join(analysis.FoldedWords(name), " ")
}

// unitsIn returns the places text holds with the classes of their units:
// the parts of the places it names with a unit (corpus.Places), a part
// without one read by its name, and runs of capitalised words outside
// them that the article names with a unit elsewhere, or that are a
// province or a country.
func unitsIn(text string, names map[string]map[string]bool) []unitPlace {
	var out []unitPlace
	covered := make([]bool, len(text))
	for _, p := range corpus.Places(text) {
		for _, pt := range p.Parts {
			t := text[pt.Start:pt.End]
			class, name := unitOfPart(t)
			name = strings.Trim(name, "() ")
			up := unitPlace{start: pt.Start, end: pt.End, name: nameFold(name), classes: map[string]bool{}}
			if class != "" {
				up.classes[class] = true
				if cityProvinces.Has(up.name, lexicon.Exact) {
					// "TP.HCM" is a province too.
					up.classes[provinceClass] = true
				}
			} else {
				up.classes = classesOfName(names, up.name, name)
			}
			out = append(out, up)
		}
		for i := p.Start; i < p.End; i++ {
			covered[i] = true
		}
	}
	toks := wordSpans(text)
	for _, r := range capitalRuns(text, toks) {
		if covered[toks[r[0]][0]] {
			continue
		}
		// The longest run of the capitalised words that names a place.
		found := false
		for from := r[0]; from < r[1] && !found; from++ {
			for to := r[1]; to > from; to-- {
				t := text[toks[from][0]:toks[to-1][1]]
				if cl := classesOfName(names, nameFold(t), t); len(cl) > 0 {
					out = append(out, unitPlace{start: toks[from][0], end: toks[to-1][1], name: nameFold(t), classes: cl})
					found = true
					break
				}
			}
		}
	}
	return out
}

// wordSpans returns the byte spans of the words of text: runs of letters,
// digits and apostrophes.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// capitalRuns returns the runs of words (toks of text, by index, end
// excluded) that start with a capital letter, parted by a space or a
// hyphen: "Bà Rịa - Vũng Tàu".
func capitalRuns(text string, toks [][2]int) [][2]int {
	var out [][2]int
	start := -1
	for k, t := range toks {
		r, _ := utf8.DecodeRuneInString(text[t[0]:])
		if !unicode.IsUpper(r) {
			if start >= 0 {
				out = append(out, [2]int{start, k})
				start = -1
			}
			continue
		}
		if start >= 0 {
			if sep := text[toks[k-1][1]:t[0]]; sep != " " && sep != "-" && sep != " - " {
				out = append(out, [2]int{start, k})
				start = k
			}
			continue
		}
		start = k
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// askedWords returns the folded words of q outside its question words,
// with which a place's name is told named by the question.
func askedWords(q question) map[string]bool {
	return newPlaceAsker(q, nil).asked
}

// namedBy reports whether every word of the place's name is among the
// question's words: "tỉnh Tây Ninh" for "Tây Ninh hợp nhất với tỉnh nào"
// is what the question gives, not what it asks.
func (p unitPlace) namedBy(asked map[string]bool) bool {
	ws := strings.Fields(p.name)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !asked[w] {
			return false
		}
	}
	return true
}

// unitAgreement tells whether text holds a place of the class asked that
// the question does not name (agrees), or only places of other classes
// or named by the question (other); neither when it holds no place whose
// unit is known. A question asking several places ("những tỉnh nào")
// agrees only with an answer holding several, least places of them.
func unitAgreement(text, class string, least int, asked map[string]bool, names map[string]map[string]bool) (agrees, other bool) {
	known, n := false, 0
	for _, p := range unitsIn(text, names) {
		if len(p.classes) == 0 {
			continue
		}
		known = true
		if p.classes[class] && !p.namedBy(asked) {
			n++
		}
	}
	if n > 0 {
		return n >= least, false
	}
	return false, known
}

// unitsAsked is how many places of the unit asked an answer holds at
// least to agree: several for a question that asks several things.
func unitsAsked(q question) int {
	if asksList(q) {
		return minListPlaces
	}
	return 1
}

// minListPlaces is how many places an answer to a question asking
// several holds at least.
const minListPlaces = 2

// placeUnitCuts returns, for each candidate of cands whose answer holds a
// place of the unit q asks (askedUnit) that the question does not name,
// and more, a candidate cut to that place with the larger units written
// after it ("xã Tân Hòa, huyện Phú Giáo" of a whole clause), each place
// once. A question asking several places ("những tỉnh nào") is answered
// by the whole list, never one item cut from it.
func (d *document) placeUnitCuts(q question, cands []candidate) []candidate {
	class := askedUnit(q)
	if class == "" || asksList(q) {
		return nil
	}
	asked := askedWords(q)
	names := d.unitNames()
	var out []candidate
	seen := map[string]bool{}
	for _, c := range cands {
		for _, p := range unitsIn(c.answer, names) {
			if !p.classes[class] || p.namedBy(asked) {
				continue
			}
			cut := trimPunct(c.answer[p.start:placeEnd(c.answer, p)])
			if cut == "" || sameAnswer(cut, c.answer) || seen[cut] {
				break
			}
			seen[cut] = true
			out = append(out, candidate{answer: cut, kind: c.kind, score: c.score, refs: c.refs})
			break
		}
	}
	return out
}

// placeEnd returns the end of the place of text that p opens or stands
// in, with the larger units written after it, and the places of its unit
// listed after it ("xã Minh Hòa và Thanh Sơn": one answer, two places);
// p's own end when it stands in none.
func placeEnd(text string, p unitPlace) int {
	end := p.end
	places := corpus.Places(text)
	for _, pl := range places {
		if p.start >= pl.Start && p.start < pl.End {
			end = pl.End
		}
	}
	toks := wordSpans(text)
	runs := capitalRuns(text, toks)
	for {
		next := listedAfter(text, end, toks, runs, places)
		if next <= end {
			return end
		}
		end = next
	}
}

// listedAfter returns the end of the place listed right after byte end
// of text — a place with its unit after ", " or a list conjunction, or a
// run of capitalised words after the conjunction ("và Thanh Sơn") — or
// end when none is.
func listedAfter(text string, end int, toks, runs [][2]int, places []corpus.Place) int {
	rest := text[end:]
	from, conj := -1, false
	switch {
	case strings.HasPrefix(rest, ", "):
		from = end + len(", ")
	case strings.HasPrefix(rest, " "):
		w, _, _ := strings.Cut(rest[1:], " ")
		if listConjunctions.Has(w, lexicon.Exact) {
			from, conj = end+1+len(w)+1, true
		}
	}
	if from < 0 || from >= len(text) {
		return end
	}
	for _, pl := range places {
		if pl.Start == from {
			return pl.End
		}
	}
	for _, r := range runs {
		if conj && toks[r[0]][0] == from {
			return toks[r[1]-1][1]
		}
	}
	return end
}

// unitNameIn returns the place of the unit q asks (askedUnit) that s
// names by its name alone, without the unit before it: a province or a
// first-rank city by the provinces lexicon, a country by the countries
// lexicon, or a name the articles write with that unit elsewhere (the
// unit agreement's classesOfName). "Người nuôi tôm ở tỉnh nào …" is
// answered by "Cà Mau" from "… người nuôi tôm tại Cà Mau". A place the
// question names itself, the home country (homeCountries: the setting of
// the news, not the country asked), or one that only ends the name of a
// body ("Công an tỉnh Gia Lai", "Tỉnh ủy Gia Lai"), is no answer, unless
// the question asks that body's place. Of several, the one nearest after
// the first matched word, else the nearest before it; when the question
// opens with the unit asked, its subject ("Tỉnh nào dẫn đầu …"), the
// nearest before it first ("Bình Dương là tỉnh dẫn đầu …, tiếp đến là Bắc
// Giang"). "" when s names none.
func (d *document) unitNameIn(q question, s *sent, o overlap) string {
	class := askedUnit(q)
	if class == "" {
		return ""
	}
	var names map[string]map[string]bool
	if d.unitNames != nil {
		names = d.unitNames()
	}
	asked := askedWords(q)
	subject := asksSubjectPlace(q, s, o)
	best, bestDist := "", -1
	for _, p := range unitsIn(s.text, names) {
		if !p.classes[class] || p.namedBy(asked) || homeCountries.Has(s.text[p.start:p.end], lexicon.Exact) {
			continue
		}
		w := wordStartingAt(s, p.start)
		if w < 0 || bodyHolds(q, s, w) {
			continue
		}
		dist := placeDistance(s, o, w, subject)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = trimPunct(s.text[p.start:p.end]), dist
		}
	}
	return best
}

// Tiers of placeDistance, in lengths of the sentence: a place on the
// side of a matched word preferred first is nearer than any on the other
// side (one length more), and both nearer than a place in another clause
// (otherClauseTiers lengths more); with no matched word every place is
// behind them all.
const (
	otherClauseTiers = 2
	unmatchedTiers   = 4
)

// placeDistance orders the places of s by how near word w stands to the
// question's matched words (o.pos): in the clause of one of them (parted
// by ";" and ":") first, then after one of them, then before; when the
// question opens with the unit asked, its subject ("Tỉnh nào dẫn đầu …"),
// before first ("Bình Dương là tỉnh dẫn đầu …, tiếp đến là Bắc Giang").
// Smaller is nearer.
func placeDistance(s *sent, o overlap, w int, subject bool) int {
	n := len(s.lower)
	best := unmatchedTiers * n // no matched word: the order of the sentence
	if o.first < 0 {
		return best + w
	}
	for _, p := range o.pos {
		if p < 0 || p >= n {
			continue
		}
		d := w - p
		if subject {
			d = -d
		}
		if d < 0 {
			d = n - d // on the side preferred first
		}
		if s.clause[p] != s.clause[w] {
			d += otherClauseTiers * n
		}
		best = min(best, d)
	}
	return best
}

// asksSubjectPlace reports whether the place q asks is the subject of
// the sentence's clause, written before the matched words: the question
// opens with the unit asked ("Tỉnh nào dẫn đầu …"), or asks it after a
// copula that s writes right before one of the matched words ("Nhà đầu tư lớn
// nhất là nước nào?" of "Singapore là nhà đầu tư lớn nhất").
func asksSubjectPlace(q question, s *sent, o overlap) bool {
	if q.whAt == 0 {
		return true
	}
	if q.whAt < 1 || !copulas.Has(q.words[q.whAt-1].fold, lexicon.Folded) {
		return false
	}
	for _, p := range o.pos {
		if p > 0 && p < len(s.fold) && copulas.Has(s.fold[p-1], lexicon.Folded) {
			return true
		}
	}
	return false
}

// homeCountries name the country the news is written in, its setting
// rather than the country a question asks.
var homeCountries = lexicon.MustSet("home_countries")

// wordStartingAt returns the index of the word of s that starts at byte
// at, or -1.
func wordStartingAt(s *sent, at int) int {
	if i := sort.SearchInts(s.starts, at); i < len(s.starts) && s.starts[i] == at {
		return i
	}
	return -1
}

// maxBodyLead bounds, in words, how far before a place the head of a body
// whose name the place ends may stand: "Ủy ban nhân dân tỉnh Gia Lai".
const maxBodyLead = 5

// bodyHolds reports whether the place at word w of s ends the name of a
// body that a head of organisation_heads opens before it ("Công an tỉnh
// Gia Lai", "Tỉnh ủy Gia Lai") and q does not name that head (which asks
// the body's place: "công an tỉnh nào").
func bodyHolds(q question, s *sent, w int) bool {
	for k := max(0, w-maxBodyLead); k < w; k++ {
		n := organisationHeadAt(s, k)
		if n == 0 || organisationEnd(s, k, noStop) <= w {
			continue
		}
		head := make([]word, 0, n)
		for _, f := range s.fold[k : k+n] {
			head = append(head, word{fold: f})
		}
		if share(head, q.words) < 1 {
			return true
		}
	}
	return false
}
