package bot

import (
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hoidap/hoidap/answer"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/library"
)

// Replies are Telegram HTML: only b, i, u, s, a, code, pre, blockquote and
// tg-spoiler, and every dynamic text goes through esc.

// esc escapes text for Telegram HTML.
func esc(s string) string { return html.EscapeString(s) }

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

// sourceLine is the italic "Nguồn: QNO, 19/9/2024" line, or "". With a
// title it names the article too: "Nguồn: «title», QNO, 19/9/2024".
func sourceLine(title, newspaper, date string) string {
	var parts []string
	if title = strings.TrimSpace(title); title != "" {
		parts = append(parts, "«"+esc(truncate(title, 120))+"»")
	}
	for _, p := range []string{newspaper, date} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, esc(p))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "<i>Nguồn: " + strings.Join(parts, ", ") + "</i>"
}

// articleSource is the source line of an article.
func articleSource(a *corpus.Article) string {
	if a == nil {
		return ""
	}
	return sourceLine("", a.Source, a.Date.String())
}

// metaSource is the source line of a listed article.
func metaSource(m library.Meta) string {
	return sourceLine("", m.Source, m.Date.String())
}

// formatAnswer renders an answer: the short answer in bold, the source
// sentence as a quote, the source line; a curated answer is marked as the
// editors'. A none answer is said kindly; the suggestions come as buttons,
// announced by suggestionHint.
// withQuestion adds the question first, for messages sent inline; title,
// when set, names the article in the source line.
func formatAnswer(a answer.Answer, withQuestion bool, title string) string {
	var b strings.Builder
	if withQuestion && strings.TrimSpace(a.Question) != "" {
		fmt.Fprintf(&b, "❓ <i>%s</i>\n", esc(truncate(a.Question, 300)))
	}
	if a.Kind == answer.KindNone || strings.TrimSpace(a.Answer) == "" {
		reply := strings.TrimSpace(a.Answer)
		if reply == "" {
			reply = notSaid
		}
		b.WriteString(esc(reply))
		return b.String()
	}
	fmt.Fprintf(&b, "<b>%s</b>", esc(a.Answer))
	if a.Kind == answer.KindCurated {
		// Written by the editors: said so, and no source sentence.
		b.WriteString("\n<i>" + esc(library.CuratedFooter) + "</i>")
		if line := sourceLine(title, "", ""); line != "" {
			b.WriteString("\n" + line)
		}
	}
	if len(a.Sources) > 0 {
		src := a.Sources[0]
		if t := strings.TrimSpace(src.Text); t != "" && t != strings.TrimSpace(a.Answer) {
			fmt.Fprintf(&b, "\n<blockquote>%s</blockquote>", esc(t))
		}
		if line := sourceLine(title, src.Newspaper, src.Date); line != "" {
			b.WriteString("\n" + line)
		}
	}
	return b.String()
}

// notSaid is the reply when the articles do not say.
const notSaid = "Xin lỗi, bài báo không nói về điều này."

// suggestionHint is the line that announces the suggested questions under
// a none answer whose text is text, with n question buttons; "" when
// there are none or text already points to them.
func suggestionHint(text string, n int) string {
	switch {
	case n == 0 || strings.Contains(fold(text), "duoi day"):
		return ""
	case n == 1:
		return "\n\nBạn có thể hỏi câu dưới đây:"
	}
	return "\n\nBạn có thể hỏi một trong các câu dưới đây:"
}

// formatPassage renders a whole passage as a quote under a heading, the
// bytes [start, end) of its text in bold (none when end is 0), and its
// article's source line.
func formatPassage(p corpus.Passage, source string, start, end int) string {
	var b strings.Builder
	b.WriteString("<b>Đoạn gốc</b>\n<blockquote>")
	text := p.Text
	if end > start && end <= len(text) && utf8.ValidString(text[:start]) && utf8.ValidString(text[start:end]) {
		b.WriteString(esc(strings.TrimLeftFunc(text[:start], unicode.IsSpace)))
		b.WriteString("<b>" + esc(text[start:end]) + "</b>")
		b.WriteString(esc(strings.TrimRightFunc(text[end:], unicode.IsSpace)))
	} else {
		b.WriteString(esc(strings.TrimSpace(text)))
	}
	b.WriteString("</blockquote>")
	if p.Credit != "" {
		fmt.Fprintf(&b, "\n<i>Ảnh: %s</i>", esc(p.Credit))
	}
	if source != "" {
		b.WriteString("\n" + source)
	}
	return b.String()
}

// formatSummary renders what an article reports: what, when, where, who,
// key numbers and awards.
func formatSummary(s answer.Summary, heading string) string {
	var b strings.Builder
	title := strings.TrimSpace(s.What)
	if title == "" && s.Article != nil {
		title = s.Article.Title
	}
	if heading != "" {
		b.WriteString(heading + " ")
	}
	fmt.Fprintf(&b, "<b>%s</b>", esc(title))
	line := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			fmt.Fprintf(&b, "\n%s %s", label, esc(v))
		}
	}
	list := func(label string, vs []string) {
		if len(vs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n\n<b>%s</b>", label)
		for _, v := range vs {
			fmt.Fprintf(&b, "\n• %s", esc(v))
		}
	}
	if s.Article != nil && title != s.Article.Title && s.Article.Title != "" {
		line("📰", s.Article.Title)
	}
	line("🗓", s.When)
	line("📍", s.Where)
	if len(s.Organisers) > 0 {
		line("🏛", strings.Join(s.Organisers, "; "))
	}
	list("Con số chính", s.Numbers)
	list("Khen thưởng", s.Awards)
	list("Nhân vật", s.People)
	if src := articleSource(s.Article); src != "" {
		b.WriteString("\n\n" + src)
	}
	return b.String()
}

// formatArticle renders one article's listing, for /baiviet with one
// article loaded.
func formatArticle(m library.Meta) string {
	var b strings.Builder
	fmt.Fprintf(&b, "📰 <b>%s</b>", esc(m.Title))
	if src := metaSource(m); src != "" {
		b.WriteString("\n" + src)
	}
	b.WriteString("\n\nGõ /tomtat để xem tóm tắt.")
	return b.String()
}
