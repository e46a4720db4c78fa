package bot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
)

// fakeEngine answers from a fixed table, deterministically, and records
// what it was asked.
type fakeEngine struct {
	articles []*corpus.Article
	answers  map[string]answer.Answer // by question
	order    []string                 // suggestions
	delay    time.Duration            // before every answer
	gate     chan struct{}            // when set, every answer waits for it to close

	mu    sync.Mutex
	asked []askRecord
}

type askRecord struct {
	question string
	prev     *answer.Turn
	req      library.Request
}

// fakeArticle is the fake engine's article.
const fakeArticle = "000_test"

// qid, lid and pid are the button ids of a question of the fake article,
// its alert, and a passage.
func qid(q string) string { return questionID(idQuestion, fakeArticle, q) }
func lid(q string) string { return questionID(idAlert, fakeArticle, q) }
func pid(p string) string {
	id, _ := passageID(p)
	return id
}

// The fake article has HTML's special characters in its title, and a
// passage long enough to be split.
func newFakeEngine() *fakeEngine {
	long := strings.Repeat("Đây là một câu rất dài của đoạn văn. ", 60) + "\n"
	art := &corpus.Article{
		ID:     "000_test",
		Title:  "Hội nghị <tổng kết> & khen thưởng",
		Source: "QNO",
		Date:   corpus.Date{Year: 2024, Month: 9, Day: 19, Written: "19/9"},
		Passages: []corpus.Passage{
			{ID: "000_test/title1", Article: "000_test", Kind: corpus.KindTitle, Text: "Hội nghị <tổng kết> & khen thưởng"},
			{ID: "000_test/p1", Article: "000_test", Kind: corpus.KindParagraph, Text: "Có 55 mô hình được triển khai."},
			{ID: "000_test/p2", Article: "000_test", Kind: corpus.KindParagraph, Text: "Tại hội nghị, Bộ Công an tặng Bằng khen cho 3 tập thể. Giám đốc Công an tỉnh khen 12 cá nhân."},
			{ID: "000_test/p3", Article: "000_test", Kind: corpus.KindParagraph, Text: strings.Repeat(long, 5)},
		},
	}
	e := &fakeEngine{articles: []*corpus.Article{art}, answers: map[string]answer.Answer{}}
	add := func(q, short, passage, text string) {
		e.answers[q] = answer.Answer{
			Question: q, Answer: short, Kind: answer.KindFact, Confidence: 0.9,
			Reply:   short + "\n" + text,
			Sources: []answer.Source{{ID: passage, Article: art.ID, Text: text, Newspaper: "QNO", Date: "19/9/2024"}},
		}
		e.order = append(e.order, q)
	}
	add("bao nhiêu mô hình?", "55 mô hình", "000_test/p1", "Có 55 mô hình được triển khai.")
	add("ai được tặng Bằng khen?", "3 tập thể", "000_test/p2", "Bộ Công an tặng Bằng khen cho 3 tập thể.")
	// The same question as the last, in other words: never offered twice.
	add("Ai đã được tặng bằng khen vậy?", "3 tập thể", "000_test/p2", "Bộ Công an tặng Bằng khen cho 3 tập thể.")
	add("AI DUOC TANG BANG KHEN", "3 tập thể", "000_test/p2", "Bộ Công an tặng Bằng khen cho 3 tập thể.")
	add("bài báo dài không?", "rất dài", "000_test/p3", "Đây là một câu rất dài của đoạn văn.")
	add("ai tổ chức <hội nghị>?", "Công an tỉnh <Quảng Nam> & đối tác", "000_test/title1", "Hội nghị <tổng kết> & khen thưởng")
	for q, a := range e.answers {
		for _, s := range e.order {
			if s != q {
				a.Suggestions = append(a.Suggestions, s)
			}
		}
		e.answers[q] = a
	}
	return e
}

func (e *fakeEngine) Ask(ctx context.Context, r library.Request) answer.Answer {
	return e.AskPicked(ctx, r, e.Pick(ctx, r))
}

// Pick picks the fake article, with the previous turn.
func (e *fakeEngine) Pick(_ context.Context, r library.Request) library.Pick {
	return library.Pick{Article: fakeArticle, Prev: r.Prev}
}

func (e *fakeEngine) AskPicked(ctx context.Context, r library.Request, p library.Pick) answer.Answer {
	a := e.ask(ctx, r.Question, p.Prev, r)
	if a.Kind != answer.KindNone {
		a.Article = fakeArticle
	}
	return a
}

func (e *fakeEngine) ask(ctx context.Context, question string, prev *answer.Turn, r library.Request) answer.Answer {
	e.mu.Lock()
	e.asked = append(e.asked, askRecord{question, prev, r})
	e.mu.Unlock()
	if e.gate != nil {
		select {
		case <-e.gate:
		case <-ctx.Done():
		}
	}
	if e.delay > 0 {
		select {
		case <-time.After(e.delay):
		case <-ctx.Done():
		}
	}
	q := strings.TrimSpace(question)
	if q == "panic!" {
		panic("fake engine: asked to panic")
	}
	if a, ok := e.answers[q]; ok {
		return a
	}
	if strings.HasPrefix(q, "còn ") && prev != nil {
		// A follow-up, read in the light of the previous turn.
		a := prev.Answer
		a.Question = q
		a.Answer = "tiếp theo: " + prev.Question
		return a
	}
	if strings.HasPrefix(q, "echo ") {
		// Echoes the question as the answer, for tests of order and
		// escaping.
		return answer.Answer{Question: q, Answer: strings.TrimPrefix(q, "echo "), Kind: answer.KindPassage, Confidence: 0.5,
			Sources: []answer.Source{{ID: "000_test/p1", Article: "000_test", Text: q, Newspaper: "QNO", Date: "19/9/2024"}}}
	}
	return answer.Answer{Question: q, Kind: answer.KindNone, Sources: []answer.Source{},
		Reply: "Bài báo không nói về điều này.", Suggestions: e.order}
}

func (e *fakeEngine) Articles() []library.Meta {
	var out []library.Meta
	for _, a := range e.articles {
		out = append(out, library.Meta{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date})
	}
	return out
}

func (e *fakeEngine) Meta(id string) (library.Meta, bool) {
	for _, m := range e.Articles() {
		if m.ID == id {
			return m, true
		}
	}
	return library.Meta{}, false
}

func (e *fakeEngine) Route(context.Context, string) library.Route { return library.Route{} }

func (e *fakeEngine) Passage(_ context.Context, id string) (corpus.Passage, bool) {
	for _, a := range e.articles {
		for _, p := range a.Passages {
			if p.ID == id {
				return p, true
			}
		}
	}
	return corpus.Passage{}, false
}

func (e *fakeEngine) Suggestions(_ context.Context, article string, n int) []string {
	if article != fakeArticle {
		return nil
	}
	return e.order[:min(n, len(e.order))]
}

func (e *fakeEngine) Summary(_ context.Context, article string) (answer.Summary, bool) {
	if article != fakeArticle {
		return answer.Summary{}, false
	}
	return answer.Summary{
		Article:    e.articles[0],
		What:       "Hội nghị <tổng kết> phong trào",
		When:       "19/9/2024",
		Where:      "Tam Kỳ",
		Organisers: []string{"Công an tỉnh Quảng Nam"},
		Numbers:    []string{"55 mô hình", "hơn 2.430 thông tin có giá trị"},
		Awards:     []string{"Bộ Công an tặng Bằng khen 3 tập thể"},
	}, true
}

// lastAsk returns the last question asked and its previous turn.
func (e *fakeEngine) lastAsk() askRecord {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.asked) == 0 {
		return askRecord{}
	}
	return e.asked[len(e.asked)-1]
}

// askedCount returns how many questions were asked.
func (e *fakeEngine) askedCount() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.asked)
}
