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
	// Folder is the index, among the folders synced, of the folder the
	// file is in.
	Folder int
}

// A BadFile is a corpus file Sync could not read as an article.
type BadFile struct {
	// File is the file's name in its corpus folder.
	File string
	// Err says why.
	Err error
	// folder is the index of the folder of the file, among those synced.
	folder int
}

// String returns "file: error".
func (b BadFile) String() string { return b.File + ": " + b.Err.Error() }

// scan lists the *.txt files directly in the folders, following symbolic
// links, with their sizes and mtimes; a file name in several folders is
// listed from the last of them. Files whose names give one article ID (the
// same after NFC normalisation) are returned as bad, not listed.
func scan(folders []Folder) (map[string]stat, []BadFile, error) {
	files := map[string]stat{}
	var bad []BadFile
	for i, f := range folders {
		b, err := scanFolder(f.Path, i, files)
		if err != nil {
			return nil, nil, err
		}
		bad = append(bad, b...)
	}
	// A file of a later folder stands for an unreadable one of the same
	// name in an earlier folder.
	bad = slices.DeleteFunc(bad, func(b BadFile) bool {
		st, ok := files[b.File]
		return ok && st.Folder > b.folder
	})
	byKey := map[string][]string{}
	for name := range files {
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

// scanFolder adds the *.txt files directly in folder dir, the folder-th
// synced, to files, replacing those of the same name, and returns those it
// cannot stat.
func scanFolder(dir string, folder int, files map[string]stat) ([]BadFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var bad []BadFile
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") || e.IsDir() {
			continue
		}
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			bad = append(bad, BadFile{File: name, Err: err, folder: folder})
			continue
		}
		if !info.Mode().IsRegular() {
			if !info.IsDir() {
				bad = append(bad, BadFile{File: name, Err: fmt.Errorf("not a regular file: %v", info.Mode().Type()), folder: folder})
			}
			continue
		}
		files[name] = stat{Size: info.Size(), ModTime: info.ModTime().UnixNano(), Folder: folder}
	}
	return bad, nil
}

// idOf returns the article ID of the corpus file called name.
func idOf(name string) string { return strings.TrimSuffix(name, ".txt") }
