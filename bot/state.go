package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"strconv"
	"time"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/store"
)

// Names of the chat state kept in the store. What a user keeps is filed
// under the user's id, what a message leads to under the message's id.
const (
	stateArticle = "article"  // the chat's current article id
	stateTurn    = "turn:"    // + user: the last turn, for follow-ups
	statePending = "pending:" // + user: a question waiting for its article
	stateEdit    = "edit:"    // + question message: the answer sent to it
	stateMsg     = "msg:"     // + bot message: the article it is about
)

// stateTimeout bounds one store call, so that a slow database delays an
// answer a little, never stops it.
const stateTimeout = 3 * time.Second

// pendingTTL is how long a question waits for its article to be chosen.
const pendingTTL = time.Hour

// chatState keeps what must survive a restart and be shared by replicas
// in a store.Store, as JSON. A store error is logged and taken as nothing
// kept: the bot answers anyway.
type chatState struct {
	st      store.Store
	log     *slog.Logger
	clock   Clock
	turnTTL time.Duration
}

// get reads the value kept under name for chat into v, and reports whether
// there was one.
func (s *chatState) get(ctx context.Context, chat int64, name string, v any) bool {
	ctx, cancel := context.WithTimeout(ctx, stateTimeout)
	defer cancel()
	data, ok, err := s.st.State(ctx, chat, name)
	if err != nil {
		s.log.Warn("reading chat state; going on without it", "name", stateKind(name), "err", err)
		return false
	}
	if !ok || len(data) == 0 {
		return false
	}
	if err := json.Unmarshal(data, v); err != nil {
		s.log.Warn("reading chat state; going on without it", "name", stateKind(name), "err", err)
		return false
	}
	return true
}

// set keeps v under name for chat; nil forgets what was kept.
func (s *chatState) set(ctx context.Context, chat int64, name string, v any) {
	var data []byte
	if v != nil {
		var err error
		if data, err = json.Marshal(v); err != nil {
			s.log.Warn("keeping chat state", "name", stateKind(name), "err", err)
			return
		}
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	if err := s.st.SetState(ctx, chat, name, data); err != nil {
		s.log.Warn("keeping chat state; it will be forgotten", "name", stateKind(name), "err", err)
	}
}

// stateKind is name without its id, for logs.
func stateKind(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] == ':' {
			return name[:i]
		}
	}
	return name
}

// keyed is name followed by id.
func keyed(name string, id int64) string { return name + strconv.FormatInt(id, 10) }

// article returns chat's current article, "" for none.
func (s *chatState) article(ctx context.Context, chat int64) string {
	var id string
	s.get(ctx, chat, stateArticle, &id)
	return id
}

// setArticle makes id chat's current article.
func (s *chatState) setArticle(ctx context.Context, chat int64, id string) {
	s.set(ctx, chat, stateArticle, id)
}

// A keptTurn is a turn with when it was taken.
type keptTurn struct {
	Turn answer.Turn `json:"turn"`
	At   time.Time   `json:"at"`
}

// turn returns user's last turn in chat, nil when there is none or it is
// older than the turn's time to live.
func (s *chatState) turn(ctx context.Context, chat, user int64) *answer.Turn {
	var k keptTurn
	if !s.get(ctx, chat, keyed(stateTurn, user), &k) || !s.clock.Now().Before(k.At.Add(s.turnTTL)) {
		return nil
	}
	return &k.Turn
}

// setTurn keeps t as user's last turn in chat; nil forgets it.
func (s *chatState) setTurn(ctx context.Context, chat, user int64, t *answer.Turn) {
	if t == nil {
		s.set(ctx, chat, keyed(stateTurn, user), nil)
		return
	}
	s.set(ctx, chat, keyed(stateTurn, user), keptTurn{Turn: *t, At: s.clock.Now()})
}

// A pendingQuestion waits for the user to choose its article.
type pendingQuestion struct {
	Question string    `json:"q"`
	Msg      int       `json:"msg,omitempty"` // the question's message
	At       time.Time `json:"at"`
}

// pending returns user's question waiting in chat, ok false for none.
func (s *chatState) pending(ctx context.Context, chat, user int64) (pendingQuestion, bool) {
	var p pendingQuestion
	if !s.get(ctx, chat, keyed(statePending, user), &p) || !s.clock.Now().Before(p.At.Add(pendingTTL)) {
		return pendingQuestion{}, false
	}
	return p, true
}

// setPending keeps p as user's question waiting in chat; nil forgets it.
func (s *chatState) setPending(ctx context.Context, chat, user int64, p *pendingQuestion) {
	if p == nil {
		s.set(ctx, chat, keyed(statePending, user), nil)
		return
	}
	p.At = s.clock.Now()
	s.set(ctx, chat, keyed(statePending, user), p)
}

// A sentAnswer is the answer sent to a question, so that an edited
// question edits it: its message and a digest of its text and keyboard.
type sentAnswer struct {
	ID  int    `json:"id"`
	Sum string `json:"sum"`
}

// answerTo returns the answer sent to question message msg in chat.
func (s *chatState) answerTo(ctx context.Context, chat int64, msg int) (sentAnswer, bool) {
	var a sentAnswer
	ok := s.get(ctx, chat, keyed(stateEdit, int64(msg)), &a)
	return a, ok && a.ID != 0
}

// setAnswerTo keeps the answer sent to question message msg in chat.
func (s *chatState) setAnswerTo(ctx context.Context, chat int64, msg int, a sentAnswer) {
	s.set(ctx, chat, keyed(stateEdit, int64(msg)), a)
}

// messageArticle returns the article of the bot's message msg in chat.
func (s *chatState) messageArticle(ctx context.Context, chat int64, msg int) string {
	var id string
	s.get(ctx, chat, keyed(stateMsg, int64(msg)), &id)
	return id
}

// setMessageArticle keeps the article of the bot's message msg in chat.
func (s *chatState) setMessageArticle(ctx context.Context, chat int64, msg int, article string) {
	if msg == 0 || article == "" {
		return
	}
	s.set(ctx, chat, keyed(stateMsg, int64(msg)), article)
}
