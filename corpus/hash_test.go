package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHash(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	}
	for _, tt := range tests {
		if got := Hash([]byte(tt.in)); got != tt.want {
			t.Errorf("Hash(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestArticleHash checks that an article knows the hash of the very bytes
// it was parsed from, so that any change to the file changes it.
func TestArticleHash(t *testing.T) {
	variants := []string{
		goodArticle,
		strings.Replace(goodArticle, "Đoạn một.", "Đoạn hai.", 1),
		"\uFEFF" + goodArticle,                        // a BOM, parsed alike
		strings.ReplaceAll(goodArticle, "\n", "\r\n"), // CRLF, parsed alike
	}
	seen := map[string]int{}
	for i, v := range variants {
		a, err := Parse("a", []byte(v))
		if err != nil {
			t.Fatalf("Parse variant %d: %v", i, err)
		}
		if a.Hash != Hash([]byte(v)) {
			t.Errorf("variant %d: Hash = %s, want the hash of its bytes %s", i, a.Hash, Hash([]byte(v)))
		}
		if j, dup := seen[a.Hash]; dup {
			t.Errorf("variants %d and %d have one hash", j, i)
		}
		seen[a.Hash] = i
	}
	seed, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("seed", seed[0].ID+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if seed[0].Hash != Hash(b) {
		t.Errorf("the seed article's Hash = %q, want %s", seed[0].Hash, Hash(b))
	}
}
