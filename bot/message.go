package bot

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/library"
)

// A request is a message addressed to the bot.
type request struct {
	msg    *models.Message
	edited bool
	// cmd is the command without "/" and "@BotName", lower case; "" for a
	// plain question.
	cmd string
	// text is the command's arguments or the question.
	text string
	// media is a message without text (sticker, voice…) in a private chat.
	media bool
}

// commands are the commands the bot answers.
var commands = map[string]bool{
	"start": true, "help": true, "hoi": true, "ask": true,
	"tomtat": true, "baiviet": true, "nguon": true, "thongbao": true,
}

// parse tells whether m is addressed to the bot and what it asks. In a
// private chat every message is; in a group only commands, mentions of the
// bot and replies to its messages are.
func (b *Bot) parse(m *models.Message, edited bool) (request, bool) {
	req := request{msg: m, edited: edited}
	username, id := b.me()
	private := m.Chat.Type == models.ChatTypePrivate
	switch {
	case m.Chat.Type == models.ChatTypeChannel:
		return req, false
	case m.ViaBot != nil && m.ViaBot.ID == id:
		return req, false // one of our inline answers, posted by a user
	case m.From != nil && m.From.IsBot && m.From.Username != "GroupAnonymousBot":
		return req, false
	}
	text, ents := m.Text, m.Entities
	if text == "" {
		text, ents = m.Caption, m.CaptionEntities
	}
	if strings.TrimSpace(text) == "" {
		req.media = private && hasMedia(m)
		return req, req.media && !edited
	}
	if strings.HasPrefix(text, "/") {
		word, rest, _ := strings.Cut(text, " ")
		if i := strings.IndexAny(word, "\n\t"); i >= 0 {
			word, rest = text[:i], text[i+1:]
		}
		name, at, addressed := strings.Cut(word[1:], "@")
		if addressed && !strings.EqualFold(at, username) {
			return req, false // another bot's command
		}
		req.cmd, req.text = strings.ToLower(name), strings.TrimSpace(rest)
		// In a group, a command of ours without @BotName is ours only if
		// we know it.
		return req, private || addressed || commands[req.cmd]
	}
	req.text = strings.TrimSpace(text)
	if private {
		return req, true
	}
	if q, ok := stripMention(text, ents, username, id); ok {
		req.text = q
		return req, true
	}
	if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == id && id != 0 {
		return req, true
	}
	return req, false
}

// hasMedia reports whether m carries media or other content the bot cannot
// read: service messages do not count.
func hasMedia(m *models.Message) bool {
	return m.Sticker != nil || m.Voice != nil || m.Audio != nil || m.Video != nil ||
		m.VideoNote != nil || m.Photo != nil || m.Document != nil || m.Animation != nil ||
		m.Contact != nil || m.Location != nil || m.Venue != nil || m.Poll != nil || m.Dice != nil
}

// stripMention finds a mention of the bot in text and returns the text
// without it. Entity offsets count UTF-16 code units.
func stripMention(text string, ents []models.MessageEntity, username string, id int64) (string, bool) {
	u := utf16.Encode([]rune(text))
	for _, e := range ents {
		if e.Offset < 0 || e.Length <= 0 || e.Offset+e.Length > len(u) {
			continue
		}
		part := string(utf16.Decode(u[e.Offset : e.Offset+e.Length]))
		mine := e.Type == models.MessageEntityTypeMention && username != "" && strings.EqualFold(part, "@"+username) ||
			e.Type == models.MessageEntityTypeTextMention && e.User != nil && e.User.ID == id
		if mine {
			rest := string(utf16.Decode(u[:e.Offset])) + string(utf16.Decode(u[e.Offset+e.Length:]))
			return cleanQuestion(rest), true
		}
	}
	// Clients always send a mention entity; accept a bare "@BotName" too,
	// as a whole word. The username is ASCII, so bytes can be compared.
	if username == "" {
		return "", false
	}
	at := "@" + username
	for i := 0; i+len(at) <= len(text); i++ {
		end := i + len(at)
		if strings.EqualFold(text[i:end], at) && (end == len(text) || !isWordByte(text[end])) {
			return cleanQuestion(text[:i] + text[end:]), true
		}
	}
	return "", false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 0x80
}

// cleanQuestion trims spaces and the punctuation left by a removed mention.
func cleanQuestion(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimLeftFunc(s, func(r rune) bool { return r == ',' || r == ':' || unicode.IsSpace(r) })
}

// onMessage handles a message addressed to the bot.
func (b *Bot) onMessage(ctx context.Context, ev event, req request) {
	m := req.msg
	switch {
	case b.isUpload(req):
		b.onUpload(ctx, req)
	case req.media:
		b.reply(ctx, m, "Mình chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi về bài báo nhé!", nil)
	case req.cmd == "" && req.text == "":
		// Only a mention of the bot: ask what to look up, as /hoi does.
		req.cmd = "hoi"
		b.onCommand(ctx, ev, req)
	case req.cmd == "":
		if !b.smallTalk(ctx, req, classify(req.text)) {
			b.answerQuestion(ctx, ev, b.questionOf(m, req.edited, req.text))
		}
	case req.edited && req.cmd != "hoi" && req.cmd != "ask":
		// An edited command other than a question changes nothing.
	default:
		b.onCommand(ctx, ev, req)
	}
}

// Replies to small talk.
const (
	greetPrivate = "Chào bạn! 👋 Mình trả lời câu hỏi về bài báo. Bạn cứ gõ câu hỏi, hoặc bấm một gợi ý bên dưới."
	thanksReply  = "Không có gì ạ! 😊 Cần hỏi thêm thì bạn cứ gõ nhé."
	emptyHint    = "Bạn gõ câu hỏi về bài báo nhé, ví dụ một trong các câu dưới đây."
	emptyNoHint  = "Bạn gõ câu hỏi về bài báo nhé."
)

// smallTalk answers a greeting, thanks or a message without words, and
// reports whether req was one. In a private chat each gets a short kind
// reply; in a group, thanks and wordless messages get none, and a greeting
// one line on how to ask. An edited message gets nothing.
func (b *Bot) smallTalk(ctx context.Context, req request, kind talkKind) bool {
	if kind == talkQuestion {
		return false
	}
	m := req.msg
	group := isGroupChat(m)
	b.log.Info("small talk", "kind", string(kind), "chat", string(m.Chat.Type), "edited", req.edited)
	if req.edited {
		return true
	}
	switch {
	case kind == talkGreeting && group:
		b.reply(ctx, m, "Chào bạn! 👋 "+b.howToAskInGroup(), nil)
	case kind == talkGreeting:
		b.reply(ctx, m, greetPrivate, b.suggestionKeyboard(ctx, m, 3))
	case group:
		// Thanks or an emoji to the bot: nothing to add in a group.
	case kind == talkThanks:
		b.reply(ctx, m, thanksReply, nil)
	default:
		kb := b.suggestionKeyboard(ctx, m, 3)
		text := emptyHint
		if kb == nil {
			text = emptyNoHint
		}
		b.reply(ctx, m, text, kb)
	}
	return true
}

// A question is one question to answer in a chat.
type question struct {
	text   string
	chat   models.Chat
	user   int64
	thread int // forum topic
	// msg is the question's message, 0 for a tapped button.
	msg int
	// replyTo is the bot's message the question replies to, 0 for none:
	// its article is the question's.
	replyTo int
	// edited is set when the question's message was edited: the answer
	// sent to it is edited too.
	edited bool
	// article, when set, is the article to answer from: a user's pick,
	// or a button's.
	article string
	// heading shows the question above the answer, for a question asked
	// by a button.
	heading bool
	// editMsg is a message of the bot to edit into the answer (the choose
	// message whose article was picked), 0 to send one.
	editMsg int
}

// questionOf is the question text asked in message m.
func (b *Bot) questionOf(m *models.Message, edited bool, text string) question {
	q := question{text: text, chat: m.Chat, user: senderID(m), msg: m.ID, edited: edited}
	if m.IsTopicMessage {
		q.thread = m.MessageThreadID
	}
	_, me := b.me()
	if r := m.ReplyToMessage; r != nil && r.From != nil && r.From.ID == me && me != 0 {
		q.replyTo = r.ID
	}
	return q
}

// answerQuestion answers q, or, for an edited question the bot already
// answered, edits that answer unless it is unchanged. The article is, in
// this order: q.article; the one the question names; the previous turn's;
// that of the bot's message it replies to, or else the chat's current
// article; the only one. Otherwise the bot asks which, and keeps the
// question until one is chosen.
func (b *Bot) answerQuestion(ctx context.Context, ev event, q question) {
	prev := b.state.turn(ctx, q.chat.ID, q.user)
	current := ""
	if q.replyTo != 0 {
		// A reply to a message about an article is about that article,
		// not the one talked about before.
		if current = b.state.messageArticle(ctx, q.chat.ID, q.replyTo); current != "" && prev != nil && prev.Answer.Article != current {
			prev = nil
		}
	}
	if current == "" {
		current = b.state.article(ctx, q.chat.ID)
	}
	req := library.Request{Question: q.text, Prev: prev, Article: q.article, Current: current}
	a, article := b.respond(ctx, q.chat.ID, q.thread, req)
	defer b.logAnswer(ev, q.text, a) // once replied: the latency is update to reply
	if a.Kind == answer.KindChoose {
		b.state.setPending(ctx, q.chat.ID, q.user, &pendingQuestion{Question: q.text, Msg: q.msg})
	} else {
		b.state.setTurn(ctx, q.chat.ID, q.user, &answer.Turn{Question: q.text, Answer: a})
	}
	b.sendAnswer(ctx, q, a, article)
}

// known reports whether the engine has article id.
func (b *Bot) known(id string) bool {
	if id == "" {
		return false
	}
	_, ok := b.engine.Meta(id)
	return ok
}

// sendAnswer sends answer a to q about article, or edits it into the
// message it replaces, and remembers which article the message is about
// and which answer an edit of the question edits. It is the one place
// that sends an answer, and records it in the store just before, so that
// its 👍 and 👎 carry the record's id.
func (b *Bot) sendAnswer(ctx context.Context, q question, a answer.Answer, article string) {
	group := q.chat.Type != models.ChatTypePrivate
	kb := b.answerKeyboard(ctx, a, article, group, 0)
	text := b.answerText(a, article, kb)
	if q.heading {
		text = "❓ <i>" + esc(q.text) + "</i>\n" + text
	}
	// Without the votes, whose record differs every time.
	sum := digest(text, kb)
	editID := q.editMsg
	if q.edited && q.msg != 0 && editID == 0 {
		if old, ok := b.state.answerTo(ctx, q.chat.ID, q.msg); ok {
			if old.Sum == sum {
				// Telegram rejects an edit that changes nothing.
				b.log.Debug("edited question, same answer", "chat", q.chat.Type)
				return
			}
			editID = old.ID
		}
	}
	if rec := b.record(ctx, q, a, article); rec != 0 && !group && votable(a) {
		kb = b.answerKeyboard(ctx, a, article, group, rec)
	}
	id := editID
	if editID != 0 {
		if err := b.edit(ctx, q.chat.ID, editID, text, markup(kb)); err != nil {
			b.log.Warn("editing answer", "chat", q.chat.Type, "err", err)
			return
		}
	} else {
		out := outgoing{chat: q.chat.ID, thread: q.thread, text: text, markup: markup(kb)}
		if group {
			out.replyTo = q.msg
		}
		var err error
		if id, err = b.send(ctx, out); err != nil {
			b.log.Warn("sending answer", "chat", q.chat.Type, "err", err)
			return
		}
	}
	if q.msg != 0 {
		b.state.setAnswerTo(ctx, q.chat.ID, q.msg, sentAnswer{ID: id, Sum: sum})
	}
	b.state.setMessageArticle(ctx, q.chat.ID, id, article)
}

// digest is a short digest of a message's text and keyboard, to tell
// whether an edit changes it.
func digest(text string, kb *keyboard) string {
	h := sha256.New()
	h.Write([]byte(text))
	h.Write([]byte{0})
	if kb != nil {
		data, _ := json.Marshal(kb)
		h.Write(data)
	}
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:12])
}
