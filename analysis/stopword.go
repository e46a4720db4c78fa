package analysis

import "strings"

// viStopwords lists, with their marks, Vietnamese function words that carry
// no content for search. Words that carry a question or its direction
// (được, ai, gì, nào, bao, nhiêu, mấy, khi, đâu, sao, không, có, ở) are
// deliberately absent.
var viStopwords = []string{
	"của", "và", "các", "những", "nhưng", "là", "thì", "mà", "với", "cho",
	"trong", "tại", "từ", "đến", "đã", "đang", "sẽ", "này", "do", "như",
	"một", "cũng", "vào", "ra", "lại", "nên", "vì", "nếu", "hay", "hoặc",
	"thế", "vậy", "rằng", "bị", "bởi", "theo", "về", "để", "còn", "vẫn",
	"rất", "hơn", "nữa", "đều", "chỉ", "qua", "lên", "xuống", "đó", "kia",
	"ấy", "nhé", "nhỉ", "ạ", "à", "ơi", "hả", "thôi", "luôn", "cùng",
	"mỗi", "từng", "cả", "mọi", "vừa", "mới", "giữa", "việc", "sự", "cái",
	"chiếc",
}

// questionWords are folded words that carry a question or its direction;
// they are never stopwords, whatever their marks fold to.
var questionWords = setOf(
	"duoc", "ai", "gi", "nao", "bao", "nhieu", "may", "khi", "dau", "sao",
	"khong", "co", "o",
)

// viStopSet and viStopFolded index viStopwords as written and folded.
var viStopSet, viStopFolded = func() (marked, folded map[string]bool) {
	marked, folded = map[string]bool{}, map[string]bool{}
	for _, w := range viStopwords {
		if f := Fold(w); !questionWords[f] {
			marked[w] = true
			folded[f] = true
		}
	}
	return marked, folded
}()

// IsStopword reports whether word is a Vietnamese function word that
// carries no content for search ("của", "và", "các", "là"). word is lower
// case; when it has diacritics it is looked up as written, so "thị" (of
// "thị xã") is not a stopword though "thì" is; when it has none it is taken
// as folded ("cua", "va"). Words that carry the question or its direction
// are never stopwords: được, ai, gì, nào, bao, nhiêu, mấy, khi, đâu, sao,
// không, có, ở.
func IsStopword(word string) bool {
	word = strings.ToLower(word)
	if HasDiacritics(word) {
		return viStopSet[word]
	}
	return viStopFolded[word]
}

// englishStopwords are English function words. The question words (what,
// who, when, where, which, why, how, many, much) are absent.
var englishStopwords = setOf(
	"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at",
	"by", "for", "from", "with", "about", "as", "into", "onto", "than",
	"then", "so", "is", "are", "was", "were", "be", "been", "being", "am",
	"do", "does", "did", "has", "have", "had", "having", "it", "its", "this",
	"that", "these", "those", "there", "here", "he", "she", "they", "we",
	"you", "i", "me", "him", "her", "them", "us", "our", "your", "their",
	"his", "my", "mine", "not", "no", "can", "could", "will", "would",
	"shall", "should", "may", "might", "must", "also", "just", "very",
	"too", "up", "down", "out", "over", "under", "again", "any", "some",
	"such", "own", "same", "other", "each", "both", "all", "only", "now",
	"said", "says", "article", "please", "tell",
)

// IsEnglishStopword reports whether word, in lower case, is an English
// function word. The question words (what, who, when, where, which, why,
// how, many, much) are not stopwords.
func IsEnglishStopword(word string) bool {
	return englishStopwords[strings.ToLower(word)]
}
