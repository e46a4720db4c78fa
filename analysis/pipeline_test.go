package analysis

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestAnalyze(t *testing.T) {
	in := "HOÀ\u200b  Ủy ban 2.430"
	canon := Canonical(in)
	got := Analyze(in)
	want := []string{"HÒA", "Ủy", "ban", "2.430"}
	if len(got) != len(want) {
		t.Fatalf("Analyze(%q) = %+v, want texts %q", in, got, want)
	}
	for i, tok := range got {
		if tok.Text != want[i] || canon[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d = %+v, want %q at its offsets in %q", i, tok, want[i], canon)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"Ai được tặng Bằng khen?", []string{"ai", "được", "tặng", "bằng", "khen"}},
		{"UỶ BAN, hơn 2.430", []string{"ủy", "ban", "hơn", "2.430"}},
		{"Ba\u0306\u0300ng \u00D0ại\u200btá", []string{"bằng", "đạitá"}},
		{"khoẻ\xffx", []string{"khỏe", "x"}}, // U+FFFD separates words
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldedWords(t *testing.T) {
	got := FoldedWords("Đại tá Nguyễn Thế Chi, 19/9")
	want := []string{"dai", "ta", "nguyen", "the", "chi", "19/9"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FoldedWords = %q, want %q", got, want)
	}
}

func TestFoldPhrase(t *testing.T) {
	if got := FoldPhrase([]string{"Biểu", "dương"}); got != "bieu duong" {
		t.Errorf("FoldPhrase = %q, want %q", got, "bieu duong")
	}
	if got := FoldPhrase(nil); got != "" {
		t.Errorf("FoldPhrase(nil) = %q, want empty", got)
	}
}

// seedArticle reads the sample article in testdata, a raw article file as
// the corpus holds them.
func seedArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		tb.Fatalf("reading article: %v", err)
	}
	return string(b)
}

func TestAnalyzeArticle(t *testing.T) {
	text := Canonical(seedArticle(t))
	toks := Tokens(text)
	if len(toks) < 100 {
		t.Fatalf("only %d tokens in the article", len(toks))
	}
	defs := map[string]string{}
	for _, d := range FindDefinitions(text) {
		defs[d.Short] = d.Long
	}
	for short, long := range map[string]string{"ANTQ": "an ninh Tổ quốc", "ANTT": "an ninh trật tự"} {
		if defs[short] != long {
			t.Errorf("definition of %s = %q, want %q (all: %q)", short, defs[short], long, defs)
		}
	}
	if _, ok := defs["QNO"]; ok {
		t.Errorf("(QNO) taken for a definition")
	}
	if got := DetectLanguage(text); got != "vi" {
		t.Errorf("DetectLanguage(article) = %q, want vi", got)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text := seedArticle(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Analyze(text)
	}
}
