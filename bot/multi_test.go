package bot

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// The tests of this file run the bot on the real library over several
// articles: the seed and the Kon Tum games of testdata/articles/multi.

// generic is a question either article may be asked, naming neither: the
// Kon Tum article names its venue; the seed names none, and its engine
// says so.
const generic = "Buổi lễ diễn ra ở đâu?"

// genericWhen is a question either article answers, naming neither.
const genericWhen = "Buổi lễ diễn ra khi nào?"

// multiBot runs a bot over the two articles of testdata/articles/multi.
func multiBot(t *testing.T, opts ...func(*Config)) (*harness, *library.Library) {
	t.Helper()
	lib := articleEngine(t, "articles/multi")
	opts = append([]func(*Config){func(c *Config) { c.FloodPerMin = -1 }}, opts...)
	return startEngine(t, lib, opts...), lib
}

// fromArticle reports whether a message's source line names article.
func fromArticle(t *testing.T, lib *library.Library, text, article string) bool {
	t.Helper()
	m, ok := lib.Meta(article)
	if !ok {
		t.Fatalf("no article %s", article)
	}
	return strings.Contains(text, "«"+esc(truncate(m.Title, 120))+"»")
}

// botMsg is a message of the bot with id in chat, for a button under it
// or a reply to it.
func botMsg(chat models.Chat, id int) *models.Message {
	return &models.Message{ID: id, Date: 1700000000, Chat: chat, From: &models.User{ID: testBotID, IsBot: true, Username: testUsername}}
}

// edits returns the successful editMessageText calls in chat.
func (h *harness) edits(chat int64) []apiCall {
	var out []apiCall
	for _, c := range h.api.record("editMessageText") {
		if c.Err == "" && c.chat() == chat {
			out = append(out, c)
		}
	}
	return out
}

// waitEdits waits for n edits in chat.
func (h *harness) waitEdits(chat int64, n int) []apiCall {
	h.t.Helper()
	h.api.wait("editMessageText", func([]apiCall) bool { return len(h.edits(chat)) >= n })
	return h.edits(chat)
}

// TestChooseAnArticle asks a generic question of two articles: the bot
// asks which, a tap answers the waiting question from the one chosen and
// makes it the chat's; the next generic question is answered from it, a
// question naming the other article from that one.
func TestChooseAnArticle(t *testing.T) {
	h, lib := multiBot(t)
	const user = 31000
	chat := models.Chat{ID: user, Type: models.ChatTypePrivate}
	h.api.push(update(privateMsg(user, generic)))
	choose := h.waitSends(user, 1)[0]
	if !strings.Contains(choose.text(), "Bạn hỏi về sự kiện nào?") {
		t.Fatalf("reply %q, want the choose question", choose.text())
	}
	rows := choose.keyboard(t)
	if len(rows) != 2 {
		t.Fatalf("choose keyboard %+v, want 2 articles", rows)
	}
	var tapKontum string
	for _, row := range rows {
		id, ok := h.bot.ids.resolve(context.Background(), row[0].CallbackData)
		if !ok || id.kind != idChoose {
			t.Fatalf("button %+v does not resolve to a choice", row[0])
		}
		m, _ := lib.Meta(id.article)
		if !strings.Contains(row[0].Text, m.Date.String()) {
			t.Errorf("button %q lacks its article's date %s", row[0].Text, m.Date)
		}
		if id.article == kontumID {
			tapKontum = row[0].CallbackData
		}
	}
	h.api.push(callbackUpdate(botMsg(chat, choose.MsgID), user, tapKontum))
	edit := h.waitEdits(user, 1)[0]
	if edit.Params["message_id"] != itoa(choose.MsgID) || !fromArticle(t, lib, edit.text(), kontumID) || !strings.Contains(strings.ToLower(edit.text()), "nhà văn hóa") {
		t.Errorf("the choose message became %q, want the Kon Tum answer", edit.text())
	}
	if got := h.bot.state.article(context.Background(), user); got != kontumID {
		t.Errorf("chat's article %q after the choice, want %s", got, kontumID)
	}

	tests := []struct {
		question, article, want string
	}{
		{generic, kontumID, "nhà văn hóa"},
		{"Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?", kontumID, "12/11"},
		{"Đại tá Nguyễn Thế Chi giữ chức vụ gì?", seedID, "phó cục trưởng"},
	}
	for i, tt := range tests {
		h.api.push(update(privateMsg(user, tt.question)))
		c := h.waitSends(user, 2+i)[1+i]
		if !fromArticle(t, lib, c.text(), tt.article) || !strings.Contains(strings.ToLower(c.text()), tt.want) {
			t.Errorf("%q: answer %q, want %q from %s", tt.question, c.text(), tt.want, tt.article)
		}
	}
	if n := len(h.edits(user)); n != 1 {
		t.Errorf("%d edits, want 1", n)
	}
}

// TestChooseWithoutQuestion taps a choice when no question waits (another
// user's choose message): the article becomes the chat's and is
// confirmed.
func TestChooseWithoutQuestion(t *testing.T) {
	h, lib := multiBot(t)
	const group, asker, other = -31100, 31101, 31102
	h.api.push(update(groupMsg(group, asker, "/hoi "+genericWhen)))
	choose := h.waitSends(group, 1)[0]
	chat := models.Chat{ID: group, Type: models.ChatTypeSupergroup}
	h.api.push(callbackUpdate(botMsg(chat, choose.MsgID), other, articleID(idChoose, seedID)))
	edit := h.waitEdits(group, 1)[0]
	m, _ := lib.Meta(seedID)
	if !strings.Contains(edit.text(), "Đã chọn bài: <b>"+esc(m.Title)) {
		t.Errorf("edit %q, want the choice confirmed", edit.text())
	}
	if len(edit.keyboard(t)) > 1 {
		t.Errorf("%d rows of buttons in a group", len(edit.keyboard(t)))
	}
	// The asker's question still waits: their tap answers it.
	h.api.push(callbackUpdate(botMsg(chat, choose.MsgID), asker, articleID(idChoose, seedID)))
	if edit := h.waitEdits(group, 2)[1]; !fromArticle(t, lib, edit.text(), seedID) {
		t.Errorf("the asker's choice gave %q, want an answer from the seed", edit.text())
	}
}

// TestReplyToAnnouncement: a reply to the announcement of an article is
// answered from it, whatever the chat's article is.
func TestReplyToAnnouncement(t *testing.T) {
	h, lib := multiBot(t)
	const group = -31200
	ctx := context.Background()
	if err := h.bot.Announce(ctx, itoa(group), kontumID); err != nil {
		t.Fatal(err)
	}
	ann := h.waitSends(group, 1)[0]
	if !strings.Contains(ann.text(), "📢") || !strings.Contains(ann.text(), "Kon Tum") {
		t.Errorf("announcement %q", ann.text())
	}
	if err := h.bot.Announce(ctx, itoa(group), seedID); err != nil {
		t.Fatal(err)
	}
	h.waitSends(group, 2)
	if got := h.bot.state.article(ctx, group); got != seedID {
		t.Errorf("chat's article %q after the second announcement, want the seed", got)
	}
	reply := groupMsg(group, 5, genericWhen)
	reply.ReplyToMessage = botMsg(models.Chat{ID: group, Type: models.ChatTypeSupergroup}, ann.MsgID)
	h.api.push(update(reply))
	if c := h.waitSends(group, 3)[2]; !fromArticle(t, lib, c.text(), kontumID) {
		t.Errorf("reply to the Kon Tum announcement answered %q", c.text())
	}
	// Not a reply: the chat's article, the seed's, announced last.
	h.api.push(update(groupMsg(group, 6, "/hoi "+genericWhen)))
	if c := h.waitSends(group, 4)[3]; !fromArticle(t, lib, c.text(), seedID) {
		t.Errorf("question in the group answered %q, want the seed", c.text())
	}
	// A reply to the answer from Kon Tum follows it.
	ans := h.sendsTo(group)[2]
	reply = groupMsg(group, 7, "Lễ bế mạc diễn ra vào ngày nào?")
	reply.ReplyToMessage = botMsg(models.Chat{ID: group, Type: models.ChatTypeSupergroup}, ans.MsgID)
	h.api.push(update(reply))
	if c := h.waitSends(group, 5)[4]; !fromArticle(t, lib, c.text(), kontumID) || !strings.Contains(c.text(), "12/11") {
		t.Errorf("reply to a Kon Tum answer answered %q", c.text())
	}
}

// TestArticleDeepLink opens the bot with a deep link to an article: it
// becomes the chat's; an unknown one is told.
func TestArticleDeepLink(t *testing.T) {
	h, lib := multiBot(t)
	const user = 31300
	h.api.push(update(privateMsg(user, "/start "+articleLink(kontumID))))
	c := h.waitSends(user, 1)[0]
	if !strings.Contains(c.text(), "Đã chọn bài") || !strings.Contains(c.text(), "Kon Tum") || len(callbacks(t, c)) == 0 {
		t.Errorf("deep link reply %q, want the article confirmed with questions", c.text())
	}
	h.api.push(update(privateMsg(user, generic)))
	if c := h.waitSends(user, 2)[1]; !fromArticle(t, lib, c.text(), kontumID) {
		t.Errorf("after the deep link: %q", c.text())
	}
	h.api.push(update(privateMsg(user, "/start a_999_nope")))
	if c := h.waitSends(user, 3)[2]; !strings.Contains(c.text(), "không tìm thấy bài báo") || !strings.Contains(c.text(), "/baiviet") {
		t.Errorf("unknown article: %q", c.text())
	}
	if got := h.bot.state.article(context.Background(), user); got != kontumID {
		t.Errorf("an unknown deep link changed the chat's article to %q", got)
	}
}

// TestArticleLinks: an id that fits a start payload is linked as it is,
// another by a short hash that resolves.
func TestArticleLinks(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "multi", seedID+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ids := []string{"plain_id-1", "bài báo (bản sửa)", strings.Repeat("x", 70)}
	for _, id := range ids {
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	as, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := library.Open(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	h := startEngine(t, lib)
	for _, id := range ids {
		link := articleLink(id)
		if len(link) > 64 || !validPayload(link) || !strings.HasPrefix(link, "a_") {
			t.Errorf("link of %q is %q, not a start payload", id, link)
		}
		if got, ok := h.bot.articleFromLink(link); !ok || got != id {
			t.Errorf("link %q of %q resolves to %q, %v", link, id, got, ok)
		}
		if !deepLinkRE.MatchString(deepLink(testUsername, link)) {
			t.Errorf("deep link of %q is invalid", id)
		}
	}
	if got := articleLink("plain_id-1"); got != "a_plain_id-1" {
		t.Errorf("articleLink(plain_id-1) = %q", got)
	}
}

// TestArticlePages lists seven articles in pages of five, turns the page
// and picks one.
func TestArticlePages(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join("..", "testdata", "train")
	entries, err := os.ReadDir(train)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() || n == 7 {
			continue
		}
		data, err := os.ReadFile(filepath.Join(train, e.Name(), e.Name()+".txt"))
		if err != nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()+".txt"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		n++
	}
	as, err := corpus.Load(dir)
	if err != nil || len(as) != 7 {
		t.Fatalf("%d articles: %v", len(as), err)
	}
	lib, err := library.Open(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	h := startEngine(t, lib)
	const user = 31400
	chat := models.Chat{ID: user, Type: models.ChatTypePrivate}
	list := lib.Articles()

	h.api.push(update(privateMsg(user, "/baiviet")))
	page1 := h.waitSends(user, 1)[0]
	rows := page1.keyboard(t)
	if !strings.Contains(page1.text(), "trang 1/2") || len(rows) != 6 {
		t.Fatalf("first page %q with %d rows, want 5 articles and the pages", page1.text(), len(rows))
	}
	for i, row := range rows[:5] {
		if row[0].CallbackData != articleID(idPick, list[i].ID) {
			t.Errorf("row %d is %q, want %s, newest first", i, row[0].Text, list[i].ID)
		}
	}
	if nav := rows[5]; len(nav) != 1 || nav[0].Text != "Sau ▶" {
		t.Errorf("first page's navigation %+v", nav)
	}

	h.api.push(callbackUpdate(botMsg(chat, page1.MsgID), user, rows[5][0].CallbackData))
	page2 := h.waitEdits(user, 1)[0]
	rows = page2.keyboard(t)
	if !strings.Contains(page2.text(), "trang 2/2") || len(rows) != 3 || rows[2][0].Text != "◀ Trước" {
		t.Fatalf("second page %q, %+v", page2.text(), rows)
	}
	if rows[1][0].CallbackData != articleID(idPick, list[6].ID) {
		t.Errorf("second page's last article %q, want %s", rows[1][0].Text, list[6].ID)
	}

	h.api.push(callbackUpdate(botMsg(chat, page1.MsgID), user, rows[1][0].CallbackData))
	c := h.waitSends(user, 2)[1]
	if m, _ := lib.Meta(list[6].ID); !strings.Contains(c.text(), "Đã chọn bài: <b>"+esc(m.Title)) {
		t.Errorf("pick confirmed as %q, want %q", c.text(), m.Title)
	}
	if got := h.bot.state.article(context.Background(), user); got != list[6].ID {
		t.Errorf("chat's article %q, want %s", got, list[6].ID)
	}
	// A page out of range shows the nearest.
	h.api.push(update(privateMsg(user, "/baiviet 9")))
	if c := h.waitSends(user, 3)[2]; !strings.Contains(c.text(), "trang 2/2") {
		t.Errorf("/baiviet 9: %q", c.text())
	}
}

// TestSummaryOfArticles: /tomtat with an id, an unknown id, and without
// one when the chat has no article yet (it asks which, then summarises the
// one tapped and makes it the chat's).
func TestSummaryOfArticles(t *testing.T) {
	h, _ := multiBot(t)
	const user = 31500
	chat := models.Chat{ID: user, Type: models.ChatTypePrivate}
	tests := []struct {
		text    string
		want    string
		buttons int
	}{
		{"/tomtat " + kontumID, "📝", 0},
		{"/tomtat 000_nope", "không tìm thấy bài báo <code>000_nope</code>", 0},
	}
	for i, tt := range tests {
		h.api.push(update(privateMsg(user, tt.text)))
		c := h.waitSends(user, i+1)[i]
		if !strings.Contains(c.text(), tt.want) {
			t.Errorf("%s: %q lacks %q", tt.text, c.text(), tt.want)
		}
	}
	if got := h.sendsTo(user)[0].text(); !strings.Contains(got, "Kon Tum") {
		t.Errorf("summary of Kon Tum: %q", got)
	}

	// In a new chat: which one?
	const other = 31501
	h.api.push(update(privateMsg(other, "/tomtat")))
	c := h.waitSends(other, 1)[0]
	ids := callbacks(t, c)
	if len(ids) != 2 || ids[0] != articleID(idSummary, kontumID) {
		t.Fatalf("/tomtat without an article: %q with %v", c.text(), ids)
	}
	h.api.push(callbackUpdate(botMsg(models.Chat{ID: other, Type: models.ChatTypePrivate}, c.MsgID), other, ids[1]))
	if c := h.waitSends(other, 2)[1]; !strings.Contains(c.text(), "📝") || !strings.Contains(c.text(), "Khen thưởng") {
		t.Errorf("summary of the tapped article: %q", c.text())
	}
	if got := h.bot.state.article(context.Background(), other); got != seedID {
		t.Errorf("chat's article %q, want the seed", got)
	}
	_ = chat
}

// TestAnnounceArticle: /thongbao names the chat and the article; an
// unknown article is told.
func TestAnnounceArticle(t *testing.T) {
	h, _ := multiBot(t)
	h.api.chats["@kenhsukien"] = -31600
	tests := []struct {
		text   string
		target int64  // where the announcement goes, 0 for none
		reply  string // to the admin
	}{
		{"/thongbao @kenhsukien " + seedID, -31600, "Đã đăng thông báo"},
		{"/thongbao " + kontumID + " -31601", -31601, "Đã đăng thông báo"},
		{"/thongbao -31602", -31602, "Đã đăng thông báo"},
		{"/thongbao @kenhsukien 000_nope", 0, "không tìm thấy bài báo"},
	}
	want := map[int64]string{-31600: seedID, -31601: kontumID, -31602: kontumID} // the newest by default
	for i, tt := range tests {
		h.api.push(update(privateMsg(adminID, tt.text)))
		c := h.waitSends(adminID, i+1)[i]
		if !strings.Contains(c.text(), tt.reply) {
			t.Errorf("%s: reply %q lacks %q", tt.text, c.text(), tt.reply)
		}
		if tt.target == 0 {
			continue
		}
		ann := h.waitSends(tt.target, 1)[0]
		if !strings.Contains(ann.text(), "📢") {
			t.Errorf("%s: announcement %q", tt.text, ann.text())
		}
		if got := h.bot.state.article(context.Background(), tt.target); got != want[tt.target] {
			t.Errorf("%s: the chat's article is %q, want %s", tt.text, got, want[tt.target])
		}
	}
	if err := h.bot.Announce(context.Background(), "-31603", "000_nope"); !errors.Is(err, ErrUnknownArticle) {
		t.Errorf("Announce of an unknown article: %v", err)
	}
}

// TestInlineSeveralArticles: an inline query is answered from the article
// it names, and the result says which.
func TestInlineSeveralArticles(t *testing.T) {
	h, lib := multiBot(t)
	h.api.push(&models.Update{InlineQuery: &models.InlineQuery{ID: "iq", From: &models.User{ID: 31700}, Query: "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?"}})
	results := inlineResults(t, h.api.waitN("answerInlineQuery", 1)[0])
	if len(results) == 0 {
		t.Fatal("no results")
	}
	m, _ := lib.Meta(kontumID)
	first := results[0]
	if !strings.Contains(first.Title, "12/11") || !strings.Contains(first.Description, "📰 "+truncate(m.Title, 60)) {
		t.Errorf("first result %q / %q, want the Kon Tum answer labelled with its title", first.Title, first.Description)
	}
	if !fromArticle(t, lib, first.Text, kontumID) {
		t.Errorf("first result's message %q does not name its article", first.Text)
	}
}

// TestRestartKeepsState runs a bot over a SQLite store, then a second one
// over the same file: the chat's article and the last turn carry over. A
// generic question would be asked which article without either.
func TestRestartKeepsState(t *testing.T) {
	ctx := context.Background()
	url := "sqlite://" + filepath.Join(t.TempDir(), "hoidap.db")
	const talker, linked = 31800, 31801
	st1, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	h1, lib := multiBot(t, func(c *Config) { c.Store = st1 })
	h1.api.push(update(privateMsg(linked, "/start "+articleLink(kontumID))))
	h1.waitSends(linked, 1)
	h1.api.push(update(privateMsg(talker, "Hội thao các dân tộc thiểu số Kon Tum trao bao nhiêu huy chương Vàng?")))
	if c := h1.waitSends(talker, 1)[0]; !fromArticle(t, lib, c.text(), kontumID) {
		t.Fatalf("first question answered %q", c.text())
	}
	h1.stop()
	if err := st1.Close(); err != nil {
		t.Fatal(err)
	}

	st2, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	h2 := startEngine(t, lib, func(c *Config) { c.Store = st2 })
	if prev := h2.bot.state.turn(ctx, talker, talker); prev == nil || prev.Answer.Article != kontumID {
		t.Fatalf("the last turn after a restart: %+v", prev)
	}
	for i, tt := range []struct {
		user int64
		q    string
		want string
	}{
		{talker, "con huy chuong dong?", "54"}, // a follow-up of the turn before the restart
		{talker, generic, ""},                  // and another
		{linked, generic, ""},                  // the chat's article
	} {
		h2.api.push(update(privateMsg(tt.user, tt.q)))
		n := 1
		if tt.user == talker {
			n = i + 1
		}
		c := h2.waitSends(tt.user, n)[n-1]
		if !fromArticle(t, lib, c.text(), kontumID) || !strings.Contains(c.text(), tt.want) {
			t.Errorf("%q after a restart: %q, want %q from Kon Tum", tt.q, c.text(), tt.want)
		}
	}
}

// failingStore fails every state call.
type failingStore struct{ store.Store }

var errStoreDown = errors.New("database is down")

func (failingStore) State(context.Context, int64, string) ([]byte, bool, error) {
	return nil, false, errStoreDown
}

func (failingStore) SetState(context.Context, int64, string, []byte) error { return errStoreDown }

func (failingStore) Record(context.Context, store.Record) (int64, error) { return 0, errStoreDown }

func (failingStore) Feedback(context.Context, int64, int) error { return errStoreDown }

func (failingStore) Report(context.Context, time.Time, int) (store.Report, error) {
	return store.Report{}, errStoreDown
}

func (failingStore) CuratedList(context.Context, string) ([]store.Curated, error) {
	return nil, errStoreDown
}

func (failingStore) SetCurated(context.Context, store.Curated) error { return errStoreDown }

func (failingStore) Curated(context.Context, string, string) (store.Curated, bool, error) {
	return store.Curated{}, false, errStoreDown
}

// TestStoreFailing: with a store that fails, questions are still
// answered, buttons still work, and the failures are logged.
func TestStoreFailing(t *testing.T) {
	tests := []struct {
		name  string
		multi bool
		ask   string
		want  string
	}{
		{"one article", false, "bao nhiêu mô hình?", "<b>55 mô hình</b>"},
		{"several articles, named", true, "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?", "12/11"},
		{"several articles, generic", true, generic, "Bạn hỏi về sự kiện nào?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fail := func(c *Config) { c.Store = failingStore{} }
			var h *harness
			if tt.multi {
				h, _ = multiBot(t, fail)
			} else {
				h = start(t, fail)
			}
			const user = 31900
			h.api.push(update(privateMsg(user, tt.ask)))
			c := h.waitSends(user, 1)[0]
			if !strings.Contains(c.text(), tt.want) {
				t.Errorf("answer %q lacks %q", c.text(), tt.want)
			}
			h.api.push(update(privateMsg(user, "/baiviet")))
			h.waitSends(user, 2)
			if logs := h.logs.String(); !strings.Contains(logs, "chat state") || !strings.Contains(logs, errStoreDown.Error()) {
				t.Errorf("store failures not logged: %s", logs)
			}
		})
	}
}

// TestOneArticleNeverChooses: with one article, no question gets a
// choose message.
func TestOneArticleNeverChooses(t *testing.T) {
	h := startEngine(t, realEngine(t), func(c *Config) { c.FloodPerMin = -1 })
	const user = 32000
	qs := []string{generic, "ai dc tang giay khen", "xyz", "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?", "/tomtat", "/baiviet"}
	for i, q := range qs {
		h.api.push(update(privateMsg(user, q)))
		c := h.waitSends(user, i+1)[i]
		if strings.Contains(c.text(), "sự kiện nào") || strings.Contains(c.text(), "Bạn muốn xem tóm tắt bài nào") {
			t.Errorf("%q: %q asks which article", q, c.text())
		}
		for _, data := range callbacks(t, c) {
			if data[0] == idChoose || data[0] == idSummary || data[0] == idPick {
				t.Errorf("%q: an article button %q", q, data)
			}
		}
	}
}

// itoa is strconv.Itoa for any integer.
func itoa[T ~int | ~int64](n T) string { return strconv.FormatInt(int64(n), 10) }

// An inlineRes is what a test reads of an inline result.
type inlineRes struct {
	Title, Description, Text string
}

// inlineResults reads the results of an answerInlineQuery call.
func inlineResults(t *testing.T, c apiCall) []inlineRes {
	t.Helper()
	var rs []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Content     struct {
			Text string `json:"message_text"`
		} `json:"input_message_content"`
	}
	if err := json.Unmarshal([]byte(c.Params["results"]), &rs); err != nil {
		t.Fatal(err)
	}
	var out []inlineRes
	for _, r := range rs {
		out = append(out, inlineRes{r.Title, r.Description, r.Content.Text})
	}
	return out
}

// pickCounter is the library, counting the questions it picks an article
// for.
type pickCounter struct {
	*library.Library
	picks atomic.Int64
}

func (c *pickCounter) Pick(ctx context.Context, r library.Request) library.Pick {
	c.picks.Add(1)
	return c.Library.Pick(ctx, r)
}

// TestOnePickAQuestion checks that a question is routed to its article
// once: the editors' answer, the answer and its related questions all use
// that one pick.
func TestOnePickAQuestion(t *testing.T) {
	lib := &pickCounter{Library: articleEngine(t, "articles/multi")}
	h := startEngine(t, lib, func(c *Config) { c.FloodPerMin = -1 })
	const user = 31900
	for i, q := range []string{"Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?", "Giá vàng hôm nay?", generic} {
		h.api.push(update(privateMsg(user, q)))
		h.waitSends(user, i+1)
		if n := lib.picks.Load(); n != int64(i+1) {
			t.Fatalf("after %d questions, %d picks", i+1, n)
		}
	}
}
