package datadir

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hoidap/hoidap/corpus"
)

// tempSuffix ends the name of a file being written.
const tempSuffix = ".tmp"

// IsTemp reports whether name is a file WriteFile was writing: a sync
// never reads one.
func IsTemp(name string) bool { return strings.HasSuffix(name, tempSuffix) }

// writeFile writes one of the data dir's own files, readable by its owner
// only: WriteFile with mode 0600.
func writeFile(name string, data []byte) error { return WriteFile(name, data, 0o600) }

// WriteFile writes data to a temporary file beside name, syncs it, gives
// it mode perm and renames it to name: name holds either its old bytes or
// data, never part of data.
func WriteFile(name string, data []byte, perm os.FileMode) (err error) {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*"+tempSuffix)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Chmod(f.Name(), perm); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// An articleFile is what the data dir keeps of one article.
type articleFile struct {
	// Hash is the hex sha256 of the corpus file the article was read from.
	Hash    string          `json:"hash"`
	Article *corpus.Article `json:"article"`
	Facts   []corpus.Fact   `json:"facts"`
}

// articlePath is the path, in data dir dir, of the file of article id read
// from a corpus file of hash hash. The name depends on both, so that a
// changed article is written beside the old one, which serves until the
// manifest names the new one.
func articlePath(dir, id, hash string) string {
	sum := sha256.Sum256([]byte(id + "\x00" + hash))
	return filepath.Join(dir, articlesName, hex.EncodeToString(sum[:16])+".json")
}

// writeArticle writes the file of article a with its facts, read from a
// corpus file of hash hash, in data dir dir.
func writeArticle(dir, hash string, a *corpus.Article, facts []corpus.Fact) error {
	data, err := json.Marshal(articleFile{Hash: hash, Article: a, Facts: facts})
	if err != nil {
		return fmt.Errorf("write article %s: %w", a.ID, err)
	}
	return writeFile(articlePath(dir, a.ID, hash), data)
}

// readArticle reads the file of the article m describes, in data dir dir.
func readArticle(dir string, m Meta) (*corpus.Article, []corpus.Fact, error) {
	data, err := os.ReadFile(articlePath(dir, m.ID, m.Hash))
	if err != nil {
		return nil, nil, fmt.Errorf("read article %s: %w", m.ID, err)
	}
	var f articleFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, nil, fmt.Errorf("read article %s: %w", m.ID, err)
	}
	if f.Article == nil || f.Article.ID != m.ID || f.Hash != m.Hash {
		return nil, nil, fmt.Errorf("read article %s: the data dir's file is of another article or version", m.ID)
	}
	f.Article.Hash = m.Hash // not kept in the file: it names the file
	return f.Article, f.Facts, nil
}
