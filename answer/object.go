package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// objectLinks may stand between a word and the thing it governs or names:
// "với dòng chữ “…”", "gọi là “…”" (object_links).
var objectLinks = lexicon.MustSet("object_links")

// maxObjectGovernors is how many words, past object links, right before
// an answer are read as the words that govern it: a verb of two syllables
// ("trình bày", "thông qua") or a noun and its link ("dòng chữ với").
const maxObjectGovernors = 2

// startWords is how many of an answer's first words must stand in a row
// in its sentence for answerStart to place it there.
const startWords = 3

// minNamedWords is the fewest words an answer has for objectOfQuestion to
// look for it in the article's other sentences: a shorter one is too
// common a phrase to be the same thing there.
const minNamedWords = 3

// maxAskedHead is the longest noun, in syllables, a question writes right
// before its question word and an answer may open with ("huân chương gì").
const maxAskedHead = 2

// asksObject reports whether q asks for a thing a verb or a noun governs:
// what or which, a list.
func asksObject(q question) bool {
	return q.wh == whWhat || q.wh == whList
}

// answerStarts returns the positions in s where it writes the answer's
// first words (up to startWords of them) in a row, whatever the quotes and
// punctuation around them.
func answerStarts(s *sent, answer string) []int {
	toks := analysis.Tokens(answer)
	n := min(len(toks), startWords)
	if n == 0 {
		return nil
	}
	var out []int
	for i := 0; i+n <= len(s.lower); i++ {
		ok := true
		for j := range n {
			if s.lower[i+j] != analysis.Lower(toks[j].Text) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// objectOfQuestion reports whether a content word of the question governs
// the answer where its source sentence s writes it, or, for an answer of
// at least minNamedWords words, where another sentence of the article does
// (a name the lead writes bare, "ngày hội toàn dân bảo vệ an ninh Tổ
// quốc", and a paragraph after its noun, "phong trào “Toàn dân bảo vệ an
// ninh Tổ quốc”").
func (e *Engine) objectOfQuestion(s *sent, answer string, content []word) bool {
	for _, at := range answerStarts(s, answer) {
		if governedByQuestion(s, at, content) {
			return true
		}
	}
	if len(analysis.Tokens(answer)) < minNamedWords {
		return false
	}
	for i := range s.art.Passages {
		for _, o := range e.sentsOf[s.art.Passages[i].ID] {
			if o == s {
				continue
			}
			for _, at := range answerStarts(o, answer) {
				if governedByQuestion(o, at, content) {
					return true
				}
			}
		}
	}
	return false
}

// objectGovernors returns the positions of the words of s that govern the
// phrase starting at word at: up to maxObjectGovernors words right before
// it, past object links and quotes, within its part of the sentence (a
// comma, semicolon or bracket ends it; a colon introduces it: "chủ đề là:
// “…”").
func objectGovernors(s *sent, at int) []int {
	var out []int
	for k := at - 1; k >= 0 && len(out) < maxObjectGovernors; k-- {
		if strings.ContainsAny(s.text[s.ends[k]:s.starts[k+1]], ",;()") {
			break
		}
		if objectLinks.Has(s.lower[k], lexicon.Exact) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// governedByQuestion reports whether a content word of the question is
// among the words that govern the answer starting at word at of s: "đoạt
// huy chương gì" and "đoạt Huy chương Bạc …", "bức trướng ghi dòng chữ gì"
// and "với dòng chữ “…”": the answer is the object of the question's verb
// or the name after its noun, not a phrase that merely stands near its
// words.
func governedByQuestion(s *sent, at int, content []word) bool {
	for _, k := range objectGovernors(s, at) {
		for _, w := range content {
			if !w.num && w.writtenAt(s, k) {
				return true
			}
		}
	}
	return false
}

// askedHead returns the noun q writes right before its question word
// ("huy chương" of "đoạt huy chương gì", "mốc" of "qua mốc gì"), at most
// maxAskedHead syllables of content, nearest first in the slice's end;
// nil when the question word opens it or follows a function word ("… là
// gì").
func askedHead(q question, content []word) []word {
	if q.whAt <= 0 || copulas.Has(q.words[q.whAt].fold, lexicon.Folded) {
		return nil // "Chủ đề Đại hội là gì?": its subject, no head
	}
	isContent := map[string]bool{}
	for _, w := range content {
		isContent[w.fold] = true
	}
	from := q.whAt
	for from > 0 && q.whAt-from < maxAskedHead && isContent[q.words[from-1].fold] && !q.words[from-1].num {
		from--
	}
	return q.words[from:q.whAt]
}

// headLeads reports whether the answer opens with the noun the question
// asks which of and names more than it: "đoạt huy chương gì" — "Huy
// chương Bạc Olympic Sinh học quốc tế", "theo mô hình gì" — "mô hình tổ
// chức mới". Of the head's syllables, its last one or its last two must
// open the answer.
func headLeads(head []word, answer string) bool {
	toks := analysis.Tokens(answer)
	for n := 1; n <= len(head); n++ {
		tail := head[len(head)-n:]
		if len(toks) <= n {
			continue
		}
		ok := true
		for i, w := range tail {
			if toks[i].Folded != w.fold {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
