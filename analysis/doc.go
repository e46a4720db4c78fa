// Package analysis turns Vietnamese (and English) text into the forms hoidap
// matches on.
//
// It is a pipeline of small steps, each in a file of its own and each tested
// alone. The lossless steps come first and give the canonical text that every
// offset refers to (Canonical):
//
//   - invisibles: zero-width and control characters removed (RemoveInvisible);
//   - NFC: Unicode composition, so NFD input from some phones matches;
//   - Đ: look-alike letters (Ð U+00D0, Ɖ U+0189) made Đ (NormalizeD);
//   - tone placement: old and new tone positions (hoà/hòa, uỷ/ủy) made one
//     (NormalizeTones).
//
// Tokens splits canonical text into words and numbers with byte offsets;
// Analyze is Canonical followed by Tokens. The lossy steps follow on tokens:
// lower case (Lower) and diacritic folding, đ→d (Fold).
//
// Question-side steps work on the words of a question: Teencode expands
// phone shorthand ("dc", "ko", "bn"), UnTelex undoes Telex typed with the
// keyboard off ("bawngf"), Synonyms gives the other phrasings of a phrase,
// BuiltinAbbreviation and FindDefinitions expand codes ("UBND"),
// ParseNumber and ParseDayMonth read numbers and dates as Vietnamese writes
// them, IsStopword drops function words, and DetectLanguage and Stem serve
// English questions. QuestionKey chains them into the key that the
// phone-typed variants of one question share.
package analysis
