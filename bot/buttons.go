package bot

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
)

// Button ids are stateless: a kind letter, then the first hashLen
// characters of the URL-safe base64 SHA-256 of the article they are about,
// then what they stand for in it: the hash of a suggested question, a
// passage's id within its article ("p3", "title1"), or nothing. They
// resolve against the engine's articles and each article's suggestions,
// the same on every replica and after a restart for the same articles.
// They fit both callback_data (64 bytes) and a deep-link payload
// ([A-Za-z0-9_-]{1,64}). A passage id may carry the span of the sentence
// an answer quoted, "_start_end" in bytes of the passage's text, to show it
// in bold.
const hashLen = 10

// Kinds of button id. A deep link to an article is "a_" and its id (see
// articleLink), which no kind here starts with.
const (
	idQuestion = 'q' // answer a suggested question in the chat
	idPassage  = 'p' // send a whole passage
	idAlert    = 'l' // show a suggested question's short answer as an alert
	idChoose   = 'c' // answer the question waiting for its article from it
	idPick     = 'b' // make the article the chat's (/baiviet)
	idSummary  = 's' // summarise the article (/tomtat)
	idPage     = 'n' // show a page of /baiviet: "n" and the page number
)

// suggestionCount is how many suggestions of an article resolve.
const suggestionCount = 50

// hashOf is the hashLen-character hash of s.
func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return base64.RawURLEncoding.EncodeToString(sum[:])[:hashLen]
}

// hashID returns the id of kind for s, for inline results.
func hashID(kind byte, s string) string { return string(kind) + hashOf(s) }

// questionID is the button id of kind (idQuestion or idAlert) for question
// q of article.
func questionID(kind byte, article, q string) string {
	return string(kind) + hashOf(article) + hashOf(q)
}

// articleID is the button id of kind (idChoose, idPick, idSummary) for
// article.
func articleID(kind byte, article string) string { return string(kind) + hashOf(article) }

// passageID is the button id of passage id ("000_x/p3"); ok is false for a
// passage id that does not fit one.
func passageID(id string) (string, bool) {
	i := strings.LastIndexByte(id, '/')
	if i < 0 || !isLocalID(id[i+1:]) {
		return "", false
	}
	return string(idPassage) + hashOf(id[:i]) + id[i+1:], true
}

// isLocalID reports whether s is a passage id within its article that a
// button id can carry: 1 to 20 letters and digits.
func isLocalID(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// A buttonID is a resolved button id.
type buttonID struct {
	kind    byte
	article string // the article's id
	// value is the question (idQuestion, idAlert) or passage id
	// (idPassage) it stands for.
	value string
	// start and end are a passage button's span, end 0 for none.
	start, end int
	// page is idPage's page, from 1.
	page int
}

// An idTable resolves button ids: article hashes against the engine's
// listing, question hashes against each article's suggestions.
type idTable struct {
	engine Engine

	mu     sync.Mutex
	listed []library.Meta    // the listing byHash was made from
	byHash map[string]string // article hash → id
	tables *memo[string, *articleTable]
}

// An articleTable holds the suggestions of one article.
type articleTable struct {
	questions map[string]string // hash → question
	// suggestions are in the engine's order, without two that ask the
	// same question (see questionSet).
	suggestions []string
}

// tableTTL is how long an article's suggestions are kept before they are
// asked again, for an article whose text changed.
const tableTTL = 10 * time.Minute

func newIDTable(e Engine, size int, clock Clock) *idTable {
	return &idTable{engine: e, tables: newMemo[string, *articleTable](size, tableTTL, clock)}
}

// article returns the id of the article whose hash is h.
func (t *idTable) article(h string) (string, bool) {
	list := t.engine.Articles()
	t.mu.Lock()
	defer t.mu.Unlock()
	if !sameListing(list, t.listed) {
		t.byHash = make(map[string]string, len(list))
		for _, m := range list {
			t.byHash[hashOf(m.ID)] = m.ID
		}
		t.listed = list
	}
	id, ok := t.byHash[h]
	return id, ok
}

// sameListing reports whether a and b are the same slice.
func sameListing(a, b []library.Meta) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// table returns the suggestions of article.
func (t *idTable) table(ctx context.Context, article string) *articleTable {
	if at, ok := t.tables.get(article); ok {
		return at
	}
	at := &articleTable{questions: map[string]string{}}
	offered := newQuestionSet()
	for _, q := range t.engine.Suggestions(ctx, article, suggestionCount) {
		// Every suggestion resolves, for the buttons already sent, but
		// only the first of those asking the same is offered.
		at.questions[hashOf(q)] = q
		if offered.add(q) {
			at.suggestions = append(at.suggestions, q)
		}
	}
	if ctx.Err() == nil {
		t.tables.put(article, at)
	}
	return at
}

// suggestions returns up to n suggested questions of article.
func (t *idTable) suggestions(ctx context.Context, article string, n int) []string {
	if article == "" {
		return nil
	}
	qs := t.table(ctx, article).suggestions
	return qs[:min(n, len(qs))]
}

// resolve resolves a button id; ok is false for an id that no longer
// resolves.
func (t *idTable) resolve(ctx context.Context, data string) (id buttonID, ok bool) {
	if data == "" {
		return id, false
	}
	id.kind = data[0]
	if id.kind == idPage {
		n, err := strconv.Atoi(data[1:])
		id.page = n
		return id, err == nil && n >= 1
	}
	if len(data) < 1+hashLen {
		return id, false
	}
	if id.article, ok = t.article(data[1 : 1+hashLen]); !ok {
		return id, false
	}
	rest := data[1+hashLen:]
	switch id.kind {
	case idChoose, idPick, idSummary:
		return id, rest == ""
	case idQuestion, idAlert:
		if len(rest) != hashLen {
			return id, false
		}
		id.value, ok = t.table(ctx, id.article).questions[rest]
		return id, ok
	case idPassage:
		local, span, _ := strings.Cut(rest, "_")
		if !isLocalID(local) {
			return id, false
		}
		id.value = id.article + "/" + local
		if a, b, found := strings.Cut(span, "_"); found {
			start, err1 := strconv.Atoi(a)
			end, err2 := strconv.Atoi(b)
			if err1 == nil && err2 == nil && start >= 0 && end > start {
				id.start, id.end = start, end
			}
		}
		return id, true
	}
	return id, false
}

// resolvable reports whether question q of article has a button id.
func (t *idTable) resolvable(ctx context.Context, article, q string) bool {
	return article != "" && t.table(ctx, article).questions[hashOf(q)] != ""
}

// related picks up to n suggested questions of article: the answer's own
// suggestions first, then the article's. It never offers the question
// asked, nor two questions that ask the same (see questionSet); every
// question it offers is one of the article's suggestions, which it
// answers.
func (t *idTable) related(ctx context.Context, a answer.Answer, article string, n int) []string {
	if article == "" || n <= 0 {
		return nil
	}
	at := t.table(ctx, article)
	var out []string
	seen := newQuestionSet()
	seen.add(a.Question)
	add := func(q string) {
		if len(out) < n && at.questions[hashOf(q)] != "" && seen.add(q) {
			out = append(out, q)
		}
	}
	for _, q := range a.Suggestions {
		add(q)
	}
	for _, q := range at.suggestions {
		add(q)
	}
	return out
}

// Telegram's inline keyboard, written here rather than with the library's
// models.InlineKeyboardButton, which always sends an empty copy_text that
// Telegram rejects (BUTTON_COPY_TEXT_INVALID).
type keyboard struct {
	InlineKeyboard [][]button `json:"inline_keyboard"`
}

type button struct {
	Text              string  `json:"text"`
	CallbackData      string  `json:"callback_data,omitempty"`
	URL               string  `json:"url,omitempty"`
	SwitchInlineQuery *string `json:"switch_inline_query,omitempty"`
}

// buttonText is the most runes a button label shows.
const buttonText = 60

// questionRows returns one row per question of article, each a callback
// button of kind.
func questionRows(kind byte, article string, qs []string) [][]button {
	var rows [][]button
	for _, q := range qs {
		rows = append(rows, []button{{Text: truncate(q, buttonText), CallbackData: questionID(kind, article, q)}})
	}
	return rows
}

// answerKeyboard is the keyboard under answer a about article (which
// its related questions come from; "" for none), and the one place that
// builds it. A choose answer gets a button per article to choose. Another
// answer gets the source passage and a share button, then related
// questions; in a private chat, an answer given whose record is record (0
// for none) also gets 👍 and 👎 on it, in the source and share row (see
// feedback.go). In a group it is one row at most, so that answers do not
// fill the chat with buttons: the passage and share row, or one related
// question. It returns nil for no buttons.
func (b *Bot) answerKeyboard(ctx context.Context, a answer.Answer, article string, group bool, record int64) *keyboard {
	if a.Kind == answer.KindChoose {
		return chooseKeyboard(a.Choices)
	}
	var rows [][]button
	var top []button
	if a.Kind != answer.KindNone && len(a.Sources) > 0 {
		if p, ok := b.engine.Passage(ctx, a.Sources[0].ID); ok {
			if id := passageButton(p, a.Sources[0], a.Answer); id != "" {
				top = append(top, button{Text: "📄 Đoạn gốc", CallbackData: id})
			}
		}
		share := truncate(a.Question, 200)
		top = append(top, button{Text: "↗ Chia sẻ", SwitchInlineQuery: &share})
		rows = append(rows, top)
	}
	if !group && record != 0 && votable(a) {
		rows = withVotes(rows, len(top) > 0, record)
	}
	n := 3
	switch {
	case group:
		n = 1 - len(rows)
	case a.Kind == answer.KindNone:
		n = 4
	}
	rows = append(rows, questionRows(idQuestion, article, b.ids.related(ctx, a, article, n))...)
	if len(rows) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: rows}
}

// chooseKeyboard offers the articles of a choose answer, one a row.
func chooseKeyboard(cs []answer.Choice) *keyboard {
	var rows [][]button
	for _, c := range cs {
		rows = append(rows, []button{{Text: articleLabel(c.Title, c.Date), CallbackData: articleID(idChoose, c.ID)}})
	}
	if len(rows) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: rows}
}

// articleLabel is an article's button label: its title and date.
func articleLabel(title, date string) string {
	if date == "" {
		return truncate(title, buttonText)
	}
	return truncate(title, buttonText-len([]rune(date))-3) + " (" + date + ")"
}

// passageButton returns the id of the "📄 Đoạn gốc" button of an answer
// quoting src from passage p: the passage with the quoted sentence's span,
// to show it in bold. It returns "" when the button would only repeat the
// quote (the passage is the quoted sentence, or the answer itself) or the
// passage has no button id.
func passageButton(p corpus.Passage, src answer.Source, short string) string {
	id, ok := passageID(p.ID)
	if !ok {
		return ""
	}
	text := strings.TrimSpace(p.Text)
	same := func(s string) bool { return sameText(text, s) }
	if text == "" || same(src.Text) || same(short) {
		return ""
	}
	if start, end, ok := findQuote(p.Text, src.Text); ok {
		if span := id + "_" + strconv.Itoa(start) + "_" + strconv.Itoa(end); len(span) <= 64 {
			id = span
		}
	}
	return id
}

// sameText reports whether a and b are the same text, ignoring case,
// diacritics, punctuation and an ellipsis of trimming.
func sameText(a, b string) bool {
	return strings.Join(words(fold(a)), " ") == strings.Join(words(fold(b)), " ")
}

// findQuote finds the quoted sentence q in passage text, and returns its
// span in bytes. A quote the engine trimmed ("…" at the end) is found by
// its beginning.
func findQuote(text, q string) (start, end int, ok bool) {
	q = strings.TrimSpace(q)
	q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(q, "…"), "..."))
	if q == "" {
		return 0, 0, false
	}
	i := strings.Index(text, q)
	if i < 0 {
		return 0, 0, false
	}
	return i, i + len(q), true
}

// deepLink returns the link that opens a private chat with the bot and
// sends /start payload.
func deepLink(username, payload string) string {
	return "https://t.me/" + url.PathEscape(username) + "?start=" + url.QueryEscape(payload)
}

// articleLink returns the deep-link payload of article: "a_" and its id
// when the id fits a payload, else "a_" and a short stable hash of it
// (see articleFromLink).
func articleLink(article string) string {
	if len(article) <= 62 && validPayload(article) {
		return "a_" + article
	}
	return "a_" + linkHash(article)
}

// linkHash is the hash of an article id too long or odd for a payload.
func linkHash(article string) string {
	sum := sha256.Sum256([]byte(article))
	return "h" + hex.EncodeToString(sum[:8])
}

// validPayload reports whether s is made of [A-Za-z0-9_-] only.
func validPayload(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// articleFromLink returns the article of a deep-link payload "a_…": the
// article with that id, or whose id hashes to it.
func (b *Bot) articleFromLink(payload string) (string, bool) {
	v, ok := strings.CutPrefix(payload, "a_")
	if !ok || v == "" {
		return "", false
	}
	if _, ok := b.engine.Meta(v); ok {
		return v, true
	}
	for _, m := range b.engine.Articles() {
		if linkHash(m.ID) == v {
			return m.ID, true
		}
	}
	return "", false
}
