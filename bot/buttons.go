package bot

import (
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"slices"

	"github.com/hoidap/hoidap/answer"
)

// Button ids are stateless: a kind letter and the first hashLen characters
// of the URL-safe base64 SHA-256 of what they stand for. They resolve
// against a table built at start from the engine's suggestions and passage
// ids, the same on every replica and after a restart for the same articles.
// They fit both callback_data (64 bytes) and a deep-link payload
// ([A-Za-z0-9_-]{1,64}).
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
	questions   map[string]string // hash → question
	passages    map[string]string // hash → passage id
	suggestions []string          // in the engine's order
}

func newIDTable(e Engine) *idTable {
	t := &idTable{questions: map[string]string{}, passages: map[string]string{}}
	for _, q := range e.Suggestions(suggestionCount) {
		h := hashID(idQuestion, q)[1:]
		if _, dup := t.questions[h]; !dup {
			t.questions[h] = q
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

// related picks up to n questions with button ids: the answer's own
// suggestions first, then the table's, never the question asked.
func (t *idTable) related(a answer.Answer, n int) []string {
	var out []string
	add := func(q string) {
		if len(out) < n && q != a.Question && t.resolvable(q) && !slices.Contains(out, q) {
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
// share button, then related questions. It returns nil for no buttons.
func (t *idTable) answerKeyboard(a answer.Answer) *keyboard {
	var rows [][]button
	if a.Kind != answer.KindNone && len(a.Sources) > 0 {
		var top []button
		if id := hashID(idPassage, a.Sources[0].ID); t.passages[id[1:]] != "" {
			top = append(top, button{Text: "📄 Đoạn gốc", CallbackData: id})
		}
		share := truncate(a.Question, 200)
		top = append(top, button{Text: "↗ Chia sẻ", SwitchInlineQuery: &share})
		rows = append(rows, top)
	}
	n := 3
	if a.Kind == answer.KindNone {
		n = 4
	}
	rows = append(rows, questionRows(idQuestion, t.related(a, n))...)
	if len(rows) == 0 {
		return nil
	}
	return &keyboard{InlineKeyboard: rows}
}

// deepLink returns the link that opens a private chat with the bot and
// sends /start payload.
func deepLink(username, payload string) string {
	return "https://t.me/" + url.PathEscape(username) + "?start=" + url.QueryEscape(payload)
}
