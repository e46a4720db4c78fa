package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
	"golang.org/x/text/unicode/norm"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/store"
)

// An admin (Config.AdminIDs) adds an article by sending its .txt file in a
// private chat. The file is checked whole before anything is kept: its
// name gives the article's id, it is at most MaxUpload bytes of UTF-8 and
// parses as an article with a passage besides its title. A file whose id
// an article already has waits, in the chat state, for the admin to
// confirm the replacement; only its Telegram file id and hash are kept,
// and it is downloaded again on confirmation. The bytes go to the store
// (store.Store.PutArticle) in one step, then Config.Rescan brings the
// engine in step at once.

// MaxUpload is the largest article file an admin may upload, in bytes.
const MaxUpload = 1 << 20

// Chat state and buttons of uploads.
const (
	stateUpload = "upload:" // + user: an upload waiting for "Thay thế"
	uploadTTL   = time.Hour
	// Callback data of the confirmation buttons: the prefix, then the
	// first uploadHashLen characters of the file's hash.
	cbReplace     = "ur"
	cbCancel      = "ux"
	uploadHashLen = 16
	// rescanTimeout bounds the scan an upload triggers.
	rescanTimeout = 2 * time.Minute
)

// Replies about uploads.
const (
	uploadOnlyPrivate = "Muốn thêm bài viết, quản trị viên gửi tệp .txt trong chat riêng với mình nhé."
	uploadNotAdmin    = "Chỉ quản trị viên của bot mới thêm được bài viết. Bạn gõ câu hỏi về bài báo nhé!"
	uploadNoDataDir   = "Bot đang chạy không có thư mục dữ liệu (DATA_DIR cùng CORPUS_DIR) nên chưa thêm được bài viết qua Telegram. Nhờ người quản trị máy chủ đặt DATA_DIR rồi gửi lại tệp nhé."
	uploadNotTxt      = "Tệp bài viết phải có đuôi <code>.txt</code>; tên tệp (bỏ đuôi) là mã bài, ví dụ <code>002_hoi-thao.txt</code>."
	uploadTooBig      = "Tệp lớn hơn 1 MB, mình không nhận được. Bạn rút gọn hoặc tách bài rồi gửi lại nhé."
	uploadNotUTF8     = "Tệp không phải UTF-8. Bạn lưu lại tệp với bảng mã UTF-8 rồi gửi lại nhé."
	uploadNoDownload  = "Mình không tải được tệp từ Telegram. Bạn gửi lại tệp giúp mình nhé."
	uploadStoreFailed = "Mình chưa lưu được bài (lỗi kho dữ liệu), chưa có gì thay đổi. Bạn thử lại sau ít phút nhé."
	uploadExpired     = "Yêu cầu này đã hết hạn. Bạn gửi lại tệp nhé."
	uploadChanged     = "Tệp trên Telegram không còn như lúc gửi, chưa có gì thay đổi. Bạn gửi lại tệp nhé."
)

// A pendingUpload is an uploaded file waiting for the admin to confirm
// that it replaces the article of the same id.
type pendingUpload struct {
	ID     string    `json:"id"`
	FileID string    `json:"file"`
	Hash   string    `json:"hash"`
	At     time.Time `json:"at"`
}

// isUpload reports whether req is an article file sent to the bot: a
// document named *.txt, or any document from an admin in a private chat.
func (b *Bot) isUpload(req request) bool {
	m := req.msg
	if m.Document == nil || req.edited {
		return false
	}
	return strings.HasSuffix(strings.ToLower(m.Document.FileName), ".txt") ||
		!isGroupChat(m) && m.From != nil && b.admins[m.From.ID]
}

// onUpload handles an article file sent to the bot: it checks it and adds
// it, or asks before replacing an article of the same id.
func (b *Bot) onUpload(ctx context.Context, req request) {
	m := req.msg
	doc := m.Document
	switch {
	case isGroupChat(m):
		b.reply(ctx, m, uploadOnlyPrivate, nil)
		return
	case m.From == nil || !b.admins[m.From.ID]:
		b.reply(ctx, m, uploadNotAdmin, nil)
		return
	case b.cfg.Rescan == nil:
		b.reply(ctx, m, uploadNoDataDir, nil)
		return
	}
	id, problem := uploadID(doc.FileName)
	if problem != "" {
		b.reply(ctx, m, problem, nil)
		return
	}
	if doc.FileSize > MaxUpload {
		b.reply(ctx, m, uploadTooBig, nil)
		return
	}
	data, problem := b.download(ctx, doc.FileID)
	if problem != "" {
		b.reply(ctx, m, problem, nil)
		return
	}
	title, problem := checkArticle(id, data)
	if problem != "" {
		b.reply(ctx, m, problem, nil)
		return
	}
	exists, err := b.articleExists(ctx, id)
	if err != nil {
		b.log.Warn("upload: looking the article up in the store", "err", err)
		b.reply(ctx, m, uploadStoreFailed, nil)
		return
	}
	b.log.Info("article uploaded", "id", id, "bytes", len(data), "exists", exists)
	if !exists {
		b.reply(ctx, m, b.addArticle(ctx, m.Chat.ID, id, data, false), nil)
		return
	}
	hash := corpus.Hash(data)
	b.state.set(ctx, m.Chat.ID, keyed(stateUpload, m.From.ID), pendingUpload{ID: id, FileID: doc.FileID, Hash: hash, At: b.clock.Now()})
	old := id
	if meta, ok := b.engine.Meta(id); ok && meta.Title != "" {
		old = meta.Title
	}
	kb := &keyboard{InlineKeyboard: [][]button{{
		{Text: "Thay thế", CallbackData: cbReplace + hash[:uploadHashLen]},
		{Text: "Huỷ", CallbackData: cbCancel + hash[:uploadHashLen]},
	}}}
	b.reply(ctx, m, fmt.Sprintf("Đã có bài mã <code>%s</code> («%s»). Thay bằng tệp mới «%s»?",
		esc(id), esc(truncate(old, 120)), esc(truncate(title, 120))), kb)
}

// uploadID returns the article id a file name gives, or a reply saying why
// it gives none.
func uploadID(name string) (string, string) {
	base, ok := strings.CutSuffix(name, ".txt")
	if !ok {
		if strings.HasSuffix(strings.ToLower(name), ".txt") {
			base = name[:len(name)-len(".txt")]
		} else {
			return "", uploadNotTxt
		}
	}
	id := norm.NFC.String(base)
	if err := corpus.CheckID(id); err != nil {
		return "", fmt.Sprintf("Tên tệp «%s» không dùng được làm mã bài: mã bài (tên tệp bỏ đuôi .txt) dài 1 đến %d ký tự, không có dấu / hay \\, ký tự điều khiển, không bắt đầu bằng dấu chấm.",
			esc(truncate(name, 120)), corpus.MaxIDLength)
	}
	return id, ""
}

// checkArticle checks that data is an article: UTF-8 that parses, with a
// passage besides its title. It returns the article's title, or a reply
// saying what is wrong.
func checkArticle(id string, data []byte) (title, problem string) {
	if !utf8.Valid(data) {
		return "", uploadNotUTF8
	}
	a, err := parseArticle(id, data)
	if err != nil {
		return "", "Tệp không đúng định dạng bài viết: " + parseReason(err) + "."
	}
	body := 0
	for _, p := range a.Passages {
		if p.Kind != corpus.KindTitle {
			body++
		}
	}
	if body == 0 {
		return "", "Tệp không đúng định dạng bài viết: bài chỉ có tiêu đề, không có đoạn nào để trả lời."
	}
	switch a.Language {
	case "", "vi", "en":
	default:
		return "", "Tệp không đúng định dạng bài viết: mình chỉ đọc được bài tiếng Việt hoặc tiếng Anh."
	}
	return a.Headline(), ""
}

// parseArticle parses an article; a panic of the parser is an error.
func parseArticle(id string, data []byte) (a *corpus.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("internal error reading the article: %v", p)
		}
	}()
	return corpus.Parse(id, data)
}

// parseReason says in Vietnamese why the parser refused an article.
func parseReason(err error) string {
	switch {
	case errors.Is(err, corpus.ErrEmpty):
		return "tệp trống"
	case errors.Is(err, corpus.ErrNoDateLine):
		return "dòng đầu phải bắt đầu bằng <code>date YYYY-MM</code> hoặc <code>date YYYY-MM-DD</code> (" + esc(err.Error()) + ")"
	case errors.Is(err, corpus.ErrInvalidUTF8):
		return "tệp không phải UTF-8"
	}
	return esc(err.Error())
}

// articleExists reports whether an article has id: in the engine, or among
// the uploads kept in the store and not served yet.
func (b *Bot) articleExists(ctx context.Context, id string) (bool, error) {
	if b.known(id) {
		return true, nil
	}
	ctx, cancel := context.WithTimeout(ctx, stateTimeout)
	defer cancel()
	_, err := b.state.st.Article(ctx, id)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, store.ErrNotFound):
		return false, nil
	}
	return false, err
}

// download fetches the file fileID from Telegram, at most MaxUpload bytes;
// it returns a reply saying why it could not.
func (b *Bot) download(ctx context.Context, fileID string) ([]byte, string) {
	var f *models.File
	err := b.call(ctx, 0, false, func(ctx context.Context, _ int64) error {
		var err error
		f, err = b.tg.GetFile(ctx, &tg.GetFileParams{FileID: fileID})
		return err
	})
	if err != nil {
		b.log.Warn("upload: getFile", "err", b.redact(err))
		if strings.Contains(err.Error(), "file is too big") {
			return nil, uploadTooBig
		}
		return nil, uploadNoDownload
	}
	if f.FileSize > MaxUpload {
		return nil, uploadTooBig
	}
	dctx, cancel := context.WithTimeout(ctx, b.cfg.SendTimeout)
	defer cancel()
	data, err := b.fetch(dctx, b.tg.FileDownloadLink(f))
	if err != nil {
		b.log.Warn("upload: downloading the file", "err", b.redact(err))
		return nil, uploadNoDownload
	}
	if len(data) > MaxUpload {
		return nil, uploadTooBig
	}
	return data, ""
}

// fetch GETs url and returns at most MaxUpload+1 bytes of its body.
func (b *Bot) fetch(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download: %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxUpload+1))
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	return data, nil
}

// addArticle keeps data as article id in the store, has the engine rescan,
// makes the article chat's current one and returns the reply to send.
func (b *Bot) addArticle(ctx context.Context, chat int64, id string, data []byte, replace bool) string {
	sctx, cancel := context.WithTimeout(ctx, stateTimeout)
	err := b.state.st.PutArticle(sctx, id, data)
	cancel()
	if err != nil {
		b.log.Warn("upload: keeping the article", "err", err)
		return uploadStoreFailed
	}
	rctx, cancel := context.WithTimeout(ctx, rescanTimeout)
	err = b.cfg.Rescan(rctx)
	cancel()
	if err != nil {
		b.log.Warn("upload: rescanning", "err", err)
	}
	meta, ok := b.engine.Meta(id)
	if !ok || meta.Hash != corpus.Hash(data) {
		return fmt.Sprintf("Đã lưu bài <code>%s</code>; mình sẽ trả lời về bài này sau lần quét bài tới.", esc(id))
	}
	b.state.setArticle(ctx, chat, id)
	verb := "Đã thêm bài"
	if replace {
		verb = "Đã thay bài"
	}
	return fmt.Sprintf("%s: «%s» (<code>%s</code>). Bạn có thể hỏi về bài này ngay.", verb, esc(meta.Title), esc(id))
}

// onUploadCallback handles the buttons under a replacement question, and
// reports whether cq was one of them.
func (b *Bot) onUploadCallback(ctx context.Context, cq *models.CallbackQuery) bool {
	replace := strings.HasPrefix(cq.Data, cbReplace)
	if !replace && !strings.HasPrefix(cq.Data, cbCancel) {
		return false
	}
	chat, msgID, inChat := callbackChat(cq)
	var p pendingUpload
	name := keyed(stateUpload, cq.From.ID)
	if !inChat || !b.state.get(ctx, chat.ID, name, &p) || !b.clock.Now().Before(p.At.Add(uploadTTL)) ||
		len(p.Hash) < uploadHashLen || cq.Data[len(cbReplace):] != p.Hash[:uploadHashLen] {
		b.answerCallback(ctx, cq.ID, uploadExpired, true)
		return true
	}
	b.state.set(ctx, chat.ID, name, nil)
	b.answerCallback(ctx, cq.ID, "", false)
	var text string
	switch {
	case !replace:
		text = fmt.Sprintf("Đã huỷ; bài <code>%s</code> vẫn giữ nguyên.", esc(p.ID))
	case !b.admins[cq.From.ID]:
		text = uploadNotAdmin
	case b.cfg.Rescan == nil:
		text = uploadNoDataDir
	default:
		data, problem := b.download(ctx, p.FileID)
		switch {
		case problem != "":
			text = problem
		case corpus.Hash(data) != p.Hash:
			text = uploadChanged
		default:
			text = b.addArticle(ctx, chat.ID, p.ID, data, true)
		}
	}
	if err := b.edit(ctx, chat.ID, msgID, text, nil); err != nil {
		b.log.Warn("upload: answering the confirmation", "err", err)
	}
	return true
}
