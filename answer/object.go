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

// headPrepositions open the phrase of the noun a question asks which of
// and are no syllable of it: "trên" of "đua thuyền trên sông nào"
// (head_prepositions).
var headPrepositions = lexicon.MustSet("head_prepositions")

// maxAskedHead is the longest noun, in syllables, a question writes right
// before its question word and an answer may open with ("huân chương gì").
const maxAskedHead = 2

// asksThing reports whether q asks for a thing a verb or a noun governs:
// what or which, a list.
func asksThing(q question) bool {
	return q.wh == whWhat || q.wh == whList
}

// answerStarts returns the positions in s where it writes the answer's
// first words (up to startWords of them) in a row, whatever the quotes and
// punctuation around them.
func answerStarts(s *sent, answer []analysis.Token) []int {
	return startsOf(s, answerHead(answer))
}

// answerHead returns the answer's first words (up to startWords of them)
// in lower case, for startsOf: an answer looked for in many sentences is
// tokenised once.
func answerHead(toks []analysis.Token) []string {
	head := make([]string, min(len(toks), startWords))
	for j := range head {
		head[j] = analysis.Lower(toks[j].Text)
	}
	return head
}

// startsOf returns the positions in s where it writes the words of head
// (answerHead) in a row.
func startsOf(s *sent, head []string) []int {
	n := len(head)
	if n == 0 {
		return nil
	}
	var out []int
	for i := 0; i+n <= len(s.lower); i++ {
		ok := true
		for j := range n {
			if s.lower[i+j] != head[j] {
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
func (d *document) objectOfQuestion(q question, s *sent, answer []analysis.Token, content []word) bool {
	head := answerHead(answer)
	for _, at := range startsOf(s, head) {
		if governedByQuestion(q, s, at, content) {
			return true
		}
	}
	if len(answer) < minNamedWords {
		return false
	}
	for i := range s.art.Passages {
		for _, o := range d.sentsOf[s.art.Passages[i].ID] {
			if o == s {
				continue
			}
			for _, at := range startsOf(o, head) {
				if governedByQuestion(q, o, at, content) {
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
// among the words that govern the answer starting at word at of s: "bức
// trướng ghi dòng chữ gì" and "với dòng chữ “…”", "đại hội chào mừng sự
// kiện nào" and "chào mừng Đại hội …": the answer is the object of the
// question's verb or the name after its noun, not a phrase that merely
// stands near its words. The answer must not open with the word the
// question writes right after the governing one (past fillers): it would
// cut a phrase the question writes whole ("khám bệnh miễn phí" for "khám
// những bệnh gì", "phí về đường huyết" for "miễn phí về gì"); a noun asked
// which of is headLeads' to judge.
func governedByQuestion(q question, s *sent, at int, content []word) bool {
	gov := objectGovernors(s, at)
	for _, k := range gov {
		if cutsQuestion(q, s, k, at) {
			return false
		}
	}
	for _, k := range gov {
		for _, w := range content {
			if !w.num && w.writtenAt(s, k) {
				return true
			}
		}
	}
	return false
}

// cutsQuestion reports whether the question writes the words at k and at
// of s one after the other, past fillers: then a span from at cuts their
// phrase.
func cutsQuestion(q question, s *sent, k, at int) bool {
	for i, w := range q.words {
		if !w.writtenAt(s, k) {
			continue
		}
		j := i + 1
		for j < len(q.words) && q.words[j].isFiller() {
			j++
		}
		if j < len(q.words) && q.words[j].writtenAt(s, at) {
			return true
		}
	}
	return false
}

// askedHead returns the noun q writes right before its question word
// ("huy chương" of "đoạt huy chương gì", "mốc" of "qua mốc gì"), at most
// maxAskedHead syllables of content, nearest first in the slice's end;
// nil when the question word opens it or follows a function word ("… là
// gì"). A head cut short by maxAskedHead whose first syllable closes a
// word with the one before it (closesWordBefore: "nghiệp" of "tốt nghiệp
// ngành gì") loses that syllable: the noun asked is "ngành".
func askedHead(q question, content []word, bigrams map[string]int) []word {
	if q.whAt <= 0 || copulas.Has(q.words[q.whAt].fold, lexicon.Folded) {
		return nil // "Chủ đề Đại hội là gì?": its subject, no head
	}
	isContent := foldSet(content)
	from := q.whAt
	for from > 0 && q.whAt-from < maxAskedHead && headWord(q.words[from-1], isContent) {
		from--
	}
	if q.whAt-from >= 2 && from > 0 && headWord(q.words[from-1], isContent) && closesWordBefore(q.words[from-1:from+2], bigrams) {
		from++
	}
	return q.words[from:q.whAt]
}

// closesWordBefore reports whether, of three syllables side by side, the
// middle one makes a word with the first rather than with the last: the
// articles (bigrams) write the first pair more often than the second
// ("tốt nghiệp" more than "nghiệp ngành"; "sự kiện" more than "những
// sự").
func closesWordBefore(three []word, bigrams map[string]int) bool {
	return bigrams[three[0].fold+" "+three[1].fold] > bigrams[three[1].fold+" "+three[2].fold]
}

// headWord reports whether w may be part of the head a question asks
// which of: a content word, not a number nor a link ("về" of "miễn phí
// về gì" asks what about, and heads nothing), nor a preposition ("trên" of
// "đua thuyền trên sông nào", "theo" of "theo hướng gì" open the noun's
// phrase and are no syllable of it).
func headWord(w word, isContent map[string]bool) bool {
	return isContent[w.fold] && !w.num && !objectLinks.Has(w.text, lexicon.Exact) && !headPrepositions.Has(w.text, lexicon.AsTyped)
}

// headLeads reports whether the answer opens with the noun the question
// asks which of and names more than it: "đoạt huy chương gì" — "Huy
// chương Bạc Olympic Sinh học quốc tế", "theo mô hình gì" — "mô hình tổ
// chức mới". Of the head's syllables, its last one or its last two must
// open the answer; when fewer than all, the answer must not cut the head
// where sentence s writes it ("kiện thu hút khách" of "sự kiện thu hút
// khách" for "những sự kiện gì"). s may be nil: then the whole head must
// open the answer.
func headLeads(q question, head []word, toks []analysis.Token, s *sent) bool {
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
		if ok && namesMore(q, toks[n:]) && (n == len(head) || !cutsHead(s, toks, head[len(head)-n-1], n)) {
			return true
		}
	}
	return false
}

// opensWithNumber reports whether an answer's first word is a number
// ("150 triệu đồng", "3 tập thể").
func opensWithNumber(toks []analysis.Token) bool {
	return len(toks) > 0 && isDigits(toks[0].Text)
}

// cutsHead reports whether sentence s writes the answer only right after
// before, the head's syllable before those that open the answer: the
// answer then starts inside the head's word. A noun that a name
// capitalised in s follows opens a word of its own, the name's kind
// ("vượt sông Cổ Chiên" for "cầu vượt sông nào"; no syllable inside a word
// is followed by a name), and is not cut. With no sentence it cuts.
func cutsHead(s *sent, answer []analysis.Token, before word, n int) bool {
	if s == nil {
		return true
	}
	for _, at := range answerStarts(s, answer) {
		if at == 0 || !before.writtenAt(s, at-1) || namedAfter(s, at+n) {
			return false
		}
	}
	return true
}

// namedAfter reports whether word k of s opens a name: capitalised inside
// the sentence ("Cổ" of "vượt sông Cổ Chiên"), not its first word.
func namedAfter(s *sent, k int) bool {
	return k > 0 && k < len(s.lower) && isCapital(s, k)
}

// namesMore reports whether the words after an answer's head name
// something the question does not: they open with no function word nor a
// number's qualifier ("đỡ đầu ít nhất" says how many, not which), and one
// of them is no word of the question ("tang vật thu giữ" for "thu giữ
// những tang vật gì" names none). A qualifier of one syllable qualifies a
// number only when one follows it or nothing does: "hàng" of "hàng trăm"
// says how many, of "hướng hàng hóa" it names.
func namesMore(q question, rest []analysis.Token) bool {
	first := analysis.Lower(rest[0].Text)
	if stopwordsVi.Has(first, lexicon.Exact) || qualifierSet.Has(first, lexicon.Exact) && qualifiesNumber(rest[1:]) {
		return false
	}
	if len(rest) > 1 && qualifierSet.Has(first+" "+analysis.Lower(rest[1].Text), lexicon.Exact) {
		return false
	}
	asked := foldSet(q.words)
	for _, t := range rest {
		if !asked[t.Folded] {
			return true
		}
	}
	return false
}

// qualifiesNumber reports whether the words after a qualifier leave it a
// number's: none, or a number first (digits or a number word, "hàng
// trăm").
func qualifiesNumber(after []analysis.Token) bool {
	return len(after) == 0 || isDigits(after[0].Text) || numberWords[after[0].Folded]
}

// headGoverned reports whether sentence s writes, right before the answer
// (past object links, objectGovernors), a content word of the question
// other than the head it asks which of: "đổi mới chương trình gì" and
// "… đổi mới chương trình giáo dục phổ thông", "phát triển theo hướng gì"
// and "phát triển theo hướng hàng hóa". The answer then is the phrase the
// question's own verb governs, not the head noun met elsewhere.
func headGoverned(s *sent, answer []analysis.Token, head, content []word) bool {
	if s == nil {
		return false
	}
	isHead := foldSet(head)
	for _, at := range answerStarts(s, answer) {
		for _, k := range objectGovernors(s, at) {
			for _, w := range content {
				if !w.num && !isHead[w.fold] && w.writtenAt(s, k) {
					return true
				}
			}
		}
	}
	return false
}
