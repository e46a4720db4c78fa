package answer

import (
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// Episodes. A report often tells several incidents or rounds of one kind
// in turn: three crashes on one road in one morning, two drug hauls, a
// ring that brought people across the border twice. A reader asks of one
// by its ordinal ("Vụ thứ hai xảy ra ở phường nào?", "lan 2 cho bao nhieu
// nguoi", "Vụ đầu tiên xảy ra ở đâu?"), and the answer is in that part of
// the article, whatever the others say: every incident has its clock
// time, its place, its driver. The question's ordinal is read when it is
// parsed (readEpisode); the article's episodes are told apart by the
// ordinals it writes at a sentence's start ("Trong lần thứ nhất, …",
// "Đến lần thứ hai, …") or, for incidents it does not number, by the
// clock time and day that open each ("Tiếp đó, khoảng 8h40 ngày 14/7, …",
// "Khoảng 9h30 cùng ngày, …"); the scope is then cut to the episode asked
// (episodeScope).

// episodeNouns number the incidents or rounds of an article ("vụ",
// "lần", "đợt"); episodeNounFillers may stand between one and its ordinal
// ("vụ việc thứ hai"); incidentNouns are the episode nouns of an incident,
// which an article may tell apart by their clock times alone.
var (
	episodeNouns       = spelling{lexicon.MustSet("episode_nouns")}
	episodeNounFillers = spelling{lexicon.MustSet("episode_noun_fillers")}
	incidentNouns      = lexicon.MustSet("incident_nouns")
)

// episodeOrdinals gives the ordinal in words ("hai", "nhất", "đầu") its
// number, by the word as written.
var episodeOrdinals = valuePairs("episode_ordinals")

// episodeOrdinalsFolded is episodeOrdinals by the folded word.
var episodeOrdinalsFolded = func() map[string]float64 {
	m := make(map[string]float64, len(episodeOrdinals))
	for k, v := range episodeOrdinals {
		m[analysis.Fold(k)] = v
	}
	return m
}()

// ordinalOf returns the number of the ordinal w writes in words, read as
// written when typed with diacritics ("thứ hai"), folded otherwise.
func ordinalOf(w word) (int, bool) {
	ordinals, key := episodeOrdinalsFolded, w.fold
	if w.asWritten {
		ordinals, key = episodeOrdinals, w.text
	}
	v, ok := ordinals[key]
	return int(v), ok
}

// lastEpisode is the ordinal of the last episode ("vụ cuối").
const lastEpisode = -1

// bareOrdinals are the ordinal values that may follow an episode noun
// without "thứ": "vụ đầu (tiên)", "lần cuối (cùng)".
var bareOrdinals = map[int]bool{1: true, lastEpisode: true}

// ordinalTrails are the words that may close an ordinal written in
// words: "đầu tiên", "cuối cùng".
var ordinalTrails = spelling{lexicon.MustSet("ordinal_trails")}

// ordinalMarkerWords are ordinalMarkers read as a question types them.
var ordinalMarkerWords = spelling{ordinalMarkers}

// openerReach is how many words into a sentence an episode's opening
// ordinal or clock time may stand: "Trước đó, Đài Tiếng nói Việt Nam đã
// thông tin, vào hồi 19 giờ ngày 29/3, …".
const openerReach = 12

// maxEpisode bounds the ordinal read from digits: "lần 2", not "lần
// 2025".
const maxEpisode = 9

// An episodeAsked is the episode a question asks of: its noun, folded
// ("vu"), and its ordinal (1 for the first, lastEpisode for the last); the
// zero value asks of none.
type episodeAsked struct {
	noun string
	n    int
}

// ordinalAt reads the ordinal of an episode whose noun is ws[i]: "thứ"
// and a number in digits or words ("thứ 2", "thứ hai", "thu nhat"), a
// number in digits ("lần 2"), or "đầu"/"cuối" ("vụ đầu tiên"), perhaps
// after a filler ("vụ việc thứ hai"). A word typed with diacritics is read
// as written ("thu" of a question typed with them is no "thứ"). It
// returns the ordinal and the end of its words; ok is false when none
// follows.
func ordinalAt(ws []word, i int) (n, end int, ok bool) {
	k := i + 1
	if k < len(ws) && episodeNounFillers.has(ws[k]) {
		k++
	}
	if k >= len(ws) {
		return 0, 0, false
	}
	marked := ordinalMarkerWords.has(ws[k])
	if marked {
		k++
		if k >= len(ws) {
			return 0, 0, false
		}
	}
	// Without "thứ", the number is an ordinal only before the question's
	// frame or the end: "vụ 2 xe bốc cháy" counts the cars, "vụ đầu độc"
	// is no first incident.
	bare := !marked && k+1 < len(ws) && !episodeNumberFollowers.has(ws[k+1])
	if v, err := strconv.Atoi(ws[k].text); err == nil {
		if v < 1 || v > maxEpisode || bare {
			return 0, 0, false
		}
		return v, k + 1, true
	}
	v, found := ordinalOf(ws[k])
	if !found || !marked && !bareOrdinals[v] {
		return 0, 0, false
	}
	end = k + 1
	if end < len(ws) && ordinalTrails.has(ws[end]) {
		end++
	} else if bare {
		return 0, 0, false
	}
	return v, end, true
}

// episodeNumberFollowers are the words after "lần 2", "vụ 1", "vụ đầu"
// that leave the number an ordinal: the question's frame and verbs of an
// incident, not a noun it counts.
var episodeNumberFollowers = spelling{lexicon.MustSet("episode_number_followers")}

// readEpisode reads the episode q asks of by its ordinal, when an article
// tells it, and drops the ordinal's words, which no sentence of the
// episode need write ("Vụ thứ hai xảy ra ở phường nào" is read "Vụ xảy ra
// ở phường nào" of the second incident). A question that asks no episode
// an article tells is returned as it is: "Lễ hội lần 2 tổ chức năm nào"
// of an article that tells one festival.
func (d *document) readEpisode(q question) question {
	for i, w := range q.words {
		if !episodeNouns.has(w) {
			continue
		}
		n, end, ok := ordinalAt(q.words, i)
		if !ok {
			continue
		}
		asked := episodeAsked{noun: w.fold, n: n}
		if !d.tells(asked) {
			continue
		}
		q.episode = asked
		q.words = append(append([]word(nil), q.words[:i+1]...), q.words[end:]...)
		q.wh, q.focus = whNone, nil
		q.findWh()
		return q
	}
	return q
}

// tells reports whether an article tells the episode asked.
func (d *document) tells(asked episodeAsked) bool {
	for _, a := range d.articles {
		if d.episodeOf(a, asked) != nil {
			return true
		}
	}
	return false
}

// episodesOf returns the episodes article a tells of the kind noun, each
// its sentences in order, by their ordinals (index 0 the first): those it
// numbers at a sentence's start when it numbers two or more, else, for an
// incident noun, those its clock times open; nil when it tells fewer than
// two.
func (d *document) episodesOf(a *corpus.Article, noun string) [][]*sent {
	var all []*sent
	for i := range a.Passages {
		all = append(all, d.sentsOf[a.Passages[i].ID]...)
	}
	numbered := map[int][]*sent{}
	current := 0
	for _, s := range all {
		if n := numberedOpening(s, noun); n > 0 {
			current = n
		}
		if current > 0 {
			numbered[current] = append(numbered[current], s)
		}
	}
	if len(numbered) >= 2 {
		last := 0
		for n := range numbered {
			last = max(last, n)
		}
		out := make([][]*sent, last)
		for n, ss := range numbered {
			out[n-1] = ss
		}
		// The episodes numbered from the first on, none left out: "lần
		// thứ ba" without a second says nothing of where the second is.
		for i, ep := range out {
			if len(ep) == 0 {
				out = out[:i]
				break
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	if !incidentNouns.Has(noun, lexicon.Folded) {
		return nil
	}
	var out [][]*sent
	for _, s := range all {
		switch {
		case s.p.Kind != corpus.KindCaption && opensIncident(s):
			out = append(out, []*sent{s})
		case len(out) > 0:
			out[len(out)-1] = append(out[len(out)-1], s)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// numberedOpening returns the ordinal of an episode of the kind noun that
// s writes within its first words ("Đến lần thứ hai, ngày 18/4/2025, …"),
// 0 when it writes none there. The last ("lần cuối") numbers nothing.
func numberedOpening(s *sent, noun string) int {
	reach := min(openerReach, len(s.fold))
	ws := make([]word, 0, min(reach+openerOrdinalWords, len(s.fold)))
	for k := range min(reach+openerOrdinalWords, len(s.fold)) {
		ws = append(ws, word{text: s.lower[k], fold: s.fold[k], asWritten: true})
	}
	for k := range reach {
		if s.fold[k] != noun {
			continue
		}
		if n, _, ok := ordinalAt(ws, k); ok && n > 0 {
			return n
		}
	}
	return 0
}

// openerOrdinalWords is how many words past an episode noun its ordinal
// may run: a filler, "thứ", the ordinal and the word after it.
const openerOrdinalWords = 4

// opensIncident reports whether s opens an incident: a clock time within
// its first words, written with its day ("vào khoảng 15h15’ ngày 28/12")
// or beside a phrase of the same day ("Khoảng 9h30 cùng ngày").
func opensIncident(s *sent) bool {
	for _, t := range s.times {
		at := wordsBefore(s, t.Start)
		if t.Kind != analysis.TimeClock || at > openerReach {
			continue
		}
		if at > 0 && incidentTimeBreaks.Has(s.lower[at-1], lexicon.Exact) {
			// "Đến 8h ngày 8/3, anh Khoa tử vong tại bệnh viện": a later
			// hour of the incident told, no new one.
			continue
		}
		if t.HoldsDay() || s.has(sameDayWords, 0, min(len(s.lower), openerReach+sameDayReach)) {
			return true
		}
	}
	return false
}

// sameDayReach is how many words past openerReach the phrase of the same
// day may stand after an opening clock time: "Khoảng 9h30 cùng ngày".
const sameDayReach = 2

// incidentTimeBreaks, right before a clock time, make it a later hour of
// the incident just told: "Đến 8h ngày 8/3, …", "tới 10h, đám cháy …".
var incidentTimeBreaks = lexicon.MustSet("incident_time_breaks")

// episodeScope cuts the scope of a question that asks of an episode to
// the articles that tell it and, of them, to the sentences of that
// episode: an article that tells one incident of the kind does not answer
// of the second. The episode's passages the index did not find are read
// too: the episode, not the words, says where the answer is.
func (d *document) episodeScope(sc *scope, asked episodeAsked) *scope {
	if asked.n == 0 {
		return sc
	}
	// The articles that tell the episode: those the index found, else
	// any. An article that tells one incident does not answer of the
	// second: the question presupposes several.
	type telling struct {
		a  *corpus.Article
		ep []*sent
	}
	var told []telling
	for _, found := range [...]bool{true, false} {
		for _, a := range d.articles {
			if found && !sc.articles[a.ID] {
				continue
			}
			if ep := d.episodeOf(a, asked); ep != nil {
				told = append(told, telling{a, ep})
			}
		}
		if len(told) > 0 {
			break
		}
	}
	if len(told) == 0 {
		return sc
	}
	out := &scope{in: map[string]bool{}, articles: map[string]bool{}, cut: map[string]bool{}, sents: map[ref]bool{}}
	for _, t := range told {
		a, ep := t.a, t.ep
		out.articles[a.ID] = true
		for i := range a.Passages {
			out.cut[a.Passages[i].ID] = true
		}
		for _, s := range ep {
			out.sents[ref{s.p.ID, s.index}] = true
		}
		out.openers = append(out.openers, ep[0])
	}
	add := func(id string) {
		if !out.in[id] {
			out.in[id] = true
			out.passages = append(out.passages, id)
		}
	}
	// The passages found of the episode, then its passages the index did
	// not find.
	for _, id := range sc.passages {
		if out.cut[id] && d.holdsAny(out.sents, id) {
			add(id)
		}
	}
	for _, t := range told {
		for i := range t.a.Passages {
			if id := t.a.Passages[i].ID; d.holdsAny(out.sents, id) {
				add(id)
			}
		}
	}
	return out
}

// episodeOf returns the sentences of the episode asked that article a
// tells, nil when it tells none such.
func (d *document) episodeOf(a *corpus.Article, asked episodeAsked) []*sent {
	eps := d.episodesOf(a, asked.noun)
	n := asked.n
	if n == lastEpisode {
		n = len(eps)
	}
	if n < 1 || n > len(eps) {
		return nil
	}
	return eps[n-1]
}

// holdsAny reports whether any sentence of passage id is in sents.
func (d *document) holdsAny(sents map[ref]bool, id string) bool {
	for _, s := range d.sentsOf[id] {
		if sents[ref{s.p.ID, s.index}] {
			return true
		}
	}
	return false
}

// opensAsked reports whether a question asked of an episode, of content
// words content, asks what the sentence s that opens it tells: it names
// nothing but the incident ("Vụ thứ hai xảy ra lúc mấy giờ?"), or only
// what s writes besides ("vu thu nhat bat qua tang luc may gio" of "…,
// vào hồi 19 giờ ngày 29/3, … bắt quả tang …").
func (d *document) opensAsked(q question, content []word, s *sent) bool {
	rest := eventAloneWords.from(content)
	return len(rest) == 0 || d.overlapOf(q, rest, s).coverage() >= episodeOpenerCover
}

// episodeOpenerCover is the share of a question's words besides those of
// the incident that the sentence opening the episode asked of must write
// for its time and place to answer.
const episodeOpenerCover = 1

// episodeTime answers a when-question asked of an incident by its
// ordinal that names nothing but the incident or what the sentence that
// opens it tells ("Vụ thứ hai xảy ra lúc mấy giờ?", "vu thu nhat bat qua
// tang ngay nao"; opensAsked): the first time of the kind
// asked written in the sentence that opens it, as the lead's answers of
// the article's event. Of several articles, none is the article's.
func (d *document) episodeTime(q question, content []word, sc *scope) candidate {
	if q.wh != whWhen || len(sc.openers) != 1 || !d.opensAsked(q, without(content, whenFillers.set.Words()...), sc.openers[0]) {
		return candidate{}
	}
	s := sc.openers[0]
	for _, t := range s.times {
		if q.asksFor(t.Kind) {
			return candidate{answer: upperFirst(strings.TrimSpace(t.Text)) + ".", kind: KindFact, score: eventFactScore + eventFactAbout, refs: []ref{{s.p.ID, s.index}}}
		}
	}
	return candidate{}
}

// episodePlace answers a where-question asked of an incident by its
// ordinal that names nothing but the incident, or what the sentence that
// opens it tells, and no kind of place ("Vụ đầu tiên xảy ra ở đâu?", "vu
// thu 2 o dau"; opensAsked): the first place the
// sentence that opens it names, where no person lives or comes from.
func (d *document) episodePlace(q question, content []word, sc *scope) candidate {
	if q.wh != whWhere || len(sc.openers) != 1 || len(nounOf(q)) > 0 || !d.opensAsked(q, without(content, whereFillers.set.Words()...), sc.openers[0]) {
		return candidate{}
	}
	s := sc.openers[0]
	for _, sp := range s.placeSpans() {
		if ofPerson(s, sp) {
			continue
		}
		return candidate{answer: s.text[s.starts[sp.from]:s.ends[sp.to-1]], kind: KindPassage, score: eventPlaceScore, refs: []ref{{s.p.ID, s.index}}}
	}
	return candidate{}
}
