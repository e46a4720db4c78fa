package corpus

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxIDLength is the most characters an article ID given by a user (an
// uploaded file's name without ".txt") may have.
const MaxIDLength = 100

// CheckID reports why id cannot name an article file written into a corpus
// folder, or nil when it can: it must be 1 to MaxIDLength characters of
// valid UTF-8 in Unicode NFC, without path separators, control or
// invisible characters, and must not start with a dot or end with ".txt".
func CheckID(id string) error {
	switch {
	case id == "":
		return errors.New("empty article ID")
	case !utf8.ValidString(id):
		return errors.New("article ID is not valid UTF-8")
	case utf8.RuneCountInString(id) > MaxIDLength:
		return errors.New("article ID is too long")
	case strings.ContainsAny(id, `/\`):
		return errors.New("article ID holds a path separator")
	case strings.HasPrefix(id, "."):
		return errors.New("article ID starts with a dot")
	case strings.HasSuffix(id, ".txt"):
		return errors.New(`article ID ends in ".txt"`)
	case !norm.NFC.IsNormalString(id):
		return errors.New("article ID is not in Unicode NFC")
	}
	for _, r := range id {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return errors.New("article ID holds a control or invisible character")
		}
	}
	return nil
}
