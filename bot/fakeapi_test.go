package bot

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// The fake Bot API server of the unit tests. It parses go-telegram/bot's
// multipart calls, serves getUpdates from a queue with Telegram's offset
// semantics, records every call, and answers like Telegram: it rejects
// HTML outside Telegram's subset ("can't parse entities"), messages over
// 4096 characters, bad keyboards, and can be told to answer 429, 403 or a
// migration. It serves files put with addFile through getFile and the
// file download URL, as Telegram does for documents.

const (
	testToken    = "123456:TEST-token-secret"
	testBotID    = 123456
	testUsername = "HoiDapBot"
)

// An apiCall is one recorded Bot API call.
type apiCall struct {
	Method string
	Params map[string]string
	Err    string    // the error description answered, "" for ok
	MsgID  int       // the message sent or edited, for sendMessage and editMessageText
	At     time.Time // on the fake API's clock, if it has one
	Recv   time.Time // on the real clock
}

// text returns the call's message text.
func (c apiCall) text() string { return c.Params["text"] }

// chat returns the call's chat_id.
func (c apiCall) chat() int64 {
	id, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
	return id
}

// keyboard returns the call's inline keyboard.
func (c apiCall) keyboard(t testing.TB) [][]button {
	t.Helper()
	raw := c.Params["reply_markup"]
	if raw == "" {
		return nil
	}
	var kb keyboard
	if err := json.Unmarshal([]byte(raw), &kb); err != nil {
		t.Fatalf("reply_markup %q: %v", raw, err)
	}
	return kb.InlineKeyboard
}

// An apiError is an error answer of the fake server.
type apiError struct {
	Code        int    `json:"error_code"`
	Description string `json:"description"`
	RetryAfter  int    `json:"-"`
	MigrateTo   int64  `json:"-"`
}

type fakeAPI struct {
	t     testing.TB
	srv   *httptest.Server
	clock Clock

	mu        sync.Mutex
	calls     []apiCall
	queue     []*models.Update // not yet confirmed
	nextID    int64            // next update_id
	confirmed int64            // highest offset seen
	wake      chan struct{}    // closed when the queue grows
	msgID     int
	failures  map[string][]apiError // method → errors to answer, in order
	blocked   map[int64]bool        // chats answering 403
	migrated  map[int64]int64       // chats answering a migration
	members   map[[2]int64]string   // chat, user → status
	chats     map[string]int64      // @username → id
	shown     map[[2]int64]string   // chat, message → text and keyboard
	delay     time.Duration         // before answering sendMessage
	pollErr   *apiError             // answered to every getUpdates while set
	files     map[string][]byte     // file_id → bytes, for getFile and downloads
	hideSizes bool                  // getFile answers without file_size (it is optional)
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{
		t:        t,
		nextID:   1,
		wake:     make(chan struct{}),
		failures: map[string][]apiError{},
		blocked:  map[int64]bool{},
		migrated: map[int64]int64{},
		members:  map[[2]int64]string{},
		chats:    map[string]int64{},
		shown:    map[[2]int64]string{},
		files:    map[string][]byte{},
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// push queues updates for getUpdates, numbering them.
func (f *fakeAPI) push(us ...*models.Update) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, u := range us {
		u.ID = f.nextID
		f.nextID++
		f.queue = append(f.queue, u)
	}
	close(f.wake)
	f.wake = make(chan struct{})
}

// failPolls makes every getUpdates call answer err, and record the call,
// until failPolls(nil).
func (f *fakeAPI) failPolls(err *apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pollErr = err
}

// fail makes the next calls of method answer errs, in order.
func (f *fakeAPI) fail(method string, errs ...apiError) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], errs...)
}

// count returns the number of calls so far.
func (f *fakeAPI) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

// record returns every call so far of the given methods (all for none).
func (f *fakeAPI) record(methods ...string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// waitDeadline guards the waits against a hang: a wait returns as soon as
// what it waits for has happened, so the deadline is no speed goal and is
// set for a loaded machine under -race (a burst of 500 questions there
// takes tens of seconds).
const waitDeadline = 90 * time.Second

// wait waits until pred holds for the successful calls of method, and
// returns them.
func (f *fakeAPI) wait(method string, pred func([]apiCall) bool) []apiCall {
	f.t.Helper()
	deadline := time.Now().Add(waitDeadline)
	for {
		var ok []apiCall
		for _, c := range f.record(method) {
			if c.Err == "" {
				ok = append(ok, c)
			}
		}
		if pred(ok) {
			return ok
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("timed out waiting for %s calls; have %d: %v", method, len(ok), summarize(f.record()))
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitN waits for at least n successful calls of method.
func (f *fakeAPI) waitN(method string, n int) []apiCall {
	f.t.Helper()
	return f.wait(method, func(cs []apiCall) bool { return len(cs) >= n })
}

// waitAll waits for at least n calls of method, failed or not.
func (f *fakeAPI) waitAll(method string, n int) []apiCall {
	f.t.Helper()
	deadline := time.Now().Add(waitDeadline)
	for {
		if cs := f.record(method); len(cs) >= n {
			return cs
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("timed out waiting for %d %s calls: %v", n, method, summarize(f.record()))
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// settle waits until the confirmed offset covers every pushed update and
// a little more, for tests that check that nothing was sent.
func (f *fakeAPI) settle() {
	f.t.Helper()
	deadline := time.Now().Add(waitDeadline)
	for {
		f.mu.Lock()
		done := f.confirmed >= f.nextID
		f.mu.Unlock()
		if done {
			break
		}
		if time.Now().After(deadline) {
			f.t.Fatal("updates were never confirmed")
		}
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
}

func summarize(cs []apiCall) []string {
	var out []string
	for _, c := range cs {
		s := c.Method
		if c.Err != "" {
			s += "!" + c.Err
		}
		out = append(out, s)
	}
	return out
}

// addFile keeps data as a file users sent, and returns its file_id.
func (f *fakeAPI) addFile(data []byte) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := "file" + strconv.Itoa(len(f.files)+1)
	f.files[id] = data
	return id
}

// setFile replaces the bytes of file id, as if it were another file.
func (f *fakeAPI) setFile(id string, data []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.files[id] = data
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	if path, ok := strings.CutPrefix(r.URL.Path, "/file/bot"+testToken+"/documents/"); ok {
		f.mu.Lock()
		data, found := f.files[path]
		f.calls = append(f.calls, apiCall{Method: "download", Params: map[string]string{"file_id": path}, Recv: time.Now()})
		f.mu.Unlock()
		if !found {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
		return
	}
	prefix := "/bot" + testToken + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	params := map[string]string{}
	// Calls without parameters come with an empty body.
	if err := r.ParseMultipartForm(1 << 20); err == nil {
		for k, v := range r.MultipartForm.Value {
			params[k] = v[0]
		}
	}
	if method == "getUpdates" {
		f.getUpdates(w, r, params)
		return
	}
	call := apiCall{Method: method, Params: params, Recv: time.Now()}
	if f.clock != nil {
		call.At = f.clock.Now()
	}
	invalid := validate(method, params) // outside the lock: it is the slow part
	f.mu.Lock()
	result, apiErr := f.answer(method, params, invalid)
	if apiErr != nil {
		call.Err = apiErr.Description
	}
	if m, ok := result.(map[string]any); ok {
		call.MsgID, _ = m["message_id"].(int)
	}
	f.calls = append(f.calls, call)
	delay := f.delay
	f.mu.Unlock()
	if method == "sendMessage" && delay > 0 {
		time.Sleep(delay)
	}
	if apiErr != nil {
		body := map[string]any{"ok": false, "error_code": apiErr.Code, "description": apiErr.Description}
		switch {
		case apiErr.RetryAfter > 0:
			body["parameters"] = map[string]any{"retry_after": apiErr.RetryAfter}
		case apiErr.MigrateTo != 0:
			body["parameters"] = map[string]any{"migrate_to_chat_id": apiErr.MigrateTo}
		}
		writeJSON(w, apiErr.Code, body)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func badRequest(desc string) *apiError {
	return &apiError{Code: 400, Description: "Bad Request: " + desc}
}

// validate checks the parameters of a call as Telegram does.
func validate(method string, p map[string]string) *apiError {
	switch method {
	case "sendMessage", "editMessageText":
		if p["parse_mode"] != "HTML" {
			return badRequest("test expects parse_mode HTML")
		}
		if err := checkHTML(p["text"]); err != nil {
			return badRequest(err.Error())
		}
		if err := checkKeyboard(p["reply_markup"]); err != nil {
			return badRequest(err.Error())
		}
	case "editMessageReplyMarkup":
		if err := checkKeyboard(p["reply_markup"]); err != nil {
			return badRequest(err.Error())
		}
	case "answerCallbackQuery":
		if n := len(utf16.Encode([]rune(p["text"]))); n > 200 {
			return badRequest("MESSAGE_TOO_LONG")
		}
	case "answerInlineQuery":
		var results []map[string]any
		if err := json.Unmarshal([]byte(p["results"]), &results); err != nil {
			return badRequest("can't parse results")
		}
		if len(results) > 50 {
			return badRequest("RESULTS_TOO_MUCH")
		}
		for _, r := range results {
			if id, _ := r["id"].(string); id == "" || len(id) > 64 {
				return badRequest("RESULT_ID_INVALID")
			}
			content, _ := r["input_message_content"].(map[string]any)
			text, _ := content["message_text"].(string)
			if err := checkHTML(text); err != nil {
				return badRequest(err.Error())
			}
			if kb, ok := r["reply_markup"]; ok {
				raw, _ := json.Marshal(kb)
				if err := checkKeyboard(string(raw)); err != nil {
					return badRequest(err.Error())
				}
			}
		}
	}
	return nil
}

// answer returns the result of a call, or its error; f.mu is held.
func (f *fakeAPI) answer(method string, p map[string]string, invalid *apiError) (any, *apiError) {
	if errs := f.failures[method]; len(errs) > 0 {
		f.failures[method] = errs[1:]
		return nil, &errs[0]
	}
	chat, _ := strconv.ParseInt(p["chat_id"], 10, 64)
	switch method {
	case "getMe":
		return map[string]any{"id": testBotID, "is_bot": true, "first_name": "Hỏi đáp", "username": testUsername}, nil
	case "sendMessage", "editMessageText":
		if strings.HasPrefix(p["chat_id"], "@") {
			id, ok := f.chats[p["chat_id"]]
			if !ok {
				return nil, badRequest("chat not found")
			}
			chat = id
		}
		if method == "sendMessage" && chat == 0 {
			return nil, badRequest("chat_id is empty")
		}
		if f.blocked[chat] {
			return nil, &apiError{Code: 403, Description: "Forbidden: bot was blocked by the user"}
		}
		if to, ok := f.migrated[chat]; ok {
			return nil, &apiError{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: to}
		}
		if invalid != nil {
			return nil, invalid
		}
		f.msgID++
		id := f.msgID
		if method == "editMessageText" {
			id, _ = strconv.Atoi(p["message_id"])
			if f.shown[[2]int64{chat, int64(id)}] == p["text"]+p["reply_markup"] {
				return nil, badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
			}
		}
		f.shown[[2]int64{chat, int64(id)}] = p["text"] + p["reply_markup"]
		return map[string]any{"message_id": id, "date": 1700000000, "chat": map[string]any{"id": chat, "type": "private"}, "text": p["text"]}, nil
	case "answerCallbackQuery", "answerInlineQuery":
		if invalid != nil {
			return nil, invalid
		}
		return true, nil
	case "getChatMember":
		user, _ := strconv.ParseInt(p["user_id"], 10, 64)
		status := f.members[[2]int64{chat, user}]
		if status == "" {
			status = "member"
		}
		return map[string]any{"status": status, "user": map[string]any{"id": user, "is_bot": false, "first_name": "U"}}, nil
	case "getChat":
		id, ok := f.chats[p["chat_id"]]
		if !ok {
			return nil, badRequest("chat not found")
		}
		return map[string]any{"id": id, "type": "channel", "accent_color_id": 0, "max_reaction_count": 0}, nil
	case "getFile":
		data, ok := f.files[p["file_id"]]
		if !ok {
			return nil, badRequest("invalid file_id")
		}
		if len(data) > 20<<20 {
			return nil, badRequest("file is too big")
		}
		file := map[string]any{"file_id": p["file_id"], "file_unique_id": "u" + p["file_id"],
			"file_size": len(data), "file_path": "documents/" + p["file_id"]}
		if f.hideSizes {
			delete(file, "file_size")
		}
		return file, nil
	case "editMessageReplyMarkup":
		id, _ := strconv.Atoi(p["message_id"])
		k := [2]int64{chat, int64(id)}
		text, ok := f.shown[k]
		if !ok {
			return nil, badRequest("message to edit not found")
		}
		if invalid != nil {
			return nil, invalid
		}
		// shown holds the text and the keyboard: keep the text's part.
		if i := strings.LastIndex(text, `{"inline_keyboard"`); i >= 0 {
			text = text[:i]
		}
		if text+p["reply_markup"] == f.shown[k] {
			return nil, badRequest("message is not modified")
		}
		f.shown[k] = text + p["reply_markup"]
		return map[string]any{"message_id": id, "date": 1700000000, "chat": map[string]any{"id": chat, "type": "private"}}, nil
	case "sendChatAction", "setMyCommands", "setWebhook":
		return true, nil
	}
	return nil, &apiError{Code: 404, Description: "Not Found: method not found"}
}

// getUpdates answers the updates from the offset on, waiting up to the
// timeout for one.
func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request, p map[string]string) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	f.mu.Lock()
	if e := f.pollErr; e != nil {
		f.calls = append(f.calls, apiCall{Method: "getUpdates", Params: p, Err: e.Description, Recv: time.Now()})
		f.mu.Unlock()
		writeJSON(w, e.Code, map[string]any{"ok": false, "error_code": e.Code, "description": e.Description})
		return
	}
	f.mu.Unlock()
	timeout, _ := strconv.Atoi(p["timeout"])
	deadline := time.After(time.Duration(timeout) * time.Second)
	for {
		f.mu.Lock()
		f.confirmed = max(f.confirmed, offset)
		i := 0
		for i < len(f.queue) && f.queue[i].ID < offset {
			i++
		}
		f.queue = f.queue[i:]
		batch := f.queue[:min(limit, len(f.queue))]
		wake := f.wake
		f.mu.Unlock()
		if len(batch) > 0 || timeout == 0 {
			writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": batch})
			return
		}
		select {
		case <-wake:
		case <-deadline:
			timeout = 0
		case <-r.Context().Done():
			return
		}
	}
}

// Telegram's HTML subset.
var (
	tagRE    = regexp.MustCompile(`^<(/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>`)
	entityRE = regexp.MustCompile(`^&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});`)
	allowed  = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
		"s": true, "strike": true, "del": true, "a": true, "code": true, "pre": true,
		"blockquote": true, "tg-spoiler": true, "span": true}
)

// checkHTML parses text as Telegram does: tags of the subset, properly
// nested, entities, and at most 4096 visible characters.
func checkHTML(s string) error {
	var stack []string
	visible := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			m := tagRE.FindStringSubmatch(s[i:])
			if m == nil {
				return fmt.Errorf("can't parse entities: unexpected \"<\" at byte offset %d", i)
			}
			closing, name, attrs := m[1] == "/", m[2], m[3]
			if !allowed[name] {
				return fmt.Errorf("can't parse entities: Unsupported start tag %q at byte offset %d", name, i)
			}
			if closing {
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return fmt.Errorf("can't parse entities: Unexpected end tag at byte offset %d", i)
				}
				stack = stack[:len(stack)-1]
			} else {
				if name == "a" && !strings.Contains(attrs, "href=") {
					return fmt.Errorf("can't parse entities: a tag without href at byte offset %d", i)
				}
				stack = append(stack, name)
			}
			i += len(m[0])
		case '&':
			m := entityRE.FindString(s[i:])
			if m == "" {
				return fmt.Errorf("can't parse entities: unsupported entity at byte offset %d", i)
			}
			visible++
			i += len(m)
		case '>':
			return fmt.Errorf("can't parse entities: unexpected \">\" at byte offset %d", i)
		default:
			r := []rune(s[i:min(i+4, len(s))])[0]
			visible += utf16.RuneLen(r)
			i += len(string(r))
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("can't parse entities: can't find end tag corresponding to start tag %q", stack[len(stack)-1])
	}
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("message text is empty")
	}
	if visible > MaxMessage {
		return fmt.Errorf("message is too long")
	}
	return nil
}

var deepLinkRE = regexp.MustCompile(`^https://t\.me/` + testUsername + `\?start=[A-Za-z0-9_-]{1,64}$`)

// checkKeyboard checks an inline keyboard as Telegram does.
func checkKeyboard(raw string) error {
	if raw == "" {
		return nil
	}
	var kb struct {
		InlineKeyboard [][]map[string]json.RawMessage `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &kb); err != nil {
		return fmt.Errorf("can't parse reply keyboard markup JSON object")
	}
	n := 0
	for _, row := range kb.InlineKeyboard {
		n += len(row)
		if len(row) > 8 || n > 100 {
			return fmt.Errorf("BUTTONS_TOO_MUCH")
		}
		for _, b := range row {
			if _, ok := b["copy_text"]; ok {
				return fmt.Errorf("BUTTON_COPY_TEXT_INVALID")
			}
			var text, data, url string
			json.Unmarshal(b["text"], &text)
			json.Unmarshal(b["callback_data"], &data)
			json.Unmarshal(b["url"], &url)
			_, share := b["switch_inline_query"]
			switch {
			case text == "":
				return fmt.Errorf("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
			case len(data) > 64:
				return fmt.Errorf("BUTTON_DATA_INVALID")
			case url != "" && strings.HasPrefix(url, "https://t.me/") && !deepLinkRE.MatchString(url) && url != "https://t.me/"+testUsername:
				return fmt.Errorf("BUTTON_URL_INVALID")
			case data == "" && url == "" && !share:
				return fmt.Errorf("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
			}
		}
	}
	return nil
}
