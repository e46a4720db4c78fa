// Package datadir keeps parsed articles, their facts and a search index of
// their passages in a folder, across restarts, in step with a folder of raw
// .txt articles.
//
// # Layout
//
// A data dir holds:
//
//	hoidap-data.json   the marker: the format of everything else
//	hoidap-data.lock   locked (flock) by the process that has the dir open
//	manifest.json      one entry per corpus file: name, size, mtime,
//	                   sha256 of its bytes, and its Meta or its parse error
//	articles/          one JSON file per article: its corpus.Article and
//	                   corpus.Extract's facts; named by the sha256 of the
//	                   article's ID and content hash
//	index/             the bleve index of every passage (index.Open)
//
// The marker records the data dir's own format version (Format),
// index.MappingVersion, analysis.Version and corpus.FactsVersion. A data dir
// whose marker differs from this program's is rebuilt: Open removes the
// files above, logs it, and starts empty. A folder that is not empty and has
// no marker is not a data dir: Open returns ErrNotDataDir and leaves it
// untouched.
//
// # Sync
//
// Dir.Sync brings the data dir in step with a corpus folder (the *.txt files
// directly in it, as corpus.Load reads). The manifest's content hashes say
// what changed: only new or changed files are parsed, extracted and
// indexed; files gone from the corpus are deleted from the index and the
// dir; a file whose size and mtime match the manifest is not even read (one
// modified within two seconds before a Sync is hashed again at the next, as
// its mtime may not tell a second write from the first).
// Article files are written to a temporary file and renamed; the manifest is
// written the same way, after the articles and index entries it lists, at
// the end of each batch. A run cut short thus leaves the manifest listing
// only what was fully added; the next Sync redoes the rest and deletes the
// index entries of articles the manifest does not list.
//
// Dir.SyncFolders reads several folders as one corpus (a corpus folder and
// a folder of uploaded articles): a file name in several folders is read
// from the last, which hides the others; the manifest records which folder
// each file came from.
//
// A malformed file is skipped, reported in Changes.Bad and logged with
// log/slog; the other articles still serve. Two files whose names give the
// same article ID (after Unicode NFC normalisation) are both bad.
//
// Only one process may have a data dir open: Open fails at once with an
// error wrapping ErrInUse in another. The methods of a Dir are safe for
// concurrent use; Syncs run one at a time.
package datadir
