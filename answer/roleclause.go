package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// roleClauses are the roles a question may call a person by that its
// article gives only in the person's clause, each a group of the role and
// the words of the clause that give it: "nạn nhân" is who "tử vong",
// "chết" or "bị thương".
var roleClauses = lexicon.MustGroups("role_clause_words")

// withClauseRoles returns the words of a person's part of the article
// and, for each role whose clause words the part holds, the role's own
// words: "anh N.H.N (27 tuổi) tử vong" is the part of a "nạn nhân".
func withClauseRoles(part []word) []word {
	out := part
	for _, g := range roleClauses {
		if len(g) > 1 && hasAny(part, g[1:]...) {
			out = append(out, sharedWords(g[0])...)
		}
	}
	return out
}

// kinNouns call a person through another one: "mẹ nạn nhân" is the
// victim's mother.
var kinNouns = lexicon.MustSet("kin_nouns")

// asksClauseRole reports whether the question calls its person by a role
// of roleClauses: "nạn nhân quê ở đâu?" — not through a noun of kinship
// before the role ("mẹ nạn nhân sinh năm bao nhiêu", "vợ của nạn nhân"),
// which asks of another person (kinBefore), nor after another person
// noun that opens the question, whose object the role is ("kẻ đâm tài
// xế là ai").
func asksClauseRole(q question) bool {
	for _, g := range roleClauses {
		if at := findPhrase(q.words, g[0]); at >= 0 && (q.whAt < 0 || at < q.whAt) && !kinBefore(q, at) && !(at > 0 && personNounsList.longestAt(q.words, 0) > 0) {
			return true
		}
	}
	return false
}

// kinBefore reports whether a noun of kinship (kin_nouns) ends right
// before question word at, or before a possessive marker there ("của").
func kinBefore(q question, at int) bool {
	return kinBeforeIn(q.words, at)
}

// kinBeforeIn reports whether a noun of kinship ends right before word at
// of ws, or before a possessive marker there.
func kinBeforeIn(ws []word, at int) bool {
	if at > 0 && possessiveMarkers.Has(ws[at-1].fold, lexicon.Folded) {
		at--
	}
	for n := 1; n <= kinNouns.MaxWords() && n <= at; n++ {
		if kinNouns.Has(phraseOf(ws[at-n:at]), lexicon.Folded) {
			return true
		}
	}
	return false
}

// kinOfAskedRole reports whether a person's part writes the role q asks
// about only after a noun of kinship: "Bà T. (SN 1974, mẹ của nạn nhân)"
// is the victim's mother, not the victim.
func kinOfAskedRole(q question, part []word) bool {
	for _, g := range roleClauses {
		if findPhrase(q.words, g[0]) < 0 {
			continue
		}
		kin, plain := false, false
		for from := 0; from < len(part); {
			at := findPhrase(part[from:], g[0])
			if at < 0 {
				break
			}
			if kinBeforeIn(part, from+at) {
				kin = true
			} else {
				plain = true
			}
			from += at + 1
		}
		if kin && !plain {
			return true
		}
	}
	return false
}

// shortRef returns how an article refers to a person again after giving
// the name: the last initial of initials ("T.C.T." → "T."), or the given
// name, the last syllable of a full name ("Nguyễn Văn Hùng" → "Hùng").
func shortRef(name string) string {
	name = strings.TrimSpace(name)
	if strings.Count(name, ".") >= 2 && !strings.Contains(name, " ") {
		parts := strings.FieldsFunc(name, func(r rune) bool { return r == '.' })
		if len(parts) == 0 {
			return ""
		}
		return parts[len(parts)-1] + "."
	}
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// laterMentions returns the words of the other sentences of p's article
// that refer to p again by a person marker and its short reference ("Anh
// T. chết tại chỗ"), when no other noted person of the article shares that
// reference.
func (d *document) laterMentions(p notedPerson, noted []notedPerson) []word {
	ref := shortRef(p.f.Name)
	if ref == "" {
		return nil
	}
	for _, o := range noted {
		if o.f != p.f && o.s != nil && o.s.art == p.s.art && shortRef(o.f.Name) == ref {
			return nil // two people answer to it
		}
	}
	var out []word
	for _, s := range d.sents {
		if s.art != p.s.art || s == p.s {
			continue
		}
		if mentions(s.text, ref) {
			out = append(out, sharedWords(s.text)...)
		}
	}
	return out
}

// mentions reports whether text writes ref right after a person marker,
// as a word of its own: "Anh T. chết", "mẹ của anh N.".
func mentions(text, ref string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], " "+ref)
		if k < 0 {
			return false
		}
		at := from + k
		end := at + 1 + len(ref)
		from = at + 1
		if end < len(text) && !strings.HasSuffix(ref, ".") && isLetterByte(text[end]) {
			continue
		}
		before := strings.Fields(text[:at])
		if len(before) > 0 && personMarkers.Has(strings.ToLower(analysis.Canonical(before[len(before)-1])), lexicon.Exact) {
			return true
		}
	}
}

// isLetterByte reports whether b begins or continues a word: an ASCII
// letter or digit, or a byte of a multi-byte letter.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
