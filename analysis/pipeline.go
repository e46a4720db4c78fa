package analysis

import "strings"

// Analyze is the one analysis pipeline: it makes text Canonical and splits
// it into Tokens. Token offsets refer to Canonical(text), not to text.
func Analyze(text string) []Token {
	return Tokens(Canonical(text))
}

// Words returns the words and numbers of text, canonical and in lower case,
// as Teencode expects them.
func Words(text string) []string {
	toks := Analyze(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = Lower(t.Text)
	}
	return words
}

// FoldedWords returns the words and numbers of text folded ("Bằng khen"
// gives "bang", "khen").
func FoldedWords(text string) []string {
	toks := Analyze(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Folded
	}
	return words
}

// FoldPhrase folds words and joins them with single spaces, the form
// Synonyms and IsQualifier look phrases up in.
func FoldPhrase(words []string) string {
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(w)
	}
	return strings.Join(folded, " ")
}
