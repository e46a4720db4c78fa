// Package eval scores hoidap's answers against question sets, following the
// contract in the shared eval README: cases are read from JSONL files, answers
// and expected strings are folded the same way, and a [Report] prints the
// failures, a strict line per tag and the strict, lenient and wrong totals.
// A wrong answer is one the engine gave but should not have: mistaken or
// made up, where a refusal would merely have cost the user a question.
//
// The package deliberately shares no code with the engine it judges: its
// folding is implemented here, from the README's rules alone.
package eval
