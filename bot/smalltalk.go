package bot

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
)

// The word lists of small talk, one word or phrase a line; "#" starts a
// comment line.
//
//go:embed words/*.txt
var wordFiles embed.FS

// A talkKind says what a message is: a question, or small talk.
type talkKind string

const (
	talkQuestion talkKind = "question"
	talkGreeting talkKind = "greeting" // hello, goodbye, "bot ơi"
	talkThanks   talkKind = "thanks"   // thanks and acknowledgements: "cảm ơn", "ok"
	talkEmpty    talkKind = "empty"    // no word at all: emoji, punctuation
)

// A phraseList matches whole phrases of folded, squeezed words, and emoji.
type phraseList struct {
	phrases [][]string // longest first
	emoji   map[rune]bool
}

// smallTalk holds the phrase lists of the files in words/.
var smallTalk = struct{ greeting, thanks, filler phraseList }{
	greeting: mustPhrases("words/greeting.txt"),
	thanks:   mustPhrases("words/thanks.txt"),
	filler:   mustPhrases("words/filler.txt"),
}

// mustPhrases reads an embedded word list, folded, longest phrases first.
func mustPhrases(name string) phraseList {
	data, err := wordFiles.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("bot: reading %s: %v", name, err))
	}
	l := phraseList{emoji: map[rune]bool{}}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if ws := talkWords(line); len(ws) > 0 {
			l.phrases = append(l.phrases, ws)
			continue
		}
		for _, r := range line {
			if !isEmojiModifier(r) {
				l.emoji[r] = true
			}
		}
	}
	// Longest first, so that "cảm ơn nhiều" wins over "cảm ơn".
	sort.SliceStable(l.phrases, func(i, j int) bool { return len(l.phrases[i]) > len(l.phrases[j]) })
	return l
}

// talkWords returns the words of s as small talk is matched: folded, each
// letter said over and over said once ("Chàooo" → "chao").
func talkWords(s string) []string {
	ws := words(fold(s))
	for i, w := range ws {
		ws[i] = squeeze(w)
	}
	return ws
}

// squeeze replaces each run of one letter by the letter.
func squeeze(w string) string {
	var b strings.Builder
	last := rune(-1)
	for _, r := range w {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// isEmojiModifier reports whether r only changes how the emoji before it
// looks: a variation selector, a skin tone, a joiner.
func isEmojiModifier(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r == 0x200D || r >= 0x1F3FB && r <= 0x1F3FF
}

// hasEmoji reports whether s holds one of l's emoji.
func (l phraseList) hasEmoji(s string) bool {
	for _, r := range s {
		if l.emoji[r] {
			return true
		}
	}
	return false
}

// match returns the length of the longest phrase of l at the start of ws,
// 0 for none.
func (l phraseList) match(ws []string) int {
outer:
	for _, p := range l.phrases {
		if len(p) > len(ws) {
			continue
		}
		for i, w := range p {
			if ws[i] != w {
				continue outer
			}
		}
		return len(p)
	}
	return 0
}

// classify tells whether text is small talk: it is when nothing is left
// after removing greetings, thanks, emoji and punctuation (and, with a
// greeting or thanks, address words such as "bot", "bạn", "nhé"). A
// message with both a greeting and thanks is thanks; one with neither word
// nor emoji of the lists ("🔥", "???") is empty.
func classify(text string) talkKind {
	ws := talkWords(text)
	greeting, thanks := smallTalk.greeting.hasEmoji(text), smallTalk.thanks.hasEmoji(text)
	if len(ws) == 0 && !greeting && !thanks {
		return talkEmpty
	}
	for i := 0; i < len(ws); {
		if n := smallTalk.thanks.match(ws[i:]); n > 0 {
			thanks, i = true, i+n
			continue
		}
		if n := smallTalk.greeting.match(ws[i:]); n > 0 {
			greeting, i = true, i+n
			continue
		}
		if n := smallTalk.filler.match(ws[i:]); n > 0 {
			i += n
			continue
		}
		return talkQuestion
	}
	switch {
	case thanks:
		return talkThanks
	case greeting:
		return talkGreeting
	}
	return talkQuestion // only address words: "bạn" alone asks something
}
