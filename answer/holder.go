package answer

// This file holds the features that read whose a number is: news writing
// gives each person of a list their own figure right after their name
// ("Nguyễn Văn An (sinh năm 1962) 4 năm 6 tháng tù và Dương Đức Vượng 4
// năm tù"; "ông Lê Hồng Nam (54 tuổi), Giám đốc …; ông Phạm Ngọc Việt,
// Cục trưởng …"), so the person named nearest before a number is the one
// it belongs to.

import "slices"

// askedPeople returns the people q names, each as the folded syllables it
// types of one of names (nameRuns.longestAt): "pham ngoc viet" of "pham
// ngoc viet may tuoi", "an" of "ông An bị tuyên bao nhiêu năm tù"; nil
// when it names none.
func askedPeople(q question, names nameRuns) [][]string {
	if len(names) == 0 {
		return nil
	}
	folded := foldsOf(q.words)
	var out [][]string
	for i := 0; i < len(folded); {
		n := 0
		if !q.inWh(i) {
			n = names.longestAt(folded, i, refBefore(folded, i))
		}
		if n == 0 {
			i++
			continue
		}
		out = append(out, folded[i:i+n])
		i += n
	}
	return out
}

// A personRun is a run of capitalised words of a sentence, [from, to),
// that names a person of the articles, whose name starts at name: "Lê" of
// "tỉnh Quảng Nam Lê Văn Bình".
type personRun struct{ from, name, to int }

// personRunsIn returns the runs of capitalised words of s, in order, that
// hold the name of a person of names: two syllables of it side by side,
// or its last syllables after a word that puts a name after it ("ông
// Hợp").
func personRunsIn(s *sent, names nameRuns) []personRun {
	var out []personRun
	for from := 0; from < len(s.fold); {
		if !isCapital(s, from) {
			from++
			continue
		}
		to := from + 1
		for to < len(s.fold) && isCapital(s, to) {
			to++
		}
		for j := from; j < to; j++ {
			if names.longestAt(s.fold[:to], j, refBefore(s.fold, j)) > 0 {
				out = append(out, personRun{from, j, to})
				break
			}
		}
		from = to
	}
	return out
}

// names reports whether the name of run r of s writes one of the people
// asked, its syllables side by side: "Nam" of "ông Nam" is not the place
// of "tỉnh Quảng Nam Lê Văn Bình".
func (r personRun) names(s *sent, asked [][]string) bool {
	words := s.fold[r.name:r.to]
	return slices.ContainsFunc(asked, func(a []string) bool { return containsRun(words, a) })
}

// holderBinding reads whose the number at position at of s is, for a
// question that names the people asked: named when the person named
// nearest before it is one of them; other when that is another person
// and s names one asked elsewhere. known is false when the question names
// nobody or no person is named before the number.
func holderBinding(asked [][]string, s *sent, at int, names nameRuns) (named, other, known bool) {
	if len(asked) == 0 || at <= 0 {
		return false, false, false
	}
	runs := personRunsIn(s, names)
	nearest := -1
	for i, r := range runs {
		if r.to <= at {
			nearest = i
		}
	}
	if nearest < 0 {
		return false, false, false
	}
	if runs[nearest].names(s, asked) {
		return true, false, true
	}
	for i, r := range runs {
		if i != nearest && r.names(s, asked) {
			return false, true, true
		}
	}
	return false, false, true
}
