package bot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxMessage is the most characters (UTF-16 code units, after entities are
// parsed) Telegram accepts in one message.
const MaxMessage = 4096

// An htmlUnit is one piece of a Telegram HTML message: a tag, or one
// visible character (a rune or an entity such as "&lt;").
type htmlUnit struct {
	raw   string
	tag   string // tag name for a tag, "" for text
	close bool   // a closing tag
	width int    // UTF-16 code units the unit shows as
}

// parseHTML cuts s, well-formed Telegram HTML as this package writes it,
// into units.
func parseHTML(s string) []htmlUnit {
	var us []htmlUnit
	for len(s) > 0 {
		switch s[0] {
		case '<':
			end := strings.IndexByte(s, '>')
			if end < 0 {
				end = len(s) - 1
			}
			raw := s[:end+1]
			name := strings.TrimPrefix(raw[1:len(raw)-1], "/")
			if i := strings.IndexAny(name, " \t\n"); i >= 0 {
				name = name[:i]
			}
			us = append(us, htmlUnit{raw: raw, tag: name, close: strings.HasPrefix(raw, "</")})
			s = s[end+1:]
		case '&':
			end := strings.IndexByte(s, ';')
			if end < 0 || end > 10 {
				end = 0
			}
			us = append(us, htmlUnit{raw: s[:end+1], width: 1})
			s = s[end+1:]
		default:
			r, n := utf8.DecodeRuneInString(s)
			us = append(us, htmlUnit{raw: s[:n], width: utf16.RuneLen(r)})
			s = s[n:]
		}
	}
	return us
}

// splitHTML splits a Telegram HTML message into messages of at most limit
// visible characters, at line breaks where it can, else at spaces, closing
// the tags open at a cut and opening them again in the next message.
func splitHTML(s string, limit int) []string {
	units := parseHTML(s)
	var (
		out   []string
		start int      // first unit of the current message
		open  []string // open tags (raw) at start
		stack []string // open tags (raw) at i
		width int
		// best cut so far: after a newline, else after a space
		nlCut, spCut     int
		nlStack, spStack []string
	)
	blank := func(u htmlUnit) bool { return u.tag == "" && strings.TrimSpace(u.raw) == "" }
	emit := func(end int, endStack []string) {
		// Spaces and line breaks at a cut belong to neither message.
		from := start
		for from < end && blank(units[from]) {
			from++
		}
		for end > from && blank(units[end-1]) {
			end--
		}
		var b strings.Builder
		for _, t := range open {
			b.WriteString(t)
		}
		visible := false
		for _, u := range units[from:end] {
			b.WriteString(u.raw)
			if u.tag == "" && strings.TrimSpace(u.raw) != "" {
				visible = true
			}
		}
		for i := len(endStack) - 1; i >= 0; i-- {
			b.WriteString("</" + tagName(endStack[i]) + ">")
		}
		if visible {
			out = append(out, strings.TrimSpace(b.String()))
		}
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		if u.tag != "" {
			if u.close {
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			} else {
				stack = append(stack, u.raw)
			}
			continue
		}
		if width+u.width > limit {
			cut, cutStack := i, stack
			switch {
			case nlCut > start:
				cut, cutStack = nlCut, nlStack
			case spCut > start:
				cut, cutStack = spCut, spStack
			}
			emit(cut, cutStack)
			start, open = cut, clone(cutStack)
			stack = clone(cutStack)
			width, nlCut, spCut = 0, 0, 0
			i = cut - 1 // the loop's i++ resumes at cut
			continue
		}
		width += u.width
		switch u.raw {
		case "\n":
			nlCut, nlStack = i+1, clone(stack)
		case " ":
			spCut, spStack = i+1, clone(stack)
		}
	}
	emit(len(units), stack)
	return out
}

func clone(s []string) []string { return append([]string(nil), s...) }

// tagName returns the name of an opening tag such as `<a href="…">`.
func tagName(raw string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">")
	if i := strings.IndexAny(name, " \t\n"); i >= 0 {
		name = name[:i]
	}
	return name
}

// visibleLen returns how many characters Telegram counts in HTML text.
func visibleLen(s string) int {
	n := 0
	for _, u := range parseHTML(s) {
		n += u.width
	}
	return n
}
