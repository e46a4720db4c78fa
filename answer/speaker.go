package answer

import (
	"sort"
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

// The speaker of reported speech. News writing attributes what a person
// says in a few fixed frames: the speaker, with a title before or after the
// name, opens a part of the sentence and a verb of speech follows ("ông
// Trần Văn Lâu, Phó Chủ tịch UBND tỉnh, cho biết …", "Bí thư Tỉnh ủy Trần
// Văn Lâu nhấn mạnh, …", "…, anh H. cho hay"); a fronted verb of speech
// opens the sentence and the speaker the part after it ("Phát biểu tại
// buổi lễ, Thượng tá X …"); or an opener stands right before the speaker
// ("Theo Thượng tá X, …"). A who-question asks for that speaker when a verb
// of speech follows its question word ("ai phát biểu tại buổi lễ", "ai
// nhấn mạnh …", "ai là người chia sẻ …") or "theo" stands right before it
// ("theo ai …"). The answer is the person as the person generators render
// them: rank, name and first title.

var (
	// speechVerbs are the verbs by which news attributes what a person says.
	speechVerbs = lexicon.MustSet("speech_verbs")
	// speechQuestionVerbs are speechVerbs as a question types them.
	speechQuestionVerbs = speechVerbs.Words()
	// speakerQuestionOpeners stand right before a question word that asks
	// whose words are reported: "theo ai".
	speakerQuestionOpeners = lexicon.MustSet("speaker_question_openers")
)

// maxSpeakerGap is how many words a speaker's name with its apposition
// ("ông Trần Văn Lâu, Phó Chủ tịch UBND tỉnh Vĩnh Long, chiều 3/12") may
// run before its verb of speech.
const maxSpeakerGap = 24

// asksSpeaker reports whether q is a who-question about a person that asks
// who said what the article reports: a verb of speech follows its question
// word, past fillers and up to maxSourceVerbLead other words ("ai phát
// biểu", "ai là người chia sẻ", "ai đã nhấn mạnh"), or a speaker opener
// stands right before it ("theo ai"). A verb of speech capitalised in the
// question is part of a name.
func asksSpeaker(q question) bool {
	if q.wh != whWho || q.org || q.whAt < 0 || q.whEnd > len(q.words) {
		return false
	}
	if q.whAt > 0 {
		return speakerQuestionOpeners.Has(q.words[q.whAt-1].fold, lexicon.Folded)
	}
	i := q.whEnd
	for i < len(q.words) && q.words[i].isFiller() {
		i++
	}
	for k := i; k < len(q.words) && k-i <= maxSourceVerbLead; k++ {
		if q.words[k].cap {
			continue
		}
		for _, p := range speechQuestionVerbsList.items {
			if p.startsIn(q.words[k:]) {
				return true
			}
		}
	}
	return false
}

// personSpan is where a person the article names stands in a sentence, and
// how the person generators render them.
type personSpan struct {
	at, end int    // the name's first word and the word after its last
	render  string // rank, name and first title: "Trần Văn Lâu (Bí thư Tỉnh ủy)"
}

// renderPerson renders a person fact as the person generators answer
// with it: rank, name and first title ("Đại tá Nguyễn Văn A (Giám đốc
// Công an tỉnh)").
func renderPerson(f *corpus.Fact) string {
	t := f.RankedName()
	if len(f.Titles) > 0 {
		t += " (" + f.Titles[0] + ")"
	}
	return t
}

// personsIn returns the people of the article that s names, in the order
// s writes them.
func (d *document) personsIn(s *sent) []personSpan {
	var out []personSpan
	for _, i := range d.factsOf[s.art.ID] {
		f := d.facts[i]
		if f.Type != corpus.FactPerson || !strings.Contains(s.text, f.Name) {
			continue
		}
		toks := analysis.Tokens(f.Name)
		at := tokensAt(s, toks)
		if at < 0 {
			continue
		}
		out = append(out, personSpan{at, at + len(toks), renderPerson(&f)})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].at < out[b].at })
	return out
}

// tokensAt returns the position of s where the words of toks stand in a
// row, read in lower case, or -1 (unlike sent.wordsAt, which compares
// folded words at a given position): the first of startsOf.
func tokensAt(s *sent, toks []analysis.Token) int {
	lower := make([]string, len(toks))
	for j, t := range toks {
		lower[j] = analysis.Lower(t.Text)
	}
	if at := startsOf(s, lower); len(at) > 0 {
		return at[0]
	}
	return -1
}

// speakerAt reports whether the name at position at of s, which ends
// before end, is the speaker of a verb of speech of s, with the next
// person s names at position next (len(s.lower) if none): an opener ends
// right before it, past a title or a person marker only ("Theo Thượng tá
// X"); a verb of speech stands in the sentence's first part and the name
// opens its next part (frontedSpeech, frontedDoer); or the name opens its
// part of the sentence, past a title or a person marker only, and a verb
// of speech follows it within maxSpeakerGap words, before the next person.
func speakerAt(s *sent, at, end, next int) bool {
	if at < 0 || at >= len(s.lower) {
		return false
	}
	for e := at; e >= 0 && at-e <= maxAgentTitle; e-- {
		if phraseEndsAt(s, sourceOpeners, e) && opensName(s, e, at) {
			return true
		}
	}
	if frontedSpeech(s) && frontedDoer(s, at, 0) {
		return true
	}
	start := at
	for start > 0 && !strings.ContainsAny(s.text[s.ends[start-1]:s.starts[start]], ",;:") {
		start--
	}
	if !opensName(s, start, at) {
		return false
	}
	for v := end; v < len(s.lower) && v < next && v-at <= maxSpeakerGap; v++ {
		if phraseStartsAt(s, speechVerbs, v) {
			return true
		}
	}
	return false
}

// frontedSpeech reports whether a verb of speech stands in the first part
// of s, before its first comma: "Phát biểu tại buổi lễ, …", "Dự và phát
// biểu chỉ đạo đại hội, …".
func frontedSpeech(s *sent) bool {
	for v := 0; v < len(s.lower); v++ {
		if v > 0 && strings.Contains(s.text[s.ends[v-1]:s.starts[v]], ",") {
			return false
		}
		if phraseStartsAt(s, speechVerbs, v) {
			return true
		}
	}
	return false
}

// speakers returns the people s gives as speakers of what it reports, as
// the person generators render them, in the order s writes them.
func (d *document) speakers(s *sent) []personSpan {
	ps := d.personsIn(s)
	var out []personSpan
	for i, p := range ps {
		next := len(s.lower)
		if i+1 < len(ps) {
			next = ps[i+1].at
		}
		if speakerAt(s, p.at, p.end, next) {
			out = append(out, p)
		}
	}
	return out
}

// speakerIn returns the first person s gives as the speaker of what it
// reports, rendered as the person generators render them, or "".
func (d *document) speakerIn(s *sent) string {
	if sp := d.speakers(s); len(sp) > 0 {
		return sp[0].render
	}
	return ""
}

// speakerNamed reports, for a question that asks who said what is
// reported, whether the answer opens with a speaker its sentence names;
// known is false for other questions, or when the answer is not found in
// the sentence.
func (d *document) speakerNamed(q question, s *sent, answer []analysis.Token) (named, known bool) {
	if !asksSpeaker(q) {
		return false, false
	}
	at := answerAt(s, answer)
	if at < 0 {
		return false, false
	}
	for _, p := range d.speakers(s) {
		if at >= p.at-maxAgentTitle && at < p.end && opensName(s, at, p.at) {
			return true, true
		}
	}
	return false, true
}
