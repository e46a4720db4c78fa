package bot

import (
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strconv"
	"strings"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
)

// Button ids are stateless: a kind letter and the first hashLen characters
// of the URL-safe base64 SHA-256 of what they stand for. They resolve
// against a table built at start from the engine's suggestions and passage
// ids, the same on every replica and after a restart for the same articles.
// They fit both callback_data (64 bytes) and a deep-link payload
// ([A-Za-z0-9_-]{1,64}). A passage id may carry the span of the sentence
// an answer quoted, "_start_end" in bytes of the passage's text, to show it
// in bold.
const hashLen = 10

// Kinds of button id.
const (
	idQuestion = 'q' // answer a suggested question in the chat
	idPassage  = 'p' // send a whole passage
	idAlert    = 'a' // show a suggested question's short answer as an alert
)

// suggestionCount is how many suggestions the id table holds.
const suggestionCount = 50

// hashID returns the id of kind for s.
func hashID(kind byte, s string) string {
	sum := sha256.Sum256([]byte(s))
	return string(kind) + base64.RawURLEncoding.EncodeToString(sum[:])[:hashLen]
}

// An idTable resolves button ids.
type idTable struct {
	questions map[string]string // hash → question
	passages  map[string]string // hash → passage id
	// suggestions are in the engine's order, without two that ask the
	// same question (see questionSet).
	suggestions []string
}

func newIDTable(e Engine) *idTable {
	t := &idTable{questions: map[string]string{}, passages: map[string]string{}}
	offered := newQuestionSet()
	for _, q := range e.Suggestions(suggestionCount) {
		// Every suggestion resolves, for the buttons already sent, but
		// only the first of those asking the same is offered.
		t.questions[hashID(idQuestion, q)[1:]] = q
		if offered.add(q) {
			t.suggestions = append(t.suggestions, q)
		}
	}
	for _, a := range e.Articles() {
		for _, p := range a.Passages {
			t.passages[hashID(idPassage, p.ID)[1:]] = p.ID
		}
	}
	return t
}

// resolve returns the kind of id and the question or passage id it stands
// for; ok is false for an id that no longer resolves.
func (t *idTable) resolve(id string) (kind byte, value string, ok bool) {
	if len(id) > 1+hashLen && id[0] == idPassage && id[1+hashLen] == '_' {
		id = id[:1+hashLen]
	}
	if len(id) != 1+hashLen {
		return 0, "", false
	}
	kind, h := id[0], id[1:]
	switch kind {
	case idQuestion, idAlert:
		value, ok = t.questions[h]
	case idPassage:
		value, ok = t.passages[h]
	}
	return kind, value, ok
}

// resolvable reports whether question has a button id.
func (t *idTable) resolvable(question string) bool {
	_, ok := t.questions[hashID(idQuestion, question)[1:]]
	return ok
}

// spanOf returns the span a passage id carries, ok false for none.
func spanOf(id string) (start, end int, ok bool) {
	if len(id) <= 1+hashLen || id[0] != idPassage {
		return 0, 0, false
	}
	a, b, found := strings.Cut(strings.TrimPrefix(id[1+hashLen:], "_"), "_")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !found || err1 != nil || err2 != nil || start < 0 || end <= start {
		return 0, 0, false
	}
	return start, end, true
}

// related picks up to n questions with button ids: the answer's own
// suggestions first, then the table's. It never offers the question asked,
// nor two questions that ask the same (see questionSet); every question it
// offers is one of the engine's suggestions, which the engine answers.
func (t *idTable) related(a answer.Answer, n int) []string {
	var out []string
	seen := newQuestionSet()
	seen.add(a.Question)
	add := func(q string) {
		if len(out) < n && t.resolvable(q) && seen.add(q) {
			out = append(out, q)
		}
	}
	for _, q := range a.Suggestions {
		add(q)
	}
	for _, q := range t.suggestions {
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

// questionRows returns one row per question, each a callback button of
// kind.
func questionRows(kind byte, qs []string) [][]button {
	var rows [][]button
	for _, q := range qs {
		rows = append(rows, []button{{Text: truncate(q, buttonText), CallbackData: hashID(kind, q)}})
	}
	return rows
}

// answerKeyboard is the keyboard under an answer: the source passage and a
// share button, then related questions. In a group it is one row at most,
// so that answers do not fill the chat with buttons: the passage and share
// row, or one related question. passage is the passage button's id, ""
// for none. It returns nil for no buttons.
func (t *idTable) answerKeyboard(a answer.Answer, passage string, group bool) *keyboard {
	var rows [][]button
	if a.Kind != answer.KindNone && len(a.Sources) > 0 {
		var top []button
		if passage != "" {
			top = append(top, button{Text: "📄 Đoạn gốc", CallbackData: passage})
		}
		share := truncate(a.Question, 200)
		top = append(top, button{Text: "↗ Chia sẻ", SwitchInlineQuery: &share})
		rows = append(rows, top)
	}
	n := 3
	switch {
	case group:
		n = 1 - len(rows)
	case a.Kind == answer.KindNone:
		n = 4
	}
	if n > 0 {
		rows = append(rows, questionRows(idQuestion, t.related(a, n))...)
	}
	if len(rows) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: rows}
}

// passageButton returns the id of the "📄 Đoạn gốc" button of an answer
// quoting src from passage p: the passage with the quoted sentence's span,
// to show it in bold. It returns "" when the button would only repeat the
// quote: the passage is the quoted sentence, or the answer itself.
func (t *idTable) passageButton(p corpus.Passage, src answer.Source, short string) string {
	id := hashID(idPassage, p.ID)
	if t.passages[id[1:]] == "" {
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
