package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"
)

// articlesPerPage is how many articles a page of /baiviet lists.
const articlesPerPage = 5

// onArticles handles /baiviet (and its old name /nguon): the article, or
// the articles newest first, a page of buttons at a time, a tap on one
// making it the chat's. /baiviet N shows page N.
func (b *Bot) onArticles(ctx context.Context, req request) {
	list := b.engine.Articles()
	switch len(list) {
	case 0:
		b.reply(ctx, req.msg, "Hiện chưa có bài báo nào.", nil)
		return
	case 1:
		b.reply(ctx, req.msg, formatArticle(list[0]), nil)
		return
	}
	page, err := strconv.Atoi(strings.TrimSpace(req.text))
	if err != nil {
		page = 1
	}
	text, kb := b.articlePage(page)
	b.reply(ctx, req.msg, text, kb)
}

// articlePage renders page n (from 1; out of range is the nearest) of the
// articles: a line and a button for each, and buttons to the pages before
// and after.
func (b *Bot) articlePage(n int) (string, *keyboard) {
	list := b.engine.Articles()
	if len(list) == 0 {
		return "Hiện chưa có bài báo nào.", nil
	}
	pages := (len(list) + articlesPerPage - 1) / articlesPerPage
	n = min(max(n, 1), pages)
	first := (n - 1) * articlesPerPage
	var s strings.Builder
	fmt.Fprintf(&s, "<b>Các bài báo</b> (%d bài, mới nhất trước", len(list))
	if pages > 1 {
		fmt.Fprintf(&s, "; trang %d/%d", n, pages)
	}
	s.WriteString(")")
	var rows [][]button
	for i, m := range list[first:min(first+articlesPerPage, len(list))] {
		fmt.Fprintf(&s, "\n%d. %s", first+i+1, esc(m.Title))
		var meta []string
		if m.Source != "" {
			meta = append(meta, esc(m.Source))
		}
		if d := m.Date.String(); d != "" {
			meta = append(meta, esc(d))
		}
		if len(meta) > 0 {
			fmt.Fprintf(&s, " <i>(%s)</i>", strings.Join(meta, ", "))
		}
		fmt.Fprintf(&s, "\n   <code>/tomtat %s</code>", esc(m.ID))
		rows = append(rows, []button{{Text: fmt.Sprintf("%d. %s", first+i+1, articleLabel(m.Title, m.Date.String())), CallbackData: articleID(idPick, m.ID)}})
	}
	s.WriteString("\n\nBấm một bài để hỏi về bài đó.")
	var nav []button
	if n > 1 {
		nav = append(nav, button{Text: "◀ Trước", CallbackData: string(idPage) + strconv.Itoa(n-1)})
	}
	if n < pages {
		nav = append(nav, button{Text: "Sau ▶", CallbackData: string(idPage) + strconv.Itoa(n+1)})
	}
	if nav != nil {
		rows = append(rows, nav)
	}
	return s.String(), &keyboard{InlineKeyboard: rows}
}

// pickArticle makes article chat's current article, at user's choice:
// the user's previous turn is forgotten, so that a follow-up does not
// lead back to another article. It confirms with suggested questions of
// the article, editing message editMsg when it is not 0.
func (b *Bot) pickArticle(ctx context.Context, chat models.Chat, thread, editMsg int, user int64, article string) {
	m, ok := b.engine.Meta(article)
	if !ok {
		b.send(ctx, outgoing{chat: chat.ID, thread: thread, text: unknownArticle(article)})
		return
	}
	b.state.setArticle(ctx, chat.ID, article)
	b.state.setTurn(ctx, chat.ID, user, nil)
	text := "✅ Đã chọn bài: <b>" + esc(m.Title) + "</b>"
	if src := metaSource(m); src != "" {
		text += "\n" + src
	}
	text += "\n\nBạn gõ câu hỏi về bài này nhé"
	if chat.Type != models.ChatTypePrivate {
		text += " (<code>/hoi câu hỏi</code>)"
	}
	text += ". Gõ /tomtat để xem tóm tắt."
	n := 3
	if chat.Type != models.ChatTypePrivate {
		n = 1
	}
	kb := b.articleSuggestions(ctx, article, n)
	id := editMsg
	if editMsg != 0 {
		if err := b.edit(ctx, chat.ID, editMsg, text, markup(kb)); err != nil {
			b.log.Warn("confirming the article", "chat", chat.Type, "err", err)
			return
		}
	} else {
		var err error
		if id, err = b.send(ctx, outgoing{chat: chat.ID, thread: thread, text: text, markup: markup(kb)}); err != nil {
			b.log.Warn("confirming the article", "chat", chat.Type, "err", err)
			return
		}
	}
	b.state.setMessageArticle(ctx, chat.ID, id, article)
}
