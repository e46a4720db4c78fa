package answer

// namesNumber reports whether the number at word at of s is part of a
// name the question writes: a code or a name in capitals followed by its
// number ("gạo IR 504", "OM 5451", "CL 555", "Quốc lộ 14"), the same word
// before the same number in the question. Such digits name the thing the
// question asks about; they count nothing, so they cannot answer how many
// or how much of it ("gạo IR 504 dao động bao nhiêu" asks the price after
// the name, not 504).
func (q question) namesNumber(s *sent, at int) bool {
	if at < 1 || at >= len(s.fold) || !isCapital(s, at-1) {
		return false
	}
	k := numKey(s.fold[at])
	for i := 1; i < len(q.words); i++ {
		w := q.words[i]
		if w.num && numKey(w.text) == k && !q.words[i-1].num && q.words[i-1].fold == s.fold[at-1] {
			return true
		}
	}
	return false
}
