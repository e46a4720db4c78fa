package bot

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/datadir"
	"github.com/hoidap/hoidap/library"
	"github.com/hoidap/hoidap/store"
)

const (
	seedArticle   = "000_5733c26161288d00"
	kontumArticle = "001_2bd7fa3da5dabe67"
	// kontumQuestion names the Kon Tum article's event; its answer holds
	// "12/11".
	kontumQuestion = "Hội thao các dân tộc thiểu số Kon Tum bế mạc ngày nào?"
)

// articleText returns the raw text of article id of testdata/articles/multi.
func articleText(t *testing.T, id string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "multi", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// An uploadEnv is a bot over a real library in a data dir, serving a
// corpus folder with the seed article and the uploads kept in its store,
// as hoidap serve does.
type uploadEnv struct {
	*harness
	st  store.Store
	lib *library.Library
	// uploads is the folder the store's articles are written into.
	uploads string
}

// startUploads starts an uploadEnv; st, when not nil, wraps the store.
func startUploads(t *testing.T, wrap func(store.Store) store.Store) *uploadEnv {
	t.Helper()
	ctx := context.Background()
	root := t.TempDir()
	corpusDir, uploads := filepath.Join(root, "corpus"), filepath.Join(root, "uploads")
	for _, dir := range []string{corpusDir, uploads} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(corpusDir, seedArticle+".txt"), articleText(t, seedArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := datadir.Open(ctx, filepath.Join(root, "data"))
	if err != nil {
		t.Fatal(err)
	}
	folders := []datadir.Folder{{Path: corpusDir}, {Path: uploads, Whole: true}}
	if _, err := d.SyncFolders(ctx, folders, datadir.SyncOptions{}); err != nil {
		t.Fatal(err)
	}
	lib := library.New(library.DirShelf(d), 0)
	t.Cleanup(func() { lib.Close() })
	st, err := store.Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	env := &uploadEnv{st: st, lib: lib, uploads: uploads}
	if wrap != nil {
		env.st = wrap(st)
	}
	// The rescan of hoidap serve, in short: the store's articles written
	// into the uploads folder, then the folders synced.
	rescan := func(ctx context.Context) error {
		list, err := st.Articles(ctx)
		if err != nil {
			return err
		}
		entries, err := os.ReadDir(uploads)
		if err != nil {
			return err
		}
		for _, e := range entries {
			os.Remove(filepath.Join(uploads, e.Name()))
		}
		for _, a := range list {
			data, err := st.Article(ctx, a.Name)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(uploads, a.Name+".txt"), data, 0o644); err != nil {
				return err
			}
		}
		ch, err := d.SyncFolders(ctx, folders, datadir.SyncOptions{Stable: true})
		if err != nil {
			return err
		}
		lib.Refresh(append(append(ch.Added, ch.Changed...), ch.Removed...)...)
		return nil
	}
	env.harness = startEngine(t, lib, func(c *Config) {
		c.Store = env.st
		c.Rescan = rescan
	})
	return env
}

// document is a message of user in a private chat carrying a file named
// name holding data, put on the fake API; size is its file_size, that of
// data when -1.
func (h *harness) document(user int64, name string, data []byte, size int64) *models.Message {
	m := privateMsg(user, "")
	if size < 0 {
		size = int64(len(data))
	}
	m.Document = &models.Document{FileID: h.api.addFile(data), FileUniqueID: "u", FileName: name, FileSize: size}
	return m
}

// stored returns the names of the articles kept in the store.
func (e *uploadEnv) stored() []string {
	e.t.Helper()
	list, err := e.st.Articles(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	var names []string
	for _, a := range list {
		names = append(names, a.Name)
	}
	return names
}

// TestUploadAnswerable: an admin's good file is kept in the store, served
// after the scan it triggers, becomes the chat's article and is answered
// from.
func TestUploadAnswerable(t *testing.T) {
	e := startUploads(t, nil)
	e.api.push(update(e.document(adminID, "hoi-thao kon tum.txt", articleText(t, kontumArticle), -1)))
	reply := e.waitSends(adminID, 1)[0].text()
	if !strings.HasPrefix(reply, "Đã thêm bài: «") || !strings.Contains(reply, "(<code>hoi-thao kon tum</code>)") {
		t.Fatalf("reply %q, want Đã thêm bài: «title» (id)", reply)
	}
	m, ok := e.lib.Meta("hoi-thao kon tum")
	if !ok || !strings.Contains(reply, "«"+esc(m.Title)+"»") {
		t.Errorf("Meta = %+v, %v; reply %q", m, ok, reply)
	}
	if got := e.stored(); len(got) != 1 || got[0] != "hoi-thao kon tum" {
		t.Errorf("stored %v", got)
	}
	e.api.push(update(privateMsg(adminID, kontumQuestion)))
	if got := e.waitSends(adminID, 2)[1].text(); !strings.Contains(got, "12/11") {
		t.Errorf("answer after the upload: %q, want 12/11", got)
	}
	// A follow-up without the event's name is about the chat's article,
	// the upload, not the seed.
	if got := e.bot.state.article(context.Background(), adminID); got != "hoi-thao kon tum" {
		t.Errorf("chat's article %q, want the upload", got)
	}
}

// TestUploadRejected: a bad file gets a reply naming the problem, and
// nothing is kept or served.
func TestUploadRejected(t *testing.T) {
	good := articleText(t, kontumArticle)
	big := append(bytes.Clone(good), bytes.Repeat([]byte("\n\nThêm một đoạn văn nữa."), MaxUpload/20)...)
	const user = 777
	tests := []struct {
		name     string
		user     int64
		file     string
		data     []byte
		size     int64 // file_size; -1 for len(data)
		group    bool
		want     string // in the reply; "" for none
		download bool   // whether the file is downloaded
		// hideSize: getFile does not tell the size either.
		hideSize bool
	}{
		{name: "not UTF-8", user: adminID, file: "a.txt", data: []byte("date 2024-09 Tiêu đề \xff\xfe\n\nĐoạn."), size: -1, want: "Tệp không phải UTF-8", download: true},
		{name: "over 1 MB by file_size", user: adminID, file: "a.txt", data: good, size: MaxUpload + 1, want: "Tệp lớn hơn 1 MB"},
		{name: "over 1 MB by getFile's file_size", user: adminID, file: "a.txt", data: big, size: 1000, want: "Tệp lớn hơn 1 MB"},
		{name: "over 1 MB by bytes", user: adminID, file: "a.txt", data: big, size: 1000, hideSize: true, want: "Tệp lớn hơn 1 MB", download: true},
		{name: "no date line", user: adminID, file: "a.txt", data: []byte("Tiêu đề\n\nMột đoạn văn."), size: -1, want: "Tệp không đúng định dạng bài viết: dòng đầu phải bắt đầu bằng", download: true},
		{name: "empty", user: adminID, file: "a.txt", data: []byte(" \n"), size: -1, want: "Tệp không đúng định dạng bài viết: tệp trống", download: true},
		{name: "title only", user: adminID, file: "a.txt", data: []byte("date 2024-09 Tiêu đề bài\n"), size: -1, want: "Tệp không đúng định dạng bài viết", download: true},
		{name: "not .txt", user: adminID, file: "a.pdf", data: good, size: -1, want: "phải có đuôi <code>.txt</code>"},
		{name: "dot name", user: adminID, file: ".an.txt", data: good, size: -1, want: "không dùng được làm mã bài"},
		{name: "long name", user: adminID, file: strings.Repeat("a", 101) + ".txt", data: good, size: -1, want: "không dùng được làm mã bài"},
		{name: "empty name", user: adminID, file: ".txt", data: good, size: -1, want: "không dùng được làm mã bài"},
		{name: "not an admin", user: user, file: "a.txt", data: good, size: -1, want: "Chỉ quản trị viên"},
		{name: "in a group", user: adminID, file: "a.txt", data: good, size: -1, group: true, want: "trong chat riêng"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := startUploads(t, nil)
			e.api.mu.Lock()
			e.api.hideSizes = tt.hideSize
			e.api.mu.Unlock()
			m := e.document(tt.user, tt.file, tt.data, tt.size)
			chat := tt.user
			if tt.group {
				chat = -100123
				m.Chat = models.Chat{ID: chat, Type: models.ChatTypeSupergroup, Title: "Nhóm"}
				m.Caption = "@" + testUsername
			}
			e.api.push(update(m))
			reply := e.waitSends(chat, 1)[0].text()
			if !strings.Contains(reply, tt.want) {
				t.Errorf("reply %q, want %q", reply, tt.want)
			}
			if got := e.stored(); len(got) != 0 {
				t.Errorf("stored %v, want nothing", got)
			}
			if n := len(e.lib.Articles()); n != 1 {
				t.Errorf("%d articles served, want the seed alone", n)
			}
			if got := len(e.api.record("download")) > 0; got != tt.download {
				t.Errorf("downloaded: %v, want %v", got, tt.download)
			}
		})
	}
}

// TestUploadReplace: a file named as an article the bot has waits for
// "Thay thế", then replaces it; "Huỷ" keeps the old text.
func TestUploadReplace(t *testing.T) {
	e := startUploads(t, nil)
	seed, kontum := articleText(t, seedArticle), articleText(t, kontumArticle)
	confirm := func(n int, data []byte) apiCall {
		t.Helper()
		e.api.push(update(e.document(adminID, seedArticle+".txt", data, -1)))
		c := e.waitSends(adminID, n)[n-1]
		if !strings.Contains(c.text(), "Đã có bài mã <code>"+seedArticle+"</code>") {
			t.Fatalf("reply %q, want a question before replacing", c.text())
		}
		return c
	}
	press := func(c apiCall, label string, edits int) string {
		t.Helper()
		var data string
		for _, row := range c.keyboard(t) {
			for _, b := range row {
				if b.Text == label {
					data = b.CallbackData
				}
			}
		}
		if data == "" {
			t.Fatalf("no %q button in %v", label, c.keyboard(t))
		}
		e.api.push(callbackUpdate(&models.Message{ID: c.MsgID, Chat: models.Chat{ID: adminID, Type: models.ChatTypePrivate}}, adminID, data))
		return e.api.waitN("editMessageText", edits)[edits-1].text()
	}
	ask := func(n int) string {
		t.Helper()
		e.api.push(update(privateMsg(adminID, kontumQuestion)))
		return e.waitSends(adminID, n)[n-1].text()
	}

	// Replace the corpus's seed article by the Kon Tum text: the upload
	// wins over the corpus file of the same name.
	c := confirm(1, kontum)
	if got := e.stored(); len(got) != 0 {
		t.Fatalf("stored %v before the confirmation", got)
	}
	if got := press(c, "Thay thế", 1); !strings.HasPrefix(got, "Đã thay bài: «") {
		t.Fatalf("after Thay thế: %q", got)
	}
	if m, _ := e.lib.Meta(seedArticle); m.Hash != corpus.Hash(kontum) {
		t.Errorf("after Thay thế the article's hash is %s, want the new text's", m.Hash)
	}
	if got := ask(2); !strings.Contains(got, "12/11") {
		t.Errorf("answer after the replacement: %q, want 12/11", got)
	}

	// Cancel a replacement by the seed text: the Kon Tum text stays.
	c = confirm(3, seed)
	if got := press(c, "Huỷ", 2); !strings.Contains(got, "Đã huỷ") {
		t.Errorf("after Huỷ: %q", got)
	}
	if m, _ := e.lib.Meta(seedArticle); m.Hash != corpus.Hash(kontum) {
		t.Errorf("after Huỷ the article's hash is %s, want the kept text's", m.Hash)
	}
	if got := ask(4); !strings.Contains(got, "12/11") {
		t.Errorf("answer after Huỷ: %q, want 12/11", got)
	}
	// The button is spent.
	e.api.push(callbackUpdate(&models.Message{ID: c.MsgID, Chat: models.Chat{ID: adminID, Type: models.ChatTypePrivate}}, adminID, c.keyboard(t)[0][0].CallbackData))
	cbs := e.api.waitN("answerCallbackQuery", 3)
	if got := cbs[2].Params["text"]; got != uploadExpired {
		t.Errorf("a spent button: %q, want %q", got, uploadExpired)
	}

	// A file changed on Telegram since it was sent is not kept.
	c = confirm(5, seed)
	e.api.setFile(latestFile(e.api), []byte("date 2024-09 Khác\n\nĐoạn khác."))
	if got := press(c, "Thay thế", 3); got != uploadChanged {
		t.Errorf("after Thay thế of a changed file: %q", got)
	}
	if m, _ := e.lib.Meta(seedArticle); m.Hash != corpus.Hash(kontum) {
		t.Error("a changed file replaced the article")
	}
}

// latestFile is the file_id of the file added last.
func latestFile(f *fakeAPI) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return "file" + strconv.Itoa(len(f.files))
}

// putFailing is a store whose PutArticle fails.
type putFailing struct{ store.Store }

func (putFailing) PutArticle(context.Context, string, []byte) error { return errStoreDown }

// TestUploadStoreFailure: when the store cannot keep the file, the reply
// says so and nothing is kept or served.
func TestUploadStoreFailure(t *testing.T) {
	e := startUploads(t, func(s store.Store) store.Store { return putFailing{s} })
	e.api.push(update(e.document(adminID, "moi.txt", articleText(t, kontumArticle), -1)))
	if got := e.waitSends(adminID, 1)[0].text(); got != uploadStoreFailed {
		t.Errorf("reply %q, want %q", got, uploadStoreFailed)
	}
	if got := e.stored(); len(got) != 0 {
		t.Errorf("stored %v", got)
	}
	if _, ok := e.lib.Meta("moi"); ok {
		t.Error("the article is served")
	}
	if entries, _ := os.ReadDir(e.uploads); len(entries) != 0 {
		t.Errorf("uploads folder holds %d files", len(entries))
	}
	if !strings.Contains(e.logs.String(), errStoreDown.Error()) {
		t.Error("the store's error is not logged")
	}
}

// TestUploadNoDataDir: without a rescan (no data dir) uploads are refused
// with a reply saying why.
func TestUploadNoDataDir(t *testing.T) {
	h := start(t)
	h.api.push(update(h.document(adminID, "moi.txt", []byte("date 2024-09 A\n\nB."), -1)))
	if got := h.waitSends(adminID, 1)[0].text(); got != uploadNoDataDir {
		t.Errorf("reply %q, want %q", got, uploadNoDataDir)
	}
	if n := len(h.api.record("getFile")); n != 0 {
		t.Errorf("%d getFile calls", n)
	}
}
