package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodArticle = "date 2024-09 Thời sự Họp báo (QNO) - Sáng 19/9, họp báo.\n\nĐoạn một.\n"

// writeFiles creates the named files, with their contents, under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":         goodArticle,
		"a.txt":         strings.Replace(goodArticle, "19/9", "18/9", 1),
		"notes.md":      "not an article",
		"c.txt.bak":     "not an article",
		"sub/d.txt":     "not read",
		"folder.txt/e":  "a folder named .txt is not read",
		"README":        "",
		"sub/bad.txt":   "",
		"sub/more/x.md": "",
	})
	articles, err := Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "a b" {
		t.Errorf("Load read %q, want \"a b\"", got)
	}
	if articles[0].Date.Day != 18 || articles[1].Passages[0].ID != "b/title1" {
		t.Errorf("articles not parsed as expected: %+v %+v", articles[0].Date, articles[1].Passages[0])
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		is    []error  // errors.Is must hold for each
		names []string // the error must name each
		not   []string // and must not name these
	}{
		{
			name:  "empty folder",
			files: map[string]string{},
			is:    []error{ErrNoArticles},
		},
		{
			name:  "only other files",
			files: map[string]string{"a.md": goodArticle, "b.txt.orig": goodArticle},
			is:    []error{ErrNoArticles},
		},
		{
			name:  ".txt only in a subfolder",
			files: map[string]string{"sub/a.txt": goodArticle},
			is:    []error{ErrNoArticles},
		},
		{
			name:  "empty file",
			files: map[string]string{"a.txt": goodArticle, "empty.txt": ""},
			is:    []error{ErrEmpty},
			names: []string{"empty.txt"},
			not:   []string{"a.txt"},
		},
		{
			name:  "not UTF-8",
			files: map[string]string{"latin1.txt": "date 2024-09 Th\xe0nh ph\xf4"},
			is:    []error{ErrInvalidUTF8},
			names: []string{"latin1.txt"},
		},
		{
			name:  "no date line",
			files: map[string]string{"nodate.txt": "Thời sự Họp báo (QNO) - Sáng 19/9."},
			is:    []error{ErrNoDateLine},
			names: []string{"nodate.txt"},
		},
		{
			name: "several bad files",
			files: map[string]string{
				"1.txt": goodArticle,
				"2.txt": "",
				"3.txt": "\xff\xfe",
				"4.txt": "no date",
				"5.txt": goodArticle,
			},
			is:    []error{ErrEmpty, ErrInvalidUTF8, ErrNoDateLine},
			names: []string{"2.txt", "3.txt", "4.txt"},
			not:   []string{"1.txt", "5.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			articles, err := Load(dir)
			if err == nil || articles != nil {
				t.Fatalf("Load = %d articles, %v; want an error and none", len(articles), err)
			}
			for _, want := range tt.is {
				if !errors.Is(err, want) {
					t.Errorf("error %q is not %q", err, want)
				}
			}
			for _, name := range tt.names {
				if !strings.Contains(err.Error(), name) {
					t.Errorf("error %q does not name %s", err, name)
				}
			}
			for _, name := range tt.not {
				if strings.Contains(err.Error(), name) {
					t.Errorf("error %q names %s", err, name)
				}
			}
		})
	}
}

func TestLoadMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	if _, err := Load(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want not-exist error", err)
	}
	file := filepath.Join(t.TempDir(), "a.txt")
	writeFiles(t, filepath.Dir(file), map[string]string{"a.txt": goodArticle})
	if _, err := Load(file); err == nil {
		t.Error("Load(file) succeeded, want an error")
	}
}

func TestDefault(t *testing.T) {
	articles, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	if len(articles) != 1 {
		t.Fatalf("Default gave %d articles, want 1", len(articles))
	}
	a := articles[0]
	if a.ID != "000_5733c26161288d00" {
		t.Errorf("ID = %q", a.ID)
	}
	if a.Section != "Quốc phòng - An ninh" {
		t.Errorf("Section = %q", a.Section)
	}
	if want := "Khen thưởng 33 tập thể, cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if a.Source != "QNO" {
		t.Errorf("Source = %q", a.Source)
	}
	if !strings.HasPrefix(a.Lead, "Sáng nay 19/9, Công an tỉnh Quảng Nam") {
		t.Errorf("Lead = %q", a.Lead)
	}
	if got := a.Date.String(); got != "19/9/2024" {
		t.Errorf("Date = %q, want 19/9/2024", got)
	}
	if a.Language != "vi" {
		t.Errorf("Language = %q", a.Language)
	}
	counts := make(map[Kind]int)
	for _, p := range a.Passages {
		counts[p.Kind]++
		if p.Kind == KindCaption && p.Credit != "M.L" {
			t.Errorf("caption %q: credit %q, want M.L", p.ID, p.Credit)
		}
		if p.Kind != KindCaption && p.Credit != "" {
			t.Errorf("%s %q has credit %q", p.Kind, p.ID, p.Credit)
		}
		if strings.Contains(p.Text, "Ảnh:") {
			t.Errorf("passage %q keeps a credit: %q", p.ID, p.Text)
		}
	}
	// The seed has five photo captions, all by M.L, and twelve paragraphs.
	want := map[Kind]int{KindTitle: 1, KindLead: 1, KindParagraph: 12, KindCaption: 5}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%d passages of kind %s, want %d", counts[k], k, n)
		}
	}
	checkInvariants(t, a)
}
