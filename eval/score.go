package eval

import "unicode/utf8"

// KindNone is the answer kind meaning "not in the article".
const KindNone = "none"

// KindChoose is the answer kind of an engine that holds several articles and
// asks which one the question is about. Such an answer is never right and
// never wrong.
const KindChoose = "choose"

// MaxAnswer is the longest answer, in Unicode characters, the strict score
// accepts.
const MaxAnswer = 300

// Result is what the engine answered to one question: the fields of
// `hoidap ask --json` that scoring looks at.
type Result struct {
	// Kind is "fact", "passage", "none" or "choose"; any other kind counts
	// as an answer.
	Kind string `json:"kind"`
	// Answer is the short answer.
	Answer string `json:"answer"`
	// Reply is the full plain-text reply a user sees.
	Reply string `json:"reply"`
}

// Score judges r as the answer to c. strict follows the eval README: kind
// "choose" is never right; a none case needs kind "none"; an or_none case
// accepts kind "none"; otherwise the kind must not be "none", the answer must
// be at most [MaxAnswer] characters and every must group must be found in it.
// lenient applies the same test to the reply instead of the answer, without
// the length cap.
func Score(c Case, r Result) (strict, lenient bool) {
	if r.Kind == KindChoose {
		return false, false
	}
	isNone := r.Kind == KindNone
	if c.None {
		return isNone, isNone
	}
	if c.OrNone && isNone {
		return true, true
	}
	if isNone {
		return false, false
	}
	strict = utf8.RuneCountInString(r.Answer) <= MaxAnswer && len(Missing(c, r.Answer)) == 0
	lenient = len(Missing(c, r.Reply)) == 0
	return strict, lenient
}

// Wrong reports whether r is a wrong answer to c, as the eval README
// defines it: not right (strict), and of a kind that answers, neither "none"
// nor "choose". A refusal is a failure but not a wrong answer; a wrong answer
// is mistaken or made up, and the user cannot tell.
func Wrong(c Case, r Result) bool {
	if r.Kind == KindNone || r.Kind == KindChoose {
		return false
	}
	strict, _ := Score(c, r)
	return !strict
}

// Missing returns the must groups of c of which no string is found in text,
// in order.
func Missing(c Case, text string) [][]string {
	var missing [][]string
	folded := Fold(text)
	for _, g := range c.Must {
		if !foundAny(folded, g) {
			missing = append(missing, g)
		}
	}
	return missing
}

// foundAny reports whether any string of group is found in folded.
func foundAny(folded string, group []string) bool {
	for _, s := range group {
		if foundFolded(folded, Fold(s)) {
			return true
		}
	}
	return false
}
