package analysis

import "github.com/kljensen/snowball"

// Stem returns the English Snowball stem of word, which is lower case:
// "awarded" and "awards" both give "award". English stopwords are stemmed
// too. On error the word is returned unchanged.
func Stem(word string) string {
	s, err := snowball.Stem(word, "english", true)
	if err != nil {
		return word
	}
	return s
}
