package datadir

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/corpus"
	"github.com/hoidap/hoidap/index"
)

// Format is the version of the data dir's own layout: the marker, the
// manifest and the article files. It is bumped whenever they change.
const Format = 1

// A marker records the format of a data dir's files.
type marker struct {
	// Format is the data dir's Format.
	Format int `json:"format"`
	// Mapping is the index's index.MappingVersion.
	Mapping int `json:"mapping"`
	// Analysis is analysis.Version.
	Analysis int `json:"analysis"`
	// Facts is corpus.FactsVersion.
	Facts int `json:"facts"`
}

// current is the marker of this program's format.
var current = marker{Format: Format, Mapping: index.MappingVersion, Analysis: analysis.Version, Facts: corpus.FactsVersion}

// checkMarker reads the marker: ok when it is this program's; otherwise why
// says what differs, empty when there is no marker.
func (d *Dir) checkMarker() (ok bool, why string, err error) {
	data, err := os.ReadFile(filepath.Join(d.path, markerName))
	if errors.Is(err, fs.ErrNotExist) {
		return false, "", nil
	}
	if err != nil {
		return false, "", fmt.Errorf("open data dir: %w", err)
	}
	var m marker
	if err := json.Unmarshal(data, &m); err != nil {
		return false, fmt.Sprintf("unreadable %s: %v", markerName, err), nil
	}
	if m != current {
		return false, fmt.Sprintf("format %+v, want %+v", m, current), nil
	}
	return true, "", nil
}

// writeMarker writes the marker of this program's format in dir.
func writeMarker(dir string) error {
	data, err := json.MarshalIndent(current, "", "  ")
	if err != nil {
		return fmt.Errorf("write marker: %w", err)
	}
	return writeFile(filepath.Join(dir, markerName), append(data, '\n'))
}
