package bot

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

// statsPeriod is the period /thongke sums, and /traloi finds its codes in.
const statsPeriod = 7 * 24 * time.Hour

// Limits of /thongke: questions listed per article and in all.
const (
	statsPerArticle = 5
	statsMax        = 40
)

// codeLen is the length of a question's code in /thongke; codeAlphabet
// has no letters or digits easy to mistake for one another.
const (
	codeLen      = 5
	codeAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"
)

// exampleCode is a code for the usage line of /traloi.
const exampleCode = "k3x9q"

// questionCode is the short code /thongke shows for question on article,
// and /traloi takes: the same on every replica and for every report.
func questionCode(article, question string) string {
	sum := sha256.Sum256([]byte(article + "\x00" + question))
	code := make([]byte, codeLen)
	for i := range code {
		code[i] = codeAlphabet[int(sum[i])%len(codeAlphabet)]
	}
	return string(code)
}

// editorOnly reports whether req comes from a bot admin (Config.AdminIDs)
// in a private chat, and otherwise replies why not.
func (b *Bot) editorOnly(ctx context.Context, req request) bool {
	m := req.msg
	admin := m.From != nil && b.admins[m.From.ID]
	switch {
	case !admin:
		b.reply(ctx, m, "Xin lỗi, lệnh này chỉ dành cho ban biên tập.", nil)
		return false
	case m.Chat.Type != models.ChatTypePrivate:
		b.reply(ctx, m, "Lệnh này dùng trong chat riêng với mình nhé.", nil)
		return false
	}
	return true
}

// onStats handles /thongke: for a bot admin in a private chat, what was
// asked over the last seven days, and the questions left unanswered or
// voted 👎 per article, each with the code to answer it with /traloi.
func (b *Bot) onStats(ctx context.Context, req request) {
	if !b.editorOnly(ctx, req) {
		return
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stateTimeout)
	defer cancel()
	r, err := b.state.st.Report(sctx, b.clock.Now().Add(-statsPeriod), statsPerArticle)
	if err != nil {
		b.log.Warn("reading the report for /thongke", "err", err)
		b.reply(ctx, req.msg, storeTrouble, nil)
		return
	}
	b.reply(ctx, req.msg, b.formatStats(sctx, r), nil)
}

// formatStats renders report r for /thongke; send splits it when it is
// longer than a message.
func (b *Bot) formatStats(ctx context.Context, r store.Report) string {
	var s strings.Builder
	s.WriteString("📊 <b>Thống kê 7 ngày qua</b>\n")
	fmt.Fprintf(&s, "Câu hỏi: <b>%d</b>, trả lời được %d (%s)\n", r.Questions, r.Answered, percent(r.Answered, r.Questions))
	fmt.Fprintf(&s, "Người hỏi: %d\n", r.Askers)
	fmt.Fprintf(&s, "Góp ý: 👍 %d · 👎 %d", r.Up, r.Down)
	if len(r.Unanswered) == 0 {
		s.WriteString("\n\nKhông có câu nào chưa trả lời được hoặc bị 👎.")
		return s.String()
	}
	s.WriteString("\n\n<b>Chưa trả lời được hoặc bị 👎</b> (nhiều lượt hỏi nhất trước)\n")
	s.WriteString("Để trả lời một câu, gõ <code>/traloi mã câu trả lời</code> (tối đa 300 ký tự); bấm vào mã để chép.")
	for i, u := range r.Unanswered {
		if i == statsMax {
			fmt.Fprintf(&s, "\n\n… và %d câu khác: xem đủ bằng <code>hoidap report</code>.", len(r.Unanswered)-statsMax)
			break
		}
		m, known := b.engine.Meta(u.Article)
		if i == 0 || r.Unanswered[i-1].Article != u.Article {
			switch {
			case known:
				fmt.Fprintf(&s, "\n\n📰 <b>%s</b>", esc(truncate(m.Title, 120)))
			case u.Article == "":
				s.WriteString("\n\n📰 <i>Chưa rõ bài nào</i> (người hỏi chưa chọn bài)")
			default:
				fmt.Fprintf(&s, "\n\n📰 <i>Bài không còn: %s</i>", esc(truncate(u.Article, 80)))
			}
		}
		fmt.Fprintf(&s, "\n• «%s» — %d lần", esc(truncate(u.Question, 200)), u.Count)
		if u.Down > 0 {
			fmt.Fprintf(&s, ", 👎 %d", u.Down)
		}
		if !known {
			continue
		}
		fmt.Fprintf(&s, " · <code>/traloi %s</code>", questionCode(u.Article, u.Question))
		if b.hasCurrentCurated(ctx, m, u.Question) {
			s.WriteString(" ✍️ đã có câu trả lời")
		}
	}
	return s.String()
}

// hasCurrentCurated reports whether question on the article m has a
// curated answer that is current.
func (b *Bot) hasCurrentCurated(ctx context.Context, m library.Meta, question string) bool {
	key := analysis.QuestionKey(question)
	if key == "" {
		return false
	}
	c, ok, err := b.state.st.Curated(ctx, m.ID, key)
	return err == nil && ok && library.CuratedCurrent(c, m)
}

// percent is n of total as a whole percentage, "–" when total is 0.
func percent(n, total int) string {
	if total == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(total))
}
