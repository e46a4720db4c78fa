package answer

import (
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// organiseWords ask who organised the event.
var organiseWords = lexicon.MustSet("organise_verbs").Words()

// The words event drops from every question, gathered once: those of no
// event in particular (eventGenericWords, organiseWords), and the event
// nouns.
var (
	eventOtherWords = foldedWordsOf(eventGenericWords, organiseWords)
	eventNounWords  = foldedWordsOf(eventNouns)
)

// eventGenericWords are words of an event question that do not say which
// event; periodWords ask for a period, pastPeriodWords for the one before
// the event's; spanWords for a span's start, end or length.
var (
	eventGenericWords = lexicon.MustSet("event_generic_words").Words()
	periodWords       = lexicon.MustSet("period_words").Words()
	pastPeriodWords   = lexicon.MustSet("past_period_words").Words()
	spanWords         = lexicon.MustSet("span_words").Words()
)

// otherNounAbout is how much a question is about an event it names by
// another event noun than the article's, every other word of it found in
// the event's sentence: less than naming it by its own noun.
const otherNounAbout = 0.8

// otherNounCover is the least share of a question's words other than
// the event noun that the event's sentence must hold for otherNounAbout:
// all of them, a synonym ("tuyên dương" of "biểu dương") weighing a little
// less than the word itself.
const otherNounCover = 0.9

// eventNounTyped reports whether the question writes one of the nouns of
// events ("lễ", "buổi lễ", "hội nghị") as a common noun: not a capitalised
// word a capitalised word follows, which opens a name ("Lê Văn Dũng").
func eventNounTyped(ws []word) bool {
	for _, n := range eventNounsList.items {
		at := n.at(ws)
		if at < 0 {
			continue
		}
		end := at + len(n.parts)
		if !ws[at].cap || end >= len(ws) || !ws[end].cap {
			return true
		}
	}
	return false
}

// event answers when and where the event was, who organised it and what it
// was, from the event fact of the article the question is about. A
// when-question about another dated thing (datedThing found one, of
// another date) is not answered with the event's date.
func (d *document) event(q question, content []word, sc *scope, other dated) candidate {
	if futureWordsList.in(q.words) {
		// "năm sau", "sắp tới": not the event the article reports.
		return candidate{}
	}
	// The question's words other than those of any event, the same for
	// every event fact: others, and others less the event nouns.
	others := eventOtherWords.from(content)
	othersBare := eventNounWords.from(others)
	nounTyped := eventNounTyped(q.words)
	// The event nouns the question says, padded with spaces as a fact's
	// eventText pads its words: the same for every event fact.
	var askedNouns []string
	for k, n := range eventNouns {
		if eventNounsList.items[k].at(q.words) >= 0 {
			askedNouns = append(askedNouns, " "+n+" ")
		}
	}
	var best candidate
	facts := d.factsIn(sc)
	if sc.cut == nil && (q.wh == whWhen && q.when == whenPeriod && len(others) == 0 || q.wh == whWhen && len(d.articles) == 1 && asksOfEventAlone(content)) {
		// "nhiệm kỳ nào?", "năm nào?", "lễ trao diễn ra ngày nào?"
		// name nothing the index could find, or nothing but the event: they
		// ask of the article's own event (not of one of the incidents it
		// tells, asked by its ordinal).
		facts = d.allFacts()
	}
	for _, i := range facts {
		f := d.facts[i]
		if f.Type != corpus.FactEvent {
			continue
		}
		s := d.factSent(f)
		if s == nil {
			continue
		}
		if q.wh == whWhen && otherStage(q, s) {
			// "khai mạc ngày nào" of a lead that tells the closing.
			continue
		}
		// How much the question is about this event: its noun ("hội
		// nghị") or the words of its lead.
		named := false
		var own []string
		pf := &d.prep[i]
		if pf.eventName != "" && findPhrase(q.words, pf.eventName) >= 0 {
			// The event's own name: "diễn tập", "lễ bế mạc".
			named = true
			own = []string{pf.eventNameFold}
		}
		for _, n := range askedNouns {
			if strings.Contains(pf.eventText, n) {
				named = true
				break
			}
		}
		about := d.overlapOf(q, others, s).coverage()
		if !named && nounTyped && len(othersBare) > 0 {
			// The reader names the event by another of the nouns of
			// events ("lễ tuyên dương" of a lead's "hội nghị biểu
			// dương"): the noun says it is an event, the rest which one.
			if d.overlapOf(q, othersBare, s).coverage() >= otherNounCover {
				about = max(about, otherNounAbout)
			}
		}
		rest := countWithout(othersBare, own...)
		if named && about == 1 || rest == 0 {
			about = max(about, 0.9)
		}
		alone, hourAlone := false, false
		if q.wh == whWhen && about < eventAboutMinimum && len(d.articles) == 1 && f.Sentence == 0 && d.leadArticle(f) != nil {
			if b := d.leadBinds(q, content, s); b*eventAloneAbout > about {
				// The lead's first sentence says when the article's
				// event happened, or when it was reported: a
				// question that names nothing else asks its time.
				about, alone = b*eventAloneAbout, true
			}
		}
		period := q.wh == whWhen && (q.when == whenPeriod || periodWordsList.in(q.words)) && !pastPeriodWordsList.in(q.words)
		// An hour, or a day the article does not date, is read from the
		// paragraph that details the event (detailTime); a question
		// that names the event in its headline's words asks it too.
		detail := q.wh == whWhen && (q.when == whenClock || q.when == whenDay && d.dayUnknown(f))
		if q.wh == whWhen && q.when == whenClock {
			// "xảy ra lúc mấy giờ" asks the hour the event happened,
			// which the paragraph that details it gives: the lead,
			// which reports it, need not say "xảy ra".
			about = max(about, d.happenedCover(q, others, s))
			// "Vụ tai nạn xảy ra lúc mấy giờ?" names nothing but the
			// article's event: its hour is the one asked.
			hourAlone = d.asksOfLeadEvent(f, content)
			if _, at, ok := d.detailTime(f, q); ok && asksIncident(others) {
				// "Vụ cướp xảy ra lúc mấy giờ?" of a lead that tells
				// the award for the deed: the paragraph giving the hour
				// tells the robbery.
				about = max(about, d.incidentCover(q, others, at))
			}
		}
		// The day the paragraph that details the event gives ("Theo đó,
		// tối 5.1, …") dates the event, not the report of it: asked
		// unless the question asks when it was reported.
		var dayDetail string
		var dayAt ref
		if q.wh == whWhen && (q.when == whenAny || q.when == whenDay) && !reportVerbsList.in(q.words) {
			if t, at, ok := d.detailDay(f, q, others); ok {
				dayDetail, dayAt, detail = t, at, true
				// "xảy ra" asks when the event happened: the lead,
				// which reports it, need not say it; the paragraph that
				// dates the incident may say what the question names it
				// by, where the lead tells only its report or reward.
				about = max(about, d.happenedCover(q, others, s))
				if asksIncident(others) {
					about = max(about, d.incidentCover(q, others, at))
				}
				if about < eventAboutMinimum && d.asksOfLeadEvent(f, content) {
					// "vụ việc xảy ra ngày nào" names nothing but the
					// article's event: of a lead that dates only its
					// report, the day its detail paragraphs give.
					about, alone = eventAloneAbout, true
				}
			} else if leadNarrates(s) {
				// "Khoảng 0h30 ngày 17/11, một trận lốc xoáy đã quét
				// qua …": the lead dates the event itself, not a report
				// of it or an award for it, and need not say "xảy ra".
				about = max(about, d.happenedCover(q, others, s))
			}
		}
		if detail && about < eventAboutMinimum {
			about = max(about, d.titleCover(q, others, f))
		}
		// A period asked of nothing but the event ("đại hội nhiệm kỳ
		// nào?") is the event's own; one asked of words of the question's
		// own the event's lead does not hold ("báo cáo kiểm điểm nhiệm kỳ
		// nào") is the period of another thing the article writes.
		if about < eventAboutMinimum && !(period && f.Period != "" && countWithout(without(othersBare, periodWords...), own...) == 0) {
			continue
		}
		// "từ ngày nào đến ngày nào", "kết thúc khi nào", "trong khoảng
		// thời gian nào" ask for a span
		// the event fact does not hold: a sentence answers it.
		if q.wh == whWhen && (rangeFromList.in(q.words) && rangeToList.in(q.words) || spanWordsList.in(q.words) || periodWholeCuesList.in(q.words)) {
			continue
		}
		r := []ref{{f.Passage, f.Sentence}}
		var c candidate
		switch {
		case period:
			if f.Period != "" && (other.c.answer == "" || holdsYearsOf(other.c.answer, f.Period)) {
				// As the article writes it: "Nhiệm kỳ 2025-2030.", not
				// a "giai đoạn" of years respaced.
				c = candidate{answer: upperFirst(f.Period) + ".", kind: KindFact, score: eventPeriodScore + eventPeriodAbout*about, refs: d.periodRefs(f)}
			}
		case q.wh == whWhen && q.when == whenClock:
			// A time of day is asked: the lead's clock time, if it
			// gives one; a date does not answer.
			if p, ok := d.passages[f.Passage]; ok {
				for _, t := range d.timesOf(p) {
					if t.Kind == analysis.TimeClock {
						c = candidate{answer: upperFirst(t.Text) + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
						break
					}
				}
			}
			if c.answer == "" {
				// The lead gives none: news writes the hour in the
				// paragraph that details the event ("Theo đó, hồi 12h08
				// ngày 08/3, …").
				if t, at, ok := d.detailTime(f, q); ok {
					c = candidate{answer: upperFirst(t) + ".", kind: KindFact, score: detailClockScore + 0.4*about, refs: []ref{at}}
				}
			}
		case q.wh == whWhen && q.when == whenPartOfDay:
			// The part of the day the lead opens with: "Sáng 17/8".
			if when := d.when(f); holdsPartOfDay(when) {
				c = candidate{answer: when + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
			} else if pod := partOfDayIn(s); pod != "" {
				c = candidate{answer: upperFirst(pod) + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
			}
		case dayDetail != "":
			// Cited with the lead, which names the event the question
			// asks about.
			c = candidate{answer: upperFirst(dayDetail) + ".", kind: KindFact, score: detailDayScore + 0.4*about, refs: leadAnd(r[0], dayAt)}
		case q.wh == whWhy:
			// The cause the lead or its detail paragraphs write before a
			// causative verb of the event: "…, gây tai nạn".
			if cause, at, ok := d.detailCause(f, content, q.lang); ok {
				c = candidate{answer: cause + ".", kind: KindFact, score: detailCauseScore + 0.4*about, refs: leadAnd(r[0], at)}
			}
		case q.wh == whWhen && q.when == whenDay && d.dayUnknown(f) && other.c.answer == "":
			// The date line gives only the month, and the lead no day:
			// the paragraph that details the event may ("khoảng 2 giờ
			// sáng ngày 12-2-2023, …").
			if t, at, ok := d.detailTime(f, q); ok {
				c = candidate{answer: upperFirst(t) + ".", kind: KindFact, score: detailClockScore + 0.4*about, refs: []ref{at}}
			}
		case q.wh == whWhen && asksIncident(others) && writesOwnTime(q, s, d.overlapOf(q, others, s)):
			// "vụ cướp … xảy ra ngày nào" of a lead dating the award for
			// it and the robbery in its own words ("Sáng 28/8, … khen
			// thưởng … phá vụ cướp tiệm vàng xảy ra … vào đêm 26/8"):
			// the lead's day is not the one asked; the sentence answers.
		case q.wh == whWhen && f.When != "" && (other.c.answer == "" || sameDate(other, f.When)) && !asksList(q):
			// "những ngày nào" asks for several days: one date does
			// not answer.
			when := d.when(f)
			if q.when == whenYear {
				when = "Năm " + yearOf(f.When) + " (" + when + ")"
			}
			c = candidate{answer: when + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
		case q.wh == whWhere:
			// The venue, when the text names one, of the kind asked if a
			// kind is ("tỉnh nào": a venue in no named province does not
			// say).
			switch {
			case f.Where != "" && venueOfKind(f.Where, nounOf(q)) && !d.brokenSpan(f.Where, nil):
				c = candidate{answer: "Tại " + f.Where + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
			case f.Where == "" && f.Locality != "" && venueOfKind(f.Locality, nounOf(q)) && !d.brokenSpan(f.Locality, s):
				// No venue: the place of the body that organised it
				// ("Công an tỉnh Quảng Nam": tỉnh Quảng Nam), a weaker
				// answer.
				c = candidate{answer: "Tại " + f.Locality + ".", kind: KindFact, score: localityScore + 0.3*about, refs: r}
			}
		case q.wh == whWho && organiseWordsList.in(q.words) && len(f.Organisers) > 0 && !d.anyBroken(f.Organisers, s):
			ans := strings.Join(f.Organisers, ", ")
			if len(f.Partners) > 0 {
				ans += " phối hợp với " + strings.Join(f.Partners, ", ")
			}
			c = candidate{answer: ans + ".", kind: KindFact, score: eventFactScore + eventFactAbout*about, refs: r}
		case (q.wh == whWhat || q.wh == whNone) && rest <= 1 && f.What != "" && named && asksWhatEvent(q):
			c = candidate{answer: upperFirst(f.What) + ".", kind: KindFact, score: eventWhatScore + eventWhatAbout*about, refs: r}
		}
		c.eventAlone = alone && c.answer != ""
		c.hourAlone = hourAlone && c.answer != ""
		if c.score > best.score {
			best = c
		}
	}
	return best
}

// asksOfLeadEvent reports whether a question whose content words are
// content asks of nothing but the event of fact f, its article's only
// one, read from its lead's first sentence: "vụ việc xảy ra ngày nào",
// "Vụ tai nạn xảy ra lúc mấy giờ?".
func (d *document) asksOfLeadEvent(f corpus.Fact, content []word) bool {
	return len(d.articles) == 1 && f.Sentence == 0 && asksOfEventAlone(content) && eventAloneWritten(content)
}

// eventAloneAbout is how much a when-question that names nothing but the
// article's event, or nothing but its report and what the lead's first
// sentence writes, is about that event (leadBinds): enough to answer,
// less than a question that names the event by its own words.
const eventAloneAbout = 0.8

// leadBinds is how much the lead's first sentence s binds a when-question
// to the article's event when the question names it by no words of its
// own: 1 for one that names nothing but an event ("vụ việc xảy ra ngày
// nào", asksOfEventAlone), the lead's event, unless the lead dates its
// report of an incident; for one that asks when
// something was reported ("công an thông tin vụ việc ngày nào",
// report_verbs) of a lead that fronts its time before a verb of reporting
// ("Ngày 6.1, Công an TP … cho biết …"), the share of its other words —
// less the nouns that point back at an incident and the verbs of
// happening — the lead holds. News writing dates the report, or the
// event, in the lead's first sentence. 0 otherwise.
func (d *document) leadBinds(q question, content []word, s *sent) float64 {
	timed := len(s.times) > 0
	reported, at := false, 0 // the lead fronts a time (at) before it reports
	if timed {
		at = wordsBefore(s, s.times[0].Start)
		reported = timeFronted(s, at) && clauseReportsAt(s, at)
	}
	asksReport := reportVerbsList.in(q.words)
	if asksOfEventAlone(content) && eventAloneWritten(content) && !asksReport {
		// A lead that dates its report of an incident ("Ngày 1/1,
		// Công an … điều tra vụ tai nạn") does not date the incident.
		if reported || timed && reportsIncident(s, at) {
			return 0
		}
		return 1
	}
	if !asksReport || !reported {
		return 0
	}
	rest := without(eventOtherWords.from(content), reportedEventWords...)
	if len(rest) == 0 {
		return 1
	}
	return d.overlapOf(q, rest, s).coverage()
}

// eventAloneExact are the words asksOfEventAlone allows, as written
// (lower case, with their marks).
var eventAloneExact = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range eventAloneLists {
		for _, p := range l {
			for _, w := range strings.Fields(strings.ToLower(p)) {
				// A word the list writes without marks ("xay ra")
				// is written any way: its folded form stands for it.
				m[w] = true
			}
		}
	}
	return m
}()

// eventAloneWritten reports whether every word of content typed with
// diacritics is written as one of the words asksOfEventAlone allows: the
// folded match alone reads "vụ đâm người" as an event noun ("đám").
func eventAloneWritten(content []word) bool {
	for _, w := range content {
		if w.marked && !eventAloneExact[w.text] && !eventAloneExact[w.fold] {
			return false
		}
	}
	return true
}

// reportedEventWords are the words that name a report of the event, not
// the event: the verbs of reporting (report_verbs), the nouns referring
// back to an event and the verbs of happening.
var reportedEventWords = slices.Concat(reportVerbs.Words(), eventReferenceNouns, happenVerbs)

// localityScore is the generator's base confidence in the organiser's
// place as the place of an event whose venue the text does not name.
const localityScore = 0.5

// asksWhatEvent reports whether a what-question asks what the event was:
// not what an abbreviation or a term means ("LHPN là gì"), and not for a
// thing of another kind ("phường nào").
func asksWhatEvent(q question) bool {
	if definitionCuesList.in(q.words) {
		if len(q.expanded) > 0 {
			return false
		}
		for _, w := range q.words {
			if w.caps {
				return false
			}
		}
	}
	if len(nounOf(q)) == 0 {
		return true
	}
	// "lễ gì", "sự kiện gì": the noun before the question word names an
	// event.
	for _, n := range eventNounsList.items {
		if at := n.at(q.words); at >= 0 && at+len(n.parts) == q.whAt {
			return true
		}
	}
	return false
}

// anyBroken reports whether any of spans, read from s, is broken
// (brokenSpan).
func (d *document) anyBroken(spans []string, s *sent) bool {
	for _, sp := range spans {
		if d.brokenSpan(sp, s) {
			return true
		}
	}
	return false
}

// genericPlaceNouns ask for a place of any kind: "địa điểm nào", "nơi
// nào".
var genericPlaceNouns = lexicon.MustSet("generic_place_nouns")

// venueOfKind reports whether a venue answers a question for a place of
// the kind noun ("tỉnh", "thành phố"): it names one, or no kind is asked.
func venueOfKind(venue string, noun []word) bool {
	if len(noun) == 0 || genericPlaceNouns.Has(phraseOf(noun), lexicon.Folded) {
		return true
	}
	ws := sharedWords(venue)
	for _, n := range append([]string{phraseOf(noun)}, synonyms(phraseOf(noun))...) {
		if findPhrase(ws, n) >= 0 {
			return true
		}
	}
	return false
}

// when is the event's date with the time of day the lead gives: "Sáng
// 19/9/2024".
func (d *document) when(f corpus.Fact) string {
	p, ok := d.passages[f.Passage]
	if !ok {
		return f.When
	}
	// "Khoảng 22 giờ 30 phút ngày 14/10": the hour the lead gives.
	if ts := d.timesOf(p); len(ts) > 0 && ts[0].Kind == analysis.TimeClock && strings.ContainsAny(ts[0].Text, "/.-") {
		t := ts[0].Text
		if strings.Count(t, "/") == 1 {
			t += "/" + yearOf(f.When)
		}
		return upperFirst(t)
	}
	if r := d.leadRange(f); r != "" {
		// "được tổ chức ngày 12-13/10": the event lasts the days its
		// lead writes, and a reader knows them as written.
		return upperFirst(r)
	}
	if w := leadDayWritten(d.leadTimes(f, p), f.When); w != "" {
		return upperFirst(w)
	}
	first := strings.ToLower(strings.Fields(p.Text + " x")[0])
	if timesOfDay.Has(first, lexicon.Exact) {
		return upperFirst(first) + " " + f.When
	}
	return f.When
}

// leadTimes returns the times of p, the lead that reports f, or — for a
// lead that writes none (a headline repeated as the lead, a subtitle
// before the story) — those of the first sentence that writes one in its
// article's first body paragraphs (detailParagraphs).
func (d *document) leadTimes(f corpus.Fact, p *corpus.Passage) []analysis.TimeSpan {
	if ts := d.timesOf(p); len(ts) > 0 {
		return ts
	}
	a := d.leadArticle(f)
	if a == nil {
		return nil
	}
	for _, s := range d.bodySentences(a, detailParagraphs) {
		if len(s.times) > 0 {
			return s.times
		}
	}
	return nil
}

// leadDayWritten returns the event's day as its lead writes it, with the
// part of the day before it ("Sáng 19-10", "Ngày 9.2"): the first date of
// the lead's times that is the event's day (date, as the date line writes
// it), a reader finding the answer as the article words it. The year the
// lead leaves out is added after the lead's own separator ("Sáng
// 19-10-2025"). "" when the lead writes no date of that day.
func leadDayWritten(times []analysis.TimeSpan, date string) string {
	for _, ts := range times {
		if ts.Kind != analysis.TimeDate {
			continue
		}
		t := ts.Text
		if back, ok := daysBefore(date, t); !ok || back != 0 {
			continue
		}
		m := dayMonth.FindStringSubmatchIndex(t)
		if m == nil {
			return ""
		}
		if m[6] < 0 {
			if y := yearOf(date); y != date && y != "" {
				t = t[:m[1]] + t[m[3]:m[3]+1] + y + t[m[1]:]
			}
		}
		return dropRelativeDay(t[:m[2]]) + t[m[2]:]
	}
	return ""
}

// dropRelativeDay returns the words written before a date's day less
// the noun of days ("Ngày 9/2" is "9/2", as the date line writes it: the
// question asks "ngày nào") and those after the first that say the day
// relative to the article's own (part_of_day_follows: "Sáng nay 19/9" is
// "Sáng 19/9" to a reader of the answer, who reads it on another day).
func dropRelativeDay(lead string) string {
	ws := strings.Fields(lead)
	var kept []string
	for k, w := range ws {
		if dayUnits.Has(analysis.Fold(w), lexicon.Exact) || k > 0 && partOfDayFollows.Has(strings.ToLower(w), lexicon.Exact) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == 0 {
		return ""
	}
	return strings.Join(kept, " ") + " "
}

// leadRange returns the span of days the lead that reports f dates its
// event with, as written ("12-13/10", "ngày 12 và 13/10/2025", "từ 12
// đến 14/10"): the lead's first day or span of days, when that is a span
// — or, for a lead that writes none (a headline repeated as the lead), the
// first body paragraph's; "" when it is a single day, or none is written.
func (d *document) leadRange(f corpus.Fact) string {
	p, ok := d.passages[f.Passage]
	if !ok {
		return ""
	}
	if r, found := firstDays(d.timesOf(p)); found {
		return r
	}
	a := d.leadArticle(f)
	if a == nil {
		return ""
	}
	for i := range a.Passages {
		if a.Passages[i].Kind == corpus.KindParagraph {
			r, _ := firstDays(d.timesOf(&a.Passages[i]))
			return r
		}
	}
	return ""
}

// firstDays returns the first day or span of days of times: the span as
// written when it is one of at most maxSpanDays days, "" for a single
// day; found is false when times write neither.
func firstDays(times []analysis.TimeSpan) (span string, found bool) {
	for _, t := range times {
		switch t.Kind {
		case analysis.TimeDate:
			return "", true
		case analysis.TimeRange:
			if spanDays(t) > 0 {
				return t.Text, true
			}
			return "", true
		}
	}
	return "", false
}

// periodRefs cites the first sentence that states the period, as the
// article writes it.
func (d *document) periodRefs(f corpus.Fact) []ref {
	for _, s := range d.sents {
		if s.art.ID == strings.SplitN(f.Passage, "/", 2)[0] && strings.Contains(s.text, f.Period) {
			return []ref{{s.p.ID, s.index}}
		}
	}
	return []ref{{f.Passage, f.Sentence}}
}

// periodYear finds a year of a period: "2025" and "2030" of "nhiệm kỳ
// 2025-2030".
var periodYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// holdsYearsOf reports whether answer holds every year of period, however
// either writes the dash between them: "2025 - 2030" holds those of
// "nhiệm kỳ 2025-2030".
func holdsYearsOf(answer, period string) bool {
	years := periodYear.FindAllString(period, -1)
	for _, y := range years {
		if !strings.Contains(answer, y) {
			return false
		}
	}
	return len(years) > 0
}

// yearOf returns the year of a date as the article writes it, parted by
// slashes, dots or dashes ("19/9/2024", "14.7.2023", "12-2-2023"): the
// part after the last separator.
func yearOf(date string) string {
	if i := strings.LastIndexAny(date, dateSeparators); i >= 0 {
		return date[i+1:]
	}
	return date
}

// dateSeparators part the day, month and year of a date.
const dateSeparators = "/.-"

// futureWords point away from the time the article reports: to the
// future, or to a year before.
var futureWords = lexicon.MustSet("other_time_words").Words()

// timesOfDay are the parts of the day a lead may start with.
var timesOfDay = lexicon.MustSet("times_of_day")

// otherTimeMarkers show that a sentence speaks of another time than the
// reported one.
var otherTimeMarkers = lexicon.MustSet("other_time_markers").Words()

// otherTime reports whether q asks about another time than the reported
// one ("năm sau", "năm ngoái"), not merely comparing with it ("so với
// năm ngoái").
func (q question) otherTime() bool {
	return futureWordsList.in(q.words) && !comparisonMarkersList.in(q.words)
}

// otherTime reports whether s speaks of a time before or after the
// reported one.
func (s *sent) otherTime() bool {
	return containsAny(s.lower, otherTimeMarkers...)
}

// An event fact's confidence, as its own rules judge: a base by what the
// fact answers, and a share of how much the question is about the event
// (about). A time, a place or a title is read as typed and trusted most;
// the period it spans a little less for what the question leaves out;
// what the event was least, since any clause may say it.
const (
	eventFactScore   = 0.55
	eventFactAbout   = 0.4
	eventPeriodScore = 0.6
	eventPeriodAbout = 0.35
	eventWhatScore   = 0.5
	eventWhatAbout   = 0.35
)

// eventAboutMinimum is the least share of a question's words (less those
// of any event) an event's lead must hold for the question to be about it.
const eventAboutMinimum = 0.75

// detailParagraphs is how many body paragraphs after the lead are read for
// the details of the event the lead reports: the first one or two.
const detailParagraphs = 2

// detailClockScore is the generator's base confidence in a time read
// from a paragraph after the lead as the time of the lead's event: a
// weaker answer than the lead's own.
const detailClockScore = 0.45

// detailDayScore is the generator's base confidence in the day a detail
// paragraph opens with ("Theo đó, tối 5.1, …") as the day of the lead's
// event: as strong as the lead's own.
const detailDayScore = 0.55

// dayUnknown reports whether the day of f, an event read from a lead, is
// unknown: its article's lead writes none and its date line only a month.
func (d *document) dayUnknown(f corpus.Fact) bool {
	lead, ok := d.passages[f.Passage]
	if !ok || lead.Kind != corpus.KindLead {
		return false
	}
	a := d.byID[lead.Article]
	return a != nil && a.Date.Day == 0
}

// leadArticle returns the article whose lead fact f was read from; nil
// when f was read from another passage.
func (d *document) leadArticle(f corpus.Fact) *corpus.Article {
	lead, ok := d.passages[f.Passage]
	if !ok || lead.Kind != corpus.KindLead {
		return nil
	}
	return d.byID[lead.Article]
}

// detailTime returns the first time of the kind q asks (question.asksFor)
// written in the first body paragraphs after the lead that reports f
// (detailParagraphs; captions do not count), and the sentence that writes
// it: the paragraph that details the event the lead reports ("Theo đó,
// hồi 12h08 ngày 08/3, …", "khoảng 2 giờ sáng ngày 12-2-2023, …").
func (d *document) detailTime(f corpus.Fact, q question) (string, ref, bool) {
	a := d.leadArticle(f)
	if a == nil {
		return "", ref{}, false
	}
	for at, s := range d.bodySentences(a, detailParagraphs) {
		for _, t := range s.times {
			if q.asksFor(t.Kind) {
				// "khoảng 23 giờ khuya 10.11": the span of "23 giờ"
				// may keep the space before the part of the day.
				return strings.TrimSpace(t.Text), at, true
			}
		}
	}
	return "", ref{}, false
}

// bodySentences yields the sentences of the first n body paragraphs of a
// (captions and the lead do not count), in order, with where each stands.
func (d *document) bodySentences(a *corpus.Article, n int) iter.Seq2[ref, *sent] {
	return func(yield func(ref, *sent) bool) {
		read := 0
		for _, p := range a.Passages {
			if p.Kind != corpus.KindParagraph {
				continue
			}
			for i := range p.Sentences {
				if s := d.sentOf[ref{p.ID, i}]; s != nil && !yield(ref{p.ID, i}, s) {
					return
				}
			}
			if read++; read == n {
				return
			}
		}
	}
}

// firstBodySentence returns where the first sentence of a's first body
// paragraph stands; ok is false when a has no body paragraph.
func firstBodySentence(a *corpus.Article) (at ref, ok bool) {
	for _, p := range a.Passages {
		if p.Kind == corpus.KindParagraph {
			return ref{p.ID, 0}, true
		}
	}
	return ref{}, false
}

// titleCover is how much of words of question q the headline of the article whose lead
// reports f holds: a headline names the lead's event in other words ("Bắt
// quả tang 13 đối tượng …" over "…, 13 đối tượng … bị phát hiện, bắt
// giữ"); 0 when f is not read from a lead or there is no headline.
func (d *document) titleCover(q question, words []word, f corpus.Fact) float64 {
	lead, ok := d.passages[f.Passage]
	if !ok || lead.Kind != corpus.KindLead || len(words) == 0 {
		return 0
	}
	a := d.byID[lead.Article]
	if a == nil || len(a.Passages) == 0 || a.Passages[0].Kind != corpus.KindTitle {
		return 0
	}
	t := d.sentOf[ref{a.Passages[0].ID, 0}]
	if t == nil {
		return 0
	}
	return d.overlapOf(q, words, t).coverage()
}

// eventStages name one stage of an event or a campaign ("khai mạc", "bế
// mạc", "tổng kết"), as phrases of words.
var eventStages = phrasesOf(lexicon.MustSet("event_stage_words").Words())

// otherStage reports whether question q names a stage of an event
// (event_stage_words) that the lead sentence s does not write while s
// writes another: the lead dates the stage it tells, not the one asked
// ("ngày hội khai mạc ngày nào" of "Sáng 19-10, … tổ chức bế mạc ngày hội
// …").
func otherStage(q question, s *sent) bool {
	asked, told := false, false
	for _, st := range eventStages.items {
		inQ := st.at(q.words) >= 0
		inS := stageWritten(s, st)
		if inQ && !inS {
			asked = true
		}
		if inS && !inQ {
			told = true
		}
	}
	return asked && told
}

// stageWritten reports whether s writes the words of phrase st one after
// another, folded.
func stageWritten(s *sent, st phraseWords) bool {
	n := len(st.folded)
	for k := 0; k+n <= len(s.fold); k++ {
		if slices.Equal(s.fold[k:k+n], st.folded) {
			return true
		}
	}
	return false
}
