package answer

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// How a summary lists the article's numbers: at most maxSummaryNumbers
// lines, each at most maxPhraseWords words long.
const (
	// maxSummaryNumbers is how many lines of numbers a summary lists.
	maxSummaryNumbers = 6
	// maxPhraseWords is the longest, in words, a line of numbers may be:
	// one clause of a news sentence with its subject.
	maxPhraseWords = 16
)

// How far a number's noun phrase reaches over the commas around it.
const (
	// maxCoordWords: a comma's item of at most this many words with no
	// number of its own ("bị tốc mái, hư hỏng", "412 cán bộ, nhân viên")
	// is coordinated with the number's phrase and belongs to it.
	maxCoordWords = 4
	// maxBareLeft: when the words between a comma and the number are at
	// most this many ("xây dựng, nhân rộng 215 điểm", "Ở kỳ thi cấp tỉnh,
	// có 68 học sinh"), they are a predicate without its subject, which
	// the part before the comma holds.
	maxBareLeft = 2
	// maxShortLeft: up to this many words before the number reach back
	// over a comma too, unless what is before it is an adverbial ("Đến
	// nay, toàn tỉnh có 55 mô hình").
	maxShortLeft = 4
)

// clauseStartWords is what keeping the start of a number's phrase, its
// subject and verb ("Sản lượng ước đạt 98.000 tấn"), is worth in words
// when a long phrase is cut: more than as many words after the number.
const clauseStartWords = 2

// How much each sign of a key number weighs when a summary chooses its
// numbers. They are general signs of news writing: what the headline and
// the lead say, large and precise amounts, money, counts of people and of
// victims, totals, and a unit the lexicon knows.
const (
	keyTitle    = 3.0 // said in the headline
	keyLead     = 1.5 // said in the lead
	keyEarly    = 1.5 // in the body's first paragraph, falling to 0 at its last
	keyLarge    = 1.0 // a thousand or more of its unit
	keyHundreds = 0.5 // a hundred or more
	keyPrecise  = 0.5 // three or more significant digits ("4.236", "412")
	keyMoney    = 1.0 // an amount of money
	keyPeople   = 1.0 // a count of people or households
	keyCasualty = 1.5 // of the dead, injured or missing
	keyTotal    = 1.0 // a total, or a count over the whole area
	keyNoun     = 0.5 // a unit noun of the lexicon
	keyPercent  = 1.5 // less: a share, which says little on its own
	keyEach     = 1.0 // less: an amount for each one ("mỗi suất", "đồng/kg")
	keyPart     = 0.5 // less: a part of a whole said before it ("trong đó")
	keyCaption  = 1.0 // less: said in a photo's caption
	keySpelled  = 0.5 // less: written in words ("Ba người"), a small count
)

// preciseDigits is how many significant digits make a number precise.
const preciseDigits = 3

// roundedShare is how far, as a share of it, a headline's number may be
// from the body's for the headline to be the body's said round ("hơn
// 4.200 ngôi nhà" for 4.236).
const roundedShare = 0.1

// casualtyReach is how many words after a number's unit may say that it
// counts the dead or the injured ("2 người chết tại chỗ").
const casualtyReach = 3

// eachReach is how many words after a number's unit may say that it is
// an amount for each one ("400.000 đồng cho mỗi vụ").
const eachReach = 3

// headcountReach is how many of a unit's first words may come before the
// noun of the people it counts ("hơn 1,64 triệu lượt khách").
const headcountReach = 3

// The lexicon's roles that a summary reads.
var (
	headcountNouns  = lexicon.MustSet("headcount_nouns")
	casualtyWords   = lexicon.MustSet("casualty_words")
	incidentalUnits = lexicon.MustSet("incidental_units")
	totalCues       = lexicon.MustSet("total_cues")
	phraseCuts      = lexicon.MustSet("phrase_cuts")
	tenseMarkers    = lexicon.MustSet("tense_markers")
	moneyUnitWords  = lexicon.MustSet("money_units")
	durationUnits   = lexicon.MustSet("duration_units")
	countedNouns    = lexicon.MustSet("counted_nouns")
	measureNouns    = lexicon.MustSet("measures")
	classifierNouns = lexicon.MustSet("classifiers")
	adverbialStarts = lexicon.MustSet("adverbial_starts")
	partMarkerSet   = lexicon.MustSet("part_markers")
	unitStops       = lexicon.MustSet("unit_stops")
	stopwordsVi     = lexicon.MustSet("stopwords_vi")
	identifierHeads = lexicon.MustSet("identifier_heads")
	kindNouns       = lexicon.MustSet("two_syllable_nouns_folded")
	numberScales    = valuePairs("number_scales")
	spelledNumbers  = valuePairs("spelled_numbers")
)

// valuePairs reads a role of "word = value" pairs as a map.
func valuePairs(role string) map[string]float64 {
	m := map[string]float64{}
	for _, p := range lexicon.MustPairs(role) {
		v, err := strconv.ParseFloat(p.Value, 64)
		if err != nil {
			panic(fmt.Sprintf("lexicon: %s.txt: %q: %v", role, p.Value, err))
		}
		m[p.Key] = v
	}
	return m
}

// Brackets and quotes that open and close: what is between them is one
// group, whose commas do not part the sentence around it. Straight quotes,
// which do not say which they do, are not among them.
const (
	openers = "([{“«"
	closers = ")]}”»"
)

// Summary summarises article i (0-based) of Articles: its event, people,
// awards and key numbers.
func (e *Engine) Summary(i int) Summary {
	if i < 0 || i >= len(e.articles) {
		return Summary{}
	}
	a := e.articles[i]
	sum := Summary{Article: a, When: a.Date.String()}
	for _, f := range e.facts {
		if !strings.HasPrefix(f.Passage, a.ID+"/") {
			continue
		}
		switch f.Type {
		case corpus.FactEvent:
			sum.What = upperFirst(f.What)
			sum.When = e.when(f)
			sum.Where = f.Where
			if sum.Where == "" && f.Locality != "" {
				sum.Where = f.Locality + msgNoVenue
			}
			sum.Organisers = append(append([]string(nil), f.Organisers...), f.Partners...)
		case corpus.FactPerson:
			sum.People = append(sum.People, f.Text)
		case corpus.FactAward:
			if len(f.Recipients) == 0 && len(f.Winners) == 0 {
				continue
			}
			var who []string
			for _, c := range f.Recipients {
				who = append(who, c.String())
			}
			who = append(who, f.Winners...)
			line := f.Award + ": " + strings.Join(who, ", ")
			if f.Giver != "" {
				line = fmt.Sprintf("%s (%s tặng)", line, f.Giver)
			}
			sum.Awards = append(sum.Awards, line)
		}
	}
	sum.Numbers = e.keyNumbers(a)
	return sum
}

// A spot is a quantity where a sentence says it: its words from its
// qualifier through its unit, [from, to), and its number's word.
type spot struct {
	f        corpus.Fact
	s        *sent
	order    int // the sentence's place in the article
	num      int
	from, to int
	fact     int    // the quantity: the index of its fact, or of the body's fact a headline's restates
	glued    string // a unit written on the number: "m" of "1.200m"
	title    bool   // the headline's, said again in the body or not
	score    float64
	a, b     int // the number's phrase (phraseExtent)
}

// A numberLine is a line of a summary's numbers: the spots it shows, and
// the words of its sentence it shows them with.
type numberLine struct {
	s          *sent
	order      int
	keep       [2]int // the words it must show: its spots, from the first to the last
	extent     [2]int // the words it may show: its spots' phrases
	start, end int    // the words it shows
}

// keyNumbers returns the lines of article a's key numbers, in the
// article's order: its quantities ranked by the signs of a key number,
// each shown with its noun phrase and what it belongs to, and those of one
// clause of a sentence on one line where it fits.
func (d *document) keyNumbers(a *corpus.Article) []string {
	order := map[*sent]int{}
	body := 0
	for _, p := range a.Passages {
		if p.Kind == corpus.KindParagraph {
			body++
		}
		for k := range p.Sentences {
			if s := d.sentOf[ref{p.ID, k}]; s != nil {
				order[s] = len(order)
			}
		}
	}
	// The body's quantities the headline states again, the same or round,
	// and the one each headline's quantity stands for.
	headline := map[int]bool{}
	same := map[int]int{}
	for _, i := range d.factsOf[a.ID] {
		if f := d.facts[i]; f.Type == corpus.FactQuantity && d.passages[f.Passage] != nil && d.passages[f.Passage].Kind == corpus.KindTitle {
			for n, k := range d.inBody(a, f) {
				headline[k] = true
				if n == 0 {
					same[i] = k
				}
			}
		}
	}
	var spots []spot
	for _, i := range d.factsOf[a.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactQuantity || f.Of != "" || isRecipient(d.facts, f) {
			continue // a part is in its whole; recipients are in the award's line
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		places := d.placesOf(a, f)
		inTitle := s.p.Kind == corpus.KindTitle
		for _, p := range places {
			if p.s.p.Kind == corpus.KindTitle && (len(places) > 1 || d.saidInBody(a, f) || len(d.inBody(a, f)) > 0) {
				continue // the title's counts are the body's, said short
			}
			if !countsSomething(p) {
				continue
			}
			p.fact = i
			if k, ok := same[i]; ok {
				p.fact = k
			}
			p.title = headline[i] || inTitle
			p.order = order[p.s]
			p.score = keyScore(p, body)
			p.a, p.b = phraseExtent(p.s, p.from, p.to)
			spots = append(spots, p)
		}
	}
	sort.SliceStable(spots, func(i, j int) bool {
		if spots[i].score != spots[j].score {
			return spots[i].score > spots[j].score
		}
		return spots[i].order < spots[j].order
	})
	var lines []*numberLine
	// The quantities lines show: one said in several places is shown in
	// one, the one that weighs most.
	placed := map[int]bool{}
	for _, sp := range spots {
		key := sp.fact
		if placed[key] {
			continue
		}
		if absorbed(lines, sp) || mergeInto(lines, sp) {
			placed[key] = true
			continue
		}
		if len(lines) == maxSummaryNumbers {
			continue
		}
		placed[key] = true
		a, b := apart(lines, sp)
		l := &numberLine{s: sp.s, order: sp.order, keep: [2]int{sp.from, sp.to}, extent: [2]int{a, b}}
		l.start, l.end = clipPhrase(sp.s, a, b, sp.from, sp.to, maxPhraseWords)
		lines = append(lines, l)
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].order != lines[j].order {
			return lines[i].order < lines[j].order
		}
		return lines[i].start < lines[j].start
	})
	var out []string
	for _, l := range lines {
		if t := spanText(l.s, l.start, l.end); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// absorbed reports whether a line already shows spot sp's words; the line
// then keeps showing them.
func absorbed(lines []*numberLine, sp spot) bool {
	for _, l := range lines {
		if l.s == sp.s && l.start <= sp.from && sp.to <= l.end {
			l.keep = [2]int{min(l.keep[0], sp.from), max(l.keep[1], sp.to)}
			return true
		}
	}
	return false
}

// apart returns spot sp's phrase less the words that lines of its sentence
// show already: a line repeats none of another's ("…, ngân sách địa
// phương 1.048 tỷ đồng" is not said again before "vốn tín dụng khoảng
// 2.300 tỷ đồng").
func apart(lines []*numberLine, sp spot) (a, b int) {
	a, b = sp.a, sp.b
	for _, l := range lines {
		if l.s != sp.s {
			continue
		}
		if l.end <= sp.from && l.end > a {
			a = cleanStart(sp.s, l.end, sp.from)
		}
		if l.start >= sp.to && l.start < b {
			b = l.start
		}
	}
	return a, b
}

// cleanStart returns the first word of s in [i, to] where a phrase may
// start after a cut: after a comma or brackets, or at a tense marker; to
// if none.
func cleanStart(s *sent, i, to int) int {
	d := s.level(to)
	for ; i < to; i++ {
		if comma, hard := s.boundary(i, d); comma || hard || closesAt(s.gap(i)) || tenseMarkers.Has(s.lower[i], lexicon.Exact) {
			return i
		}
	}
	return to
}

// mergeInto adds spot sp to a line of its sentence whose phrase meets or
// touches its own within one clause, when both fit on the line: "Vụ tai
// nạn làm 2 người chết tại chỗ, 1 người tử vong".
func mergeInto(lines []*numberLine, sp spot) bool {
	for _, l := range lines {
		if l.s != sp.s || sp.a > l.extent[1] || l.extent[0] > sp.b {
			continue
		}
		keep := [2]int{min(l.keep[0], sp.from), max(l.keep[1], sp.to)}
		if keep[1]-keep[0] > maxPhraseWords || hardBetween(sp.s, keep[0], keep[1]) {
			continue
		}
		l.keep = keep
		l.extent = [2]int{min(l.extent[0], sp.a), max(l.extent[1], sp.b)}
		l.start, l.end = clipPhrase(sp.s, l.extent[0], l.extent[1], keep[0], keep[1], maxPhraseWords)
		return true
	}
	return false
}

// locate finds quantity f in its sentence s.
func locate(s *sent, f corpus.Fact) (spot, bool) {
	for at := 0; at < len(s.text); {
		k := strings.Index(s.text[at:], f.Text)
		if k < 0 {
			break
		}
		if sp, ok := locateAt(s, f, at+k); ok {
			return sp, true
		}
		at += k + 1
	}
	return spot{}, false
}

// locateAt finds quantity f in its sentence s where its text stands at
// byte at: its number must be a word of its own there, not the end of a
// longer one ("3 người" in "13 người").
func locateAt(s *sent, f corpus.Fact, at int) (spot, bool) {
	sp := spot{f: f, s: s, num: -1}
	if at > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s.text[:at]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return sp, false
		}
	}
	end := at + len(f.Text)
	sp.from, sp.to = -1, -1
	for i := range s.starts {
		if sp.from < 0 && s.starts[i] >= at {
			sp.from = i
		}
		if s.ends[i] <= end {
			sp.to = i + 1
		}
	}
	if sp.from < 0 || sp.to <= sp.from {
		return sp, false
	}
	number := strings.ToLower(f.Number)
	for i := sp.from; i < sp.to; i++ {
		if s.lower[i] == number {
			sp.num = i // the last: "từ 2 đến 5 triệu đồng" counts with 5
		}
	}
	for sp.to-1 > sp.num && sp.num >= 0 && (s.match(phraseCuts, sp.to-1, sp.to) > 0 || s.match(unitStops, sp.to-1, sp.to) > 0) {
		sp.to-- // "hơn 300 cán bộ chiến sĩ cùng": the unit ends before "cùng"
	}
	if sp.num < 0 {
		for i := sp.from; i < sp.to; i++ {
			if rest, ok := strings.CutPrefix(s.lower[i], number); ok && rest != "" && strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				sp.num, sp.glued = i, rest
			}
		}
	}
	return sp, sp.num >= 0
}

// unit returns the first word of spot sp's unit, or "".
func (sp spot) unit() string {
	switch {
	case sp.glued != "":
		return sp.glued
	case sp.num+1 < sp.to:
		return sp.s.lower[sp.num+1]
	}
	return ""
}

// unitNoun reports whether spot sp counts a noun of the lexicon: people,
// a measure, a thing with its classifier, a kind of place or case.
func (sp spot) unitNoun() bool {
	if sp.glued != "" {
		return measureNouns.Has(sp.glued, lexicon.Exact)
	}
	s, i, to := sp.s, sp.num+1, sp.to
	if i >= to {
		return false
	}
	for _, set := range []*lexicon.Set{countedNouns, measureNouns, classifierNouns, headcountNouns} {
		if s.match(set, i, to) > 0 {
			return true
		}
	}
	return i+1 < to && kindNouns.Has(s.fold[i]+" "+s.fold[i+1], lexicon.Exact)
}

// countsSomething reports whether a spot is a count or an amount a
// summary may show: not a time, a date, an age, a duration or a distance,
// not part of a code or of another number ("Km60+800", "23D1-343.49"), not
// a number that names ("số 6"), and with a unit that says what it counts
// ("1 đến" does not).
func countsSomething(sp spot) bool {
	s, i := sp.s, sp.num
	at := s.starts[i]
	for _, t := range s.times {
		if t.Kind != analysis.TimeClock && t.Start <= at && at < t.End {
			return false // a date; a clock time has a unit of time
		}
	}
	if at > 0 {
		r, _ := utf8.DecodeLastRuneInString(s.text[:at])
		if !unicode.IsSpace(r) && !strings.ContainsRune(openers+`"`, r) {
			return false // glued to a code or another number
		}
	}
	if i > 0 && s.matchBack(identifierHeads, i) > 0 {
		return false
	}
	if sp.f.Unit == "%" {
		return true
	}
	u := sp.unit()
	if u == "" {
		return false // no unit
	}
	if durationUnits.Has(u, lexicon.Exact) || incidentalUnits.Has(u, lexicon.Exact) {
		return false
	}
	if sp.glued != "" || sp.unitNoun() {
		return true
	}
	if unitStops.Has(u, lexicon.Exact) || stopwordsVi.Has(u, lexicon.Exact) {
		return false // "1 đến", "Ba và": no unit at all
	}
	if !isNumberWord(s.lower[i]) && s.match(countedNouns, i+1, sp.to) == 0 {
		return false // "chín sớm": a word that is also a number
	}
	return true
}

// keyScore weighs how much of a key number spot sp is; body is how many
// paragraphs the article's body has.
func keyScore(sp spot, body int) float64 {
	s := sp.s
	score := 0.0
	switch {
	case sp.title:
		score += keyTitle
	case s.p.Kind == corpus.KindLead:
		score += keyLead
	case s.p.Kind == corpus.KindParagraph && body > 0:
		k := paragraphNumber(s.p.ID)
		score += keyEarly * max(0, 1-float64(k-1)/float64(body))
	case s.p.Kind == corpus.KindCaption:
		score -= keyCaption
	}
	value := sp.f.Value
	if x, ok := numberScales[sp.unit()]; ok {
		value *= x
	}
	switch {
	case value >= 1000:
		score += keyLarge
	case value >= 100:
		score += keyHundreds
	}
	if significantDigits(s.lower[sp.num]) >= preciseDigits {
		score += keyPrecise
	}
	if !isNumberWord(s.lower[sp.num]) {
		score -= keySpelled
	}
	if sp.f.Unit == "%" {
		score -= keyPercent
	}
	if s.has(moneyUnitWords, sp.num+1, sp.to) {
		score += keyMoney
	}
	for k := sp.num + 1; k < min(sp.to, sp.num+1+headcountReach); k++ {
		if s.match(headcountNouns, k, sp.to) > 0 {
			score += keyPeople
			break
		}
	}
	if sp.unitNoun() {
		score += keyNoun
	}
	seg := segmentStart(s, sp.from, s.level(sp.num))
	segEnd := segmentEnd(s, sp.to, s.level(sp.num))
	for k := sp.num + 1; k < min(segEnd, sp.to+casualtyReach); k++ {
		if s.match(casualtyWords, k, segEnd) > 0 {
			score += keyCasualty
			break
		}
	}
	if k := s.last(totalCues, seg, sp.from); k >= 0 && !digitsIn(s, k, sp.from) {
		score += keyTotal // "toàn tỉnh ghi nhận 87 ca mắc sởi tại 6 huyện": 87's
	}
	if s.has(partMarkerSet, seg, sp.from) {
		score -= keyPart
	}
	if s.has(eachWords, seg, sp.from) || s.has(eachWords, sp.to, min(segEnd, sp.to+eachReach)) || strings.HasPrefix(s.text[s.ends[min(sp.num+1, sp.to-1)]:], "/") {
		score -= keyEach
	}
	return score
}

// paragraphNumber returns n of a passage "…/p<n>", or 0.
func paragraphNumber(id string) int {
	k := strings.LastIndexByte(id, '/')
	n, _ := strconv.Atoi(strings.TrimLeftFunc(id[k+1:], unicode.IsLetter))
	return n
}

// significantDigits counts the digits of a number as written, less its
// leading and trailing zeros: 3 for "4.230", 2 for "6.200", 2 for "1,2".
func significantDigits(n string) int {
	var d []rune
	for _, r := range n {
		if r >= '0' && r <= '9' {
			d = append(d, r)
		}
	}
	t := strings.Trim(string(d), "0")
	return len(t)
}

// inBody returns the facts of article a's body that state the title's
// quantity f again: with the same number and the first word of its unit,
// or more precisely, within roundedShare of it with more significant
// digits ("hơn 4.200 ngôi nhà" for "4.236 ngôi nhà").
func (d *document) inBody(a *corpus.Article, f corpus.Fact) []int {
	head := firstWord(f.Unit)
	var out []int
	for _, i := range d.factsOf[a.ID] {
		g := d.facts[i]
		if g.Type != corpus.FactQuantity || g.Passage == f.Passage || firstWord(g.Unit) != head {
			continue
		}
		same := g.Number == f.Number
		round := math.Abs(g.Value-f.Value) <= roundedShare*f.Value && significantDigits(g.Number) > significantDigits(f.Number)
		if same || round {
			out = append(out, i)
		}
	}
	return out
}

// firstWord is the first word of t, folded.
func firstWord(t string) string {
	f := strings.Fields(analysis.Fold(t))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// placesOf returns where article a says quantity f: in its own sentence,
// then wherever else the article writes it the same way, in the article's
// order. The extractor keeps a quantity once, where it is first said, but
// the body may say again what the headline said, with what it belongs to
// ("tổng doanh thu ước đạt hơn 6.200 tỷ đồng"), and a later sentence may
// say a count again of other people ("3 người khác bị thương").
func (d *document) placesOf(a *corpus.Article, f corpus.Fact) []spot {
	var out []spot
	own := d.factSent(f)
	if sp, ok := locate(own, f); ok {
		out = append(out, sp)
	}
	for _, p := range a.Passages {
		for k := range p.Sentences {
			s := d.sentOf[ref{p.ID, k}]
			if s == nil || s == own {
				continue
			}
			if sp, ok := locate(s, f); ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// qualifierSet are the words that qualify a number ("hơn 2.430").
var qualifierSet = lexicon.MustSet("qualifiers")

// gap returns the text between word i-1 and word i of s: before the first
// word for 0, after the last for len(s.lower).
func (s *sent) gap(i int) string {
	switch {
	case len(s.starts) == 0:
		return s.text
	case i <= 0:
		return s.text[:s.starts[0]]
	case i >= len(s.starts):
		return s.text[s.ends[len(s.ends)-1]:]
	}
	return s.text[s.ends[i-1]:s.starts[i]]
}

// level returns how deep in brackets and quotes word i of s stands.
func (s *sent) level(i int) int {
	d := 0
	for k := 0; k <= i && k < len(s.starts); k++ {
		d = gapLevel(s.gap(k), d, -1, nil, nil)
	}
	return d
}

// gapLevel replays a gap's brackets from depth d and returns the depth
// after it; at depth at (≥ 0) it reports a comma and a hard boundary (";",
// ":", or leaving depth at) through comma and hard.
func gapLevel(gap string, d, at int, comma, hard *bool) int {
	for _, r := range gap {
		switch {
		case strings.ContainsRune(openers, r):
			d++
		case strings.ContainsRune(closers, r):
			d = max(0, d-1)
		case at >= 0 && d == at && r == ',':
			*comma = true
		case at >= 0 && d == at && (r == ';' || r == ':'):
			*hard = true
		}
		if at >= 0 && d < at {
			*hard = true
		}
	}
	return d
}

// boundary tells what the gap before word i of s is at depth d: a comma,
// a hard boundary (";", ":", a bracket closing over the words of depth
// d), or neither.
func (s *sent) boundary(i, d int) (comma, hard bool) {
	if i <= 0 || i >= len(s.starts) {
		return false, true
	}
	gapLevel(s.gap(i), s.level(i-1), d, &comma, &hard)
	return comma, hard
}

// hardBetween reports whether a hard boundary parts words [from, to) of s.
func hardBetween(s *sent, from, to int) bool {
	d := s.level(from)
	for i := from + 1; i < to; i++ {
		if _, hard := s.boundary(i, d); hard {
			return true
		}
	}
	return false
}

// segmentStart returns the first word of the part of s between commas
// that holds word i, at depth d.
func segmentStart(s *sent, i, d int) int {
	for i > 0 {
		if comma, hard := s.boundary(i, d); comma || hard {
			return i
		}
		i--
	}
	return 0
}

// segmentEnd returns the end of the part of s between commas that holds
// the word before i, at depth d.
func segmentEnd(s *sent, i, d int) int {
	for i < len(s.starts) {
		if comma, hard := s.boundary(i, d); comma || hard {
			return i
		}
		i++
	}
	return len(s.starts)
}

// phraseExtent returns the words of s that a quantity at words [from, to)
// belongs with: the part of its clause between commas that holds it,
// reaching over a comma to the nouns coordinated with its own ("33 tập
// thể, cá nhân điển hình", "412 cán bộ, nhân viên") and back over one to
// the subject of a bare predicate ("hội viên … tham gia xây dựng, nhân
// rộng 215 điểm mô hình"); a comma that starts a new clause, or a new item
// with its own number, ends it.
func phraseExtent(s *sent, from, to int) (a, b int) {
	d := s.level(from)
	a, b = segmentStart(s, from, d), segmentEnd(s, to, d)
	for b < len(s.starts) {
		comma, hard := s.boundary(b, d)
		if hard || !comma {
			break
		}
		next := segmentEnd(s, b+1, d)
		if !coordinated(s, b, next) {
			break
		}
		b = next
	}
	for a > 0 {
		comma, hard := s.boundary(a, d)
		if hard || !comma {
			break
		}
		left := from - a
		prev := segmentStart(s, a-1, d)
		if left == 0 || left > maxShortLeft || left > maxBareLeft && adverbial(s, prev, a) {
			break // a new item with its own number; a clause with its subject
		}
		a = prev
	}
	if d > 0 && a == from && a > 0 && opensAt(s.gap(a)) {
		// A count that opens its brackets says something of the phrase
		// before them: "“Tàng trữ trái phép chất ma túy” (341 vụ, 409
		// bị can)".
		a = segmentStart(s, a-1, d-1)
		b = groupEnd(s, b, d)
	}
	return a, b
}

// groupEnd returns the first word of s after word i that stands after the
// brackets holding the words of depth d, or len(s.lower).
func groupEnd(s *sent, i, d int) int {
	for j := max(i, 1); j < len(s.lower); j++ {
		dep := s.level(j - 1)
		for _, r := range s.gap(j) {
			if strings.ContainsRune(closers, r) {
				dep--
			} else if strings.ContainsRune(openers, r) {
				dep++
			}
			if dep < d {
				return j
			}
		}
	}
	return len(s.lower)
}

// adverbial reports whether words [i, j) of s are an adverbial set off by
// a comma: they start with the words of one ("Đến nay", "Theo kế hoạch")
// or say a date ("Từ ngày 1/5 đến 31/8").
func adverbial(s *sent, i, j int) bool {
	if s.match(adverbialStarts, i, j) > 0 {
		return true
	}
	for _, t := range s.times {
		if t.Kind != analysis.TimeClock && t.Start < s.ends[j-1] && s.starts[i] < t.End {
			return true
		}
	}
	return false
}

// coordinated reports whether the comma's item at words [i, j) of s
// continues the phrase before the comma: it is not a new item with its own
// number nor a part of what was said ("trong đó …"), and it is a noun of
// the lexicon ("cá nhân điển hình …") or a few words with no number ("hư
// hỏng", "thị xã").
func coordinated(s *sent, i, j int) bool {
	if i >= j || s.match(partMarkerSet, i, j) > 0 {
		return false
	}
	// Words in brackets are aside: "hư hỏng (Điện Biên 82, …)".
	d, n, digits := s.level(i), 0, false
	for k := i; k < j; k++ {
		if s.level(k) == d {
			n++
			digits = digits || isNumberWord(s.lower[k])
		}
	}
	k := i + s.match(qualifierSet, i, j)
	if k < j && (isNumberWord(s.lower[k]) || spelledCount(s, k, j)) {
		return false
	}
	if s.match(countedNouns, i, j) > 0 || s.match(headcountNouns, i, j) > 0 || i+1 < j && kindNouns.Has(s.fold[i]+" "+s.fold[i+1], lexicon.Exact) {
		return true
	}
	return n <= maxCoordWords && !digits
}

// spelledCount reports whether word k of s is a number written in words
// that counts the noun after it, within words [k, j) ("Ba người").
func spelledCount(s *sent, k, j int) bool {
	_, ok := spelledNumbers[s.lower[k]]
	return ok && k+1 < j && s.match(countedNouns, k+1, j) > 0
}

// clipPhrase returns the longest part of words [a, b) of s, at most limit
// words, that holds words [keepFrom, keepTo) and is cut only where a
// constituent starts or ends: at a comma, outside brackets, before a
// subject's tense marker ("… đã trao 320 suất"), at the quantity itself, and
// after it before a word that opens a constituent of its own ("… 500 triệu
// đồng | từ ngân sách tỉnh"); right after the quantity's unit only where
// the unit ends of itself (unitEnds). Keeping the phrase's start is worth clauseStartWords more; of
// two parts worth as much, the earlier wins. When no part fits, the
// quantity is returned alone.
func clipPhrase(s *sent, a, b, keepFrom, keepTo, limit int) (start, end int) {
	if b-a <= limit {
		return a, b
	}
	d := s.level(keepFrom) // the phrase's depth: outside brackets it reaches out of
	for i := a; i < b; i++ {
		d = min(d, s.level(i))
	}
	var starts, ends []int
	for i := a; i <= keepFrom; i++ {
		comma, hard := s.boundary(i, d)
		if i == a || i == keepFrom || comma || hard || closesAt(s.gap(i)) || s.level(i) == d && tenseMarkers.Has(s.lower[i], lexicon.Exact) || s.match(partMarkerSet, a, i) == i-a {
			starts = append(starts, i)
		}
	}
	for j := keepTo; j <= b; j++ {
		comma, hard := s.boundary(j, d)
		if j == b || j == keepTo && unitEnds(s, j, keepTo-keepFrom) || comma || hard || opensAt(s.gap(j)) || s.level(j) == d && s.match(phraseCuts, j, b) > 0 && s.match(phraseCuts, j-1, b) < 2 {
			ends = append(ends, j)
		}
	}
	start, end = keepFrom, keepTo
	worth := func(st, en int) int {
		if st == a {
			return en - st + clauseStartWords
		}
		return en - st
	}
	for _, st := range starts {
		for _, en := range ends {
			if en-st > limit || worth(st, en) < worth(start, end) {
				continue
			}
			if worth(st, en) > worth(start, end) || st < start {
				start, end = st, en
			}
		}
	}
	return start, end
}

// unitEnds reports whether a quantity of n words that stops before word j
// of s ends there of itself: it is shorter than the longest unit, or it
// stops at punctuation, a number, a word that no unit reaches over, a
// name, or the sentence's end. A unit cut short by its length may end
// inside a group of words ("326 đội hình thanh niên tình | nguyện").
func unitEnds(s *sent, j, n int) bool {
	if n <= corpus.MaxUnitWords || j >= len(s.lower) || s.gap(j) != " " || isNumberWord(s.lower[j]) {
		return true
	}
	if s.match(unitStops, j, len(s.lower)) > 0 || s.match(phraseCuts, j, len(s.lower)) > 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.starts[j]:])
	return unicode.IsUpper(r)
}

// closesAt reports whether a gap closes a bracket or quote: a phrase may
// start after it.
func closesAt(gap string) bool { return strings.ContainsAny(gap, closers) }

// opensAt reports whether a gap opens a bracket or quote: a phrase may end
// before it.
func opensAt(gap string) bool { return strings.ContainsAny(gap, openers) }

// spanText returns words [start, end) of s as the sentence writes them,
// with the brackets and quotes they open or close, first letter upper
// case.
func spanText(s *sent, start, end int) string {
	if start >= end {
		return ""
	}
	from, to := s.starts[start], s.ends[end-1]
	for to < len(s.text) {
		// a sign written on the last word: "22%"
		r, n := utf8.DecodeRuneInString(s.text[to:])
		if unicode.IsSpace(r) || unicode.IsPunct(r) && r != '%' {
			break
		}
		to += n
	}
	for open, _ := unmatched(s.text[from:to]); open > 0 && to < len(s.text); open-- {
		r, n := utf8.DecodeRuneInString(s.text[to:])
		if !strings.ContainsRune(closers, r) {
			break
		}
		to += n
	}
	for _, closed := unmatched(s.text[from:to]); closed > 0 && from > 0; closed-- {
		r, n := utf8.DecodeLastRuneInString(s.text[:from])
		if !strings.ContainsRune(openers, r) {
			break
		}
		from -= n
	}
	return upperFirst(strings.TrimRight(s.text[from:to], ".…,;: "))
}

// unmatched counts the brackets and quotes t opens and does not close, and
// those it closes and does not open.
func unmatched(t string) (open, closed int) {
	for _, r := range t {
		switch {
		case strings.ContainsRune(openers, r):
			open++
		case strings.ContainsRune(closers, r) && open > 0:
			open--
		case strings.ContainsRune(closers, r):
			closed++
		}
	}
	return open, closed
}

// match returns how many words of the longest phrase of set that starts at
// word i of s, within words [i, to) and parted by spaces only, or 0.
func (s *sent) match(set *lexicon.Set, i, to int) int {
	for n := min(set.MaxWords(), to-i, len(s.lower)-i); n >= 1; n-- {
		ok := true
		for k := i + 1; k < i+n; k++ {
			if s.gap(k) != " " {
				ok = false
				break
			}
		}
		if ok && set.Has(strings.Join(s.lower[i:i+n], " "), lexicon.Exact) {
			return n
		}
	}
	return 0
}

// matchBack returns how many words of the longest phrase of set that ends
// right before word i of s, or 0.
func (s *sent) matchBack(set *lexicon.Set, i int) int {
	for n := min(set.MaxWords(), i); n >= 1; n-- {
		if s.match(set, i-n, i) == n {
			return n
		}
	}
	return 0
}

// last returns the last word of s in [from, to) where a phrase of set
// starts, or -1.
func (s *sent) last(set *lexicon.Set, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if s.match(set, i, to) > 0 {
			return i
		}
	}
	return -1
}

// digitsIn reports whether a word of s in [from, to) is written in digits.
func digitsIn(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if isNumberWord(s.lower[k]) {
			return true
		}
	}
	return false
}

// has reports whether a phrase of set starts at a word of s in [from, to).
func (s *sent) has(set *lexicon.Set, from, to int) bool {
	for i := from; i < to; i++ {
		if s.match(set, i, to) > 0 {
			return true
		}
	}
	return false
}

// saidInBody reports whether a fact of article a other than its title
// states the number of the title's quantity f: a headline's total that the
// body never gives is a key number of its own ("Khen thưởng 33 tập thể, cá
// nhân").
func (d *document) saidInBody(a *corpus.Article, f corpus.Fact) bool {
	for _, i := range d.factsOf[a.ID] {
		g := d.facts[i]
		if g.Passage != f.Passage && (g.Type == corpus.FactQuantity && g.Number == f.Number || g.Type == corpus.FactAward && awardSays(g, f.Number)) {
			return true
		}
	}
	return false
}

// awardSays reports whether award fact f counts number among its
// recipients.
func awardSays(f corpus.Fact, number string) bool {
	for _, c := range f.Recipients {
		if c.Number == number {
			return true
		}
	}
	return false
}

// isRecipient reports whether quantity f counts the recipients of an
// award, which the summary lists with the award.
func isRecipient(facts []corpus.Fact, f corpus.Fact) bool {
	for _, g := range facts {
		if g.Type != corpus.FactAward || g.Passage != f.Passage || g.Sentence != f.Sentence {
			continue
		}
		for _, c := range g.Recipients {
			if c.Number == f.Number && c.Unit == f.Unit {
				return true
			}
		}
	}
	return false
}
