package answer

import "strings"

// comparedFigureGap is how many words at most stand between the year of a
// compared period and the figure written in brackets after it: "so với
// cùng kỳ năm 2023 (35,4 triệu USD)".
const comparedFigureGap = 2

// comparedFigureAsked reports whether the number at word at of s is the
// figure of a year the question names, written in brackets right after
// that year as the period its sentence compares with (comparedFigure):
// "Cùng kỳ 2023 vốn điều chỉnh là bao nhiêu?" of "tăng 60,7% so với cùng
// kỳ năm 2023 (37,37 triệu USD)". Such a figure answers for the compared
// year although the sentence reports another.
func comparedFigureAsked(q question, s *sent, at int) bool {
	if at < 0 {
		return false
	}
	named := false
	for _, w := range q.words {
		if !isYearWord(w) {
			continue
		}
		named = true
		if comparedFigure(s, at, w.fold) {
			return true
		}
	}
	// "cùng kỳ năm trước đạt bao nhiêu" of "so với cùng kỳ năm trước
	// (35,4 triệu USD)": the period is named by its cue, not its year.
	return !named && basePeriodCuesList.in(q.words) && cuedFigure(s, at)
}

// cuedFigure reports whether the number at word at of s is the first word
// of a bracket opened right after a base period cue (base_period_cues),
// written at most comparedYearWindow words after a comparison phrase: "tăng
// 12% so với cùng kỳ (35,4 triệu USD)", "so với cùng kỳ năm trước (4 vụ)".
func cuedFigure(s *sent, at int) bool {
	if at <= 0 || !strings.Contains(s.text[s.ends[at-1]:s.starts[at]], bracketOpen) {
		return false
	}
	for k := max(0, at-comparisonPhraseWords-comparedYearWindow); k < at; k++ {
		if !comparisonAt(s, k) {
			continue
		}
		from := k + comparisonPhraseWords
		if from < at && bracketBetween(s, from, at) && cuedBase(s.lower[from:at]) {
			return true
		}
	}
	return false
}

// comparedFigure reports whether the number at word at of s stands in a
// bracket opened at most comparedFigureGap words after year, which s
// writes after a comparison phrase ("so với năm 2024 (12 HCV)").
func comparedFigure(s *sent, at int, year string) bool {
	for _, p := range s.pos[year] {
		if p >= at || at-p > comparedFigureGap || !bracketBetween(s, p, at) {
			continue
		}
		for k := max(0, p-comparedWithin); k+1 < p; k++ {
			if comparisonAt(s, k) {
				return true
			}
		}
	}
	return false
}

// isYearWord reports whether w is a year written in full ("2024").
func isYearWord(w word) bool {
	return w.num && isYear(w.text)
}

// statedBase answers the figure of a compared year a question names with
// the figure its sentence states in brackets after that year ("vốn cấp
// mới … gần 1,452 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4
// triệu USD)" gives "35,4 triệu USD" for "Cùng kỳ 2023 vốn cấp mới là bao
// nhiêu?"): the figure whose sentence holds most of the question's other
// words, at least minBaseCover of them. A money question takes only an
// amount of money.
func (d *document) statedBase(q question, rest []word, all []counted) (candidate, float64) {
	var best candidate
	bestCover := 0.0
	money := q.asksMoney()
	for _, o := range all {
		// A figure opening the bracket after a cue is the base, whatever
		// change governs it across the bracket ("tăng 12% so với cùng kỳ
		// (35,4 triệu USD)").
		if o.change && !cuedFigure(o.s, o.at) || !comparedFigureAsked(q, o.s, o.at) || money && !isMoney(sharedWords(o.f.Unit)) {
			continue
		}
		cover := d.overlapOf(q, rest, o.s).coverage()
		if cover < minBaseCover || cover <= bestCover {
			continue
		}
		best = candidate{answer: o.f.Text, kind: KindFact, refs: []ref{{o.f.Passage, o.f.Sentence}}, score: baseScore + baseCover*cover}
		bestCover = cover
	}
	return best, bestCover
}
