package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// A placeSpan is a place a sentence names without "tại" or "ở"
// (corpus.Places), as word ranges: the whole, and its parts, the smallest
// unit first ("xã Sao Vàng", "tỉnh Thanh Hóa"; "TP.Dĩ An", "Bình Dương").
type placeSpan struct {
	from, to int
	parts    [][2]int
}

// placeSpans returns the places of s, read when first asked for.
func (s *sent) placeSpans() []placeSpan {
	s.placesOnce.Do(func() {
		for _, p := range corpus.Places(s.text) {
			ps := placeSpan{from: s.wordFrom(p.Start), to: s.wordEnd(p.End)}
			for _, pt := range p.Parts {
				if a, b := s.wordFrom(pt.Start), s.wordEnd(pt.End); a < b {
					ps.parts = append(ps.parts, [2]int{a, b})
				}
			}
			if ps.from < ps.to && len(ps.parts) > 0 {
				s.places = append(s.places, ps)
			}
		}
	})
	return s.places
}

// wordFrom returns the first word of s that starts at or after byte b, or
// the number of words when none does.
func (s *sent) wordFrom(b int) int {
	for k, st := range s.starts {
		if st >= b {
			return k
		}
	}
	return len(s.starts)
}

// wordEnd returns the word after the last word of s that ends at or before
// byte b.
func (s *sent) wordEnd(b int) int {
	k := 0
	for k < len(s.ends) && s.ends[k] <= b {
		k++
	}
	return k
}

// adminUnits are the words for a unit of place written before its name;
// unitOfAbbreviation the units abbreviations stand for ("H" is "huyện").
var (
	adminUnits         = lexicon.MustSet("admin_units")
	unitOfAbbreviation = lexicon.MustMap("admin_abbreviation_units")
)

// spacedAbbreviations are read as their unit before a name without a
// period ("TP Phan Thiết"): admin_abbreviations_spaced.
var spacedAbbreviations = lexicon.MustSet("admin_abbreviations_spaced")

// provinceNouns ask for a province or a city of the first rank: "tỉnh
// nào", "thành phố nào".
var provinceNouns = lexicon.MustSet("province_nouns")

// unitOf returns the folded unit a part of a place starts with ("huyen"
// for "huyện Ia Pa" and "H.Mù Cang Chải"), and the word its name starts
// at; "" when the part is a name alone ("Bình Dương").
func (s *sent) unitOf(pt [2]int) (string, int) {
	if pt[1]-pt[0] < 2 {
		return "", pt[0]
	}
	if u, ok := unitOfAbbreviation[s.text[s.starts[pt[0]]:s.ends[pt[0]]]]; ok && (gluedAdmin(s, pt[0]+1) || s.text[s.ends[pt[0]]:s.starts[pt[0]+1]] == " ") {
		return analysis.Fold(u), pt[0] + 1
	}
	for n := min(adminUnits.MaxWords(), pt[1]-pt[0]-1); n >= 1; n-- {
		if adminUnits.Has(strings.Join(s.lower[pt[0]:pt[0]+n], " "), lexicon.Exact) {
			return strings.Join(s.fold[pt[0]:pt[0]+n], " "), pt[0] + n
		}
	}
	return "", pt[0]
}

// partText is the text of the words from..to-1 of s, with the bracket
// they open closed.
func (s *sent) partText(from, to int) string {
	t := trimPunct(s.text[s.starts[from]:s.ends[to-1]])
	if strings.Count(t, "(") > strings.Count(t, ")") {
		t += ")"
	}
	return t
}

// placeAsker is what a where-question gives to find a place in a sentence:
// its words, folded, and the kind of place it asks for ("huyện" of "huyện
// nào"), if any.
type placeAsker struct {
	asked map[string]bool
	noun  string
	// unwritten keeps only the places whose kind is not written out in
	// full: an abbreviation ("H.Mù Cang Chải") or a province after a
	// smaller place ("(Bình Dương)"), which the passage's reading of "huyện
	// X" does not find.
	unwritten bool
}

// newPlaceAsker reads q's words, less its question words, and the kind of
// place it asks for, noun.
func newPlaceAsker(q question, noun []word) placeAsker {
	a := placeAsker{asked: map[string]bool{}, noun: phraseOf(noun)}
	for i, w := range q.words {
		if i < q.whAt || i >= q.whEnd {
			a.asked[w.fold] = true
		}
	}
	return a
}

// named reports whether the question names a part of a place: every word
// of its name is among the question's words.
func (a placeAsker) named(s *sent, pt [2]int) bool {
	_, at := s.unitOf(pt)
	if at >= pt[1] {
		return false
	}
	for k := at; k < pt[1]; k++ {
		if !a.asked[s.fold[k]] {
			return false
		}
	}
	return true
}

// ofKind reports whether part k of place sp is of the kind asked: its
// unit is the noun, or a province is asked and the part is a name alone
// after a smaller place ("Bình Dương" of "TP.Dĩ An (Bình Dương)").
func (a placeAsker) ofKind(s *sent, sp placeSpan, k int) bool {
	if a.noun == "" {
		return true
	}
	pt := sp.parts[k]
	if u, _ := s.unitOf(pt); u == a.noun {
		return !a.unwritten || unitOfAbbreviation[s.text[s.starts[pt[0]]:s.ends[pt[0]]]] != ""
	}
	u, _ := s.unitOf(pt)
	return u == "" && k > 0 && provinceNouns.Has(a.noun, lexicon.Exact)
}

// largerUnits answers "phường Chợ Lớn thuộc thành phố nào?" and "Ea H'leo
// thuộc tỉnh nào?" from a place of the sentence one of whose parts the
// question names: the parts after it, the larger units ("TP.HCM" of
// "phường Chợ Lớn, TP.HCM"; "Đắk Lắk" of "huyện Ea H'leo (Đắk Lắk)"), the
// one of the kind asked when it asks a kind.
func (a placeAsker) largerUnits(s *sent) string {
	for _, sp := range s.placeSpans() {
		for k, pt := range sp.parts {
			if k+1 >= len(sp.parts) || !a.named(s, pt) {
				continue
			}
			if a.noun == "" {
				return s.partText(sp.parts[k+1][0], sp.to)
			}
			for m := k + 1; m < len(sp.parts); m++ {
				if a.ofKind(s, sp, m) {
					return s.partText(sp.parts[m][0], sp.parts[m][1])
				}
			}
		}
	}
	return ""
}

// unnamedFrom returns the first part of place sp the question does not
// name, of the kind asked, and the text from it (to the end of the place,
// or of that part when a kind is asked); -1 when none.
func (a placeAsker) unnamedFrom(s *sent, sp placeSpan) (int, string) {
	for k, pt := range sp.parts {
		if a.named(s, pt) || !a.ofKind(s, sp, k) {
			continue
		}
		end := sp.to
		if a.noun != "" {
			end = pt[1]
		}
		return k, s.partText(pt[0], end)
	}
	return -1, ""
}

// afterNamed answers a where-question from the place written in brackets
// or after a comma right after a name the question gives: "Trường Mầm non
// Ia Băng (huyện Đak Đoa)", "HTX … Đoàn Kết, thị xã Buôn Hồ, tỉnh Đắk
// Lắk". The parts the question names are left out.
func (a placeAsker) afterNamed(s *sent) string {
	for _, sp := range s.placeSpans() {
		if sp.from == 0 || !a.asked[s.fold[sp.from-1]] || !isCapital(s, sp.from-1) {
			continue
		}
		if sep := strings.TrimSpace(s.text[s.ends[sp.from-1]:s.starts[sp.from]]); sep != "(" && sep != "," {
			continue
		}
		if k, t := a.unnamedFrom(s, sp); k >= 0 {
			return t
		}
	}
	return ""
}

// placeNear answers a where-question from the place the sentence names
// without "tại" or "ở" nearest the question's words, of the kind asked
// if it asks one ("H.Mù Cang Chải" for "huyện nào"; "Bình Dương" of
// "TP.Dĩ An (Bình Dương)" for "tỉnh nào"), when the sentence names only
// one of that kind. The parts the question names are left out.
func (a placeAsker) placeNear(s *sent, o overlap) string {
	if o.first < 0 {
		return ""
	}
	best, bestDist, found := "", -1, 0
	for _, sp := range s.placeSpans() {
		k, t := a.unnamedFrom(s, sp)
		if k < 0 {
			continue
		}
		if found++; a.noun != "" && found > 1 {
			// Several places of the kind asked: the nearest is a guess
			// ("Huyện nào nhận giải?" of a list of winners).
			return ""
		}
		d := 0
		switch {
		case sp.to <= o.first:
			d = o.first - sp.to + 1
		case sp.from > o.last:
			d = sp.from - o.last
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = t, d
		}
	}
	return best
}

// How the place generator reads the sentences and how confident it is.
const (
	// placeSentences is how many of the best sentences it reads, and
	// placeTolerance how far below the best one's match it still reads.
	placeSentences = 5
	placeTolerance = 0.5
	// placeNamedBase is its confidence in a place the question's own words
	// point at (larger units, a place right after a name it gives),
	// placeNearBase in the place of the kind asked nearest its words;
	// placeCover is added times the share of the question's words the
	// sentence holds.
	placeNamedBase = 0.6
	placeNearBase  = 0.45
	placeCover     = 0.35
)

// place answers a where-question from the places its best sentences name
// without "tại" or "ở" (corpus.Places) that its own words point at: the
// larger units after a place it names ("phường Chợ Lớn, TP.HCM" for
// "phường Chợ Lớn thuộc thành phố nào?"), the place in brackets or after a
// comma right after a name it gives ("Trường Mầm non Ia Băng (huyện Đak
// Đoa)").
func (d *document) place(q question, content []word, sc *scope) candidate {
	return d.placeBy(q, content, sc, func(a placeAsker, b scored) string {
		if ans := a.largerUnits(b.s); ans != "" {
			return ans
		}
		return a.afterNamed(b.s)
	}, placeNamedBase)
}

// placeOfKind answers a where-question that asks a kind of place ("huyện
// nào", "tỉnh nào") with the place of that kind its best sentences name
// nearest its words, when the kind is not written out (the passage reads
// "huyện X" itself): "H.Mù Cang Chải (Yên Bái)" for "huyện nào bị mất
// điện?", "Bình Dương" of "TP.Dĩ An (Bình Dương)" for "tỉnh nào". The
// place nearest the words of a plain "… ở đâu?" is as often a place the
// sentence names for another reason, and no answer.
func (d *document) placeOfKind(q question, content []word, sc *scope) candidate {
	if len(nounOf(q)) == 0 || superlativeWordsList.in(q.words) || d.namesAPerson(q, sc) || bodyOfPlaceAsked(q) {
		// A comparison is no nearest place ("tỉnh nào thiệt hại nhiều
		// nhất?"), where a named person lives is the note's to say, and
		// "lãnh đạo UBND tỉnh nào" asks which body.
		return candidate{}
	}
	return d.placeBy(q, content, sc, func(a placeAsker, b scored) string {
		a.unwritten = true
		return a.placeNear(b.s, b.o)
	}, placeNearBase)
}

// bodyOfPlaceAsked reports whether the kind of place a question asks
// follows the name of a body ("UBND tỉnh nào", "Công an tỉnh nào"): it
// asks which body, whose place is rarely the one nearest its words.
func bodyOfPlaceAsked(q question) bool {
	if q.whAt < 1 {
		return false
	}
	before := q.words[:q.whAt]
	if before[len(before)-1].caps {
		return true
	}
	for _, h := range organisationHeadsList.items {
		if n := len(h.parts); n <= len(before) && h.startsAt(before, len(before)-n) {
			return true
		}
	}
	return false
}

// organisationHeadsList holds the words of organisationHeads, split once.
var organisationHeadsList = phrasesOf(organisationHeads.Words())

// superlativeWords make a question compare: "nhất".
var superlativeWords = lexicon.MustSet("superlative_words").Words()

// namesAPerson reports whether q names a person of the articles in scope.
func (d *document) namesAPerson(q question, sc *scope) bool {
	for _, i := range d.factsIn(sc) {
		if f := d.facts[i]; f.Type == corpus.FactPerson && namesPerson(q, f) > 0 {
			return true
		}
	}
	return false
}

// partOfKind returns the part of a place written as text ("bản Chuyên Gia
// 2, xã Nậm Kè, huyện Mường Nhé") whose unit is the folded noun ("huyen"),
// or "" when none is.
func partOfKind(place, noun string) string {
	for _, p := range corpus.Places(place) {
		for _, pt := range p.Parts {
			t := place[pt.Start:pt.End]
			first, _, spaced := strings.Cut(t, " ")
			if abbr, _, ok := strings.Cut(first, "."); ok && unitOfAbbreviation[abbr] != "" {
				first = unitOfAbbreviation[abbr] // "TP.Thủ Đức"
			} else if u := unitOfAbbreviation[first]; spaced && u != "" && spacedAbbreviations.Has(first, lexicon.Exact) {
				first = u // "TP Phan Thiết"; "TT Huế" is a province
			}
			if u := analysis.Fold(first); u == noun || strings.HasPrefix(analysis.Fold(t), noun+" ") {
				return t
			}
		}
	}
	return ""
}

// placeBy returns the first answer read finds in the best sentences of a
// where-question, with the confidence base plus placeCover times the
// share of the question's words its sentence holds.
func (d *document) placeBy(q question, content []word, sc *scope, read func(placeAsker, scored) string, base float64) candidate {
	if q.wh != whWhere || len(content) == 0 {
		return candidate{}
	}
	best := d.bestSentences(q, content, sc, placeSentences)
	if len(best) == 0 {
		return candidate{}
	}
	a := newPlaceAsker(q, nounOf(q))
	for _, b := range best {
		if b.o.score() < placeTolerance*best[0].o.score() {
			break
		}
		if ans := read(a, b); ans != "" {
			return candidate{answer: ans, kind: KindPassage, score: base + placeCover*b.o.coverage(), refs: []ref{{b.s.p.ID, b.s.index}}}
		}
	}
	return candidate{}
}
