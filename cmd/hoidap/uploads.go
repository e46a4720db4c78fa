package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/datadir"
	"github.com/hoidap/hoidap/store"
)

// uploadsName is the folder, in a data dir, that holds the articles
// uploaded to the bot as the store keeps them, one "<name>.txt" each.
const uploadsName = "uploads"

// uploadsDir is the uploads folder of data dir dataDir.
func uploadsDir(dataDir string) string { return filepath.Join(dataDir, uploadsName) }

// corpusFolders are the folders a data dir is synced with: the corpus
// folder, then its uploads folder, made when missing, whose files win over
// the corpus folder's of the same name.
func corpusFolders(corpusDir, dataDir string) ([]datadir.Folder, error) {
	up := uploadsDir(dataDir)
	if err := os.MkdirAll(up, 0o755); err != nil {
		return nil, fmt.Errorf("make the uploads folder: %w", err)
	}
	return []datadir.Folder{{Path: corpusDir}, {Path: up, Whole: true}}, nil
}

// materialise makes folder dir hold exactly the article files st keeps:
// each "<name>.txt", written to a temporary file renamed, so that a file
// is whole or absent; files no longer kept are removed. written caches the
// hash of each file it wrote or found, by file name. Names that cannot
// name a file (corpus.CheckID) are skipped and logged. When the store
// cannot be read, nothing is changed.
func materialise(ctx context.Context, st store.Store, dir string, written map[string]string, log *slog.Logger) error {
	list, err := st.Articles(ctx)
	if err != nil {
		return fmt.Errorf("materialise the uploaded articles: %w", err)
	}
	want := map[string]store.StoredArticle{}
	for _, a := range list {
		if err := corpus.CheckID(a.Name); err != nil {
			log.Warn("skipping an uploaded article of a bad name", "name", a.Name, "err", err)
			continue
		}
		want[a.Name+".txt"] = a
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("materialise the uploaded articles: %w", err)
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		_, keep := want[name]
		if keep || !(strings.HasSuffix(name, ".txt") || datadir.IsTemp(name)) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			errs = append(errs, err)
		}
		delete(written, name)
	}
	for file, a := range want {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(dir, file)
		if fileHash(path, a.Size, written[file]) == a.Hash {
			written[file] = a.Hash
			continue
		}
		data, err := st.Article(ctx, a.Name)
		if errors.Is(err, store.ErrNotFound) {
			continue // deleted since listed: removed next time
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := datadir.WriteFile(path, data, 0o644); err != nil {
			errs = append(errs, err)
			continue
		}
		written[file] = corpus.Hash(data)
		log.Info("uploaded article written", "file", file, "bytes", len(data))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("materialise the uploaded articles: %w", err)
	}
	return nil
}

// fileHash returns the hex sha256 of the file at path: cached when the
// file has the size given, read otherwise; "" when it cannot be read.
func fileHash(path string, size int64, cached string) string {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() != size {
		return ""
	}
	if cached != "" {
		return cached
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return corpus.Hash(data)
}
