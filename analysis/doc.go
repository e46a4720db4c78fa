// Package analysis turns Vietnamese (and English) text into the forms hoidap
// matches on.
//
// It is a pipeline of small steps, each in a file of its own and each tested
// alone. The lossless steps come first and give the canonical text that every
// offset refers to:
//
//   - NFC: Unicode composition, so NFD input from some phones matches;
//   - tone placement: old and new tone positions (hoà/hòa, uỷ/ủy) made one;
//   - Đ: look-alike letters (Ð U+00D0, Ɖ U+0189) made Đ;
//   - invisibles: zero-width and control characters removed.
//
// The lossy steps follow on tokens: lower case and diacritic folding (đ→d).
// Question-side steps (teencode, Telex residue, synonyms, abbreviations,
// numbers) work on folded tokens.
package analysis
