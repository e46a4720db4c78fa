package answer

import (
	"fmt"
	"strconv"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/lexicon"
)

var (
	// publishCues ask when the article was posted: "đăng", "xuất bản".
	publishCues = lexicon.MustSet("publish_cues")
	// newspaperNouns ask which paper the article is from: "báo nào".
	newspaperNouns = lexicon.MustSet("newspaper_nouns")
)

// postedScore is the generator's confidence in the date line (or the
// header's stamp) as the time the article was posted: the paper prints it.
const postedScore = 0.9

// posted answers when the article itself was posted ("Bài đăng ngày
// nào?", "Bài đăng lúc mấy giờ?", "Tin này tháng mấy?") from its date line
// and the stamp beside it (corpus.Article.Posted, PostedAt), not from the
// event it reports: the question's content words all name the article or
// its posting, one of them the article. A time of the kind asked the
// article's header does not give is no answer.
func (d *document) posted(q question, content []word, sc *scope) candidate {
	if q.wh != whWhen || q.side != sideNone || len(content) == 0 {
		return candidate{}
	}
	// "bài phát biểu diễn ra lúc nào" asks of an event.
	if !asksOfArticle(content, func(w word) bool { return publishCues.Has(w.text, lexicon.AsTyped) }) {
		return candidate{}
	}
	a := d.askedArticle(sc)
	if a == nil || a.Posted.Year == 0 || len(a.Passages) == 0 {
		return candidate{}
	}
	ans := postedAnswer(q.when, a.Posted, a.PostedAt, a.DateLine)
	if ans == "" {
		return candidate{}
	}
	return candidate{answer: ans, kind: KindFact, score: postedScore, refs: []ref{{a.Passages[0].ID, 0}}}
}

// postedAnswer writes the posting time of the kind asked (when, as
// question.when): the hour and the day ("Lúc 18:13 ngày 08/08/2025."), the
// day, the month or the year; "" when the header does not give it. A day
// is kept as the article writes it: as the header's stamp writes it, or,
// when only the date line (line, "2025-09-30") gives it, in the usual way
// with the date line's own form beside it.
func postedAnswer(when string, d corpus.Date, at, line string) string {
	month := strconv.Itoa(d.Month) + "/" + strconv.Itoa(d.Year)
	switch when {
	case whenClock:
		if at != "" {
			return fmt.Sprintf(msgPostedAt, at, d.String())
		}
	case whenDay:
		if d.Day != 0 {
			return postedDay(d, line)
		}
	case whenMonth:
		return fmt.Sprintf(msgPostedMonth, month)
	case whenYear:
		return fmt.Sprintf(msgPostedYear, d.Year)
	case whenAny:
		if d.Day == 0 {
			return fmt.Sprintf(msgPostedMonth, month)
		}
		return postedDay(d, line)
	}
	return ""
}

// postedDay writes the posting day d: as its stamp writes it ("Ngày
// 09/06/2025."), or, when only the date line gives it, with the line's
// form beside it ("Ngày 30/9/2025 (2025-09-30).").
func postedDay(d corpus.Date, line string) string {
	if d.Written != "" || line == "" {
		return fmt.Sprintf(msgPostedDay, d.String())
	}
	return fmt.Sprintf(msgPostedDayLine, d.String(), line)
}

// askedArticle is the article a question is about: the only one, or the
// one its scope leads to first; nil when there is none.
func (d *document) askedArticle(sc *scope) *corpus.Article {
	switch {
	case len(d.articles) == 1:
		return d.articles[0]
	case len(sc.passages) > 0:
		if p := d.passages[sc.passages[0]]; p != nil {
			return d.byID[p.Article]
		}
	}
	return nil
}

// newspaper answers which paper or site the article comes from ("Bài này
// của báo nào?", "Báo nào đưa tin?") with the source its header names
// (corpus.Article.Source): the question asks "… nào" of a newspaper noun,
// and its content words all name the article, its posting or its paper,
// one of them, besides the noun asked, the article.
func (d *document) newspaper(q question, content []word, sc *scope) candidate {
	if q.wh != whWhat && q.wh != whWho && q.wh != whWhere || q.whAt == 0 || len(content) == 0 {
		return candidate{}
	}
	asked := q.words[q.whAt-1]
	if !newspaperNouns.Has(asked.text, lexicon.AsTyped) {
		return candidate{}
	}
	// Besides the noun asked, the words name the article: "bão nào gây
	// thiệt hại" asks of something else.
	if !asksOfArticle(without(content, asked.fold), func(w word) bool {
		return publishCues.Has(w.text, lexicon.AsTyped) || newspaperNouns.Has(w.text, lexicon.AsTyped)
	}) {
		return candidate{}
	}
	a := d.askedArticle(sc)
	if a == nil || a.Source == "" || len(a.Passages) == 0 {
		return candidate{}
	}
	return candidate{answer: a.Source + ".", kind: KindFact, score: postedScore, refs: []ref{{a.Passages[0].ID, 0}}}
}

// asksOfArticle reports whether a question's content words all ask of the
// article itself: each names the article ("bài", "tin") or is one that
// about reports of it, and one at least names the article.
func asksOfArticle(content []word, about func(word) bool) bool {
	noun := false
	for _, w := range content {
		switch {
		case articleNouns.Has(w.text, lexicon.AsTyped):
			noun = true
		case about(w):
		default:
			return false
		}
	}
	return noun
}
