package answer

// yesNoOptionSentences is how many of the best sentences are read for one
// writing an option of the claim (claimOpposites) beside its other words,
// when the best yesNoSentences decide nothing: the sentence writing the
// opposite option ("Phát biểu tại lễ khởi công" for "có phải đây là lễ
// khánh thành không") lacks the option the question writes, and ranks
// below sentences holding its words by chance ("hoàn thành").
const yesNoOptionSentences = 12

// optionBesideReach is how many words an option written in a sentence
// may stand from a word of the claim's rest for the sentence to say it of
// that word: "lễ khởi công", "phát quà …, theo hình thức chi trả tiền
// mặt".
const optionBesideReach = 6

// optionPositions lists where s writes, in lower case, an option of a
// group of claimOpposites one of whose options the question asks: the
// word index of its first word and the index after its last.
func optionPositions(q question, s *sent) [][2]int {
	var out [][2]int
	for _, g := range askedGroups(q) {
		for _, m := range g.options.items {
			for i := range s.lower {
				if m.writtenAt(s.lower, i) {
					out = append(out, [2]int{i, i + len(m.parts)})
				}
			}
		}
	}
	return out
}

// optionBeside reports whether s writes an option of the claim
// (optionPositions) within optionBesideReach words of a word of the
// claim's rest that o found, in the same part of the sentence: the
// sentence says the option of what the claim is about, not of another
// matter it mentions elsewhere.
func optionBeside(q question, s *sent, o overlap) bool {
	part := partsOf(s)
	for _, span := range optionPositions(q, s) {
		for _, p := range o.pos {
			if p < 0 || p >= len(part) || part[p] != part[span[0]] {
				continue
			}
			if (p < span[0] && span[0]-p <= optionBesideReach) || (p >= span[1] && p-span[1] < optionBesideReach) {
				return true
			}
		}
	}
	return false
}

// optionSentence returns, of the best yesNoOptionSentences sentences for
// content, the first that writes an option of the claim (optionVerdict
// found or other) beside a word of rest, the claim's words but its
// options (optionBeside), with its verdict; nil when none.
func (d *document) optionSentence(q question, content, rest []word, keys []claimKey, sc *scope) (*sent, yesNoVerdict) {
	for _, b := range d.bestSentences(q, content, sc, yesNoOptionSentences) {
		ov := optionVerdict(q, b.s)
		if ov != verdictFound && ov != verdictOther {
			continue
		}
		if !optionBeside(q, b.s, d.overlapOf(q, rest, b.s)) {
			continue
		}
		if v := verdictOf(q, keys, b.s); v == verdictFound || v == verdictOther {
			return b.s, v
		}
	}
	return nil, verdictNone
}
