package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hoidap/hoidap/lexicon"
)

// A court report names a charge after its head noun ("về tội “Giết
// người”", "7 năm tù về tội Nhận hối lộ", "tội danh giết người"), and a
// report of several defendants names each one's in that one's clause
// ("phạt A … về tội “Giết người”; B … tội “Chống người thi hành công
// vụ”"). charge answers "bị xử tội gì", "phạm tội gì", "tội danh là gì"
// with the charge written after the head in the best sentences: a quoted
// one to its closing mark, an unquoted one to the end of its clause or a
// word that ends it (charge_stops); of several, those of the clause that
// writes most of the question's other words as a name's syllables (the
// defendant it names), else holds most of them.

var (
	chargeHeadSet = lexicon.MustSet("charge_heads")
	chargeHeads   = phrasesOf(chargeHeadSet.Words())
	chargeStops   = lexicon.MustSet("charge_stops")
)

const (
	// chargeSentences is how many of the best sentences are read for a
	// charge.
	chargeSentences = 5
	// chargeMaxWords is the most words of a charge written without
	// quotation marks.
	chargeMaxWords = 10
	// chargeBase and chargeCover make the generator's confidence: the
	// base, and what the question's cover of the charge's clause adds.
	chargeBase  = 0.55
	chargeCover = 0.35
)

// chargeQuotes open and close a charge's name.
const chargeQuotes = "“”\""

// chargeAsked reports whether q asks for a charge: its question word
// follows a charge head, past a copula ("tội gì", "tội danh là gì", "về
// những tội gì").
func chargeAsked(q question) bool {
	if q.whAt <= 0 || q.wh != whWhat && q.wh != whList {
		return false
	}
	end := q.whAt
	for end > 0 && copulas.Has(q.words[end-1].fold, lexicon.Folded) {
		end--
	}
	for _, h := range chargeHeads.items {
		if at := end - len(h.parts); at >= 0 && h.startsAt(q.words, at) {
			return true
		}
	}
	return false
}

// chargeHeadAt returns how many words of s from k are a charge head, or 0;
// "tội phạm" (a criminal, a crime) is none, "tội Cho vay lãi nặng" one: a
// capital opens the charge's name, whatever its word.
func chargeHeadAt(s *sent, k int) int {
	for _, h := range chargeHeads.items {
		if !h.writtenAt(s.lower, k) {
			continue
		}
		if n := len(h.parts); k+n < len(s.lower) && !(n == 1 && chargeStops.Has(s.lower[k+n], lexicon.Exact) && !isCapital(s, k+n)) {
			return n
		}
	}
	return 0
}

// chargeAfter returns the charges s names from word i on, right after
// their head: in quotation marks, to the closing one (or the sentence's
// end, when the text stops first); without, up to a mark of punctuation, a
// word of charge_stops (but a capitalised first word: "Cho vay lãi nặng")
// or a number, at most chargeMaxWords words — and,
// past "và" that no number follows, the next charge the head governs ("tội
// đưa hối lộ và buôn lậu").
func chargeAfter(s *sent, i int) []string {
	if i >= len(s.lower) {
		return nil
	}
	if gap := s.text[s.ends[i-1]:s.starts[i]]; strings.ContainsAny(gap, chargeQuotes) {
		return quotedCharges(s.text[s.starts[i]:])
	}
	var out []string
	for i < len(s.lower) {
		j := i
		for j < len(s.lower) && j-i < chargeMaxWords {
			if j > i && strings.ContainsAny(s.text[s.ends[j-1]:s.starts[j]], ",;.:()"+chargeQuotes) {
				break
			}
			if chargeStops.Has(s.lower[j], lexicon.Exact) && !(j == i && isCapital(s, j)) || valueNumberAt(s, j) {
				break
			}
			j++
		}
		if j == i {
			break
		}
		out = append(out, trimPunct(spanOf(s, i, j)))
		// "và" and a charge that no number, name or head opens.
		if j+1 >= len(s.lower) || !listJoiner(s.lower[j]) || valueNumberAt(s, j+1) || isCapital(s, j+1) || chargeHeadAt(s, j+1) > 0 || strings.TrimSpace(s.text[s.ends[j-1]:s.starts[j]]) != "" {
			break
		}
		i = j + 1
	}
	return out
}

// quotedCharges returns the charge rest opens with, up to its closing
// quotation mark (or the end of the text), and each further quoted charge
// a comma or "và" joins to it: "Giết người" và "Cướp tài sản".
func quotedCharges(rest string) []string {
	var out []string
	for {
		name := rest
		end := strings.IndexAny(rest, chargeQuotes)
		if end >= 0 {
			name = rest[:end]
		}
		name = strings.TrimSpace(trimPunct(name))
		if name == "" {
			return out
		}
		out = append(out, name)
		if end < 0 {
			return out
		}
		_, size := utf8.DecodeRuneInString(rest[end:])
		next, ok := joinedQuote(rest[end+size:])
		if !ok {
			return out
		}
		rest = next
	}
}

// joinedQuote returns the text after the opening quotation mark of a
// quoted item that t, the text after a closing one, joins to it with a
// comma or a list conjunction ("và"); ok is false when t goes on
// otherwise.
func joinedQuote(t string) (string, bool) {
	t = strings.TrimLeft(t, " ")
	if c, ok := strings.CutPrefix(t, ","); ok {
		t = strings.TrimLeft(c, " ")
	} else if f := strings.Fields(t); len(f) > 0 {
		w, _, _ := strings.Cut(f[0], "“")
		w, _, _ = strings.Cut(w, "\"")
		if !listJoiner(strings.ToLower(w)) {
			return "", false
		}
		t = strings.TrimLeft(t[len(w):], " ")
	}
	r, size := utf8.DecodeRuneInString(t)
	if size == 0 || !strings.ContainsRune(chargeQuotes, r) {
		return "", false
	}
	return t[size:], true
}

// joinItems writes items as a list: "A", "A và B", "A, B và C".
func joinItems(items []string) string {
	if n := len(items); n > 1 {
		return strings.Join(items[:n-1], msgItemJoin) + msgLastJoin + items[n-1]
	}
	return strings.Join(items, "")
}

// listJoiner reports whether w, in lower case, joins the last item of a
// list ("và").
func listJoiner(w string) bool { return listConjunctions.Has(w, lexicon.Exact) }

// charge answers a question asking for a charge (chargeAsked) from the
// best sentences that write one.
func (d *document) charge(q question, content []word, sc *scope) candidate {
	if !chargeAsked(q) {
		return candidate{}
	}
	// The question's words but the charge heads: those naming the
	// defendant.
	asked := without(content, chargeHeadSet.FoldedWords()...)
	// The question's words, each as a syllable of a name it may write.
	var people [][]string
	for _, w := range asked {
		people = append(people, []string{w.fold})
	}
	var out candidate
	// The best clause of all the sentences read: naming most of the
	// defendant asked, then fewest other people (a lead listing every
	// defendant gives the charges of all); the first sentence at a tie.
	// Within a sentence, the clause holding most of the question's other
	// words at a tie.
	bestHits, bestOthers := -1, 0
	for _, b := range d.bestSentences(q, content, sc, chargeSentences) {
		s := b.s
		byClause := map[int][]string{}
		best, hits, others, cover := -1, -1, 0, -1.0
		for k := 0; k < len(s.lower); k++ {
			n := chargeHeadAt(s, k)
			if n == 0 {
				continue
			}
			names := chargeAfter(s, k+n)
			if len(names) == 0 {
				continue
			}
			cl := s.clause[k]
			for _, name := range names {
				if !slices.Contains(byClause[cl], name) {
					byClause[cl] = append(byClause[cl], name)
				}
			}
			c, h, o := 0.0, 0, 0
			if len(asked) > 0 {
				from, to := s.clauseOf(k)
				c = d.overlapIn(q, asked, s, from, to).coverage()
				h = nameHits(asked, s, from, to)
				if h > 0 {
					o = othersNamed(s, from, to, people, d.names)
				}
			}
			// The clause naming the defendant asked first: the
			// syllables of a name outweigh common words ("Nguyễn Thành
			// Đạt" for "nguyen thanh dat bi tuyen toi gi").
			if betterDefendantClause(h, o, c, hits, others, cover) {
				best, hits, others, cover = cl, h, o, c
			}
		}
		if best >= 0 && (out.answer == "" || hits > bestHits || hits == bestHits && others < bestOthers) {
			bestHits, bestOthers = hits, others
			out = candidate{answer: upperFirst(joinItems(byClause[best])), kind: KindPassage, score: chargeBase + chargeCover*cover, refs: []ref{{s.p.ID, s.index}}}
		}
	}
	return out
}

// betterDefendantClause reports whether a clause naming hits of the question's words as
// a name's syllables, others other people, and covering the question by
// cover, is a better defendant's clause than the one so far.
func betterDefendantClause(hits, others int, cover float64, bestHits, bestOthers int, bestCover float64) bool {
	switch {
	case hits != bestHits:
		return hits > bestHits
	case others != bestOthers:
		return others < bestOthers
	}
	return cover > bestCover
}

// othersNamed counts the people of names that s names in its words [from,
// to) other than those asked: of a clause naming the defendant asked,
// one naming others besides says the charges of them all.
func othersNamed(s *sent, from, to int, asked [][]string, names nameRuns) int {
	n := 0
	for _, r := range personRunsIn(s, names) {
		if r.name >= from && r.name < to && !r.names(s, asked) {
			n++
		}
	}
	return n
}

// nameHits counts the words of ws that s writes capitalised, as a name
// writes its syllables, in its words [from, to); the sentence's first
// word only when the next is capitalised too.
func nameHits(ws []word, s *sent, from, to int) int {
	n := 0
	for _, w := range ws {
		for k := from; k < to; k++ {
			// The sentence's first word is capitalised as its first
			// ("Về cùng tội danh …"), a name's only beside another capital.
			if w.fold == s.fold[k] && s.capitalised(k, k+1) && (k > 0 || s.capitalised(k+1, min(k+2, len(s.fold)))) {
				n++
				break
			}
		}
	}
	return n
}
