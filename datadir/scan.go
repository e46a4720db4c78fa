package datadir

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A stat is what Sync knows of a corpus file without reading it.
type stat struct {
	Size    int64
	ModTime int64 // Unix nanoseconds
}

// A BadFile is a corpus file Sync could not read as an article.
type BadFile struct {
	// File is the file's name in the corpus folder.
	File string
	// Err says why.
	Err error
}

// String returns "file: error".
func (b BadFile) String() string { return b.File + ": " + b.Err.Error() }

// scan lists the *.txt files directly in folder dir, following symbolic
// links, with their sizes and mtimes. Files whose names give one article ID
// (the same after NFC normalisation) are returned as bad, not listed.
func scan(dir string) (map[string]stat, []BadFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus: %w", err)
	}
	files := map[string]stat{}
	var bad []BadFile
	byKey := map[string][]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") || e.IsDir() {
			continue
		}
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			bad = append(bad, BadFile{File: name, Err: err})
			continue
		}
		if !info.Mode().IsRegular() {
			if !info.IsDir() {
				bad = append(bad, BadFile{File: name, Err: fmt.Errorf("not a regular file: %v", info.Mode().Type())})
			}
			continue
		}
		files[name] = stat{Size: info.Size(), ModTime: info.ModTime().UnixNano()}
		key := norm.NFC.String(idOf(name))
		byKey[key] = append(byKey[key], name)
	}
	for _, names := range byKey {
		if len(names) < 2 {
			continue
		}
		slices.Sort(names)
		for _, name := range names {
			delete(files, name)
			others := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == name })
			bad = append(bad, BadFile{File: name, Err: fmt.Errorf("the same article ID as %s", strings.Join(others, ", "))})
		}
	}
	return files, bad, nil
}

// idOf returns the article ID of the corpus file called name.
func idOf(name string) string { return strings.TrimSuffix(name, ".txt") }
