package analysis

import (
	"strings"

	"github.com/hoidap/hoidap/lexicon"
)

// teencode maps phone shorthand, as typed, to what it stands for. Entries
// with more than one meaning ("bn") are resolved in Teencode from context.
var teencode = lexicon.MustMap("teencode")

var (
	// bnShorthands stand for "bạn" (you) or "bao nhiêu" (how many), read
	// from their neighbours (expandBn): "bn".
	bnShorthands = lexicon.MustSet("teencode_you_or_how_many")
	// thousandShorthands stand for "không" but after a number for a
	// thousand, then left alone: "k" of "5 k".
	thousandShorthands = lexicon.MustSet("teencode_thousand")
	// kilogramShorthands stand for "không" but after a number or a
	// measureBefore word for kilograms, then left alone: "kg".
	kilogramShorthands = lexicon.MustSet("teencode_kilogram")
	// shorthandCompounds are two typed words of a compound whose second
	// is also shorthand ("hu hong": hư hỏng), then left alone.
	shorthandCompounds = lexicon.MustSet("teencode_compounds")
)

// bnYouBefore and bnYouAfter hold folded words that, right before or after
// "bn", show it means "bạn" (you) rather than "bao nhiêu" (how many).
var (
	bnYouBefore = lexicon.MustSet("teencode_bn_you_before")
	bnYouAfter  = lexicon.MustSet("teencode_bn_you_after")
	bnHowMany   = lexicon.MustSet("teencode_bn_how_many")
	// bnOtherQuestions are question words that, elsewhere in the
	// question, leave "cho bn" meaning "for you".
	bnOtherQuestions = lexicon.MustSet("teencode_bn_other_questions")
)

// Teencode expands the phone shorthand in the words of a question: "dc"
// becomes "được", "ko" "không", "ntn" "như thế nào", "mn" "mọi người".
// The words are lower-case canonical words, as the lower-cased Text of
// Tokens; the result holds one word a syllable, so an expansion into a
// phrase adds words. "bn" becomes "bao nhiêu" when a count is asked ("bn
// người", "có bn") and "bạn" when someone is addressed ("bn ơi", "của bn",
// "bn có biết", or "bn" alone). Words holding a digit ("5k") and a "k" right
// after a number ("5 k", thousand) are left alone. Words that are not
// shorthand are returned unchanged.
func Teencode(words []string) []string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		var exp string
		switch {
		case hasDigit(w):
			exp = w
		case bnShorthands.Has(w, lexicon.Exact):
			exp = expandBn(words, i)
		case thousandShorthands.Has(w, lexicon.Exact) && i > 0 && hasDigit(words[i-1]):
			exp = w
		case kilogramShorthands.Has(w, lexicon.Exact) && i > 0 && (hasDigit(words[i-1]) || measureBefore.Has(words[i-1], lexicon.AsTyped)):
			exp = w // "một kg", "5 kg": kilograms, not không
		case i > 0 && shorthandCompounds.Has(words[i-1]+" "+w, lexicon.Exact):
			exp = w // "hu hong": hư hỏng
		default:
			var ok bool
			if exp, ok = teencode[w]; !ok {
				exp = w
			}
		}
		if strings.IndexByte(exp, ' ') < 0 {
			out = append(out, exp)
			continue
		}
		out = append(out, strings.Fields(exp)...)
	}
	return out
}

// asksOtherwise reports whether words hold a question word other than
// words[i].
func asksOtherwise(words []string, i int) bool {
	for k, w := range words {
		if k != i && bnOtherQuestions.Has(Fold(w), lexicon.Exact) {
			return true
		}
	}
	return false
}

// expandBn reads words[i], a bnShorthands word ("bn"), as "bạn" or "bao nhiêu" from its
// neighbours.
func expandBn(words []string, i int) string {
	var prev, next string
	if i > 0 {
		prev = Fold(words[i-1])
	}
	if i+1 < len(words) {
		next = Fold(words[i+1])
	}
	switch {
	case len(words) == 1:
		return "bạn"
	case bnYouBefore.Has(prev, lexicon.Exact) && (next == "" || bnYouAfter.Has(next, lexicon.Exact) || asksOtherwise(words, i)):
		// "cảm ơn bn", "cho bn biết", "ai gửi cho bn"; but "tặng cho bn
		// tập thể" asks how many.
		return "bạn"
	case bnHowMany.Has(prev, lexicon.Exact):
		return "bao nhiêu"
	case bnYouAfter.Has(next, lexicon.Exact):
		return "bạn"
	}
	return "bao nhiêu"
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return true
		}
	}
	return false
}

// measureBefore are the words after which "kg" is a kilogram.
var measureBefore = lexicon.MustSet("teencode_kg_before")

// IsShorthand reports whether w, a lower-case word as typed, is phone
// shorthand Teencode may expand ("dc", "đc", "bn"): the diacritics of
// its expansion were not typed.
func IsShorthand(w string) bool {
	_, ok := teencode[w]
	return ok || bnShorthands.Has(w, lexicon.Exact)
}
