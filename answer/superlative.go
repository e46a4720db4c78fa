package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// The words of a superlative question over places: which way it compares
// ("cao nhất", "thấp nhất") and the kind of place it asks which of
// ("nơi nào", "tỉnh nào").
var (
	superlativeHigh    = lexicon.MustSet("superlative_high")
	superlativeLow     = lexicon.MustSet("superlative_low")
	placeQuestionNouns = lexicon.MustSet("place_question_nouns")
)

const (
	// superlativeSentences is how many of the best sentences are read for
	// values given per place.
	superlativeSentences = 12
	// superlativeTolerance is the share of the best sentence's score a
	// sentence needs to be read.
	superlativeTolerance = 0.5
	// superlativeMinPlaces is how many places a comparison needs.
	superlativeMinPlaces = 2
	// superlativeBase is the generator's confidence in the place it
	// compares out; superlativeStated its confidence in a place the article
	// itself calls the highest or the lowest.
	superlativeBase   = 0.6
	superlativeStated = 0.7
	// superlativeHighest and superlativeLowest are the ways a superlative
	// question compares.
	superlativeHighest = 1
	superlativeLowest  = -1
	// superlativeReach is how many words before its "nhất" a question may
	// write the word that says which way it compares ("nhiều người chết
	// nhất").
	superlativeReach = 3
	// statedReach is how many words past its superlative the article may
	// name the place it calls the highest ("cao nhất là Quảng Ninh").
	statedReach = 3
)

// superlativeAt returns the position in q of the word that makes it a
// superlative ("nhất"), that of the word that says which way it compares
// ("cao", "ít"), and which way (superlativeHighest, superlativeLowest), or
// -1, -1 and 0 when q compares nothing.
func superlativeAt(q question) (at, dirAt, dir int) {
	for i := 1; i < len(q.words); i++ {
		if !superlativeWordsList.in(q.words[i : i+1]) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-superlativeReach; k-- {
			switch w := q.words[k].text; {
			case superlativeHigh.Has(w, lexicon.AsTyped):
				return i, k, superlativeHighest
			case superlativeLow.Has(w, lexicon.AsTyped):
				return i, k, superlativeLowest
			}
		}
	}
	return -1, -1, 0
}

// asksWhichPlace reports whether q asks which place of a kind: a noun of
// place_question_nouns right before a which-word ("nơi nào", "địa phương
// nào").
func asksWhichPlace(q question) bool {
	for i, w := range q.words {
		if !whichWords.Has(w.fold, lexicon.Exact) {
			continue
		}
		for n := 1; n <= 2 && n <= i; n++ {
			var ws []string
			for _, p := range q.words[i-n : i] {
				ws = append(ws, p.text)
			}
			if placeQuestionNouns.HasPhrase(ws, lexicon.AsTyped) {
				return true
			}
		}
	}
	return false
}

// questionNames returns the folded words of the names q gives: words typed
// with a capital that stand beside another such word ("Gia Lai", "Nguyễn
// Quang Huy"), so that a capital opening the question alone is none.
func questionNames(q question) map[string]bool {
	out := map[string]bool{}
	for i, w := range q.words {
		if !w.cap {
			continue
		}
		if i > 0 && q.words[i-1].cap || i+1 < len(q.words) && q.words[i+1].cap {
			out[w.fold] = true
		}
	}
	return out
}

// holdsNames reports whether s writes every word of names.
func holdsNames(s *sent, names map[string]bool) bool {
	for n := range names {
		if len(s.pos[n]) == 0 {
			return false
		}
	}
	return true
}

// A placeValue is a value an article gives for a place: "Quảng Ninh tăng
// 25,2%", "109,100 đồng/kg (Chư Prông)", "hai người ở Yên Bái".
type placeValue struct {
	place string  // as written
	value float64 // the number
	text  string  // the number and its unit as written
	key   string  // the quantity: its change verb, if any, and its unit
	s     *sent
}

// superlative answers which place has the highest or the lowest value,
// when the question asks it ("nơi nào giá cà phê cao nhất", "địa phương
// nào tăng thấp nhất"): from the values the best sentences give per place
// (placeValues), those of one quantity, the largest or the smallest; a
// place the article itself calls so ("cao nhất là X") wins.
func (d *document) superlative(q question, content []word, sc *scope) candidate {
	at, dirAt, dir := superlativeAt(q)
	if dir == 0 || !asksWhichPlace(q) || len(content) == 0 {
		return candidate{}
	}
	// A place all of whose words the question writes is the question's
	// own ("Tiền Giang có diện tích lớn nhất vùng nào"), no answer to it.
	names, own := questionNames(q), foldSet(q.words)
	if dirAt == at-1 {
		// The sentence that sums up writes the question's own superlative.
		for _, b := range d.bestSentences(q, content, sc, superlativeSentences) {
			if place := statedPlace(b.s, q.words[dirAt:at+1], own); place != "" && holdsNames(b.s, names) {
				return candidate{answer: place, kind: KindPassage, score: superlativeStated, refs: []ref{{b.s.p.ID, b.s.index}}}
			}
		}
	}
	best := d.bestSentences(q, compared(content), sc, superlativeSentences)
	var pairs []placeValue
	for _, b := range best {
		if b.o.score() < superlativeTolerance*best[0].o.score() || !holdsNames(b.s, names) {
			continue
		}
		pairs = append(pairs, placeValues(b.s, own)...)
	}
	group := comparable(pairs, q)
	if len(group) < superlativeMinPlaces {
		return candidate{}
	}
	top := group[0].value
	for _, p := range group {
		if float64(dir)*(p.value-top) > 0 {
			top = p.value
		}
	}
	var places []string
	var refs []ref
	text := ""
	for _, p := range group {
		if p.value == top {
			places = append(places, p.place)
			refs = append(refs, ref{p.s.p.ID, p.s.index})
			text = p.text
		}
	}
	return candidate{answer: strings.Join(places, ", ") + " (" + text + ")", kind: KindPassage, score: superlativeBase, refs: refs}
}

// compared returns the words of content that name what is compared, less
// the words that compare it ("cao nhất"): those are in the sentence that
// sums up, not in those that give the values.
func compared(content []word) []word {
	var out []word
	for _, w := range content {
		if superlativeWordsList.in([]word{w}) || superlativeHigh.Has(w.text, lexicon.AsTyped) || superlativeLow.Has(w.text, lexicon.AsTyped) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// comparable returns the values of pairs of one quantity, each place once:
// the quantity whose unit the question writes ("nhiều người chết nhất"),
// else the one most places are given; none when fewer than
// superlativeMinPlaces places are.
func comparable(pairs []placeValue, q question) []placeValue {
	byKey := map[string][]placeValue{}
	var keys []string
	seen := map[string]bool{}
	for _, p := range pairs {
		id := p.key + "\x00" + analysis.Fold(p.place)
		if seen[id] {
			continue
		}
		seen[id] = true
		if byKey[p.key] == nil {
			keys = append(keys, p.key)
		}
		byKey[p.key] = append(byKey[p.key], p)
	}
	pick := ""
	for _, k := range keys {
		unit := k[strings.LastIndex(k, " ")+1:]
		named := false
		for _, w := range q.words {
			named = named || w.fold == analysis.Fold(unit)
		}
		switch {
		case named && len(byKey[k]) >= superlativeMinPlaces:
			return byKey[k]
		case pick == "" || len(byKey[k]) > len(byKey[pick]):
			pick = k
		}
	}
	return byKey[pick]
}

// statedPlace returns the place s calls by the question's superlative
// phrase ("cao nhất"): written within statedReach words after it in its
// part of the sentence ("cao nhất là Quảng Ninh"), or before it there
// ("Tỉnh Đăk Nông là nơi có giá cao nhất"); a name of one word is too
// often a cut name ("Đồng" of "Đồng bằng sông Cửu Long") to count. "" when
// s calls none so.
func statedPlace(s *sent, phrase []word, names map[string]bool) string {
	for i := 0; i+len(phrase) <= len(s.fold); i++ {
		if !writtenFrom(phrase, s, i) {
			continue
		}
		lo, hi := s.segment(i)
		for j := i + len(phrase); j < hi && j <= i+len(phrase)+statedReach; j++ {
			if isCapital(s, j) {
				if run := s.nameRun(j, hi); strings.Contains(run, " ") && !askerPlace(run, names) {
					return run
				}
				break
			}
		}
		if run := s.placeBefore(lo, i, names); strings.Contains(run, " ") {
			return run
		}
	}
	return ""
}

// askerPlace reports whether every word of the name run is one of names (the
// question's own place is no answer to it).
func askerPlace(run string, names map[string]bool) bool {
	for _, t := range analysis.Tokens(run) {
		if !names[t.Folded] {
			return false
		}
	}
	return len(names) > 0
}

// segmentBreaks part a sentence into the parts a value and its place are
// written in: "Quảng Ninh tăng 25,2%; Đà Nẵng tăng 22,2%", and the colon
// that opens a list ("tại Lâm Đồng rất lớn như: Đạ Huoai 2 179mm, …": the
// first item's place is its own, not the head's).
const segmentBreaks = ",;.:"

// sep returns the text between word i-1 and word i of s.
func (s *sent) sep(i int) string {
	if i <= 0 || i >= len(s.starts) {
		return ""
	}
	return s.text[s.ends[i-1]:s.starts[i]]
}

// segment returns the words [lo, hi) of the part of s word i is in, parted
// by segmentBreaks.
func (s *sent) segment(i int) (lo, hi int) {
	lo, hi = i, i+1
	for lo > 0 && !strings.ContainsAny(s.sep(lo), segmentBreaks) {
		lo--
	}
	for hi < len(s.starts) && !strings.ContainsAny(s.sep(hi), segmentBreaks) {
		hi++
	}
	return lo, hi
}

// nameRun returns the run of capitalised words of s from word i, before
// hi, written with single spaces between them.
func (s *sent) nameRun(i, hi int) string {
	j := i + 1
	for j < hi && (isCapital(s, j) && strings.TrimSpace(s.sep(j)) == "" || isApostrophe(s.sep(j))) {
		j++
	}
	return s.text[s.starts[i]:s.ends[j-1]]
}

// valueAt returns the number word i of s gives, its unit, and the word
// after the unit: a number written in digits, or spelled before a counted
// noun ("hai người"); a date, a range or a time is none.
func (s *sent) valueAt(i int) (v float64, unit string, after int, ok bool) {
	n := len(s.starts)
	if strings.ContainsAny(s.sep(i), "/-–") || s.inTime(s.starts[i]) {
		return 0, "", 0, false
	}
	v, ok = analysis.ParseNumber(s.lower[i])
	if !ok {
		sp, spelled := spelledNumbers[s.lower[i]]
		if !spelled || i+1 >= n || !countedNouns.Has(s.lower[i+1], lexicon.Folded) {
			return 0, "", 0, false
		}
		v = sp
	}
	if i+1 < n && strings.HasPrefix(s.sep(i+1), "%") || i+1 == n && strings.HasPrefix(s.text[s.ends[i]:], "%") {
		return v, "%", i + 1, true
	}
	if i+1 >= n || isNumberWord(s.lower[i+1]) || isCapital(s, i+1) || strings.TrimSpace(s.sep(i+1)) != "" {
		return 0, "", 0, false
	}
	unit, after = s.lower[i+1], i+2
	if after < n && strings.TrimSpace(s.sep(after)) == "/" {
		if isNumberWord(s.lower[after]) {
			return 0, "", 0, false
		}
		unit, after = unit+"/"+s.lower[after], after+1
	}
	return v, unit, after, true
}

// placeValues returns the values s gives per place: for each number, the
// place in brackets right after it ("109,100 đồng/kg (Chư Prông)"), else
// the place right after it, past a locative ("109,200 đồng/kg tại Gia
// Nghĩa", "Bốn người Lai Châu"), else the one before it in its part of the
// sentence — one a locative or a unit of place opens ("Tại huyện Cư
// M'gar"), else the nearest ("Quảng Ninh tăng 25,2%"). A place the
// question names is none.
func placeValues(s *sent, names map[string]bool) []placeValue {
	var out []placeValue
	for i := range s.starts {
		v, unit, after, ok := s.valueAt(i)
		if !ok {
			continue
		}
		lo, hi := s.segment(i)
		place := s.placeAfter(after, hi, names)
		if place == "" {
			place = s.placeBefore(lo, i, names)
		}
		if place == "" {
			continue
		}
		end := s.ends[i]
		if unit == "%" {
			end += strings.Index(s.text[end:], "%") + 1
		} else {
			end = s.ends[after-1]
		}
		key := unit
		if i > 0 && changeVerbs.Has(s.lower[i-1], lexicon.Exact) {
			key = s.lower[i-1] + " " + unit
		}
		out = append(out, placeValue{place: place, value: v, text: s.text[s.starts[i]:end], key: key, s: s})
	}
	return out
}

// placeAfter returns the place written right after a value's unit, from
// word i, before hi: in brackets, or past a locative and a unit of place.
func (s *sent) placeAfter(i, hi int, names map[string]bool) string {
	if i >= hi {
		return ""
	}
	opened := strings.Contains(s.sep(i), "(")
	if !opened {
		if locatives.Has(s.lower[i], lexicon.Exact) {
			i, opened = i+1, true
		}
		if i < hi && adminUnits.Has(s.lower[i], lexicon.Exact) {
			i, opened = i+1, true
		}
	}
	if i >= hi || !isCapital(s, i) {
		return ""
	}
	run := s.nameRun(i, hi)
	if !opened && !strings.Contains(run, " ") || askerPlace(run, names) {
		// A capital right after a value opens a name of its own only
		// when it has two words ("Bốn người Lai Châu"), not a next
		// sentence the crawler ran on ("tăng 600 đồng/kg Giá cà phê").
		return ""
	}
	return run
}

// placeBefore returns the place written before word at in its part of the
// sentence, from lo: the first a locative or a unit of place opens, else
// the nearest outside brackets, else the nearest. A capital opening the
// sentence alone ("Giá cà phê") names nothing.
func (s *sent) placeBefore(lo, at int, names map[string]bool) string {
	var opened, plain, bracketed string
	for i := lo; i < at; i++ {
		if !isCapital(s, i) || i > lo && isCapital(s, i-1) && strings.TrimSpace(s.sep(i)) == "" {
			continue
		}
		run := s.nameRun(i, at)
		if i == 0 && !strings.Contains(run, " ") || askerPlace(run, names) {
			continue
		}
		switch {
		case i > lo && (locatives.Has(s.lower[i-1], lexicon.Exact) || adminUnits.Has(s.lower[i-1], lexicon.Exact)):
			if opened == "" {
				opened = run
			}
		case strings.Contains(s.sep(i), "("):
			bracketed = run
		default:
			plain = run
		}
	}
	switch {
	case opened != "":
		return opened
	case plain != "":
		return plain
	}
	return bracketed
}
