package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// Curated answers are written by editors, with "hoidap curate" or from the
// bot with /traloi, for a question on one article. The bot gives one,
// marked as the editors', to the question however it is typed (the key of
// analysis.QuestionKey), as long as the article's text is unchanged; a
// stale one is left for review ("hoidap curate --list").

// curatedAuthor is the author kept with the answers written from the bot:
// never an editor's name or id.
const curatedAuthor = "editors"

// respond answers r: with the editors' answer kept for the question on the
// article it goes to, when there is one and the article is unchanged;
// otherwise from the engine, showing "typing" in chat if it is slow. It
// also returns the article the answer was looked up in, for its related
// questions: "" for a choose answer. The question is picked (routed) once.
func (b *Bot) respond(ctx context.Context, chat int64, thread int, r library.Request) (answer.Answer, string) {
	p := b.engine.Pick(ctx, r)
	article := p.Article
	if !b.known(article) {
		article = ""
	}
	if a, ok := b.curated(ctx, r, article); ok {
		return a, article
	}
	a := b.ask(ctx, chat, thread, r, p)
	if a.Article != "" {
		article = a.Article
	}
	return a, article
}

// curated returns the current curated answer to r on article, the one the
// engine picked for it, and marks it used. A store error is logged and
// taken as no curated answer.
func (b *Bot) curated(ctx context.Context, r library.Request, article string) (answer.Answer, bool) {
	key := analysis.QuestionKey(r.Question)
	if key == "" {
		return answer.Answer{}, false
	}
	m, ok := b.engine.Meta(article)
	if !ok {
		return answer.Answer{}, false
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	if keys, ok := b.curatedKeys(sctx, article); !ok || !keys[key] {
		return answer.Answer{}, false
	}
	c, ok, err := b.state.st.Curated(sctx, article, key)
	if err != nil {
		b.log.Warn("reading curated answers; answering without them", "err", err)
		return answer.Answer{}, false
	}
	if !ok {
		return answer.Answer{}, false
	}
	if !library.CuratedCurrent(c, m) {
		b.log.Info("curated answer is stale: the article changed", "article", article)
		return answer.Answer{}, false
	}
	c.Used = b.clock.Now()
	if err := b.state.st.SetCurated(sctx, c); err != nil {
		b.log.Warn("marking a curated answer used", "err", err)
	}
	return library.CuratedAnswer(c, r.Question), true
}

// curatedKeys is the set of the keys of an article's curated answers.
type curatedKeys map[string]bool

// curatedTTL is how long the keys of an article's curated answers are kept
// in memory: an answer written on another replica, or with "hoidap
// curate", is given at most that long after.
const curatedTTL = 30 * time.Second

// curatedKeys returns the keys of the curated answers of article, from
// memory or the store, so that most questions cost no store query; ok is
// false when the store cannot be read (logged).
func (b *Bot) curatedKeys(ctx context.Context, article string) (curatedKeys, bool) {
	if keys, ok := b.curatedSet.get(article); ok {
		return keys, true
	}
	cs, err := b.state.st.CuratedList(ctx, article)
	if err != nil {
		b.log.Warn("reading curated answers; answering without them", "err", err)
		return nil, false
	}
	keys := curatedKeys{}
	for _, c := range cs {
		keys[c.Key] = true
	}
	b.curatedSet.put(article, keys)
	return keys, true
}

// onCurate handles /traloi <code> <answer>: a bot admin, in a private chat,
// answers the question of /thongke with that code, for the article it was
// asked about.
func (b *Bot) onCurate(ctx context.Context, req request) {
	m := req.msg
	if !b.editorOnly(ctx, req) {
		return
	}
	code, text, _ := strings.Cut(strings.TrimSpace(req.text), " ")
	text = strings.TrimSpace(text)
	if code == "" || text == "" {
		b.reply(ctx, m, "Gõ <code>/traloi mã câu trả lời</code>, với mã của một câu trong /thongke, ví dụ:\n<code>/traloi "+
			esc(exampleCode)+" 3 tập thể và 6 cá nhân.</code>", nil)
		return
	}
	if n := utf8.RuneCountInString(text); n > answer.MaxAnswer {
		b.reply(ctx, m, fmt.Sprintf("Câu trả lời dài %d ký tự, tối đa %d. Bạn viết gọn lại giúp mình nhé!", n, answer.MaxAnswer), nil)
		return
	}
	u, ok, err := b.unansweredByCode(ctx, code)
	if err != nil {
		b.log.Warn("reading the report for /traloi", "err", err)
		b.reply(ctx, m, storeTrouble, nil)
		return
	}
	meta, known := b.engine.Meta(u.Article)
	if !ok || !known {
		b.reply(ctx, m, "Mình không tìm thấy câu có mã <code>"+esc(truncate(code, 20))+"</code> trong thống kê 7 ngày qua. Gõ /thongke để xem các mã.", nil)
		return
	}
	key := analysis.QuestionKey(u.Question)
	if key == "" {
		b.reply(ctx, m, "Câu này không có từ nào để nhận ra khi hỏi lại, nên mình không lưu câu trả lời được.", nil)
		return
	}
	c := store.Curated{
		Article:     u.Article,
		Key:         key,
		Question:    u.Question,
		Answer:      text,
		ArticleHash: meta.Hash,
		Author:      curatedAuthor,
		Updated:     b.clock.Now(),
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	_, replaced, err := b.state.st.Curated(sctx, c.Article, c.Key)
	if err == nil {
		err = b.state.st.SetCurated(sctx, c)
	}
	if err != nil {
		b.log.Warn("keeping a curated answer", "err", err)
		b.reply(ctx, m, storeTrouble, nil)
		return
	}
	b.curatedSet.remove(c.Article)
	b.log.Info("curated answer kept", "article", c.Article, "replaced", replaced)
	verb := "Đã lưu"
	if replaced {
		verb = "Đã thay"
	}
	b.reply(ctx, m, fmt.Sprintf("✅ %s câu trả lời cho «%s» (bài «%s»):\n<b>%s</b>\n\nTừ giờ ai hỏi câu này, mình trả lời như vậy, ghi rõ là của ban biên tập.",
		verb, esc(u.Question), esc(truncate(meta.Title, 120)), esc(text)), nil)
}

// storeTrouble is the reply when the store cannot be read or written.
const storeTrouble = "Mình chưa đọc/ghi được dữ liệu lúc này, bạn thử lại sau ít phút nhé."

// unansweredByCode returns the question of the last statsDays days whose
// code (see questionCode) is code.
func (b *Bot) unansweredByCode(ctx context.Context, code string) (store.Unanswered, bool, error) {
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	r, err := b.state.st.Report(sctx, b.clock.Now().Add(-statsPeriod), 0)
	if err != nil {
		return store.Unanswered{}, false, err
	}
	code = strings.ToLower(code)
	for _, u := range r.Unanswered {
		if u.Article != "" && questionCode(u.Article, u.Question) == code {
			return u, true, nil
		}
	}
	return store.Unanswered{}, false, nil
}
