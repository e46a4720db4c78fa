package answer

import (
	"strings"

	"github.com/hoidap/hoidap/analysis"
	"github.com/hoidap/hoidap/lexicon"
)

// This file holds the features that compare the kind of measure a count
// question asks for with the kind its answer is: a statistics report
// writes, in one sentence, a value ("đạt 5,32 triệu USD"), its share
// ("chiếm tỷ trọng 0,16%") and the period it is of ("7 tháng năm 2023"),
// and a question that asks one is not answered by another.

// shareAskingList holds the words that ask for a share without naming
// percent ("chiếm", "tỷ trọng").
var shareAskingList = phrasesOf(lexicon.MustSet("share_asking_words").Words())

// lengthAnswer reports whether an answer of tokens toks opens its number
// as a length of time: the first number is followed by a unit of time
// ("7 tháng", "hơn 2 giờ"), not preceded by one ("tháng 7").
func lengthAnswer(toks []analysis.Token) bool {
	for i, t := range toks {
		if !t.Number {
			continue
		}
		if i > 0 && durationUnits.Has(toks[i-1].Folded, lexicon.Folded) {
			return false // a point of the calendar
		}
		return i+1 < len(toks) && durationUnits.Has(toks[i+1].Folded, lexicon.Folded)
	}
	return false
}

// asksLength reports whether q asks for a length of time: "bao lâu", or a
// unit of time right after its count word ("bao nhiêu năm", "mấy ngày",
// "lâu nhất bao nhiêu giờ"). A unit elsewhere names the period asked of
// ("7 tháng tăng bao nhiêu"), not the measure.
func asksLength(q question) bool {
	if q.when == whenLength {
		return true
	}
	if q.counted != nil && durationUnits.Has(q.counted.fold, lexicon.Folded) {
		return true
	}
	return q.whEnd < len(q.words) && durationUnits.Has(q.words[q.whEnd].fold, lexicon.Folded)
}

// shareAnswer reports whether answer is a share: a percent sign or a name
// of percent ("12 phần trăm").
func shareAnswer(answer string) bool {
	return strings.Contains(answer, "%") || containsText(analysis.Fold(answer), percentNames.FoldedWords())
}

// asksShareOrChange reports whether a percent may answer q: it asks for a
// share ("bao nhiêu %", "tỷ lệ", "chiếm bao nhiêu", "tỷ trọng") or by how
// much something changed ("tăng bao nhiêu"), which news writing gives as a
// percent. percent is sharePercentAsked(q), worked out once per question.
func asksShareOrChange(q question, percent bool) bool {
	return percent || shareAskingList.in(q.words) || asksChange(q)
}
