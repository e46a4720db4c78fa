package bot

import (
	"context"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/answer"
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
	"tomtat": true, "nguon": true, "thongbao": true,
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
	case req.media:
		b.reply(ctx, m, "Mình chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi về bài báo nhé!", nil)
	case req.cmd == "" && req.text == "":
		// Only a mention of the bot: ask what to look up, as /hoi does.
		req.cmd = "hoi"
		b.onCommand(ctx, ev, req)
	case req.cmd == "":
		if !b.smallTalk(ctx, req, classify(req.text)) {
			b.answerQuestion(ctx, ev, req, req.text)
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
		b.reply(ctx, m, greetPrivate, b.suggestionKeyboard(m, 3))
	case group:
		// Thanks or an emoji to the bot: nothing to add in a group.
	case kind == talkThanks:
		b.reply(ctx, m, thanksReply, nil)
	default:
		kb := b.suggestionKeyboard(m, 3)
		text := emptyHint
		if kb == nil {
			text = emptyNoHint
		}
		b.reply(ctx, m, text, kb)
	}
	return true
}

// A sent answer, remembered so that an edited question edits it.
type sentAnswer struct {
	id           int
	text, markup string // as sent
}

// answerQuestion answers question in m's chat, or, for an edited question
// the bot already answered, edits that answer unless it is unchanged.
func (b *Bot) answerQuestion(ctx context.Context, ev event, req request, question string) {
	m := req.msg
	thread := 0
	if m.IsTopicMessage {
		thread = m.MessageThreadID
	}
	turn := userKey{m.Chat.ID, senderID(m)}
	var prev *answer.Turn
	if t, ok := b.turns.get(turn); ok {
		prev = &t
	}
	a := b.ask(ctx, m.Chat.ID, thread, question, prev)
	defer b.logAnswer(ev, question, a) // once replied: the latency is update to reply
	b.turns.put(turn, answer.Turn{Question: question, Answer: a})
	kb := b.answerKeyboard(a, isGroupChat(m))
	text := answerText(a, kb)
	sent := sentAnswer{text: text, markup: markupJSON(kb)}

	key := userKey{m.Chat.ID, int64(m.ID)}
	if req.edited {
		if old, ok := b.replies.get(key); ok {
			if old.text == sent.text && old.markup == sent.markup {
				// Telegram rejects an edit that changes nothing.
				b.log.Debug("edited question, same answer", "chat", m.Chat.Type)
				return
			}
			if err := b.edit(ctx, m.Chat.ID, old.id, text, markup(kb)); err != nil {
				b.log.Warn("editing answer", "chat", m.Chat.Type, "err", err)
				return
			}
			sent.id = old.id
			b.replies.put(key, sent)
			return
		}
	}
	if sent.id = b.reply(ctx, m, text, kb); sent.id != 0 {
		b.replies.put(key, sent)
	}
}

// markupJSON is kb as JSON, for comparing keyboards.
func markupJSON(kb *keyboard) string {
	if kb == nil {
		return ""
	}
	data, _ := json.Marshal(kb)
	return string(data)
}
