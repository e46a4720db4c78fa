package corpus

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ErrNoArticles is reported by Load for a folder without any .txt file.
var ErrNoArticles = errors.New("no .txt articles")

//go:embed seed/*.txt
var seed embed.FS

// Load parses every *.txt file directly in dir (not in its subfolders), in
// the order of their names; other files are ignored. A missing folder, a
// folder without .txt files and a malformed file are errors; when several
// files are malformed, the error names them all and no articles are
// returned.
func Load(dir string) ([]*Article, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("load articles: %s is not a folder", dir)
	}
	return load(os.DirFS(dir), ".", dir)
}

// Default returns the articles embedded in the program: the seed corpus.
func Default() ([]*Article, error) {
	return load(seed, "seed", "seed")
}

// load parses the .txt files directly in folder dir of fsys; label names
// the folder in errors.
func load(fsys fs.FS, dir, label string) ([]*Article, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("load articles from %s: %w", label, err)
	}
	var articles []*Article
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") {
			continue
		}
		file := filepath.Join(label, name)
		data, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", file, err))
			continue
		}
		a, err := parse(strings.TrimSuffix(name, ".txt"), data)
		if err != nil {
			errs = append(errs, fmt.Errorf("parse %s: %w", file, err))
			continue
		}
		articles = append(articles, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(articles) == 0 {
		return nil, fmt.Errorf("load articles from %s: %w", label, ErrNoArticles)
	}
	return articles, nil
}
