package datadir

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
)

// A manifest lists the corpus files a data dir holds. It is written last,
// once the articles and index entries it lists are in place.
type manifest struct {
	// Files are the entries by corpus file name.
	Files map[string]entry `json:"files"`
}

// An entry is what the data dir knows of one corpus file.
type entry struct {
	// Size and ModTime (Unix nanoseconds) are the file's when it was read:
	// a file that still has both is not read again.
	Size    int64 `json:"size"`
	ModTime int64 `json:"mtime"`
	// Hash is the hex sha256 of the file's bytes.
	Hash string `json:"hash"`
	// Folder is the index, among the folders synced, of the folder the
	// file was read from: 0 for the first (or only) one.
	Folder int `json:"folder,omitempty"`
	// Meta describes the article read; nil for a malformed file.
	Meta *Meta `json:"meta,omitempty"`
	// Error says why a malformed file could not be read.
	Error string `json:"error,omitempty"`
}

// readManifest reads the manifest file at name; a missing file is an
// empty manifest.
func readManifest(name string) (manifest, error) {
	m := manifest{Files: map[string]entry{}}
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("read manifest: %w", err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("read manifest %s: %w", name, err)
	}
	if m.Files == nil {
		m.Files = map[string]entry{}
	}
	for file, e := range m.Files {
		if (e.Meta == nil) == (e.Error == "") || e.Hash == "" {
			return m, fmt.Errorf("read manifest %s: bad entry for %s", name, file)
		}
	}
	return m, nil
}

// write writes m to the file name.
func (m manifest) write(name string) error {
	data, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return writeFile(name, data)
}

// clone returns a copy of m that can be changed without changing m.
func (m manifest) clone() manifest {
	return manifest{Files: maps.Clone(m.Files)}
}
